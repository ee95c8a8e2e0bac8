/// 时间顺序 — the checks on the day a command says a thing happened: not a day to come; a day before the grace period
/// only as past work entered by the office with a reason (补录); and the steps of one inspection in order.
enum Chronology {
    /// Refuses a day still to come.
    static func refuseTheFuture(_ c: DecisionContext) throws(DomainError) {
        guard c.today <= c.recordedOn else {
            throw DomainError(.futureDay, zh: "发生日期\(c.today)晚于今天（\(c.recordedOn)）：不能记录尚未发生的事，请填写实际发生的日期。",
                              en: "The day it happened, \(c.today), is after today (\(c.recordedOn)): nothing is recorded before it happens; give the day it really happened.")
        }
    }

    /// Refuses past work entered by anyone but the office, or without a reason.
    static func admitPastWork(_ c: DecisionContext) throws(DomainError) {
        guard c.isEnteringPastWork else { return }
        let grace = c.settings.backdatingGraceDays
        guard c.actor.role == .office else {
            throw DomainError(.backdating, zh: "发生日期\(c.today)早于今天\(grace)天以上，属于补录：补录由巡察办进行，并须说明理由。",
                              en: "The day it happened, \(c.today), is more than \(grace) days before today, so this is past work: the inspection office enters past work, with a reason.")
        }
        guard !c.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw DomainError(.backdating, zh: "补录\(c.today)发生的事须写明理由（如“据纸质台账补录”）：请用 reason 说明来源。",
                              en: "Entering past work of \(c.today) needs a reason (such as 'from the paper ledger'): give its source as the reason.")
        }
    }

    /// Refuses a stage change dated before the day the inspection entered its current stage.
    static func checkOrder(of events: [Event], in c: DecisionContext) throws(DomainError) {
        for event in events {
            guard case .inspection(.stageChanged(let id, let transition)) = event, let inspection = c.state.inspections[id],
                  let entered = inspection.transitions.last else { continue }
            let since = entered.day(utcOffsetSeconds: c.settings.utcOffsetSeconds)
            guard c.today >= since else {
                throw DomainError(.stepOrder,
                                  zh: "巡察\(id)于\(since)进入“\(inspection.stage.label(.chinese))”环节，进入“\(transition.to.label(.chinese))”环节不能早于该日（所填日期\(c.today)）：请核对日期。",
                                  en: "Inspection \(id) became \(inspection.stage.label(.english)) on \(since); it cannot become \(transition.to.label(.english)) before that (the day given is \(c.today)): check the day.")
            }
        }
    }

    /// Refuses a step dated (`day`, else the command's day) before `earlier`, the day of the step it needs, naming `rule`.
    static func notBefore(_ earlier: Day, _ step: LocalizedText, needs prior: LocalizedText, rule: RuleID = .stepOrder, on day: Day? = nil,
                          _ c: DecisionContext) throws(DomainError) {
        let day = day ?? c.today
        guard day >= earlier else {
            throw DomainError(rule, zh: "\(step.zh)（\(day)）不能早于\(prior.zh)（\(earlier)）：请核对日期。",
                              en: "\(step.en) (\(day)) cannot come before \(prior.en) (\(earlier)): check the day.")
        }
    }
}
