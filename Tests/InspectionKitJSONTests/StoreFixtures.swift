import Foundation
import InspectionKit
import InspectionKitSamples
@testable import InspectionKitJSON

/// Temporary store directories and sample events for the store's tests.
enum StoreFixtures {
    /// The key directory of every store the tests create (outside every store, like an office's).
    static let keys = KeyDirectory(FileManager.default.temporaryDirectory.appendingPathComponent("inspectionkit-test-keys", isDirectory: true))

    /// A fresh, not-yet-existing directory under the system's temporary folder.
    static func directory(_ name: String = #function) -> URL {
        let clean = name.filter { $0.isLetter || $0.isNumber }
        return FileManager.default.temporaryDirectory.appendingPathComponent("inspectionkit-\(clean)-\(UUID().uuidString)", isDirectory: true)
    }

    private static let built: Result<(journal: [RecordedEvent], state: InspectionState), any Error> = Result {
        let driver = try SampleDistrict.engine(size: .small).driver
        return (driver.engine.journal, driver.engine.state)
    }

    /// The small sample district's journal and final state, built once.
    static var sample: (journal: [RecordedEvent], state: InspectionState) {
        get throws { try built.get() }
    }

    /// A store holding the first `count` sample events, appended in batches of varying size.
    static func store(at url: URL, events count: Int, segmentBytes: Int = 64 << 20) async throws -> JSONEventStore {
        let store = try JSONEventStore(at: url, keys: StoreFixtures.keys, segmentBytes: segmentBytes)
        var last = 0
        for batch in EventStoreConformance.batches(of: Array(try sample.journal.prefix(count))) {
            try await store.append(batch, expectedLastSequence: last)
            last = batch.last?.sequence ?? last
        }
        return store
    }

    /// The store's manifest.
    static func manifest(_ url: URL) throws -> StoreManifest {
        try JSONDecoder().decode(StoreManifest.self, from: Data(contentsOf: url.appendingPathComponent("manifest.json")))
    }

    /// Every file of the store's journal, with its bytes.
    static func journalFiles(_ url: URL) throws -> [(URL, Data)] {
        let folder = url.appendingPathComponent("journal")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            let file = folder.appendingPathComponent($0)
            return (file, try Data(contentsOf: file))
        }
    }
}
