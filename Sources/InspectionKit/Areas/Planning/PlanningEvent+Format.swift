/// The pinned journal format of the planning area's events: named fields, written and read explicitly.
extension PlanningEvent {
    /// Writes the event's named fields (the caller has written its type).
    func encodeFields(to out: inout EventFieldWriter) throws {
        switch self {
        case .termOpened(let term): try out("term", term)
        case .planAdopted(let plan): try out("plan", plan)
        case .roundPlanned(let round): try out("round", round)
        case .taxonomyAdopted(let taxonomy): try out("taxonomy", taxonomy)
        }
    }

    /// Reads an event of this area by its name and fields.
    init(name: Name, fields f: EventFieldReader) throws {
        switch name {
        case .termOpened: self = .termOpened(try f("term"))
        case .planAdopted: self = .planAdopted(try f("plan"))
        case .roundPlanned: self = .roundPlanned(try f("round"))
        case .taxonomyAdopted: self = .taxonomyAdopted(try f("taxonomy"))
        }
    }
}
