import Foundation
import InspectionKit
@testable import InspectionKitJSON

/// Temporary store directories and sample events for the store's tests.
enum StoreFixtures {
    /// A fresh, not-yet-existing directory under the system's temporary folder.
    static func directory(_ name: String = #function) -> URL {
        let clean = name.filter { $0.isLetter || $0.isNumber }
        return FileManager.default.temporaryDirectory.appendingPathComponent("inspectionkit-\(clean)-\(UUID().uuidString)", isDirectory: true)
    }

    /// The small sample district's journal and final state, built once.
    static let sample: (journal: [RecordedEvent], state: InspectionState) = {
        guard let driver = try? SampleDistrict.engine(size: .small).driver else { return ([], InspectionState(taxonomy: (try? Taxonomy.standard()) ?? placeholderTaxonomy)) }
        return (driver.engine.journal, driver.engine.state)
    }()

    private static var placeholderTaxonomy: Taxonomy {
        // Only reached if the bundled taxonomy is missing, which the taxonomy tests would report.
        (try? Taxonomy(name: LocalizedText(zh: "空", en: "empty"), version: "0", nodes: [TaxonomyNode(code: "0", parent: nil, zh: "空", en: "empty")])) ?? placeholderTaxonomy
    }

    /// A store holding the first `count` sample events, appended in batches of varying size.
    static func store(at url: URL, events count: Int, segmentBytes: Int = 64 << 20) async throws -> JSONEventStore {
        let store = try JSONEventStore(at: url, segmentBytes: segmentBytes)
        var last = 0
        for batch in EventStoreConformance.batches(of: Array(sample.journal.prefix(count))) {
            try await store.append(batch, expectedLastSequence: last)
            last = batch.last?.sequence ?? last
        }
        return store
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
