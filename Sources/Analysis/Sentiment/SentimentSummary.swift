import Foundation
import Statistics

/// Sentence scores aggregated per document and per group, with cluster-bootstrap intervals,
/// and the groups compared on their documents' mean compound scores (Welch's t-test, a
/// permutation test that permutes documents, Cohen's d, BH q): every pair when there are at
/// most `pairwiseLimit` groups, else each group against the rest of the corpus, so that the
/// work grows with the number of groups, not with its square.
///
/// The document is the unit of the tests: the sentences of one article are not independent
/// observations (one writer, one topic, one tone), and testing them as if they were makes
/// p-values far too small. Each document counts once, by the mean of its sentences.
public struct SentimentSummary: Sendable {
    /// VADER's usual thresholds: compound ≥ 0.05 positive, ≤ −0.05 negative.
    public static let threshold = 0.05
    /// Groups with fewer documents (that have sentences) are not tested.
    public static let minimumDocuments = 5
    /// Above this many documents in a pair the permutation test is skipped (Welch's test is
    /// then as good, and the permutations would be slow).
    public static let permutationLimit = 200_000
    /// With more groups than this, each group is compared with the rest (the `b` side is
    /// `restLabel`) and without the permutation test.
    public static let pairwiseLimit = 20
    /// The name of the other side when a group is compared with the rest of the corpus.
    public static let restLabel = "(rest)"

    public struct Document: Sendable {
        public let index: Int
        public let sentences: Int
        public let meanCompound: Double?
        public let positive: Int, neutral: Int, negative: Int
        public let quotedParts: Int, narratedParts: Int
        public let meanQuoted: Double?, meanNarrated: Double?
    }

    public struct Estimate: Sendable {
        public let value: Double
        public let interval: ConfidenceInterval?
    }

    public struct Group: Sendable {
        public let name: String
        public let documents: Int
        public let sentences: Int
        public let meanCompound: Estimate?
        public let positiveShare: Estimate?
        public let neutralShare: Estimate?
        public let negativeShare: Estimate?
        public let quotedParts: Int
        public let meanQuoted: Estimate?
        public let narratedParts: Int
        public let meanNarrated: Estimate?
    }

    public struct Comparison: Sendable {
        public let a: String, b: String
        /// Documents with at least one sentence: the observations of the tests.
        public let documentsA: Int, documentsB: Int
        public let sentencesA: Int, sentencesB: Int
        /// The mean over documents of each document's mean compound score.
        public let meanA: Double?, meanB: Double?
        public let welch: TestResult?
        public let permutationP: Double?
        public let cohensD: Double?
        public let q: Double?
        public let note: String
    }

    public let documents: [Document]
    public let groups: [Group]
    public let comparisons: [Comparison]

    /// - Parameter repeats: documents (by index) that repeat an earlier one; the comparisons
    ///   count each set of copies once (the group summaries count every document).
    public init(sentences rows: [SentenceScore], analysis: CorpusAnalysis, bootstrap: Bootstrap, corpusLabel: String,
                repeats: Set<Int> = []) throws {
        var byDocument = [[SentenceScore]](repeating: [], count: analysis.documents.count)
        for row in rows where Int(row.document) < byDocument.count { byDocument[Int(row.document)].append(row) }
        func mean(_ values: [Double]) -> Double? { values.isEmpty ? nil : values.reduce(0, +) / Double(values.count) }
        var documents: [Document] = []
        for (index, sentences) in byDocument.enumerated() {
            let compound = sentences.map(\.compound)
            let quoted = sentences.compactMap { $0.quoted }, narrated = sentences.compactMap { $0.narrated }
            documents.append(Document(index: index, sentences: sentences.count, meanCompound: mean(compound),
                                      positive: compound.filter { $0 >= Self.threshold }.count,
                                      neutral: compound.filter { $0 > -Self.threshold && $0 < Self.threshold }.count,
                                      negative: compound.filter { $0 <= -Self.threshold }.count,
                                      quotedParts: quoted.count, narratedParts: narrated.count, meanQuoted: mean(quoted), meanNarrated: mean(narrated)))
        }
        self.documents = documents
        // Groups: the corpus first, then each group by name.
        var members: [String: [Int]] = [corpusLabel: Array(analysis.documents.indices)]
        for (i, doc) in analysis.documents.enumerated() { members[doc.group, default: []].append(i) }
        let names = [corpusLabel] + members.keys.filter { $0 != corpusLabel }.sorted()
        /// Ratios of sums that share their denominators, with cluster-bootstrap intervals drawn
        /// from one set of resamples (the draws depend only on the seed and the clusters, so
        /// each interval is the one a separate bootstrap would give).
        func estimates(_ numerators: [[Double]], _ denominators: [Double]) throws -> [Estimate?] {
            let total = denominators.reduce(0, +)
            guard total > 0 else { return numerators.map { _ in nil } }
            let nonEmpty = denominators.filter { $0 > 0 }.count
            let intervals = nonEmpty >= 2 ? try bootstrap.clusterRatioIntervals(
                numerators: numerators.map { $0.enumerated().filter { $0.element != 0 }.map { (cluster: $0.offset, value: $0.element) } },
                denominators: denominators) : nil
            return numerators.indices.map { Estimate(value: numerators[$0].reduce(0, +) / total, interval: intervals?[$0]) }
        }
        func group(_ name: String) throws -> Group {
            let docs = (members[name] ?? []).map { byDocument[$0] }
            let sentenceCounts = docs.map { Double($0.count) }
            let sums = docs.map { $0.reduce(0) { $0 + $1.compound } }
            let positive = docs.map { Double($0.filter { $0.compound >= Self.threshold }.count) }
            let negative = docs.map { Double($0.filter { $0.compound <= -Self.threshold }.count) }
            let neutral = docs.map { Double($0.filter { abs($0.compound) < Self.threshold }.count) }
            let quotedCounts = docs.map { Double($0.filter { $0.quoted != nil }.count) }
            let quotedSums = docs.map { $0.reduce(0) { $0 + ($1.quoted ?? 0) } }
            let narratedCounts = docs.map { Double($0.filter { $0.narrated != nil }.count) }
            let narratedSums = docs.map { $0.reduce(0) { $0 + ($1.narrated ?? 0) } }
            let shares = try estimates([sums, positive, neutral, negative], sentenceCounts)
            let quoted = try estimates([quotedSums], quotedCounts)[0], narrated = try estimates([narratedSums], narratedCounts)[0]
            return Group(name: name, documents: docs.count, sentences: Int(sentenceCounts.reduce(0, +)),
                         meanCompound: shares[0], positiveShare: shares[1], neutralShare: shares[2], negativeShare: shares[3],
                         quotedParts: Int(quotedCounts.reduce(0, +)), meanQuoted: quoted,
                         narratedParts: Int(narratedCounts.reduce(0, +)), meanNarrated: narrated)
        }
        // The groups' bootstraps on all cores; each writes only its own slot.
        var results = [Result<Group, Error>?](repeating: nil, count: names.count)
        results.withUnsafeMutableBufferPointer { slots in
            DispatchQueue.concurrentPerform(iterations: names.count) { k in
                slots[k] = Result { try group(names[k]) }
            }
        }
        let groups = try results.map { try $0!.get() }
        self.groups = groups
        // Pairs of groups (not the corpus), on document means.
        let groupNames = names.filter { $0 != corpusLabel }
        struct Sample { var means: [Double] = []; var sentences = 0 }
        var samples: [String: Sample] = [:]
        for name in groupNames {
            var sample = Sample()
            for index in members[name] ?? [] where !repeats.contains(index) {
                guard let mean = documents[index].meanCompound else { continue }
                sample.means.append(mean)
                sample.sentences += documents[index].sentences
            }
            samples[name] = sample
        }
        // (a, b, documents a, documents b, sentences a, sentences b, mean a, mean b, Welch,
        // permutation p, d, note): the samples themselves are not kept.
        var pending: [(String, String, Int, Int, Int, Int, Double?, Double?, TestResult?, Double?, Double?, String)] = []
        let pairwise = groupNames.count <= Self.pairwiseLimit
        func compare(_ a: String, _ b: String, _ x: Sample, _ y: Sample) throws {
                let (nx, ny) = (x.means.count, y.means.count)
                guard nx >= Self.minimumDocuments, ny >= Self.minimumDocuments else {
                    pending.append((a, b, nx, ny, x.sentences, y.sentences, mean(x.means), mean(y.means), nil, nil, nil,
                                    "not tested: fewer than \(Self.minimumDocuments) documents with sentences in \(nx < Self.minimumDocuments ? a : b)"))
                    return
                }
                var welch: TestResult?
                var note = ""
                do { welch = try MeanComparison.welchT(x.means, y.means) } catch { note = "no Welch test: \(error)" }
                var permutation: Double?
                if !pairwise {
                    note = "each of \(groupNames.count) groups against the rest; no permutation test"
                } else if nx + ny <= Self.permutationLimit {
                    permutation = try MeanComparison.permutationTest(x.means, y.means, resamples: bootstrap.resamples, seed: bootstrap.seed).p
                } else {
                    note = "permutation test skipped: more than \(Self.permutationLimit) documents"
                }
                var d: Double?
                if let sx = DescriptiveStatistics.meanAndVariance(x.means), let sy = DescriptiveStatistics.meanAndVariance(y.means) {
                    let pooled = ((Double(nx - 1) * sx.variance + Double(ny - 1) * sy.variance) / Double(nx + ny - 2)).squareRoot()
                    d = pooled > 0 ? (sx.mean - sy.mean) / pooled : nil
                }
                pending.append((a, b, nx, ny, x.sentences, y.sentences, mean(x.means), mean(y.means), welch, permutation, d, note))
        }
        if pairwise {
            for (i, a) in groupNames.enumerated() {
                for b in groupNames[(i + 1)...] { try compare(a, b, samples[a] ?? Sample(), samples[b] ?? Sample()) }
            }
        } else {
            // Each group against all the others' documents: one comparison per group, the
            // rest built for one group at a time.
            let all = groupNames.map { samples[$0] ?? Sample() }
            var rest = Sample()
            for (i, a) in groupNames.enumerated() {
                rest.means.removeAll(keepingCapacity: true)
                rest.sentences = 0
                for (j, sample) in all.enumerated() where j != i {
                    rest.means.append(contentsOf: sample.means)
                    rest.sentences += sample.sentences
                }
                try compare(a, Self.restLabel, all[i], rest)
            }
        }
        let tested = pending.indices.filter { pending[$0].8 != nil }
        let q = try MultipleTesting.benjaminiHochberg(tested.compactMap { pending[$0].8?.p })
        var qOf: [Int: Double] = [:]
        for (k, index) in tested.enumerated() { qOf[index] = q[k] }
        comparisons = pending.enumerated().map { index, item in
            Comparison(a: item.0, b: item.1, documentsA: item.2, documentsB: item.3, sentencesA: item.4, sentencesB: item.5,
                       meanA: item.6, meanB: item.7, welch: item.8, permutationP: item.9, cohensD: item.10, q: qOf[index], note: item.11)
        }
    }
}
