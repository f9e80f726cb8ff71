#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The one way this program opens a file it reads: only a regular file is opened, without
/// blocking (a FIFO named `x.txt` must not hang the run), and its size is known before a
/// byte is read, so that a file too large is refused without being loaded.
public enum RegularFile {
    /// Why a path could not be opened as a regular file.
    public enum Failure: Error, Equatable, Sendable {
        case notFound
        case linkLoop
        case permissionDenied
        /// A folder, FIFO, socket or device; the associated value names the kind.
        case notRegular(kind: String)
        case tooLarge(bytes: Int, limit: Int)
        case io(String)

        /// What is wrong and what to do, for a message after the path.
        public var detail: String {
            switch self {
            case .notFound: return "does not exist"
            case .linkLoop: return "is a link in a loop of links"
            case .permissionDenied: return "cannot be read: permission denied; check its permissions"
            case .notRegular(let kind): return "is \(kind), not a regular file; only regular files are read"
            case .tooLarge(let bytes, let limit): return "is \(bytes) bytes, more than the limit of \(limit)"
            case .io(let reason): return "cannot be read (\(reason))"
            }
        }
    }

    /// The largest option file read (stopwords, lexicon, entities): 256 MiB.
    public static let maximumOptionFileBytes = 256 << 20

    /// An open regular file.
    public struct Opened {
        /// A handle that closes the descriptor when released.
        public let handle: FileHandle
        /// The size in bytes when it was opened.
        public let size: Int
    }

    /// The kind of a `stat` mode, for messages ("a FIFO (named pipe)").
    public static func kindName(mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFLNK: return "a symbolic link"
        case S_IFREG: return "a regular file"
        default: return "a special file"
        }
    }

    /// Opens `path` (bytes, as a file name may not be UTF-8) for reading. Throws `Failure`.
    public static func open(rawPath: [UInt8], limit: Int? = nil) throws -> Opened {
        var cPath = rawPath.map { CChar(bitPattern: $0) }
        cPath.append(0)
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
        let fd = cPath.withUnsafeBufferPointer { Glibc.open($0.baseAddress!, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else { throw failure(errno: errno) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let error = failure(errno: errno)
            close(fd)
            throw error
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw Failure.notRegular(kind: kindName(mode: info.st_mode))
        }
        let size = Int(info.st_size)
        if let limit, size > limit {
            close(fd)
            throw Failure.tooLarge(bytes: size, limit: limit)
        }
        // Reads of a regular file never block; clear the flag all the same.
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        return Opened(handle: FileHandle(fileDescriptor: fd, closeOnDealloc: true), size: size)
    }

    /// Opens `path` for reading. Throws `Failure`.
    public static func open(path: String, limit: Int? = nil) throws -> Opened {
        try open(rawPath: Array(path.utf8), limit: limit)
    }

    /// The whole content of the regular file at `rawPath`, refused without reading when it
    /// is larger than `limit` (also when it grows past it while being read).
    public static func read(rawPath: [UInt8], limit: Int) throws -> [UInt8] {
        let opened = try open(rawPath: rawPath, limit: limit)
        var bytes = [UInt8]()
        bytes.reserveCapacity(opened.size)
        do {
            while true {
                guard let chunk = try opened.handle.read(upToCount: 1 << 20), !chunk.isEmpty else { break }
                bytes.append(contentsOf: chunk)
                if bytes.count > limit { throw Failure.tooLarge(bytes: bytes.count, limit: limit) }
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.io((error as NSError).localizedDescription)
        }
        return bytes
    }

    /// The whole content of the regular file at `path` (see `read(rawPath:limit:)`).
    public static func read(path: String, limit: Int) throws -> [UInt8] {
        try read(rawPath: Array(path.utf8), limit: limit)
    }

    static func failure(errno code: Int32) -> Failure {
        switch code {
        case ENOENT, ENOTDIR: return .notFound
        case ELOOP: return .linkLoop
        case EACCES, EPERM: return .permissionDenied
        case EISDIR: return .notRegular(kind: "a folder")
        case ENXIO: return .notRegular(kind: "a socket or device")
        default: return .io(String(cString: strerror(code)))
        }
    }
}
