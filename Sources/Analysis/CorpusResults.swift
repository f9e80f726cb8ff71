import Dispatch
import Foundation
import Statistics

/// Options of the statistics computed from the merged analysis (the finish step).
public struct StatisticsOptions: Sendable {
    /// Terms occurring fewer times than this in target and reference together are not tested for keyness.
    public var keynessMinCount = 3
    /// Compare these two groups (target, reference) instead of each group against the rest.
    public var compare: (String, String)?
    /// Bigrams occurring fewer times than this are not scored as collocations.
    public var collocationMinCount = 3
    /// Resampling for the rate and sentiment intervals.
    public var bootstrap: Bootstrap
    /// The window of entity co-occurrence.
    public var window: CooccurrenceWindow = .sentence
    /// Groups of figures larger than this get a summary but no pairs.
    public var figurePairsMaxGroup = 20
    /// The score two figures of different documents need to be linked (`--figure-link-min`).
    public var figureLinkMinimum = FigureLinker.defaultMinimumScore
    /// Judged figure pairs that override the linker (`--figure-review`).
    public var figureReview = FigureReview()
    /// The most frequent terms of each group (and of the corpus) that get rate intervals.
    public var intervalTerms = 20
    /// The test that ranks keyness (`--keyness-test`); nil: the document-level Welch test when
    /// every comparison has `KeynessTable.minimumDocuments` documents on each side, else G².
    public var keynessTest: KeynessTest?
    /// Coverage over time per period of this length (`--period`); nil: none.
    public var period: PeriodSummary.Unit?

    public init(bootstrap: Bootstrap) {
        self.bootstrap = bootstrap
    }
}

/// The whole-corpus term and n-gram counts, merged from the groups once per run.
public struct CorpusTotals: Sendable {
    public let terms: TermFrequencyTable.Group
    public let ngrams: TermFrequencyTable.Group

    public init(_ analysis: CorpusAnalysis) {
        terms = analysis.terms.corpus
        ngrams = analysis.ngrams.corpus
    }
}

/// The finished analysis: the merged counts of a pass over the corpus and every statistic
/// computed from them. Reports only format this value. The parts of an analysis that was
/// not done (`--only`) are nil or empty.
public struct CorpusResults {
    /// The label of the whole corpus where groups are listed ("(all)").
    public static let corpusLabel = "(all)"

    /// The merged counts and records.
    public let analysis: CorpusAnalysis
    public let options: StatisticsOptions
    public let totals: CorpusTotals
    public let keyness: KeynessTable?
    public let collocations: CollocationTable?
    /// Rates of each group's most frequent terms with bootstrap intervals, by group then term.
    public let intervals: [String: [String: DocumentTermReader.RateInterval]]
    /// The entities, their spelling variants merged across documents.
    public let entities: EntityResolver?
    /// Documents mentioning each entity, by entity id.
    public let entityDocuments: [String: Int]
    public let cooccurrence: CooccurrenceTable?
    public let sentiment: SentimentSummary?
    /// The user dictionaries' categories per group, and the groups compared (`--lexicon`).
    public let dictionaries: DictionarySummary?
    /// The figures grouped by what they measure, and their pairs.
    public let figures: FigureComparison?
    /// The text of each sentence that holds a figure, by document and sentence.
    public let figureSentences: [Int: [Int: FigureSentence]]
    /// Documents that repeat an earlier one (exactly or nearly), by index.
    public let duplicates: [Int: DuplicateMatch]
    /// Documents per group and period of time, when the dates span more than one period.
    public let coverage: CoverageOverTime?
    /// Coverage per period of `options.period` (`--period`).
    public let periods: PeriodSummary?

    /// Computes the statistics of `analysis`: the independent ones (keyness, collocations,
    /// intervals, entities and their co-occurrence, sentiment, figure links) at the same time.
    public init(_ analysis: CorpusAnalysis, options: StatisticsOptions) throws {
        self.analysis = analysis
        self.options = options
        let totals = CorpusTotals(analysis)
        self.totals = totals
        var keyness: KeynessTable?
        var collocations: CollocationTable?
        var cooccurrence: CooccurrenceTable?
        var sentiment: SentimentSummary?
        var intervals: [String: [String: DocumentTermReader.RateInterval]] = [:]
        var entityDocuments: [String: Int] = [:]
        let analyses = analysis.analyses
        let label = Self.corpusLabel
        var resolver: EntityResolver?
        var figures: FigureComparison?
        let figureSentences = analyses.contains(.figures) ? Self.sentenceTexts(analysis) : [:]
        // Copies of earlier documents count once in the comparisons.
        let duplicates = DuplicateFinder.duplicates(analysis.documents.map(\.signature))
        let repeats = Set(duplicates.keys)
        var jobs: [() throws -> Void] = []
        if analyses.contains(.terms) {
            jobs.append {
                var table = try KeynessTable(analysis.terms, corpus: totals.terms, minimumCount: options.keynessMinCount, pair: options.compare)
                try table.addDocumentEvidence(analysis, bootstrap: options.bootstrap, requested: options.keynessTest, repeats: repeats)
                keyness = table
            }
            jobs.append { collocations = try CollocationTable(ngrams: totals.ngrams, margins: analysis.pairMargins, minimumCount: options.collocationMinCount) }
            jobs.append { intervals = try Self.rateIntervals(analysis, totals: totals, options: options) }
        }
        if analyses.contains(.entities) {
            // Resolution first; co-occurrence and document counts read the resolved entities.
            jobs.append {
                let resolved = EntityResolver(analysis.entities, gazetteer: analysis.gazetteer)
                resolver = resolved
                try ParallelJobs.run([
                    { cooccurrence = try CooccurrenceTable(analysis: analysis, resolver: resolved, window: options.window, corpusLabel: label) },
                    { entityDocuments = Self.documentsPerEntity(analysis, resolved) },
                ])
            }
        }
        if analyses.contains(.figures) {
            jobs.append {
                figures = FigureComparison(records: analysis.figures, maximumGroupSizeForPairs: options.figurePairsMaxGroup, repeats: repeats,
                                           minimumScore: options.figureLinkMinimum, review: options.figureReview, sentences: figureSentences,
                                           documentNames: analysis.figureDocumentNames)
            }
        }
        var dictionaries: DictionarySummary?
        if analyses.contains(.sentiment) && !analysis.lexicons.isEmpty {
            jobs.append { dictionaries = try DictionarySummary(analysis: analysis, bootstrap: options.bootstrap, corpusLabel: label, repeats: repeats) }
        }
        if analyses.contains(.sentiment) {
            jobs.append { sentiment = try SentimentSummary(sentences: analysis.sentenceScores, analysis: analysis, bootstrap: options.bootstrap,
                                                           corpusLabel: label, repeats: repeats) }
        }
        try ParallelJobs.runOnThreads(jobs)
        self.keyness = keyness
        self.collocations = collocations
        self.intervals = intervals
        self.entities = resolver
        self.entityDocuments = entityDocuments
        self.cooccurrence = cooccurrence
        self.sentiment = sentiment
        self.dictionaries = dictionaries
        self.figures = figures
        self.figureSentences = figureSentences
        self.duplicates = duplicates
        coverage = CoverageOverTime(analysis.documents)
        periods = try options.period.map { unit in
            try PeriodSummary(analysis, unit: unit, corpus: totals.terms, termLimit: analyses.contains(.terms) ? options.intervalTerms : 0,
                              resolver: resolver, sentiment: sentiment, bootstrap: options.bootstrap, corpusLabel: label)
        }
    }

    /// Calls `body` with each document, in corpus order, and its `limit` terms of highest
    /// tf-idf (see `DocumentTermReader.forEachDocumentTopTerms`).
    public func forEachDocumentTopTerms(limit: Int, _ body: (DocumentSummary, [DocumentTermReader.WeightedTerm]) throws -> Void) throws {
        try DocumentTermReader(analysis).forEachDocumentTopTerms(corpus: totals.terms, limit: limit, body)
    }

    /// Rate intervals of the corpus's and each group's most frequent terms.
    static func rateIntervals(_ analysis: CorpusAnalysis, totals: CorpusTotals,
                              options: StatisticsOptions) throws -> [String: [String: DocumentTermReader.RateInterval]] {
        var selection: [String: [String]] = [corpusLabel: totals.terms.ranked(limit: options.intervalTerms).map(\.term)]
        if analysis.terms.groups.count > 1 {
            for (name, group) in analysis.terms.groups { selection[name] = group.ranked(limit: options.intervalTerms).map(\.term) }
        }
        var intervals: [String: [String: DocumentTermReader.RateInterval]] = [:]
        for rate in try DocumentTermReader(analysis).rateIntervals(selection, corpusLabel: corpusLabel, bootstrap: options.bootstrap) {
            intervals[rate.group, default: [:]][rate.term] = rate
        }
        return intervals
    }

    /// Documents per entity id, counted from the mention positions.
    static func documentsPerEntity(_ analysis: CorpusAnalysis, _ resolver: EntityResolver) -> [String: Int] {
        var count = [Int](repeating: 0, count: resolver.entities.count)
        var lastDocument = [Int32](repeating: -1, count: resolver.entities.count)
        for collector in analysis.entityCollectors {
            // Documents come in increasing order within a collector, and each document is in one.
            let entityOf = collector.keys.map { resolver.indexOf[$0] ?? -1 }
            for position in collector.positions {
                let entity = Int(entityOf[Int(position.key)])
                guard entity >= 0, lastDocument[entity] != position.document else { continue }
                lastDocument[entity] = position.document
                count[entity] += 1
            }
        }
        var byID: [String: Int] = [:]
        for (index, entity) in resolver.entities.enumerated() where count[index] > 0 { byID[entity.id] = count[index] }
        return byID
    }

    /// The sentences holding figures, by document and sentence.
    static func sentenceTexts(_ analysis: CorpusAnalysis) -> [Int: [Int: FigureSentence]] {
        var texts: [Int: [Int: FigureSentence]] = [:]
        for sentence in analysis.figureSentences { texts[sentence.document, default: [:]][sentence.sentence] = sentence }
        return texts
    }
}

extension CorpusAnalysis {
    /// The statistics of this merged analysis.
    public func finish(_ options: StatisticsOptions) throws -> CorpusResults {
        try CorpusResults(self, options: options)
    }
}

/// Runs independent jobs on all cores.
public enum ParallelJobs {
    /// Each job's error, in job order, collected from any thread.
    private final class Failures: @unchecked Sendable {
        private var errors: [Error?]
        private let lock = NSLock()
        init(_ count: Int) { errors = Array(repeating: nil, count: count) }

        func record(_ error: Error, at index: Int) {
            lock.lock()
            errors[index] = error
            lock.unlock()
        }

        /// The first failure in job order, if any.
        var first: Error? { errors.compactMap { $0 }.first }
    }

    /// Runs every job; rethrows the first failure in job order.
    public static func run(_ jobs: [() throws -> Void]) throws {
        let failures = Failures(jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            do { try jobs[i]() } catch { failures.record(error, at: i) }
        }
        if let error = failures.first { throw error }
    }

    /// Runs every job on a thread of its own; rethrows the first failure in job order.
    ///
    /// For jobs that spread their own work over the cores (`concurrentPerform` inside):
    /// GCD runs a `concurrentPerform` nested in another one on the calling thread alone,
    /// so a long job started by `run` (document-level keyness with thousands of groups)
    /// would use one core however many are free.
    public static func runOnThreads(_ jobs: [() throws -> Void]) throws {
        let failures = Failures(jobs.count)
        let finished = DispatchSemaphore(value: 0)
        for i in jobs.indices {
            let job = jobs[i]
            let thread = Thread {
                do { try job() } catch { failures.record(error, at: i) }
                finished.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        for _ in jobs.indices { finished.wait() }
        if let error = failures.first { throw error }
    }
}
