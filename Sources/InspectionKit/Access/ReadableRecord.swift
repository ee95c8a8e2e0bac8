/// A record (or kind of record) someone may ask to read.
public enum ReadableRecord: Hashable, Sendable, Codable {
    /// An organization's entry in the tree.
    case organization(OrganizationID)
    /// The talent pool (inspectors, relatives, postings).
    case talentPool
    /// Terms, plans, rounds and teams.
    case planning
    /// An inspection's file: stages, authorization, report, approval.
    case inspection(InspectionID)
    /// An inspection's feedback.
    case feedback(InspectionID)
    /// A fieldwork record.
    case workRecord(WorkRecordID)
    /// A petition's content (identity redacted).
    case petition(PetitionID)
    /// A petitioner's identity.
    case petitionerIdentity(PetitionID)
    /// The finding drafts of an inspection, as a set.
    case findingDrafts(InspectionID)
    /// A finding draft in full (evidence, sources, finders).
    case finding(FindingID)
    /// A finding's text as fed back to the inspected organization.
    case fedBackFinding(FindingID)
    /// A lead.
    case lead(LeadID)
    /// A rectification item.
    case rectificationItem(RectificationItemID)
    /// An accountability outcome.
    case accountability(AccountabilityID)
    /// The audit trail (the journal).
    case auditTrail
    /// The list of accounts and their roles.
    case accounts
    /// Statistics over many inspections.
    case statistics
}
