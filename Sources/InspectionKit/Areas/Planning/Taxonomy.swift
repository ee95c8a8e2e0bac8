import Foundation

/// 监督重点内容清单 — the versioned, three-level classification of findings; an office may load its own.
public struct Taxonomy: Hashable, Sendable, Codable {
    /// The list's name.
    public var name: LocalizedText
    /// Its version, e.g. `2024.1`.
    public var version: String
    /// Every node, parents before children.
    public private(set) var nodes: [TaxonomyNode]
    private var index: [String: Int]
    private var childCounts: [String: Int]

    private enum CodingKeys: String, CodingKey { case name, version, nodes }

    /// A taxonomy from its nodes, checked: unique codes, known parents, at most three levels.
    public init(name: LocalizedText, version: String, nodes: [TaxonomyNode]) throws(TaxonomyError) {
        self.name = name
        self.version = version
        self.nodes = nodes
        index = [:]
        childCounts = [:]
        guard !version.trimmingCharacters(in: .whitespaces).isEmpty else { throw .missingVersion }
        guard !nodes.isEmpty else { throw .empty }
        for (position, node) in nodes.enumerated() {
            guard !node.code.isEmpty else { throw .emptyCode(position: position) }
            guard index[node.code] == nil else { throw .duplicateCode(node.code) }
            if let parent = node.parent {
                guard let parentPosition = index[parent] else { throw .unknownParent(code: node.code, parent: parent) }
                guard self.nodes[parentPosition].level < 3 else { throw .tooDeep(code: node.code) }
                childCounts[parent, default: 0] += 1
            }
            index[node.code] = position
            self.nodes[position].level = node.parent.flatMap { index[$0] }.map { self.nodes[$0].level + 1 } ?? 1
        }
    }

    /// Decodes and checks a taxonomy.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(name: container.decode(LocalizedText.self, forKey: .name),
                      version: container.decode(String.self, forKey: .version),
                      nodes: container.decode([TaxonomyNode].self, forKey: .nodes))
    }

    /// Encodes name, version and nodes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(version, forKey: .version)
        try container.encode(nodes, forKey: .nodes)
    }

    /// Loads a taxonomy from JSON (the format of the shipped default).
    public static func load(json data: Data) throws(TaxonomyError) -> Taxonomy {
        do {
            return try JSONDecoder().decode(Taxonomy.self, from: data)
        } catch let error as TaxonomyError {
            throw error
        } catch {
            throw .malformed(String(describing: error))
        }
    }

    /// The default taxonomy shipped with InspectionKit (the four implementations, the five watches, livelihood areas).
    public static func standard() throws(TaxonomyError) -> Taxonomy {
        try standardResult.get()
    }

    private static let standardResult: Result<Taxonomy, TaxonomyError> = {
        guard let url = Bundle.module.url(forResource: "default-taxonomy", withExtension: "json"),
              let data = try? Data(contentsOf: url) else {
            return .failure(.malformed("the bundled default-taxonomy.json is missing"))
        }
        do throws(TaxonomyError) { return .success(try load(json: data)) } catch { return .failure(error) }
    }()

    /// The node with `code`, if any.
    public func node(_ code: String) -> TaxonomyNode? { index[code].map { nodes[$0] } }

    /// Whether `code` names a node without children (findings are classified at leaves).
    public func isLeaf(_ code: String) -> Bool { index[code] != nil && childCounts[code, default: 0] == 0 }

    /// The chain from the top-level area down to `code`.
    public func path(to code: String) -> [TaxonomyNode] {
        var chain: [TaxonomyNode] = []
        var current = node(code)
        while let found = current {
            chain.insert(found, at: 0)
            current = found.parent.flatMap { node($0) }
        }
        return chain
    }

    /// The top-level area `code` falls under.
    public func topLevel(of code: String) -> TaxonomyNode? { path(to: code).first }

    /// The nodes directly under `code` (the top-level areas when `code` is nil).
    public func children(of code: String?) -> [TaxonomyNode] { nodes.filter { $0.parent == code } }

    /// Every leaf, in order.
    public var leaves: [TaxonomyNode] { nodes.filter { isLeaf($0.code) } }
}

/// One node of the taxonomy.
public struct TaxonomyNode: Hashable, Sendable, Codable {
    /// Its code, e.g. `2.4.3`.
    public var code: String
    /// The code of the node above it; nil for a top-level area.
    public var parent: String?
    /// The Chinese label.
    public var zh: String
    /// The English gloss.
    public var en: String
    /// For top-level areas: the problem type used in summaries (党的领导弱化 / 党的建设缺失 / 全面从严治党不力).
    public var problemType: LocalizedText?
    /// 1 for a top-level area, 2 and 3 below it (computed when loaded).
    public internal(set) var level: Int = 1

    private enum CodingKeys: String, CodingKey { case code, parent, zh, en, problemType }

    /// A node.
    public init(code: String, parent: String?, zh: String, en: String, problemType: LocalizedText? = nil) {
        self.code = code
        self.parent = parent
        self.zh = zh
        self.en = en
        self.problemType = problemType
    }

    /// The label in `language`.
    public func label(_ language: Language) -> String { language == .chinese ? zh : en }
}

/// Why a taxonomy could not be loaded.
public enum TaxonomyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The list has no nodes.
    case empty
    /// The list has no version.
    case missingVersion
    /// A node has an empty code.
    case emptyCode(position: Int)
    /// Two nodes share a code.
    case duplicateCode(String)
    /// A node names a parent not listed before it.
    case unknownParent(code: String, parent: String)
    /// A node would be a fourth level.
    case tooDeep(code: String)
    /// The JSON could not be read.
    case malformed(String)

    /// What was wrong and what to do.
    public var description: String {
        switch self {
        case .empty: "The taxonomy has no nodes: list at least one top-level area."
        case .missingVersion: "The taxonomy has no version: give it one (e.g. \"2025.1\") so findings can be traced to it."
        case .emptyCode(let position): "Node \(position + 1) has an empty code: give every node a unique code."
        case .duplicateCode(let code): "The code '\(code)' is used twice: codes must be unique."
        case .unknownParent(let code, let parent): "Node '\(code)' names parent '\(parent)', which is not listed before it: list parents first."
        case .tooDeep(let code): "Node '\(code)' would be a fourth level: the taxonomy has at most three."
        case .malformed(let detail): "The taxonomy file could not be read: \(detail)"
        }
    }
}
