import Corpus
import Text

/// Everything one pass over a corpus produces: the aggregate every report reads.
/// `merge` is associative and commutative, so parallel workers and sharded runs combine
/// into the same result as a single pass.
public struct CorpusAnalysis: Sendable {
    /// The metadata column documents are grouped by.
    public var groupBy: String
    /// One summary per document, in corpus order.
    public var documents: [DocumentSummary] = []
    /// Files and records that were skipped, in corpus order.
    public var skipped: [SkippedFile] = []
    /// Term counts per group.
    public var terms = TermFrequencyTable()
    /// Bigram and trigram counts per group.
    public var ngrams = TermFrequencyTable()
    /// Adjacent-pair margins, for collocations.
    public var pairMargins = PairMargins()
    /// Per-document term counts, one spill file per worker (read back for tf-idf and
    /// document resampling).
    public var termSpills: [DocumentTermSpill] = []
    /// Entity mentions: the mergeable table, and each worker's mention records.
    public var entities = EntityTable()
    public var entityCollectors: [EntityCollector] = []
    /// The compound scores of every sentence, in corpus order after `merge`.
    public var sentenceScores: [SentenceScore] = []
    /// The sentences' rows with their text and all scores, one spill per worker (read back
    /// in corpus order by `forEachSentenceRow`).
    public var sentenceSpills: [RecordSpill] = []
    /// The user lexicons' tallies per document (by sequence number; one per lexicon, in the
    /// order of `lexicons`), with `--lexicon`.
    public var lexiconTallies: [Int: [SentimentLexicon.Tally]] = [:]
    /// The figures of every document, in corpus order after `merge`.
    public var figures: [FigureRecord] = []
    /// The sentences that hold figures, in corpus order after `merge`.
    public var figureSentences: [FigureSentence] = []
    /// The names (capitalised words inside sentences, `FigureExtractor.documentNames`) of
    /// each document that reports a figure, by sequence number: articles about one event name
    /// the same people and places.
    public var figureDocumentNames: [Int: [UInt32]] = [:]
    /// Metadata columns in a stable order.
    public var metadataColumns: [String] = []
    /// The analyses that were done (`--only`); the tables of the others are empty.
    public var analyses = Set(AnalysisKind.allCases)
    /// The known entities the run recognised with (their canonical names win in the merge).
    public var gazetteer: Gazetteer = .bundled
    /// The user lexicons tallied per document (`--lexicon` in AFINN, CSV, `.dic`, `.dicx` or
    /// YAML form).
    public var lexicons: [SentimentLexicon] = []

    public init(groupBy: String) {
        self.groupBy = groupBy
    }

    /// Adds `other` to this analysis.
    public mutating func merge(_ other: CorpusAnalysis) {
        documents.append(contentsOf: other.documents)
        documents.sort { $0.sequenceNumber < $1.sequenceNumber }
        skipped.append(contentsOf: other.skipped)
        terms.merge(other.terms)
        ngrams.merge(other.ngrams)
        pairMargins.merge(other.pairMargins)
        termSpills.append(contentsOf: other.termSpills)
        entities.merge(other.entities)
        entityCollectors.append(contentsOf: other.entityCollectors)
        sentenceScores.append(contentsOf: other.sentenceScores)
        sentenceScores.sort { $0.document != $1.document ? $0.document < $1.document : $0.sentence < $1.sentence }
        sentenceSpills.append(contentsOf: other.sentenceSpills)
        lexiconTallies.merge(other.lexiconTallies) { a, _ in a }
        figures.append(contentsOf: other.figures)
        figures.sort { $0.document != $1.document ? $0.document < $1.document : $0.characterStart < $1.characterStart }
        figureSentences.append(contentsOf: other.figureSentences)
        figureDocumentNames.merge(other.figureDocumentNames) { a, _ in a }
        figureSentences.sort { $0.document != $1.document ? $0.document < $1.document : $0.sentence < $1.sentence }
        for column in other.metadataColumns where !metadataColumns.contains(column) {
            metadataColumns.append(column)
        }
    }

    /// Calls `body` with the VADER row of every sentence, in corpus order, read back from the
    /// workers' spills.
    public func forEachSentenceRow(_ body: (SentenceSentiment) throws -> Void) throws {
        try RecordSpill.forEach(in: sentenceSpills) { sequence, payload, _ in
            for row in SentenceSentiment.decode(payload, document: Int32(sequence)) { try body(row) }
        }
    }

    /// Every sentence's VADER row, in corpus order (all in memory: for tests and small corpora).
    public func sentenceRows() throws -> [SentenceSentiment] {
        var rows: [SentenceSentiment] = []
        try forEachSentenceRow { rows.append($0) }
        return rows
    }

    /// Calls `body` with every entity mention and its document-level entity, in corpus order
    /// and by position in the document, read back from the workers' spills.
    public func forEachMentionRecord(_ body: (EntityMentionRecord, EntityTable.Key) throws -> Void) throws {
        try RecordSpill.forEach(in: entityCollectors.map(\.spill)) { sequence, payload, index in
            let keys = entityCollectors[index].keys
            for record in EntityMentionRecord.decode(payload, document: Int32(sequence)) { try body(record, keys[Int(record.key)]) }
        }
    }

    /// Characters removed by each cleaning rule over the whole corpus.
    public var cleaningTotals: CleaningReport {
        var total = CleaningReport()
        for document in documents { total.add(document.cleaning) }
        return total
    }
}
