import InspectionKit

/// Finding texts as an inspection office writes them: a few thousand problems, each written up again in other
/// organizations with small edits, and many one-off texts.
enum SyntheticFindingTexts {
    static let subjects = ["村务公开", "财务管理", "公务用车", "干部选拔任用", "惠民资金发放", "工程项目招投标", "低保评定", "集体资产租赁",
                           "三重一大决策", "党员发展", "组织生活会", "意识形态工作", "巡察整改", "津补贴发放", "公款接待", "政府采购"]
    static let faults = ["不及时", "不规范", "流于形式", "台账缺失", "程序倒置", "监督缺位", "制度执行不严", "存在优亲厚友现象", "存在虚报冒领问题",
                         "未经集体研究", "档案资料不全", "公示内容不完整"]
    static let details = ["2023年第三季度", "2022年以来", "近三年", "抽查的12个村中有5个", "个别村干部", "部分站所", "镇属企业", "驻村工作队"]

    static func make(count: Int) -> [NearDuplicateClustering.Text] {
        var random = SplitMix(state: 20_240_601)
        var texts: [NearDuplicateClustering.Text] = []
        texts.reserveCapacity(count)
        for key in 0..<count {
            let problem = Int(random.next() % 5_000)
            let subject = subjects[problem % subjects.count]
            let fault = faults[(problem / subjects.count) % faults.count]
            let detail = details[(problem / 192) % details.count]
            var text = "\(detail)\(subject)\(fault)，经查阅资料和个别谈话核实，问题编号\(problem)。"
            if random.next() % 3 == 0 { text.insert(contentsOf: "的", at: text.index(text.startIndex, offsetBy: 3)) }
            if random.next() % 4 == 0 { text += "情况属实。" }
            texts.append(NearDuplicateClustering.Text(key: UInt32(key + 1), organization: "O\(random.next() % 20_000)",
                                                      round: "\(random.next() % 40 + 1)", text: text))
        }
        return texts
    }

    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
