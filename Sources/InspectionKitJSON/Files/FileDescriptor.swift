#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import InspectionKit

/// A POSIX file descriptor with the few operations durability needs: full writes, fsync, truncate, advisory locks.
final class FileDescriptor: @unchecked Sendable {
    let fd: Int32
    let path: String

    private init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    deinit { close(fd) }

    /// Opens `path` with `flags`; a file it creates is owner-only (0600), whatever the umask.
    static func openFile(_ path: String, _ flags: Int32) throws(StoreError) -> FileDescriptor {
        let fd = open(path, flags | O_CLOEXEC, Permissions.file)
        guard fd >= 0 else { throw .os("open", path) }
        let file = FileDescriptor(fd: fd, path: path)
        if flags & O_CREAT != 0, fchmod(fd, Permissions.file) != 0 { throw .os("fchmod", path) }
        return file
    }

    /// Opens a directory, for fsync-ing its entries.
    static func directory(_ path: String) throws(StoreError) -> FileDescriptor {
        try openFile(path, O_RDONLY | O_DIRECTORY)
    }

    /// Writes every byte of `data` at the current offset, retrying short writes and interrupts.
    func writeAll(_ data: Data) throws(StoreError) {
        let failure: Int32? = data.withUnsafeBytes { raw -> Int32? in
            guard var base = raw.baseAddress else { return nil }
            var left = raw.count
            while left > 0 {
                let written = write(fd, base, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                left -= written
                base += written
            }
            return nil
        }
        if let failure { throw .os("write", path, code: failure) }
    }

    /// Forces written data and metadata to the device.
    func sync() throws(StoreError) {
        while fsync(fd) != 0 {
            if errno != EINTR { throw .os("fsync", path) }
        }
    }

    /// Cuts the file to `length` bytes.
    func truncate(to length: Int) throws(StoreError) {
        guard ftruncate(fd, off_t(length)) == 0 else { throw .os("ftruncate", path) }
    }

    /// Moves the offset to the end; returns the file's size.
    @discardableResult
    func seekToEnd() throws(StoreError) -> Int {
        let size = lseek(fd, 0, SEEK_END)
        guard size >= 0 else { throw .os("lseek", path) }
        return Int(size)
    }

    /// Takes an exclusive advisory lock; false when another process holds it and `wait` is false.
    func lockExclusively(wait: Bool) throws(StoreError) -> Bool {
        while flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            if errno == EINTR { continue }
            if errno == EWOULDBLOCK { return false }
            throw .os("flock", path)
        }
        return true
    }
}

extension StoreError {
    /// An operating-system failure of `operation` on `path`.
    static func os(_ operation: String, _ path: String, code: Int32 = errno) -> StoreError {
        let reason = String(cString: strerror(code))
        return StoreError(.io, zh: "\(operation) “\(path)”失败：\(reason)。请检查磁盘空间和权限。",
                          en: "\(operation) of '\(path)' failed: \(reason). Check disk space and permissions.")
    }
}

/// Writes a file atomically and durably: temporary file, fsync, rename over the target, fsync of the directory.
enum AtomicFile {
    static func write(_ data: Data, to url: URL) throws(StoreError) {
        let directory = url.deletingLastPathComponent().path
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        let file = try FileDescriptor.openFile(temporary, O_WRONLY | O_CREAT | O_TRUNC)
        try file.writeAll(data)
        try file.sync()
        guard rename(temporary, url.path) == 0 else {
            let error = StoreError.os("rename", url.path)
            unlink(temporary)
            throw error
        }
        try FileDescriptor.directory(directory).sync()
    }
}
