/// How a number is qualified.
public enum FigureQualifier: String, Sendable {
    case exact, approx, atLeast = "at_least", moreThan = "more_than", atMost = "at_most", lessThan = "less_than", vague
}

/// A number a document reports, with the interval it stands for and what it counts.
public struct Figure: Sendable, Equatable {
    public let sentence: Int
    /// Byte range of the surface in the document's cleaned text.
    public let byteRange: Range<Int>
    /// The number with its qualifier, as written ("at least 600", "about two dozen").
    public let surface: String
    /// The number; nil for a vague amount ("hundreds").
    public let value: Double?
    public let low: Double
    /// `Double.infinity` for an open interval ("at least 600").
    public let high: Double
    public let qualifier: FigureQualifier
    /// The counted noun or unit ("U.S. troops", "percent", "day"), normalised.
    public internal(set) var counted: String
    /// What happened (killed, wounded, deployed, stationed, rose, fell, duration, other).
    public internal(set) var event: String
    /// Whether the counted noun was taken from an earlier figure ("that tally").
    public internal(set) var inherited: Bool
}
