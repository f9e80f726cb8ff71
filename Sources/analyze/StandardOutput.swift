#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Standard output, buffered: rows are collected and written in large pieces, and flushed
/// whenever the input side is about to wait, so a stream gets its answers as it goes.
final class StandardOutput {
    private var buffer: [UInt8] = []
    private let threshold = 1 << 16

    /// Appends `bytes`, writing when the buffer is full.
    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= threshold { flush() }
    }

    /// Writes what is buffered. A closed pipe (`analyze score | head`) ends the program
    /// quietly, as other command-line tools do.
    func flush() {
        var start = 0
        while start < buffer.count {
            let written = buffer[start...].withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                exit(errno == EPIPE ? 0 : 1)
            }
            start += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
