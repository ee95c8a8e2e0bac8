import InspectionKit
/// Something that executes commands on a given day: the in-memory engine, or a store-backed service.
/// The sample-data generator drives one, so the same sample builds any backend.
public protocol CommandDriver: AnyObject {
    /// The current state, for look-ups the generator needs (recusal checks, identifiers).
    var state: InspectionState { get }
    /// Executes `command` as if on `day`.
    func run(_ command: Command, on day: Day) throws(DomainError) -> [RecordedEvent]
}

/// One command of a script and the day it is run on.
public struct ScriptStep: Hashable, Sendable, Codable {
    /// The day the command runs on.
    public var day: Day
    /// The command.
    public var command: Command
}

/// Drives an in-memory engine on a manual clock, keeping the commands it ran (a replayable script).
public final class EngineDriver: CommandDriver {
    /// The engine driven.
    public private(set) var engine: Engine
    /// The engine's clock, moved to each command's day.
    public let clock: ManualTimeSource
    /// The commands run so far, in order.
    public private(set) var script: [ScriptStep] = []

    /// A driver over a fresh engine with the default taxonomy and `settings`.
    public init(settings: OfficeSettings = OfficeSettings(), identifiers: any IdentifierScheme = PrefixedIdentifierScheme()) throws(TaxonomyError) {
        let clock = ManualTimeSource(day: Day(number: 0))
        self.clock = clock
        engine = try Engine(settings: settings, clock: clock, identifiers: identifiers)
    }

    /// The engine's state.
    public var state: InspectionState { engine.state }

    /// Sets the clock to `day` and executes `command`.
    public func run(_ command: Command, on day: Day) throws(DomainError) -> [RecordedEvent] {
        clock.set(day: day)
        let events = try engine.execute(command)
        script.append(ScriptStep(day: day, command: command))
        return events
    }

    /// Runs a recorded script, step by step, stopping at the first refusal.
    public func replay(_ steps: [ScriptStep]) throws(DomainError) {
        for step in steps { _ = try run(step.command, on: step.day) }
    }
}
