import Foundation
import InspectionKit
import InspectionKitSamples
@testable import InspectionKitJSON
import Testing

/// Truncating, bit-flipping, deleting, swapping or inserting journal lines is always detected — refused with the place
/// named, or, for a cut at the very end (which looks like a crash or a shorter journal), exposed by the chain head kept
/// elsewhere — never a crash, never a silent repair.
@Suite("Journal tampering")
struct JournalTamperingTests {
    enum Mutation: CustomStringConvertible {
        case truncate(file: Int, at: Int)
        case flip(file: Int, byte: Int, bit: Int)
        case delete(file: Int, line: Int)
        case swap(file: Int, line: Int)
        case duplicate(file: Int, line: Int)

        var description: String {
            switch self {
            case .truncate(let f, let at): "truncate segment \(f) at byte \(at)"
            case .flip(let f, let byte, let bit): "flip bit \(bit) of byte \(byte) in segment \(f)"
            case .delete(let f, let line): "delete line \(line) of segment \(f)"
            case .swap(let f, let line): "swap lines \(line) and \(line + 1) of segment \(f)"
            case .duplicate(let f, let line): "insert a copy of line \(line) of segment \(f)"
            }
        }
    }

    private func lines(_ data: Data) -> [Data] {
        data.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { Data($0) }
    }

    private func joined(_ lines: [Data]) -> Data {
        lines.reduce(into: Data()) { $0.append($1); $0.append(0x0A) }
    }

    private func apply(_ mutation: Mutation, to files: [(URL, Data)]) throws {
        switch mutation {
        case .truncate(let f, let at):
            try files[f].1.prefix(at).write(to: files[f].0)
        case .flip(let f, let byte, let bit):
            var data = files[f].1
            data[byte] ^= UInt8(1 << bit)
            try data.write(to: files[f].0)
        case .delete(let f, let line):
            var all = lines(files[f].1)
            all.remove(at: line)
            try joined(all).write(to: files[f].0)
        case .swap(let f, let line):
            var all = lines(files[f].1)
            all.swapAt(line, line + 1)
            try joined(all).write(to: files[f].0)
        case .duplicate(let f, let line):
            var all = lines(files[f].1)
            all.insert(all[line], at: line + 1)
            try joined(all).write(to: files[f].0)
        }
    }

    private func mutations(for files: [(URL, Data)], count: Int) -> [Mutation] {
        var random = SampleRandom(seed: 42)
        var result: [Mutation] = []
        for n in 0..<count {
            let f = Int.random(in: 0..<files.count, using: &random)
            let data = files[f].1
            let lineCount = lines(data).count
            switch n % 5 {
            case 0: result.append(.truncate(file: f, at: Int.random(in: 0..<data.count, using: &random)))
            case 1: result.append(.flip(file: f, byte: Int.random(in: 0..<data.count, using: &random), bit: Int.random(in: 0..<8, using: &random)))
            case 2: result.append(.delete(file: f, line: Int.random(in: 0..<lineCount, using: &random)))
            case 3: result.append(.swap(file: f, line: Int.random(in: 0..<(lineCount - 1), using: &random)))
            default: result.append(.duplicate(file: f, line: Int.random(in: 0..<lineCount, using: &random)))
            }
        }
        return result
    }

    @Test func detectsEveryTamperingAndNamesThePlace() async throws {
        let original = StoreFixtures.directory()
        let store = try await StoreFixtures.store(at: original, events: 150, segmentBytes: 24 << 10)
        let head = try store.chainHead()
        store.close()
        let pristine = try StoreFixtures.journalFiles(original)
        #expect(pristine.count >= 3)
        var outcomes: [String: Int] = [:]
        for mutation in mutations(for: pristine, count: 300) {
            outcomes[try check(mutation, original: original, head: head), default: 0] += 1
        }
        #expect(outcomes["refused", default: 0] > 200)
        print("tampering outcomes: \(outcomes)")
    }

    /// Applies `mutation` to a copy of the store and opens it; returns what happened.
    private func check(_ mutation: Mutation, original: URL, head: ChainHead) throws -> String {
        let copy = StoreFixtures.directory("tamper")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: original, to: copy)
        let files = try StoreFixtures.journalFiles(copy)
        try apply(mutation, to: files)
        let tampered = try StoreFixtures.journalFiles(copy).map(\.1)
        let opened: JSONEventStore
        do {
            opened = try JSONEventStore(at: copy, keys: StoreFixtures.keys)
        } catch {
            let failure: StoreError? = error
            #expect(failure?.kind == .damaged, "\(mutation): \(error)")
            let english = failure?.message.en ?? ""
            let named = files.contains { english.contains($0.0.lastPathComponent) } && english.contains("line ")
            #expect(named, "\(mutation): \(english)")
            #expect(failure?.message.zh.contains("行") == true)
            // Nothing was rewritten.
            #expect(try StoreFixtures.journalFiles(copy).map(\.1) == tampered, "\(mutation) was repaired")
            return "refused"
        }
        defer { opened.close() }
        // Opening checks the chain and the last commit's signature; a full verification checks every signature, so a
        // change to an earlier commit outside the chain (its time, its signature) is refused there.
        do {
            _ = try opened.verify()
        } catch {
            #expect(error.kind == .damaged && error.message.en.contains("line "), "\(mutation): \(error)")
            return "refused by verify"
        }
        // Only a cut at the very end of the journal leaves an intact chain: a cut inside the last write is reported as
        // torn; a cut at a write's boundary looks like a shorter journal. Either way the kept chain head exposes it.
        #expect(throws: StoreError.self, "\(mutation) went undetected") { try opened.verify(against: head) }
        return opened.openReport.tornRecord == nil ? "shortened, exposed by the chain head" : "torn, then exposed by the chain head"
    }

    @Test func verifyReportsTheFirstBadRecordWithoutChangingAnything() async throws {
        let url = StoreFixtures.directory()
        let store = try await StoreFixtures.store(at: url, events: 40)
        store.close()
        let (segment, data) = try #require(try StoreFixtures.journalFiles(url).first)
        var all = lines(data)
        let index = try #require(all.firstIndex { $0.starts(with: Data(#"{"seq":17,"#.utf8)) })
        all[index] = Data(String(decoding: all[index], as: UTF8.self).replacingOccurrences(of: "\"role\":\"office\"", with: "\"role\":\"auditor\"").utf8)
        try joined(all).write(to: segment)
        #expect {
            _ = try JSONEventStore(at: url, keys: StoreFixtures.keys, mode: .readOnly)
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.kind == .damaged && error.message.en.contains("line \(index + 1) ") && error.message.en.contains("sequence 17")
        }
        #expect(try Data(contentsOf: segment) == joined(all))
    }
}
