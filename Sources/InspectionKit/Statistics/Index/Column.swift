/// A growable array of fixed-width values with a stable base address for scans, copied on write like `Array`.
struct Column<Element: BitwiseCopyable>: @unchecked Sendable {
    private final class Storage {
        var base: UnsafeMutablePointer<Element>
        var count: Int
        var capacity: Int

        init(capacity: Int) {
            self.capacity = Swift.max(capacity, 16)
            base = .allocate(capacity: self.capacity)
            count = 0
        }

        deinit { base.deallocate() }

        func copy(reserving extra: Int = 0) -> Storage {
            let clone = Storage(capacity: Swift.max(capacity, count + extra))
            clone.base.update(from: base, count: count)
            clone.count = count
            return clone
        }

        func grow(to needed: Int) {
            guard needed > capacity else { return }
            let newCapacity = Swift.max(needed, capacity * 2)
            let bigger = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
            bigger.update(from: base, count: count)
            base.deallocate()
            base = bigger
            capacity = newCapacity
        }
    }

    private var storage: Storage

    /// An empty column with room for `capacity` values.
    init(capacity: Int = 0) { storage = Storage(capacity: capacity) }

    /// The number of values.
    var count: Int { storage.count }
    /// The bytes held, counting spare capacity.
    var allocatedBytes: Int { storage.capacity * MemoryLayout<Element>.stride }
    /// The first value's address, valid while this column is alive and not mutated.
    var base: UnsafePointer<Element> { UnsafePointer(storage.base) }

    subscript(index: Int) -> Element {
        get {
            precondition(index >= 0 && index < storage.count, "column index out of range")
            return storage.base[index]
        }
        set {
            precondition(index >= 0 && index < storage.count, "column index out of range")
            makeUnique()
            storage.base[index] = newValue
        }
    }

    mutating func append(_ value: Element) {
        makeUnique(reserving: 1)
        storage.grow(to: storage.count + 1)
        storage.base[storage.count] = value
        storage.count += 1
    }

    mutating func insert(_ value: Element, at index: Int) {
        precondition(index >= 0 && index <= storage.count, "column index out of range")
        makeUnique(reserving: 1)
        storage.grow(to: storage.count + 1)
        (storage.base + index + 1).moveInitialize(from: storage.base + index, count: storage.count - index)
        storage.base[index] = value
        storage.count += 1
    }

    mutating func remove(at index: Int) {
        precondition(index >= 0 && index < storage.count, "column index out of range")
        makeUnique()
        (storage.base + index).moveInitialize(from: storage.base + index + 1, count: storage.count - index - 1)
        storage.count -= 1
    }

    /// Gives back spare capacity (after a bulk load).
    mutating func shrinkToFit() {
        guard storage.capacity > storage.count + 16 else { return }
        let exact = Storage(capacity: storage.count)
        exact.base.update(from: storage.base, count: storage.count)
        exact.count = storage.count
        storage = exact
    }

    private mutating func makeUnique(reserving extra: Int = 0) {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy(reserving: extra) }
    }
}
