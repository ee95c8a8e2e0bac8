/// The domain's rules: pure functions that decide a command against the state into events, or refuse it naming the rule.
public enum Rules {
    /// Decides `intent` in `context` into the events it causes, or throws the `DomainError` of the rule that refuses it.
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    public static func decide(_ intent: Intent, in c: DecisionContext) throws(DomainError) -> [Event] {
        switch intent {
        case .registerOrganization(let r): return try RegistryRules.registerOrganization(r, c)
        case .changeOrganizationHead(let id, let head): return try RegistryRules.changeHead(id, head, c)
        case .registerInspector(let r): return try RegistryRules.registerInspector(r, c)
        case .recordTraining(let id, let record): return try RegistryRules.recordTraining(id, record, c)
        case .declareRelative(let id, let relative): return try RegistryRules.declareRelative(id, relative, c)
        case .openTerm(let name, let committee, let window): return try RegistryRules.openTerm(name: name, committeeID: committee, window: window, c)
        case .adoptPlan(let term, let scope, let title, let targets): return try RegistryRules.adoptPlan(termID: term, scope: scope, title: title, targetIDs: targets, c)
        case .planRound(let term, let number, let kind, let title, let window):
            return try RegistryRules.planRound(termID: term, number: number, kind: kind, title: title, window: window, c)
        case .adoptTaxonomy(let taxonomy): return [.taxonomyAdopted(taxonomy)]
        case .registerUser(let account): return try AccountRules.register(account, c)
        case .deactivateUser(let id): return try AccountRules.deactivate(id, c)
        case .issueToken(let user, let digest, let expires): return try AccountRules.issueToken(user, digest: digest, expiresOn: expires, c)
        case .revokeToken(let id): return try AccountRules.revokeToken(id, c)
        case .formTeam(let round, let name, let composition): return try TeamRules.formTeam(roundID: round, name: name, composition: composition, c)
        case .changeTeam(let id, let composition): return try TeamRules.changeTeam(id, composition, c)
        case .waiveRecusal(let inspection, let inspector, let target, let kind):
            return try TeamRules.waiveRecusal(inspectionID: inspection, inspectorID: inspector, targetID: target, kind: kind, c)
        case .overrideRotation(let term, let leader, let org): return try TeamRules.overrideRotation(termID: term, leaderID: leader, organizationID: org, c)
        case .scheduleInspection(let round, let target, let extensions, let team):
            return try LifecycleRules.schedule(roundID: round, targetID: target, extensionIDs: extensions, teamID: team, c)
        case .authorize(let id, let window, let notice): return try LifecycleRules.authorize(id, window: window, noticeDay: notice, c)
        case .mobilize(let id): return try LifecycleRules.mobilize(id, c)
        case .station(let id): return try LifecycleRules.station(id, c)
        case .withdraw(let id): return try LifecycleRules.withdraw(id, c)
        case .submitReport(let id, let submission): return try ReportRules.submit(id, submission, c)
        case .approveReport(let id, let meeting): return try ReportRules.approve(id, meeting: meeting, c)
        case .deliverFeedback(let id, let delivery): return try ReportRules.deliverFeedback(id, delivery, c)
        case .completeHandover(let id): return try HandoverRules.complete(id, c)
        case .submitRectificationPlan(let id, let rows): return try RectificationRules.submitPlan(id, rows, c)
        case .submitRectificationReport(let id, let summary): return try RectificationRules.submitReport(id, summary: summary, c)
        case .consentToWithholding(let id, let grounds): return try ClosingRules.consentToWithholding(id, grounds: grounds, c)
        case .recordDisclosure(let id, let filing): return try ClosingRules.recordDisclosure(id, filing, c)
        case .recordEvaluation(let id, let scores, let remarks): return try ClosingRules.recordEvaluation(id, scores: scores, remarks: remarks, c)
        case .archive(let id): return try ClosingRules.archive(id, c)
        case .grantArchiveAccess(let id): return try LifecycleRules.grantArchiveAccess(id, c)
        case .recordWork(let id, let filing): return try FieldworkRules.recordWork(id, filing, c)
        case .registerPetition(let id, let filing): return try FieldworkRules.registerPetition(id, filing, c)
        case .triagePetition(let id, let triage): return try FieldworkRules.triagePetition(id, triage, c)
        case .draftFinding(let id, let content): return try FindingRules.draft(id, content, c)
        case .reviseFinding(let id, let content): return try FindingRules.revise(id, content, c)
        case .reviewFinding(let id, let decision, let opinion): return try FindingRules.review(id, decision: decision, opinion: opinion, c)
        case .registerLead(let id, let filing): return try FieldworkRules.registerLead(id, filing, c)
        case .handOverLead(let id, let destination): return try HandoverRules.handOver(id, destination, c)
        case .recordDisposition(let id, let kind, let note): return try HandoverRules.recordDisposition(id, kind: kind, note: note, c)
        case .handOverFinding(let id, let destination): return try HandoverRules.handOverFinding(id, destination, c)
        case .recordFindingDisposition(let id, let kind, let note): return try HandoverRules.recordFindingDisposition(id, kind: kind, note: note, c)
        case .startImmediateRectification(let finding, let row): return try RectificationRules.startImmediate(finding, row, c)
        case .updateRectification(let id, let status, let note): return try RectificationRules.update(id, status: status, note: note, c)
        case .markLongTerm(let id, let review): return try RectificationRules.markLongTerm(id, nextReview: review, c)
        case .attachCloseOutEvidence(let id, let evidence): return try CloseOutRules.attachEvidence(id, evidence, c)
        case .signOffCloseOut(let id): return try CloseOutRules.signOff(id, c)
        case .acceptCloseOut(let id): return try CloseOutRules.accept(id, c)
        case .issueSupervisionNotice(let id): return try RectificationRules.issueNotice(id, c)
        case .recordAccountability(let filing): return try RectificationRules.recordAccountability(filing, c)
        case .recordRuleChange(let id, let findings, let title, let kind): return try RectificationRules.recordRuleChange(id, findingIDs: findings, title: title, kind: kind, c)
        case .importExchangePackage(let package): return try ExchangeRules.importPackage(package, c)
        case .recordFollowUp(let id, let relapsed, let held, let satisfaction, let remarks):
            return try ClosingRules.recordFollowUp(id, relapsed: relapsed, held: held, satisfaction: satisfaction, remarks: remarks, c)
        case .eraseConfidentialContent(let record): return try RetentionRules.erase(record, c)
        }
    }
}
