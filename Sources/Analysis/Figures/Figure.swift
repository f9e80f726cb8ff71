/// How a number is qualified.
public enum FigureQualifier: String, Sendable {
    case exact, approx, atLeast = "at_least", moreThan = "more_than", atMost = "at_most", lessThan = "less_than", range, vague
}

/// When a figure holds: the expression the sentence uses ("in 2015", "this year", "last
/// week", "following the 2003 U.S. invasion") and what it resolves to.
public struct FigureTime: Sendable, Equatable {
    /// The words of the sentence, as written.
    public let expression: String
    /// A year ("2015"), a month ("2020-01"), a day ("2019-12-31"), a span of days
    /// ("2019-12-23/2019-12-29") or an open span ("since 2003", "until 2015"); empty when
    /// it is relative and the document has no date.
    public let resolved: String
    /// The day the figure refers to, for ordering: the first day of a year, month or span;
    /// for "since 2003" the document's date (the count runs to the time of writing).
    public let referenceDay: Int?
}

/// A number a document reports, with the interval it stands for and what it counts.
public struct Figure: Sendable, Equatable {
    public let sentence: Int
    /// Byte range of the surface in the document's cleaned text.
    public let byteRange: Range<Int>
    /// The number with its qualifier, as written ("at least 600", "about two dozen").
    public let surface: String
    /// The number; nil for a vague amount ("hundreds") and a range ("200 to 300").
    public let value: Double?
    public let low: Double
    /// `Double.infinity` for an open interval ("at least 600").
    public let high: Double
    public let qualifier: FigureQualifier
    /// What the number measures: "count", "percent", a currency ("USD", "EUR", "GBP"), or a
    /// time unit for durations ("day", "year").
    public internal(set) var unit: String { didSet { countedKey = FigureNormalizer.key(counted: counted, unit: unit) } }
    /// The counted noun as written ("U.S. troops", "percent", "day").
    public internal(set) var counted: String { didSet { countedKey = FigureNormalizer.key(counted: counted, unit: unit) } }
    /// What happened (killed, wounded, deployed, stationed, rose, fell, targeted, duration, other).
    public internal(set) var event: String
    /// Who the figure is attributed to ("the Pentagon", "U.S. officials"); empty when no one.
    public internal(set) var source: String
    /// When it holds; nil when the sentence says nothing of time.
    public internal(set) var time: FigureTime?
    /// Whether the counted noun was taken from an earlier figure ("that tally").
    public internal(set) var inherited: Bool
    /// Hashes of the content words of its sentence (not stopwords, numbers or the words of
    /// the counted noun), sorted: two figures of the same thing share some of them. A figure
    /// that refers back also carries the earlier figure's words.
    public internal(set) var context: [UInt64]
    /// Hashes of the content words within a few words of the number (`FigureExtractor.nearWords`),
    /// sorted: what sets it apart from other figures of its sentence.
    public internal(set) var near: [UInt64]

    /// The counted noun normalised for comparison: nationality words become one form
    /// ("U.S.", "US", "American" → "us"), synonyms one noun ("service members", "soldiers"
    /// → "troops"), plurals singular, and a demonym alone counts people ("Israelis" →
    /// "israel people").
    public private(set) var countedKey: String

    public init(sentence: Int, byteRange: Range<Int>, surface: String, value: Double?, low: Double, high: Double,
                qualifier: FigureQualifier, unit: String, counted: String, event: String, source: String, time: FigureTime?,
                inherited: Bool, context: [UInt64] = [], near: [UInt64] = []) {
        self.sentence = sentence
        self.byteRange = byteRange
        self.surface = surface
        self.value = value
        self.low = low
        self.high = high
        self.qualifier = qualifier
        self.unit = unit
        self.counted = counted
        self.event = event
        self.source = source
        self.time = time
        self.inherited = inherited
        self.context = context
        self.near = near
        countedKey = FigureNormalizer.key(counted: counted, unit: unit)
    }

    /// The source normalised for comparison ("the Pentagon" → "pentagon").
    public var sourceKey: String { FigureNormalizer.sourceKey(source) }

    /// A single number for ratios: the value, or the middle of a closed range; nil for a
    /// vague amount.
    public var point: Double? {
        if let value { return value }
        if qualifier == .range, high.isFinite { return (low + high) / 2 }
        return nil
    }
}
