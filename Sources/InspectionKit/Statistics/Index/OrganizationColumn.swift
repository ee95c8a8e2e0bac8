/// A partition's organization codes: two bytes a finding while every code fits in them (up to 65,536 organization
/// nodes), four bytes once one does not — the column widens in place the first time a larger code arrives.
struct OrganizationColumn: Sendable {
    private(set) var narrow: Column<UInt16>
    private(set) var wide = Column<UInt32>()
    /// Whether the codes are held four bytes each.
    private(set) var isWide = false

    /// An empty column with room for `capacity` narrow codes.
    init(capacity: Int = 0) { narrow = Column(capacity: capacity) }

    var allocatedBytes: Int { narrow.allocatedBytes + wide.allocatedBytes }

    /// The codes from row `start` on, at their width, for the scan kernels.
    func codes(from start: Int) -> Kernels.Codes {
        isWide ? .wide(wide.base + start) : .half(narrow.base + start)
    }

    subscript(index: Int) -> UInt32 {
        get { isWide ? wide[index] : UInt32(narrow[index]) }
        set {
            widen(for: newValue)
            if isWide { wide[index] = newValue } else { narrow[index] = UInt16(truncatingIfNeeded: newValue) }
        }
    }

    mutating func append(_ value: UInt32) {
        widen(for: value)
        if isWide { wide.append(value) } else { narrow.append(UInt16(truncatingIfNeeded: value)) }
    }

    mutating func insert(_ value: UInt32, at index: Int) {
        widen(for: value)
        if isWide { wide.insert(value, at: index) } else { narrow.insert(UInt16(truncatingIfNeeded: value), at: index) }
    }

    mutating func remove(at index: Int) {
        if isWide { wide.remove(at: index) } else { narrow.remove(at: index) }
    }

    mutating func shrinkToFit() {
        narrow.shrinkToFit()
        wide.shrinkToFit()
    }

    /// Moves to four-byte codes when `value` does not fit in two.
    private mutating func widen(for value: UInt32) {
        guard !isWide, value > UInt32(UInt16.max) else { return }
        var widened = Column<UInt32>(capacity: narrow.count + 1)
        for row in 0..<narrow.count { widened.append(UInt32(narrow[row])) }
        wide = widened
        narrow = Column()
        isWide = true
    }
}
