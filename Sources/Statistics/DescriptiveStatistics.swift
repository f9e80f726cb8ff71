import CGSL

/// Summary statistics of a sample of doubles, computed by GSL
/// (`gsl_stats_*` on a sorted copy).
///
/// Domain: any finite values. A sample of size 0 has no summary (`init` returns nil);
/// a sample of size 1 has a variance and standard deviation of 0 by definition here
/// (GSL would divide by n − 1 = 0), so no NaN reaches a report.
public struct DescriptiveStatistics: Equatable, Sendable {
    /// Number of values.
    public let count: Int
    /// Arithmetic mean.
    public let mean: Double
    /// Sample variance (divisor n − 1); 0 when `count` is 1.
    public let variance: Double
    /// Sample standard deviation (divisor n − 1); 0 when `count` is 1.
    public let standardDeviation: Double
    /// Median (mean of the two middle values for an even count).
    public let median: Double
    /// Smallest value.
    public let minimum: Double
    /// Largest value.
    public let maximum: Double

    /// Summarises `values`; nil for an empty sample or one holding a NaN or infinity.
    public init?(_ values: [Double]) {
        guard !values.isEmpty, values.allSatisfy({ $0.isFinite }) else { return nil }
        GSLRuntime.prepare()
        var sorted = values
        let n = sorted.count
        sorted.withUnsafeMutableBufferPointer { buffer in
            gsl_sort(buffer.baseAddress, 1, n)
        }
        count = n
        (mean, variance, median) = sorted.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress
            let m = gsl_stats_mean(base, 1, n)
            let v = n > 1 ? gsl_stats_variance_m(base, 1, n, m) : 0
            let med = gsl_stats_median_from_sorted_data(base, 1, n)
            return (m, v, med)
        }
        standardDeviation = variance.squareRoot()
        minimum = sorted[0]
        maximum = sorted[n - 1]
    }

    /// The `q` quantile of `values` by linear interpolation between order statistics
    /// at (n − 1)·q, as `gsl_stats_quantile_from_sorted_data` defines it.

    ///
    /// Returns nil for an empty sample, a non-finite value, or `q` outside [0, 1].
    /// The mean and the sample variance (n − 1) of `values`, without sorting them: the
    /// moments of the initializer at a fraction of its cost (summed in the given order, so
    /// the last bits may differ from the initializer's, which sums sorted values); nil when empty.
    public static func meanAndVariance(_ values: [Double]) -> (mean: Double, variance: Double)? {
        let n = values.count
        guard n > 0 else { return nil }
        return values.withUnsafeBufferPointer { buffer in
            let m = gsl_stats_mean(buffer.baseAddress, 1, n)
            return (m, n > 1 ? gsl_stats_variance_m(buffer.baseAddress, 1, n, m) : 0)
        }
    }

    public static func quantile(_ values: [Double], _ q: Double) -> Double? {
        guard !values.isEmpty, values.allSatisfy({ $0.isFinite }), q >= 0, q <= 1 else { return nil }
        GSLRuntime.prepare()
        var sorted = values
        let n = sorted.count
        return sorted.withUnsafeMutableBufferPointer { buffer -> Double in
            gsl_sort(buffer.baseAddress, 1, n)
            return gsl_stats_quantile_from_sorted_data(buffer.baseAddress, 1, n, q)
        }
    }
}
