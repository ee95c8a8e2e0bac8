import Foundation

/// 环节变更记录 — one move of an inspection from stage to stage: who, when and why. Never deleted.
public struct StageTransition: Hashable, Sendable, Codable {
    /// The stage left.
    public var from: InspectionStage
    /// The stage entered.
    public var to: InspectionStage
    /// Who moved it.
    public var actor: UserID
    /// When it was recorded.
    public var at: Date
    /// The day it happened (occurred-on), when recorded with one; transitions of older journals have none and happened
    /// on the day they were recorded.
    public var on: Day?
    /// Why, as stated.
    public var reason: String

    /// A transition record.
    public init(from: InspectionStage, to: InspectionStage, actor: UserID, at: Date, on: Day? = nil, reason: String) {
        self.from = from
        self.to = to
        self.actor = actor
        self.at = at
        self.on = on
        self.reason = reason
    }
}

extension StageTransition {
    /// The day it happened: its occurred-on day, else the day it was recorded in the office's time zone.
    public func day(utcOffsetSeconds: Int) -> Day { on ?? Day(date: at, utcOffsetSeconds: utcOffsetSeconds) }
}
