extension ExchangeIntent {
    /// What permission the intent needs, with the record it concerns.
    func access(in state: InspectionState) -> IntentAccess {
        switch self {
        case .importExchangePackage:
            return .office
        }
    }

    /// Decides the intent in `c` into the events it causes, or throws the rule that refuses it.
    func decide(_ c: DecisionContext) throws(DomainError) -> [Event] {
        switch self {
        case .importExchangePackage(let package): return try ExchangeRules.importPackage(package, c)
        }
    }
}
