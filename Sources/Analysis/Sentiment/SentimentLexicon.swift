import Corpus
import Foundation
import Text
import Yams

/// A sentiment lexicon from one of the usual file formats:
/// - VADER: `token<TAB>mean<TAB>sd<TAB>[ratings]` (used by the VADER scorer);
/// - AFINN: `word<TAB>integer` (−5 to 5; entries may be several words);
/// - CSV: `term,score` (a header row is allowed);
/// - LIWC-style `.dic`: a `%` line, the category table (`id<TAB>name`), a `%` line, then
///   `word<TAB>id<TAB>id...`, where a trailing `*` matches any ending;
/// - LIWC-22's `.dicx`: CSV with a `DicTerm` column and one column per category, an `X`
///   where the term belongs to it;
/// - quanteda's YAML dictionary (`.yml`, `.yaml`): categories mapping to lists of words,
///   nested categories named `parent.child` as quanteda flattens them.
/// Words and multi-word entries are matched on the tokenizer's lowercased tokens.
public struct SentimentLexicon: Sendable {
    public enum Format: String, Sendable {
        case vader, afinn, csv, dic, dicx, yaml

        /// Whether entries belong to categories (rather than carrying scores).
        public var isCategorical: Bool { self == .dic || self == .dicx || self == .yaml }
    }

    /// A malformed lexicon file; the message names the line.
    public struct FileError: Error, CustomStringConvertible {
        public let path: String
        public let line: Int?
        public let problem: String
        public var description: String { line.map { "\(path):\($0): \(problem)" } ?? "\(path): \(problem)" }

        public init(path: String, line: Int?, problem: String) {
            self.path = path
            self.line = line
            self.problem = problem
        }
    }

    public let format: Format
    /// Score by entry (tokens joined by a space); empty for a `.dic` dictionary.
    public let scores: [String: Double]
    /// Category names by id (`.dic`).
    public let categories: [Int: String]
    /// Categories by exact entry, and by prefix for wildcard entries (`.dic`).
    public let entryCategories: [String: [Int]]
    public let prefixCategories: [(prefix: String, categories: [Int])]
    /// The longest entry, in tokens.
    public let longestEntry: Int
    /// The category ids in order (the order of `measureNames`).
    let categoryIDs: [Int]
    /// The file it was read from, and its name without the extension (the dictionary's
    /// name in the outputs).
    public internal(set) var path = ""
    public internal(set) var name = ""

    /// Reads `path`, choosing the format by extension (`.dic`, `.csv`) or by the shape of its
    /// lines (VADER's four tab-separated fields, else AFINN's two).
    public static func load(path: String) throws -> SentimentLexicon {
        let data: [UInt8]
        do {
            data = try RegularFile.read(path: path, limit: RegularFile.maximumOptionFileBytes)
        } catch let failure as RegularFile.Failure {
            throw FileError(path: path, line: nil, problem: "\(failure.detail); check the path given to --lexicon")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw FileError(path: path, line: nil, problem: "is not valid UTF-8; re-save it as UTF-8")
        }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).map(String.init)
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        var lexicon: SentimentLexicon
        switch ext {
        case "dic": lexicon = try parseDic(lines, path: path)
        case "dicx": lexicon = try parseDicx(path: path)
        case "yml", "yaml": lexicon = try parseYAML(text, path: path)
        case "csv": lexicon = try parseScores(lines, path: path, format: .csv)
        default:
            let first = lines.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
            lexicon = try parseScores(lines, path: path, format: first.split(separator: "\t").count >= 4 ? .vader : .afinn)
        }
        lexicon.path = path
        let file = (path as NSString).lastPathComponent
        lexicon.name = file.contains(".") ? String(file[..<file.lastIndex(of: ".")!]) : file
        return lexicon
    }

    /// LIWC-22's `.dicx`: a header `DicTerm,Category,...`, then a term per row with `X` in
    /// the columns of its categories.
    static func parseDicx(path: String) throws -> SentimentLexicon {
        var reader: CSVRecordReader
        do {
            reader = try CSVRecordReader(path: path)
        } catch let failure as RegularFile.Failure {
            throw FileError(path: path, line: nil, problem: "\(failure.detail); check the path given to --lexicon")
        }
        var categories: [Int: String] = [:]
        var exact: [String: [Int]] = [:]
        var prefixes: [(String, [Int])] = []
        do {
            guard var header = try reader.next()?.fields else { throw FileError(path: path, line: nil, problem: "is empty") }
            if let first = header.first, first.hasPrefix("\u{FEFF}") { header[0] = String(first.dropFirst()) }
            guard header.count >= 2, header[0].trimmingCharacters(in: .whitespaces).lowercased() == "dicterm" else {
                throw FileError(path: path, line: 1, problem: "a .dicx dictionary starts with a header DicTerm,Category,...; save it from LIWC-22 as .dicx")
            }
            for (index, name) in header.dropFirst().enumerated() { categories[index + 1] = name.trimmingCharacters(in: .whitespaces) }
            while let record = try reader.next() {
                let fields = record.fields
                let term = fields[0].trimmingCharacters(in: .whitespaces).lowercased()
                if term.isEmpty { continue }
                guard fields.count <= header.count else {
                    throw FileError(path: path, line: record.line, problem: "\(fields.count == 1 ? "1 column" : "\(fields.count) columns") where the header has \(header.count)")
                }
                let ids = fields.indices.dropFirst().filter { !fields[$0].trimmingCharacters(in: .whitespaces).isEmpty }
                guard !ids.isEmpty else {
                    throw FileError(path: path, line: record.line, problem: "'\(fields[0])' is in no category; mark its categories with X")
                }
                try add(term, ids, path: path, line: record.line, exact: &exact, prefixes: &prefixes)
            }
        } catch let malformed as CSVRecordReader.Malformed {
            throw FileError(path: path, line: malformed.line, problem: malformed.problem)
        }
        return categorical(.dicx, categories: categories, exact: exact, prefixes: prefixes, path: path)
    }

    /// quanteda's YAML dictionary: `category: [word, word*]`, nested categories flattened
    /// to `parent.child`.
    static func parseYAML(_ text: String, path: String) throws -> SentimentLexicon {
        // Read as nodes, not as values, so that a word such as no, yes, on, null or 1.5 stays
        // the word it is written as (YAML would make it a boolean, a null or a number).
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            let detail = "\(error)".split(separator: "\n").first.map(String.init) ?? "not YAML"
            throw FileError(path: path, line: nil, problem: "not a YAML dictionary (\(detail)); write one category per key with a list of words")
        }
        guard let mapping = root?.mapping, !mapping.isEmpty else {
            throw FileError(path: path, line: nil, problem: "a YAML dictionary is a mapping of categories to lists of words, as quanteda writes it")
        }
        var words: [(category: String, words: [String])] = []
        func walk(_ value: Node, _ name: String) throws {
            switch value {
            case .scalar(let scalar):
                words.append((name, [scalar.string]))
            case .sequence(let sequence):
                words.append((name, try sequence.map { item in
                    guard let word = item.scalar?.string else {
                        throw FileError(path: path, line: item.mark.map { $0.line }, problem: "category \(name) lists something that is not a word")
                    }
                    return word
                }))
            case .mapping(let nested):
                for (key, child) in nested.sorted(by: { ($0.key.scalar?.string ?? "") < ($1.key.scalar?.string ?? "") }) {
                    try walk(child, name + "." + (key.scalar?.string ?? ""))
                }
            case .alias:
                throw FileError(path: path, line: value.mark.map { $0.line }, problem: "category \(name) uses a YAML alias; write its words out")
            }
        }
        for (key, child) in mapping.sorted(by: { ($0.key.scalar?.string ?? "") < ($1.key.scalar?.string ?? "") }) {
            guard let name = key.scalar?.string, !name.isEmpty else {
                throw FileError(path: path, line: key.mark.map { $0.line }, problem: "a category needs a name")
            }
            try walk(child, name)
        }
        var categories: [Int: String] = [:]
        var byTerm: [String: [Int]] = [:]
        var order: [String] = []
        for (index, entry) in words.enumerated() {
            categories[index + 1] = entry.category
            for word in entry.words {
                let term = word.trimmingCharacters(in: .whitespaces).lowercased()
                if term.isEmpty { continue }
                if byTerm[term] == nil { order.append(term) }
                if byTerm[term]?.contains(index + 1) != true { byTerm[term, default: []].append(index + 1) }
            }
        }
        var exact: [String: [Int]] = [:]
        var prefixes: [(String, [Int])] = []
        for term in order { try add(term, byTerm[term] ?? [], path: path, line: nil, exact: &exact, prefixes: &prefixes) }
        return categorical(.yaml, categories: categories, exact: exact, prefixes: prefixes, path: path)
    }

    /// Adds a dictionary term: a trailing `*` matches any ending; other wildcards are refused.
    static func add(_ term: String, _ ids: [Int], path: String, line: Int?,
                    exact: inout [String: [Int]], prefixes: inout [(String, [Int])]) throws {
        let stem = term.hasSuffix("*") ? String(term.dropLast()) : term
        guard !stem.contains("*"), !stem.contains("?") else {
            throw FileError(path: path, line: line, problem: "'\(term)': only a * at the end of a word is understood as a wildcard")
        }
        let key = normalize(stem)
        guard !key.isEmpty else { throw FileError(path: path, line: line, problem: "'\(term)' has no word") }
        if term.hasSuffix("*") {
            prefixes.append((key, ids))
        } else {
            exact[key, default: []].append(contentsOf: ids.filter { !(exact[key]?.contains($0) ?? false) })
        }
    }

    static func categorical(_ format: Format, categories: [Int: String], exact: [String: [Int]], prefixes: [(String, [Int])],
                            path: String) -> SentimentLexicon {
        let sorted = prefixes.sorted { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0 < $1.0 }
        return SentimentLexicon(format: format, scores: [:], categories: categories, entryCategories: exact, prefixCategories: sorted)
    }

    init(format: Format, scores: [String: Double], categories: [Int: String] = [:], entryCategories: [String: [Int]] = [:],
         prefixCategories: [(prefix: String, categories: [Int])] = []) {
        self.format = format
        self.scores = scores
        self.categories = categories
        self.entryCategories = entryCategories
        self.prefixCategories = prefixCategories
        categoryIDs = categories.keys.sorted()
        let entries = Array(scores.keys) + Array(entryCategories.keys)
        longestEntry = max(1, entries.map { $0.split(separator: " ").count }.max() ?? 1)
    }

    static func normalize(_ entry: String) -> String {
        Tokenizer().tokens(of: entry).joined(separator: " ")
    }

    static func parseScores(_ lines: [String], path: String, format: Format) throws -> SentimentLexicon {
        var scores: [String: Double] = [:]
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = format == .csv ? line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: [" ", "\""]) }
                                        : line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let expected = format == .vader ? 4 : 2
            guard fields.count == expected || (format == .vader && fields.count >= 2) else {
                throw FileError(path: path, line: index + 1, problem: "\(fields.count == 1 ? "1 column" : "\(fields.count) columns") where \(format.rawValue.uppercased()) lines have \(expected); check the separator (\(format == .csv ? "comma" : "tab"))")
            }
            guard let score = Double(fields[1]), score.isFinite else {
                if format == .csv && index == lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue } // header
                throw FileError(path: path, line: index + 1, problem: "'\(fields[1])' is not a number; give each entry a numeric score")
            }
            if format == .afinn && score != score.rounded() {
                throw FileError(path: path, line: index + 1, problem: "'\(fields[1])' is not an integer; AFINN scores are integers from -5 to 5")
            }
            let key = format == .vader ? fields[0] : normalize(fields[0])
            guard !key.isEmpty else { throw FileError(path: path, line: index + 1, problem: "the entry has no word") }
            scores[key] = score
        }
        guard !scores.isEmpty else { throw FileError(path: path, line: nil, problem: "holds no entries") }
        return SentimentLexicon(format: format, scores: scores)
    }

    static func parseDic(_ lines: [String], path: String) throws -> SentimentLexicon {
        var index = 0
        while index < lines.count && lines[index].trimmingCharacters(in: .whitespaces).isEmpty { index += 1 }
        guard index < lines.count, lines[index].trimmingCharacters(in: .whitespaces) == "%" else {
            throw FileError(path: path, line: index + 1, problem: "a .dic dictionary starts with a line holding only %")
        }
        index += 1
        var categories: [Int: String] = [:]
        while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces) != "%" {
            let fields = lines[index].split(whereSeparator: { $0 == "\t" || $0 == " " }).map(String.init)
            if !fields.isEmpty {
                guard fields.count == 2, let id = Int(fields[0]) else {
                    throw FileError(path: path, line: index + 1, problem: "a category line is 'id<TAB>name'")
                }
                categories[id] = fields[1]
            }
            index += 1
        }
        guard index < lines.count else { throw FileError(path: path, line: nil, problem: "the category table is not closed by a % line") }
        index += 1
        var exact: [String: [Int]] = [:]
        var prefixes: [(String, [Int])] = []
        while index < lines.count {
            let fields = lines[index].split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            defer { index += 1 }
            if fields.isEmpty { continue }
            guard fields.count >= 2 else {
                throw FileError(path: path, line: index + 1, problem: "'\(fields[0])' has no category; write word<TAB>id<TAB>id...")
            }
            var ids: [Int] = []
            for field in fields.dropFirst() {
                guard let id = Int(field) else {
                    throw FileError(path: path, line: index + 1, problem: "'\(field)' is not a category id")
                }
                guard categories[id] != nil else {
                    throw FileError(path: path, line: index + 1, problem: "category \(id) is not in the category table")
                }
                ids.append(id)
            }
            let word = fields[0].lowercased()
            if word.hasSuffix("*") {
                prefixes.append((normalize(String(word.dropLast())), ids))
            } else {
                exact[normalize(word)] = ids
            }
        }
        prefixes.sort { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0 < $1.0 }
        return SentimentLexicon(format: .dic, scores: [:], categories: categories, entryCategories: exact, prefixCategories: prefixes)
    }

    /// The categories the outputs report, in order: a categorical dictionary's own (by id);
    /// for a score lexicon `all` (every entry found), `positive` and `negative` (entries with
    /// a positive or negative score).
    public var measureNames: [String] {
        format.isCategorical ? categoryIDs.map { categories[$0] ?? String($0) } : ["all", "positive", "negative"]
    }

    /// How often measure `k` of `measureNames` matched in `tally`.
    public func count(_ tally: Tally, measure k: Int) -> Int {
        if format.isCategorical { return tally.categories[categoryIDs[k]] ?? 0 }
        return [tally.matches, tally.positive, tally.negative][k]
    }

    /// The sum of the scores of measure `k` in `tally` (nil for a categorical dictionary).
    public func scoreSum(_ tally: Tally, measure k: Int) -> Double? {
        if format.isCategorical { return nil }
        return [tally.sum, tally.positiveSum, tally.sum - tally.positiveSum][k]
    }

    /// What a lexicon finds in a sequence of lowercased tokens.
    public struct Tally: Sendable, Equatable {
        public var tokens = 0
        public var matches = 0
        public var sum = 0.0
        public var positive = 0
        public var negative = 0
        /// The sum of the positive scores (the negative ones sum to `sum - positiveSum`).
        public var positiveSum = 0.0
        public var categories: [Int: Int] = [:]

        public init() {}
    }

    /// Scores `tokens`: the longest entry at each position counts once.
    public func tally(_ tokens: [String]) -> Tally {
        var tally = Tally()
        tally.tokens = tokens.count
        var i = 0
        while i < tokens.count {
            var matched = 1
            var found = false
            var n = min(longestEntry, tokens.count - i)
            while n >= 1 {
                let key = n == 1 ? tokens[i] : tokens[i..<(i + n)].joined(separator: " ")
                if let score = scores[key] {
                    tally.matches += 1
                    tally.sum += score
                    if score > 0 {
                        tally.positive += 1
                        tally.positiveSum += score
                    } else if score < 0 {
                        tally.negative += 1
                    }
                    matched = n
                    found = true
                    break
                }
                if let ids = entryCategories[key] {
                    tally.matches += 1
                    for id in ids { tally.categories[id, default: 0] += 1 }
                    matched = n
                    found = true
                    break
                }
                n -= 1
            }
            if !found, format.isCategorical, let wildcard = prefixCategories.first(where: { tokens[i].hasPrefix($0.prefix) }) {
                tally.matches += 1
                for id in wildcard.categories { tally.categories[id, default: 0] += 1 }
            }
            i += matched
        }
        return tally
    }
}
