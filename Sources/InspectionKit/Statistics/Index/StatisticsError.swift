/// Why the statistics index refused a fact, a table or a query; every case says what to fix.
public enum StatisticsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A node names a parent the hierarchy does not have.
    case unknownParent(node: String, parent: String)
    /// A node was added again under another parent.
    case conflictingParent(node: String)
    /// The hierarchy is deeper than 255 levels.
    case hierarchyTooDeep(node: String)
    /// A dimension has more distinct values than the index encodes.
    case tooManyValues(dimension: String)
    /// A fact or filter names a value the index does not know.
    case unknownValue(dimension: String, value: String)
    /// A day lies outside 1970-01-01 … 2149-06-05, the range the index stores.
    case dayOutOfRange(field: String, day: Int)
    /// The closing day does not match the status, or comes before the finding.
    case inconsistentClosing(key: UInt32)
    /// A flat table holds the same finding id twice.
    case duplicateKey(UInt32)
    /// A query asks for something the API does not support.
    case invalidQuery(String)
    /// A row of a flat findings table is malformed.
    case malformedRow(line: Int, field: String, problem: String)

    /// What went wrong and what to do, in English.
    public var description: String { message(.english) }

    /// What went wrong and what to do, in `language`.
    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .unknownParent(let node, let parent):
            return zh ? "节点 \(node) 的上级 \(parent) 不存在：请先添加上级。" : "Node \(node) names parent \(parent), which is not in the hierarchy: add the parent first."
        case .conflictingParent(let node):
            return zh ? "节点 \(node) 已在另一上级下：一个节点只能有一个上级。" : "Node \(node) already sits under another parent: a node has one parent."
        case .hierarchyTooDeep(let node):
            return zh ? "节点 \(node) 的层级超过 255 级。" : "Node \(node) is more than 255 levels deep."
        case .tooManyValues(let dimension):
            return zh ? "维度 \(dimension) 的取值过多，超出索引编码范围。" : "The dimension \(dimension) has more distinct values than the index can encode."
        case .unknownValue(let dimension, let value):
            return zh ? "维度 \(dimension) 中没有 \(value)：请检查拼写或先导入该维度。" : "\(value) is not a known \(dimension): check the spelling, or load that dimension first."
        case .dayOutOfRange(let field, let day):
            return zh ? "\(field) 的日期 \(day) 超出 1970-01-01 至 2149-06-05 的范围。" : "The day \(day) in \(field) lies outside 1970-01-01 … 2149-06-05."
        case .inconsistentClosing(let key):
            return zh ? "问题 \(key) 的销号日期与状态不符：仅已整改、已销号的问题有销号日期，且不得早于发现日期。"
                : "Finding \(key): a closing day belongs exactly to rectified or verified findings and cannot precede the finding."
        case .duplicateKey(let key):
            return zh ? "问题编号 \(key) 出现了两次：每个问题只能有一行。" : "The finding id \(key) appears twice: each finding has one row."
        case .invalidQuery(let problem):
            return zh ? "查询无效：\(problem)" : "Invalid query: \(problem)"
        case .malformedRow(let line, let field, let problem):
            return zh ? "第 \(line) 行字段 \(field)：\(problem)" : "Line \(line), field \(field): \(problem)"
        }
    }
}
