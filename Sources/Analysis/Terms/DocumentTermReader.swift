import Foundation
import Statistics

/// Reads the per-document term counts back after a run, for the analyses that need
/// corpus-wide numbers first: tf-idf and document-level resampling of rates.
public struct DocumentTermReader {
    public let analysis: CorpusAnalysis

    public init(_ analysis: CorpusAnalysis) {
        self.analysis = analysis
    }

    /// One of a document's top terms.
    public struct WeightedTerm: Sendable, Equatable {
        public let term: String
        public let count: Int
        /// Documents of the corpus containing the term.
        public let documentFrequency: Int
        /// count · log10(N / documentFrequency).
        public let tfIdf: Double
    }

    /// Calls `body` with every document's sequence number, its (local id, count) pairs and the
    /// index of the spill (worker) whose ids they are, in corpus order: the workers' spills are
    /// each in order, and are merged.
    public func forEachDocument(_ body: (Int, ArraySlice<Int32>, Int) throws -> Void) throws {
        let cursors = try analysis.termSpills.map { try $0.makeCursor() }
        try SpillFile.mergeInSequence(cursors.map { cursor in { try cursor.next() } }, sequence: \.sequence) { head, spill in
            if head.sequence < analysis.documents.count {
                try body(head.sequence, head.pairs, spill)
            }
        }
    }

    /// Calls `body` with each document, in corpus order, and its `limit` terms of highest
    /// tf-idf: raw count times log10(N / document frequency), N the number of documents
    /// (quanteda's `dfm_tfidf` defaults). Ties by count, then term. A term found in every
    /// document weighs 0.
    public func forEachDocumentTopTerms(corpus: TermFrequencyTable.Group, limit: Int,
                                        _ body: (DocumentSummary, [WeightedTerm]) throws -> Void) throws {
        let n = Double(analysis.documents.count)
        let frequenciesBySpill = analysis.termSpills.map { spill in spill.terms.map { corpus.entries[$0]?.documents ?? 0 } }
        try forEachDocument { sequence, pairs, spill in
            let terms = analysis.termSpills[spill].terms
            let frequencies = frequenciesBySpill[spill]
            var weighted: [WeightedTerm] = []
            weighted.reserveCapacity(pairs.count / 2)
            var k = pairs.startIndex
            while k + 1 < pairs.endIndex {
                let id = Int(pairs[k]), count = Int(pairs[k + 1])
                let df = frequencies[id]
                let idf = df > 0 ? log10(n / Double(df)) : 0
                weighted.append(WeightedTerm(term: terms[id], count: count, documentFrequency: df, tfIdf: Double(count) * idf))
                k += 2
            }
            weighted.sort { $0.tfIdf != $1.tfIdf ? $0.tfIdf > $1.tfIdf : ($0.count != $1.count ? $0.count > $1.count : $0.term < $1.term) }
            try body(analysis.documents[sequence], Array(weighted.prefix(limit)))
        }
    }

    /// A term's rate in a group with a cluster-bootstrap interval.
    public struct RateInterval: Sendable, Equatable {
        public let group: String
        public let term: String
        public let count: Int
        public let tokens: Int
        public let documents: Int
        /// Occurrences per 10,000 tokens.
        public let per10k: Double
        /// The bootstrap interval of per10k, resampling the group's documents; nil when the
        /// group has a single document (nothing to resample).
        public let interval: ConfidenceInterval?
    }

    /// Rates per 10,000 tokens of the given terms in the given groups (the whole corpus is the
    /// group `TermTables`' "(all)" when `corpusLabel` names it) with percentile intervals from a
    /// cluster bootstrap over the group's documents.
    public func rateIntervals(_ selection: [String: [String]], corpusLabel: String, bootstrap: Bootstrap) throws -> [RateInterval] {
        // Per group: document index list and tokens; per (group, term): counts by document.
        var documentsOfGroup: [String: [Int]] = [:]
        for (index, doc) in analysis.documents.enumerated() {
            documentsOfGroup[doc.group, default: []].append(index)
            if selection[corpusLabel] != nil { documentsOfGroup[corpusLabel, default: []].append(index) }
        }
        var wanted: [String: [String]] = [:]   // term -> groups asking for it
        for (group, terms) in selection {
            for term in terms { wanted[term, default: []].append(group) }
        }
        var countsByDocument: [String: [Int: Int]] = [:]   // "group\u{0}term" -> document index -> count
        let interestingBySpill = analysis.termSpills.map { spill in spill.terms.map { wanted[$0] } }
        try forEachDocument { sequence, pairs, spill in
            let terms = analysis.termSpills[spill].terms
            let interesting = interestingBySpill[spill]
            let group = analysis.documents[sequence].group
            var k = pairs.startIndex
            while k + 1 < pairs.endIndex {
                if let groups = interesting[Int(pairs[k])] {
                    for g in groups where g == group || g == corpusLabel {
                        countsByDocument[g + "\u{0}" + terms[Int(pairs[k])], default: [:]][sequence] = Int(pairs[k + 1])
                    }
                }
                k += 2
            }
        }
        var result: [RateInterval] = []
        for group in selection.keys.sorted() {
            let indices = documentsOfGroup[group] ?? []
            let position = Dictionary(uniqueKeysWithValues: indices.enumerated().map { ($0.element, $0.offset) })
            let denominators = indices.map { Double(analysis.documents[$0].tokens) }
            let tokens = indices.reduce(0) { $0 + analysis.documents[$1].tokens }
            let terms = selection[group] ?? []
            // The group's documents are drawn once per resample for all its terms.
            let numerators = terms.map { term in
                (countsByDocument[group + "\u{0}" + term] ?? [:]).compactMap { document, count -> (cluster: Int, value: Double)? in
                    position[document].map { (cluster: $0, value: Double(count)) }
                }.sorted { $0.cluster < $1.cluster }
            }
            var intervals: [ConfidenceInterval?] = Array(repeating: nil, count: terms.count)
            if indices.count >= 2, tokens > 0 {
                intervals = try bootstrap.clusterRatioIntervals(numerators: numerators, denominators: denominators, scale: 10_000)
            }
            for (k, term) in terms.enumerated() {
                let count = Int(numerators[k].reduce(0) { $0 + $1.value })
                result.append(RateInterval(group: group, term: term, count: count, tokens: tokens, documents: indices.count,
                                           per10k: tokens > 0 ? Double(count) * 10_000 / Double(tokens) : 0, interval: intervals[k]))
            }
        }
        return result
    }
}
