import CGSL

/// Correlation coefficients of paired samples (`gsl_stats_correlation`, `gsl_stats_spearman`).
public enum Correlation {
    /// Pearson's r. Domain: equal lengths ≥ 2, neither sample constant.
    public static func pearson(_ x: [Double], _ y: [Double]) throws -> Double {
        try validate(x, y)
        GSLRuntime.prepare()
        return x.withUnsafeBufferPointer { xb in
            y.withUnsafeBufferPointer { yb in gsl_stats_correlation(xb.baseAddress, 1, yb.baseAddress, 1, x.count) }
        }
    }

    /// Spearman's ρ: Pearson's r on ranks, ties given their mean rank. Same domain.
    public static func spearman(_ x: [Double], _ y: [Double]) throws -> Double {
        try validate(x, y)
        GSLRuntime.prepare()
        var work = [Double](repeating: 0, count: 2 * x.count)
        return x.withUnsafeBufferPointer { xb in
            y.withUnsafeBufferPointer { yb in
                work.withUnsafeMutableBufferPointer { wb in
                    gsl_stats_spearman(xb.baseAddress, 1, yb.baseAddress, 1, x.count, wb.baseAddress)
                }
            }
        }
    }

    private static func validate(_ x: [Double], _ y: [Double]) throws {
        try Distributions.check(x.count == y.count, "samples of different lengths (\(x.count) and \(y.count))")
        guard x.count >= 2 else { throw StatisticsError.tooFewValues("a correlation needs at least two pairs") }
        try Distributions.check((x + y).allSatisfy { $0.isFinite }, "the samples hold a NaN or an infinity")
        guard Set(x).count > 1, Set(y).count > 1 else { throw StatisticsError.undefined("a constant sample has no correlation") }
    }
}
