/// Identifies a term.
public typealias TermID = Identifier<Term>

/// 届 — a committee's term (usually five years), within which every organization in scope is inspected once (届内全覆盖).
public struct Term: Hashable, Sendable, Codable, Identifiable {
    /// The term's identifier.
    public var id: TermID
    /// Its name, e.g. 第十四届区委.
    public var name: String
    /// The committee whose term it is (the root of what it inspects).
    public var committeeID: OrganizationID
    /// The first and last day of the term.
    public var window: DayWindow

    /// A term record.
    public init(id: TermID, name: String, committeeID: OrganizationID, window: DayWindow) {
        self.id = id
        self.name = name
        self.committeeID = committeeID
        self.window = window
    }
}
