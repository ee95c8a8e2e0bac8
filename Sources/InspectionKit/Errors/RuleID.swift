/// The stable name of every rule that can refuse a command or a read; errors carry it so callers can tell refusals apart.
public enum RuleID: String, Sendable, Codable, CaseIterable {
    // Input and references
    /// A referenced record does not exist.
    case unknownRecord = "input.unknownRecord"
    /// A field is empty, malformed or out of range.
    case invalidInput = "input.invalid"
    /// A record with this identifier already exists.
    case duplicateRecord = "input.duplicate"
    /// An exchange package from a level below must be well-formed, of a known version and taxonomy, and from another office.
    case exchangePackage = "exchange.package"

    // Time in the record
    /// A thing cannot be recorded as having happened on a day still to come.
    case futureDay = "time.future"
    /// Entering past work (a day before the grace period) needs the office's role and a stated reason.
    case backdating = "time.backdating"
    /// The steps of one record happen in order: a stage cannot begin before the one it follows, nor a step before the one it needs.
    case stepOrder = "time.order"

    // Organizations and planning
    /// The organization tree must stay a tree (no cycles, known parents).
    case organizationTree = "organization.tree"
    /// A term's dates must be ordered and terms of one committee must not overlap.
    case termWindow = "term.window"
    /// Round numbers are unique within a term.
    case roundNumber = "round.number"
    /// Targets must be organizations under the term's committee.
    case targetOutsideCommittee = "round.targetOutsideCommittee"

    // Teams and recusal
    /// Team size and composition (5–7 people, one leader, one or two deputies by default).
    case teamComposition = "team.composition"
    /// A team cannot be changed after its inspections are authorized.
    case teamLocked = "team.locked"
    /// A member has an unresolved recusal conflict with a target.
    case recusalUnresolved = "recusal.unresolved"
    /// A waiver must name a real conflict and state its reason.
    case recusalWaiver = "recusal.waiver"
    /// Three not fixed: the same leader may not go to the same organization twice in one term without an override.
    case rotation = "rotation.threeNotFixed"

    // Lifecycle and authorization
    /// The inspection is not in the stage this command needs.
    case lifecycle = "inspection.lifecycle"
    /// Each inspection is authorized once.
    case authorizationOnce = "authorization.once"
    /// The authorization window must be ordered and inside the round and term.
    case authorizationWindow = "authorization.window"
    /// Nothing is recorded outside the authorization window.
    case outsideWindow = "authorization.outsideWindow"
    /// Nothing is recorded for an organization outside the authorized target set.
    case outsideTargets = "authorization.outsideTargets"
    /// The inspection notice goes out a set number of days before entry.
    case noticePeriod = "inspection.noticePeriod"

    // Fieldwork and findings
    /// Individual interviews need at least two inspectors and a signed record.
    case interviewProtocol = "fieldwork.interviewProtocol"
    /// Participants of a work record must be on the team.
    case participantsOnTeam = "fieldwork.participantsOnTeam"
    /// A petition is triaged once, to a finding or lead when in scope, forwarded when not.
    case petitionTriage = "petition.triage"
    /// A finding draft needs every field of the 问题底稿.
    case findingDraft = "finding.draft"
    /// Only drafts approved by the team meeting go into the report.
    case findingNotApproved = "finding.notApproved"
    /// The taxonomy category must exist and be a leaf.
    case findingCategory = "finding.category"
    /// Approved drafts are not edited or reviewed again.
    case findingReviewed = "finding.alreadyReviewed"

    // Report, feedback, hand-over
    /// Feedback cannot be delivered before the report is approved.
    case feedbackBeforeApproval = "feedback.beforeApproval"
    /// Feedback is double: to the head one-to-one and to the leadership team.
    case doubleFeedback = "feedback.double"
    /// Hand-over cannot precede approval.
    case handoverBeforeApproval = "handover.beforeApproval"
    /// A lead is handed over once, to one destination.
    case handoverOnce = "handover.once"
    /// Every lead must be handed over before the hand-over stage is complete.
    case handoverIncomplete = "handover.incomplete"
    /// A disposition is recorded for a handed-over lead, once.
    case disposition = "lead.disposition"
    /// A disposition reported after its three months states why it is late.
    case dispositionLate = "lead.dispositionLate"

    // Rectification
    /// The plan needs items for every fed-back finding, with measures, responsible leader and department.
    case rectificationPlan = "rectification.plan"
    /// Item deadlines may not pass the hard limit (12 months after feedback by default).
    case rectificationDeadline = "rectification.deadline"
    /// Item state changes follow notStarted → inProgress → rectified → verified.
    case itemTransition = "rectification.itemTransition"
    /// Immediate rectification during fieldwork only for findings marked so.
    case immediateRectification = "rectification.immediate"
    /// Long-term items need a future review date.
    case longTermReview = "rectification.longTermReview"
    /// Close-out needs evidence references.
    case closeOutEvidence = "closeOut.evidence"
    /// Close-out needs the sign-off of the organization's head.
    case closeOutSignOff = "closeOut.signOff"
    /// Close-out needs acceptance by office, team and organization.
    case closeOutAcceptance = "closeOut.acceptance"
    /// Supervision notices escalate in order and only for items at risk.
    case supervisionNotice = "rectification.supervisionNotice"

    // Disclosure, evaluation, follow-up, archive
    /// Withholding disclosure needs a recognized ground and the leading group's consent.
    case disclosureWithholding = "disclosure.withholding"
    /// Public disclosure records its date and channel.
    case disclosureRecord = "disclosure.record"
    /// Evaluation comes a set number of months after the last deadline, with scores in range.
    case evaluation = "evaluation.timing"
    /// A follow-up must name items of this inspection.
    case followUp = "followUp.items"
    /// An inspection with open items or undisposed leads cannot be archived.
    case archivePreconditions = "archive.preconditions"

    // Access policy (保密纪律)
    /// The actor's role may not perform this action at all.
    case accessRole = "access.role"
    /// A team sees and records only its own inspections.
    case accessTeamScope = "access.teamScope"
    /// A team acts only inside its authorization window (or with an archive grant, reads afterwards).
    case accessWindow = "access.window"
    /// Leads are seen only by custodian, team leader, office head and the receiving body.
    case accessLead = "access.lead"
    /// Petitioner identity is seen only by its registrar and the office head.
    case accessPetitionerIdentity = "access.petitionerIdentity"
    /// Inspected organizations see only their own feedback, fed-back findings and rectification items.
    case accessInspectedOrganization = "access.inspectedOrganization"
    /// A receiving body sees only what was handed over to it.
    case accessReceivingBody = "access.receivingBody"
    /// The actor is not who the action needs (e.g. only the organization's head signs off).
    case accessIdentity = "access.identity"
    /// A petition or work record of an inspection: never inspected organizations or receiving bodies.
    case accessFieldwork = "access.fieldwork"
    /// A form posted without the token of the page that gave it (another site's, or an expired page's).
    case accessFormToken = "access.formToken"
    /// A file asked for that no record the reader may see holds (or that does not exist: the answer is the same).
    case accessAttachment = "access.attachment"
    /// A file that is not one of the kinds accepted as evidence, by its content.
    case attachmentType = "attachment.type"
    /// A file that is empty or larger than the limit.
    case attachmentSize = "attachment.size"

    // Signing in (登录)
    /// A sign-in with a wrong password, to an account with no password or a closed one: all told alike.
    case signInCredentials = "signIn.credentials"
    /// Too many failed sign-ins to one account or from one address: wait before trying again.
    case signInThrottled = "signIn.throttled"

    // Retention
    /// Erasing a confidential record's content needs a reason.
    case retentionReason = "retention.reason"
    /// A record's content is erased once.
    case retentionErased = "retention.alreadyErased"
    /// Content still needed is not erased: a lead before its disposition, a petition before triage, an interview
    /// before its inspection is archived.
    case retentionOpen = "retention.stillOpen"
}
