/// The disclosure as filed.
public struct DisclosureFiling: Hashable, Sendable, Codable {
    /// Day of the internal circular.
    public var internalCircularOn: Day?
    /// Day of public disclosure.
    public var publicOn: Day?
    /// Channel of public disclosure.
    public var publicChannel: String?
    /// Grounds on which parts are withheld.
    public var withheld: Set<WithholdingGround>

    /// A disclosure filing.
    public init(internalCircularOn: Day?, publicOn: Day?, publicChannel: String?, withheld: Set<WithholdingGround> = []) {
        self.internalCircularOn = internalCircularOn
        self.publicOn = publicOn
        self.publicChannel = publicChannel
        self.withheld = withheld
    }
}
