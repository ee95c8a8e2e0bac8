extension InspectionState {
    /// Folds one event of the exchange area into the state.
    mutating func apply(_ event: ExchangeEvent) {
        switch event {
        case .exchangePackageImported(let package):
            var packages = importedPackages ?? [:]
            packages[package.source] = package
            importedPackages = packages
        }
    }
}
