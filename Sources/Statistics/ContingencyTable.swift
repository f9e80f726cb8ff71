import Foundation

/// Tests on contingency tables: Dunning's log-likelihood G² and the log-ratio effect size for
/// a term's counts in two corpora, Pearson's χ² test of independence, Fisher's exact test.
public enum ContingencyTable {
    /// G² over the full 2×2 table [[a, b], [n1 − a, n2 − b]] (all four cells, 0·ln 0 = 0), with
    /// its χ²(1) upper-tail p. `a` is a term's count in corpus 1 of `n1` tokens, `b` in corpus 2
    /// of `n2`. Domain: 0 ≤ a ≤ n1, 0 ≤ b ≤ n2, n1 + n2 > 0. A term absent from both (a = b = 0)
    /// gives G² = 0, p = 1.
    public static func logLikelihood(a: Int, b: Int, n1: Int, n2: Int) throws -> TestResult {
        try Distributions.check(a >= 0 && b >= 0 && a <= n1 && b <= n2, "counts \(a), \(b) must lie in [0, \(n1)] and [0, \(n2)]")
        try Distributions.check(n1 + n2 > 0, "the corpora are empty")
        let cells = [[Double(a), Double(b)], [Double(n1 - a), Double(n2 - b)]]
        let total = Double(n1 + n2)
        let rows = [Double(a + b), Double(n1 - a + n2 - b)]
        let columns = [Double(n1), Double(n2)]
        var g2 = 0.0
        for i in 0..<2 {
            for j in 0..<2 where cells[i][j] > 0 {
                let expected = rows[i] * columns[j] / total
                g2 += cells[i][j] * log(cells[i][j] / expected)
            }
        }
        g2 = max(0, 2 * g2)
        return TestResult(statistic: g2, degreesOfFreedom: 1, p: try Distributions.chiSquareUpperTail(g2, degreesOfFreedom: 1))
    }

    /// log2((a/n1) / (b/n2)), the binary log of the ratio of relative frequencies, with a zero
    /// count replaced by `zero` (0.5 by default) so that a term missing from one corpus gets a
    /// finite effect size. Domain: n1, n2 > 0, zero > 0.
    public static func logRatio(a: Int, b: Int, n1: Int, n2: Int, zero: Double = 0.5) throws -> Double {
        try Distributions.check(n1 > 0 && n2 > 0, "corpus sizes \(n1), \(n2) must be positive")
        try Distributions.check(zero > 0, "the zero-count correction must be positive")
        try Distributions.check(a >= 0 && b >= 0, "counts must not be negative")
        let x = a == 0 ? zero : Double(a)
        let y = b == 0 ? zero : Double(b)
        return log2((x / Double(n1)) / (y / Double(n2)))
    }

    /// The expected count of cell (row, column) under independence.
    public static func expected(row: Double, column: Double, total: Double) -> Double {
        total > 0 ? row * column / total : 0
    }

    /// Pearson's χ² test of independence for an r×c table (no continuity correction).
    /// Domain: at least 2×2, non-negative cells, no row or column summing to zero (throws
    /// `StatisticsError.undefined` otherwise).
    public static func chiSquareIndependence(_ table: [[Double]]) throws -> TestResult {
        let rows = table.count
        guard rows >= 2, let columns = table.first?.count, columns >= 2 else {
            throw StatisticsError.tooFewValues("a test of independence needs at least 2 rows and 2 columns")
        }
        try Distributions.check(table.allSatisfy { $0.count == columns }, "rows have different lengths")
        try Distributions.check(table.allSatisfy { $0.allSatisfy { $0 >= 0 && $0.isFinite } }, "cells must be non-negative numbers")
        let rowSums = table.map { $0.reduce(0, +) }
        let columnSums = (0..<columns).map { j in table.reduce(0) { $0 + $1[j] } }
        guard rowSums.allSatisfy({ $0 > 0 }), columnSums.allSatisfy({ $0 > 0 }) else {
            throw StatisticsError.undefined("a row or column sums to zero")
        }
        let total = rowSums.reduce(0, +)
        var chi2 = 0.0
        for i in 0..<rows {
            for j in 0..<columns {
                let e = rowSums[i] * columnSums[j] / total
                chi2 += (table[i][j] - e) * (table[i][j] - e) / e
            }
        }
        let df = Double((rows - 1) * (columns - 1))
        return TestResult(statistic: chi2, degreesOfFreedom: df, p: try Distributions.chiSquareUpperTail(chi2, degreesOfFreedom: df))
    }

    /// Fisher's exact test on the 2×2 table [[a, b], [c, d]], two-sided: the sum of the
    /// probabilities of all tables with the same margins that are as likely as the observed
    /// one or less (with a relative tolerance of 1e-7 for ties, as scipy uses). Domain: cells ≥ 0.
    /// An all-zero table gives 1.
    public static func fisherExactTwoSided(a: Int, b: Int, c: Int, d: Int) throws -> Double {
        try Distributions.check(a >= 0 && b >= 0 && c >= 0 && d >= 0, "cells must not be negative")
        let good = a + b, bad = c + d, draws = a + c
        guard good + bad > 0 else { return 1 }
        let observed = try Distributions.hypergeometricPDF(a, good: good, bad: bad, draws: draws)
        var p = 0.0
        for k in max(0, draws - bad)...min(draws, good) {
            let probability = try Distributions.hypergeometricPDF(k, good: good, bad: bad, draws: draws)
            if probability <= observed * (1 + 1e-7) { p += probability }
        }
        return min(1, p)
    }
}
