/// A plain-text table whose columns line up in a terminal, counting CJK characters as two columns wide.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    /// The table as lines, columns separated by two spaces, numbers right-aligned.
    func render() -> String {
        let all = [header] + rows
        let count = all.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: count)
        for row in all { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], TextTable.displayWidth(cell)) } }
        var out = ""
        for (index, row) in all.enumerated() {
            let cells = row.enumerated().map { i, cell -> String in
                let pad = String(repeating: " ", count: widths[i] - TextTable.displayWidth(cell))
                return TextTable.isNumeric(cell) && index > 0 ? pad + cell : cell + pad
            }
            out += cells.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
            if index == 0 { out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
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
