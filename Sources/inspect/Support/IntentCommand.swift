import InspectionKit

/// A command that writes: the kinds of intent it executes, so that a test can prove every intent the core accepts has
/// a command (the command tree is walked, not a list kept by hand).
protocol IntentCommand {
    /// The kinds of intent the command executes.
    static var intents: [IntentKind] { get }
}
