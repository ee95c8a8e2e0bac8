/// The pinned journal format of the registry area's events: named fields, written and read explicitly.
extension RegistryEvent {
    /// Writes the event's named fields (the caller has written its type).
    func encodeFields(to out: inout EventFieldWriter) throws {
        switch self {
        case .organizationRegistered(let organization): try out("organization", organization)
        case .organizationHeadChanged(let organization, let head): try out("organization", organization); try out("head", head)
        case .organizationRenamed(let organization, let name): try out("organization", organization); try out("name", name)
        case .inspectorRegistered(let inspector): try out("inspector", inspector)
        case .trainingRecorded(let inspector, let training): try out("inspector", inspector); try out("training", training)
        case .relativeDeclared(let inspector, let relative): try out("inspector", inspector); try out("relative", relative)
        }
    }

    /// Reads an event of this area by its name and fields.
    init(name: Name, fields f: EventFieldReader) throws {
        switch name {
        case .organizationRegistered: self = .organizationRegistered(try f("organization"))
        case .organizationHeadChanged: self = .organizationHeadChanged(try f("organization"), try f("head"))
        case .organizationRenamed: self = .organizationRenamed(try f("organization"), name: try f("name"))
        case .inspectorRegistered: self = .inspectorRegistered(try f("inspector"))
        case .trainingRecorded: self = .trainingRecorded(try f("inspector"), try f("training"))
        case .relativeDeclared: self = .relativeDeclared(try f("inspector"), try f("relative"))
        }
    }
}
