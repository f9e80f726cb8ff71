import CGSL

/// A two-sided interval.
public struct ConfidenceInterval: Equatable, Sendable {
    public let low: Double
    public let high: Double

    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    /// The Wilson score interval for `successes` in `trials` at the normal quantile `z`
    /// (1.96 for 95%), without continuity correction. Domain: 0 ≤ successes ≤ trials,
    /// trials ≥ 1, z > 0. The bounds are exactly 0 and 1 at the extremes.
    public static func wilson(successes k: Int, trials n: Int, z: Double = 1.959963984540054) throws -> ConfidenceInterval {
        try Distributions.check(n >= 1, "trials \(n) must be at least 1")
        try Distributions.check(k >= 0 && k <= n, "successes \(k) must lie in [0, \(n)]")
        try Distributions.check(z > 0 && z.isFinite, "z \(z) must be positive")
        let nd = Double(n), kd = Double(k), z2 = z * z
        let denominator = nd + z2
        let center = (kd + z2 / 2) / denominator
        let half = z / denominator * (kd * (nd - kd) / nd + z2 / 4).squareRoot()
        let low = k == 0 ? 0 : max(0, center - half)
        let high = k == n ? 1 : min(1, center + half)
        return ConfidenceInterval(low: low, high: high)
    }
}

/// Percentile bootstrap intervals with a seeded `gsl_rng` (mt19937): the same seed and number
/// of resamples give the same interval.
public struct Bootstrap: Sendable {
    /// Number of resamples.
    public let resamples: Int
    /// The generator's seed.
    public let seed: UInt
    /// Coverage, 0.95 for a 95% interval.
    public let level: Double

    /// Domain: resamples ≥ 1, 0 < level < 1.
    public init(resamples: Int = 1000, seed: UInt = 1, level: Double = 0.95) throws {
        try Distributions.check(resamples >= 1, "resamples \(resamples) must be at least 1")
        try Distributions.check(level > 0 && level < 1, "level \(level) must lie strictly between 0 and 1")
        self.resamples = resamples
        self.seed = seed
        self.level = level
    }

    /// The percentile interval of `statistic` over resamples of `values` drawn with
    /// replacement. Domain: at least one value.
    public func percentileInterval(_ values: [Double], statistic: ([Double]) -> Double) throws -> ConfidenceInterval {
        guard !values.isEmpty else { throw StatisticsError.tooFewValues("a bootstrap needs at least one value") }
        let random = try SeededRandom(seed: seed)
        var estimates: [Double] = []
        estimates.reserveCapacity(resamples)
        var sample = values
        for _ in 0..<resamples {
            for i in sample.indices { sample[i] = values[random.integer(below: values.count)] }
            estimates.append(statistic(sample))
        }
        return try interval(of: estimates)
    }

    /// The cluster bootstrap of a ratio: whole clusters (documents) are resampled with
    /// replacement, and the statistic is scale · Σ numerators / Σ denominators of the resample
    /// (for example a term's rate per 10,000 tokens, resampling documents). Domain: equal
    /// lengths ≥ 1, non-negative denominators with a positive sum; a resample whose
    /// denominators sum to zero counts as rate 0.
    public func clusterRatioInterval(numerators: [Double], denominators: [Double], scale: Double = 1) throws -> ConfidenceInterval {
        try Distributions.check(numerators.count == denominators.count, "numerators and denominators differ in length")
        let sparse = numerators.enumerated().filter { $0.element != 0 }.map { (cluster: $0.offset, value: $0.element) }
        guard let interval = try clusterRatioIntervals(numerators: [sparse], denominators: denominators, scale: scale).first else {
            throw StatisticsError.tooFewValues("a cluster bootstrap needs at least one cluster")
        }
        return interval
    }

    /// Cluster-bootstrap intervals of several ratios over the same clusters at once: each
    /// resample draws the clusters once and every ratio is computed on it (as one would by
    /// resampling documents and then measuring every term). `numerators[k]` lists the clusters
    /// where ratio k's numerator is not zero, with its value. Costs resamples × (clusters +
    /// non-zero numerators), not resamples × clusters × ratios.
    public func clusterRatioIntervals(numerators: [[(cluster: Int, value: Double)]], denominators: [Double],
                                      scale: Double = 1) throws -> [ConfidenceInterval] {
        let n = denominators.count
        guard n > 0 else { throw StatisticsError.tooFewValues("a cluster bootstrap needs at least one cluster") }
        try Distributions.check(denominators.allSatisfy { $0 >= 0 } && denominators.reduce(0, +) > 0,
                                "denominators must be non-negative with a positive sum")
        try Distributions.check(numerators.allSatisfy { $0.allSatisfy { $0.cluster >= 0 && $0.cluster < n && $0.value.isFinite } },
                                "a numerator names a cluster outside 0..<\(n)")
        let random = try SeededRandom(seed: seed)
        var weights = [Int32](repeating: 0, count: n)
        var estimates = [[Double]](repeating: [], count: numerators.count)
        for k in estimates.indices { estimates[k].reserveCapacity(resamples) }
        for _ in 0..<resamples {
            for i in 0..<n { weights[i] = 0 }
            var bottom = 0.0
            for _ in 0..<n {
                let j = random.integer(below: n)
                weights[j] += 1
                bottom += denominators[j]
            }
            for (k, entries) in numerators.enumerated() {
                var top = 0.0
                for entry in entries { top += Double(weights[entry.cluster]) * entry.value }
                estimates[k].append(bottom > 0 ? scale * top / bottom : 0)
            }
        }
        return try estimates.map { try interval(of: $0) }
    }

    private func interval(of estimates: [Double]) throws -> ConfidenceInterval {
        let alpha = (1 - level) / 2
        guard let low = DescriptiveStatistics.quantile(estimates, alpha),
              let high = DescriptiveStatistics.quantile(estimates, 1 - alpha) else {
            throw StatisticsError.undefined("the statistic was not finite on every resample")
        }
        return ConfidenceInterval(low: low, high: high)
    }
}
