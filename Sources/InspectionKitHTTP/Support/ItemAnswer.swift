import InspectionKit

/// A rectification item as the API answers it: every member of the item, but only its latest progress notes — an
/// item reported on every week for years has a long history, and a ledger page should not carry it all. The whole
/// history is paged at `/v1/rectification-items/{id}/progress`; `progressTotal` says how long it is.
struct ItemAnswer: Encodable {
    /// The notes an answer carries at most.
    static let latestNotes = 20

    let item: RectificationItem

    init(_ item: RectificationItem) {
        self.item = item
    }

    private enum Keys: String, CodingKey { case progressTotal }

    func encode(to encoder: any Encoder) throws {
        var shown = item
        if shown.progress.count > Self.latestNotes { shown.progress = Array(shown.progress.suffix(Self.latestNotes)) }
        try shown.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(item.progress.count, forKey: .progressTotal)
    }
}
