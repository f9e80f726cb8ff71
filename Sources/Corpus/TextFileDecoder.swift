import Foundation

/// Turns the bytes of a text file into a `String`: rejects binary data and invalid
/// UTF-8 (saying where the first bad byte is), drops a UTF-8 byte-order mark, and
/// normalises CRLF and lone CR line ends to LF.
public enum TextFileDecoder {
    /// Why bytes could not be decoded.
    public enum Failure: Error, Equatable {
        /// A NUL byte at this offset (in the first 8 KiB): not a text file.
        case binary(offset: Int)
        /// The first byte that is not part of valid UTF-8, with its 1-based line and column (in bytes).
        case invalidUTF8(offset: Int, line: Int, column: Int)

        /// A message that names the position and the fix.
        public var detail: String {
            switch self {
            case .binary(let offset):
                return "binary data (a NUL byte at offset \(offset)); not a text file, convert it to .txt or remove it"
            case .invalidUTF8(let offset, let line, let column):
                return "not valid UTF-8 (first bad byte at offset \(offset), line \(line), column \(column)); re-save it as UTF-8"
            }
        }
    }

    /// How many leading bytes are searched for a NUL byte.
    public static let binaryProbeLength = 8192

    /// Decodes `bytes` as described above.
    public static func decode(_ bytes: [UInt8]) throws -> String {
        try bytes.withUnsafeBufferPointer { buffer in
            let probe = min(buffer.count, binaryProbeLength)
            for i in 0..<probe where buffer[i] == 0 {
                throw Failure.binary(offset: i)
            }
            if let bad = UTF8Validation.firstInvalidByte(in: buffer) {
                let (line, column) = position(of: bad, in: buffer)
                throw Failure.invalidUTF8(offset: bad, line: line, column: column)
            }
            var start = 0
            if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
            let body = UnsafeBufferPointer(rebasing: buffer[start...])
            guard body.contains(UInt8(ascii: "\r")) else {
                return String(decoding: body, as: UTF8.self)
            }
            var normalised = [UInt8]()
            normalised.reserveCapacity(body.count)
            var i = 0
            while i < body.count {
                let byte = body[i]
                if byte == UInt8(ascii: "\r") {
                    normalised.append(UInt8(ascii: "\n"))
                    if i + 1 < body.count, body[i + 1] == UInt8(ascii: "\n") { i += 1 }
                } else {
                    normalised.append(byte)
                }
                i += 1
            }
            return String(decoding: normalised, as: UTF8.self)
        }
    }

    /// `text` with CRLF and lone CR line ends turned into LF (for text from a CSV field or
    /// a JSON string, which is already known to be valid).
    public static func normaliseLineEnds(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// 1-based line and byte column of `offset`.
    static func position(of offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for i in 0..<offset where buffer[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        return (line, offset - lineStart + 1)
    }
}

/// A strict UTF-8 check (no overlong forms, no surrogates, nothing above U+10FFFF).
public enum UTF8Validation {
    /// The offset of the first byte that does not start or continue a valid sequence, or nil.
    public static func firstInvalidByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            guard i + 1 < n, bytes[i + 1] >= lower, bytes[i + 1] <= upper else { return i }
            for k in 2..<length {
                guard i + k < n, bytes[i + k] & 0xC0 == 0x80 else { return i }
            }
            i += length
        }
        return nil
    }

    /// Whether `bytes` are valid UTF-8.
    public static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { firstInvalidByte(in: $0) == nil }
    }
}
