/// A column being filled while rows are staged for a bulk insert: appended to, read back once, never shared — so, unlike
/// `Column`, it has no copy-on-write check on each append.
package final class StagingColumn<Element: BitwiseCopyable> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// The number of values.
    package private(set) var count = 0

    /// An empty column with room for `capacity` values.
    package init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    package func append(_ value: Element) {
        if count == capacity { grow() }
        base[count] = value
        count += 1
    }

    package subscript(index: Int) -> Element {
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
