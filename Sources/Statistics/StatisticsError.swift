/// An input outside a statistic's domain. Functions throw this instead of returning NaN,
/// so that nothing undefined reaches a report unexplained.
public enum StatisticsError: Error, Equatable, CustomStringConvertible {
    /// A parameter outside its domain (a negative count, zero degrees of freedom, p outside [0, 1]).
    case invalidParameter(String)
    /// Too few values for the statistic (an empty sample, one value where two are needed).
    case tooFewValues(String)
    /// The statistic is undefined for these values (zero variance in both samples, an empty
    /// row or column in a contingency table).
    case undefined(String)

    public var description: String {
        switch self {
        case .invalidParameter(let what): return "invalid parameter: \(what)"
        case .tooFewValues(let what): return "too few values: \(what)"
        case .undefined(let what): return "undefined: \(what)"
        }
    }
}

/// A test statistic with its degrees of freedom (where the test has them) and p-value.
public struct TestResult: Equatable, Sendable {
    /// The statistic (G², χ², t, ...).
    public let statistic: Double
    /// Degrees of freedom, or nil for a test without them.
    public let degreesOfFreedom: Double?
    /// The p-value.
    public let p: Double

    public init(statistic: Double, degreesOfFreedom: Double?, p: Double) {
        self.statistic = statistic
        self.degreesOfFreedom = degreesOfFreedom
        self.p = p
    }
}
