extension InspectionState {
    /// Folds one event of the audit area into the state.
    mutating func apply(_ event: AuditEvent) {
        switch event {
        case .confidentialRecordRead, .confidentialReadRefused, .signedIn, .signedOut, .signInRefused, .fileReadRefused:
            break
        }
    }
}
