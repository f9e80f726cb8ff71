import Corpus
import Foundation
import Text

/// Keywords in context (a concordance, as quanteda's `kwic` and AntConc give): every place a
/// term or phrase occurs, with the words around it, found on the documents' tokens as the
/// analysis counts them (lowercase, the same tokenizer, stems with `--stem`).
public struct Concordance {
    /// What to look for.
    public struct Query: Sendable, Equatable {
        /// The name the lines carry (`term:yukos`, `pair:A|B`, or the query as typed).
        public let item: String
        /// Phrases any of which is a match ("Soleimani", "Qasem Soleimani").
        public let phrases: [String]
        /// When not empty, only sentences that also hold one of these phrases count (the
        /// other entity of a pair).
        public let requiring: [String]
        /// When set, only this document (by id) and sentence (0-based) are searched (a figure).
        public let document: String?
        public let sentence: Int?

        public init(item: String, phrases: [String], requiring: [String] = [], document: String? = nil, sentence: Int? = nil) {
            self.item = item
            self.phrases = phrases
            self.requiring = requiring
            self.document = document
            self.sentence = sentence
        }
    }

    /// How much context a line shows.
    public enum Context: Sendable, Equatable {
        /// Up to this many tokens on each side, across sentence ends.
        case tokens(Int)
        /// The rest of the match's sentence on each side.
        case sentence
    }

    /// One occurrence.
    public struct Line: Sendable, Equatable {
        public let item: String
        public let documentID: String
        public let group: String
        /// 0-based sentence of the match.
        public let sentence: Int
        /// Character offsets of the match in the cleaned text.
        public let characterStart: Int
        public let characterEnd: Int
        /// Character offsets in the text as read (before cleaning); nil when the cleaned
        /// sentence does not occur verbatim there (cleaning changed it).
        public let rawStart: Int?
        public let rawEnd: Int?
        public let left: String
        public let match: String
        public let right: String
        /// Whether white space separates the match from its left and right context.
        public let spaceBefore: Bool
        public let spaceAfter: Bool
    }

    public let queries: [Query]
    public let context: Context
    /// Lines kept per query, at most (in corpus order); nil for all.
    public let limit: Int?
    private let vocabulary: Vocabulary
    private let processor: DocumentProcessor
    private let groupBy: String
    /// Per query, its phrases and required phrases as token ids.
    private let phraseIDs: [[[Int32]]]
    private let requiredIDs: [[[Int32]]]

    /// - Parameter stemmer: the run's stemmer (`--stem`), so that a stemmed term finds its forms.
    public init(queries: [Query], context: Context = .tokens(5), limit: Int? = nil, groupBy: String = "outlet",
                removesBoilerplate: Bool = true, stemmer: SnowballStemmer? = nil) {
        self.queries = queries
        self.context = context
        self.limit = limit
        self.groupBy = groupBy
        let vocabulary = Vocabulary(stopwords: .none, stemmer: stemmer)
        self.vocabulary = vocabulary
        processor = DocumentProcessor(removesBoilerplate: removesBoilerplate)
        func ids(_ phrase: String) -> [Int32] {
            var ids: [Int32] = []
            var bytes = Array(phrase.utf8)
            bytes.withUnsafeMutableBufferPointer { buffer in
                Tokenizer().forEachToken(in: UnsafeBufferPointer(buffer), range: 0..<buffer.count) { token, _ in ids.append(vocabulary.id(for: token)) }
            }
            return ids
        }
        phraseIDs = queries.map { $0.phrases.map(ids).filter { !$0.isEmpty } }
        requiredIDs = queries.map { $0.requiring.map(ids).filter { !$0.isEmpty } }
    }

    /// Whether a query has no word to look for (only punctuation, say).
    public func isEmpty(_ query: Int) -> Bool { phraseIDs[query].isEmpty }

    /// Counts the documents a search processed (for tests of when it stops).
    public final class SearchCount {
        public private(set) var documents = 0
        public init() {}
        func add() { documents += 1 }
    }

    /// Every line of every query in `reader`'s corpus, in corpus order per query. Documents
    /// are searched in batches on `workers` threads, each with a vocabulary of its own;
    /// `counting` counts those processed.
    /// - Parameter candidates: the only documents (by sequence number) besides those a query
    ///   names that can hold a match (`candidateDocuments(in:)`); the others are read but not
    ///   processed. nil: every document is searched.
    public func lines(in reader: CorpusReader, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                      counting: SearchCount? = nil, candidates: Set<Int>? = nil) throws -> [Line] {
        let searchers = [self] + (1..<max(1, workers)).map { _ in
            Concordance(queries: queries, context: context, limit: limit, groupBy: groupBy,
                        removesBoilerplate: processor.removesBoilerplate, stemmer: vocabulary.stemmer)
        }
        var found = [[Line]](repeating: [], count: queries.count)
        var batch: [Document] = []
        var batchBytes = 0
        func flush() {
            guard !batch.isEmpty else { return }
            let chunks = min(searchers.count, batch.count)
            var parts = [[[Line]]](repeating: [], count: batch.count)
            parts.withUnsafeMutableBufferPointer { slots in
                let slots = slots   // each chunk writes only its own documents' slots
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    for d in (batch.count * c / chunks)..<(batch.count * (c + 1) / chunks) { slots[d] = searchers[c].lines(in: batch[d]) }
                }
            }
            for lines in parts {
                for (q, list) in lines.enumerated() where !list.isEmpty {
                    if let limit, found[q].count >= limit { continue }
                    found[q] += limit.map { Array(list.prefix($0 - found[q].count)) } ?? list
                }
            }
            batch.removeAll(keepingCapacity: true)
            batchBytes = 0
        }
        // With a limit, a document is searched only while some query can still take lines
        // from it: once every query of the whole corpus has its lines, only the documents
        // that queries of one document name are left (the rest is read, for the reader's
        // counts, but not processed). The lines are the same: later ones would be dropped.
        var pendingDocuments = Set(queries.compactMap(\.document))
        let corpusWide = queries.indices.filter { queries[$0].document == nil && !phraseIDs[$0].isEmpty }
        var corpusWideDone: Bool {
            guard let limit else { return false }
            return corpusWide.allSatisfy { found[$0].count >= limit }
        }
        var skipping = false
        try reader.read { item in
            guard case .document(let document) = item else { return }
            if skipping && !pendingDocuments.contains(document.id) { return }
            if let candidates, !candidates.contains(document.sequenceNumber), !pendingDocuments.contains(document.id) { return }
            pendingDocuments.remove(document.id)
            counting?.add()
            batch.append(document)
            batchBytes += document.text.utf8.count
            if batch.count >= 64 * searchers.count || batchBytes >= 16 << 20 {
                flush()
                skipping = corpusWideDone
            }
        }
        flush()
        return found.flatMap { $0 }
    }

    /// The documents (by sequence number) of `analysis` in which a query searched corpus-wide
    /// could match, read from its per-document term spills without processing any text: a
    /// document holds a phrase only if it holds each of the phrase's words, and the spills
    /// list every word of a document but the run's stopwords. nil when the spills cannot say:
    /// terms were not counted, the spills were read from a snapshot, or terms are stems (a
    /// stopword and a word can share a stem).
    public func candidateDocuments(in analysis: CorpusAnalysis) throws -> Set<Int>? {
        let spills = analysis.termSpills
        guard vocabulary.stemmer == nil, analysis.analyses.contains(.terms), !spills.isEmpty,
              spills.allSatisfy({ $0.isStopword.count == $0.terms.count && !$0.terms.isEmpty }) else { return nil }
        let phrases = queries.indices.filter { queries[$0].document == nil }.flatMap { phraseIDs[$0] }
        let words = Set(phrases.flatMap { $0 }.map { vocabulary.terms[Int($0)] })
        // Per spill: each phrase as the local ids of its words that are not stopwords, or nil
        // when a word is not in the spill's vocabulary (no document of it holds the phrase);
        // and whether some phrase is all stopwords (every document may hold it).
        var required: [[[Int32]?]] = []
        var relevant: [[Bool]] = []
        var everyDocument: [Bool] = []
        for spill in spills {
            var local: [String: Int32] = [:]
            for (id, term) in spill.terms.enumerated() where words.contains(term) { local[term] = Int32(id) }
            var flags = [Bool](repeating: false, count: spill.terms.count)
            var any = false
            let resolved = phrases.map { phrase -> [Int32]? in
                var ids: [Int32] = []
                for word in phrase {
                    guard let id = local[vocabulary.terms[Int(word)]] else { return nil }
                    if !spill.isStopword[Int(id)] { ids.append(id); flags[Int(id)] = true }
                }
                if ids.isEmpty { any = true }
                return ids
            }
            required.append(resolved)
            relevant.append(flags)
            everyDocument.append(any)
        }
        var candidates = Set<Int>()
        var present = Set<Int32>()
        try DocumentTermReader(analysis).forEachDocument { sequence, pairs, spill in
            if everyDocument[spill] { candidates.insert(sequence); return }
            present.removeAll(keepingCapacity: true)
            let flags = relevant[spill]
            var i = pairs.startIndex
            while i < pairs.endIndex {
                if flags[Int(pairs[i])] { present.insert(pairs[i]) }
                i += 2
            }
            guard !present.isEmpty else { return }
            if required[spill].contains(where: { ids in ids.map { !$0.isEmpty && $0.allSatisfy(present.contains) } ?? false }) {
                candidates.insert(sequence)
            }
        }
        return candidates
    }

    /// The lines of one document, per query.
    public func lines(in document: Document) -> [[Line]] {
        let wanted = queries.indices.filter { queries[$0].document == nil || queries[$0].document == document.id }
        var result = [[Line]](repeating: [], count: queries.count)
        guard !wanted.isEmpty else { return result }
        let doc = processor.process(document, vocabulary: vocabulary)
        let tokens = doc.tokenIDs
        let characters = CharacterOffsets(doc.text)
        let bytes = Array(doc.text.utf8)
        let raw = RawLocator(raw: document.text)
        let group = document.value(of: groupBy) ?? "unknown"
        func text(_ range: Range<Int>) -> String {
            let slice = bytes[max(0, range.lowerBound)..<min(bytes.count, max(range.lowerBound, range.upperBound))]
            // Runs of white space (a paragraph break, say) become one space.
            var out = "", space = false
            for c in String(decoding: slice, as: UTF8.self) {
                if c.isWhitespace { space = true; continue }
                if space, !out.isEmpty { out.append(" ") }
                space = false
                out.append(c)
            }
            return out
        }
        func matches(_ phrase: [Int32], at i: Int, end: Int) -> Bool {
            guard i + phrase.count <= end else { return false }
            for k in phrase.indices where tokens[i + k] != phrase[k] { return false }
            return true
        }
        // Phrases by their first token, so that each token is looked up once.
        var starting: [Int32: [(query: Int, phrase: [Int32])]] = [:]
        for q in wanted { for phrase in phraseIDs[q] { starting[phrase[0], default: []].append((q, phrase)) } }
        for s in doc.sentences.indices {
            let first = doc.sentenceTokenStart[s], end = doc.sentenceTokenStart[s + 1]
            guard first < end else { continue }
            // Per query, where its last match ended (matches of one query do not overlap).
            var next: [Int: Int] = [:]
            var present: [Int: Bool] = [:]
            for i in first..<end {
                guard let candidates = starting[tokens[i]] else { continue }
                // The longest phrase of each query that matches here.
                var best: [Int: Int] = [:]
                for (q, phrase) in candidates where matches(phrase, at: i, end: end) && phrase.count > (best[q] ?? 0) {
                    if let sentence = queries[q].sentence, sentence != s { continue }
                    if i < next[q] ?? 0 { continue }
                    best[q] = phrase.count
                }
                for (q, length) in best.sorted(by: { $0.key < $1.key }) {
                    if !requiredIDs[q].isEmpty {
                        if present[q] == nil {
                            present[q] = (first..<end).contains { k in requiredIDs[q].contains { matches($0, at: k, end: end) } }
                        }
                        guard present[q] == true else { continue }
                    }
                    let last = i + length - 1
                    next[q] = last + 1
                    let start = Int(doc.tokenStarts[i]), stop = Int(doc.tokenEnds[last])
                    let leftStart: Int, rightEnd: Int
                    switch context {
                    case .tokens(let n):
                        leftStart = n == 0 ? start : Int(doc.tokenStarts[max(0, i - n)])
                        rightEnd = n == 0 ? stop : Int(doc.tokenEnds[min(tokens.count - 1, last + n)])
                    case .sentence:
                        leftStart = doc.sentences[s].lowerBound
                        rightEnd = doc.sentences[s].upperBound
                    }
                    let sentenceRange = doc.sentences[s]
                    // Every sentence up to this one is located in order, so that an earlier
                    // sentence with the same words is not taken for this one.
                    while raw.located < s { _ = raw.locate(bytes[doc.sentences[raw.located]], sentence: raw.located) }
                    let rawSentence = raw.locate(bytes[sentenceRange], sentence: s)
                    let rawStart = rawSentence.map { $0 + characters.offset(of: start) - characters.offset(of: sentenceRange.lowerBound) }
                    let rawEnd = rawSentence.map { $0 + characters.offset(of: stop) - characters.offset(of: sentenceRange.lowerBound) }
                    result[q].append(Line(item: queries[q].item, documentID: document.id, group: group, sentence: s,
                                          characterStart: characters.offset(of: start), characterEnd: characters.offset(of: stop),
                                          rawStart: rawStart, rawEnd: rawEnd,
                                          left: text(leftStart..<start), match: text(start..<stop), right: text(stop..<rightEnd),
                                          spaceBefore: start > 0 && UTF8Scalars.isASCIISpace(bytes[start - 1]),
                                          spaceAfter: stop < bytes.count && UTF8Scalars.isASCIISpace(bytes[stop])))
                }
            }
        }
        return result
    }

    /// Finds cleaned sentences in the text as read: a sentence that occurs there verbatim (at
    /// or after the previous one found) gets its character offset; one the cleaning changed
    /// (a web address removed from it, say) gets none.
    final class RawLocator {
        let raw: [UInt8]
        var searchFrom = 0
        var cache: [Int: Int?] = [:]
        lazy var characters = CharacterOffsets(String(decoding: raw, as: UTF8.self))

        init(raw: String) { self.raw = Array(raw.utf8) }

        /// Sentences before this one have been located.
        var located = 0

        func locate(_ sentence: ArraySlice<UInt8>, sentence index: Int) -> Int? {
            if let known = cache[index] { return known }
            located = max(located, index + 1)
            var found: Int?
            if !sentence.isEmpty, let at = Self.first(Array(sentence), in: raw, from: searchFrom) {
                found = characters.offset(of: at)
                searchFrom = at + sentence.count
            }
            cache[index] = found
            return found
        }

        /// The first byte offset at or after `from` where `needle` occurs in `haystack`.
        static func first(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
            guard !needle.isEmpty, haystack.count - from >= needle.count else { return nil }
            return haystack.withUnsafeBufferPointer { h in
                needle.withUnsafeBufferPointer { n in
                    var i = from
                    let last = h.count - n.count
                    while i <= last {
                        guard let hit = memchr(h.baseAddress! + i, Int32(n[0]), last - i + 1) else { return nil }
                        let at = h.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                        if memcmp(h.baseAddress! + at, n.baseAddress!, n.count) == 0 { return at }
                        i = at + 1
                    }
                    return nil
                }
            }
        }
    }
}
