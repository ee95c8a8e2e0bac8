import InspectionKit

/// The labels of the forms' fields and choices in both languages; a name without a label shows as it is.
enum FieldLabels {
    static let names: [String: (String, String)] = [
        "status": ("状态", "Status"), "note": ("情况说明", "Note"), "nextReview": ("下次复查日期", "Next review"),
        "items": ("佐证材料", "Evidence"), "title": ("名称", "Title"), "reference": ("档案号或位置", "Reference"),
        "reason": ("理由", "Reason"), "occurredOn": ("发生日期（补录时填写）", "Day it happened (for past work)"),
        "password": ("新密码", "New password"), "kind": ("类型", "Kind"), "lateBecause": ("逾期原因", "Why late"),
        "destination": ("移交对象", "Hand over to"), "unit": ("其他单位名称", "Other unit"), "opinion": ("意见", "Opinion"), "approve": ("同意", "Approve"),
    ]

    /// The label of field `name`.
    static func label(_ name: String, _ language: Language) -> String {
        names[name].map { language == .chinese ? $0.0 : $0.1 } ?? name
    }

    /// The label of a choice: the words of the statuses and kinds the forms offer.
    static func word(_ word: String, _ language: Language) -> String {
        if let status = RectificationStatus(rawValue: word) { return status.label(language) }
        if let kind = DispositionKind(rawValue: word) { return kind.label(language) }
        switch word {
        case "disciplineCommission": return language == .chinese ? "纪委监委" : "discipline commission"
        case "organizationDepartment": return language == .chinese ? "组织部" : "organization department"
        case "otherUnit": return language == .chinese ? "其他有关单位" : "another unit"
        default: break
        }
        return word
    }
}
