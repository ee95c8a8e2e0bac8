/// A plain-text table whose columns line up in a terminal, counting CJK characters as two columns wide.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    /// The narrowest a column is squeezed to when the table is wider than the terminal.
    static let narrowest = 10

    /// The table as lines, columns separated by two spaces, numbers right-aligned; when `width` (the terminal's) is
    /// given and the table is wider, the widest columns are narrowed and their long texts wrapped onto more lines.
    func render(width: Int? = nil) -> String {
        let all = [header] + rows
        let count = all.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: count)
        for row in all { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], TextTable.displayWidth(cell)) } }
        if let width {
            var total = widths.reduce(0, +) + 2 * max(0, count - 1)
            while total > width, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > Self.narrowest {
                widths[widest] -= 1
                total -= 1
            }
        }
        var out = ""
        for (index, row) in all.enumerated() {
            let wrapped = row.enumerated().map { i, cell in TextTable.wrap(cell, to: widths[i]) }
            let height = wrapped.map(\.count).max() ?? 1
            for line in 0..<height {
                let cells = wrapped.enumerated().map { i, lines -> String in
                    let text = line < lines.count ? lines[line] : ""
                    let pad = String(repeating: " ", count: max(0, widths[i] - TextTable.displayWidth(text)))
                    return TextTable.isNumeric(text) && index > 0 ? pad + text : text + pad
                }
                out += cells.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
            }
            if index == 0 { out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }

    /// `text` cut into lines of at most `width` columns (a wide character is never split; a line holds at least one).
    static func wrap(_ text: String, to width: Int) -> [String] {
        guard displayWidth(text) > width else { return [text] }
        var lines: [String] = []
        var line = ""
        var used = 0
        for character in text {
            let columns = displayWidth(String(character))
            if used + columns > width, !line.isEmpty {
                lines.append(line)
                line = ""
                used = 0
            }
            line.append(character)
            used += columns
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Terminal columns taken by `text`: East Asian wide and full-width characters take two.
    static func displayWidth(_ text: String) -> Int {
        var width = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            // ANSI colour sequences (ESC [ … m) take no columns.
            if scalar == "\u{1B}" { inEscape = true; continue }
            if inEscape {
                if scalar == "m" { inEscape = false }
                continue
            }
            width += isWide(scalar) ? 2 : (scalar.properties.generalCategory == .nonspacingMark ? 0 : 1)
        }
        return width
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }

    private static func isNumeric(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isNumber || $0 == "." || $0 == "%" || $0 == "-" }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
