import Dispatch
import Foundation
import Statistics

/// Dictionary analysis as LIWC users know it (`--lexicon`): each category's share of a
/// text's words, in percent, per document and per group (the group's words pooled, with a
/// cluster-bootstrap interval that resamples documents), and the groups compared on their
/// documents' percentages (Welch's t-test, Cohen's d, Benjamini–Hochberg q over every test of
/// the run), as the sentiment scores are: the document is the unit of the tests.
public struct DictionarySummary: Sendable {
    /// One category's share of a document's words.
    public struct DocumentRow: Sendable {
        public let document: Int
        public let dictionary: Int
        public let measure: Int
        public let tokens: Int
        public let count: Int
        public let scoreSum: Double?
        /// count / tokens × 100 (nil for a document without words).
        public var percent: Double? { tokens > 0 ? Double(count) * 100 / Double(tokens) : nil }
    }

    /// One category of one dictionary in a group (or the corpus).
    public struct GroupRow: Sendable {
        public let group: String
        public let dictionary: Int
        public let measure: Int
        public let documents: Int
        public let tokens: Int
        public let count: Int
        public let scoreSum: Double?
        /// The group's pooled percentage, with its interval (nil with fewer than 2 documents with words).
        public let percent: Double?
        public let interval: ConfidenceInterval?
    }

    /// Two groups (or a group and the rest) compared on one category.
    public struct Comparison: Sendable {
        public let dictionary: Int
        public let measure: Int
        public let a: String, b: String
        public let documentsA: Int, documentsB: Int
        /// The mean over documents of each document's percentage.
        public let meanA: Double?, meanB: Double?
        public let welch: TestResult?
        public let cohensD: Double?
        public let q: Double?
        public let note: String
    }

    public let lexicons: [SentimentLexicon]
    public let groups: [GroupRow]
    public let comparisons: [Comparison]

    /// - Parameter repeats: documents that repeat an earlier one; the comparisons count each
    ///   set of copies once (the group rows count every document), as for sentiment.
    public init(analysis: CorpusAnalysis, bootstrap: Bootstrap, corpusLabel: String, repeats: Set<Int> = []) throws {
        let lexicons = analysis.lexicons
        self.lexicons = lexicons
        let documentCount = analysis.documents.count
        var members: [String: [Int]] = [corpusLabel: Array(0..<documentCount)]
        for (i, doc) in analysis.documents.enumerated() { members[doc.group, default: []].append(i) }
        let names = [corpusLabel] + members.keys.filter { $0 != corpusLabel }.sorted()
        func tally(_ document: Int, _ dictionary: Int) -> SentimentLexicon.Tally {
            analysis.lexiconTallies[document]?[dictionary] ?? SentimentLexicon.Tally()
        }
        // Group rows: per group and dictionary, every category's pooled share at once.
        let jobs = names.flatMap { name in lexicons.indices.map { (name, $0) } }
        var results = [Result<[GroupRow], Error>?](repeating: nil, count: jobs.count)
        results.withUnsafeMutableBufferPointer { slots in
            DispatchQueue.concurrentPerform(iterations: jobs.count) { k in
                let (name, d) = jobs[k]
                slots[k] = Result {
                    let lexicon = lexicons[d]
                    let docs = members[name] ?? []
                    let tallies = docs.map { tally($0, d) }
                    let tokens = tallies.map { Double($0.tokens) }
                    let totalTokens = tokens.reduce(0, +)
                    let measures = lexicon.measureNames.indices
                    let numerators = measures.map { m in
                        tallies.enumerated().compactMap { i, t -> (cluster: Int, value: Double)? in
                            let c = lexicon.count(t, measure: m)
                            return c > 0 ? (cluster: i, value: Double(c)) : nil
                        }
                    }
                    let withWords = tokens.filter { $0 > 0 }.count
                    let intervals = withWords >= 2
                        ? try bootstrap.clusterRatioIntervals(numerators: numerators, denominators: tokens, scale: 100) : nil
                    return measures.map { m in
                        let count = tallies.reduce(0) { $0 + lexicon.count($1, measure: m) }
                        let sums = lexicon.scoreSum(SentimentLexicon.Tally(), measure: m) == nil ? nil
                            : tallies.reduce(0.0) { $0 + (lexicon.scoreSum($1, measure: m) ?? 0) }
                        return GroupRow(group: name, dictionary: d, measure: m, documents: docs.count, tokens: Int(totalTokens), count: count,
                                        scoreSum: sums, percent: totalTokens > 0 ? Double(count) * 100 / totalTokens : nil,
                                        interval: intervals?[m])
                    }
                }
            }
        }
        groups = try results.flatMap { try $0!.get() }

        // Comparisons on document percentages, pairwise up to SentimentSummary.pairwiseLimit
        // groups, else each group against the rest.
        let groupNames = names.filter { $0 != corpusLabel }
        let pairwise = groupNames.count <= SentimentSummary.pairwiseLimit
        var pending: [(Int, Int, String, String, Int, Int, Double?, Double?, TestResult?, Double?, String)] = []
        func mean(_ values: [Double]) -> Double? { values.isEmpty ? nil : values.reduce(0, +) / Double(values.count) }
        for (d, lexicon) in lexicons.enumerated() {
            for m in lexicon.measureNames.indices {
                // Each group's documents' percentages (documents with words, copies once).
                var samples: [[Double]] = groupNames.map { name in
                    (members[name] ?? []).compactMap { i -> Double? in
                        guard !repeats.contains(i) else { return nil }
                        let t = tally(i, d)
                        return t.tokens > 0 ? Double(lexicon.count(t, measure: m)) * 100 / Double(t.tokens) : nil
                    }
                }
                func compare(_ a: String, _ b: String, _ x: [Double], _ y: [Double]) {
                    let minimum = SentimentSummary.minimumDocuments
                    guard x.count >= minimum, y.count >= minimum else {
                        pending.append((d, m, a, b, x.count, y.count, mean(x), mean(y), nil, nil,
                                        "not tested: fewer than \(minimum) documents with words in \(x.count < minimum ? a : b)"))
                        return
                    }
                    var welch: TestResult?
                    var note = pairwise ? "" : "each of \(groupNames.count) groups against the rest"
                    do { welch = try MeanComparison.welchT(x, y) } catch { note = "no Welch test: \(error)" }
                    var effect: Double?
                    if let sx = DescriptiveStatistics.meanAndVariance(x), let sy = DescriptiveStatistics.meanAndVariance(y) {
                        let pooled = ((Double(x.count - 1) * sx.variance + Double(y.count - 1) * sy.variance) / Double(x.count + y.count - 2)).squareRoot()
                        effect = pooled > 0 ? (sx.mean - sy.mean) / pooled : nil
                    }
                    pending.append((d, m, a, b, x.count, y.count, mean(x), mean(y), welch, effect, note))
                }
                if pairwise {
                    for (i, a) in groupNames.enumerated() {
                        for (j, b) in groupNames.enumerated() where j > i { compare(a, b, samples[i], samples[j]) }
                    }
                } else {
                    for (i, a) in groupNames.enumerated() {
                        var rest: [Double] = []
                        for (j, sample) in samples.enumerated() where j != i { rest += sample }
                        compare(a, SentimentSummary.restLabel, samples[i], rest)
                    }
                }
                samples.removeAll()
            }
        }
        let tested = pending.indices.filter { pending[$0].8 != nil }
        let q = try MultipleTesting.benjaminiHochberg(tested.compactMap { pending[$0].8?.p })
        var qOf: [Int: Double] = [:]
        for (k, index) in tested.enumerated() { qOf[index] = q[k] }
        comparisons = pending.enumerated().map { index, item in
            Comparison(dictionary: item.0, measure: item.1, a: item.2, b: item.3, documentsA: item.4, documentsB: item.5,
                       meanA: item.6, meanB: item.7, welch: item.8, cohensD: item.9, q: qOf[index], note: item.10)
        }
    }

    /// Each document's rows, in corpus order, then dictionary, then category.
    public static func documentRows(_ analysis: CorpusAnalysis, _ body: (DocumentRow) throws -> Void) rethrows {
        for index in analysis.documents.indices {
            for (d, lexicon) in analysis.lexicons.enumerated() {
                let t = analysis.lexiconTallies[index]?[d] ?? SentimentLexicon.Tally()
                for m in lexicon.measureNames.indices {
                    try body(DocumentRow(document: index, dictionary: d, measure: m, tokens: t.tokens, count: lexicon.count(t, measure: m),
                                         scoreSum: lexicon.scoreSum(t, measure: m)))
                }
            }
        }
    }
}
