import Foundation

/// One journal line checked in place, without copying: the fast path of opening and verifying a store.
///
/// The line's shape is fixed: `{"seq":N,"prev":"<64 hex>","event":<json>,"hash":"<64 hex>"}`. The hash field is the
/// last 75 bytes, so no search is needed to find it.
struct LineView {
    let sequence: Int
    let previousHash: UnsafeRawBufferPointer
    let hash: UnsafeRawBufferPointer
    let event: UnsafeRawBufferPointer

    private static let head = Array(#"{"seq":"#.utf8)
    private static let prevMarker = Array(#","prev":""#.utf8)
    private static let eventMarker = Array(#"","event":"#.utf8)
    private static let hashMarker = Array(#","hash":""#.utf8)
    private static let tailLength = 9 + 64 + 2

    /// Checks the line's shape and its own checksum.
    static func check(_ line: UnsafeRawBufferPointer, suite: any CryptoSuite) -> Result<LineView, JournalRecord.LineProblem> {
        let count = line.count
        guard count > head.count + tailLength else { return .failure(.malformed("the line is too short")) }
        let tail = count - tailLength
        guard matches(line, at: tail, hashMarker), line[count - 2] == UInt8(ascii: "\""), line[count - 1] == UInt8(ascii: "}") else {
            return .failure(.malformed("no hash field at the end"))
        }
        let body = UnsafeRawBufferPointer(rebasing: line[0..<tail])
        let stored = UnsafeRawBufferPointer(rebasing: line[(tail + hashMarker.count)..<(count - 2)])
        guard digestMatches(body, stored, suite: suite) else { return .failure(.checksum) }
        guard matches(line, at: 0, head) else { return .failure(.malformed("no sequence number")) }
        var index = head.count
        var sequence = 0
        var digits = 0
        while index < tail, line[index] >= 0x30, line[index] <= 0x39, digits < 18 {
            sequence = sequence * 10 + Int(line[index] - 0x30)
            index += 1
            digits += 1
        }
        guard digits > 0, matches(line, at: index, prevMarker) else { return .failure(.malformed("no sequence number")) }
        let prevStart = index + prevMarker.count
        guard prevStart + 64 + eventMarker.count <= tail, matches(line, at: prevStart + 64, eventMarker) else {
            return .failure(.malformed("malformed predecessor hash"))
        }
        let eventStart = prevStart + 64 + eventMarker.count
        return .success(LineView(sequence: sequence,
                                 previousHash: UnsafeRawBufferPointer(rebasing: line[prevStart..<(prevStart + 64)]),
                                 hash: stored,
                                 event: UnsafeRawBufferPointer(rebasing: line[eventStart..<tail])))
    }

    /// A copy that outlives the line's bytes.
    func record() -> JournalRecord {
        JournalRecord(sequence: sequence, previousHash: String(decoding: previousHash, as: UTF8.self),
                      hash: String(decoding: hash, as: UTF8.self), eventJSON: Data(event))
    }

    private static func matches(_ line: UnsafeRawBufferPointer, at offset: Int, _ marker: [UInt8]) -> Bool {
        guard offset >= 0, offset + marker.count <= line.count else { return false }
        for (i, byte) in marker.enumerated() where line[offset + i] != byte { return false }
        return true
    }

    /// Whether the suite's digest of `body`, in lowercase hex, equals the 64 bytes of `stored`.
    private static func digestMatches(_ body: UnsafeRawBufferPointer, _ stored: UnsafeRawBufferPointer, suite: any CryptoSuite) -> Bool {
        guard stored.count == 64 else { return false }
        let digits = JournalRecord.hexDigits
        return suite.withDigest(of: body) { digest in
            guard digest.count == 32 else { return false }
            var index = 0
            for byte in digest {
                guard stored[index] == digits[Int(byte >> 4)], stored[index + 1] == digits[Int(byte & 0x0F)] else { return false }
                index += 2
            }
            return true
        }
    }
}
