#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import InspectionKit

/// Walks the journal's segments checking every line: each write opens with a commit (see ``CommitRecord``) followed
/// by exactly the events it announces, each event's checksum, sequence and chain link, and each commit's head. A write
/// a crash cut short — a final line without its newline, or a final commit with fewer events than it announces — is
/// cut off when allowed to repair and skipped otherwise; anything else is refused, naming the segment, line and sequence.
struct JournalScanner {
    let layout: StoreLayout
    /// Whether a write cut short at the end may be cut off (read-write opening).
    let repair: Bool
    /// The suite whose digest chains the records.
    let suite: any CryptoSuite
    /// Whether the journal is of format 1, whose lines stand alone with no commits (read only to be upgraded).
    var legacy = false

    /// What a full scan found.
    struct Scan {
        /// The last committed event.
        var lastSequence = 0
        /// Its chain hash.
        var lastHash = JournalRecord.genesisHash
        /// The segment appended to.
        var lastSegment: (first: Int, url: URL)?
        /// Chain hashes at the sequences of the snapshot files present.
        var snapshotHashes: [Int: String] = [:]
        /// Torn writes cut off.
        var report = OpenReport()
        /// The last commit, the key in force when it was written, and where it is.
        var lastCommit: (commit: CommitRecord, key: Data, place: CommitVerifier.Place)?
        /// Snapshot bindings by sequence, with the key in force and the place of each.
        var bindings: [Int: [(commit: CommitRecord, key: Data, place: CommitVerifier.Place)]] = [:]
        /// Commits walked.
        var commits = 0
    }

    /// Checks the whole journal; `verifier` follows the signing keys (checking every signature when `allSignatures`).
    func scan(_ verifier: inout CommitVerifier, allSignatures: Bool) throws(StoreError) -> Scan {
        var scan = Scan()
        var cursor = Cursor()
        let wanted = Set(try layout.snapshotFiles().map(\.first))
        let segments = try layout.segments()
        for (index, segment) in segments.enumerated() {
            guard segment.first == cursor.committed.sequence + 1 else {
                throw CommitVerifier.Place(segment: segment.url.lastPathComponent, line: 0, sequence: cursor.committed.sequence + 1).damaged(
                    LocalizedText(zh: "日志分段应从序号\(cursor.committed.sequence + 1)开始，实为\(segment.first)（有分段缺失或多余）",
                                  en: "the segment should start at sequence \(cursor.committed.sequence + 1) but starts at \(segment.first) (a segment is missing or extra)"))
            }
            try walk(segment.url, isLastSegment: index == segments.count - 1, cursor: &cursor, report: &scan.report) { line throws(StoreError) in
                switch line {
                case .event(let view, _):
                    if wanted.contains(view.sequence) { scan.snapshotHashes[view.sequence] = String(decoding: view.hash, as: UTF8.self) }
                case .commit(let commit, let place):
                    let key = verifier.currentKey
                    try verifier.check(commit, signature: allSignatures, place: place)
                    scan.commits += 1
                    scan.lastCommit = (commit, key, place)
                    if let binding = commit.extensions?.snapshot { scan.bindings[binding.sequence, default: []].append((commit, key, place)) }
                }
                return true
            }
            scan.lastSegment = segment
        }
        scan.lastSequence = cursor.committed.sequence
        scan.lastHash = cursor.committed.hash
        scan.snapshotHashes = scan.snapshotHashes.filter { $0.key <= scan.lastSequence }
        return scan
    }

    /// Calls `body` with every committed record after `sequence` up to `last`, checking the chain from the segment's start.
    func records(after sequence: Int, through last: Int, _ body: (JournalRecord) throws(StoreError) -> Void) throws(StoreError) {
        let segments = try layout.segments()
        guard let startIndex = segments.lastIndex(where: { $0.first <= sequence + 1 }) else { return }
        var cursor = Cursor()
        cursor.current = (segments[startIndex].first - 1, "")
        cursor.committed = cursor.current
        var report = OpenReport()
        for segment in segments[startIndex...] {
            var done = false
            try walk(segment.url, isLastSegment: true, cursor: &cursor, report: &report) { line throws(StoreError) in
                guard case .event(let view, _) = line else { return true }
                if view.sequence > last {
                    done = true
                    return false
                }
                if view.sequence > sequence { try body(view.record()) }
                return true
            }
            if done { return }
        }
    }

    /// Where the walk stands: the last event seen and the last one a complete commit covers.
    struct Cursor {
        var current: (sequence: Int, hash: String) = (0, JournalRecord.genesisHash)
        var committed: (sequence: Int, hash: String) = (0, JournalRecord.genesisHash)
    }

    /// A line as the walk meets it.
    enum Line {
        /// An event record, checked in place (copy what you keep).
        case event(LineView, CommitVerifier.Place)
        /// A commit, once every event it announces has been checked.
        case commit(CommitRecord, CommitVerifier.Place)
    }

    /// Checks the lines of one segment in order; `visit` returns false to stop. The commit of a write is visited after
    /// its events, once they are all there; an incomplete write at the end of the last segment is a crash's torn write.
    private func walk(_ url: URL, isLastSegment: Bool, cursor: inout Cursor, report: inout OpenReport,
                      _ visit: (Line) throws(StoreError) -> Bool) throws(StoreError) {
        let data: Data
        do { data = try Data(contentsOf: url, options: .alwaysMapped) } catch {
            throw StoreError(.damaged, zh: "无法读取日志分段“\(url.lastPathComponent)”：\(error.localizedDescription)",
                             en: "Cannot read journal segment '\(url.lastPathComponent)': \(error.localizedDescription)")
        }
        let name = url.lastPathComponent
        var outcome: Result<TornRecord?, StoreError> = .success(nil)
        var current = cursor.current
        var committed = cursor.committed
        var currentHash = current.hash.utf8.count == 64 ? Array(current.hash.utf8) : Array(JournalRecord.genesisHash.utf8)
        var linkFirst = current.hash.isEmpty
        let suite = self.suite
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var lineStart = 0
            var lineNumber = 0
            // The commit whose events are being read, with where it starts.
            var open: (commit: CommitRecord, place: CommitVerifier.Place, offset: Int)?
            func place(_ sequence: Int) -> CommitVerifier.Place { CommitVerifier.Place(segment: name, line: lineNumber, sequence: sequence) }
            while lineStart < bytes.count {
                lineNumber += 1
                let rest = UnsafeRawBufferPointer(rebasing: bytes[lineStart...])
                guard let found = rest.baseAddress.flatMap({ memchr($0, 0x0A, rest.count) }), let base = rest.baseAddress else {
                    // No newline: the last write was cut short by a crash.
                    guard isLastSegment else {
                        outcome = .failure(place(current.sequence + 1).damaged(LocalizedText(zh: "记录不完整且不在日志末尾", en: "an incomplete record that is not at the end of the journal")))
                        return
                    }
                    let start = open?.offset ?? lineStart
                    outcome = .success(TornRecord(segment: name, line: open?.place.line ?? lineNumber, bytes: bytes.count - start, offset: start))
                    return
                }
                let length = UnsafeRawPointer(found) - base
                let line = UnsafeRawBufferPointer(rebasing: bytes[lineStart..<(lineStart + length)])
                if CommitRecord.isCommit(line) {
                    if let pending = open {
                        outcome = .failure(pending.place.damaged(LocalizedText(zh: "检查点宣告了序号\(pending.commit.first)至\(pending.commit.last)的事件，但其后只有到\(current.sequence)的事件",
                                                                               en: "the commit announces events \(pending.commit.first) to \(pending.commit.last), but only events up to \(current.sequence) follow it")))
                        return
                    }
                    let commit: CommitRecord
                    switch CommitRecord.parse(line) {
                    case .success(let parsed): commit = parsed
                    case .failure(let problem):
                        outcome = .failure(place(current.sequence + 1).damaged(problem.detail))
                        return
                    }
                    guard linkFirst || commit.first == current.sequence + 1 else {
                        outcome = .failure(place(commit.first).damaged(LocalizedText(zh: "检查点宣告从序号\(commit.first)开始，应为\(current.sequence + 1)（记录被删除、插入或调换）",
                                                                                     en: "the commit announces events from \(commit.first) where \(current.sequence + 1) comes next (records were deleted, inserted or moved)")))
                        return
                    }
                    let here = place(commit.first)
                    if commit.isCheckpoint {
                        guard linkFirst || commit.head.utf8.elementsEqual(currentHash) else {
                            outcome = .failure(here.damaged(LocalizedText(zh: "检查点的链头与日志不符", en: "the checkpoint's chain head does not match the journal")))
                            return
                        }
                        do throws(StoreError) {
                            guard try visit(.commit(commit, here)) else { return }
                        } catch {
                            outcome = .failure(error)
                            return
                        }
                    } else {
                        open = (commit, here, lineStart)
                    }
                    lineStart += length + 1
                    continue
                }
                let pending = open
                if pending == nil && !legacy {
                    outcome = .failure(place(current.sequence + 1).damaged(LocalizedText(zh: "该记录没有经签名的检查点宣告（是在没有巡察办签名密钥的情况下追加的）",
                                                                                        en: "no signed commit announces this record (it was appended without the office's signing key)")))
                    return
                }
                let view: LineView
                switch LineView.check(line, suite: suite) {
                case .success(let checked): view = checked
                case .failure(let problem):
                    outcome = .failure(place(current.sequence + 1).damaged(problem.detail))
                    return
                }
                guard view.sequence == current.sequence + 1 else {
                    outcome = .failure(place(view.sequence).damaged(LocalizedText(zh: "序号应为\(current.sequence + 1)，实为\(view.sequence)（记录被删除、插入或调换）",
                                                                                  en: "sequence \(current.sequence + 1) was expected, found \(view.sequence) (a record was deleted, inserted or moved)")))
                    return
                }
                if !linkFirst, !view.previousHash.elementsEqual(currentHash) {
                    outcome = .failure(place(view.sequence).damaged(LocalizedText(zh: "与前一条记录的哈希链接不符（前面的记录被修改、删除或替换）",
                                                                                  en: "its link to the previous record's hash is broken (an earlier record was edited, removed or replaced)")))
                    return
                }
                linkFirst = false
                current.sequence = view.sequence
                currentHash.withUnsafeMutableBytes { $0.copyMemory(from: view.hash) }
                do throws(StoreError) {
                    guard try visit(.event(view, place(view.sequence))) else { return }
                } catch {
                    outcome = .failure(error)
                    return
                }
                if legacy {
                    committed = (current.sequence, String(decoding: currentHash, as: UTF8.self))
                } else if let pending, view.sequence == pending.commit.last {
                    guard pending.commit.head.utf8.elementsEqual(currentHash) else {
                        outcome = .failure(pending.place.damaged(LocalizedText(zh: "检查点的链头与其宣告的事件不符", en: "the commit's chain head does not match the events it announces")))
                        return
                    }
                    open = nil
                    committed = (current.sequence, String(decoding: currentHash, as: UTF8.self))
                    do throws(StoreError) {
                        guard try visit(.commit(pending.commit, pending.place)) else { return }
                    } catch {
                        outcome = .failure(error)
                        return
                    }
                }
                lineStart += length + 1
            }
            if let pending = open {
                // Every line ended, but the write did not: a crash between lines of one write.
                guard isLastSegment else {
                    outcome = .failure(pending.place.damaged(LocalizedText(zh: "检查点宣告的事件不全且不在日志末尾", en: "the commit's events are incomplete and not at the end of the journal")))
                    return
                }
                outcome = .success(TornRecord(segment: name, line: pending.place.line, bytes: bytes.count - pending.offset, offset: pending.offset))
            }
        }
        current = (current.sequence, String(decoding: currentHash, as: UTF8.self))
        switch outcome {
        case .failure(let error): throw error
        case .success(let torn?):
            if repair {
                let file = try FileDescriptor.openFile(url.path, O_WRONLY)
                try file.truncate(to: torn.offset)
                try file.sync()
            }
            report.tornRecord = torn
            // What the torn write held is not part of the journal.
            current = committed
        case .success(nil): break
        }
        cursor.current = current
        cursor.committed = committed.sequence == current.sequence ? current : committed
    }
}

/// What opening the store found and did.
public struct OpenReport: Hashable, Sendable {
    /// A write a crash cut short (never acknowledged), cut off when opened for writing.
    public var tornRecord: TornRecord?
    /// Snapshot files passed over because they were unreadable or not bound to the chain, with why.
    public var rejectedSnapshots: [String] = []
}

/// A write whose end a crash cut off.
public struct TornRecord: Hashable, Sendable {
    /// The segment file.
    public var segment: String
    /// The line it starts on.
    public var line: Int
    /// How many bytes of it had reached the disk.
    public var bytes: Int
    /// Where it starts in the segment.
    var offset = 0

    /// A torn write.
    public init(segment: String, line: Int, bytes: Int) {
        self.segment = segment
        self.line = line
        self.bytes = bytes
    }

    init(segment: String, line: Int, bytes: Int, offset: Int) {
        self.init(segment: segment, line: line, bytes: bytes)
        self.offset = offset
    }

    /// Torn writes are the same when found at the same place with the same size.
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
