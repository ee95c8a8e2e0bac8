import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import InspectionKit
import InspectionKitHTTP
@testable import InspectionKitWeb
import Testing

/// Evidence as files: uploaded with the evidence form, its kind read from its content and its size limited, kept by
/// its SHA-256 (which the record holds), downloaded only by those who may read the item, never shown inline.
@Suite("The workbench: evidence files")
struct AttachmentPageTests {
    static let pdf = Array("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".utf8)

    @Test func theHeadUploadsAPdfThatOnlyThoseWhoMayReadTheItemDownload() async throws {
        let probe = try await WorkbenchFixture(passwords: [])
        let (item, head, other) = try LedgerPageTests.items(in: probe.state)
        let otherHead = try #require(probe.state.inspections[other.inspectionID].flatMap { probe.state.organizations[$0.targetID]?.head?.userID })
        let fixture = try await WorkbenchFixture(passwords: [head, otherHead])
        let path = "/rectification/\(item.id)"
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn(head.rawValue)
            let page = try await browser.get(path)
            #expect(page.body.contains(#"enctype="multipart/form-data""#) && page.body.contains(#"type="file""#))
            let token = try #require(page.formToken)
            for status in (item.status == .notStarted ? ["inProgress", "rectified"] : ["rectified"]) {
                let progressed = try await browser.post("/do/updateRectification", ["formToken": token, "id": item.id.rawValue, "back": path, "status": status, "note": "整改推进"])
                #expect(progressed.status == .seeOther)
            }
            let fields = ["formToken": token, "id": item.id.rawValue, "back": path, "items.title": "整改会议纪要", "items.reference": "整改档案-3"]

            // A web page dressed as a PDF is refused by its content, and nothing is recorded.
            let html = try await browser.post("/do/attachCloseOutEvidence", fields, file: ("file", "纪要.pdf", Array("<html><script>alert(1)</script></html>".utf8)))
            #expect(html.status == .conflict && html.body.contains("[attachment.type]"), "\(html.status)")
            #expect(await fixture.service.state.rectificationItems[item.id]?.closeOut.evidence.isEmpty == true)

            let posted = try await browser.post("/do/attachCloseOutEvidence", fields, file: ("file", "会议纪要.pdf", Self.pdf))
            #expect(posted.status == .seeOther, "\(posted.body.components(separatedBy: "<strong>").dropFirst().first?.prefix(300) ?? "")")
            let evidence = try #require(await fixture.service.state.rectificationItems[item.id]?.closeOut.evidence.first)
            let file = try #require(evidence.file)
            #expect(file.mediaType == "application/pdf" && file.size == Self.pdf.count && file.name == "会议纪要.pdf" && AttachedFile.isDigest(file.sha256))
            let shown = try await browser.get(path)
            #expect(shown.body.contains(#"href="/files/\#(file.sha256)""#))

            let download = try await browser.get("/files/\(file.sha256)")
            #expect(download.status == .ok && download.bytes == Self.pdf)
            #expect(download.headers[.contentType] == "application/pdf")
            #expect(download.headers[.contentDisposition]?.hasPrefix("attachment;") == true, "a download, never inline")
            #expect(download.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")

            let stranger = Browser(client)
            try await stranger.signIn(otherHead.rawValue)
            let refused = try await stranger.get("/files/\(file.sha256)")
            #expect(refused.status == .forbidden && refused.body.contains("[access.attachment]") && refused.bytes != Self.pdf)
            let unknown = try await stranger.get("/files/\(String(repeating: "0", count: 64))")
            #expect(unknown.status == .forbidden && unknown.body.contains("[access.attachment]"), "a file that does not exist is refused the same way")
        }
    }

    @Test func aFileOverTheLimitIsRefusedAndChangesNothing() async throws {
        let probe = try await WorkbenchFixture(passwords: [])
        let (item, head, _) = try LedgerPageTests.items(in: probe.state)
        let fixture = try await WorkbenchFixture(passwords: [head])
        let path = "/rectification/\(item.id)"
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn(head.rawValue)
            let token = try #require(try await browser.get(path).formToken)
            let big = Self.pdf + [UInt8](repeating: 0x20, count: AttachedFile.maximumSize)
            let refused = try await browser.post("/do/attachCloseOutEvidence", ["formToken": token, "id": item.id.rawValue, "back": path,
                                                                                 "items.title": "扫描件", "items.reference": "整改档案-4"],
                                                 file: ("file", "scan.pdf", big))
            #expect(refused.body.contains("[attachment.size]"), "\(refused.status)")
        }
        #expect(await fixture.service.state.rectificationItems[item.id]?.closeOut.evidence.isEmpty == true)
    }
}
