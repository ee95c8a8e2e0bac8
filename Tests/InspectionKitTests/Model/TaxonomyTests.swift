import Foundation
import Testing
@testable import InspectionKit

@Suite("Taxonomy")
struct TaxonomyTests {
    @Test func shipsTheDefaultThreeLevelTaxonomy() throws {
        let taxonomy = try Taxonomy.standard()
        let top = taxonomy.children(of: nil)
        #expect(top.count == 4)
        #expect(top.allSatisfy { $0.problemType != nil })
        #expect(taxonomy.leaves.count > 40)
        #expect(taxonomy.leaves.allSatisfy { $0.level == 3 && !$0.zh.isEmpty && !$0.en.isEmpty })
        #expect(taxonomy.path(to: "2.2.3").map(\.code) == ["2", "2.2", "2.2.3"])
        #expect(taxonomy.node("2.2.3")?.zh == "违反廉洁纪律")
        #expect(taxonomy.isLeaf("2.4.3") && !taxonomy.isLeaf("2.4") && !taxonomy.isLeaf("9.9"))
    }

    @Test func loadsAnOfficesOwnList() throws {
        let json = #"{"name":{"zh":"某县清单","en":"A county list"},"version":"2025.2","nodes":[{"code":"A","zh":"甲","en":"A"},{"code":"A1","parent":"A","zh":"乙","en":"B"}]}"#
        let taxonomy = try Taxonomy.load(json: Data(json.utf8))
        #expect(taxonomy.version == "2025.2")
        #expect(taxonomy.isLeaf("A1"))
        let roundTrip = try Taxonomy.load(json: JSONEncoder().encode(taxonomy))
        #expect(roundTrip == taxonomy)
    }

    @Test func refusesMalformedLists() {
        let cases: [(String, TaxonomyError)] = [
            (#"{"name":{"zh":"x","en":"x"},"version":"1","nodes":[]}"#, .empty),
            (#"{"name":{"zh":"x","en":"x"},"version":" ","nodes":[{"code":"A","zh":"甲","en":"A"}]}"#, .missingVersion),
            (#"{"name":{"zh":"x","en":"x"},"version":"1","nodes":[{"code":"A","zh":"甲","en":"A"},{"code":"A","zh":"甲","en":"A"}]}"#, .duplicateCode("A")),
            (#"{"name":{"zh":"x","en":"x"},"version":"1","nodes":[{"code":"B","parent":"A","zh":"乙","en":"B"}]}"#, .unknownParent(code: "B", parent: "A")),
            (#"{"name":{"zh":"x","en":"x"},"version":"1","nodes":[{"code":"A","zh":"1","en":"1"},{"code":"B","parent":"A","zh":"2","en":"2"},{"code":"C","parent":"B","zh":"3","en":"3"},{"code":"D","parent":"C","zh":"4","en":"4"}]}"#, .tooDeep(code: "D")),
        ]
        for (json, expected) in cases {
            #expect(throws: expected) { try Taxonomy.load(json: Data(json.utf8)) }
        }
        #expect(throws: TaxonomyError.self) { try Taxonomy.load(json: Data("not json".utf8)) }
    }

    @Test func refusesFindingsClassifiedAboveTheLeaves() throws {
        var world = try World()
        try world.station()
        world.assertRefusal(.findingCategory, world.member("I3"), .draftFinding(world.inspection, World.content(category: "2.4")))
        world.assertRefusal(.findingCategory, world.member("I3"), .draftFinding(world.inspection, World.content(category: "no-such")))
    }

    @Test func anAdoptedTaxonomyClassifiesLaterFindings() throws {
        var world = try World()
        let own = try Taxonomy(name: LocalizedText(zh: "自定义", en: "custom"), version: "X1",
                               nodes: [TaxonomyNode(code: "Z", parent: nil, zh: "自定义", en: "custom"), TaxonomyNode(code: "Z.1", parent: "Z", zh: "子项", en: "child")])
        try world.run(world.office, .adoptTaxonomy(own))
        try world.station()
        try world.run(world.member("I3"), .draftFinding(world.inspection, World.content(category: "Z.1")))
        world.assertRefusal(.findingCategory, world.member("I3"), .draftFinding(world.inspection, World.content(category: "2.4.3")))
    }
}
