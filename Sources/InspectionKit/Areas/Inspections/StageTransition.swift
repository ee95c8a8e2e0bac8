import Foundation

/// 环节变更记录 — one move of an inspection from stage to stage: who, when and why. Never deleted.
public struct StageTransition: Hashable, Sendable, Codable {
    /// The stage left.
    public var from: InspectionStage
    /// The stage entered.
    public var to: InspectionStage
    /// Who moved it.
    public var actor: UserID
    /// When.
    public var at: Date
    /// Why, as stated.
    public var reason: String

    /// A transition record.
    public init(from: InspectionStage, to: InspectionStage, actor: UserID, at: Date, reason: String) {
        self.from = from
        self.to = to
        self.actor = actor
        self.at = at
        self.reason = reason
    }
}
