/// Walks the organization tree: ancestors, descendants and subtree membership.
public struct OrganizationTree: Sendable {
    private let organizations: [OrganizationID: Organization]
    private let children: [OrganizationID: [OrganizationID]]

    /// A tree over the given organizations.
    public init(_ organizations: [OrganizationID: Organization]) {
        self.organizations = organizations
        var children: [OrganizationID: [OrganizationID]] = [:]
        for org in organizations.values {
            if let parent = org.parentID { children[parent, default: []].append(org.id) }
        }
        for key in children.keys { children[key]?.sort() }
        self.children = children
    }

    /// The chain of organizations above `id`, nearest first (a cycle, which the rules prevent, ends the walk).
    public func ancestors(of id: OrganizationID) -> [OrganizationID] {
        var result: [OrganizationID] = []
        var seen: Set<OrganizationID> = [id]
        var current = organizations[id]?.parentID
        while let next = current, seen.insert(next).inserted {
            result.append(next)
            current = organizations[next]?.parentID
        }
        return result
    }

    /// Every organization below `id`, depth first.
    public func descendants(of id: OrganizationID) -> [OrganizationID] {
        var result: [OrganizationID] = []
        var stack = children[id, default: []].reversed() as [OrganizationID]
        var seen: Set<OrganizationID> = [id]
        while let next = stack.popLast() {
            guard seen.insert(next).inserted else { continue }
            result.append(next)
            stack.append(contentsOf: children[next, default: []].reversed())
        }
        return result
    }

    /// The organizations directly below `id`.
    public func children(of id: OrganizationID) -> [OrganizationID] { children[id, default: []] }

    /// `id` and everything below it.
    public func subtree(of id: OrganizationID) -> Set<OrganizationID> {
        Set(descendants(of: id)).union([id])
    }

    /// Whether `id` lies in the subtree rooted at `root` (including `root` itself).
    public func isInSubtree(_ id: OrganizationID, of root: OrganizationID) -> Bool {
        id == root || ancestors(of: id).contains(root)
    }
}
