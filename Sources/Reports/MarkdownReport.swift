import Analysis
import Corpus
import Statistics
import Text

/// What the report says about how it was made.
public struct ReportContext: Sendable {
    /// The corpus path as given.
    public var corpusPath: String
    /// The program version.
    public var version: String
    /// A one-line description of the stopword list in use.
    public var stopwordsDescription: String
    /// Whether boilerplate was removed.
    public var removesBoilerplate: Bool
    /// Terms shown per table.
    public var reportTop: Int
    /// The pairs the network files draw.
    public var graphFilter: GraphFilter
    /// A sentence on the documents `--from`/`--to` left out (empty without them).
    public var dateRangeNote = ""

    public init(corpusPath: String, version: String, stopwordsDescription: String, removesBoilerplate: Bool, reportTop: Int,
                graphFilter: GraphFilter = GraphFilter()) {
        self.graphFilter = graphFilter
        self.corpusPath = corpusPath
        self.version = version
        self.stopwordsDescription = stopwordsDescription
        self.removesBoilerplate = removesBoilerplate
        self.reportTop = reportTop
    }
}

/// `report.md`: the corpus overview and the top terms, overall and per group, for a
/// researcher to read top to bottom.
public enum MarkdownReport {
    /// The report text.
    public static func render(_ results: CorpusResults, context: ReportContext, charts: [ReportCharts.Chart] = [],
                              keywords: KeywordsInContext.Found? = nil, changes: String = "") -> String {
        let analysis = results.analysis
        /// A chart's image link, when the run drew it.
        func chart(_ file: String) -> String {
            guard let chart = charts.first(where: { $0.file == file }) else { return "" }
            return "![\(escape(chart.title))](charts/\(file))\n\n"
        }
        let totals = results.totals
        var out = ""
        let groupLabel = analysis.groupBy
        let groups = analysis.terms.groupNames
        let corpusTerms = totals.terms
        out += "# News coverage report\n\n"
        out += "Corpus \(code(context.corpusPath)): \(analysis.documents.count) documents, "
        out += "\(corpusTerms.tokens) tokens, \(groups.count) \(groupLabel == "outlet" ? "outlets" : "groups by \(escape(groupLabel))")"
        if !analysis.skipped.isEmpty { out += ", \(skippedCount(analysis)) files or records skipped" }
        out += ".\n\n"
        out += "Made by analyze \(context.version). Documents grouped by \(code(groupLabel)); "
        out += context.removesBoilerplate ? "boilerplate removed (see Cleaning); " : "boilerplate kept (`--keep-boilerplate`); "
        out += "stopwords: \(context.stopwordsDescription). "
        out += "Rates are per 10,000 tokens of the group (stopwords included in the denominator).\n\n"
        if !context.dateRangeNote.isEmpty { out += context.dateRangeNote + "\n\n" }

        // What changed since the earlier run comes first (`ChangesReport`).
        out += changes
        out += summarySection(results, groupLabel: groupLabel)
        out += overview(analysis, limit: max(context.reportTop, 20))
        if let coverage = results.coverage {
            out += chart("coverage.svg")
            if coverage.undated > 0 {
                out += "\(coverage.undated) \(coverage.undated == 1 ? "document has" : "documents have") no readable date and \(coverage.undated == 1 ? "is" : "are") not in the chart.\n\n"
            }
        }
        out += duplicateNote(results)
        out += lengthStatistics(analysis)
        out += skippedSection(analysis)
        if let periods = results.periods {
            out += PeriodTables.markdown(periods, resolver: results.entities, groupLabel: groupLabel)
        }
        if context.removesBoilerplate { out += cleaningSection(analysis) }

        let analyses = analysis.analyses
        if analyses.count < AnalysisKind.allCases.count {
            out += "Analyses: \(analyses.sorted().map(\.rawValue).joined(separator: ", ")) only (`--only`).\n\n"
        }
        if let keyness = results.keyness, let collocations = results.collocations {
            out += "## Top terms\n\n"
            out += termTable(corpusTerms.ranked(limit: context.reportTop), intervals: results.intervals[CorpusResults.corpusLabel])
            out += "\n"
            out += chart("top_terms.svg")
            out += keynessSection(keyness, groupLabel: groupLabel, limit: context.reportTop)
            out += chart("keyness.svg")
            if groups.count > 1 {
                out += "## Top terms per \(escape(groupLabel))\n\n"
                let shown = shownGroups(groups, documents: { analysis.terms.groups[$0]?.documents ?? 0 }, limit: max(context.reportTop, 20))
                if shown.count < groups.count {
                    out += "\(groups.count) groups: the \(shown.count) with the most documents are shown; all are in `terms.csv`.\n\n"
                }
                out += chart("top_terms_by_group.svg")
                for name in shown {
                    guard let group = analysis.terms.groups[name] else { continue }
                    out += "### \(escape(name))\n\n"
                    out += "\(group.documents) \(group.documents == 1 ? "document" : "documents"), \(group.tokens) tokens.\n\n"
                    out += termTable(group.ranked(limit: context.reportTop), intervals: results.intervals[name])
                    out += "\n"
                }
            }
            out += collocationSection(collocations, limit: context.reportTop)
        }
        if let resolver = results.entities, let cooccurrence = results.cooccurrence {
            out += entitySection(results, resolver: resolver, cooccurrence: cooccurrence, groupLabel: groupLabel, limit: min(context.reportTop, 15))
            out += chart("cooccurrence.svg")
            out += chart("network.svg")
        }
        if let sentiment = results.sentiment {
            out += sentimentSection(sentiment, groupLabel: groupLabel, limit: max(context.reportTop, 20), chart: chart("sentiment.svg"))
            if let dictionaries = results.dictionaries {
                out += dictionarySection(dictionaries, groupLabel: groupLabel, limit: max(context.reportTop, 20))
            }
        }
        if let figures = results.figures {
            out += figureSection(figures, sentences: results.figureSentences, groupLabel: groupLabel, limit: min(context.reportTop, 10))
            out += chart("figures.svg")
        }
        if analyses.contains(.terms) {
            let ngrams = totals.ngrams
            for n in [2, 3] {
                out += "## Top \(n == 2 ? "bigrams" : "trigrams")\n\n"
                let rows = ngrams.ranked(minCount: 2, limit: context.reportTop) { wordCount($0) == n }
                if rows.isEmpty {
                    out += "No \(n == 2 ? "bigram" : "trigram") occurs twice.\n\n"
                } else {
                    out += termTable(rows)
                    out += "\n"
                }
            }
        }
        if let keywords { out += keywordsSection(keywords) }
        out += methodsSection(results, analyses: analyses)
        out += "## Files\n\n"
        out += "- `report.html`: this report as one self-contained page (charts inline, tables sortable by a click on a column).\n"
        if analyses.contains(.terms) {
            out += "- `terms.csv`: every term's count, rate per 10k tokens and document frequency, for the corpus (scope `corpus`) and per group (scope `group`).\n"
            out += "- `ngrams.csv`: the same for bigrams and trigrams within sentences.\n"
        }
        out += "- `documents.csv`: one row per document: metadata, characters removed by each cleaning rule, sentences, tokens.\n"
        if analyses.contains(.terms) {
            out += "- `keyness.csv`: every term tested, per comparison: counts, expected counts, G², p, q, log-ratio, direction.\n"
            out += "- `collocations.csv`: bigrams with their counts, G², p, PMI and t-score.\n"
            out += "- `doc_terms.csv`: each document's top terms by tf-idf.\n"
            out += "- `term_intervals.csv`: the rates of the top terms above with their bootstrap intervals.\n"
        }
        if let cooccurrence = results.cooccurrence {
            out += "- `entities.csv`: every entity: id, name, type, mentions, documents, groups, surface forms, merge reasons; `entity_forms.csv` and `entity_groups.csv` hold its forms and its mentions per group one per row.\n"
            out += "- `entity_mentions.csv`: every mention with its document, sentence and character offsets in the cleaned text.\n"
            out += "- `cooccurrence.csv`, `cooccurrence_matrix.csv`: entity pairs by \(cooccurrence.window), with counts and association measures.\n"
            out += "- `cooccurrence.graphml`, `cooccurrence.gexf` (the corpus) and `graphs/` (each group): the networks for Gephi or networkx, every entity a node and as edges the \(context.graphFilter.description), weighted by their count.\n"
        }
        if analyses.contains(.sentiment) {
            out += "- `sentiment_sentences.csv`, `sentiment_documents.csv`, `sentiment_groups.csv`, `sentiment_comparisons.csv`: VADER scores per sentence, document and group, and the comparisons of groups.\n"
            if results.dictionaries != nil {
                out += "- `dictionary_documents.csv`, `dictionary_groups.csv`, `dictionary_comparisons.csv`: each dictionary category's percentage of the words per document and group, and the comparisons of groups.\n"
            }
        }
        if keywords != nil {
            out += "- `kwic.csv`: passages (keywords in context) of the report's distinctive terms, strongest entity pairs and compared figures.\n"
        }
        if !charts.isEmpty {
            out += "- `charts/`: the report's charts as SVG (\(charts.map { "`\($0.file)`" }.joined(separator: ", "))), linked above where their section is.\n"
        }
        if analyses.contains(.figures) {
            out += "- `figures.csv`: every figure with its interval, qualifier, unit, counted noun, event, source, time and sentence.\n"
            out += "- `figure_groups.csv`, `figure_comparisons.csv`: figures of the same thing grouped, with their spread, and every pair compared.\n"
        }
        return out
    }

    static func skippedCount(_ analysis: CorpusAnalysis) -> Int {
        analysis.skipped.filter { !$0.documentKept }.count
    }

    /// The groups a report section shows: all when there are at most `limit`, else the
    /// `limit` with the most documents (ties by name), in name order.
    static func shownGroups(_ names: [String], documents: (String) -> Int, limit: Int) -> [String] {
        guard names.count > limit else { return names }
        return names.sorted { (documents($0), $1) > (documents($1), $0) }.prefix(limit).sorted()
    }

    /// The overview table: a row per group (with many groups, the `limit` with the most
    /// documents and one row for the others), and the corpus.
    static func overview(_ analysis: CorpusAnalysis, limit: Int) -> String {
        var out = "## Corpus overview\n\n"
        out += "| \(escape(analysis.groupBy)) | documents | tokens | terms | tokens per document (mean ± sd) | dates |\n"
        out += "| --- | ---: | ---: | ---: | ---: | --- |\n"
        var byGroup: [String: [DocumentSummary]] = [:]
        for doc in analysis.documents { byGroup[doc.group, default: []].append(doc) }
        func row(_ label: String, _ docs: [DocumentSummary]) -> String {
            let tokens = docs.reduce(0) { $0 + $1.tokens }
            let terms = docs.reduce(0) { $0 + $1.terms }
            let lengths = DescriptiveStatistics(docs.map { Double($0.tokens) })
            let lengthText = lengths.map { "\(CSVNumber.fixed($0.mean, decimals: 1)) ± \(CSVNumber.fixed($0.standardDeviation, decimals: 1))" } ?? ""
            let dates = docs.compactMap { $0.metadata["date"] }.filter { CalendarDate(iso: $0) != nil }.sorted()
            let dateText: String
            if let first = dates.first, let last = dates.last {
                dateText = first == last ? first : "\(first) to \(last)"
            } else {
                dateText = "no dates"
            }
            let termText = analysis.analyses.contains(.terms) ? String(terms) : "–"
            return "| \(label) | \(docs.count) | \(tokens) | \(termText) | \(lengthText) | \(escape(dateText)) |\n"
        }
        let allNames = byGroup.keys.sorted()
        let names = allNames.count > limit + 1 ? shownGroups(allNames, documents: { byGroup[$0]?.count ?? 0 }, limit: limit) : allNames
        let shownSet = Set(names)
        let others = allNames.filter { !shownSet.contains($0) }
        for name in names {
            out += row(escape(name), byGroup[name] ?? [])
        }
        if !others.isEmpty {
            out += row("*\(others.count) other groups*", others.flatMap { byGroup[$0] ?? [] })
        }
        out += row("**all**", analysis.documents)
        out += "\n"
        if !others.isEmpty {
            out += "\(byGroup.count) groups by \(code(analysis.groupBy)): the \(limit) with the most documents are shown; "
            out += "a column with this many values makes comparisons between groups weak (few documents each); "
            out += "consider a coarser `--group-by`.\n\n"
        }
        return out
    }

    static func lengthStatistics(_ analysis: CorpusAnalysis) -> String {
        guard let stats = DescriptiveStatistics(analysis.documents.map { Double($0.tokens) }) else { return "" }
        let q1 = DescriptiveStatistics.quantile(analysis.documents.map { Double($0.tokens) }, 0.25) ?? stats.minimum
        let q3 = DescriptiveStatistics.quantile(analysis.documents.map { Double($0.tokens) }, 0.75) ?? stats.maximum
        return "Document length in tokens: mean \(CSVNumber.fixed(stats.mean, decimals: 1)), "
            + "sd \(CSVNumber.fixed(stats.standardDeviation, decimals: 1)), median \(CSVNumber.fixed(stats.median, decimals: 1)) "
            + "(quartiles \(CSVNumber.fixed(q1, decimals: 1)) and \(CSVNumber.fixed(q3, decimals: 1))), "
            + "range \(Int(stats.minimum)) to \(Int(stats.maximum)).\n\n" + cutSentences(analysis)
    }

    /// `n` with commas between groups of three digits, for prose ("4,000").
    static func grouped(_ n: Int) -> String {
        var digits = String(abs(n))
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(digits.suffix(3), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        return (n < 0 ? "-" : "") + groups.joined(separator: ",")
    }

    /// Says how many sentences were too long to analyse whole, when any were.
    static func cutSentences(_ analysis: CorpusAnalysis) -> String {
        let cutDocuments = analysis.documents.filter { $0.sentencesCut > 0 }
        guard let first = cutDocuments.first else { return "" }
        let cut = cutDocuments.reduce(0) { $0 + $1.sentencesCut }
        return "\(cut) \(cut == 1 ? "sentence" : "sentences") in \(cutDocuments.count) \(cutDocuments.count == 1 ? "document" : "documents") "
            + "(the first: \(code(first.id))) \(cut == 1 ? "was" : "were") longer than \(grouped(SentenceSegmenter.maximumSentenceBytes)) bytes "
            + "(a table or list without full stops?) and cut into pieces at spaces; each piece counts as a sentence.\n\n"
    }

    static func skippedSection(_ analysis: CorpusAnalysis) -> String {
        guard !analysis.skipped.isEmpty else { return "No file was skipped.\n\n" }
        var out = "### Skipped files\n\n| reason | files or records | first |\n| --- | ---: | --- |\n"
        for reason in SkippedFile.Reason.allCases {
            let items = analysis.skipped.filter { $0.reason == reason }
            guard let first = items.first else { continue }
            let note = items.allSatisfy(\.documentKept) ? " (text kept)" : ""
            out += "| \(reason.rawValue)\(note) | \(items.count) | \(code(first.path, inTable: true)) |\n"
        }
        return out + "\n"
    }

    /// How many documents repeat an earlier one.
    static func duplicateNote(_ results: CorpusResults) -> String {
        let count = results.duplicates.count
        let rule = "word 5-shingles, MinHash estimate of Jaccard similarity ≥ \(CSVNumber.fixed(DuplicateFinder.threshold, decimals: 1))"
        guard count > 0 else { return "No document repeats another (\(rule)).\n\n" }
        let sets = Set(results.duplicates.values.map(\.original)).count
        return "\(count) \(count == 1 ? "document repeats" : "documents repeat") an earlier one, exactly or nearly (\(rule)), in \(sets) "
            + "\(sets == 1 ? "set" : "sets"): syndicated or re-posted stories. `documents.csv` names the first document of each set "
            + "(`duplicate_of`). The comparisons count each set once (sentiment tests, document-level keyness tests, figure pairs); "
            + "counts and rates count every document.\n\n"
    }

    static func cleaningSection(_ analysis: CorpusAnalysis) -> String {
        let totals = analysis.cleaningTotals
        var out = "## Cleaning\n\n"
        let raw = analysis.documents.reduce(0) { $0 + $1.characters }
        out += "Of \(raw) characters read, \(totals.total) were removed as boilerplate "
        out += "(`--dump-clean DIR` writes the cleaned texts; `--keep-boilerplate` turns cleaning off).\n\n"
        out += "| rule | characters removed | documents |\n| --- | ---: | ---: |\n"
        let unused = BoilerplateRule.allCases.filter { totals[$0] == 0 }
        for rule in BoilerplateRule.allCases where totals[rule] > 0 {
            let documents = analysis.documents.filter { $0.cleaning[rule] > 0 }.count
            out += "| \(rule.rawValue) | \(totals[rule]) | \(documents) |\n"
        }
        if !unused.isEmpty {
            out += "\nRemoved nothing: \(unused.map { "`\($0.rawValue)`" }.joined(separator: ", ")) (every rule has its column in `documents.csv`).\n"
        }
        return out + "\n"
    }

    static func termTable(_ rows: [RankedTerm], intervals: [String: DocumentTermReader.RateInterval]? = nil) -> String {
        guard !rows.isEmpty else { return "No terms.\n" }
        let withIntervals = intervals?.values.contains { $0.interval != nil } ?? false
        var out = "| rank | term | count | per 10k |\(withIntervals ? " 95% interval |" : "") documents |\n"
        out += "| ---: | --- | ---: | ---: |\(withIntervals ? " ---: |" : "") ---: |\n"
        for (i, row) in rows.enumerated() {
            out += "| \(i + 1) | \(escape(row.term)) | \(row.count) | \(CSVNumber.fixed(row.per10k, decimals: 1)) |"
            if withIntervals {
                if let interval = intervals?[row.term]?.interval {
                    out += " \(CSVNumber.fixed(interval.low, decimals: 1)) to \(CSVNumber.fixed(interval.high, decimals: 1)) |"
                } else {
                    out += " |"
                }
            }
            out += " \(row.documents) |\n"
        }
        return out
    }

    static func wordCount(_ term: String) -> Int {
        var spaces = 0
        for byte in term.utf8 where byte == 0x20 { spaces += 1 }
        return spaces + 1
    }

    /// Text from the corpus or its metadata as inline Markdown that renders as the same
    /// text and nothing else: every character CommonMark or GitHub could read as markup
    /// (emphasis, links, HTML, entities, code, tables, strikethrough, math) is escaped with a
    /// backslash, a line break or other control character becomes a space, a leading list,
    /// heading or quote marker is escaped, and web addresses are kept from becoming links
    /// (`https\://`, `www\.`).
    public static func escape(_ text: String) -> String {
        // Control characters become spaces; leading spaces go (four would open a code block).
        let scalars = Array(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }.drop { $0 == " " })
        let first = scalars.firstIndex { $0 != " " } ?? scalars.count
        var digitsEnd = first
        while digitsEnd < scalars.count, ("0"..."9").contains(scalars[digitsEnd]) { digitsEnd += 1 }
        func follows(_ i: Int, _ word: String) -> Bool {
            let letters = Array(word.unicodeScalars)
            guard i >= letters.count else { return false }
            return zip(scalars[(i - letters.count)..<i], letters).allSatisfy { $0.properties.lowercaseMapping == String($1) }
        }
        func isWordCharacter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || ("0"..."9").contains(c) }
        var out = String.UnicodeScalarView()
        for (i, c) in scalars.enumerated() {
            var escapes = false
            switch c {
            case "\\", "`", "*", "[", "]", "<", ">", "|", "~", "&", "#", "$":
                escapes = true
            case "_":
                // Between two letters or digits an underscore never emphasises (file_name).
                escapes = !(i > 0 && i + 1 < scalars.count && isWordCharacter(scalars[i - 1]) && isWordCharacter(scalars[i + 1]))
            case "-", "+", "=":
                escapes = i == first
            case ".", ")":
                // "1. " or "1) " at the start of a line would open an ordered list.
                let listMarker = i == digitsEnd && digitsEnd > first && (i + 1 == scalars.count || scalars[i + 1] == " ")
                escapes = listMarker || (c == "." && follows(i, "www"))
            case ":":
                escapes = i + 1 < scalars.count && scalars[i + 1] == "/" && (follows(i, "http") || follows(i, "https") || follows(i, "ftp"))
            default:
                break
            }
            if escapes { out.append("\\") }
            out.append(c)
            // GitHub's renderer links any `name@domain.tld`, escaped or not; an invisible
            // word joiner after the @ keeps it text.
            if c == "@", i + 1 < scalars.count, isWordCharacter(scalars[i + 1]) { out.append("\u{2060}") }
        }
        return String(out)
    }

    /// Text from the corpus as a Markdown code span: shown verbatim in a fixed font, with a
    /// fence of more backticks than any run inside it.
    public static func code(_ text: String, inTable: Bool = false) -> String {
        var cleaned = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
        var longest = 0, run = 0
        for byte in cleaned.utf8 {
            if byte == UInt8(ascii: "`") { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        let fence = String(repeating: "`", count: longest + 1)
        if cleaned.hasPrefix("`") || cleaned.hasSuffix("`") || (cleaned.hasPrefix(" ") && cleaned.hasSuffix(" ") && !cleaned.allSatisfy { $0 == " " }) {
            cleaned = " " + cleaned + " "
        }
        // In a table a | would still end the cell inside a code span (GitHub tables).
        return fence + (inTable ? cleaned.replacingOccurrences(of: "|", with: "\\|") : cleaned) + fence
    }
}

import Foundation
