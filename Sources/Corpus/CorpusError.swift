/// A problem with the corpus that stops the run before any output is written.
/// Each message names the file (and line) and says what to do.
public enum CorpusError: Error, Equatable, CustomStringConvertible {
    case corpusNotFound(path: String)
    case corpusNotReadable(path: String, reason: String)
    case emptyCorpus(path: String)
    case noReadableDocuments(path: String, skipped: Int)
    /// `--from`/`--to` left every document out.
    case noDocumentsInDateRange(path: String, range: String, outside: Int, undated: Int)
    case metadata(file: String, line: Int?, problem: String)
    case unsupportedCorpusFile(path: String)
    case missingTextColumn(file: String, column: String, available: [String])

    public var description: String {
        switch self {
        case .corpusNotFound(let path):
            return "\(path): no such file or folder; give the path of a corpus folder (or a .csv/.jsonl file of documents)"
        case .corpusNotReadable(let path, let reason):
            return "\(path): cannot be read (\(reason)); check the path and its permissions"
        case .emptyCorpus(let path):
            return "\(path): holds no documents (.txt, .md, .html, .csv or .jsonl files); add articles or point to another folder"
        case .noReadableDocuments(let path, let skipped):
            return "\(path): none of its documents could be read (\(skipped) skipped, see the warnings above); fix or remove them"
        case .noDocumentsInDateRange(let path, let range, let outside, let undated):
            return "\(path): no document is dated \(range) (\(outside) dated outside it, \(undated) without a date); widen --from/--to, or check the dates in documents.csv of a run without them"
        case .metadata(let file, let line, let problem):
            if let line { return "\(file):\(line): \(problem)" }
            return "\(file): \(problem)"
        case .unsupportedCorpusFile(let path):
            return "\(path): a corpus must be a folder, a .csv file or a .jsonl file; give one of those"
        case .missingTextColumn(let file, let column, let available):
            return "\(file):1: no '\(column)' column (columns: \(available.joined(separator: ", "))); name the text column with --text-column"
        }
    }
}
