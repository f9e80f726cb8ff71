import Dispatch
import Foundation
import Statistics

/// Dictionary analysis as LIWC users know it (`--lexicon`): each category's share of a
/// text's words, in percent, per document and per group (the group's words pooled, with a
/// cluster-bootstrap interval that resamples documents), and the groups compared on their
/// documents' percentages (Welch's t-test, Cohen's d, Benjamini–Hochberg q over every test of
/// the run), as the sentiment scores are: the document is the unit of the tests. Each
/// sample is kept as its size, sum and sum of squares, so each group against the rest of
/// the corpus costs one pass over the documents per category, whatever the number of groups.
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
        /// The group's pooled percentage (nil without words), and its interval (nil with
        /// fewer than 2 documents with words).
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
                        let sums = lexicon.format.isCategorical ? nil
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
        /// A sample's size, sum and sum of squares: enough for Welch's test and Cohen's d, and
        /// the rest of the corpus is the corpus less a group.
        struct Moments {
            var n = 0, sum = 0.0, squares = 0.0
            mutating func add(_ x: Double) { n += 1; sum += x; squares += x * x }
            func without(_ b: Moments) -> Moments { Moments(n: n - b.n, sum: sum - b.sum, squares: squares - b.squares) }
            var mean: Double? { n > 0 ? sum / Double(n) : nil }
            /// The sample variance (n − 1), never below 0 (rounding).
            var variance: Double { n > 1 ? max(0, (squares - sum * sum / Double(n)) / Double(n - 1)) : 0 }
        }
        for (d, lexicon) in lexicons.enumerated() {
            for m in lexicon.measureNames.indices {
                // Each group's documents' percentages (documents with words, copies once).
                var samples = [Moments](repeating: Moments(), count: groupNames.count)
                var total = Moments()
                for (g, name) in groupNames.enumerated() {
                    for i in members[name] ?? [] where !repeats.contains(i) {
                        let t = tally(i, d)
                        guard t.tokens > 0 else { continue }
                        let percent = Double(lexicon.count(t, measure: m)) * 100 / Double(t.tokens)
                        samples[g].add(percent)
                        total.add(percent)
                    }
                }
                func compare(_ a: String, _ b: String, _ x: Moments, _ y: Moments) {
                    let minimum = SentimentSummary.minimumDocuments
                    guard x.n >= minimum, y.n >= minimum else {
                        pending.append((d, m, a, b, x.n, y.n, x.mean, y.mean, nil, nil,
                                        "not tested: fewer than \(minimum) documents with words in \(x.n < minimum ? a : b)"))
                        return
                    }
                    var welch: TestResult?
                    var note = pairwise ? "" : "each of \(groupNames.count) groups against the rest"
                    do {
                        welch = try MeanComparison.welchT(meanX: x.mean ?? 0, varianceX: x.variance, countX: x.n,
                                                          meanY: y.mean ?? 0, varianceY: y.variance, countY: y.n)
                    } catch {
                        note = "no Welch test: \(error)"
                    }
                    let pooled = ((Double(x.n - 1) * x.variance + Double(y.n - 1) * y.variance) / Double(x.n + y.n - 2)).squareRoot()
                    let effect = pooled > 0 ? ((x.mean ?? 0) - (y.mean ?? 0)) / pooled : nil
                    pending.append((d, m, a, b, x.n, y.n, x.mean, y.mean, welch, effect, note))
                }
                if pairwise {
                    for (i, a) in groupNames.enumerated() {
                        for (j, b) in groupNames.enumerated() where j > i { compare(a, b, samples[i], samples[j]) }
                    }
                } else {
                    for (i, a) in groupNames.enumerated() { compare(a, SentimentSummary.restLabel, samples[i], total.without(samples[i])) }
                }
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
