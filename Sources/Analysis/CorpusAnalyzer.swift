import Dispatch
import Foundation
import Corpus
import Text

/// Options of one analysis run.
public struct AnalysisOptions: Sendable {
    /// The analyses to do (`--only`; default all).
    public var analyses = Set(AnalysisKind.allCases)
    /// The metadata column to group by (`--group-by`).
    public var groupBy: String = "outlet"
    /// Stopwords left out of term and n-gram counts.
    public var stopwords: StopwordList = .english
    /// Whether boilerplate is removed.
    public var removesBoilerplate = true
    /// Worker threads (1 = process on the calling thread).
    public var workers = 1
    /// Count Snowball English stems instead of tokens (`--stem`).
    public var stems = false
    /// Known entities (the bundled gazetteer, extended by `--entities FILE`).
    public var gazetteer: Gazetteer = .bundled
    /// The VADER scorer of sentences (the bundled lexicon, or a VADER-format `--lexicon`).
    public var vader: VaderScorer = .bundled
    /// Other lexicons and dictionaries (AFINN, CSV, `.dic`, `.dicx`, YAML) tallied per
    /// document (`--lexicon`, as many as given).
    public var lexicons: [SentimentLexicon] = []
    /// Analyse only this shard's documents (`analyze partial --shard K/N`).
    public var shard: Shard?
    /// Analyse only the documents after an earlier run's (`--since`).
    public var since: SinceEarlierRun?

    public init() {}
}

/// An incremental run (`--since`): the earlier run's documents, which the reader must give
/// first and as they were (ids and metadata), are read but not analysed; the documents after
/// them are. What the reader gives otherwise is noted in `mismatch`, and the run must then
/// be made in full.
public final class SinceEarlierRun: @unchecked Sendable {
    /// The earlier run's documents, by sequence number.
    public let documents: [DocumentSummary]
    /// The first difference found while reading, if any; after the run, also when earlier
    /// documents were not read again.
    public var mismatch: String? {
        if let found { return found }
        if checked < documents.count { return "\(documents.count - checked) documents of that run are no longer read" }
        return nil
    }
    private var found: String?
    /// The earlier documents read again so far.
    private var checked = 0

    public init(documents: [DocumentSummary]) {
        self.documents = documents
    }

    /// Whether the document is one to analyse: after the earlier run's; called on the reading
    /// thread only.
    func admits(_ document: Document) -> Bool {
        guard document.sequenceNumber < documents.count else { return true }
        checked += 1
        let earlier = documents[document.sequenceNumber]
        if found == nil, earlier.id != document.id || earlier.metadata != document.metadata {
            found = earlier.id != document.id
                ? "\(document.id) is read where \(earlier.id) was"
                : "the metadata of \(document.id) changed"
        }
        return false
    }
}

/// The K-th of N shards of a corpus: the documents whose id hashes to it (FNV-1a, so a
/// document's shard is the same on every machine and run, and shards are about equal).
public struct Shard: Sendable, Equatable {
    /// 1...count.
    public let index: Int
    public let count: Int

    /// The most shards a corpus is split into.
    public static let maximumCount = 100_000

    public init?(index: Int, count: Int) {
        guard (1...Self.maximumCount).contains(count), (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// "K/N".
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: k, count: n)
    }

    /// Whether the document with this id belongs to the shard.
    public func contains(documentID id: String) -> Bool {
        Int(StableHash.fnv1a(id.utf8) % UInt64(count)) + 1 == index
    }
}

/// A problem with the analysis options that only shows once the corpus is read.
public enum AnalysisError: Error, Equatable, CustomStringConvertible {
    case unknownGroupColumn(column: String, available: [String])
    case unknownGroup(name: String, column: String, available: [String])

    public var description: String {
        switch self {
        case .unknownGroupColumn(let column, let available):
            return "--group-by \(column): no document has a '\(column)' column; use one of: \(available.joined(separator: ", "))"
        case .unknownGroup(let name, let column, let available):
            return "--compare: no document has \(column) '\(name)'; the groups are: \(available.joined(separator: ", "))"
        }
    }
}

/// Streams a corpus through load → clean → segment → tokenize → count, on `workers`
/// threads, each with its own vocabulary and counters, and merges what they counted.
public final class CorpusAnalyzer {
    /// What happened so far, for a progress display.
    public struct Progress: Sendable {
        public let documents: Int
        public let skipped: Int
        public let files: Int
        /// Bytes of the corpus files read so far, and in all.
        public var bytes = 0
        public var totalBytes = 0
    }

    public let options: AnalysisOptions
    private let processor: DocumentProcessor
    /// With a shard: the documents the last run read (all of them, also those of other
    /// shards), and a digest of their ids, metadata and texts in corpus order: what a snapshot
    /// records of the corpus.
    public private(set) var corpusDocuments = 0
    public private(set) var corpusDigest: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Tells whether this run analyses a document read; with a shard, counts it and adds it
    /// to the digest (a run of the whole corpus skips that work).
    private func admits(_ document: Document) -> Bool {
        if let since = options.since { return since.admits(document) }
        guard let shard = options.shard else { return true }
        corpusDocuments += 1
        // 0xFF, never in UTF-8, between the fields.
        var digest = StableHash.FNV1a()
        digest.add(document.id.utf8)
        for (key, value) in document.metadata.sorted(by: { $0.key < $1.key }) {
            digest.add(CollectionOfOne(0xFF))
            digest.add(key.utf8)
            digest.add(CollectionOfOne(0xFF))
            digest.add(value.utf8)
        }
        digest.add(CollectionOfOne(0xFF))
        digest.add(document.text.utf8)
        corpusDigest = (corpusDigest ^ digest.value) &* 0x0000_0100_0000_01B3
        return shard.contains(documentID: document.id)
    }

    public init(options: AnalysisOptions) {
        self.options = options
        self.processor = DocumentProcessor(removesBoilerplate: options.removesBoilerplate)
    }

    /// One worker's state.
    private final class Worker {
        let vocabulary: Vocabulary
        let counter: TermCounter
        let entities: EntityCollector?
        /// The words the entity recognizer has read in this worker's documents.
        let entityTokens = EntityRecognizer.TokenCache()
        var sentenceScores: [SentenceScore] = []
        let sentenceSpill: RecordSpill?
        var tallies: [Int: [SentimentLexicon.Tally]] = [:]
        var figures: [FigureRecord] = []
        var figureSentences: [FigureSentence] = []
        var figureDocumentNames: [Int: [UInt32]] = [:]
        var summaries: [DocumentSummary] = []
        /// The stable hash of each vocabulary id's term, for duplicate signatures.
        var termHashes: [UInt64] = []
        var failure: Error?

        init(stopwords: StopwordList, stems: Bool, analyses: Set<AnalysisKind>) throws {
            vocabulary = Vocabulary(stopwords: stopwords, stemmer: stems ? SnowballStemmer() : nil)
            counter = try TermCounter(vocabulary: vocabulary, countsTerms: analyses.contains(.terms))
            sentenceSpill = analyses.contains(.sentiment) ? try RecordSpill() : nil
            entities = analyses.contains(.entities) ? try EntityCollector() : nil
        }
    }

    /// Reads `reader` to the end and returns the merged analysis.
    /// - Parameters:
    ///   - onSkipped: called on the calling thread for each skipped file, in corpus order; what
    ///     it throws stops the run (`--strict`).
    ///   - onDocument: called for each processed document, possibly on a worker thread.
    ///   - onProgress: called on the calling thread as documents are read (often: throttle it).
    public func run(reader: CorpusReader,
                    onSkipped: (SkippedFile) throws -> Void = { _ in },
                    onDocument: ((TokenizedDocument) throws -> Void)? = nil,
                    onProgress: (Progress) -> Void = { _ in }) throws -> CorpusAnalysis {
        let workerCount = max(1, options.workers)
        SpillFile.removeLeftovers()
        corpusDocuments = 0
        corpusDigest = 0xcbf2_9ce4_8422_2325
        let workers = try (0..<workerCount).map { _ in try Worker(stopwords: options.stopwords, stems: options.stems,
                                                                      analyses: options.analyses) }
        var analysis = CorpusAnalysis(groupBy: options.groupBy)
        var processed = 0
        let groupBy = options.groupBy
        let processor = self.processor
        let recognizer = EntityRecognizer(gazetteer: options.gazetteer)
        let sentiment = SentenceSentimentScorer(scorer: options.vader)
        let lexicons = options.lexicons
        let tokenizer = Tokenizer()
        let figureExtractor = FigureExtractor()
        let analyses = options.analyses

        func process(_ document: Document, in worker: Worker) throws {
            let doc = processor.process(document, vocabulary: worker.vocabulary)
            let group = document.value(of: groupBy) ?? "unknown"
            let terms = try worker.counter.add(doc, group: group)
            if let entities = worker.entities {
                try entities.add(recognizer.mentions(in: doc, vocabulary: worker.vocabulary, cache: worker.entityTokens), in: doc, group: group)
            }
            if let spill = worker.sentenceSpill {
                let rows = sentiment.score(doc)
                if !rows.isEmpty {
                    worker.sentenceScores.append(contentsOf: rows.map(SentenceScore.init))
                    var payload: [UInt8] = []
                    SentenceSentiment.encode(rows, into: &payload)
                    try spill.append(sequence: document.sequenceNumber, payload: payload)
                }
            }
            let date = document.value(of: "date") ?? ""
            let figures = analyses.contains(.figures) ? figureExtractor.figures(in: doc, date: CalendarDate(iso: date)) : []
            if !figures.isEmpty {
                worker.figureDocumentNames[document.sequenceNumber] = FigureExtractor.documentNames(doc)
                let characters = CharacterOffsets(doc.text)
                var lastSentence = -1
                for figure in figures {
                    worker.figures.append(FigureRecord(document: document.sequenceNumber, documentID: document.id, group: group, date: date,
                                                       characterStart: characters.offset(of: figure.byteRange.lowerBound),
                                                       characterEnd: characters.offset(of: figure.byteRange.upperBound), figure: figure))
                    // Figures come in text order: each sentence once.
                    if figure.sentence != lastSentence {
                        lastSentence = figure.sentence
                        let range = doc.sentences[figure.sentence]
                        worker.figureSentences.append(FigureSentence(
                            document: document.sequenceNumber, sentence: figure.sentence,
                            characterStart: characters.offset(of: range.lowerBound),
                            text: doc.text(of: range)))
                    }
                }
            }
            if !lexicons.isEmpty, analyses.contains(.sentiment) {
                let tokens = tokenizer.tokens(of: doc.text)
                worker.tallies[document.sequenceNumber] = lexicons.map { $0.tally(tokens) }
            }
            let vocabularySize = worker.vocabulary.count
            if worker.termHashes.count < vocabularySize {
                let words = worker.vocabulary.terms
                for id in worker.termHashes.count..<vocabularySize { worker.termHashes.append(ShingleSignature.termHash(words[id])) }
            }
            let hashes = worker.termHashes
            let signature = ShingleSignature.signature(doc.tokenIDs.map { hashes[Int($0)] })
            worker.summaries.append(DocumentSummary(doc, group: group, terms: terms, signature: signature))
            try onDocument?(doc)
        }

        if workerCount == 1 {
            try reader.read { item in
                switch item {
                case .document(let document):
                    guard admits(document) else { break }
                    try process(document, in: workers[0])
                    processed += 1
                    if processed % 64 == 0 {
                        onProgress(Progress(documents: processed, skipped: analysis.skipped.count, files: reader.fileCount,
                                            bytes: reader.bytesRead, totalBytes: reader.totalBytes))
                    }
                case .skipped(let skipped):
                    analysis.skipped.append(skipped)
                    try onSkipped(skipped)
                }
            }
        } else {
            // Reading on this thread, processing on the workers: documents go through a
            // bounded queue, each worker taking the next one when it is free (no barrier).
            // Every worker takes documents in corpus order, which is all the merge needs:
            // the results do not depend on which worker processed which document.
            let queue = DocumentQueue(maximumDocuments: 64 * workerCount, maximumBytes: 32 << 20)
            let threads = workers.map { worker in
                Thread {
                    while let document = queue.next() {
                        do {
                            try process(document, in: worker)
                            queue.finished(1)
                        } catch {
                            queue.fail(error)
                            return
                        }
                    }
                }
            }
            for (i, thread) in threads.enumerated() {
                thread.name = "analyze worker \(i + 1)"
                thread.stackSize = 8 << 20
                thread.start()
            }
            do {
                try reader.read { item in
                    switch item {
                    case .document(let document):
                        guard self.admits(document) else { break }
                        try queue.put(document)
                        onProgress(Progress(documents: queue.processed, skipped: analysis.skipped.count, files: reader.fileCount,
                                            bytes: reader.bytesRead, totalBytes: reader.totalBytes))
                    case .skipped(let skipped):
                        analysis.skipped.append(skipped)
                        try onSkipped(skipped)
                    }
                }
            } catch {
                queue.close()
                queue.waitForWorkers(threads.count)
                throw error
            }
            queue.close()
            queue.waitForWorkers(threads.count)
            if let failure = queue.failure { throw failure }
            processed = queue.processed
            onProgress(Progress(documents: processed, skipped: analysis.skipped.count, files: reader.fileCount,
                                            bytes: reader.bytesRead, totalBytes: reader.totalBytes))
        }

        for worker in workers {
            var part = CorpusAnalysis(groupBy: groupBy)
            part.documents = worker.summaries
            (part.terms, part.ngrams) = worker.counter.tables()
            part.pairMargins = worker.counter.pairMargins()
            part.termSpills = [try worker.counter.finishedSpill()]
            if let entities = worker.entities {
                try entities.finish()
                part.entities = entities.table
                part.entityCollectors = [entities]
            }
            part.sentenceScores = worker.sentenceScores
            if let spill = worker.sentenceSpill {
                try spill.finish()
                part.sentenceSpills = [spill]
            }
            part.lexiconTallies = worker.tallies
            part.figures = worker.figures
            part.figureSentences = worker.figureSentences
            part.figureDocumentNames = worker.figureDocumentNames
            analysis.merge(part)
        }
        analysis.metadataColumns = reader.metadataColumns
        analysis.analyses = options.analyses
        analysis.gazetteer = options.gazetteer
        analysis.lexicons = options.lexicons
        if !analysis.documents.isEmpty, !analysis.metadataColumns.contains(groupBy) {
            throw AnalysisError.unknownGroupColumn(column: groupBy, available: analysis.metadataColumns)
        }
        return analysis
    }
}
