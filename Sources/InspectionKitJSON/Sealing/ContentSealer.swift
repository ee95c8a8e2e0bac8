import Foundation
import InspectionKit

/// 封存 — seals every confidential text (see `ConfidentialField`) before it reaches the journal or a snapshot, and opens
/// it when read back: AES-256-GCM under the record's own key (``RecordKeyTable``), bound to the store, the record and the
/// field, so a sealed text moved to another record or field does not open. A sealed text reads `sealed:1:<base64>`;
/// the content of an erased record is written, and read, as empty.
struct ContentSealer: Sendable {
    let table: RecordKeyTable
    let suite: any CryptoSuite
    let storeID: String

    static let prefix = "sealed:1:"

    /// The event with its confidential texts sealed (new record keys are left pending in the table).
    func seal(_ event: RecordedEvent) throws(StoreError) -> RecordedEvent {
        guard event.event.holdsConfidentialText else { return event }
        return try converting { try event.mappingConfidentialText(sealing) }
    }

    /// The event with its confidential texts opened.
    func open(_ event: RecordedEvent) throws(StoreError) -> RecordedEvent {
        guard event.event.holdsConfidentialText else { return event }
        return try converting { try event.mappingConfidentialText(opening) }
    }

    /// The state with its confidential texts sealed, for a snapshot.
    func seal(_ state: InspectionState) throws(StoreError) -> InspectionState {
        try converting { try state.mappingConfidentialText(sealing) }
    }

    /// A snapshot's state with its confidential texts opened.
    func open(_ state: InspectionState) throws(StoreError) -> InspectionState {
        try converting { try state.mappingConfidentialText(opening) }
    }

    private var sealing: (String, ConfidentialField) throws -> String { { text, field in try sealText(text, field) } }
    private var opening: (String, ConfidentialField) throws -> String { { text, field in try openText(text, field) } }

    /// Runs `body`, whose only errors are the sealer's.
    private func converting<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.failed, zh: "保密内容处理失败：\(error)", en: "Sealing failed: \(error)")
        }
    }

    private func context(_ field: ConfidentialField) -> Data {
        Data("InspectionKit sealed v1\n\(storeID)\n\(field.owner.storageKey)\n\(field.name)".utf8)
    }

    func sealText(_ text: String, _ field: ConfidentialField) throws(StoreError) -> String {
        guard let key = try table.sealingKey(for: field.owner.storageKey) else { return "" }
        return Self.prefix + (try suite.seal(Data(text.utf8), with: key, context: context(field))).base64EncodedString()
    }

    func openText(_ text: String, _ field: ConfidentialField) throws(StoreError) -> String {
        guard let key = try table.openingKey(for: field.owner.storageKey) else { return "" }
        guard text.hasPrefix(Self.prefix), let box = Data(base64Encoded: String(text.dropFirst(Self.prefix.count))) else {
            throw StoreError(.damaged, zh: "\(field.owner.label(.chinese))的保密内容没有加密封存：存储被改动。",
                             en: "The confidential content of \(field.owner.label(.english)) is not sealed: the store was altered.")
        }
        do {
            return String(decoding: try suite.open(box, with: key, context: context(field)), as: UTF8.self)
        } catch {
            throw StoreError(.damaged, zh: "\(field.owner.label(.chinese))的保密内容无法解开：\(error.message.zh)",
                             en: "The confidential content of \(field.owner.label(.english)) does not open: \(error.message.en)")
        }
    }
}
