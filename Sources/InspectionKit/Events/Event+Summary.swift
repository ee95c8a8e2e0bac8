/// 事件摘要 — one line per event for the audit trail, in Chinese or English. A summary names records by identifier
/// and never repeats confidential content: no lead's subject or summary, no petition's content or petitioner.
extension Event {
    /// What happened, in `language`.
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    public func summary(_ language: Language) -> String {
        let l = language
        func t(_ zh: String, _ en: String) -> String { l == .chinese ? zh : en }
        switch self {
        case .organizationRegistered(let o): return t("登记单位 \(o.id) \(o.name)", "Registered organization \(o.id) \(o.name)")
        case .organizationHeadChanged(let id, let head): return t("\(id) 主要负责人变更为 \(head.name)", "\(id)'s head is now \(head.name)")
        case .inspectorRegistered(let i): return t("巡察人才库登记 \(i.id) \(i.name)", "Talent pool: registered \(i.id) \(i.name)")
        case .trainingRecorded(let id, let record): return t("\(id) 参加培训：\(record.title)", "\(id) completed training: \(record.title)")
        case .relativeDeclared(let id, _): return t("\(id) 申报亲属关系", "\(id) declared a relative")
        case .termOpened(let term): return t("开启届次 \(term.id) \(term.name)", "Opened term \(term.id) \(term.name)")
        case .planAdopted(let plan): return t("通过巡察规划 \(plan.id) \(plan.title)", "Adopted plan \(plan.id) \(plan.title)")
        case .roundPlanned(let round): return t("安排轮次 \(round.id) \(round.title)", "Planned round \(round.id) \(round.title)")
        case .taxonomyAdopted(let taxonomy): return t("启用问题分类 \(taxonomy.version)", "Adopted taxonomy \(taxonomy.version)")
        case .userRegistered(let account): return t("开设账号 \(account.id)（\(account.actor.role.label(l))）", "Opened account \(account.id) (\(account.actor.role.label(l)))")
        case .userDeactivated(let id): return t("停用账号 \(id)", "Closed account \(id)")
        case .tokenIssued(let token): return t("为 \(token.userID) 签发接口令牌 \(token.id)，有效至 \(token.expiresOn)", "Issued API token \(token.id) to \(token.userID), valid until \(token.expiresOn)")
        case .tokenRevoked(let id): return t("撤销接口令牌 \(id)", "Revoked API token \(id)")
        case .teamFormed(let team): return t("组建巡察组 \(team.id) \(team.name)", "Formed team \(team.id) \(team.name)")
        case .teamChanged(let id, _): return t("调整巡察组 \(id) 人员", "Changed team \(id)")
        case .recusalWaived(let id, _): return t("\(id) 回避冲突经领导小组豁免", "\(id): the leading group waived a recusal conflict")
        case .rotationOverridden: return t("“三个不固定”例外批准", "Three-not-fixed override granted")
        case .inspectionScheduled(let i): return t("安排巡察 \(i.id)，对象 \(i.targetID)", "Scheduled inspection \(i.id) of \(i.targetID)")
        case .inspectionAuthorized(let id, let a): return t("\(id) 获授权，\(a.window)", "\(id) authorized for \(a.window)")
        case .stageChanged(let id, let transition): return t("\(id) 进入环节：\(transition.to.label(l))", "\(id) moved to: \(transition.to.label(l))")
        case .mobilized(let id, let day): return t("\(id) 召开动员会 \(day)", "\(id) mobilization meeting \(day)")
        case .stationed(let id, let day): return t("\(id) 进驻 \(day)", "\(id) team stationed \(day)")
        case .withdrawn(let id, let day): return t("\(id) 撤离 \(day)", "\(id) team withdrew \(day)")
        case .reportSubmitted(let id, _): return t("\(id) 提交巡察报告", "\(id) report submitted")
        case .reportApproved(let id, _): return t("\(id) 巡察报告获批", "\(id) report approved")
        case .feedbackDelivered(let id, _): return t("\(id) 反馈意见已送达", "\(id) feedback delivered")
        case .handoverCompleted(let id, let day): return t("\(id) 线索移交完毕 \(day)", "\(id) every lead handed over \(day)")
        case .rectificationPlanSubmitted(let id, _, let items): return t("\(id) 提交整改方案，\(items.count) 项", "\(id) rectification plan, \(items.count) items")
        case .rectificationReportSubmitted(let id, _): return t("\(id) 提交整改报告", "\(id) rectification report submitted")
        case .withholdingConsented(let id, _): return t("\(id) 领导小组同意部分不予公开", "\(id) leading group consented to withholding")
        case .disclosureRecorded(let id, _): return t("\(id) 记录公开情况", "\(id) disclosure recorded")
        case .evaluationRecorded(let id, let e): return t("\(id) 巡察评估：\(e.grade.label(l))", "\(id) evaluated: \(e.grade.label(l))")
        case .archived(let id, let day): return t("\(id) 立卷归档 \(day)", "\(id) archived \(day)")
        case .archiveAccessGranted(let id, let team): return t("\(id) 档案向 \(team) 开放查阅", "\(id) archive opened to \(team)")
        case .workRecorded(let record): return t("\(record.inspectionID) 记录\(record.method.label(l)) \(record.id)", "\(record.inspectionID) recorded \(record.method.label(l)) \(record.id)")
        case .petitionRegistered(let p): return t("\(p.inspectionID) 登记信访件 \(p.id)", "\(p.inspectionID) registered petition \(p.id)")
        case .petitionTriaged(let id, _): return t("信访件 \(id) 已分办", "Petition \(id) triaged")
        case .findingDrafted(let f): return t("\(f.inspectionID) 起草问题底稿 \(f.id)：\(f.content.title)", "\(f.inspectionID) drafted finding \(f.id): \(f.content.title)")
        case .findingRevised(let id, _): return t("修改问题底稿 \(id)", "Revised finding \(id)")
        case .findingReviewed(let id, let review):
            return t("组务会审议 \(id)：\(review.decision == .approved ? "同意" : "退回")", "Team meeting on \(id): \(review.decision == .approved ? "approved" : "returned")")
        case .leadRegistered(let lead): return t("\(lead.inspectionID) 登记问题线索 \(lead.id)", "\(lead.inspectionID) registered lead \(lead.id)")
        case .leadHandedOver(let id, let h): return t("线索 \(id) 移交\(h.destination.label(l))", "Lead \(id) handed over to \(h.destination.label(l))")
        case .dispositionRecorded(let id, let d): return t("线索 \(id) 处置：\(d.kind.label(l))", "Lead \(id) disposed of: \(d.kind.label(l))")
        case .findingHandedOver(let id, let h): return t("问题 \(id) 移交\(h.destination.label(l))", "Finding \(id) handed over to \(h.destination.label(l))")
        case .findingDispositionRecorded(let id, let d): return t("问题 \(id) 处置：\(d.kind.label(l))", "Finding \(id) disposed of: \(d.kind.label(l))")
        case .immediateRectificationStarted(let item): return t("立行立改 \(item.id)（问题 \(item.findingID)）", "Immediate rectification \(item.id) of \(item.findingID)")
        case .rectificationProgressed(let id, let status, _): return t("整改事项 \(id)：\(status.label(l))", "Item \(id): \(status.label(l))")
        case .rectificationMarkedLongTerm(let id, let review): return t("整改事项 \(id) 长期坚持，下次复查 \(review)", "Item \(id) long-term, next review \(review)")
        case .closeOutEvidenceAttached(let id, let evidence): return t("整改事项 \(id) 附佐证材料 \(evidence.count) 份", "Item \(id): \(evidence.count) pieces of evidence")
        case .closeOutSignedOff(let id, let signOff): return t("整改事项 \(id) 由 \(signOff.headName) 签字背书", "Item \(id) signed off by \(signOff.headName)")
        case .closeOutAccepted(let id, let party, _): return t("整改事项 \(id) 验收：\(party.rawValue)", "Item \(id) accepted by \(party.rawValue)")
        case .rectificationVerified(let id, let day): return t("整改事项 \(id) 销号 \(day)", "Item \(id) closed \(day)")
        case .supervisionNoticeIssued(let id, _): return t("整改事项 \(id) 发出督办通知", "Supervision notice on item \(id)")
        case .accountabilityRecorded(let r): return t("问责 \(r.id)：第\(r.form.rawValue)种形态", "Accountability \(r.id): form \(r.form.rawValue)")
        case .ruleChangeRecorded(let change): return t("建章立制：\(change.title)", "Rule \(change.kind.rawValue): \(change.title)")
        case .followUpRecorded(let f): return t("\(f.inspectionID) 回访检查 \(f.id)，反弹 \(f.relapsedItemIDs.count) 项", "\(f.inspectionID) follow-up \(f.id), \(f.relapsedItemIDs.count) relapsed")
        case .exchangePackageImported(let p):
            return t("汇总 \(p.sourceName)（\(p.source)）报送的 \(p.findings.count) 个问题", "Took in \(p.findings.count) findings from \(p.sourceName) (\(p.source))")
        case .confidentialRecordRead(let record):
            switch record {
            case .lead(let id): return t("查阅线索 \(id)", "Read lead \(id)")
            case .petition(let id): return t("查阅信访件 \(id)", "Read petition \(id)")
            case .petitionerIdentity(let id): return t("查阅信访人身份 \(id)", "Read the petitioner's identity on \(id)")
            case .interview(let id): return t("查阅谈话记录 \(id)", "Read interview record \(id)")
            }
        case .confidentialReadRefused(let refused):
            let what = refused.record.label(l)
            return refused.recordExists
                ? t("拒绝查阅\(what)（\(refused.rule.rawValue)）", "Refused a read of \(what) (\(refused.rule.rawValue))")
                : t("试图查阅不存在的\(what)（\(refused.rule.rawValue)）", "Tried to read \(what), which does not exist (\(refused.rule.rawValue))")
        case .confidentialContentErased(let record): return t("按保管期限销毁\(record.label(l))的内容", "Erased the content of \(record.label(l)) under retention")
        }
    }
}
