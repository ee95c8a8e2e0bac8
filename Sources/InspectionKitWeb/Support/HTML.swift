/// Escaping for text placed in HTML or SVG by hand (the templates escape their own).
enum HTML {
    /// `text` with `& < > " '` escaped; a text with none of them is returned as it is, without copying.
    static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var out = [UInt8]()
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x26: out += Array("&amp;".utf8)
            case 0x3C: out += Array("&lt;".utf8)
            case 0x3E: out += Array("&gt;".utf8)
            case 0x22: out += Array("&quot;".utf8)
            case 0x27: out += Array("&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// 表格 — a table of many rows written straight to HTML, every text escaped: the long lists (the ledger, the warnings,
/// the inspections, the audit trail) are built here rather than in a template, where each cell costs dynamic lookups.
struct HTMLTable {
    /// One cell.
    enum Cell {
        /// Text.
        case text(String)
        /// A number, aligned right.
        case number(String)
        /// A link to a page of the workbench.
        case link(String, href: String)
        /// A warning level's coloured label (`red`, `yellow`, `green`, or none).
        case level(String, label: String)
        /// Several words shown as tags.
        case tags([String])
    }

    /// The column headings.
    let columns: [String]
    /// The rows.
    let rows: [[Cell]]

    /// The table, or `empty` (a sentence) when there are no rows.
    func html(empty: String) -> String {
        guard !rows.isEmpty else { return "<p>\(HTML.escape(empty))</p>" }
        var out = "<table><thead><tr>"
        out.reserveCapacity(rows.count * 160)
        for column in columns { out += #"<th scope="col">\#(HTML.escape(column))</th>"# }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>"
            for cell in row {
                switch cell {
                case .text(let text): out += "<td>\(HTML.escape(text))</td>"
                case .number(let text): out += #"<td class="number">\#(HTML.escape(text))</td>"#
                case .link(let text, let href): out += #"<td><a href="\#(HTML.escape(href))">\#(HTML.escape(text))</a></td>"#
                case .level(let level, let label): out += #"<td><span class="level \#(HTML.escape(level))">\#(HTML.escape(label))</span></td>"#
                case .tags(let words): out += "<td>" + words.map { #"<span class="tag">\#(HTML.escape($0))</span>"# }.joined(separator: " ") + "</td>"
                }
            }
            out += "</tr>"
        }
        return out + "</tbody></table>"
    }
}
