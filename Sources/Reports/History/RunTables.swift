import Corpus
import Foundation

/// What two runs are compared by, read from the CSV files of an output folder or of a
/// history entry (which keeps copies of them): the same reading for both, so that
/// `analyze compare` on two output folders gives what the history gave.
public struct RunTables: Sendable {
    public struct Document: Sendable, Equatable {
        public var group: String
        public var date: String
        public var tokens: Int
    }

    public struct Entity: Sendable, Equatable {
        public var id: String
        public var name: String
        public var type: String
        public var mentions: Int
        /// Its surface forms (entities.csv's `surface_forms`, without their counts).
        public var forms: Set<String>
        /// 1 for the most mentioned (the row order of entities.csv).
        public var rank: Int
    }

    public struct SentimentDocument: Sendable, Equatable {
        public var group: String
        public var sentences: Int
        public var meanCompound: Double
    }

    public struct Figure: Sendable, Equatable {
        public var key: String
        public var file: String
        public var group: String
        public var surface: String
        public var value: Double?
        public var counted: String
        public var countedKey: String
        public var event: String
        /// The time it refers to, resolved (`time_resolved`).
        public var time: String
        public var comparisonGroup: String
    }

    /// The files an entry of the history keeps, and that a comparison reads.
    public static let files = ["run.json", "documents.csv", "terms.csv", "entities.csv", "cooccurrence.csv", "sentiment_documents.csv", "figures.csv"]

    /// The folder read, for messages.
    public var path: String
    public var record: RunRecord
    /// Documents by id (documents.csv's `file`), in file order.
    public var documents: [String: Document] = [:]
    public var documentOrder: [String] = []
    /// Term counts of the corpus (scope `corpus` of terms.csv), nil without terms.csv.
    public var corpusTerms: [String: Int]?
    /// Term counts per group (scope `group`).
    public var groupTerms: [String: [String: Int]] = [:]
    /// Entities by "name (TYPE)", nil without entities.csv.
    public var entities: [String: Entity]?
    /// Corpus co-occurrence counts by "name A + name B" (names in byte order).
    public var pairs: [String: Pair]?

    public struct Pair: Sendable, Equatable {
        /// The two names, in byte order.
        public var a: String
        public var b: String
        public var count: Int
    }
    public var sentiment: [String: SentimentDocument]?
    public var figures: [Figure]?

    /// Tokens per group and of the corpus, from documents.csv.
    public var groupTokens: [String: Int] {
        var tokens: [String: Int] = [:]
        for document in documents.values { tokens[document.group, default: 0] += document.tokens }
        return tokens
    }

    public var corpusTokens: Int { documents.values.reduce(0) { $0 + $1.tokens } }

    /// Reads `folder` (an output folder or a history entry). Throws `ReportError.notComparable`
    /// naming the file that is missing or cannot be read.
    public init(folder: String) throws {
        path = folder
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ReportError.notComparable(path: folder, problem: "is not an output folder of analyze; give an output folder or an entry of its history folder")
        }
        guard let record = try RunRecord.load(folder: folder) else {
            throw ReportError.notComparable(path: folder, problem: "has no run.json (an output of an earlier version of analyze, or not an output folder); run analyze again to write one")
        }
        self.record = record
        var documents: [String: Document] = [:], documentOrder: [String] = []
        try Self.read(folder, "documents.csv", required: true) { row in
            let id = try row.text("file")
            if documents[id] == nil { documentOrder.append(id) }
            // The group column: a metadata column named like a computed one is written with
            // meta_ in front; a document without a value is in the group `unknown`, as the
            // analysis puts it.
            var column = record.groupBy
            while column == "file" || DocumentTable.computedColumns.contains(column) { column = "meta_" + column }
            let group = try row.text(column)
            documents[id] = Document(group: group.isEmpty ? "unknown" : group, date: row.optional("date") ?? "", tokens: try row.integer("tokens"))
        }
        self.documents = documents
        self.documentOrder = documentOrder
        guard documentOrder.count == record.counts.documents else {
            throw ReportError.notComparable(path: CorpusPath.join(folder, "documents.csv"),
                                            problem: "has \(documentOrder.count) documents where run.json counts \(record.counts.documents); the folder was changed after the run: run analyze again")
        }
        // The tables of the analyses the run made must be there.
        let needed: [(String, String)] = [("terms", "terms.csv"), ("entities", "entities.csv"), ("entities", "cooccurrence.csv"),
                                          ("sentiment", "sentiment_documents.csv"), ("figures", "figures.csv")]
        for (analysis, file) in needed where record.analyses.contains(analysis) && !FileManager.default.fileExists(atPath: CorpusPath.join(folder, file)) {
            throw ReportError.notComparable(path: folder, problem: "has no \(file), which its run (\(analysis) among its analyses) wrote; the folder was changed after the run: run analyze again")
        }
        var corpusTerms: [String: Int] = [:], groupTerms: [String: [String: Int]] = [:]
        if try Self.read(folder, "terms.csv", body: { row in
            let term = try row.text("term")
            let count = try row.integer("count")
            if try row.text("scope") == "corpus" {
                corpusTerms[term] = count
            } else {
                groupTerms[try row.text("group"), default: [:]][term] = count
            }
        }) {
            self.corpusTerms = corpusTerms
            self.groupTerms = groupTerms
        }
        var rank = 0
        var entities: [String: Entity] = [:]
        if try Self.read(folder, "entities.csv", body: { row in
            rank += 1
            let name = try row.text("name"), type = try row.text("type")
            let key = "\(name) (\(type))"
            if entities[key] == nil {
                entities[key] = Entity(id: try row.text("entity_id"), name: name, type: type, mentions: try row.integer("mentions"),
                                       forms: Self.forms(row.optional("surface_forms") ?? ""), rank: rank)
            }
        }) { self.entities = entities }
        var pairs: [String: Pair] = [:]
        if try Self.read(folder, "cooccurrence.csv", body: { row in
            guard try row.text("scope") == "corpus" else { return }
            let a = try row.text("name_a"), b = try row.text("name_b")
            let (first, second) = Self.ordered(a, b)
            pairs[Self.pairKey(a, b), default: Pair(a: first, b: second, count: 0)].count += try row.integer("count")
        }) { self.pairs = pairs }
        var sentiment: [String: SentimentDocument] = [:]
        if try Self.read(folder, "sentiment_documents.csv", body: { row in
            // A document without sentences (its text all cleaned away) has no mean.
            let sentences = try row.integer("sentences")
            guard sentences > 0, !(try row.text("mean_compound")).isEmpty else { return }
            sentiment[try row.text("file")] = SentimentDocument(group: try row.text("group"), sentences: sentences,
                                                                meanCompound: try row.number("mean_compound"))
        }) { self.sentiment = sentiment }
        var figures: [Figure] = []
        if try Self.read(folder, "figures.csv", body: { row in
            let value = try row.text("value")
            figures.append(Figure(key: try row.text("figure_key"), file: try row.text("file"), group: try row.text("group"),
                                  surface: try row.text("surface"), value: value.isEmpty ? nil : Double(value),
                                  counted: try row.text("counted"), countedKey: try row.text("counted_key"), event: try row.text("event"),
                                  time: row.optional("time_resolved") ?? "", comparisonGroup: try row.text("comparison_group")))
        }) { self.figures = figures }
    }

    /// The key of an entity pair: the two names in byte order.
    static func pairKey(_ a: String, _ b: String) -> String {
        let (first, second) = ordered(a, b)
        return "\(first) + \(second)"
    }

    static func ordered(_ a: String, _ b: String) -> (String, String) {
        Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8)) ? (a, b) : (b, a)
    }

    /// The forms of `surface_forms` ("U.S.:46; United States:12"), without their counts.
    static func forms(_ field: String) -> Set<String> {
        var forms = Set<String>()
        for part in field.components(separatedBy: "; ") where !part.isEmpty {
            if let colon = part.lastIndex(of: ":"), part[part.index(after: colon)...].allSatisfy(\.isNumber) {
                forms.insert(String(part[..<colon]))
            } else {
                forms.insert(part)
            }
        }
        return forms
    }

    /// One record of a CSV file, its fields by column name.
    struct Row {
        let file: String
        let line: Int
        let columns: [String: Int]
        let fields: [String]

        func text(_ column: String) throws -> String {
            guard let index = columns[column] else {
                throw ReportError.notComparable(path: file, problem: "has no column '\(column)' (written by another version of analyze?); run analyze again to write it")
            }
            guard index < fields.count else {
                throw ReportError.notComparable(path: file, problem: "line \(line) has \(fields.count) fields, fewer than the header; run analyze again to write the file")
            }
            return RunTables.unguarded(fields[index])
        }

        func optional(_ column: String) -> String? {
            guard let index = columns[column], index < fields.count else { return nil }
            return RunTables.unguarded(fields[index])
        }

        func integer(_ column: String) throws -> Int {
            let field = try text(column)
            guard let value = Int(field) else {
                throw ReportError.notComparable(path: file, problem: "line \(line): '\(field)' in column \(column) is not a whole number; run analyze again to write the file")
            }
            return value
        }

        func number(_ column: String) throws -> Double {
            let field = try text(column)
            guard let value = Double(field) else {
                throw ReportError.notComparable(path: file, problem: "line \(line): '\(field)' in column \(column) is not a number; run analyze again to write the file")
            }
            return value
        }
    }

    /// A field as it was before the formula guard (`'` before a field a spreadsheet would take
    /// for a formula) was added.
    static func unguarded(_ field: String) -> String {
        guard field.utf8.first == UInt8(ascii: "'") else { return field }
        let rest = String(field.dropFirst())
        return CSVTable.needsFormulaGuard(rest) ? rest : field
    }

    /// Reads `name` in `folder` record by record; false when the file is not there (and not
    /// `required`).
    @discardableResult
    static func read(_ folder: String, _ name: String, required: Bool = false, body: (Row) throws -> Void) throws -> Bool {
        let path = CorpusPath.join(folder, name)
        guard FileManager.default.fileExists(atPath: path) else {
            if required {
                throw ReportError.notComparable(path: folder, problem: "has no \(name); give an output folder of analyze or an entry of its history folder")
            }
            return false
        }
        do {
            var reader = try CSVRecordReader(path: path, separator: UInt8(ascii: ","))
            guard let header = try reader.next() else {
                throw ReportError.notComparable(path: path, problem: "is empty; run analyze again to write it")
            }
            var columns: [String: Int] = [:]
            for (index, name) in header.fields.enumerated() where columns[name] == nil { columns[name] = index }
            while let record = try reader.next() {
                try body(Row(file: path, line: record.line, columns: columns, fields: record.fields))
            }
        } catch let error as ReportError {
            throw error
        } catch let malformed as CSVRecordReader.Malformed {
            throw ReportError.notComparable(path: path, problem: "line \(malformed.line): \(malformed.problem); run analyze again to write the file")
        } catch {
            throw ReportError.notComparable(path: path, problem: "cannot be read (\(OutputFolder.reason(error))); check its permissions")
        }
        return true
    }
}
