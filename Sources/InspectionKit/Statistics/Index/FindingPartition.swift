/// The findings of one round, as narrow column arrays sorted by row key (19 bytes a finding, 21 past 65,536 organizations).
struct FindingPartition: Sendable {
    /// Stored for days that are not set (no deadline yet, not closed).
    static let noDay = UInt16.max

    var keys = Column<UInt32>()
    var organization = OrganizationColumn()
    var team = Column<UInt16>()
    var category = Column<UInt16>()
    var severity = Column<UInt8>()
    var source = Column<UInt8>()
    /// Status and recurrence in one byte: status << 1 | recurrent.
    var state = Column<UInt8>()
    var found = Column<UInt16>()
    var deadline = Column<UInt16>()
    var closed = Column<UInt16>()

    var count: Int { keys.count }

    var allocatedBytes: Int {
        keys.allocatedBytes + organization.allocatedBytes + team.allocatedBytes + category.allocatedBytes
            + severity.allocatedBytes + source.allocatedBytes + state.allocatedBytes
            + found.allocatedBytes + deadline.allocatedBytes + closed.allocatedBytes
    }

    /// The row holding `key`, or where it would go.
    func position(of key: UInt32) -> (index: Int, found: Bool) {
        var low = 0
        var high = keys.count
        let base = keys.base
        while low < high {
            let mid = (low + high) / 2
            if base[mid] < key { low = mid + 1 } else { high = mid }
        }
        return (low, low < keys.count && base[low] == key)
    }

    /// Writes `row` at `index`, inserting it or replacing what is there.
    mutating func put(_ row: EncodedRow, at index: Int, replacing: Bool) {
        if replacing {
            organization[index] = row.organization
            team[index] = row.team
            category[index] = row.category
            severity[index] = row.severity
            source[index] = row.source
            state[index] = row.state
            found[index] = row.found
            deadline[index] = row.deadline
            closed[index] = row.closed
        } else if index == keys.count {
            append(row)
        } else {
            keys.insert(row.key, at: index)
            organization.insert(row.organization, at: index)
            team.insert(row.team, at: index)
            category.insert(row.category, at: index)
            severity.insert(row.severity, at: index)
            source.insert(row.source, at: index)
            state.insert(row.state, at: index)
            found.insert(row.found, at: index)
            deadline.insert(row.deadline, at: index)
            closed.insert(row.closed, at: index)
        }
    }

    mutating func append(_ row: EncodedRow) {
        keys.append(row.key)
        organization.append(row.organization)
        team.append(row.team)
        category.append(row.category)
        severity.append(row.severity)
        source.append(row.source)
        state.append(row.state)
        found.append(row.found)
        deadline.append(row.deadline)
        closed.append(row.closed)
    }

    mutating func remove(at index: Int) {
        keys.remove(at: index)
        organization.remove(at: index)
        team.remove(at: index)
        category.remove(at: index)
        severity.remove(at: index)
        source.remove(at: index)
        state.remove(at: index)
        found.remove(at: index)
        deadline.remove(at: index)
        closed.remove(at: index)
    }

    func row(at index: Int) -> EncodedRow {
        EncodedRow(key: keys[index], round: 0, organization: organization[index], team: team[index], category: category[index],
                   severity: severity[index], source: source[index], status: state[index] >> 1, recurrence: state[index] & 1,
                   found: found[index], deadline: deadline[index], closed: closed[index])
    }

    mutating func shrinkToFit() {
        keys.shrinkToFit(); organization.shrinkToFit(); team.shrinkToFit(); category.shrinkToFit()
        severity.shrinkToFit(); source.shrinkToFit(); state.shrinkToFit()
        found.shrinkToFit(); deadline.shrinkToFit(); closed.shrinkToFit()
    }
}

/// One finding in the index's codes.
struct EncodedRow: Hashable, Sendable {
    var key: UInt32
    var round: UInt16
    var organization: UInt32
    var team: UInt16
    var category: UInt16
    var severity: UInt8
    var source: UInt8
    var status: UInt8
    var recurrence: UInt8
    var found: UInt16
    var deadline: UInt16
    var closed: UInt16

    /// The partition's state byte.
    var state: UInt8 { status << 1 | recurrence }
}
