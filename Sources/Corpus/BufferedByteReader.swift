#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Reads a file in 1 MiB chunks, byte by byte or line by line, so that a large CSV or
/// JSON Lines corpus never has to sit in memory whole; and standard input as a stream
/// (each `read` returns what is there, so a line is answered as soon as it arrives).
public struct BufferedByteReader {
    private let handle: FileHandle?
    private var buffer: [UInt8] = []
    private var position = 0
    private var exhausted = false
    private let chunkSize: Int

    /// Opens `path`; only a regular file is opened. Throws `RegularFile.Failure`.
    init(path: String, chunkSize: Int = 1 << 20) throws {
        try self.init(rawPath: Array(path.utf8), chunkSize: chunkSize)
    }

    /// Opens the file at `rawPath` (bytes); only a regular file is opened. Throws `RegularFile.Failure`.
    init(rawPath: [UInt8], chunkSize: Int = 1 << 20) throws {
        handle = try RegularFile.open(rawPath: rawPath).handle
        self.chunkSize = chunkSize
    }

    /// Bytes read from the file so far (a chunk ahead of what was returned), for progress.
    public private(set) var bytesRead = 0

    /// Called before the reader waits for more input: the place to flush output that
    /// answers what was read so far.
    public var beforeWaiting: (() -> Void)?

    /// Reads `bytes` from memory (a file already read and converted).
    init(bytes: [UInt8]) {
        handle = nil
        chunkSize = max(bytes.count, 1)
        buffer = bytes
        bytesRead = bytes.count
    }

    /// The offset of the next byte in the file.
    var offset: Int { bytesRead - (buffer.count - position) }

    /// Moves to `offset` in a file (not standard input); false when that cannot be done.
    mutating func seek(to offset: Int) -> Bool {
        guard let handle else {
            // In memory: the buffer is the whole file.
            guard offset <= buffer.count else { return false }
            position = offset
            return true
        }
        guard lseek(handle.fileDescriptor, off_t(offset), SEEK_SET) == off_t(offset) else { return false }
        buffer = []
        position = 0
        exhausted = false
        bytesRead = offset
        return true
    }

    /// The bytes read ahead and not yet returned (after reading a chunk if none are): enough
    /// to look at a file's first line.
    mutating func lookahead() throws -> ArraySlice<UInt8> {
        if position == buffer.count { _ = try refill() }
        return buffer[position...]
    }

    /// Reads from an open handle (standard input).
    public init(handle: FileHandle, chunkSize: Int = 1 << 16) {
        self.handle = handle
        self.chunkSize = chunkSize
    }

    /// Refills the buffer; false at the end of the file.
    private mutating func refill() throws -> Bool {
        guard let handle, !exhausted else { return false }
        beforeWaiting?()
        if buffer.count != chunkSize { buffer = [UInt8](repeating: 0, count: chunkSize) }
        var count: Int
        repeat {
            count = buffer.withUnsafeMutableBytes { Glibc.read(handle.fileDescriptor, $0.baseAddress, chunkSize) }
        } while count < 0 && errno == EINTR
        if count < 0 { throw RegularFile.Failure.io(String(cString: strerror(errno))) }
        if count == 0 {
            exhausted = true
            buffer = []
            position = 0
            // The handle closes when the reader goes (a seek back may still need it).
            return false
        }
        if count < chunkSize { buffer.removeSubrange(count...) }
        bytesRead += count
        position = 0
        return true
    }

    /// The next byte, or nil at the end of the file.
    @inline(__always)
    mutating func next() throws -> UInt8? {
        if position == buffer.count {
            guard try refill() else { return nil }
        }
        let byte = buffer[position]
        position += 1
        return byte
    }

    /// The next byte without consuming it.
    @inline(__always)
    mutating func peek() throws -> UInt8? {
        if position == buffer.count {
            guard try refill() else { return nil }
        }
        return buffer[position]
    }

    /// The next line without its LF (and without a CR before it), or nil at the end.
    public mutating func readLine() throws -> [UInt8]? {
        switch try readLine(limit: Int.max) {
        case .line(let line): return line
        case .tooLong: return nil
        case nil: return nil
        }
    }

    /// A line read with a bound on its length.
    public enum BoundedLine: Equatable {
        case line([UInt8])
        /// The line was longer than the limit: its bytes were passed over, not kept.
        case tooLong(bytes: Int)
    }

    /// The next line without its LF (and without a CR before it), or nil at the end. A line
    /// longer than `limit` bytes is consumed without being kept, so memory stays bounded.
    public mutating func readLine(limit: Int) throws -> BoundedLine? {
        var line = [UInt8]()
        var sawAny = false
        var length = 0
        var overflow = false
        while true {
            if position == buffer.count {
                guard try refill() else { break }
            }
            sawAny = true
            let newline = buffer[position...].firstIndex(of: UInt8(ascii: "\n"))
            let end = newline ?? buffer.count
            length += end - position
            if length > limit { overflow = true }
            if !overflow { line.append(contentsOf: buffer[position..<end]) } else { line = [] }
            if let newline {
                position = newline + 1
                if overflow { return .tooLong(bytes: length) }
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return .line(line)
            }
            position = buffer.count
        }
        if !sawAny && length == 0 { return nil }
        if overflow { return .tooLong(bytes: length) }
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        return .line(line)
    }
}
