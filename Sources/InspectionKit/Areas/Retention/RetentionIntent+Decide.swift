extension RetentionIntent {
    /// What permission the intent needs, with the record it concerns.
    func access(in state: InspectionState) -> IntentAccess {
        switch self {
        case .eraseConfidentialContent:
            return .officeHead
        }
    }

    /// Decides the intent in `c` into the events it causes, or throws the rule that refuses it.
    func decide(_ c: DecisionContext) throws(DomainError) -> [Event] {
        switch self {
        case .eraseConfidentialContent(let record): return try RetentionRules.erase(record, c)
        }
    }
}
