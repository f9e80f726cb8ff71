import CGSL

/// Distribution tails, quantiles and cumulative probabilities (`gsl_cdf_*`).
///
/// Each function checks its parameters and throws `StatisticsError.invalidParameter` outside
/// the domain, rather than letting GSL return NaN.
public enum Distributions {
    /// P(X > x) for X ~ χ²(df). Domain: df > 0; x < 0 gives 1.
    public static func chiSquareUpperTail(_ x: Double, degreesOfFreedom df: Double) throws -> Double {
        try check(df > 0 && df.isFinite, "degrees of freedom \(df) must be positive")
        try check(!x.isNaN, "x is NaN")
        GSLRuntime.prepare()
        return x <= 0 ? 1 : gsl_cdf_chisq_Q(x, df)
    }

    /// P(T > t) for T ~ Student t(df). Domain: df > 0.
    public static func studentTUpperTail(_ t: Double, degreesOfFreedom df: Double) throws -> Double {
        try check(df > 0 && df.isFinite, "degrees of freedom \(df) must be positive")
        try check(!t.isNaN, "t is NaN")
        GSLRuntime.prepare()
        return gsl_cdf_tdist_Q(t, df)
    }

    /// 2·P(T > |t|) for T ~ Student t(df), capped at 1. Domain: df > 0.
    public static func studentTTwoSided(_ t: Double, degreesOfFreedom df: Double) throws -> Double {
        min(1, 2 * (try studentTUpperTail(abs(t), degreesOfFreedom: df)))
    }

    /// P(Z > z) for the standard normal.
    public static func normalUpperTail(_ z: Double) throws -> Double {
        try check(!z.isNaN, "z is NaN")
        GSLRuntime.prepare()
        return gsl_cdf_ugaussian_Q(z)
    }

    /// z with P(Z ≤ z) = p for the standard normal. Domain: 0 < p < 1.
    public static func normalQuantile(_ p: Double) throws -> Double {
        try check(p > 0 && p < 1, "probability \(p) must lie strictly between 0 and 1")
        GSLRuntime.prepare()
        return gsl_cdf_ugaussian_Pinv(p)
    }

    /// P(X > f) for X ~ F(d1, d2). Domain: d1, d2 > 0; f < 0 gives 1.
    public static func fUpperTail(_ f: Double, d1: Double, d2: Double) throws -> Double {
        try check(d1 > 0 && d2 > 0 && d1.isFinite && d2.isFinite, "degrees of freedom \(d1), \(d2) must be positive")
        try check(!f.isNaN, "f is NaN")
        GSLRuntime.prepare()
        return f <= 0 ? 1 : gsl_cdf_fdist_Q(f, d1, d2)
    }

    /// P(K ≤ k) for K ~ Binomial(n, p). Domain: n ≥ 0, 0 ≤ p ≤ 1; k < 0 gives 0, k ≥ n gives 1.
    public static func binomialCDF(_ k: Int, trials n: Int, probability p: Double) throws -> Double {
        try check(n >= 0, "trials \(n) must not be negative")
        try check(p >= 0 && p <= 1, "probability \(p) must lie in [0, 1]")
        if k < 0 { return 0 }
        if k >= n { return 1 }
        GSLRuntime.prepare()
        return gsl_cdf_binomial_P(UInt32(k), p, UInt32(n))
    }

    /// P(K ≤ k) for K hypergeometric: `draws` drawn without replacement from an urn of `good`
    /// successes and `bad` failures. Domain: good, bad ≥ 0, 0 ≤ draws ≤ good + bad.
    public static func hypergeometricCDF(_ k: Int, good: Int, bad: Int, draws: Int) throws -> Double {
        try check(good >= 0 && bad >= 0, "urn counts \(good), \(bad) must not be negative")
        try check(draws >= 0 && draws <= good + bad, "draws \(draws) must lie in [0, \(good + bad)]")
        if k < max(0, draws - bad) { return 0 }
        if k >= min(draws, good) { return 1 }
        GSLRuntime.prepare()
        return gsl_cdf_hypergeometric_P(UInt32(k), UInt32(good), UInt32(bad), UInt32(draws))
    }

    /// P(K = k) for the hypergeometric distribution above.
    public static func hypergeometricPDF(_ k: Int, good: Int, bad: Int, draws: Int) throws -> Double {
        try check(good >= 0 && bad >= 0, "urn counts \(good), \(bad) must not be negative")
        try check(draws >= 0 && draws <= good + bad, "draws \(draws) must lie in [0, \(good + bad)]")
        guard k >= max(0, draws - bad), k <= min(draws, good) else { return 0 }
        GSLRuntime.prepare()
        return gsl_ran_hypergeometric_pdf(UInt32(k), UInt32(good), UInt32(bad), UInt32(draws))
    }

    static func check(_ condition: Bool, _ message: @autoclosure () -> String) throws {
        if !condition { throw StatisticsError.invalidParameter(message()) }
    }
}
