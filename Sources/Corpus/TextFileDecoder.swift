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
        /// NUL bytes at every other offset: UTF-16 text without a byte-order mark.
        case utf16WithoutByteOrderMark
        /// Three NUL bytes in most groups of four: UTF-32 text without a byte-order mark.
        case utf32WithoutByteOrderMark

        /// A message that names the position and the fix.
        public var detail: String {
            switch self {
            case .binary(let offset):
                return "binary data (a NUL byte at offset \(offset)); not text, save it as text or remove it"
            case .invalidUTF8(let offset, let line, let column):
                return "not valid UTF-8 (first bad byte at offset \(offset), line \(line), column \(column)); re-save it as UTF-8"
            case .utf16WithoutByteOrderMark:
                return "UTF-16 text without a byte-order mark (NUL bytes at every other offset); re-save it as UTF-8"
            case .utf32WithoutByteOrderMark:
                return "UTF-32 text without a byte-order mark (three NUL bytes in every four); re-save it as UTF-8"
            }
        }
    }

    /// How many leading bytes are searched for a NUL byte.
    public static let binaryProbeLength = 8192

    /// How bytes that are not plain UTF-8 were read.
    public enum Encoding: String, Sendable, Equatable {
        /// UTF-16, little-endian, told by its byte-order mark.
        case utf16LittleEndian = "UTF-16 (little-endian)"
        /// UTF-16, big-endian, told by its byte-order mark.
        case utf16BigEndian = "UTF-16 (big-endian)"
        /// UTF-32, told by its byte-order mark.
        case utf32LittleEndian = "UTF-32 (little-endian)"
        case utf32BigEndian = "UTF-32 (big-endian)"
        /// Windows-1252 as browsers read it (WHATWG), which is also how they read text
        /// labelled ISO-8859-1 (Latin-1): a byte is one character.
        case windows1252 = "Windows-1252"
        /// Mostly UTF-8, with a few bytes that are not: each is read as U+FFFD.
        case utf8WithReplacements = "UTF-8 with invalid bytes"
    }

    /// Text decoded from a file, and how it was read when that was not plain UTF-8.
    public struct Decoded: Equatable, Sendable {
        public var text: String
        /// nil for UTF-8 (with or without a byte-order mark).
        public var encoding: Encoding?
        /// For the warning: what was found and what was done, with the fix.
        public var note: String?
    }

    /// Decodes `bytes` in the encoding they are in: UTF-8 (a byte-order mark dropped);
    /// UTF-16 with a byte-order mark; bytes that are not UTF-8 as Windows-1252, or, when
    /// most of the file is UTF-8 and only a few bytes are not, as UTF-8 with U+FFFD for
    /// those bytes. Line ends become LF. Throws `Failure.binary` for a NUL byte in the first
    /// 8 KiB (naming UTF-16 without a byte-order mark when the NULs say so).
    public static func decodeDetectingEncoding(_ bytes: [UInt8]) throws -> Decoded {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            var scalars = String.UnicodeScalarView()
            var i = 4
            while i + 3 < bytes.count {
                let b = bytes[i..<(i + 4)].map(UInt32.init)
                let value = little ? b[0] | b[1] << 8 | b[2] << 16 | b[3] << 24 : b[3] | b[2] << 8 | b[1] << 16 | b[0] << 24
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                i += 4
            }
            let encoding: Encoding = little ? .utf32LittleEndian : .utf32BigEndian
            return Decoded(text: normaliseLineEnds(String(scalars)), encoding: encoding,
                           note: "read as \(encoding.rawValue), told by its byte-order mark; re-save it as UTF-8 to silence this warning")
        }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let little = bytes[0] == 0xFF
            var units = [UInt16]()
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            let encoding: Encoding = little ? .utf16LittleEndian : .utf16BigEndian
            let text = normaliseLineEnds(String(decoding: units, as: UTF16.self))
            return Decoded(text: text, encoding: encoding,
                           note: "read as \(encoding.rawValue), told by its byte-order mark; re-save it as UTF-8 to silence this warning")
        }
        do {
            return Decoded(text: try decode(bytes), encoding: nil, note: nil)
        } catch Failure.invalidUTF8(let offset, let line, let column) {
            let (text, encoding) = decodeNotUTF8(bytes)
            let place = "first at offset \(offset), line \(line), column \(column)"
            let note: String
            switch encoding {
            case .utf8WithReplacements:
                note = "mostly UTF-8, but some bytes are not (\(place)); they are read as U+FFFD (\u{FFFD}); re-save it as UTF-8"
            default:
                note = "not UTF-8 (\(place)); read as Windows-1252 (Latin-1), check its accented letters or re-save it as UTF-8"
            }
            return Decoded(text: normaliseLineEnds(text), encoding: encoding, note: note)
        } catch Failure.binary(let offset) {
            if looksLikeUTF16(bytes) {
                throw Failure.utf16WithoutByteOrderMark
            }
            if looksLikeUTF32(bytes) {
                throw Failure.utf32WithoutByteOrderMark
            }
            throw Failure.binary(offset: offset)
        }
    }

    /// Text from bytes that are not valid UTF-8 (of a file or a CSV field): as UTF-8 with
    /// U+FFFD for the bad bytes when valid multi-byte sequences are at least as many, else as
    /// Windows-1252. A UTF-8 byte-order mark is dropped.
    public static func decodeNotUTF8<C: Collection>(_ bytes: C) -> (String, Encoding) where C.Element == UInt8 {
        var body = Array(bytes)
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        var valid = 0
        var invalid = 0
        body.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                if buffer[i] < 0x80 { i += 1; continue }
                let rest = UnsafeBufferPointer(rebasing: buffer[i..<min(buffer.count, i + 4)])
                let length = buffer[i] >= 0xF0 ? 4 : buffer[i] >= 0xE0 ? 3 : 2
                if rest.count >= length, UTF8Validation.firstInvalidByte(in: UnsafeBufferPointer(rebasing: rest[0..<length])) == nil {
                    valid += 1
                    i += length
                } else {
                    invalid += 1
                    i += 1
                }
            }
        }
        if valid >= invalid && valid > 0 {
            return (String(decoding: body, as: UTF8.self), .utf8WithReplacements)
        }
        var scalars = String.UnicodeScalarView()
        for byte in body {
            if byte >= 0x80 && byte < 0xA0, let mapped = windows1252High[Int(byte - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return (String(scalars), .windows1252)
    }

    /// Windows-1252's characters for 0x80-0x9F; nil where it has none (the byte is then
    /// read as the C1 control of the same number, as browsers do).
    static let windows1252High: [Unicode.Scalar?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ].map { $0.flatMap(Unicode.Scalar.init(_:)) }

    /// Whether the first bytes look like UTF-32 text without a byte-order mark: three NUL
    /// bytes in most groups of four.
    static func looksLikeUTF32(_ bytes: [UInt8]) -> Bool {
        let probe = Array(bytes.prefix(binaryProbeLength))
        guard probe.count >= 8 else { return false }
        let groups = probe.count / 4
        var nulRuns = 0
        for g in 0..<groups {
            if probe[(g * 4)..<(g * 4 + 4)].filter({ $0 == 0 }).count >= 3 { nulRuns += 1 }
        }
        return nulRuns * 10 >= groups * 8
    }

    /// What a file holding NUL bytes most likely is, by its first bytes, for the message.
    public static func binaryKind(_ bytes: some Collection<UInt8>) -> String? {
        let head = Array(bytes.prefix(8))
        if head.starts(with: [0x1F, 0x8B]) { return "a gzip-compressed file; decompress it (gunzip)" }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "a ZIP archive (or an Excel .xlsx or Word .docx file); unpack it, or save it as CSV or text" }
        if head.starts(with: [0x25, 0x50, 0x44, 0x46]) { return "a PDF file; extract its text first (pdftotext)" }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "an old Office file (.xls or .doc); save it as CSV or text" }
        return nil
    }

    /// Whether the first bytes look like UTF-16 text without a byte-order mark: NUL bytes at
    /// most even or most odd offsets.
    static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        let probe = bytes.prefix(binaryProbeLength)
        guard probe.count >= 4 else { return false }
        var evenNUL = 0, oddNUL = 0
        for (i, byte) in probe.enumerated() where byte == 0 {
            if i % 2 == 0 { evenNUL += 1 } else { oddNUL += 1 }
        }
        let pairs = probe.count / 2
        return max(evenNUL, oddNUL) * 10 >= pairs * 7 && min(evenNUL, oddNUL) * 10 <= pairs
    }

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
