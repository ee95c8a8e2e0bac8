/// 带版本的记录 — the records the API versions with entity tags: a tag changes whenever the record changes, so a client
/// that read one version cannot overwrite a later one.
public enum VersionedRecord: Hashable, Sendable {
    /// An inspection's file.
    case inspection(InspectionID)
    /// A finding draft.
    case finding(FindingID)
    /// A rectification item.
    case rectificationItem(RectificationItemID)
    /// A team.
    case team(TeamID)
    /// A term.
    case term(TermID)
    /// An organization.
    case organization(OrganizationID)
    /// An inspector of the talent pool.
    case inspector(InspectorID)
}
