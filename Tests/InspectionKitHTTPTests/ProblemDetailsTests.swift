import Foundation
import InspectionKit
@testable import InspectionKitHTTP
import Testing

@Suite("Problem details (RFC 9457)")
struct ProblemDetailsTests {
    private let recusal = DomainError(.recusalUnresolved, zh: "存在未解决的回避冲突。", en: "Unresolved recusal conflicts.")

    @Test func mapsRefusalsToStatuses() {
        #expect(DomainError(.accessLead, zh: "无权", en: "no").httpStatus == .forbidden)
        #expect(DomainError(.accessTeamScope, zh: "无权", en: "no").httpStatus.code == 403)
        #expect(DomainError(.unknownRecord, zh: "无", en: "none").httpStatus.code == 404)
        #expect(DomainError(.invalidInput, zh: "错", en: "bad").httpStatus.code == 422)
        #expect(recusal.httpStatus.code == 409)
        #expect(DomainError(.duplicateRecord, zh: "重复", en: "dup").httpStatus.code == 409)
    }

    @Test func rendersTheRuleAndTheMessageInTheRequestedLanguage() throws {
        let english = RefusalResponse(recusal, language: .english)
        #expect(english.status.code == 409)
        let body = try JSONDecoder().decode(ProblemDetails.self, from: Data(english.body()))
        #expect(body.type == "urn:inspectionkit:rule:recusal.unresolved")
        #expect(body.rule == "recusal.unresolved")
        #expect(body.status == 409)
        #expect(body.detail == "Unresolved recusal conflicts.")
        let chinese = try JSONDecoder().decode(ProblemDetails.self, from: Data(RefusalResponse(recusal, language: .chinese).body()))
        #expect(chinese.detail == "存在未解决的回避冲突。")
        #expect(chinese.title == "不符合巡察工作规则")
        #expect(String(decoding: try RefusalResponse(recusal, language: .chinese).body(), as: UTF8.self).contains("回避"))
    }

    @Test func givesEveryRuleAStableDistinctType() {
        let types = RuleID.allCases.map { ProblemDetails(DomainError($0, zh: "x", en: "x"), language: .english).type }
        #expect(Set(types).count == RuleID.allCases.count)
    }

    @Test func negotiatesTheLanguageFromAcceptLanguage() {
        #expect(Language(acceptLanguage: nil) == .chinese)
        #expect(Language(acceptLanguage: "en-US,en;q=0.9") == .english)
        #expect(Language(acceptLanguage: "zh-CN,zh;q=0.9,en;q=0.8") == .chinese)
        #expect(Language(acceptLanguage: "en;q=0.5, zh-Hans;q=0.7") == .chinese)
        #expect(Language(acceptLanguage: "fr-FR, en;q=0.3") == .english)
        #expect(Language(acceptLanguage: "de") == .chinese)
        #expect(Language(acceptLanguage: "zh;q=0, en") == .english)
    }
}
