import Foundation
import InspectionKit

/// 上传佐证 — a file posted with an evidence form: its kind read from its content, its size checked, kept in the
/// store's attachments (before the record names it), and set on the command's evidence item or work record — the same
/// command as without a file, the record holding the file's SHA-256.
enum Attachments {
    /// The refusal of a body larger than a file may be.
    static var tooLarge: DomainError {
        DomainError(.attachmentSize, zh: "上传的内容超过 \(AttachedFile.maximumSize >> 20) MB：请压缩或拆分文件后再上传。未作任何改动。",
                    en: "What was uploaded is larger than \(AttachedFile.maximumSize >> 20) MB: compress or split the file, then upload again. Nothing was changed.")
    }

    /// `command` with `upload` kept in `store` and set on its (first) evidence item.
    static func attach(_ upload: MultipartBody.Upload, to command: Command, store: (any AttachmentStore)?) async throws -> Command {
        guard upload.bytes.count <= AttachedFile.maximumSize else { throw tooLarge }
        guard let kind = AttachmentKind.of(upload.bytes) else {
            throw DomainError(.attachmentType, zh: "“\(upload.filename)”不是 PDF、PNG、JPEG、Word 或 Excel 文件（按内容识别）：请另存为这些格式之一。未作任何改动。",
                              en: "'\(upload.filename)' is not a PDF, PNG, JPEG, Word or Excel file (by its content): save it as one of those. Nothing was changed.")
        }
        guard let store else {
            throw DomainError(.invalidInput, zh: "本服务器不保存附件：请在“档案号或位置”中注明纸质材料的存放位置。",
                              en: "This server keeps no files: give where the paper evidence is kept instead.")
        }
        var intent = command.intent
        func file(_ sha256: String) -> AttachedFile {
            AttachedFile(sha256: sha256, name: upload.filename.isEmpty ? "evidence.\(kind.rawValue)" : upload.filename, mediaType: kind.mediaType, size: upload.bytes.count)
        }
        switch intent {
        case .rectification(.attachCloseOutEvidence(let id, var items)) where !items.isEmpty:
            items[0].file = file(try await store.put(Data(upload.bytes)))
            intent = .rectification(.attachCloseOutEvidence(id, items))
        case .findings(.draftFinding(let inspection, var content)) where !content.evidence.isEmpty:
            content.evidence[0].file = file(try await store.put(Data(upload.bytes)))
            intent = .findings(.draftFinding(inspection, content))
        case .fieldwork(.recordWork(let inspection, var filing)):
            filing.attachments = [file(try await store.put(Data(upload.bytes)))]
            intent = .fieldwork(.recordWork(inspection, filing))
        default:
            throw DomainError(.invalidInput, zh: "这一办理事项不附带文件。", en: "This step takes no file.")
        }
        return Command(actor: command.actor, intent: intent, reason: command.reason, occurredOn: command.occurredOn)
    }
}
