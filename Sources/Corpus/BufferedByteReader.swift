import Foundation

/// Reads a file in 1 MiB chunks, byte by byte or line by line, so that a large CSV or
/// JSON Lines corpus never has to sit in memory whole.
struct BufferedByteReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var exhausted = false
    private let chunkSize: Int

    init(path: String, chunkSize: Int = 1 << 20) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoPermission)
        }
        self.handle = handle
        self.chunkSize = chunkSize
    }

    /// Refills the buffer; false at the end of the file.
    private mutating func refill() throws -> Bool {
        if exhausted { return false }
        let data = try handle.read(upToCount: chunkSize) ?? Data()
        if data.isEmpty {
            exhausted = true
            try? handle.close()
            return false
        }
        buffer = [UInt8](data)
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
    mutating func readLine() throws -> [UInt8]? {
        var line = [UInt8]()
        var sawAny = false
        while true {
            if position == buffer.count {
                guard try refill() else { break }
            }
            sawAny = true
            if let newline = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) {
                line.append(contentsOf: buffer[position..<newline])
                position = newline + 1
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return line
            }
            line.append(contentsOf: buffer[position...])
            position = buffer.count
        }
        if !sawAny && line.isEmpty { return nil }
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        return line
    }
}
