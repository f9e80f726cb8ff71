import ArgumentParser
import Corpus
import Foundation

/// The texts of `analyze entities` and `analyze figures`: each file named, or stdin when
/// none is, decoded as `analyze` decodes corpus files (an `.html` or `.htm` file is read for
/// its article text), handed to `body` one at a time so
/// that each text's rows can be printed before the next is read.
///
/// A file is read only when it is a regular file of at most 1 GiB. Standard input is read as
/// a stream, line by line, and never held whole: a text longer than `partBytes` is cut at
/// the first paragraph break (blank line) after that size, and each part is handed on as
/// soon as it is read, named `stdin:1`, `stdin:2`, ... (a text that needs no cut is named `stdin`);
/// text without blank lines is cut at the first line end past twice that size.
/// A line longer than `maximumLineBytes` is left out with a warning.
enum TextInputs {
    /// The size after which standard input is cut at the next paragraph break.
    static let partBytes = 1 << 20
    /// The longest line of standard input kept.
    static let maximumLineBytes = 16 << 20

    /// Calls `body` with each input's name and text. A file that is not text (binary, UTF-16
    /// without a byte-order mark) is skipped with a warning, one in another encoding read
    /// with one; a file that cannot be read stops the command.
    static func forEach(_ files: [String], console: Console, flush: @escaping () -> Void,
                        _ body: (_ name: String, _ text: String) throws -> Void) throws {
        if files.isEmpty {
            try readStandardInput(console: console, flush: flush, body)
            return
        }
        var handed = 0
        for path in files {
            let bytes: [UInt8]
            do {
                bytes = try RegularFile.read(path: path, limit: SkippedFile.maximumDocumentBytes)
            } catch let failure as RegularFile.Failure {
                throw CorpusError.corpusNotReadable(path: path, reason: failure.detail)
            }
            let lowered = path.lowercased()
            if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") {
                if let page = HTMLText.parse(bytes), !page.text.isEmpty {
                    if let note = page.note { console.warning("\(path): \(note)") }
                    try body(path, InvisibleCharacters.removed(from: page.text).text)
                    handed += 1
                } else {
                    console.warning("\(path): holds no text; remove it or add the article")
                }
                flush()
                continue
            }
            do {
                let decoded = try TextFileDecoder.decodeDetectingEncoding(bytes)
                if let note = decoded.note { console.warning("\(path): \(note)") }
                try body(path, InvisibleCharacters.removed(from: decoded.text).text)
                handed += 1
            } catch let failure as TextFileDecoder.Failure {
                console.warning("\(path): \(failure.detail)")
            }
            flush()
        }
        try noneRead(handed: handed, skipped: files.count - handed, console: console)
    }

    /// Stops the command (exit status 1) when every input was skipped.
    static func noneRead(handed: Int, skipped: Int, console: Console) throws {
        guard handed == 0, skipped > 0 else { return }
        console.error("none of the inputs could be read (\(skipped) skipped, see the warnings above); fix or convert them")
        throw ExitCode.failure
    }

    /// "UTF-16" or "UTF-32" when `bytes` start with that encoding's byte-order mark.
    static func wideEncoding(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32" }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        return nil
    }

    private static func readStandardInput(console: Console, flush: @escaping () -> Void,
                                          _ body: (_ name: String, _ text: String) throws -> Void) throws {
        var reader = BufferedByteReader(handle: FileHandle.standardInput)
        reader.beforeWaiting = flush
        var part: [UInt8] = []
        var parts = 0
        var handed = 0
        var skipped = 0
        var lineNumber = 0
        func emit(final: Bool) throws {
            guard !part.isEmpty || (parts == 0 && final) else { return }
            parts += 1
            let name = final && parts == 1 ? "stdin" : "stdin:\(parts)"
            if parts == 1, let encoding = wideEncoding(part) {
                console.error("stdin: \(encoding) (it starts with that byte-order mark); convert it first: iconv -f \(encoding) -t UTF-8")
                throw ExitCode.failure
            }
            do {
                let decoded = try TextFileDecoder.decodeDetectingEncoding(part)
                if let note = decoded.note { console.warning("stdin part \(parts) (before line \(lineNumber + 1)): \(note)") }
                try body(name, InvisibleCharacters.removed(from: decoded.text).text)
                handed += 1
            } catch let failure as TextFileDecoder.Failure {
                console.warning("stdin part \(parts) (before line \(lineNumber + 1)): \(failure.detail)")
                skipped += 1
            }
            part.removeAll(keepingCapacity: true)
        }
        while let line = try reader.readLine(limit: maximumLineBytes) {
            lineNumber += 1
            switch line {
            case .tooLong(let bytes):
                console.warning("stdin line \(lineNumber): \(bytes) bytes, longer than the limit of \(maximumLineBytes); left out")
            case .line(let bytes):
                let blank = bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 }
                if blank && part.count >= partBytes {
                    try emit(final: false)
                    flush()
                } else {
                    part.append(contentsOf: bytes)
                    part.append(0x0A)
                    // Text without blank lines is cut at a line end past twice the size.
                    if part.count >= 2 * partBytes {
                        try emit(final: false)
                        flush()
                    }
                }
            }
        }
        if !part.isEmpty || parts == 0 { try emit(final: true) }
        try noneRead(handed: handed, skipped: skipped, console: console)
    }
}
