import ArgumentParser
import CSV
import Foundation
import InspectionKit

/// Options of every import command.
struct ImportOptions: ParsableArguments {
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "Import the valid rows and write the rejects to a file.") var skipInvalid = false
    @Option(help: "Where to write rejected rows (default: FILE.rejects.csv).") var rejects: String?
}

/// Reads an import file (CSV with a header row) and reports every invalid row by line and field; the import then
/// writes all rows as one batch, or nothing — unless `--skip-invalid`, which writes the rest and the rejects to a file.
struct CSVImport {
    /// One data row, with its line in the file and its fields by header name.
    struct Row {
        let line: Int
        let fields: [String: String]
        let raw: [String]

        /// A required field, or a field error.
        func required(_ name: String, _ language: Language) throws(FieldError) -> String {
            guard let value = fields[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
                throw FieldError(field: name, message: language == .chinese ? "不能为空" : "is empty")
            }
            return value
        }

        /// An optional field (nil when absent or blank).
        func optional(_ name: String) -> String? {
            guard let value = fields[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return value
        }
    }

    /// What is wrong with one field of a row.
    struct FieldError: Error {
        let field: String
        let message: String
    }

    /// A rejected row and why.
    struct Reject {
        let line: Int
        let field: String?
        let reason: String
        let raw: [String]
    }

    let header: [String]
    let rows: [Row]

    /// Reads `url`; refuses a file without the `required` columns.
    init(url: URL, required: [String], language: Language) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CLIFailure(.invalidInput, language == .chinese ? "无法读取文件 \(url.path)。" : "Cannot read \(url.path).")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIFailure(.invalidInput, language == .chinese ? "\(url.path) 不是 UTF-8 编码的文本。" : "\(url.path) is not UTF-8 text.")
        }
        let reader = try CSVReader(string: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, hasHeaderRow: true, trimFields: true)
        let header = reader.headerRow ?? []
        let missing = required.filter { !header.contains($0) }
        guard missing.isEmpty else {
            throw CLIFailure(.invalidInput, language == .chinese ? "\(url.lastPathComponent) 缺少列：\(missing.joined(separator: "、"))（表头应含 \(required.joined(separator: ","))）。"
                                                                 : "\(url.lastPathComponent) lacks the columns \(missing.joined(separator: ", ")) (the header needs \(required.joined(separator: ","))).")
        }
        var rows: [Row] = []
        var line = 1
        while let values = reader.next() {
            line += 1
            if values.allSatisfy({ $0.isEmpty }) { continue }
            var fields: [String: String] = [:]
            for (index, name) in header.enumerated() where index < values.count { fields[name] = values[index] }
            rows.append(Row(line: line, fields: fields, raw: values))
        }
        if let error = reader.error {
            throw CLIFailure(.invalidInput, language == .chinese ? "\(url.lastPathComponent) 第\(line + 1)行之后无法解析：\(error)" : "\(url.lastPathComponent) cannot be parsed after line \(line): \(error)")
        }
        self.header = header
        self.rows = rows
    }

    /// The whole of an import command: read the file, open the store, import, report failures with exit codes.
    static func command(_ options: StoreOptions, _ importing: ImportOptions, required: [String], noun: (zh: String, en: String),
                        makeCommand: (Row) throws(FieldError) -> Intent) async throws {
        try await CLI.run(options.language) {
            let csv = try CSVImport(url: URL(fileURLWithPath: importing.file), required: required, language: options.language)
            let session = try await Session.open(options)
            defer { session.close() }
            try await run(csv, session: session, skipInvalid: importing.skipInvalid, rejectsPath: importing.rejects ?? importing.file + ".rejects.csv",
                          noun: noun, makeCommand: makeCommand)
        }
    }

    /// Turns rows into commands, runs them as one batch, and reports.
    static func run(_ file: CSVImport, session: Session, skipInvalid: Bool, rejectsPath: String, noun: (zh: String, en: String),
                    makeCommand: (Row) throws(FieldError) -> Intent) async throws {
        let language = session.options.language
        var rejects: [Reject] = []
        try session.refuseAsOf()
        var commands: [Command] = []
        var lines: [Int] = []
        let reading = ProgressBar(language == .chinese ? "检查" : "Checking")
        for (position, row) in file.rows.enumerated() {
            reading.update(position + 1, of: file.rows.count)
            do {
                commands.append(session.command(try makeCommand(row), reason: "import"))
                lines.append(row.line)
            } catch {
                rejects.append(Reject(line: row.line, field: error.field, reason: error.message, raw: row.raw))
            }
        }
        // Rows that could not be read make the whole import a dry run unless --skip-invalid: every problem is still reported.
        let policy: BatchPolicy = skipInvalid ? .skipRefused : rejects.isEmpty ? .allOrNothing : .validateOnly
        reading.finish()
        let writing = ProgressBar(language == .chinese ? "导入" : "Importing")
        let outcome = try await session.service.executeBatch(commands, policy: policy) { done, total in writing.update(done, of: total) }
        writing.finish()
        for refusal in outcome.refusals {
            let row = file.rows.first { $0.line == lines[refusal.index] }
            rejects.append(Reject(line: lines[refusal.index], field: nil, reason: refusal.error.text(language), raw: row?.raw ?? []))
        }
        rejects.sort { $0.line < $1.line }
        let reasons = rejects.map { reject in
            language == .chinese ? (reject.field.map { "字段“\($0)”：" } ?? "") + reject.reason
                                 : (reject.field.map { "field '\($0)': " } ?? "") + reject.reason
        }
        let report = zip(rejects, reasons).map { reject, reason in
            language == .chinese ? "第\(reject.line)行：\(reason)" : "line \(reject.line): \(reason)"
        }
        if !rejects.isEmpty && !skipInvalid {
            throw CLIFailure(.invalidInput, (language == .chinese ? "有\(rejects.count)行无效，未导入任何\(noun.zh)（可用 --skip-invalid 导入其余各行）：\n"
                                                                  : "\(rejects.count) invalid row(s); no \(noun.en) imported (use --skip-invalid to import the rest):\n")
                                             + report.joined(separator: "\n"))
        }
        if !rejects.isEmpty {
            let reason = language == .chinese ? "原因" : "reason"
            let text = Printer.csv([["line"] + file.header + [reason]] + zip(rejects, reasons).map { reject, why in [String(reject.line)] + reject.raw + [why] })
            try Data(text.utf8).write(to: URL(fileURLWithPath: rejectsPath))
        }
        let imported = outcome.committed ? commands.count - outcome.refusals.count : 0
        let summary = language == .chinese ? "已导入\(noun.zh)：\(imported)" + (rejects.isEmpty ? "。" : "；\(rejects.count)行被拒，见 \(rejectsPath)。")
                                           : "Imported \(imported) \(noun.en)" + (rejects.isEmpty ? "." : "; \(rejects.count) row(s) rejected, see \(rejectsPath).")
        try Printer(format: session.options.format).done(summary, json: ["imported": imported, "rejected": rejects.count])
    }
}
