/// The pinned journal format of the closing area's events: named fields, written and read explicitly.
extension ClosingEvent {
    /// Writes the event's named fields (the caller has written its type).
    func encodeFields(to out: inout EventFieldWriter) throws {
        switch self {
        case .withholdingConsented(let inspection, let consent): try out("inspection", inspection); try out("consent", consent)
        case .disclosureRecorded(let inspection, let disclosure): try out("inspection", inspection); try out("disclosure", disclosure)
        case .evaluationRecorded(let inspection, let evaluation): try out("inspection", inspection); try out("evaluation", evaluation)
        case .archived(let inspection, let day): try out("inspection", inspection); try out("day", day)
        case .archiveAccessGranted(let inspection, let team): try out("inspection", inspection); try out("team", team)
        case .accountabilityRecorded(let record): try out("record", record)
        case .ruleChangeRecorded(let ruleChange): try out("ruleChange", ruleChange)
        case .followUpRecorded(let followUp): try out("followUp", followUp)
        }
    }

    /// Reads an event of this area by its name and fields.
    init(name: Name, fields f: EventFieldReader) throws {
        switch name {
        case .withholdingConsented: self = .withholdingConsented(try f("inspection"), try f("consent"))
        case .disclosureRecorded: self = .disclosureRecorded(try f("inspection"), try f("disclosure"))
        case .evaluationRecorded: self = .evaluationRecorded(try f("inspection"), try f("evaluation"))
        case .archived: self = .archived(try f("inspection"), try f("day"))
        case .archiveAccessGranted: self = .archiveAccessGranted(try f("inspection"), try f("team"))
        case .accountabilityRecorded: self = .accountabilityRecorded(try f("record"))
        case .ruleChangeRecorded: self = .ruleChangeRecorded(try f("ruleChange"))
        case .followUpRecorded: self = .followUpRecorded(try f("followUp"))
        }
    }
}
