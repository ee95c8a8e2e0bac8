/// 字典编码 — a flat dimension (rounds, teams) encoded as small integers in the order values were first added.
public struct CodeBook: Sendable, Hashable {
    /// Each value's name, by code.
    public private(set) var names: [String] = []
    private var codes: [String: UInt16] = [:]

    /// An empty code book.
    public init() {}

    /// The number of values.
    public var count: Int { names.count }

    /// The code of `name`, if it has one.
    public func code(of name: String) -> UInt16? { codes[name] }

    /// The code of `name`, adding it when new.
    @discardableResult
    public mutating func encode(_ name: String, dimension: String) throws(StatisticsError) -> UInt16 {
        if let code = codes[name] { return code }
        guard names.count < Int(UInt16.max) else { throw .tooManyValues(dimension: dimension) }
        let code = UInt16(names.count)
        names.append(name)
        codes[name] = code
        return code
    }
}
