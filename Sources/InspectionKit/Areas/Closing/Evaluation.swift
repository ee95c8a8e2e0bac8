/// 整改评估 — the evaluation some months after the deadline, scoring the four checks (四个到位) and grading the organization.
public struct Evaluation: Hashable, Sendable, Codable {
    /// The scores of the four checks.
    public var scores: FourChecks
    /// The grade that follows from them.
    public var grade: EvaluationGrade
    /// Remarks.
    public var remarks: String
    /// When it was made.
    public var evaluatedOn: Day

    /// An evaluation record; the grade follows from the scores.
    public init(scores: FourChecks, remarks: String, evaluatedOn: Day) {
        self.scores = scores
        grade = EvaluationGrade(total: scores.total)
        self.remarks = remarks
        self.evaluatedOn = evaluatedOn
    }
}

/// 四个到位 — the four checks of rectification, each scored 0–25.
public struct FourChecks: Hashable, Sendable, Codable {
    /// 整改主体责任到位.
    public var responsibility: Int
    /// 问题整改到位.
    public var problemsRectified: Int
    /// 建章立制到位.
    public var rulesBuilt: Int
    /// 人员问责到位.
    public var accountability: Int

    /// Four scores, each 0–25.
    public init(responsibility: Int, problemsRectified: Int, rulesBuilt: Int, accountability: Int) {
        self.responsibility = responsibility
        self.problemsRectified = problemsRectified
        self.rulesBuilt = rulesBuilt
        self.accountability = accountability
    }

    /// The total, 0–100.
    public var total: Int { responsibility + problemsRectified + rulesBuilt + accountability }

    /// The four scores in order.
    public var all: [Int] { [responsibility, problemsRectified, rulesBuilt, accountability] }

    /// The highest score one check can have.
    public static let maximumPerCheck = 25
}

/// 评估等次 — 优秀 / 较好 / 一般 / 差; a 差 puts the organization on the follow-up (回头看) list.
public enum EvaluationGrade: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
    /// 差 — below 60.
    case poor
    /// 一般 — 60 to 79.
    case fair
    /// 较好 — 80 to 89.
    case good
    /// 优秀 — 90 and above.
    case excellent

    /// The grade of a total score.
    public init(total: Int) {
        switch total {
        case 90...: self = .excellent
        case 80..<90: self = .good
        case 60..<80: self = .fair
        default: self = .poor
        }
    }

    /// Orders poor < fair < good < excellent.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }

    /// The grade's name in `language`.
    public func label(_ language: Language) -> String {
        let pair: (String, String) = switch self {
        case .poor: ("差", "poor")
        case .fair: ("一般", "fair")
        case .good: ("较好", "good")
        case .excellent: ("优秀", "excellent")
        }
        return language == .chinese ? pair.0 : pair.1
    }
}
