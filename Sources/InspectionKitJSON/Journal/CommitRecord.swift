import Foundation
import InspectionKit

/// 提交记录 — the signed line that opens every write of the journal. It announces the events that follow it
/// (`first`…`last`) and the chain head they end at, and the office's signing key signs it. A write is committed when
/// every event it announces is on disk after it: a crash that cuts a write short leaves an announcement with too few
/// events, which opening cuts off; a line appended without the key is announced by no valid commit, which opening
/// and verification refuse.
///
/// `{"commit":{"first":F,"last":L,"head":"…","suite":"…","key":"…","at":T[,"ext":{…}]},"sig":"…"[,"sig2":"…"]}`
///
/// A commit that announces no events (`last == first - 1`) is a checkpoint: it binds a snapshot's digest to the chain,
/// or rotates a key. A signing-key rotation carries a second signature (`sig2`), by the new key.
struct CommitRecord: Sendable, Equatable {
    /// The first event announced.
    var first: Int
    /// The last event announced (`first - 1` for a checkpoint).
    var last: Int
    /// The chain hash of event `last` (of the event before, for a checkpoint).
    var head: String
    /// The suite that signed it.
    var suite: String
    /// The id of the key that signed it.
    var keyID: String
    /// When it was written (seconds since 1970).
    var at: Int
    /// A snapshot binding or key rotation.
    var extensions: CommitExtensions?
    /// The signature of the payload.
    var signature: Data
    /// The new key's signature of the payload, for a signing-key rotation.
    var newKeySignature: Data?
    /// The payload's bytes as written: what the signatures cover (with the store id).
    var payload: Data

    /// Whether it announces no events.
    var isCheckpoint: Bool { last == first - 1 }

    static let prefix = Array(#"{"commit":"#.utf8)
    private static let signatureMarker = Array(#","sig":""#.utf8)
    private static let secondMarker = Array(#"","sig2":""#.utf8)
    private static let signatureHex = 128

    /// What a signature covers: a fixed label, the store id and the payload, so that no signature of another store or
    /// of another kind of message can stand in for it.
    static func message(payload: Data, storeID: String) -> Data {
        Data("InspectionKit commit v1\n\(storeID)\n".utf8) + payload
    }

    /// The line of a new commit, signed by `sign` (and by `signNew`, for a rotation), ending in a newline.
    static func line(first: Int, last: Int, head: String, suite: String, keyID: String, at: Int, extensions: CommitExtensions?,
                     storeID: String, sign: (Data) throws(StoreError) -> Data, signNew: ((Data) throws(StoreError) -> Data)? = nil) throws(StoreError) -> Data {
        var payload = Data(#"{"first":\#(first),"last":\#(last),"head":"\#(head)","suite":"\#(suite)","key":"\#(keyID)","at":\#(at)"#.utf8)
        if let extensions {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            do { payload += Data(#","ext":"#.utf8) + (try encoder.encode(extensions)) } catch {
                throw StoreError(.failed, zh: "检查点无法编码：\(error)", en: "The checkpoint could not be encoded: \(error)")
            }
        }
        payload.append(UInt8(ascii: "}"))
        let message = message(payload: payload, storeID: storeID)
        var line = Data(prefix) + payload + Data(#","sig":""#.utf8) + Data(Hex.encode(try sign(message)).utf8) + Data("\"".utf8)
        if let signNew { line += Data(#","sig2":""#.utf8) + Data(Hex.encode(try signNew(message)).utf8) + Data("\"".utf8) }
        line += Data("}\n".utf8)
        return line
    }

    /// Whether a journal line (without its newline) is a commit rather than an event.
    static func isCommit(_ line: UnsafeRawBufferPointer) -> Bool {
        line.count >= prefix.count && prefix.indices.allSatisfy { line[$0] == prefix[$0] }
    }

    /// Parses a commit line (without its newline); its signatures are checked separately, by ``CommitVerifier``.
    static func parse(_ line: UnsafeRawBufferPointer) -> Result<CommitRecord, JournalRecord.LineProblem> {
        let count = line.count
        let single = signatureMarker.count + signatureHex + 2
        let double = single + secondMarker.count + signatureHex
        guard count > prefix.count + single, line[count - 1] == UInt8(ascii: "}"), line[count - 2] == UInt8(ascii: "\"") else {
            return .failure(.malformed("the commit is not closed by its signature"))
        }
        let hasSecond = count > prefix.count + double && ByteCursor(line, at: count - 2 - signatureHex - secondMarker.count).starts(with: secondMarker)
        let signatureStart = count - (hasSecond ? double : single)
        guard ByteCursor(line, at: signatureStart).starts(with: signatureMarker) else { return .failure(.malformed("no signature")) }
        let firstHex = UnsafeRawBufferPointer(rebasing: line[(signatureStart + signatureMarker.count)..<(signatureStart + signatureMarker.count + signatureHex)])
        guard let signature = Hex.decode(String(decoding: firstHex, as: UTF8.self)) else { return .failure(.malformed("the signature is not hex")) }
        var second: Data?
        if hasSecond {
            let start = count - 2 - signatureHex
            second = Hex.decode(String(decoding: UnsafeRawBufferPointer(rebasing: line[start..<(start + signatureHex)]), as: UTF8.self))
            guard second != nil else { return .failure(.malformed("the second signature is not hex")) }
        }
        let payloadBytes = UnsafeRawBufferPointer(rebasing: line[prefix.count..<signatureStart])
        var cursor = ByteCursor(payloadBytes, at: 0)
        guard cursor.expect(#"{"first":"#), let first = cursor.integer(),
              cursor.expect(#","last":"#), let last = cursor.integer(),
              cursor.expect(#","head":""#), let head = cursor.token(), cursor.expect(#"""#),
              cursor.expect(#","suite":""#), let suite = cursor.token(), cursor.expect(#"""#),
              cursor.expect(#","key":""#), let key = cursor.token(), cursor.expect(#"""#),
              cursor.expect(#","at":"#), let at = cursor.integer() else {
            return .failure(.malformed("the commit's fields are not in order"))
        }
        var extensions: CommitExtensions?
        if cursor.expect(#","ext":"#) {
            let rest = UnsafeRawBufferPointer(rebasing: payloadBytes[cursor.offset..<(payloadBytes.count - 1)])
            guard let decoded = try? JSONDecoder().decode(CommitExtensions.self, from: Data(rest)) else {
                return .failure(.malformed("the commit's extension is not readable"))
            }
            extensions = decoded
        } else if cursor.offset != payloadBytes.count - 1 {
            return .failure(.malformed("unexpected fields in the commit"))
        }
        guard payloadBytes.last == UInt8(ascii: "}"), head.utf8.count == 64, last >= first - 1 else {
            return .failure(.malformed("the commit announces no valid range or head"))
        }
        return .success(CommitRecord(first: first, last: last, head: head, suite: suite, keyID: key, at: at, extensions: extensions,
                                     signature: signature, newKeySignature: second, payload: Data(payloadBytes)))
    }
}

/// What a checkpoint carries besides the chain head.
struct CommitExtensions: Codable, Equatable, Sendable {
    /// A snapshot bound to the chain.
    var snapshot: SnapshotBinding?
    /// A new signing key (public, hex): from this commit on, commits are signed by it.
    var signingKey: String?
    /// A new data key's id: record keys are wrapped under it from this commit on.
    var dataKey: String?
    /// The head of the format-1 store this store was upgraded from (the first checkpoint of an upgraded store).
    var upgradedFrom: ChainHead?
}

/// A snapshot's place in the chain: its sequence and the digest of its file's bytes.
struct SnapshotBinding: Codable, Equatable, Hashable, Sendable {
    /// The sequence the snapshot's state ends at.
    var sequence: Int
    /// The chain digest of the snapshot file, in hex.
    var digest: String
}

/// Reads a line's fixed fields in place.
struct ByteCursor {
    let bytes: UnsafeRawBufferPointer
    var offset: Int

    init(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
        self.bytes = bytes
        self.offset = offset
    }

    /// Whether the bytes at the cursor are `marker` (without moving).
    func starts(with marker: [UInt8]) -> Bool {
        guard offset >= 0, offset + marker.count <= bytes.count else { return false }
        for (i, byte) in marker.enumerated() where bytes[offset + i] != byte { return false }
        return true
    }

    /// Moves past `literal` when it comes next.
    mutating func expect(_ literal: String) -> Bool {
        let marker = Array(literal.utf8)
        guard starts(with: marker) else { return false }
        offset += marker.count
        return true
    }

    /// A non-negative decimal integer.
    mutating func integer() -> Int? {
        var value = 0
        var digits = 0
        while offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39, digits < 18 {
            value = value * 10 + Int(bytes[offset] - 0x30)
            offset += 1
            digits += 1
        }
        return digits > 0 ? value : nil
    }

    /// Letters, digits and `-` up to the next quote.
    mutating func token() -> String? {
        let start = offset
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "\"") {
            let c = bytes[offset]
            guard (0x30...0x39).contains(c) || (0x61...0x7A).contains(c) || (0x41...0x5A).contains(c) || c == UInt8(ascii: "-") else { return nil }
            offset += 1
        }
        return offset > start ? String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self) : nil
    }
}
