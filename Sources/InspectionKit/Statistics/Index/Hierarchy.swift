/// 层级 — a tree of named nodes (the organization tree, the taxonomy) held as a parent array, for grouping at any
/// depth and for subtree filters. Parents come before their children, so the node order is a topological order.
public struct Hierarchy: Sendable, Hashable {
    /// Each node's name, by node number.
    public private(set) var names: [String] = []
    /// Each node's parent's number, or -1 for a root.
    public private(set) var parents: [Int32] = []
    /// Each node's depth (roots are at depth 0).
    public private(set) var depths: [UInt8] = []
    private var numbers: [String: Int32] = [:]

    /// An empty hierarchy.
    public init() {}

    /// The number of nodes.
    public var count: Int { names.count }

    /// The deepest level present (0 when there are only roots or no nodes).
    public var maximumDepth: Int { Int(depths.max() ?? 0) }

    /// The number of the node called `name`, if any.
    public func node(named name: String) -> Int32? { numbers[name] }

    /// Adds a node under `parent` (a root when nil) and returns its number; adding an existing name with the same
    /// parent returns its number, with another parent it is refused.
    @discardableResult
    public mutating func add(_ name: String, parent: String?) throws(StatisticsError) -> Int32 {
        let parentNumber: Int32
        if let parent {
            guard let number = numbers[parent] else { throw .unknownParent(node: name, parent: parent) }
            parentNumber = number
        } else {
            parentNumber = -1
        }
        if let existing = numbers[name] {
            guard parents[Int(existing)] == parentNumber else { throw .conflictingParent(node: name) }
            return existing
        }
        let depth = parentNumber < 0 ? 0 : Int(depths[Int(parentNumber)]) + 1
        guard depth <= Int(UInt8.max) else { throw .hierarchyTooDeep(node: name) }
        guard names.count < Int(Int32.max) else { throw .tooManyValues(dimension: "hierarchy") }
        let number = Int32(names.count)
        names.append(name)
        parents.append(parentNumber)
        depths.append(UInt8(depth))
        numbers[name] = number
        return number
    }

    /// The ancestor of `node` at `depth`, or the node itself when it is not that deep.
    public func ancestor(of node: Int32, atDepth depth: Int) -> Int32 {
        var current = node
        while Int(depths[Int(current)]) > depth { current = parents[Int(current)] }
        return current
    }

    /// For every node, its ancestor at `depth` (itself when shallower).
    func ancestorTable(atDepth depth: Int) -> [Int32] {
        var table = [Int32](repeating: 0, count: count)
        for node in 0..<count {
            let nodeDepth = Int(depths[node])
            if nodeDepth <= depth {
                table[node] = Int32(node)
            } else {
                // Parents precede children, so the parent's entry is final.
                table[node] = table[Int(parents[node])]
            }
        }
        return table
    }

    /// For every node, whether it lies in the subtree of one of `roots`.
    func subtreeMask(of roots: [Int32]) -> [Bool] {
        var mask = [Bool](repeating: false, count: count)
        for root in roots { mask[Int(root)] = true }
        for node in 0..<count where !mask[node] {
            let parent = parents[node]
            if parent >= 0 && mask[Int(parent)] { mask[node] = true }
        }
        return mask
    }
}
