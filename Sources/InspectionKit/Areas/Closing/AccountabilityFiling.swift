/// An accountability outcome as filed.
public struct AccountabilityFiling: Hashable, Sendable, Codable {
    /// The inspection it arises from.
    public var inspectionID: InspectionID
    /// The finding concerned.
    public var findingID: FindingID?
    /// The lead concerned.
    public var leadID: LeadID?
    /// The person.
    public var personName: String
    /// The form.
    public var form: AccountabilityForm
    /// The measure.
    public var measure: String

    /// An accountability filing.
    public init(inspectionID: InspectionID, findingID: FindingID? = nil, leadID: LeadID? = nil, personName: String, form: AccountabilityForm, measure: String) {
        self.inspectionID = inspectionID
        self.findingID = findingID
        self.leadID = leadID
        self.personName = personName
        self.form = form
        self.measure = measure
    }
}
