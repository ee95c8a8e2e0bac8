/// Rules for files attached as evidence: a digest as files are named by, a kind read from the content, a size within
/// the limit. (The frontend that received the file has kept it before the record names it.)
enum AttachmentRules {
    static func check(_ evidence: [EvidenceItem]) throws(DomainError) {
        try check(evidence.compactMap(\.file))
    }

    static func check(_ files: [AttachedFile]) throws(DomainError) {
        for file in files {
            guard AttachedFile.isDigest(file.sha256), AttachmentKind(mediaType: file.mediaType) != nil else {
                throw DomainError(.attachmentType, zh: "附件“\(file.name)”不是可接受的文件（PDF、PNG、JPEG、Word 或 Excel 文档）。",
                                  en: "The file '\(file.name)' is not one accepted (PDF, PNG, JPEG, a Word or an Excel document).")
            }
            guard (1...AttachedFile.maximumSize).contains(file.size) else {
                throw DomainError(.attachmentSize, zh: "附件“\(file.name)”为空或超过 \(AttachedFile.maximumSize >> 20) MB：请压缩或拆分后再上传。",
                                  en: "The file '\(file.name)' is empty or larger than \(AttachedFile.maximumSize >> 20) MB: compress or split it, then upload again.")
            }
        }
    }
}
