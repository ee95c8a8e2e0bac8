import Foundation
import InspectionKit
import Synchronization

/// Keys held in memory, for tests and for hosts that keep keys in their own secret store and hand them over.
public final class InMemoryKeyVault: KeyVault {
    private let keys = Mutex<[String: String]>([:])

    /// An empty vault.
    public init() {}

    private func name(_ slot: KeySlot, _ storeID: String) -> String { "\(storeID)/\(slot.rawValue)" }

    public func location(of slot: KeySlot, storeID: String) -> String { "memory:\(name(slot, storeID))" }

    public func read(_ slot: KeySlot, storeID: String) -> String? { keys.withLock { $0[name(slot, storeID)] } }

    public func write(_ line: String, to slot: KeySlot, storeID: String) { keys.withLock { $0[name(slot, storeID)] = line } }

    public func promote(_ from: KeySlot, to: KeySlot, storeID: String) {
        keys.withLock { keys in
            keys[name(to, storeID)] = keys.removeValue(forKey: name(from, storeID))
        }
    }

    public func remove(_ slot: KeySlot, storeID: String) { keys.withLock { _ = $0.removeValue(forKey: name(slot, storeID)) } }

    public func checkOutside(_ store: URL) {}
}
