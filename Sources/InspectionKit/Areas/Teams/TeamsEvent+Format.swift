/// The pinned journal format of the teams area's events: named fields, written and read explicitly.
extension TeamsEvent {
    /// Writes the event's named fields (the caller has written its type).
    func encodeFields(to out: inout EventFieldWriter) throws {
        switch self {
        case .teamFormed(let team): try out("team", team)
        case .teamChanged(let team, let composition): try out("team", team); try out("composition", composition)
        case .recusalWaived(let inspection, let waiver): try out("inspection", inspection); try out("waiver", waiver)
        case .rotationOverridden(let override): try out("override", override)
        }
    }

    /// Reads an event of this area by its name and fields.
    init(name: Name, fields f: EventFieldReader) throws {
        switch name {
        case .teamFormed: self = .teamFormed(try f("team"))
        case .teamChanged: self = .teamChanged(try f("team"), try f("composition"))
        case .recusalWaived: self = .recusalWaived(try f("inspection"), try f("waiver"))
        case .rotationOverridden: self = .rotationOverridden(try f("override"))
        }
    }
}
