import Foundation

/// What reading a corpus yields, one at a time: a document, or a file (or record) skipped
/// with the reason.
public enum CorpusItem: Sendable {
    case document(Document)
    case skipped(SkippedFile)
}

/// Options that change how a corpus is read.
public struct CorpusOptions: Sendable {
    /// The column (CSV) or key (JSON Lines) that holds a document's text.
    public var textColumn: String
    /// How numeric dates such as `03/01/2020` are read (`--date-format`); nil reads them
    /// only when a day above 12 tells the order.
    public var dateOrder: DateOrder?
    /// Read only the documents dated in this range (`--from`, `--to`); nil reads all.
    public var dateRange: DateRange?

    public init(textColumn: String = "text", dateOrder: DateOrder? = nil, dateRange: DateRange? = nil) {
        self.textColumn = textColumn
        self.dateOrder = dateOrder
        self.dateRange = dateRange
    }
}

/// Reads a corpus folder (recursively, in a stable order) or a single CSV / JSON Lines file
/// of documents, and hands the documents out one at a time, so that a corpus of any size
/// streams through the pipeline.
///
/// In a folder: every `.txt`, `.md` and `.html` file is one document; every `.csv` file other
/// than the root `metadata.csv` and every `.jsonl` file holds one document per record.
/// Metadata comes from, in order of precedence: the root `metadata.csv` row of the file, YAML
/// front matter (or an HTML page's head), the record's own columns (CSV, JSON Lines); a
/// document without an outlet takes the name of its top-level subfolder, else `unknown`.
/// Hidden files and folders are ignored.
public final class CorpusReader {
    /// The kinds of file a corpus folder may hold.
    enum EntryKind {
        case text(DocumentFormat)
        case csv
        case jsonLines
        case unsupported(String)
        /// Not read, for the reason given (found when listing the folder).
        case problem(SkippedFile.Reason, String)
    }

    struct Entry {
        /// The path for ids and messages (a name that is not UTF-8 is shown escaped).
        let relativePath: String
        /// The path's bytes, for opening the file.
        let rawRelativePath: [UInt8]
        let kind: EntryKind
        /// The file's size in bytes (0 for a file that cannot be read).
        var size = 0
    }

    /// The corpus path as the user gave it, for messages.
    public let displayPath: String
    /// The folder paths are relative to.
    public let rootPath: String
    /// Metadata column names in a stable order: those of metadata.csv first, then `outlet`
    /// if missing, then others in the order the documents introduce them.
    public private(set) var metadataColumns: [String]
    /// The number of files to read (documents in CSV or JSON Lines files count once).
    public var fileCount: Int { entries.count }
    /// Total size in bytes of the files to read.
    public let totalBytes: Int
    /// Bytes of the files read so far (of a CSV or JSON Lines file, to its last chunk read),
    /// for progress; at most `totalBytes`.
    public var bytesRead: Int { min(bytesDone + bytesInFile, totalBytes) }
    /// The sizes of the files read whole.
    private var bytesDone = 0
    /// Bytes of the CSV or JSON Lines file being read.
    private var bytesInFile = 0

    /// Whether the corpus folder has a metadata.csv.
    public var hasMetadataFile: Bool { metadata.isPresent }
    /// Whether that metadata.csv has an `outlet` column.
    public var hasOutletColumn: Bool { metadata.columns.contains("outlet") }

    let entries: [Entry]
    let metadata: MetadataTable
    let options: CorpusOptions
    /// Whether the corpus is one CSV or JSON Lines file (not a folder).
    public let isSingleFile: Bool
    private var knownColumns: Set<String>

    /// Opens `path`, lists its files and reads `metadata.csv`. Throws `CorpusError` for a
    /// missing or empty corpus and for a malformed metadata.csv.
    public init(path: String, options: CorpusOptions = CorpusOptions()) throws {
        self.displayPath = path
        self.options = options
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CorpusError.corpusNotFound(path: path)
        }
        var entries: [Entry] = []
        var totalBytes = 0
        if isDirectory.boolValue {
            isSingleFile = false
            rootPath = path
            // Listed with lstat, in byte order; what cannot be read is listed with its reason.
            let listing = try CorpusFolderListing(root: path)
            var listedFiles: Set<[UInt8]> = []
            for item in listing.items where item.rawRelativePath != Array("metadata.csv".utf8) {
                let kind: EntryKind
                if let problem = item.problem {
                    kind = .problem(problem.reason, problem.detail)
                } else {
                    kind = Self.kind(of: item.relativePath)
                    totalBytes += item.size
                    listedFiles.insert(item.rawRelativePath)
                }
                entries.append(Entry(relativePath: item.relativePath, rawRelativePath: item.rawRelativePath, kind: kind,
                                     size: item.problem == nil ? item.size : 0))
            }
            let metadataPath = CorpusPath.join(path, "metadata.csv")
            // metadata.csv follows the rule of the articles: a link must stay in the corpus.
            if let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: metadataPath) {
                guard FileManager.default.fileExists(atPath: metadataPath) else {
                    throw CorpusError.metadata(file: metadataPath, line: nil, problem: "is a broken link (to \(destination)); fix or remove it")
                }
                guard CorpusPath.resolves(metadataPath, inside: path) else {
                    throw CorpusError.metadata(file: metadataPath, line: nil,
                                               problem: "is a link to a file outside the corpus folder; copy the file into the folder")
                }
            }
            if FileManager.default.fileExists(atPath: metadataPath) {
                metadata = try MetadataTable(path: metadataPath, corpusRoot: path,
                                             displayName: metadataPath, listedFiles: listedFiles)
            } else {
                metadata = MetadataTable()
            }
            let readable = entries.contains {
                switch $0.kind {
                case .unsupported, .problem: return false
                default: return true
                }
            }
            guard readable else { throw CorpusError.emptyCorpus(path: path) }
        } else {
            isSingleFile = true
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            let parent = parts.dropLast().joined(separator: "/")
            rootPath = parent.isEmpty ? (path.hasPrefix("/") ? "/" : ".") : parent
            let name = parts.last.map(String.init) ?? path
            let kind = Self.kind(of: name)
            switch kind {
            case .csv, .jsonLines: break
            default: throw CorpusError.unsupportedCorpusFile(path: path)
            }
            // Only a regular file is read: a FIFO would block, a device never end.
            do {
                totalBytes = try RegularFile.open(path: path).size
            } catch let failure as RegularFile.Failure {
                throw CorpusError.corpusNotReadable(path: path, reason: failure.detail)
            }
            entries.append(Entry(relativePath: name, rawRelativePath: Array(name.utf8), kind: kind, size: totalBytes))
            metadata = MetadataTable()
        }
        self.entries = entries
        self.totalBytes = totalBytes
        var columns = metadata.columns
        if !columns.contains("outlet") { columns.insert("outlet", at: 0) }
        metadataColumns = columns
        knownColumns = Set(columns)
    }

    /// The files a run reads, for its record (`run.json`): each with the name it has in the
    /// corpus (the path relative to the folder; `metadata.csv` last) and the bytes of its path
    /// for opening. Files listed with a problem or of an unsupported kind are not read and not
    /// listed; a single-file corpus is its file.
    public var inputFiles: [(name: String, rawPath: [UInt8])] {
        if isSingleFile {
            return entries.map { ($0.relativePath, Array(displayPath.utf8)) }
        }
        var files: [(name: String, rawPath: [UInt8])] = []
        for entry in entries {
            switch entry.kind {
            case .unsupported, .problem: continue
            default: files.append((entry.relativePath, Self.join(rootPath, entry.rawRelativePath)))
            }
        }
        if metadata.isPresent { files.append(("metadata.csv", Array(CorpusPath.join(rootPath, "metadata.csv").utf8))) }
        return files
    }

    static func kind(of relativePath: String) -> EntryKind {
        let name = relativePath.split(separator: "/").last ?? Substring(relativePath)
        let ext = name.split(separator: ".", omittingEmptySubsequences: false).dropFirst().last.map { $0.lowercased() } ?? ""
        switch ext {
        case "txt", "text": return .text(.plainText)
        case "md", "markdown": return .text(.markdown)
        case "html", "htm": return .text(.html)
        case "csv": return .csv
        case "jsonl", "ndjson": return .jsonLines
        default: return .unsupported(ext)
        }
    }

    // MARK: - Reading

    /// Reads every document in order and passes each document or skipped file to `body`
    /// (a warning about a document that is read comes before it, with `documentKept`).
    /// Every document's id is new (a record repeating an id of its own file is skipped; one
    /// repeating another file's is named `FILE#ID`), its date is in ISO form or, when it
    /// cannot be read, as written with a warning, its metadata values are trimmed and its
    /// text is without invisible characters. Throws what `body` throws, and `CorpusError`
    /// for a corpus-level problem (the corpus is a single CSV file without the text column).
    public func read(_ body: (CorpusItem) throws -> Void) throws {
        var sequence = 0
        var locations: [String: (file: String, location: String)] = [:]
        var renamedFiles: Set<String> = []
        var dateWarnings = 0
        for warning in metadata.warnings { try body(.skipped(warning)) }
        // A document, after its id is checked to be new and its date read; `location` is
        // where it is (PATH or PATH:LINE), `file` the file that holds it.
        func emit(_ document: Document, _ location: String, _ file: String) throws {
            var document = document
            // Left out before its id is recorded and before it is numbered, so that the
            // documents read are numbered 0, 1, ... and ids of documents not read take none.
            if let range = options.dateRange {
                let date = document.metadata["date"].flatMap { written -> String? in
                    if case .success(let iso) = DocumentDate.normalise(written.trimmingWhitespace, order: options.dateOrder) { return iso }
                    return nil
                }
                guard range.contains(isoDate: date) else {
                    if date.flatMap(DateRange.span) == nil { undatedOutsideRange += 1 } else { outsideDateRange += 1 }
                    return
                }
            }
            if let earlier = locations[document.id] {
                // Within one file, a repeated id is an error of the file; across files (an
                // export split by outlet, each numbered from 1), the later file's ids are
                // named by the file too.
                let renamed = "\(file)#\(document.id)"
                guard earlier.file != file, locations[renamed] == nil else {
                    try body(.skipped(SkippedFile(path: location, reason: .duplicateID,
                                                  detail: "not read: its id '\(document.id)' is already that of \(earlier.location); give each record its own 'id' (or 'file')")))
                    return
                }
                if !renamedFiles.contains(file) {
                    renamedFiles.insert(file)
                    try body(.skipped(SkippedFile(path: location, reason: .duplicateID,
                                                  detail: "its id '\(document.id)' is already that of \(earlier.location); the ids of \(file) that another file has are read as \(file)#ID",
                                                  documentKept: true)))
                }
                document = Document(id: renamed, sequenceNumber: document.sequenceNumber, metadata: document.metadata,
                                    text: document.text, format: document.format)
            }
            locations[document.id] = (file, location)
            var numbered = document
            // "BBC " and "BBC" are one outlet.
            for (key, value) in numbered.metadata {
                if let first = value.unicodeScalars.first, let last = value.unicodeScalars.last,
                   first.properties.isWhitespace || last.properties.isWhitespace {
                    numbered.metadata[key] = value.trimmingWhitespace
                }
            }
            numbered.sequenceNumber = sequence
            numbered.text = InvisibleCharacters.removed(from: numbered.text).text
            if let written = numbered.metadata["date"] {
                switch DocumentDate.normalise(written, order: options.dateOrder) {
                case .success(let date):
                    numbered.metadata["date"] = date
                case .failure(let problem):
                    dateWarnings += 1
                    if dateWarnings <= Self.maximumDateWarnings {
                        let source = metadata.lines[file].flatMap { line in
                            metadata.rows[file]?["date"]?.trimmingWhitespace == written ? "\(metadata.displayName):\(line)" : nil
                        } ?? location
                        try body(.skipped(SkippedFile(path: source, reason: .unreadableDate,
                                                      detail: (source == location ? "" : "the row of \(file): ") + Self.dateProblem(problem, written),
                                                      documentKept: true)))
                    }
                }
            }
            register(numbered.metadata.keys.sorted())
            try body(.document(numbered))
            sequence += 1
        }
        unlistedFiles = 0
        bytesDone = 0
        bytesInFile = 0
        outsideDateRange = 0
        undatedOutsideRange = 0
        for entry in entries {
            let absolute = isSingleFile ? Array(displayPath.utf8) : Self.join(rootPath, entry.rawRelativePath)
            switch entry.kind {
            case .problem(let reason, let detail):
                try body(.skipped(SkippedFile(path: entry.relativePath, reason: reason, detail: detail)))
            case .unsupported(let ext):
                let detail = ext.isEmpty
                    ? "not read: a file without an extension (documents are .txt, .md, .html, .csv or .jsonl files); rename or remove it"
                    : "not read: .\(ext) is not a document format (documents are .txt, .md, .html, .csv or .jsonl files); convert or remove it"
                try body(.skipped(SkippedFile(path: entry.relativePath, reason: .unsupportedType, detail: detail)))
            case .text(let format):
                switch readTextFile(entry: entry, absolutePath: absolute, format: format) {
                case .success(let (document, warnings)):
                    for warning in warnings { try body(.skipped(warning)) }
                    try emit(document, entry.relativePath, entry.relativePath)
                case .failure(let skipped):
                    try body(.skipped(skipped))
                }
            case .csv:
                try readCSVFile(entry: entry, absolutePath: absolute, emit: emit, skip: { try body(.skipped($0)) })
            case .jsonLines:
                try readJSONLinesFile(entry: entry, absolutePath: absolute, emit: emit, skip: { try body(.skipped($0)) })
            }
            bytesInFile = 0
            bytesDone += entry.size
        }
        if unlistedFiles > Self.maximumUnlistedWarnings {
            try body(.skipped(SkippedFile(path: metadata.displayName, reason: .noMetadataRow,
                                          detail: "\(unlistedFiles - Self.maximumUnlistedWarnings) more files have no row in it (\(unlistedFiles) in all); add rows for them",
                                          documentKept: true)))
        }
        if dateWarnings > Self.maximumDateWarnings {
            try body(.skipped(SkippedFile(path: displayPath, reason: .unreadableDate,
                                          detail: "\(dateWarnings - Self.maximumDateWarnings) more dates could not be read (\(dateWarnings) in all); those documents have no date",
                                          documentKept: true)))
        }
    }

    /// How many unreadable dates are named one by one; the rest are counted in one warning.
    static let maximumDateWarnings = 20
    /// How many files without a row in metadata.csv are named one by one.
    static let maximumUnlistedWarnings = 20
    /// Files read that have no row in metadata.csv, so far.
    private var unlistedFiles = 0
    /// Documents the last `read` left out for `options.dateRange`: dated outside it, and
    /// without a date.
    public private(set) var outsideDateRange = 0
    public private(set) var undatedOutsideRange = 0

    /// The warning for a date that was not read.
    static func dateProblem(_ problem: DocumentDate.Problem, _ written: String) -> String {
        switch problem {
        case .ambiguous(let dayFirst, let monthFirst):
            return "the date '\(written)' is \(dayFirst) day first or \(monthFirst) month first; give --date-format dmy or mdy (the document has no date until then)"
        case .noSuchDay:
            return "the date '\(written)' names no such day; fix it (the document has no date until then)"
        case .unreadable:
            return "the date '\(written)' cannot be read (dates are read as 2020-01-03, 3 January 2020, Jan 3, 2020 or 03/01/2020); write it in one of those forms (the document has no date until then)"
        }
    }

    private func register(_ keys: [String]) {
        for key in keys where !knownColumns.contains(key) {
            knownColumns.insert(key)
            metadataColumns.append(key)
        }
    }

    /// `base` and a relative path joined by one slash, as bytes.
    static func join(_ base: String, _ relative: [UInt8]) -> [UInt8] {
        if base.isEmpty || base == "." { return relative }
        return Array(base.utf8) + (base.hasSuffix("/") ? [] : [UInt8(ascii: "/")]) + relative
    }

    /// A skipped file for a file that could not be opened or read, with the true reason.
    static func skipped(_ path: String, _ failure: RegularFile.Failure, splitHint: String) -> SkippedFile {
        switch failure {
        case .notFound:
            return SkippedFile(path: path, reason: .unreadable, detail: "cannot be read: it does not exist (a broken link, or a file removed during the run); fix or remove it")
        case .linkLoop:
            return SkippedFile(path: path, reason: .unreadable, detail: "a link in a loop of links; fix or remove it")
        case .permissionDenied:
            return SkippedFile(path: path, reason: .permissionDenied, detail: "cannot be read: permission denied; check its permissions")
        case .notRegular(let kind):
            return SkippedFile(path: path, reason: .notRegularFile, detail: "not read: \(kind), not a regular file; remove it from the corpus folder")
        case .tooLarge:
            return SkippedFile(path: path, reason: .tooLarge, detail: "is larger than 1 GiB; \(splitHint)")
        case .io(let reason):
            return SkippedFile(path: path, reason: .unreadable, detail: "cannot be read (\(reason)); check the disk and the file")
        }
    }

    /// Reads one .txt, .md or .html file; its warnings (another encoding, a front-matter
    /// problem, no row in metadata.csv) are returned beside the document.
    private func readTextFile(entry: Entry, absolutePath: [UInt8], format: DocumentFormat)
        -> Result<(Document, [SkippedFile]), SkippedFile> {
        let path = entry.relativePath
        let bytes: [UInt8]
        do {
            // The size is checked before a byte is read.
            bytes = try RegularFile.read(rawPath: absolutePath, limit: SkippedFile.maximumDocumentBytes)
        } catch let failure as RegularFile.Failure {
            return .failure(Self.skipped(path, failure, splitHint: "split it into one file per article"))
        } catch {
            return .failure(SkippedFile(path: path, reason: .unreadable, detail: "cannot be read (\(error))"))
        }
        var values: [String: String] = [:]
        var warnings: [SkippedFile] = []
        var text: String
        if format == .html {
            guard let page = HTMLText.parse(bytes) else {
                return .failure(SkippedFile(path: path, reason: .emptyText, detail: "holds no HTML document; remove it or add the article"))
            }
            text = page.text
            values = page.metadata
            if let note = page.note {
                warnings.append(SkippedFile(path: path, reason: .otherEncoding, detail: note, documentKept: true))
            }
        } else {
            do {
                let decoded = try TextFileDecoder.decodeDetectingEncoding(bytes)
                text = decoded.text
                if let note = decoded.note {
                    warnings.append(SkippedFile(path: path, reason: .otherEncoding, detail: note, documentKept: true))
                }
            } catch let failure as TextFileDecoder.Failure {
                switch failure {
                case .binary(let offset):
                    let detail = TextFileDecoder.binaryKind(bytes).map { "binary data (a NUL byte at offset \(offset)): \($0)" } ?? failure.detail
                    return .failure(SkippedFile(path: path, reason: .binary, detail: detail))
                case .invalidUTF8, .utf16WithoutByteOrderMark, .utf32WithoutByteOrderMark:
                    return .failure(SkippedFile(path: path, reason: .invalidUTF8, detail: failure.detail))
                }
            } catch {
                return .failure(SkippedFile(path: path, reason: .unreadable, detail: "cannot be decoded (\(error))"))
            }
        }
        if format != .html {
            do {
                if let frontMatter = try FrontMatter.split(text) {
                    values = frontMatter.metadata
                    text = frontMatter.body
                }
            } catch let malformed as FrontMatter.Malformed {
                text = malformed.body
                warnings.append(SkippedFile(path: path, reason: .malformedFrontMatter,
                                            detail: "\(malformed.problem); its front matter is ignored, the text is read", documentKept: true))
            } catch {}
        }
        if format == .markdown { text = MarkdownText.plainText(from: text) }
        if format == .plainText, HTMLText.looksLikeHTML(text), let page = HTMLText.parse(Array(text.utf8)) {
            // An HTML page saved as .txt: its text, and its head's metadata below the rest.
            text = page.text
            for (key, value) in page.metadata where values[key] == nil { values[key] = value }
        }
        if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }) {
            return .failure(SkippedFile(path: path, reason: .emptyText, detail: "holds no text; remove it or add the article"))
        }
        if metadata.isPresent, metadata.rows[path] == nil {
            unlistedFiles += 1
            if unlistedFiles <= Self.maximumUnlistedWarnings {
                let from = values.isEmpty ? "its folder" : "its own head or front matter"
                warnings.append(SkippedFile(path: path, reason: .noMetadataRow,
                                            detail: "has no row in \(metadata.displayName); its metadata comes from \(from) only, add a row for it", documentKept: true))
            }
        }
        applyMetadataRow(for: path, to: &values)
        completeOutlet(&values, relativePath: path)
        return .success((Document(id: path, sequenceNumber: 0, metadata: values, text: text, format: format), warnings))
    }

    /// Overlays the metadata.csv row of `path` (its non-empty cells win).
    private func applyMetadataRow(for path: String, to values: inout [String: String]) {
        guard let row = metadata.rows[path] else { return }
        for (key, value) in row where !value.isEmpty || values[key] == nil {
            values[key] = value
        }
    }

    private func completeOutlet(_ values: inout [String: String], relativePath: String) {
        if values["outlet"]?.isEmpty ?? true {
            let components = relativePath.split(separator: "/")
            values["outlet"] = components.count > 1 ? String(components[0]) : "unknown"
        }
    }

    /// The id of a record: its `file` or `id` column, else `PATH:LINE`.
    private func recordID(_ values: [String: String], path: String, line: Int) -> String {
        if let file = values["file"], !file.isEmpty { return file }
        if let id = values["id"], !id.isEmpty { return id }
        return "\(path):\(line)"
    }

    /// A CSV row or JSON line as a document: its id (`file` or `id` column, else `PATH:LINE`),
    /// metadata with the metadata.csv row of its file laid over and the outlet completed, and
    /// its text with normalised line ends; or why it is skipped (empty or oversized text).
    private func recordDocument(text rawText: String, values: [String: String], path: String, line: Int,
                                format: DocumentFormat) -> Result<Document, SkippedFile> {
        let location = "\(path):\(line)"
        guard rawText.utf8.count <= SkippedFile.maximumDocumentBytes else {
            return .failure(SkippedFile(path: location, reason: .tooLarge,
                                        detail: "the text is larger than 1 GiB; split it into one record per article"))
        }
        var text = TextFileDecoder.normaliseLineEnds(rawText)
        var values = values
        if HTMLText.looksLikeHTML(text), let page = HTMLText.parse(Array(text.utf8)) {
            // An article body exported as HTML: its text, and its head's metadata below the record's.
            text = page.text
            for (key, value) in page.metadata where values[key] == nil { values[key] = value }
        }
        if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }) {
            return .failure(SkippedFile(path: location, reason: .emptyText, detail: "the '\(options.textColumn)' \(format == .csvRecord ? "field" : "value") is empty; fill it or remove the record"))
        }
        var metadata = values
        let id = recordID(metadata, path: path, line: line)
        metadata["file"] = nil
        applyMetadataRow(for: path, to: &metadata)
        completeOutlet(&metadata, relativePath: path)
        return .success(Document(id: id, sequenceNumber: 0, metadata: metadata, text: text, format: format))
    }

    private func readCSVFile(entry: Entry, absolutePath: [UInt8],
                             emit: (Document, String, String) throws -> Void, skip: (SkippedFile) throws -> Void) throws {
        let path = entry.relativePath
        var reader: CSVRecordReader
        do {
            reader = try CSVRecordReader(rawPath: absolutePath)
        } catch let failure as RegularFile.Failure {
            try skip(Self.skipped(path, failure, splitHint: "split it"))
            return
        }
        let header: [String]
        do {
            guard let first = try reader.next() else {
                try skip(SkippedFile(path: path, reason: .emptyText, detail: "is empty; remove it or add a header row and documents"))
                return
            }
            header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        } catch let malformed as CSVRecordReader.Malformed {
            try skip(SkippedFile(path: "\(path):\(malformed.line)", reason: .malformedRecord, detail: malformed.problem))
            return
        }
        guard let textIndex = header.firstIndex(of: options.textColumn) else {
            if isSingleFile {
                throw CorpusError.missingTextColumn(file: displayPath, column: options.textColumn, available: header)
            }
            // A table of file paths is the metadata, misnamed or misplaced.
            let fix = header.contains("file") ? "if it is the metadata of the articles, name it metadata.csv and put it at the corpus root"
                                              : "name the text column with --text-column"
            try skip(SkippedFile(path: path, reason: .malformedRecord,
                                 detail: "not read as documents: no '\(options.textColumn)' column (columns: \(header.joined(separator: ", "))); \(fix)"))
            return
        }
        while true {
            let record: (line: Int, fields: [String])
            do {
                guard let next = try reader.next() else { break }
                record = next
                bytesInFile = reader.bytesRead
                if let bad = reader.insideBadRecordOf {
                    try skip(SkippedFile(path: "\(path):\(record.line)", reason: .malformedRecord,
                                         detail: "read from inside the bad record of line \(bad); check that it is a record of its own and not a piece of that one",
                                         documentKept: true))
                }
            } catch let malformed as CSVRecordReader.Malformed {
                // The reader goes on from the line after the bad record's first, where it can.
                try skip(SkippedFile(path: "\(path):\(malformed.line)", reason: .malformedRecord,
                                     detail: malformed.recovered ? "\(malformed.problem); that record is not read, reading goes on with line \(malformed.line + 1)"
                                                                 : "\(malformed.problem); the rest of the file is not read"))
                if malformed.recovered { continue }
                try warnRecoded(reader, path: path, skip: skip)
                return
            }
            guard record.fields.count == header.count else {
                try skip(SkippedFile(path: "\(path):\(record.line)", reason: .malformedRecord,
                                     detail: "\(record.fields.count == 1 ? "1 column" : "\(record.fields.count) columns") where the header has \(header.count); quote fields that contain \(CSVRecordReader.name(of: reader.separator))"))
                continue
            }
            var values: [String: String] = [:]
            for (i, name) in header.enumerated() where i != textIndex && !name.isEmpty {
                values[name] = record.fields[i]
            }
            register(header.filter { $0 != options.textColumn && $0 != "file" && !$0.isEmpty })
            switch recordDocument(text: record.fields[textIndex], values: values, path: path, line: record.line, format: .csvRecord) {
            case .success(let document): try emit(document, "\(path):\(record.line)", path)
            case .failure(let skipped): try skip(skipped)
            }
        }
        try warnRecoded(reader, path: path, skip: skip)
    }

    /// The warnings for a CSV file that was not all UTF-8 (its documents were read).
    private func warnRecoded(_ reader: CSVRecordReader, path: String, skip: (SkippedFile) throws -> Void) throws {
        for warning in reader.encodingWarnings {
            try skip(SkippedFile(path: path, reason: .otherEncoding, detail: warning, documentKept: true))
        }
    }

    /// What is wrong with a JSON line that did not decode, and the fix.
    static func jsonProblem(_ error: Error, line: [UInt8]) -> String {
        let example = "each line must be one object such as {\"text\": \"...\", \"outlet\": \"...\"}"
        switch error {
        case DecodingError.typeMismatch(_, let context) where !context.codingPath.isEmpty:
            let key = context.codingPath[0].stringValue
            let text = String(decoding: line, as: UTF8.self)
            if text.range(of: #"\\u[dD][89abAB][0-9a-fA-F]{2}"#, options: .regularExpression) != nil {
                return "the value of \"\(key)\" holds a \\uD800-\\uDFFF escape without its other half (half of a UTF-16 surrogate pair, which is no character); remove it or write the whole pair"
            }
            if context.debugDescription.contains("number") {
                return "the value of \"\(key)\" is a number too large for a double (such as 1e999); write it as a string"
            }
            return "the value of \"\(key)\" cannot be read; write it as a string"
        case DecodingError.typeMismatch(_, let context):
            let found = (context.debugDescription.components(separatedBy: "but found ").last ?? "another value")
                .replacingOccurrences(of: " instead", with: "").trimmingCharacters(in: CharacterSet(charactersIn: ". "))
            return "not a JSON object but \(found); \(example)"
        default:
            return "not valid JSON (an unclosed brace or quote, or a trailing comma?); \(example)"
        }
    }

    private func readJSONLinesFile(entry: Entry, absolutePath: [UInt8],
                                   emit: (Document, String, String) throws -> Void, skip: (SkippedFile) throws -> Void) throws {
        let path = entry.relativePath
        var reader: BufferedByteReader
        do {
            reader = try BufferedByteReader(rawPath: absolutePath)
        } catch let failure as RegularFile.Failure {
            try skip(Self.skipped(path, failure, splitHint: "split it"))
            return
        }
        var lineNumber = 0
        let decoder = JSONDecoder()
        while let bounded = try reader.readLine(limit: CSVRecordReader.maximumRecordBytes) {
            lineNumber += 1
            bytesInFile = reader.bytesRead
            guard case .line(var line) = bounded else {
                try skip(SkippedFile(path: "\(path):\(lineNumber)", reason: .tooLarge,
                                     detail: "a line larger than 1 GiB; split it into one record per article"))
                continue
            }
            if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let location = "\(path):\(lineNumber)"
            guard UTF8Validation.isValid(line) else {
                try skip(SkippedFile(path: location, reason: .invalidUTF8, detail: "not valid UTF-8; re-save the file as UTF-8"))
                continue
            }
            let object: [String: JSONValue]
            do {
                object = try decoder.decode([String: JSONValue].self, from: Data(line))
            } catch {
                try skip(SkippedFile(path: location, reason: .malformedRecord, detail: Self.jsonProblem(error, line: line)))
                continue
            }
            guard case .string(let rawText)? = object[options.textColumn] else {
                try skip(SkippedFile(path: location, reason: .malformedRecord,
                                     detail: "no '\(options.textColumn)' string; give each object a \"\(options.textColumn)\" key or name another with --text-column"))
                continue
            }
            var values: [String: String] = [:]
            for (key, value) in object where key != options.textColumn {
                values[key] = value.metadataString
            }
            switch recordDocument(text: rawText, values: values, path: path, line: lineNumber, format: .jsonLine) {
            case .success(let document): try emit(document, "\(path):\(lineNumber)", path)
            case .failure(let skipped): try skip(skipped)
            }
        }
    }
}
