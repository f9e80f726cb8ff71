import Analysis
import Foundation
import Corpus
import Text

/// `kwic.csv` and the report's "Keywords in context": the passages behind the report's
/// findings. The queries are the report's own: the distinctive terms of the groups it shows,
/// its strongest entity pairs (sentences holding both), and the figures it compares.
public enum KeywordsInContext {
    /// Lines per item in `kwic.csv`, at most (the first in corpus order).
    public static let linesPerItem = 50
    /// Tokens of context on each side.
    public static let window = 8
    public static let columns = ["item", "file", "group", "sentence", "char_start", "char_end", "raw_char_start", "raw_char_end",
                                 "left", "match", "right"]

    /// A run's items and the lines found for them.
    public struct Found: Sendable {
        public let items: [Concordance.Query]
        public let lines: [Concordance.Line]
        /// The items the report's section shows: the summary's.
        public let shown: [String]

        public init(items: [Concordance.Query], lines: [Concordance.Line], shown: [String]) {
            self.items = items
            self.lines = lines
            self.shown = shown
        }
    }

    /// Reads the corpus again for the lines of the report's items.
    public static func find(_ results: CorpusResults, reportTop: Int, reader: CorpusReader, removesBoilerplate: Bool,
                            stems: Bool, workers: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> Found {
        let items = queries(results, reportTop: reportTop)
        let summary = Set(summaryItems(results))
        let shown = items.filter { summary.contains($0.item) }.map(\.item)
        guard !items.isEmpty else { return Found(items: [], lines: [], shown: []) }
        let concordance = Concordance(queries: items, context: .tokens(window), limit: linesPerItem, groupBy: results.analysis.groupBy,
                                      removesBoilerplate: removesBoilerplate, stemmer: stems ? SnowballStemmer() : nil)
        let candidates = try concordance.candidateDocuments(in: results.analysis)
        return Found(items: items, lines: try concordance.lines(in: reader, workers: workers, candidates: candidates), shown: shown)
    }

    /// The items of a run, in the report's order: terms, pairs, figures.
    public static func queries(_ results: CorpusResults, reportTop: Int) -> [Concordance.Query] {
        var queries: [Concordance.Query] = []
        var seen = Set<String>()
        func add(_ query: Concordance.Query) {
            if seen.insert(query.item).inserted { queries.append(query) }
        }
        let analysis = results.analysis
        if let keyness = results.keyness {
            let documents = Dictionary(analysis.documents.map { ($0.group, 1) }, uniquingKeysWith: +)
            let shown = Set(MarkdownReport.shownGroups(keyness.comparisons.map(\.target), documents: { documents[$0] ?? 0 },
                                                       limit: max(reportTop, 20)))
            for comparison in keyness.comparisons where shown.contains(comparison.target) {
                for row in comparison.keyTerms(limit: reportTop, test: keyness.test) {
                    add(Concordance.Query(item: "term:" + row.term, phrases: [row.term]))
                }
            }
        }
        if let resolver = results.entities, let cooccurrence = results.cooccurrence {
            let byID = Dictionary(uniqueKeysWithValues: resolver.entities.map { ($0.id, $0) })
            for pair in MarkdownReport.strongestPairs(cooccurrence, limit: min(reportTop, 15)) {
                guard let a = byID[pair.a], let b = byID[pair.b] else { continue }
                add(Concordance.Query(item: "pair:\(a.canonical) – \(b.canonical)", phrases: forms(a), requiring: forms(b)))
            }
        }
        if let figures = results.figures {
            let pairs = MarkdownReport.largestDisagreements(figures).prefix(min(reportTop, 10)).map(\.pair)
            for pair in pairs {
                for index in [pair.earlier, pair.later] {
                    let record = figures.records[index]
                    add(Concordance.Query(item: "figure:" + FigureReview.key(record), phrases: [record.figure.surface],
                                          document: record.documentID, sentence: record.figure.sentence))
                }
            }
        }
        return queries
    }

    /// The items of the report's summary (`MarkdownReport.summaryFindings`): its distinctive
    /// terms, its entity pair and the two figures of its disagreement.
    public static func summaryItems(_ results: CorpusResults) -> [String] {
        let findings = MarkdownReport.summaryFindings(results)
        var items = (findings.terms ?? []).flatMap { $0.rows.map { "term:" + $0.term } }
        if let pair = findings.pair, let resolver = results.entities {
            let names = Dictionary(uniqueKeysWithValues: resolver.entities.map { ($0.id, $0.canonical) })
            if let a = names[pair.a], let b = names[pair.b] { items.append("pair:\(a) – \(b)") }
        }
        if let pair = findings.disagreement, let figures = results.figures {
            items += [pair.earlier, pair.later].map { "figure:" + FigureReview.key(figures.records[$0]) }
        }
        return items
    }

    /// An entity's name and every form it is written in.
    static func forms(_ entity: EntityResolver.Entity) -> [String] {
        ([entity.canonical] + entity.entry.surfaces.keys.sorted()).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }

    /// The lines as CSV.
    public static func csv(_ lines: [Concordance.Line]) -> CSVTable {
        var table = CSVTable(header: columns)
        for line in lines { table.append(fields(line)) }
        return table
    }

    public static func fields(_ line: Concordance.Line) -> [String] {
        [line.item, line.documentID, line.group, String(line.sentence + 1), String(line.characterStart), String(line.characterEnd),
         line.rawStart.map(String.init) ?? "", line.rawEnd.map(String.init) ?? "", line.left, line.match, line.right]
    }
}

extension MarkdownReport {
    /// The report's section: for each of the summary's items, how many lines `kwic.csv` holds
    /// and the first of them.
    static func keywordsSection(_ found: KeywordsInContext.Found) -> String {
        var out = "## Keywords in context\n\n"
        out += "`kwic.csv` holds up to \(KeywordsInContext.linesPerItem) passages (in corpus order, \(KeywordsInContext.window) tokens "
        out += "on each side) for each distinctive term (item `term:…`), each strongest entity pair (`pair:…`: sentences naming both) "
        out += "and each compared figure (`figure:FILE@CHAR`): \(found.items.count) items, \(found.lines.count) passages. "
        out += "`analyze kwic CORPUS QUERY` finds any other word or phrase.\n\n"
        guard !found.shown.isEmpty else { return out + "The summary names no term, pair or figure to look up.\n\n" }
        var byItem: [String: [Concordance.Line]] = [:]
        for line in found.lines { byItem[line.item, default: []].append(line) }
        out += "The summary's items, each with its first passage:\n\n"
        out += "| item | passages | first passage | file |\n| --- | ---: | --- | --- |\n"
        for item in found.shown {
            let lines = byItem[item] ?? []
            var passage = ""
            if let line = lines.first {
                passage = escape(line.left) + (line.spaceBefore ? " " : "") + "**\(escape(line.match))**" + (line.spaceAfter ? " " : "") + escape(line.right)
            }
            let count = lines.count >= KeywordsInContext.linesPerItem ? "\(lines.count)+" : String(lines.count)
            out += "| \(escape(item)) | \(count) | \(passage) | \(escape(lines.first?.documentID ?? "")) |\n"
        }
        return out + "\n"
    }
}
