#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import InspectionKit
import Synchronization

/// 记录密钥表 — `record-keys.jsonl`: one key per confidential record (a lead, a petition's content, a petitioner's
/// identity, an interview), wrapped under the office's data key. A record's key is written (and fsync-ed) before the
/// first event sealed with it. Erasing a record's content destroys its key: the table is rewritten without it, keeping a
/// tombstone, so neither the journal, nor a snapshot, nor any later backup can be read for that record again.
///
/// Lines: `{"record":"lead:LEAD-1","dataKey":"<id>","wrapped":"<base64>"}` a key; `{"record":…,"erasing":N}` an
/// erasure on its way (event N); `{"record":…,"erased":N}` a tombstone.
final class RecordKeyTable: Sendable {
    private let url: URL
    private let suite: any CryptoSuite
    /// Where the data key is looked for, for messages.
    private let dataKeyLocation: String
    private let state: Mutex<Contents>

    /// One line of the table.
    struct Line: Codable, Equatable {
        var record: String
        var dataKey: String?
        var wrapped: String?
        var erasing: Int?
        var erased: Int?
    }

    /// A record's wrapped key, with the key unwrapped once used.
    struct Entry {
        var wrapped: Data
        var dataKeyID: String
        var key: Data?
    }

    struct Contents {
        var entries: [String: Entry] = [:]
        var erased: [String: Int] = [:]
        var erasing: [String: Int] = [:]
        /// Keys made but not yet on disk.
        var pending: [String: Entry] = [:]
        /// The data keys by id (the one in force, and a rotation's next).
        var dataKeys: [String: Data] = [:]
        /// The id new keys are wrapped under.
        var dataKeyID: String?
    }

    /// Loads the table at `url` (none yet is an empty table); a final line a crash cut short is dropped, and cut off
    /// the file when `repair` (a store opened for writing), so that the next line appended starts whole.
    init(url: URL, suite: any CryptoSuite, dataKeys: [StoreKeys.DataKey], inForce: String?, dataKeyLocation: String, repair: Bool) throws(StoreError) {
        self.url = url
        self.suite = suite
        self.dataKeyLocation = dataKeyLocation
        var contents = Contents()
        for key in dataKeys { contents.dataKeys[key.id] = key.key }
        contents.dataKeyID = inForce ?? dataKeys.first?.id
        if let data = FileManager.default.contents(atPath: url.path) {
            let decoder = JSONDecoder()
            for piece in data.split(separator: 0x0A) {
                guard let line = try? decoder.decode(Line.self, from: Data(piece)) else {
                    // Only a last line without its newline may be unreadable: a write cut short.
                    guard piece.endIndex == data.endIndex, data.last != 0x0A else {
                        throw StoreError(.damaged, zh: "记录密钥表“\(url.lastPathComponent)”中有无法读取的行：请从备份恢复该文件。",
                                         en: "The record key table '\(url.lastPathComponent)' holds an unreadable line: restore the file from a backup.")
                    }
                    if repair {
                        let file = try FileDescriptor.openFile(url.path, O_WRONLY)
                        try file.truncate(to: piece.startIndex - data.startIndex)
                        try file.sync()
                    }
                    continue
                }
                Self.fold(line, into: &contents)
            }
        }
        state = Mutex(contents)
    }

    private static func fold(_ line: Line, into contents: inout Contents) {
        if let erased = line.erased {
            contents.entries[line.record] = nil
            contents.erasing[line.record] = nil
            contents.erased[line.record] = erased
        } else if let erasing = line.erasing {
            contents.erasing[line.record] = erasing
        } else if let wrapped = line.wrapped.flatMap({ Data(base64Encoded: $0) }), let dataKey = line.dataKey {
            contents.entries[line.record] = Entry(wrapped: wrapped, dataKeyID: dataKey)
        }
    }

    // MARK: Keys

    /// The key that seals `owner`'s content, made (and kept pending until ``persistPending()``) when it has none;
    /// nil when the content was erased (or is being erased): nothing of it is to be kept.
    func sealingKey(for owner: String) throws(StoreError) -> Data? {
        try state.withLock { s throws(StoreError) -> Data? in
            if s.erased[owner] != nil || s.erasing[owner] != nil { return nil }
            if let key = try Self.unwrap(owner, in: &s, suite: suite, location: dataKeyLocation) { return key }
            guard let id = s.dataKeyID, let dataKey = s.dataKeys[id] else { throw StoreKeys.missing(.data, location: dataKeyLocation) }
            let key = suite.newSymmetricKey()
            s.pending[owner] = Entry(wrapped: try suite.wrap(key, with: dataKey), dataKeyID: id, key: key)
            return key
        }
    }

    /// The key that opens `owner`'s content; nil when it was erased. A key missing for a record never erased means
    /// the table was damaged or swapped, and is refused.
    func openingKey(for owner: String) throws(StoreError) -> Data? {
        try state.withLock { s throws(StoreError) -> Data? in
            if s.erased[owner] != nil { return nil }
            if let key = try Self.unwrap(owner, in: &s, suite: suite, location: dataKeyLocation) { return key }
            throw StoreError(.damaged, zh: "记录密钥表中没有\(owner)的密钥，而它从未被销毁：请从备份恢复 record-keys.jsonl。",
                             en: "The record key table has no key for \(owner), which was never erased: restore record-keys.jsonl from a backup.")
        }
    }

    private static func unwrap(_ owner: String, in s: inout Contents, suite: any CryptoSuite, location: String) throws(StoreError) -> Data? {
        guard let entry = s.entries[owner] ?? s.pending[owner] else { return nil }
        if let key = entry.key { return key }
        if s.dataKeys.isEmpty { throw StoreKeys.missing(.data, location: location) }
        guard let dataKey = s.dataKeys[entry.dataKeyID] else {
            throw StoreError(.keys, zh: "记录 \(owner) 的密钥由数据密钥 \(entry.dataKeyID) 封装，而该数据密钥不可用。",
                             en: "The key of \(owner) is wrapped under data key \(entry.dataKeyID), which is not available.")
        }
        let key = try suite.unwrap(entry.wrapped, with: dataKey)
        s.entries[owner]?.key = key
        return key
    }

    /// Whether `owner`'s content was erased.
    func isErased(_ owner: String) -> Bool { state.withLock { $0.erased[owner] != nil } }

    // MARK: Writing

    /// Appends the keys made since the last call, and fsyncs: before the first event sealed with them is written.
    func persistPending() throws(StoreError) {
        try state.withLock { s throws(StoreError) in
            guard !s.pending.isEmpty else { return }
            let lines = s.pending.sorted { $0.key < $1.key }.map(Line.init(key:))
            try append(lines)
            for (owner, entry) in s.pending { s.entries[owner] = entry }
            s.pending.removeAll()
        }
    }

    /// Marks erasures on their way (before the journal write that carries them).
    func beginErasures(_ erasures: [(owner: String, sequence: Int)]) throws(StoreError) {
        guard !erasures.isEmpty else { return }
        try state.withLock { s throws(StoreError) in
            try append(erasures.map { Line(record: $0.owner, erasing: $0.sequence) })
            for erasure in erasures { s.erasing[erasure.owner] = erasure.sequence }
        }
    }

    /// Destroys the keys of erasures whose events are durable: the table is rewritten without them, with tombstones.
    func completeErasures(_ erasures: [(owner: String, sequence: Int)]) throws(StoreError) {
        guard !erasures.isEmpty else { return }
        try state.withLock { s throws(StoreError) in
            for erasure in erasures {
                s.entries[erasure.owner] = nil
                s.erasing[erasure.owner] = nil
                s.erased[erasure.owner] = erasure.sequence
            }
            try rewrite(s)
        }
    }

    /// Forgets erasures whose events never reached the journal.
    func abandonErasures(_ owners: [String]) throws(StoreError) {
        guard !owners.isEmpty else { return }
        try state.withLock { s throws(StoreError) in
            for owner in owners { s.erasing[owner] = nil }
            try rewrite(s)
        }
    }

    /// Erasures marked but not completed, with the sequence of their events.
    var unfinishedErasures: [(owner: String, sequence: Int)] {
        state.withLock { $0.erasing.map { ($0.key, $0.value) }.sorted { $0.sequence < $1.sequence } }
    }

    /// Re-wraps every key still wrapped under another data key under `dataKey` (and makes it the one new keys use),
    /// rewriting the table atomically.
    func rewrap(under dataKey: StoreKeys.DataKey) throws(StoreError) {
        try state.withLock { s throws(StoreError) in
            s.dataKeys[dataKey.id] = dataKey.key
            for owner in s.entries.keys.sorted() where s.entries[owner]?.dataKeyID != dataKey.id {
                guard let key = try Self.unwrap(owner, in: &s, suite: suite, location: dataKeyLocation) else { continue }
                s.entries[owner] = Entry(wrapped: try suite.wrap(key, with: dataKey.key), dataKeyID: dataKey.id, key: key)
            }
            s.dataKeyID = dataKey.id
            try rewrite(s)
        }
    }

    /// The ids of the data keys the table's entries are wrapped under.
    var wrappingKeyIDs: Set<String> { state.withLock { Set($0.entries.values.map(\.dataKeyID)) } }

    /// How many records have keys, and how many were erased.
    var counts: (keys: Int, erased: Int) { state.withLock { ($0.entries.count, $0.erased.count) } }

    /// `lines` as JSON Lines.
    private func encode(_ lines: [Line]) throws(StoreError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var bytes = Data()
        for line in lines {
            do { bytes += try encoder.encode(line) } catch { throw StoreError(.failed, zh: "密钥表无法编码：\(error)", en: "The key table could not be encoded: \(error)") }
            bytes.append(0x0A)
        }
        return bytes
    }

    private func append(_ lines: [Line]) throws(StoreError) {
        let bytes = try encode(lines)
        let existed = FileManager.default.fileExists(atPath: url.path)
        let file = try FileDescriptor.openFile(url.path, O_WRONLY | O_APPEND | O_CREAT)
        try file.writeAll(bytes)
        try file.sync()
        if !existed { try FileDescriptor.directory(url.deletingLastPathComponent().path).sync() }
    }

    private func rewrite(_ s: Contents) throws(StoreError) {
        var lines = s.entries.sorted { $0.key < $1.key }.map(Line.init(key:))
        lines += s.erasing.sorted { $0.key < $1.key }.map { Line(record: $0.key, erasing: $0.value) }
        lines += s.erased.sorted { $0.key < $1.key }.map { Line(record: $0.key, erased: $0.value) }
        try AtomicFile.write(try encode(lines), to: url)
    }
}

extension RecordKeyTable.Line {
    /// The line that keeps a record's wrapped key (a table entry: the record, its key).
    init(key entry: (key: String, value: RecordKeyTable.Entry)) {
        self.init(record: entry.key, dataKey: entry.value.dataKeyID, wrapped: entry.value.wrapped.base64EncodedString())
    }
}
