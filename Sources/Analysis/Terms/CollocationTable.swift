import Foundation
import Statistics

/// Bigram collocations within sentences, with the usual association measures and the
/// counts behind them: for "w1 w2", the 2×2 table of adjacent token pairs by (first is w1?)
/// and (second is w2?).
public struct CollocationTable: Sendable {
    public struct Row: Sendable, Equatable {
        public let bigram: String
        public let first: String
        public let second: String
        /// Times "first second" occurs.
        public let count: Int
        /// Times `first` starts a pair, and `second` ends one.
        public let firstCount: Int
        public let secondCount: Int
        /// Adjacent pairs in all.
        public let pairs: Int
        /// firstCount · secondCount / pairs.
        public let expected: Double
        /// Log-likelihood G² and its χ²(1) p-value.
        public let g2: Double
        public let p: Double
        /// log2(count · pairs / (firstCount · secondCount)).
        public let pmi: Double
        /// (count − expected) / √count.
        public let tScore: Double
    }

    /// Rows by G² (descending), then bigram.
    public let rows: [Row]
    /// Bigrams occurring fewer times than this are not scored.
    public let minimumCount: Int

    /// Scores the bigrams of `ngrams` (the corpus group) that occur at least `minimumCount` times.
    public init(ngrams: TermFrequencyTable.Group, margins: PairMargins, minimumCount: Int) throws {
        self.minimumCount = minimumCount
        let n = margins.pairs
        var rows: [Row] = []
        for (bigram, entry) in ngrams.entries where entry.count >= minimumCount {
            let words = bigram.split(separator: " ", omittingEmptySubsequences: false)
            guard words.count == 2 else { continue }
            let first = String(words[0]), second = String(words[1])
            guard let m1 = margins.margins[first]?.first, let m2 = margins.margins[second]?.second,
                  m1 >= entry.count, m2 >= entry.count, n > 0 else { continue }
            let expected = Double(m1) * Double(m2) / Double(n)
            // The table [[c, m2 − c], [m1 − c, n − m1 − m2 + c]] in ContingencyTable's form.
            let test = try ContingencyTable.logLikelihood(a: entry.count, b: m2 - entry.count, n1: m1, n2: n - m1)
            rows.append(Row(
                bigram: bigram, first: first, second: second, count: entry.count,
                firstCount: m1, secondCount: m2, pairs: n, expected: expected,
                g2: test.statistic, p: test.p,
                pmi: log2(Double(entry.count) * Double(n) / (Double(m1) * Double(m2))),
                tScore: (Double(entry.count) - expected) / Double(entry.count).squareRoot()))
        }
        rows.sort { $0.g2 != $1.g2 ? $0.g2 > $1.g2 : $0.bigram < $1.bigram }
        self.rows = rows
    }
}
