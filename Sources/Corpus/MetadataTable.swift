import Foundation

/// The `metadata.csv` at a corpus root: one row per article file, a `file` column with the
/// path relative to the corpus root, and any other columns (`outlet`, `date`, `title`, `url`,
/// or a researcher's own) kept as document variables.
public struct MetadataTable: Sendable {
    /// Column names in header order, `file` excluded.
    public let columns: [String]
    /// Metadata by normalised relative path.
    public let rows: [String: [String: String]]
    /// The line of each path's row, for messages.
    public let lines: [String: Int]
    /// The file's name as messages give it.
    public let displayName: String
    /// What the reader should warn of: fields that were not UTF-8, a UTF-16 file.
    public let warnings: [SkippedFile]
    /// Whether the corpus has a metadata.csv.
    public let isPresent: Bool

    /// An empty table (a corpus without metadata.csv).
    public init() {
        columns = []
        rows = [:]
        lines = [:]
        displayName = "metadata.csv"
        warnings = []
        isPresent = false
    }

    /// Reads and checks `metadata.csv`. Every problem is fatal and names the line: a missing
    /// `file` column, a row with the wrong number of columns, a path outside the corpus folder,
    /// a file that does not exist, a file listed twice.
    /// - Parameter listedFiles: the relative paths (as bytes) of files the corpus listing
    ///   found readable: regular files inside the corpus, or links that resolve to one. A row
    ///   naming one of them is not examined on disk again.
    public init(path: String, corpusRoot: String, displayName: String, listedFiles: Set<[UInt8]> = []) throws {
        var reader: CSVRecordReader
        do {
            reader = try CSVRecordReader(path: path)
        } catch let failure as RegularFile.Failure {
            throw CorpusError.metadata(file: displayName, line: nil, problem: failure.detail)
        }
        func malformed(_ error: Error) -> CorpusError {
            if let m = error as? CSVRecordReader.Malformed {
                return .metadata(file: displayName, line: m.line, problem: m.problem)
            }
            return .metadata(file: displayName, line: nil, problem: "cannot be read (\(error.localizedDescription))")
        }
        let header: [String]
        do {
            guard let first = try reader.next() else {
                throw CorpusError.metadata(file: displayName, line: nil,
                    problem: "is empty; give it a header row such as file,outlet,date,title,url or delete it")
            }
            header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        } catch let error as CorpusError {
            throw error
        } catch {
            throw malformed(error)
        }
        guard let fileIndex = header.firstIndex(of: "file") else {
            throw CorpusError.metadata(file: displayName, line: 1,
                problem: "no 'file' column in the header (\(header.joined(separator: ","))); name the column that holds the article paths 'file'")
        }
        var seen: [String: Int] = [:]
        for (i, name) in header.enumerated() {
            if name.isEmpty {
                throw CorpusError.metadata(file: displayName, line: 1, problem: "column \(i + 1) of the header has no name; name every column")
            }
            if let earlier = seen[name] {
                throw CorpusError.metadata(file: displayName, line: 1, problem: "column '\(name)' appears twice (columns \(earlier + 1) and \(i + 1)); rename one")
            }
            seen[name] = i
        }
        columns = header.enumerated().filter { $0.offset != fileIndex }.map(\.element)

        lazy var resolvedRoot = CorpusPath.resolved(corpusRoot)
        var rows: [String: [String: String]] = [:]
        var firstLine: [String: Int] = [:]
        while true {
            let record: (line: Int, fields: [String])
            do {
                guard let next = try reader.next() else { break }
                record = next
            } catch {
                throw malformed(error)
            }
            guard record.fields.count == header.count else {
                throw CorpusError.metadata(file: displayName, line: record.line,
                    problem: "\(record.fields.count == 1 ? "1 column" : "\(record.fields.count) columns") where the header has \(header.count); quote fields that contain \(CSVRecordReader.name(of: reader.separator))")
            }
            let rawPath = Self.trimmingSpaces(record.fields[fileIndex])
            guard !rawPath.isEmpty else {
                throw CorpusError.metadata(file: displayName, line: record.line, problem: "the 'file' column is empty; give the article's path")
            }
            guard let relative = CorpusPath.normalisedRelativePath(rawPath) else {
                let absolute = rawPath.hasPrefix("/") || rawPath.hasPrefix("~")
                throw CorpusError.metadata(file: displayName, line: record.line,
                    problem: absolute ? "'\(rawPath)' is an absolute path; give the path relative to the folder that holds metadata.csv"
                                      : "'\(rawPath)' points outside the corpus folder; give a path relative to the folder that holds metadata.csv")
            }
            if rawPath.contains("\\") && !FileManager.default.fileExists(atPath: CorpusPath.join(corpusRoot, relative)) {
                throw CorpusError.metadata(file: displayName, line: record.line,
                    problem: "'\(rawPath)' does not exist in the corpus folder; write paths with / rather than \\")
            }
            if !listedFiles.contains(Array(relative.utf8)) {
                let absolute = CorpusPath.join(corpusRoot, relative)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), !isDirectory.boolValue else {
                    throw CorpusError.metadata(file: displayName, line: record.line,
                        problem: "'\(rawPath)' does not exist in the corpus folder; fix the path or remove the row")
                }
                guard CorpusPath.resolves(absolute, insideResolvedRoot: resolvedRoot) else {
                    throw CorpusError.metadata(file: displayName, line: record.line,
                        problem: "'\(rawPath)' is a link to a file outside the corpus folder; copy the file into the folder")
                }
            }
            if let earlier = firstLine[relative] {
                throw CorpusError.metadata(file: displayName, line: record.line,
                    problem: "'\(rawPath)' is listed twice (first on line \(earlier)); keep one row per file")
            }
            firstLine[relative] = record.line
            var values: [String: String] = [:]
            for (i, name) in header.enumerated() where i != fileIndex {
                // " BBC " is BBC, and a cell of spaces is empty (it overrides nothing).
                values[name] = record.fields[i].trimmingWhitespace
            }
            rows[relative] = values
        }
        self.rows = rows
        self.lines = firstLine
        self.displayName = displayName
        self.isPresent = true
        let warnings = reader.encodingWarnings.map {
            SkippedFile(path: displayName, reason: .otherEncoding, detail: $0, documentKept: true)
        }
        self.warnings = warnings
    }

    /// `field` without the spaces and tabs (Unicode `Zs`) at its ends.
    static func trimmingSpaces(_ field: String) -> String {
        guard let first = field.utf8.first, let last = field.utf8.last else { return field }
        if (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last) { return field }
        return field.trimmingCharacters(in: .whitespaces)
    }
}

/// Paths relative to a corpus root.
public enum CorpusPath {
    /// `path` with `.` and empty components removed and `..` applied; nil when it is
    /// absolute or climbs above the root.
    public static func normalisedRelativePath(_ path: String) -> String? {
        if path.hasPrefix("/") || path.hasPrefix("~") { return nil }
        var parts: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            if component == "." { continue }
            if component == ".." {
                if parts.isEmpty { return nil }
                parts.removeLast()
            } else {
                parts.append(component)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    /// Whether `path`, with symbolic links resolved, lies inside `root` (also resolved).
    public static func resolves(_ path: String, inside root: String) -> Bool {
        resolves(path, insideResolvedRoot: resolved(root))
    }

    /// Whether `path`, with symbolic links resolved, lies inside `resolvedRoot`.
    static func resolves(_ path: String, insideResolvedRoot resolvedRoot: String) -> Bool {
        let target = resolved(path)
        return target == resolvedRoot || target.hasPrefix(resolvedRoot.hasSuffix("/") ? resolvedRoot : resolvedRoot + "/")
    }

    /// `path` with symbolic links resolved (`realpath`), or as given when it does not exist.
    public static func resolved(_ path: String) -> String {
        guard let pointer = realpath(path, nil) else { return path }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// `base` and `relative` joined by one slash.
    public static func join(_ base: String, _ relative: String) -> String {
        if base.isEmpty || base == "." { return relative }
        return base.hasSuffix("/") ? base + relative : base + "/" + relative
    }
}
