import Foundation
import HTTPTypes
import Hummingbird
import InspectionKit
import InspectionKitHTTP

/// 附件下载 — `GET /files/SHA256`: an attached file, only for someone who may read a record that holds it (otherwise the
/// refusal page, the same whether the file exists or not), checked against its digest as it is read, and sent as a
/// download — never shown inline, never as anything a browser would run.
struct FileRoutes {
    let workbench: Workbench

    func register(on router: Router<APIContext>) {
        router.get("files/:sha256") { request, context in
            let viewer = try await workbench.viewer(request, context)
            let sha256 = try context.parameters.require("sha256")
            let path = "/files/\(sha256)"
            let file: AttachedFile
            do {
                file = try await workbench.service.read { engine in try engine.attachedFile(sha256, as: viewer.actor) }
            } catch let error as DomainError {
                return workbench.refusal(error, viewer: viewer, path: path)
            }
            guard let store = workbench.attachments, let bytes = try await store.get(sha256), let kind = AttachmentKind(mediaType: file.mediaType) else {
                return workbench.refusal(DomainError(.unknownRecord, zh: "附件“\(file.name)”不在本服务器的存储中。", en: "The file '\(file.name)' is not in this server's store."),
                                         viewer: viewer, path: path)
            }
            let fallback = "evidence-\(sha256.prefix(12)).\(kind.rawValue)"
            let encoded = file.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? fallback
            return Response(status: .ok, headers: [
                .contentType: kind.mediaType,
                .contentDisposition: #"attachment; filename="\#(fallback)"; filename*=UTF-8''\#(encoded)"#,
                .cacheControl: "no-store",
                .contentSecurityPolicy: "default-src 'none'; sandbox",
                HTTPField.Name("X-Content-Type-Options")!: "nosniff",
            ], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }
}
