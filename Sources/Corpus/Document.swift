/// One article of a corpus: its text as read (BOM removed, line ends normalised to LF,
/// front matter taken off, soft hyphens and zero-width spaces removed) and its metadata.
public struct Document: Sendable {
    /// Where the document came from, relative to the corpus root: `sub/a.txt`, or
    /// `export.csv:12` / `feed.jsonl:3` (file and line) for a record of a CSV or JSON Lines file,
    /// unless the record names itself in a `file` or `id` column.
    public let id: String
    /// Position of the document in the corpus's stable order (0-based).
    public internal(set) var sequenceNumber: Int
    /// Metadata by column name (`outlet`, `date`, `title`, any other column). `outlet` is
    /// always present: from the metadata, else the subfolder, else `unknown`.
    public var metadata: [String: String]
    /// The raw article text, before cleaning (without invisible characters: see
    /// `InvisibleCharacters`).
    public internal(set) var text: String
    /// The file format the document was read from.
    public let format: DocumentFormat

    public init(id: String, sequenceNumber: Int, metadata: [String: String], text: String, format: DocumentFormat) {
        self.id = id
        self.sequenceNumber = sequenceNumber
        self.metadata = metadata
        self.text = text
        self.format = format
    }

    /// The value of a metadata column, or nil when it is missing or empty.
    public func value(of column: String) -> String? {
        guard let value = metadata[column], !value.isEmpty else { return nil }
        return value
    }
}

/// The shape a document was stored in.
public enum DocumentFormat: String, Sendable {
    /// A `.txt` file.
    case plainText = "txt"
    /// A `.md` file (link targets and image addresses are dropped when read).
    case markdown = "md"
    /// An `.html` or `.htm` page (its article text; see `HTMLText`).
    case html = "html"
    /// One row of a CSV file of documents.
    case csvRecord = "csv"
    /// One line of a JSON Lines file.
    case jsonLine = "jsonl"
}

/// Characters that are in a text but not seen: the soft hyphen (U+00AD, a place where a word
/// may break), the zero-width space (U+200B), the word joiner (U+2060) and the zero-width
/// no-break space (U+FEFF) inside the text. Left in, they cut words and names in two
/// ("Mer\u{AD}kel" would count as "mer" and "kel"); every document's text is read without them.
public enum InvisibleCharacters {
    /// The length of the invisible character at `i` in `bytes`, or 0.
    @inline(__always)
    static func length(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let n = bytes.count
        switch bytes[i] {
        case 0xC2: return i + 1 < n && bytes[i + 1] == 0xAD ? 2 : 0
        case 0xE2:
            guard i + 2 < n else { return 0 }
            return (bytes[i + 1] == 0x80 && bytes[i + 2] == 0x8B) || (bytes[i + 1] == 0x81 && bytes[i + 2] == 0xA0) ? 3 : 0
        case 0xEF: return i + 2 < n && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF ? 3 : 0
        default: return 0
        }
    }

    /// `text` without them, and how many were removed.
    public static func removed(from text: String) -> (text: String, count: Int) {
        var copy = text
        let first = copy.withUTF8 { buffer -> Int? in
            for i in 0..<buffer.count where length(at: i, in: buffer) > 0 { return i }
            return nil
        }
        guard let first else { return (text, 0) }
        return copy.withUTF8 { buffer -> (String, Int) in
            var kept = [UInt8](buffer[..<first])
            kept.reserveCapacity(buffer.count)
            var count = 0
            var i = first
            while i < buffer.count {
                let skip = length(at: i, in: buffer)
                if skip > 0 {
                    count += 1
                    i += skip
                } else {
                    kept.append(buffer[i])
                    i += 1
                }
            }
            return (String(decoding: kept, as: UTF8.self), count)
        }
    }
}
