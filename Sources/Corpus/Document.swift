/// One article of a corpus: its text as read (BOM removed, line ends normalised to LF,
/// front matter taken off) and its metadata.
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
    /// The raw article text, before cleaning.
    public let text: String
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
