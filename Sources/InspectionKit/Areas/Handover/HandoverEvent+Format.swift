/// The pinned journal format of the handover area's events: named fields, written and read explicitly.
extension HandoverEvent {
    /// Writes the event's named fields (the caller has written its type).
    func encodeFields(to out: inout EventFieldWriter) throws {
        switch self {
        case .leadRegistered(let lead): try out("lead", lead)
        case .leadHandedOver(let lead, let handover): try out("lead", lead); try out("handover", handover)
        case .dispositionRecorded(let lead, let disposition): try out("lead", lead); try out("disposition", disposition)
        case .findingHandedOver(let finding, let handover): try out("finding", finding); try out("handover", handover)
        case .findingDispositionRecorded(let finding, let disposition): try out("finding", finding); try out("disposition", disposition)
        }
    }

    /// Reads an event of this area by its name and fields.
    init(name: Name, fields f: EventFieldReader) throws {
        switch name {
        case .leadRegistered: self = .leadRegistered(try f("lead"))
        case .leadHandedOver: self = .leadHandedOver(try f("lead"), try f("handover"))
        case .dispositionRecorded: self = .dispositionRecorded(try f("lead"), try f("disposition"))
        case .findingHandedOver: self = .findingHandedOver(try f("finding"), try f("handover"))
        case .findingDispositionRecorded: self = .findingDispositionRecorded(try f("finding"), try f("disposition"))
        }
    }
}
