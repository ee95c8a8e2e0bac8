import Foundation
import InspectionKit
@testable import InspectionKitJSON
import Testing

/// Attached files in a JSON store: sealed on disk under a key of their own, named by the SHA-256 of their bytes,
/// refused when changed, and not kept by a store opened for reading.
@Suite("The JSON store's attached files")
struct AttachmentStoreTests {
    static let pdf = Data("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n青溪区整改佐证".utf8)

    @Test func keepsAFileSealedUnderItsDigestAndReadsItBackAfterReopening() async throws {
        let url = StoreFixtures.directory()
        defer { try? FileManager.default.removeItem(at: url) }
        let sha256: String
        do {
            let store = try await StoreFixtures.store(at: url, events: 20)
            defer { store.close() }
            sha256 = try await store.put(Self.pdf)
            #expect(AttachedFile.isDigest(sha256))
            #expect(try await store.put(Self.pdf) == sha256, "the same bytes are kept once")
        }
        let onDisk = try Data(contentsOf: url.appendingPathComponent("attachments").appendingPathComponent(sha256))
        #expect(onDisk.range(of: Data("青溪区整改佐证".utf8)) == nil && onDisk.range(of: Data("%PDF".utf8)) == nil, "the file is sealed at rest")
        let reopened = try JSONEventStore(at: url, keys: StoreFixtures.keys, mode: .readOnly, create: false)
        defer { reopened.close() }
        #expect(try await reopened.get(sha256) == Self.pdf)
        #expect(try await reopened.get(String(repeating: "a", count: 64)) == nil)
        await #expect(throws: StoreError.self, "a store opened for reading keeps nothing") { _ = try await reopened.put(Data("x".utf8)) }
    }

    @Test func aFileChangedOnDiskIsRefusedNotServed() async throws {
        let url = StoreFixtures.directory()
        defer { try? FileManager.default.removeItem(at: url) }
        let store = try await StoreFixtures.store(at: url, events: 20)
        defer { store.close() }
        let sha256 = try await store.put(Self.pdf)
        let file = url.appendingPathComponent("attachments").appendingPathComponent(sha256)
        var bytes = try Data(contentsOf: file)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: file)
        await #expect(throws: StoreError.self) { _ = try await store.get(sha256) }
        // Another file's sealed bytes moved under this name do not open either.
        let other = try await store.put(Data("%PDF-1.4 another".utf8))
        try FileManager.default.removeItem(at: file)
        try FileManager.default.copyItem(at: url.appendingPathComponent("attachments").appendingPathComponent(other), to: file)
        await #expect(throws: StoreError.self) { _ = try await store.get(sha256) }
    }
}
