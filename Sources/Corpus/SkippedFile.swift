/// A file (or one record of a file) the corpus reader could not use. The run goes on
/// without it; the report counts these by reason.
public struct SkippedFile: Error, Sendable, Equatable {
    /// Why something was skipped.
    public enum Reason: String, Error, Sendable, CaseIterable {
        case unreadable = "unreadable"
        case permissionDenied = "permission denied"
        case notRegularFile = "not a regular file"
        case linkOutsideCorpus = "link outside the corpus"
        case unreadableFolder = "folder not readable"
        case invalidUTF8 = "not valid UTF-8"
        case binary = "binary file"
        case unsupportedType = "unsupported file type"
        case emptyText = "no text"
        case malformedRecord = "malformed record"
        case malformedFrontMatter = "malformed front matter"
        case tooLarge = "too large"
        case otherEncoding = "not UTF-8, decoded"
        case unreadableDate = "unreadable date"
        case duplicateID = "duplicate id"
        case noMetadataRow = "no row in metadata.csv"
    }

    /// The largest document text read, in bytes: token offsets are 32-bit, and one article
    /// of this size is a whole archive that should be split.
    public static let maximumDocumentBytes = 1 << 30

    /// Path relative to the corpus root, with `:LINE` for a record of a CSV or JSON Lines file.
    public let path: String
    /// The kind of problem.
    public let reason: Reason
    /// What exactly is wrong and what to do, for the warning line.
    public let detail: String
    /// Whether the document was still read: a front-matter problem (the front matter is
    /// ignored), a file decoded from another encoding, a date that cannot be read (the
    /// document has none), or a warning about a whole file whose documents were read.
    public let documentKept: Bool

    public init(path: String, reason: Reason, detail: String, documentKept: Bool = false) {
        self.path = path
        self.reason = reason
        self.detail = detail
        self.documentKept = documentKept
    }

    /// One line for stderr: `warning: PATH: DETAIL`.
    public var message: String {
        "\(path): \(detail)"
    }
}
