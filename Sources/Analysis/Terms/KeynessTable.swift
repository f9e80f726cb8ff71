import Statistics

/// The terms that set a group apart: each term's counts in a target group against a
/// reference (the rest of the corpus, or another group), with Dunning's G², its χ²(1)
/// p-value, the Benjamini–Hochberg q-value over all terms tested in that comparison, and the
/// log-ratio effect size (`textstat_keyness` in quanteda, "keywords" in AntConc).
public struct KeynessTable: Sendable {
    /// One term tested in one comparison.
    public struct Row: Sendable, Equatable {
        public let target: String
        public let reference: String
        public let term: String
        /// Observed counts and the corpus sizes (all tokens) they come from.
        public let targetCount: Int
        public let referenceCount: Int
        public let targetTokens: Int
        public let referenceTokens: Int
        /// Counts expected if the term were used at the same rate in both.
        public let targetExpected: Double
        public let referenceExpected: Double
        public let g2: Double
        public let p: Double
        public let q: Double
        /// log2 of the ratio of relative frequencies (target / reference), a zero count
        /// replaced by `KeynessTable.zeroCorrection`.
        public let logRatio: Double

        /// "over" when the target uses the term more often (per token) than the reference.
        public var direction: String {
            Double(targetCount) * Double(referenceTokens) >= Double(referenceCount) * Double(targetTokens) ? "over" : "under"
        }
    }

    /// One comparison: a target against a reference.
    public struct Comparison: Sendable {
        public let target: String
        public let reference: String
        public let targetTokens: Int
        public let referenceTokens: Int
        public let targetDocuments: Int
        /// The rows, by G² (descending), then term.
        public let rows: [Row]
    }

    /// The label of "the rest of the corpus" as a reference.
    public static let restLabel = "(rest)"
    /// The zero-count correction of the log-ratio.
    public static let zeroCorrection = 0.5

    /// The comparisons in order.
    public let comparisons: [Comparison]
    /// Terms occurring fewer times than this in target and reference together are not tested.
    public let minimumCount: Int

    /// With more groups than this, a group is tested only on the terms it uses (a term it never
    /// uses would be "key" against it merely because the group is small), so the rows grow
    /// with the text, not with groups × vocabulary.
    public static let allTermsGroupLimit = 20

    /// Each group of `table` against the rest of the corpus; with `pair`, only that group
    /// against the other. `minimumCount` is the least combined count of a tested term.
    public init(_ table: TermFrequencyTable, corpus: TermFrequencyTable.Group, minimumCount: Int, pair: (String, String)? = nil) throws {
        self.minimumCount = minimumCount
        var comparisons: [Comparison] = []
        if let (a, b) = pair {
            let target = table.groups[a] ?? TermFrequencyTable.Group()
            let reference = table.groups[b] ?? TermFrequencyTable.Group()
            comparisons.append(try Self.compare(a, target, against: b, reference, minimumCount: minimumCount))
        } else if table.groups.count >= 2 {
            let ownTermsOnly = table.groups.count > Self.allTermsGroupLimit
            for name in table.groupNames {
                guard let group = table.groups[name] else { continue }
                var rest = TermFrequencyTable.Group()
                rest.tokens = corpus.tokens - group.tokens
                rest.documents = corpus.documents - group.documents
                func addRest(_ term: String, _ entry: TermFrequencyTable.Entry, _ inGroup: TermFrequencyTable.Entry?) {
                    let count = entry.count - (inGroup?.count ?? 0)
                    if count > 0 {
                        rest.entries[term] = .init(count: count, documents: entry.documents - (inGroup?.documents ?? 0))
                    }
                }
                if ownTermsOnly {
                    // Only the group's own terms: the rest's counts of those, from the corpus's.
                    for (term, inGroup) in group.entries {
                        if let entry = corpus.entries[term] { addRest(term, entry, inGroup) }
                    }
                } else {
                    for (term, entry) in corpus.entries { addRest(term, entry, group.entries[term]) }
                }
                comparisons.append(try Self.compare(name, group, against: Self.restLabel, rest, minimumCount: minimumCount))
            }
        }
        self.comparisons = comparisons
    }

    static func compare(_ targetName: String, _ target: TermFrequencyTable.Group, against referenceName: String,
                        _ reference: TermFrequencyTable.Group, minimumCount: Int) throws -> Comparison {
        let n1 = target.tokens, n2 = reference.tokens
        var candidates: [(term: String, a: Int, b: Int)] = []
        if n1 > 0 && n2 > 0 {
            var terms = Set(target.entries.keys)
            terms.formUnion(reference.entries.keys)
            for term in terms {
                let a = target.entries[term]?.count ?? 0
                let b = reference.entries[term]?.count ?? 0
                if a + b >= minimumCount { candidates.append((term, a, b)) }
            }
        }
        candidates.sort { $0.term < $1.term }
        var tests: [TestResult] = []
        tests.reserveCapacity(candidates.count)
        for c in candidates {
            tests.append(try ContingencyTable.logLikelihood(a: c.a, b: c.b, n1: n1, n2: n2))
        }
        let q = try MultipleTesting.benjaminiHochberg(tests.map(\.p))
        let total = Double(n1 + n2)
        var rows: [Row] = []
        rows.reserveCapacity(candidates.count)
        for (i, c) in candidates.enumerated() {
            let both = Double(c.a + c.b)
            rows.append(Row(
                target: targetName, reference: referenceName, term: c.term,
                targetCount: c.a, referenceCount: c.b, targetTokens: n1, referenceTokens: n2,
                targetExpected: both * Double(n1) / total, referenceExpected: both * Double(n2) / total,
                g2: tests[i].statistic, p: tests[i].p, q: q[i],
                logRatio: try ContingencyTable.logRatio(a: c.a, b: c.b, n1: n1, n2: n2, zero: zeroCorrection)))
        }
        rows.sort { $0.g2 != $1.g2 ? $0.g2 > $1.g2 : $0.term < $1.term }
        return Comparison(target: targetName, reference: referenceName, targetTokens: n1, referenceTokens: n2,
                          targetDocuments: target.documents, rows: rows)
    }
}

extension KeynessTable.Comparison {
    /// Over-used terms with q below `alpha`, by log-ratio (descending), then G², then term.
    public func keyTerms(alpha: Double = 0.05, limit: Int) -> [KeynessTable.Row] {
        let significant = rows.filter { $0.q < alpha && $0.direction == "over" }
            .sorted { $0.logRatio != $1.logRatio ? $0.logRatio > $1.logRatio : ($0.g2 != $1.g2 ? $0.g2 > $1.g2 : $0.term < $1.term) }
        return Array(significant.prefix(limit))
    }

    /// The smallest p-value any tested term reaches: how far the group is from significance.
    public var smallestP: Double? { rows.map(\.p).min() }
}
