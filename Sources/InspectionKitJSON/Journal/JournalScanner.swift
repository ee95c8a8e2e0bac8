#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import InspectionKit

/// Walks the journal's segments checking every record's checksum, sequence and chain link; cuts off a torn final
/// record when allowed to repair; refuses anything else, naming the segment, line and sequence.
struct JournalScanner {
    let layout: StoreLayout
    /// Whether a torn final record may be cut off (read-write opening).
    let repair: Bool

    /// The outcome of a full scan.
    struct Scan {
        var lastSequence = 0
        var lastHash = JournalRecord.genesisHash
        var lastSegment: (first: Int, url: URL)?
        var snapshotHashes: [Int: String] = [:]
        var report = OpenReport()
    }

    /// Checks the whole chain; remembers the hashes at the sequences of existing snapshot files.
    func scan() throws(StoreError) -> Scan {
        var scan = Scan()
        var snapshotHashes: [Int: String] = [:]
        let wanted = Set(try layout.snapshotFiles().map(\.first))
        let segments = try layout.segments()
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            guard segment.first == scan.lastSequence + 1 else {
                throw damaged(segment.url, line: 0, sequence: scan.lastSequence + 1,
                              LocalizedText(zh: "日志分段应从序号\(scan.lastSequence + 1)开始，实为\(segment.first)（有分段缺失或多余）",
                                            en: "the segment should start at sequence \(scan.lastSequence + 1) but starts at \(segment.first) (a segment is missing or extra)"))
            }
            try walk(segment.url, isLastSegment: isLast, scan: &scan) { record, _ in
                if wanted.contains(record.sequence) { snapshotHashes[record.sequence] = String(decoding: record.hash, as: UTF8.self) }
            }
            scan.lastSegment = segment
        }
        scan.snapshotHashes = snapshotHashes
        return scan
    }

    /// Calls `body` with every record after `sequence` up to `last`, checking the chain from the segment's start.
    func records(after sequence: Int, through last: Int, _ body: (JournalRecord) throws(StoreError) -> Void) throws(StoreError) {
        let segments = try layout.segments()
        guard let startIndex = segments.lastIndex(where: { $0.first <= sequence + 1 }) else { return }
        var scan = Scan()
        scan.lastSequence = segments[startIndex].first - 1
        scan.lastHash = ""
        for segment in segments[startIndex...] {
            var done = false
            try walk(segment.url, isLastSegment: true, scan: &scan, linkFromFirst: scan.lastHash.isEmpty) { record, stop throws(StoreError) in
                if record.sequence > last {
                    stop = true
                    done = true
                    return
                }
                if record.sequence > sequence { try body(record.record()) }
            }
            if done { return }
        }
    }

    /// Checks the records of one segment in order. A final line without its newline in the last segment is a torn write:
    /// cut off when repairing, skipped otherwise. `visit` sees each record in place (copy what it keeps).
    private func walk(_ url: URL, isLastSegment: Bool, scan: inout Scan, linkFromFirst: Bool = false,
                      _ visit: (LineView, inout Bool) throws(StoreError) -> Void) throws(StoreError) {
        let data: Data
        do { data = try Data(contentsOf: url, options: .alwaysMapped) } catch {
            throw StoreError(.damaged, zh: "无法读取日志分段“\(url.lastPathComponent)”：\(error.localizedDescription)",
                             en: "Cannot read journal segment '\(url.lastPathComponent)': \(error.localizedDescription)")
        }
        var outcome: Result<TornRecord?, StoreError> = .success(nil)
        var lastSequence = scan.lastSequence
        var lastHash = scan.lastHash.utf8.count == 64 ? Array(scan.lastHash.utf8) : Array(JournalRecord.genesisHash.utf8)
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var lineStart = 0
            var lineNumber = 0
            var linkFirst = linkFromFirst
            while lineStart < bytes.count {
                lineNumber += 1
                let rest = UnsafeRawBufferPointer(rebasing: bytes[lineStart...])
                guard let found = rest.baseAddress.flatMap({ memchr($0, 0x0A, rest.count) }), let base = rest.baseAddress else {
                    // No newline: the last write was cut short by a crash.
                    guard isLastSegment else {
                        outcome = .failure(damaged(url, line: lineNumber, sequence: lastSequence + 1,
                                                   LocalizedText(zh: "记录不完整且不在日志末尾", en: "an incomplete record that is not at the end of the journal")))
                        return
                    }
                    outcome = .success(TornRecord(segment: url.lastPathComponent, line: lineNumber, bytes: bytes.count - lineStart, offset: lineStart))
                    return
                }
                let length = UnsafeRawPointer(found) - base
                let line = UnsafeRawBufferPointer(rebasing: bytes[lineStart..<(lineStart + length)])
                let view: LineView
                switch LineView.check(line) {
                case .success(let checked): view = checked
                case .failure(let problem):
                    outcome = .failure(damaged(url, line: lineNumber, sequence: lastSequence + 1, problem.detail))
                    return
                }
                guard view.sequence == lastSequence + 1 else {
                    outcome = .failure(damaged(url, line: lineNumber, sequence: view.sequence,
                                               LocalizedText(zh: "序号应为\(lastSequence + 1)，实为\(view.sequence)（记录被删除、插入或调换）",
                                                             en: "sequence \(lastSequence + 1) was expected, found \(view.sequence) (a record was deleted, inserted or moved)")))
                    return
                }
                if !linkFirst, !view.previousHash.elementsEqual(lastHash) {
                    outcome = .failure(damaged(url, line: lineNumber, sequence: view.sequence,
                                               LocalizedText(zh: "与前一条记录的哈希链接不符（前面的记录被修改、删除或替换）",
                                                             en: "its link to the previous record's hash is broken (an earlier record was edited, removed or replaced)")))
                    return
                }
                linkFirst = false
                lastSequence = view.sequence
                lastHash.withUnsafeMutableBytes { $0.copyMemory(from: view.hash) }
                var stop = false
                do throws(StoreError) { try visit(view, &stop) } catch {
                    outcome = .failure(error)
                    return
                }
                if stop { return }
                lineStart += length + 1
            }
        }
        scan.lastSequence = lastSequence
        scan.lastHash = String(decoding: lastHash, as: UTF8.self)
        switch outcome {
        case .failure(let error): throw error
        case .success(let torn?):
            if repair {
                let file = try FileDescriptor.openFile(url.path, O_WRONLY)
                try file.truncate(to: torn.offset)
                try file.sync()
            }
            scan.report.tornRecord = torn
        case .success(nil): break
        }
    }

    private func damaged(_ url: URL, line: Int, sequence: Int, _ detail: LocalizedText) -> StoreError {
        StoreError(.damaged,
                   zh: "日志已损坏：分段 \(url.lastPathComponent) 第\(line)行（序号\(sequence)）：\(detail.zh)。存储未作任何修改；请从备份恢复，或用 verify 查看详情。",
                   en: "The journal is damaged: segment \(url.lastPathComponent), line \(line) (sequence \(sequence)): \(detail.en). Nothing was changed; restore from a backup, or run verify for details.")
    }
}

/// What opening the store found and did.
public struct OpenReport: Hashable, Sendable {
    /// A torn final record (a write cut short by a crash, never acknowledged), cut off when opened for writing.
    public var tornRecord: TornRecord?
    /// Snapshot files passed over because they were unreadable or disagreed with the journal.
    public var rejectedSnapshots: [String] = []
}

/// A record whose write a crash cut short.
public struct TornRecord: Hashable, Sendable {
    /// The segment file.
    public var segment: String
    /// Its line.
    public var line: Int
    /// How many bytes of it had reached the disk.
    public var bytes: Int
    /// Where it starts in the segment.
    var offset = 0

    /// A torn record.
    public init(segment: String, line: Int, bytes: Int) {
        self.segment = segment
        self.line = line
        self.bytes = bytes
    }

    init(segment: String, line: Int, bytes: Int, offset: Int) {
        self.init(segment: segment, line: line, bytes: bytes)
        self.offset = offset
    }

    /// Torn records are the same when found at the same place with the same size.
    public static func == (lhs: TornRecord, rhs: TornRecord) -> Bool {
        lhs.segment == rhs.segment && lhs.line == rhs.line && lhs.bytes == rhs.bytes
    }

    /// Hashes the place and size.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(segment)
        hasher.combine(line)
        hasher.combine(bytes)
    }
}
