/// A column being filled while a flat table is read: appended to, read back once, never shared — so, unlike
/// `Column`, it has no copy-on-write check on each append.
final class StagingColumn<Element: BitwiseCopyable> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// The number of values.
    private(set) var count = 0

    /// An empty column with room for `capacity` values.
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    func append(_ value: Element) {
        if count == capacity { grow() }
        base[count] = value
        count += 1
    }

    subscript(index: Int) -> Element {
        precondition(index >= 0 && index < count, "staging column index out of range")
        return base[index]
    }

    private func grow() {
        let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }
}
