import Corpus
import Foundation

/// A researcher's judgements of figure pairs (`--figure-review FILE`), applied by every later
/// run: a pair judged `different` is never linked (nor put in one group through other
/// links), a pair judged `same` is linked whatever its score.
///
/// The file is CSV with a header naming at least `key_a`, `key_b` and `judgement` (in any
/// order, other columns ignored), so `figure_comparisons.csv` with a `judgement` column added
/// in a spreadsheet is a review file. A row with an empty judgement is not judged yet. A
/// figure's key is `FILE@CHAR_START` (`figure_key` in figures.csv).
public struct FigureReview: Sendable, Equatable {
    /// A pair of figure keys, the smaller first.
    public struct Pair: Hashable, Sendable {
        public let a: String
        public let b: String
        public init(_ x: String, _ y: String) { (a, b) = x <= y ? (x, y) : (y, x) }
    }

    public enum Judgement: String, Sendable { case same, different }

    public private(set) var judgements: [Pair: Judgement] = [:]

    /// The file's name, for the report.
    public let path: String

    public init(path: String = "", judgements: [Pair: Judgement] = [:]) {
        self.path = path
        self.judgements = judgements
    }

    /// The key of a figure: its document's id and the character offset where it starts.
    public static func key(_ record: FigureRecord) -> String { "\(record.documentID)@\(record.characterStart)" }

    public struct FileError: Error, CustomStringConvertible, Equatable {
        public let path: String
        public let line: Int?
        public let problem: String
        public var description: String { line.map { "\(path):\($0): \(problem)" } ?? "\(path): \(problem)" }
    }

    /// Reads a review file. Throws `FileError` naming the file, the line and the fix.
    public static func load(path: String) throws -> FigureReview {
        var reader: CSVRecordReader
        do {
            reader = try CSVRecordReader(path: path)
        } catch let failure as RegularFile.Failure {
            throw FileError(path: path, line: nil, problem: "\(failure.detail); check the path given to --figure-review")
        }
        var review = FigureReview(path: path)
        do {
            guard let (_, header) = try reader.next() else {
                throw FileError(path: path, line: nil, problem: "is empty; give a header key_a,key_b,judgement and one judged pair per line")
            }
            let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let ka = names.firstIndex(of: "key_a"), let kb = names.firstIndex(of: "key_b"), let kj = names.firstIndex(of: "judgement") else {
                throw FileError(path: path, line: 1, problem: "the header needs the columns key_a, key_b and judgement (add a judgement column to figure_comparisons.csv)")
            }
            while let (line, fields) = try reader.next() {
                guard fields.count > max(ka, kb, kj) else {
                    throw FileError(path: path, line: line, problem: "\(fields.count) fields where the header has \(header.count); check the commas and quotes")
                }
                let value = fields[kj].trimmingCharacters(in: .whitespaces).lowercased()
                if value.isEmpty { continue }
                guard let judgement = Judgement(rawValue: value) else {
                    throw FileError(path: path, line: line, problem: "judgement '\(fields[kj])' is neither same nor different; write same, different, or leave it empty")
                }
                let a = fields[ka].trimmingCharacters(in: .whitespaces), b = fields[kb].trimmingCharacters(in: .whitespaces)
                guard a.contains("@"), b.contains("@"), a != b else {
                    throw FileError(path: path, line: line, problem: "key_a and key_b must be two figure keys FILE@CHAR_START (figure_key in figures.csv)")
                }
                let pair = Pair(a, b)
                if let earlier = review.judgements[pair], earlier != judgement {
                    throw FileError(path: path, line: line, problem: "this pair is judged \(earlier.rawValue) on an earlier line and \(judgement.rawValue) here; keep one")
                }
                review.judgements[pair] = judgement
            }
        } catch let malformed as CSVRecordReader.Malformed {
            throw FileError(path: path, line: malformed.line, problem: malformed.problem)
        } catch let failure as RegularFile.Failure {
            throw FileError(path: path, line: nil, problem: "\(failure.detail); check the path given to --figure-review")
        }
        return review
    }
}
