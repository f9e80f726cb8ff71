import CGSL

/// Comparing the means of two samples: Welch's t-test and a permutation test.
public enum MeanComparison {
    /// Welch's unequal-variance t-test of mean(x) − mean(y): t, Welch–Satterthwaite degrees of
    /// freedom, two-sided p. Domain: at least two values in each sample, not both with zero
    /// variance (throws `StatisticsError` otherwise).
    public static func welchT(_ x: [Double], _ y: [Double]) throws -> TestResult {
        guard x.count >= 2, y.count >= 2 else {
            throw StatisticsError.tooFewValues("Welch's t-test needs at least two values in each sample (\(x.count) and \(y.count) given)")
        }
        guard let sx = DescriptiveStatistics(x), let sy = DescriptiveStatistics(y) else {
            throw StatisticsError.invalidParameter("the samples hold a NaN or an infinity")
        }
        return try welchT(meanX: sx.mean, varianceX: sx.variance, countX: x.count, meanY: sy.mean, varianceY: sy.variance, countY: y.count)
    }

    /// Welch's t-test from the samples' means, sample variances (n − 1) and sizes.
    public static func welchT(meanX: Double, varianceX: Double, countX: Int,
                              meanY: Double, varianceY: Double, countY: Int) throws -> TestResult {
        guard countX >= 2, countY >= 2 else {
            throw StatisticsError.tooFewValues("Welch's t-test needs at least two values in each sample (\(countX) and \(countY) given)")
        }
        let vx = varianceX / Double(countX)
        let vy = varianceY / Double(countY)
        guard vx + vy > 0 else {
            throw StatisticsError.undefined("both samples have zero variance")
        }
        let t = (meanX - meanY) / (vx + vy).squareRoot()
        var df = (vx + vy) * (vx + vy)
        df /= vx * vx / Double(countX - 1) + vy * vy / Double(countY - 1)
        return TestResult(statistic: t, degreesOfFreedom: df, p: try Distributions.studentTTwoSided(t, degreesOfFreedom: df))
    }

    /// A two-sided permutation test of the difference in means: the share of `resamples`
    /// random relabellings (seeded) whose |mean difference| is at least the observed one,
    /// counted as (hits + 1) / (resamples + 1). Domain: both samples non-empty, resamples ≥ 1.
    public static func permutationTest(_ x: [Double], _ y: [Double], resamples: Int, seed: UInt) throws -> TestResult {
        guard !x.isEmpty, !y.isEmpty else { throw StatisticsError.tooFewValues("a permutation test needs values in both samples") }
        try Distributions.check(resamples >= 1, "resamples \(resamples) must be at least 1")
        try Distributions.check((x + y).allSatisfy { $0.isFinite }, "the samples hold a NaN or an infinity")
        let pooled = x + y
        let observed = abs(mean(x) - mean(y))
        let random = try SeededRandom(seed: seed)
        var hits = 0
        var labels = pooled
        for _ in 0..<resamples {
            labels = random.shuffled(labels)
            let difference = abs(mean(labels[0..<x.count]) - mean(labels[x.count...]))
            // A relative tolerance keeps ties that differ only by rounding.
            if difference >= observed * (1 - 1e-12) { hits += 1 }
        }
        return TestResult(statistic: mean(x) - mean(y), degreesOfFreedom: nil, p: Double(hits + 1) / Double(resamples + 1))
    }

    private static func mean<C: Collection>(_ values: C) -> Double where C.Element == Double {
        values.reduce(0, +) / Double(values.count)
    }
}
