import Foundation

/// A streaming RFC 4180 reader: comma-separated fields, double quotes around fields that
/// hold commas, quotes or line breaks, `""` for a quote inside them, CRLF or LF between
/// records, an optional UTF-8 byte-order mark. It reports the line each record starts on,
/// so that an error can name it.
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
    }

    private var source: BufferedByteReader
    private var line = 1
    private var started = false

    /// The largest record read, in bytes: a longer one (an unclosed quote in a huge file,
    /// or a file that is no CSV) stops the reader instead of filling the memory.
    public static let maximumRecordBytes = SkippedFile.maximumDocumentBytes + (1 << 20)

    /// Opens `path` for reading. Throws `RegularFile.Failure`.
    public init(path: String) throws {
        source = try BufferedByteReader(path: path)
    }

    /// Opens the file at `rawPath` (bytes) for reading. Throws `RegularFile.Failure`.
    public init(rawPath: [UInt8]) throws {
        source = try BufferedByteReader(rawPath: rawPath)
    }

    /// Bytes read from the file so far, for progress.
    public var bytesRead: Int { source.bytesRead }

    /// The next record with the line it starts on, or nil at the end of the file.
    /// Blank lines between records are skipped.
    public mutating func next() throws -> (line: Int, fields: [String])? {
        if !started {
            started = true
            if try source.peek() == 0xEF {
                _ = try source.next()
                guard try source.next() == 0xBB, try source.next() == 0xBF else {
                    throw Malformed(line: 1, problem: "not valid UTF-8 at the start of the file; re-save it as UTF-8")
                }
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
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var afterClosingQuote = false
        var fieldStartLine = line
        var recordBytes = 0

        func finishField() throws {
            guard let text = String(validating: field, as: UTF8.self) else {
                throw Malformed(line: fieldStartLine, problem: "not valid UTF-8; re-save the file as UTF-8")
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            afterClosingQuote = false
        }

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
                    if byte == UInt8(ascii: "\n") {
                        line += 1
                    } else if byte == UInt8(ascii: "\r"), try source.peek() != UInt8(ascii: "\n") {
                        line += 1
                    }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                try finishField()
                fieldStartLine = line
            case UInt8(ascii: "\n"):
                line += 1
                try finishField()
                return (recordLine, fields)
            case UInt8(ascii: "\r"):
                if try source.peek() == UInt8(ascii: "\n") { continue }
                line += 1
                try finishField()
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
                    throw Malformed(line: line, problem: "text after a closing double quote; a quoted field must end at a comma or line end")
                }
                field.append(byte)
            }
        }
        if quoted {
            throw Malformed(line: fieldStartLine, problem: "a quoted field is never closed; add the closing double quote")
        }
        try finishField()
        return (recordLine, fields)
    }
}
