extension InspectionState {
    /// Folds one event of the retention area into the state.
    mutating func apply(_ event: RetentionEvent) {
        switch event {
        case .confidentialContentErased(let record):
            eraseContent(of: record)
        }
    }
}
