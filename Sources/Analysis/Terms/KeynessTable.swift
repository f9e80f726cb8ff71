import Statistics

/// Which test ranks the keyness of terms in the report.
public enum KeynessTest: String, Sendable, CaseIterable {
    /// Dunning's G² on the 2×2 table of token counts: every token an independent draw.
    case g2
    /// Welch's t-test on the per-document rates: every document one observation.
    case welch
    /// Lijffijt et al.'s bootstrap test, resampling documents.
    case bootstrap

    /// Whether the document is the unit of the test.
    public var isDocumentLevel: Bool { self != .g2 }
}

/// The terms that set a group apart: each term's counts in a target group against a
/// reference (the rest of the corpus, or another group), with Dunning's G², its χ²(1)
/// p-value, the Benjamini–Hochberg q-value over all terms tested in that comparison, and the
/// log-ratio effect size (`textstat_keyness` in quanteda, "keywords" in AntConc).
///
/// Beside G², whose unit is the token, the document-level evidence
/// (`addDocumentEvidence`): how many documents use the term, Welch's t on the per-document
/// rates, the bootstrap test of Lijffijt et al. (2016), both with BH q-values, and Gries' DP
/// (2008) of the term over the target's documents. A word that one article repeats forty
/// times has a large G² but no document-level support.
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
        /// Documents of the target, and of the reference, that use the term.
        public let targetDocumentsUsing: Int
        public let referenceDocumentsUsing: Int
        /// Welch's t-test of the per-document rates (count / tokens of the document), target
        /// against reference, and its BH q over the comparison; nil without two documents on
        /// each side with some variance.
        public internal(set) var welch: TestResult? = nil
        public internal(set) var welchQ: Double? = nil
        /// The bootstrap test of the per-document rates (`DocumentTests.bootstrap`) and its q;
        /// nil without two documents on each side.
        public internal(set) var bootstrapP: Double? = nil
        public internal(set) var bootstrapQ: Double? = nil
        /// Gries' DP of the term over the target's documents (0 even, towards 1 concentrated).
        public internal(set) var dispersion: Double? = nil

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
        public let referenceDocuments: Int
        /// The rows, by the ranking test (`KeynessTable.test`), then term.
        public internal(set) var rows: [Row]
    }

    /// The label of "the rest of the corpus" as a reference.
    public static let restLabel = "(rest)"
    /// The zero-count correction of the log-ratio.
    public static let zeroCorrection = 0.5

    /// The comparisons in order.
    public internal(set) var comparisons: [Comparison]
    /// The test that ranks the rows and picks the key terms; G² until `addDocumentEvidence`.
    public internal(set) var test: KeynessTest = .g2
    /// Why `test` was chosen, a sentence for the report.
    public internal(set) var testReason = "The document-level evidence was not computed."
    /// The least number of documents on each side of every comparison for the document-level
    /// test to be the default.
    public static let minimumDocuments = 5
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
        var candidates: [(term: String, a: Int, b: Int, da: Int, db: Int)] = []
        if n1 > 0 && n2 > 0 {
            var terms = Set(target.entries.keys)
            terms.formUnion(reference.entries.keys)
            for term in terms {
                let x = target.entries[term], y = reference.entries[term]
                let a = x?.count ?? 0, b = y?.count ?? 0
                if a + b >= minimumCount { candidates.append((term, a, b, x?.documents ?? 0, y?.documents ?? 0)) }
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
                logRatio: try ContingencyTable.logRatio(a: c.a, b: c.b, n1: n1, n2: n2, zero: zeroCorrection),
                targetDocumentsUsing: c.da, referenceDocumentsUsing: c.db))
        }
        rows.sort(by: KeynessTest.g2.ranks)
        return Comparison(target: targetName, reference: referenceName, targetTokens: n1, referenceTokens: n2,
                          targetDocuments: target.documents, referenceDocuments: reference.documents, rows: rows)
    }
}

extension KeynessTest {
    /// The q-value of `row` under this test (nil when it could not be computed).
    public func q(of row: KeynessTable.Row) -> Double? {
        switch self {
        case .g2: return row.q
        case .welch: return row.welchQ
        case .bootstrap: return row.bootstrapQ
        }
    }

    /// The order of rows under this test: by its p-value (G²: by G², descending), then G²,
    /// then term; rows without the test's p last.
    public func ranks(_ a: KeynessTable.Row, _ b: KeynessTable.Row) -> Bool {
        let pa: Double?, pb: Double?
        switch self {
        case .g2: pa = nil; pb = nil
        case .welch: pa = a.welch?.p; pb = b.welch?.p
        case .bootstrap: pa = a.bootstrapP; pb = b.bootstrapP
        }
        if pa != pb {
            guard let pa else { return false }
            guard let pb else { return true }
            return pa < pb
        }
        return a.g2 != b.g2 ? a.g2 > b.g2 : a.term < b.term
    }
}

extension KeynessTable.Comparison {
    /// Over-used terms with q below `alpha` under `test`, by log-ratio (descending), then G²,
    /// then term.
    public func keyTerms(alpha: Double = 0.05, limit: Int, test: KeynessTest = .g2) -> [KeynessTable.Row] {
        let significant = rows.filter { (test.q(of: $0) ?? 1) < alpha && $0.direction == "over" }
            .sorted { $0.logRatio != $1.logRatio ? $0.logRatio > $1.logRatio : ($0.g2 != $1.g2 ? $0.g2 > $1.g2 : $0.term < $1.term) }
        return Array(significant.prefix(limit))
    }

    /// The smallest p-value any tested term reaches under `test`: how far the group is from
    /// significance.
    public func smallestP(test: KeynessTest = .g2) -> Double? {
        switch test {
        case .g2: return rows.map(\.p).min()
        case .welch: return rows.compactMap { $0.welch?.p }.min()
        case .bootstrap: return rows.compactMap(\.bootstrapP).min()
        }
    }
}
