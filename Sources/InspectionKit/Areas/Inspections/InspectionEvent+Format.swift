/// The pinned journal format of the inspection area's events: named fields, written and read explicitly.
extension InspectionEvent {
    /// Writes the event's named fields (the caller has written its type).
    func encodeFields(to out: inout EventFieldWriter) throws {
        switch self {
        case .inspectionScheduled(let inspection): try out("inspection", inspection)
        case .inspectionAuthorized(let inspection, let authorization): try out("inspection", inspection); try out("authorization", authorization)
        case .stageChanged(let inspection, let transition): try out("inspection", inspection); try out("transition", transition)
        case .mobilized(let inspection, let day): try out("inspection", inspection); try out("day", day)
        case .stationed(let inspection, let day): try out("inspection", inspection); try out("day", day)
        case .withdrawn(let inspection, let day): try out("inspection", inspection); try out("day", day)
        case .reportSubmitted(let inspection, let report): try out("inspection", inspection); try out("report", report)
        case .reportApproved(let inspection, let approval): try out("inspection", inspection); try out("approval", approval)
        case .feedbackDelivered(let inspection, let feedback): try out("inspection", inspection); try out("feedback", feedback)
        case .handoverCompleted(let inspection, let day): try out("inspection", inspection); try out("day", day)
        }
    }

    /// Reads an event of this area by its name and fields.
    init(name: Name, fields f: EventFieldReader) throws {
        switch name {
        case .inspectionScheduled: self = .inspectionScheduled(try f("inspection"))
        case .inspectionAuthorized: self = .inspectionAuthorized(try f("inspection"), try f("authorization"))
        case .stageChanged: self = .stageChanged(try f("inspection"), try f("transition"))
        case .mobilized: self = .mobilized(try f("inspection"), try f("day"))
        case .stationed: self = .stationed(try f("inspection"), try f("day"))
        case .withdrawn: self = .withdrawn(try f("inspection"), try f("day"))
        case .reportSubmitted: self = .reportSubmitted(try f("inspection"), try f("report"))
        case .reportApproved: self = .reportApproved(try f("inspection"), try f("approval"))
        case .feedbackDelivered: self = .feedbackDelivered(try f("inspection"), try f("feedback"))
        case .handoverCompleted: self = .handoverCompleted(try f("inspection"), try f("day"))
        }
    }
}
