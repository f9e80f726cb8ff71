import Foundation

/// A streaming RFC 4180 reader: comma-separated fields, double quotes around fields that
/// hold commas, quotes or line breaks, `""` for a quote inside them, CRLF or LF between
/// records, an optional UTF-8 byte-order mark. It reports the line each record starts on,
/// so that an error can name it, and goes on after a bad record.
///
/// Files as Excel and others save them are read too: a semicolon or a tab as the separator
/// when the header line uses it, UTF-16 with a byte-order mark, and fields in Windows-1252
/// (counted, for a warning).
///
/// (CSV.swift, the package we would otherwise use, decodes scalar by scalar and reports
/// neither line numbers nor unterminated quotes, both of which the error messages need.)
public struct CSVRecordReader {
    /// A malformed CSV file.
    public struct Malformed: Error, Equatable {
        /// The 1-based line where the problem is.
        public let line: Int
        /// What is wrong.
        public let problem: String
        /// Whether the reader has moved past the bad record, so that reading can go on with
        /// the next one: to the line after the one the bad record starts on.
        public var recovered = false
    }

    private var source: BufferedByteReader
    private var line = 1
    private var started = false
    /// How often a bad record that ran to the end of the file was read again from its
    /// second line: each such rereading costs the rest of the file, so it is bounded.
    private var rereadsToEnd = 0
    /// Where the parse of the last bad record stopped, and the line it started on: the
    /// records read again from inside that span may be pieces of it.
    private var badSpan: (end: Int, line: Int)?
    /// For the record `next()` just returned: the line of the bad record it was read from
    /// inside of (its text may be a piece of that record, not a record of its own), or nil.
    public private(set) var insideBadRecordOf: Int?
    /// Why the file is no CSV text (NUL bytes in its first 8 KiB), reported by `next()`.
    private var notText: String?

    /// The field separator: a comma, or the semicolon or tab the header line uses instead
    /// (as Excel saves CSV where the comma is the decimal mark).
    public private(set) var separator = UInt8(ascii: ",")
    /// How the file was read when it is UTF-16 or UTF-32 (told by its byte-order mark).
    public private(set) var fileEncoding: TextFileDecoder.Encoding?
    /// Fields that were not valid UTF-8 and were read as Windows-1252 (or as UTF-8 with
    /// U+FFFD for their bad bytes), how they were read, and the line of the first.
    public private(set) var recodedFields = 0
    public private(set) var recodedEncoding: TextFileDecoder.Encoding?
    public private(set) var firstRecodedLine: Int?

    /// The largest record read, in bytes: a longer one (an unclosed quote in a huge file,
    /// or a file that is no CSV) stops the reader instead of filling the memory.
    public static let maximumRecordBytes = SkippedFile.maximumDocumentBytes + (1 << 20)

    /// How many bad records that run to the end of the file are read again from their second line.
    public static let maximumRereadsToEnd = 20

    /// Opens `path` for reading, with `separator`, or the one its header line uses when nil.
    /// Throws `RegularFile.Failure`.
    public init(path: String, separator: UInt8? = nil) throws {
        try self.init(rawPath: Array(path.utf8), separator: separator)
    }

    /// Opens the file at `rawPath` (bytes) for reading. Throws `RegularFile.Failure`.
    public init(rawPath: [UInt8], separator: UInt8? = nil) throws {
        source = try BufferedByteReader(rawPath: rawPath)
        let start = try source.lookahead()
        if start.starts(with: [0xFF, 0xFE]) || start.starts(with: [0xFE, 0xFF]) || start.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            // UTF-16 (Excel's "Unicode text") or UTF-32: read whole, as UTF-8.
            let bytes = try RegularFile.read(rawPath: rawPath, limit: SkippedFile.maximumDocumentBytes)
            let decoded = try TextFileDecoder.decodeDetectingEncoding(bytes)
            fileEncoding = decoded.encoding
            source = BufferedByteReader(bytes: Array(decoded.text.utf8))
        }
        // A file that is no CSV text: compressed, an archive, UTF-16 or UTF-32 without a
        // byte-order mark. (A stray NUL byte in a field is not enough: exports have them.)
        let head = try source.lookahead()
        if let nul = head.prefix(TextFileDecoder.binaryProbeLength).firstIndex(of: 0) {
            let bytes = Array(head.prefix(TextFileDecoder.binaryProbeLength))
            if TextFileDecoder.looksLikeUTF16(bytes) {
                notText = TextFileDecoder.Failure.utf16WithoutByteOrderMark.detail
            } else if TextFileDecoder.looksLikeUTF32(bytes) {
                notText = TextFileDecoder.Failure.utf32WithoutByteOrderMark.detail
            } else if let kind = TextFileDecoder.binaryKind(bytes) {
                notText = "binary data (a NUL byte at offset \(nul - head.startIndex)): \(kind)"
            }
        }
        self.separator = try separator ?? Self.sniffSeparator(source.lookahead())
    }


    /// What to warn of once the file is read: that it is UTF-16, that fields were not UTF-8.
    public var encodingWarnings: [String] {
        var warnings: [String] = []
        if let fileEncoding {
            warnings.append("read as \(fileEncoding.rawValue), told by its byte-order mark; re-save it as UTF-8 to silence this warning")
        }
        if recodedFields > 0, let line = firstRecodedLine {
            let count = recodedFields == 1 ? "1 field is" : "\(recodedFields) fields are"
            let how = recodedEncoding == .windows1252 ? "read as Windows-1252 (Latin-1), check their accented letters"
                                                      : "their bad bytes read as U+FFFD (\u{FFFD})"
            warnings.append("\(count) not UTF-8 (the first on line \(line)); \(how) or re-save the file as UTF-8")
        }
        return warnings
    }

    /// The separator's name for messages: "commas", "semicolons" or "tabs".
    public static func name(of separator: UInt8) -> String {
        switch separator {
        case UInt8(ascii: ";"): return "semicolons"
        case UInt8(ascii: "\t"): return "tabs"
        default: return "commas"
        }
    }

    /// The separator of a header line: the one of comma, semicolon and tab that occurs most
    /// often outside quotes before the first line end (a comma when none does, or on a tie).
    static func sniffSeparator(_ bytes: ArraySlice<UInt8>) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { quoted.toggle(); continue }
            if !quoted, byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            if !quoted, counts[byte] != nil { counts[byte]! += 1 }
        }
        var best = UInt8(ascii: ",")
        for candidate in [UInt8(ascii: ";"), UInt8(ascii: "\t")] where counts[candidate]! > counts[best]! {
            best = candidate
        }
        return best
    }

    /// Bytes read from the file so far, for progress.
    public var bytesRead: Int { source.bytesRead }

    /// The next record with the line it starts on, or nil at the end of the file.
    /// Blank lines between records are skipped.
    public mutating func next() throws -> (line: Int, fields: [String])? {
        if let notText {
            throw Malformed(line: 1, problem: notText)
        }
        if !started {
            started = true
            if try source.lookahead().starts(with: [0xEF, 0xBB, 0xBF]) {
                for _ in 0..<3 { _ = try source.next() }
            }
        }
        // Skip blank lines.
        while let byte = try source.peek(), byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
            _ = try source.next()
            // LF ends a line; so does a CR that is not followed by LF.
            let next = try source.peek()
            if byte == UInt8(ascii: "\n") || next != UInt8(ascii: "\n") { line += 1 }
        }
        guard try source.peek() != nil else { return nil }

        let recordLine = line
        if let span = badSpan, source.offset < span.end {
            insideBadRecordOf = span.line
        } else {
            insideBadRecordOf = nil
            badSpan = nil
        }
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var afterClosingQuote = false
        var fieldStartLine = line
        var recordBytes = 0
        /// The offset just after the record's first line end, when it has one.
        var secondLineStart: Int?

        func finishField() {
            if let text = String(validating: field, as: UTF8.self) {
                fields.append(text)
            } else {
                let (text, encoding) = TextFileDecoder.decodeNotUTF8(field)
                fields.append(text)
                recodedFields += 1
                if recodedEncoding != .windows1252 { recodedEncoding = encoding }
                if firstRecodedLine == nil { firstRecodedLine = fieldStartLine }
            }
            field.removeAll(keepingCapacity: true)
            afterClosingQuote = false
        }

        do {
            while let byte = try source.next() {
                recordBytes += 1
                if recordBytes > Self.maximumRecordBytes {
                    throw Malformed(line: recordLine, problem: "a record larger than 1 GiB (an unclosed quote?); split the file or fix its quotes")
                }
                if quoted {
                    if byte == UInt8(ascii: "\"") {
                        if try source.peek() == UInt8(ascii: "\"") {
                            _ = try source.next()
                            field.append(byte)
                        } else {
                            quoted = false
                            afterClosingQuote = true
                        }
                    } else {
                        let nextByte = try source.peek()
                        let lineEnd = byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && nextByte != UInt8(ascii: "\n"))
                        if lineEnd {
                            line += 1
                            if secondLineStart == nil { secondLineStart = source.offset }
                        }
                        field.append(byte)
                    }
                    continue
                }
                if byte == separator {
                    finishField()
                    fieldStartLine = line
                    continue
                }
                switch byte {
                case UInt8(ascii: "\n"):
                    line += 1
                    finishField()
                    return (recordLine, fields)
                case UInt8(ascii: "\r"):
                    if try source.peek() == UInt8(ascii: "\n") { continue }
                    line += 1
                    finishField()
                    return (recordLine, fields)
                case UInt8(ascii: "\""):
                    if field.isEmpty && !afterClosingQuote {
                        quoted = true
                        fieldStartLine = line
                    } else {
                        throw Malformed(line: line, problem: "a double quote inside an unquoted field; put the field in double quotes and double the quote (\"\")")
                    }
                default:
                    if afterClosingQuote {
                        throw Malformed(line: line, problem: "text after a closing double quote; a quoted field must end at a separator or line end")
                    }
                    field.append(byte)
                }
            }
            if quoted {
                throw Malformed(line: fieldStartLine, problem: "a quoted field is never closed; add the closing double quote")
            }
        } catch let malformed as Malformed {
            // Named by the line the record starts on, where a quote was likely left open.
            var named = malformed.line == recordLine ? malformed
                : Malformed(line: recordLine, problem: "the record that starts on this line breaks on line \(malformed.line), a quote left open? (\(malformed.problem))")
            let stoppedAt = source.offset
            named.recovered = try recover(recordLine: recordLine, secondLineStart: secondLineStart)
            if secondLineStart != nil { badSpan = (stoppedAt, recordLine) }
            throw named
        }
        finishField()
        return (recordLine, fields)
    }

    /// Moves past a bad record that starts on `recordLine`: back to its second line when it
    /// spans lines (the quote that made it span them is the likely fault), else to the end of
    /// its line. False when reading cannot go on.
    private mutating func recover(recordLine: Int, secondLineStart: Int?) throws -> Bool {
        if let secondLineStart {
            if try source.peek() == nil {
                rereadsToEnd += 1
                if rereadsToEnd > Self.maximumRereadsToEnd { return false }
            }
            guard source.seek(to: secondLineStart) else { return false }
            line = recordLine + 1
            return true
        }
        while let byte = try source.next() {
            if byte == UInt8(ascii: "\n") { break }
            if byte == UInt8(ascii: "\r") {
                if try source.peek() == UInt8(ascii: "\n") { _ = try source.next() }
                break
            }
        }
        line = recordLine + 1
        return true
    }
}
