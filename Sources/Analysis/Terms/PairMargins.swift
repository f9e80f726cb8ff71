/// How often each term is the first, and the second, of two adjacent tokens within a
/// sentence, and how many adjacent pairs there are in all: the margins of the 2×2 tables
/// behind collocation measures. Mergeable like every aggregate.
public struct PairMargins: Sendable, Equatable {
    /// Adjacent token pairs within sentences.
    public var pairs = 0
    /// (times first of a pair, times second of a pair) by term.
    public var margins: [String: (first: Int, second: Int)] = [:]

    public init() {}

    mutating func add(_ term: String, first: Int, second: Int) {
        let old = margins[term] ?? (0, 0)
        margins[term] = (old.first + first, old.second + second)
    }

    /// Adds `other`'s counts.
    public mutating func merge(_ other: PairMargins) {
        pairs += other.pairs
        for (term, value) in other.margins { add(term, first: value.first, second: value.second) }
    }

    public static func == (lhs: PairMargins, rhs: PairMargins) -> Bool {
        lhs.pairs == rhs.pairs && lhs.margins.count == rhs.margins.count
            && lhs.margins.allSatisfy { key, value in rhs.margins[key].map { $0 == value } ?? false }
    }
}
