import InspectionKit
import Testing

/// Files are accepted by what their content is, never by their name or what the uploader says.
@Suite("Attachment kinds")
struct AttachmentKindTests {
    @Test func recognisesEachKindByItsContentAndNothingElse() {
        #expect(AttachmentKind.of(Array("%PDF-1.7\n".utf8)) == .pdf)
        #expect(AttachmentKind.of([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]) == .png)
        #expect(AttachmentKind.of([0xFF, 0xD8, 0xFF, 0xE0]) == .jpeg)
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        #expect(AttachmentKind.of(zip + Array("....[Content_Types].xml....word/document.xml".utf8)) == .docx)
        #expect(AttachmentKind.of(zip + Array("....[Content_Types].xml....xl/workbook.xml".utf8)) == .xlsx)
        #expect(AttachmentKind.of(zip + Array("....payload.exe".utf8)) == nil, "a plain zip is not a document")
        #expect(AttachmentKind.of(Array("<html><script>alert(1)</script>".utf8)) == nil)
        #expect(AttachmentKind.of(Array("MZ\u{90}".utf8)) == nil)
        #expect(AttachmentKind.of([]) == nil)
        for kind in AttachmentKind.allCases { #expect(AttachmentKind(mediaType: kind.mediaType) == kind) }
    }
}
