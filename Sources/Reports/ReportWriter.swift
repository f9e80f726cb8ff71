import Analysis
import Foundation
import Statistics

/// Options of the written outputs and of the statistics computed for them.
public struct OutputOptions: Sendable {
    /// Rows with fewer occurrences are left out of terms.csv and ngrams.csv (per group).
    public var minCount = 1
    /// At most this many rows per group in terms.csv and ngrams.csv (nil: all).
    public var top: Int?
    /// Terms occurring fewer times than this in target and reference together are not tested for keyness.
    public var keynessMinCount = 3
    /// Compare these two groups (target, reference) instead of each group against the rest.
    public var compare: (String, String)?
    /// Bigrams occurring fewer times than this are not scored as collocations.
    public var collocationMinCount = 3
    /// Terms listed per document in doc_terms.csv.
    public var documentTerms = 10
    /// Resampling for the rate intervals.
    public var bootstrap: Bootstrap
    /// The window of entity co-occurrence.
    public var window: CooccurrenceWindow = .sentence
    /// The gazetteer the run used (its user entries keep their canonical names in the merge).
    public var gazetteer: Gazetteer = .bundled
    /// A user lexicon tallied per document (AFINN, CSV, `.dic`), if any.
    public var lexicon: SentimentLexicon?
    /// Groups of figures larger than this get a row in figure_groups.csv but no pairs.
    public var figurePairsMaxGroup = 20
    /// Write CSV cells as they are, without the formula guard (`--raw-csv`; see `CSVTable`).
    public var rawCSV = false

    public init(bootstrap: Bootstrap) {
        self.bootstrap = bootstrap
    }
}

/// The whole-corpus term and n-gram counts, merged from the groups once per run.
public struct CorpusTotals {
    public let terms: TermFrequencyTable.Group
    public let ngrams: TermFrequencyTable.Group

    public init(_ analysis: CorpusAnalysis) {
        terms = analysis.terms.corpus
        ngrams = analysis.ngrams.corpus
    }
}

/// Everything the outputs are made from, computed once. The parts of an analysis that
/// was not done (`--only`) are nil.
public struct ReportInputs {
    public let totals: CorpusTotals
    public let keyness: KeynessTable?
    public let collocations: CollocationTable?
    /// Rates of the report's top terms with bootstrap intervals, by group then term.
    public let intervals: [String: [String: DocumentTermReader.RateInterval]]
    public let entities: EntityResolver?
    public let cooccurrence: CooccurrenceTable?
    public let sentiment: SentimentSummary?
    /// The figures grouped by what they measure, and their pairs.
    public let figures: FigureComparison?
    /// The text of each sentence that holds a figure, by document and sentence, for the
    /// figure table and the report's quotations.
    public let figureSentences: [Int: [Int: FigureSentence]]
    public let options: OutputOptions

    /// Computes the statistics of `analysis` for the outputs.
    public init(_ analysis: CorpusAnalysis, options: OutputOptions, reportTop: Int) throws {
        self.options = options
        totals = CorpusTotals(analysis)
        var keyness: KeynessTable?
        var collocations: CollocationTable?
        var cooccurrence: CooccurrenceTable?
        var sentiment: SentimentSummary?
        let totals = self.totals
        let analyses = analysis.analyses
        let resolver = analyses.contains(.entities) ? EntityResolver(analysis.entities, gazetteer: options.gazetteer) : nil
        var jobs: [() throws -> Void] = []
        if analyses.contains(.terms) {
            jobs.append { keyness = try KeynessTable(analysis.terms, corpus: totals.terms, minimumCount: options.keynessMinCount, pair: options.compare) }
            jobs.append { collocations = try CollocationTable(ngrams: totals.ngrams, margins: analysis.pairMargins, minimumCount: options.collocationMinCount) }
        }
        if let resolver {
            jobs.append { cooccurrence = try CooccurrenceTable(analysis: analysis, resolver: resolver, window: options.window, corpusLabel: TermTables.corpusGroup) }
        }
        if analyses.contains(.sentiment) {
            jobs.append { sentiment = try SentimentSummary(sentences: analysis.sentences, analysis: analysis, bootstrap: options.bootstrap, corpusLabel: TermTables.corpusGroup) }
        }
        try runConcurrently(jobs)
        self.sentiment = sentiment
        figures = analyses.contains(.figures) ? FigureComparison(records: analysis.figures, maximumGroupSizeForPairs: options.figurePairsMaxGroup) : nil
        figureSentences = analyses.contains(.figures) ? FigureTables.sentenceTexts(analysis) : [:]
        self.keyness = keyness
        self.collocations = collocations
        self.entities = resolver
        self.cooccurrence = cooccurrence
        var intervals: [String: [String: DocumentTermReader.RateInterval]] = [:]
        if analyses.contains(.terms) {
            var selection: [String: [String]] = [TermTables.corpusGroup: totals.terms.ranked(limit: reportTop).map(\.term)]
            if analysis.terms.groups.count > 1 {
                for (name, group) in analysis.terms.groups { selection[name] = group.ranked(limit: reportTop).map(\.term) }
            }
            for rate in try DocumentTermReader(analysis).rateIntervals(selection, corpusLabel: TermTables.corpusGroup, bootstrap: options.bootstrap) {
                intervals[rate.group, default: [:]][rate.term] = rate
            }
        }
        self.intervals = intervals
    }
}

/// Runs independent jobs on all cores; rethrows the first failure (in job order).
func runConcurrently(_ jobs: [() throws -> Void]) throws {
    final class Failures: @unchecked Sendable {
        var errors: [Error?]
        let lock = NSLock()
        init(_ count: Int) { errors = Array(repeating: nil, count: count) }
    }
    let failures = Failures(jobs.count)
    DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
        do { try jobs[i]() } catch {
            failures.lock.lock()
            failures.errors[i] = error
            failures.lock.unlock()
        }
    }
    if let error = failures.errors.compactMap({ $0 }).first { throw error }
}

/// Writes every output of a run into a staged `OutputFolder` and moves it into place.
public enum ReportWriter {
    /// The files a run of every analysis writes (`--only` leaves some out).
    public static let fileNames = ["terms.csv", "ngrams.csv", "documents.csv", "keyness.csv", "collocations.csv",
                                   "doc_terms.csv", "term_intervals.csv", "entities.csv", "entity_mentions.csv", "cooccurrence.csv",
                                   "cooccurrence_matrix.csv", "cooccurrence.graphml", "sentiment_sentences.csv", "sentiment_documents.csv",
                                   "sentiment_groups.csv", "sentiment_comparisons.csv", "figures.csv", "figure_groups.csv",
                                   "figure_comparisons.csv", "report.md"]

    /// The files a marker of an earlier version (which listed no files) stands for.
    public static let legacyNames = Set(fileNames + ["lexicon_documents.csv", "lexicon_groups.csv"])

    /// Writes the outputs of `analysis` into `folder` and commits it, together with `others`
    /// (the `--dump-clean` folder): all are checked before any is replaced.
    public static func write(_ analysis: CorpusAnalysis, to folder: OutputFolder,
                             options: OutputOptions, context: ReportContext, committingAlso others: [OutputFolder] = []) throws {
        do {
            let inputs = try ReportInputs(analysis, options: options, reportTop: context.reportTop)
            let guards = !options.rawCSV
            // The files are independent: build and write them on all cores.
            let analyses = analysis.analyses
            var jobs: [() throws -> Void] = [
                { try DocumentTable.csv(analysis).write(to: folder.file("documents.csv"), guardsFormulas: guards) },
                { try Data(MarkdownReport.render(analysis, inputs: inputs, context: context).utf8)
                    .write(to: URL(fileURLWithPath: folder.file("report.md"))) },
            ]
            if analyses.contains(.terms), let keyness = inputs.keyness, let collocations = inputs.collocations {
                jobs += [
                    { try TermTables.csv(analysis.terms, corpus: inputs.totals.terms, minCount: options.minCount, top: options.top, ngramColumn: false)
                        .write(to: folder.file("terms.csv"), guardsFormulas: guards) },
                    { try TermTables.csv(analysis.ngrams, corpus: inputs.totals.ngrams, minCount: options.minCount, top: options.top, ngramColumn: true)
                        .write(to: folder.file("ngrams.csv"), guardsFormulas: guards) },
                    { try StatisticsTables.keyness(keyness).write(to: folder.file("keyness.csv"), guardsFormulas: guards) },
                    { try StatisticsTables.collocations(collocations).write(to: folder.file("collocations.csv"), guardsFormulas: guards) },
                    { try StatisticsTables.documentTerms(analysis, corpus: inputs.totals.terms, limit: options.documentTerms)
                        .write(to: folder.file("doc_terms.csv"), guardsFormulas: guards) },
                    { try StatisticsTables.intervals(inputs.intervals, bootstrap: options.bootstrap).write(to: folder.file("term_intervals.csv"), guardsFormulas: guards) },
                ]
            }
            if let resolver = inputs.entities, let cooccurrence = inputs.cooccurrence {
                jobs += [
                    { try EntityTables.entities(analysis, resolver).write(to: folder.file("entities.csv"), guardsFormulas: guards) },
                    { try EntityTables.mentions(analysis, resolver).write(to: folder.file("entity_mentions.csv"), guardsFormulas: guards) },
                    { try EntityTables.cooccurrence(cooccurrence, resolver).write(to: folder.file("cooccurrence.csv"), guardsFormulas: guards) },
                    { try EntityTables.matrix(cooccurrence, resolver, corpusLabel: TermTables.corpusGroup)
                        .write(to: folder.file("cooccurrence_matrix.csv"), guardsFormulas: guards) },
                    { try Data(EntityTables.graphML(cooccurrence, resolver, corpusLabel: TermTables.corpusGroup).utf8)
                        .write(to: URL(fileURLWithPath: folder.file("cooccurrence.graphml"))) },
                ]
            }
            if let sentiment = inputs.sentiment {
                jobs += [
                    { try SentimentTables.sentences(analysis).write(to: folder.file("sentiment_sentences.csv"), guardsFormulas: guards) },
                    { try SentimentTables.documents(analysis, sentiment).write(to: folder.file("sentiment_documents.csv"), guardsFormulas: guards) },
                    { try SentimentTables.groups(sentiment, bootstrap: options.bootstrap).write(to: folder.file("sentiment_groups.csv"), guardsFormulas: guards) },
                    { try SentimentTables.comparisons(sentiment).write(to: folder.file("sentiment_comparisons.csv"), guardsFormulas: guards) },
                ]
                if let lexicon = options.lexicon {
                    jobs.append { try LexiconTables.documents(analysis, lexicon).write(to: folder.file("lexicon_documents.csv"), guardsFormulas: guards) }
                    jobs.append { try LexiconTables.groups(analysis, lexicon, corpusLabel: TermTables.corpusGroup).write(to: folder.file("lexicon_groups.csv"), guardsFormulas: guards) }
                }
            }
            if let figures = inputs.figures {
                jobs += [
                    { try FigureTables.figures(figures, sentences: inputs.figureSentences).write(to: folder.file("figures.csv"), guardsFormulas: guards) },
                    { try FigureTables.groups(figures).write(to: folder.file("figure_groups.csv"), guardsFormulas: guards) },
                    { try FigureTables.comparisons(figures).write(to: folder.file("figure_comparisons.csv"), guardsFormulas: guards) },
                ]
            }
            try runConcurrently(jobs)
        } catch let error as ReportError {
            throw error
        } catch let error as StatisticsError {
            throw ReportError.statistics(error.description)
        } catch {
            throw ReportError.outputNotWritable(path: folder.path, reason: OutputFolder.reason(error))
        }
        try OutputFolder.commit([folder] + others)
    }
}
