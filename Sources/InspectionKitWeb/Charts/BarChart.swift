/// 条形图 — a horizontal bar chart drawn as SVG on the server: one labelled bar per row, the value written beside it,
/// and a title that screen readers announce. No script, no external files.
struct BarChart {
    /// What the chart shows (its accessible name).
    let title: String
    /// The bars, top to bottom.
    let rows: [(label: String, value: Int)]

    /// The SVG, its texts escaped.
    var svg: String {
        let rowHeight = 28
        let labelWidth = 260
        let barWidth = 520
        let height = max(rows.count, 1) * rowHeight + 8
        let top = max(rows.map(\.value).max() ?? 0, 1)
        var out = #"<svg class="chart" role="img" aria-label="\#(HTML.escape(title))" viewBox="0 0 \#(labelWidth + barWidth + 60) \#(height)" xmlns="http://www.w3.org/2000/svg">"#
        out += "<title>\(HTML.escape(title))</title>"
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight + 4
            let width = row.value == 0 ? 0 : max(2, row.value * barWidth / top)
            out += #"<text x="\#(labelWidth - 8)" y="\#(y + 18)" text-anchor="end">\#(HTML.escape(Self.clip(row.label)))</text>"#
            out += #"<rect class="bar" x="\#(labelWidth)" y="\#(y + 4)" width="\#(width)" height="\#(rowHeight - 10)"></rect>"#
            out += #"<text x="\#(labelWidth + width + 6)" y="\#(y + 18)">\#(row.value)</text>"#
        }
        return out + "</svg>"
    }

    /// A label short enough for the label column.
    private static func clip(_ label: String) -> String { label.count > 18 ? String(label.prefix(17)) + "…" : label }
}
