/// The rules for taking in a package from the level below: a known format, a consistent content, a taxonomy this
/// office knows. Importing the same sender again replaces what it sent before (idempotent).
enum ExchangeRules {
    static func importPackage(_ package: ExchangePackage, _ c: DecisionContext) throws(DomainError) -> [Event] {
        func refuse(_ zh: String, _ en: String) -> DomainError { DomainError(.exchangePackage, zh: zh, en: en) }
        guard package.format == ExchangePackage.formatName else {
            throw refuse("这不是巡察交换包（format 应为 \(ExchangePackage.formatName)）。", "This is not an exchange package (format should be \(ExchangePackage.formatName)).")
        }
        guard package.version <= ExchangePackage.currentVersion && package.version >= 1 else {
            throw refuse("交换包版本 \(package.version) 高于本系统支持的版本 \(ExchangePackage.currentVersion)：请升级后再导入。",
                         "Package version \(package.version) is newer than this build reads (\(ExchangePackage.currentVersion)): upgrade first.")
        }
        guard !package.source.isEmpty, !package.source.contains(":") else {
            throw refuse("交换包的来源编号不能为空，也不能含冒号。", "The package's source id cannot be empty or contain a colon.")
        }
        if let own = c.state.organizations.values.first(where: { $0.parentID == nil }), own.id.rawValue == package.source {
            throw refuse("不能导入本级自己报送的交换包。", "A package from this office itself cannot be imported.")
        }
        var organizations = Set<String>()
        for organization in package.organizations {
            if let parent = organization.parent, !organizations.contains(parent) {
                throw refuse("单位 \(organization.id) 的上级 \(parent) 未在其之前列出。", "Organization \(organization.id) names parent \(parent), which is not listed before it.")
            }
            guard organizations.insert(organization.id).inserted else { throw refuse("单位 \(organization.id) 重复。", "Organization \(organization.id) appears twice.") }
        }
        let rounds = Set(package.rounds.map(\.id))
        var findings = Set<String>()
        for finding in package.findings {
            guard findings.insert(finding.id).inserted else { throw refuse("问题 \(finding.id) 重复。", "Finding \(finding.id) appears twice.") }
            guard organizations.contains(finding.organization) else {
                throw refuse("问题 \(finding.id) 的单位 \(finding.organization) 不在包内。", "Finding \(finding.id) names organization \(finding.organization), which the package lacks.")
            }
            guard rounds.contains(finding.round) else {
                throw refuse("问题 \(finding.id) 的轮次 \(finding.round) 不在包内。", "Finding \(finding.id) names round \(finding.round), which the package lacks.")
            }
            guard c.state.taxonomy.isLeaf(finding.category) else {
                throw refuse("问题 \(finding.id) 的类别 \(finding.category) 不是本级问题分类的末级类别。",
                             "Finding \(finding.id) has category \(finding.category), which is not a leaf of this office's taxonomy.")
            }
            guard finding.status.isClosed == (finding.closedOn != nil), (finding.closedOn.map { $0 >= finding.foundOn } ?? true) else {
                throw refuse("问题 \(finding.id) 的销号日期与状态不符。", "Finding \(finding.id): the closing day does not match its status.")
            }
        }
        return [.exchangePackageImported(package)]
    }
}
