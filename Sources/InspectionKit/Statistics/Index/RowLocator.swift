/// Which round partition holds each row key: a dense array of partition numbers (2 bytes a finding) while keys are
/// dense, a dictionary for the keys far beyond.
struct RowLocator: Sendable {
    private var dense: [UInt16] = []
    private var sparse: [UInt32: UInt16] = [:]
    private static let absent = UInt16.max

    var allocatedBytes: Int { dense.capacity * 2 + sparse.count * 16 }

    func partition(of key: UInt32) -> Int? {
        if Int(key) < dense.count {
            let value = dense[Int(key)]
            return value == Self.absent ? nil : Int(value)
        }
        return sparse[key].map(Int.init)
    }

    /// Records that `key` lives in `partition` (or nowhere, when nil); `held` is the number of rows in the index.
    mutating func set(_ key: UInt32, partition: Int?, held: Int) {
        let value = partition.map(UInt16.init) ?? Self.absent
        let index = Int(key)
        if index < dense.count {
            dense[index] = value
        } else if index < Swift.max(1 << 20, held * 4) {
            reserveDense(upTo: index)
            dense[index] = value
        } else if partition == nil {
            sparse[key] = nil
        } else {
            sparse[key] = value
        }
    }

    /// Sets many keys of one partition at once (bulk loading).
    mutating func reserveDense(upTo key: Int) {
        guard key >= dense.count else { return }
        dense.append(contentsOf: repeatElement(Self.absent, count: key - dense.count + 1))
        for (sparseKey, value) in sparse where Int(sparseKey) < dense.count {
            dense[Int(sparseKey)] = value
            sparse[sparseKey] = nil
        }
    }

    mutating func setDense(_ key: UInt32, partition: UInt16) { dense[Int(key)] = partition }
}
