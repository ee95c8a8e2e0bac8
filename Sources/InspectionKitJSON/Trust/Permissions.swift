#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import InspectionKit

/// Owner-only permissions for everything a store or a key vault writes: files 0600, directories 0700, set explicitly so
/// that no umask widens (or narrows) them.
enum Permissions {
    static let file: mode_t = 0o600
    static let directory: mode_t = 0o700

    /// Creates `url` (and missing parents) as a 0700 directory, or tightens an existing one to 0700.
    static func makePrivateDirectory(_ url: URL) throws(StoreError) {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: Int(directory)])
        } catch {
            throw StoreError(.io, zh: "无法创建目录“\(url.path)”：\(error.localizedDescription)", en: "Cannot create the directory '\(url.path)': \(error.localizedDescription)")
        }
        guard chmod(url.path, directory) == 0 else { throw .os("chmod", url.path) }
    }

    /// Refuses a key file that others may read or write: it must be owner-only (like ssh's private keys).
    static func refuseLoose(_ path: String, what: LocalizedText) throws(StoreError) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .os("stat", path) }
        guard info.st_mode & 0o077 == 0 else {
            let mode = String(info.st_mode & 0o777, radix: 8)
            throw StoreError(.keys, zh: "\(what.zh)“\(path)”的权限为 \(mode)，其他用户可以读取：请执行 chmod 600 “\(path)”，并考虑更换该密钥。",
                             en: "The \(what.en) '\(path)' has mode \(mode), so other users can read it: run chmod 600 '\(path)', and consider rotating the key.")
        }
    }
}
