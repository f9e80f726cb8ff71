/// Counts of terms (single tokens or n-grams, as strings) per group: the mergeable
/// aggregate behind `terms.csv` and `ngrams.csv`.
///
/// `merge` adds counts, so it is associative and commutative: workers, or shards of a
/// corpus run on different machines, give the same table as one pass.
public struct TermFrequencyTable: Sendable, Equatable {
    /// Count and document frequency of one term in one group.
    public struct Entry: Sendable, Equatable {
        /// Occurrences.
        public var count: Int
        /// Documents it occurs in.
        public var documents: Int

        public init(count: Int, documents: Int) {
            self.count = count
            self.documents = documents
        }
    }

    /// The counts of one group.
    public struct Group: Sendable, Equatable {
        /// Tokens in the group's documents (stopwords included): the denominator of per-10k rates.
        public var tokens = 0
        /// Documents in the group.
        public var documents = 0
        /// Counts by term.
        public var entries: [String: Entry] = [:]

        public init() {}

        /// Sum of all counts.
        public var totalCount: Int { entries.values.reduce(0) { $0 + $1.count } }

        mutating func merge(_ other: Group) {
            tokens += other.tokens
            documents += other.documents
            // Into an empty group (the first worker's, a run's first group) the entries are taken
            // whole, without hashing each again.
            if entries.isEmpty {
                entries = other.entries
            } else {
                entries.merge(other.entries) { Entry(count: $0.count + $1.count, documents: $0.documents + $1.documents) }
            }
        }
    }

    /// Counts by group name.
    public var groups: [String: Group] = [:]

    public init() {}

    /// Adds `other`'s counts to this table.
    public mutating func merge(_ other: TermFrequencyTable) {
        for (name, group) in other.groups {
            groups[name, default: Group()].merge(group)
        }
    }

    /// The whole corpus as one group (documents belong to exactly one group, so document
    /// frequencies add up).
    public var corpus: Group {
        var all = Group()
        for group in groups.values { all.merge(group) }
        return all
    }

    /// Group names in a stable order.
    public var groupNames: [String] { groups.keys.sorted() }
}

/// A term's row in a ranking.
public struct RankedTerm: Sendable, Equatable {
    public let term: String
    public let count: Int
    public let documents: Int
    /// Occurrences per 10,000 tokens of the group.
    public let per10k: Double
}

extension TermFrequencyTable.Group {
    /// Terms ranked by count (descending), then term (ascending, in Swift's `String` order,
    /// which is code-point order for the normalised tokens), keeping those with at
    /// least `minCount` occurrences, at most `limit` of them (nil: all).
    public func ranked(minCount: Int = 1, limit: Int? = nil, where include: (String) -> Bool = { _ in true }) -> [RankedTerm] {
        var threshold = minCount
        if let limit, limit > 0, limit < entries.count / 4 {
            // Only the top `limit` are wanted: the limit-th largest count bounds them.
            var counts = entries.values.map(\.count)
            counts.sort(by: >)
            threshold = max(threshold, counts[limit - 1])
        }
        var rows: [RankedTerm] = []
        for (term, entry) in entries where entry.count >= threshold && include(term) {
            rows.append(RankedTerm(term: term, count: entry.count, documents: entry.documents,
                                   per10k: tokens > 0 ? Double(entry.count) * 10_000 / Double(tokens) : 0))
        }
        if rows.count < (limit ?? 0), threshold > minCount {
            // The filter removed some of the top terms: rank everything eligible.
            return ranked(minCount: minCount, limit: nil, where: include).prefix(limit ?? 0).map { $0 }
        }
        rows = Self.sorted(rows)
        if let limit, limit < rows.count { rows.removeSubrange(limit...) }
        return rows
    }

    /// `rows` by count (descending), then term (ascending in `String` order).
    ///
    /// Most rows share their count with many others (half the n-grams occur once), so the
    /// order is mostly decided by terms. Each ASCII term's first 16 bytes are packed into two
    /// integers, big-endian, which order ASCII text as `String` does; strings are compared
    /// only when those are equal or a term holds other characters (whose `String` order
    /// follows canonical equivalence, not bytes).
    static func sorted(_ rows: [RankedTerm]) -> [RankedTerm] {
        struct Key {
            let count: Int
            let head: UInt64, tail: UInt64
            let ascii: Bool
            let index: Int32
        }
        var keys: [Key] = []
        keys.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() {
            var head: UInt64 = 0, tail: UInt64 = 0
            var ascii = true
            var position = 0
            for byte in row.term.utf8 {
                if byte >= 0x80 { ascii = false; break }
                if position < 8 {
                    head |= UInt64(byte) << (56 - 8 * position)
                } else if position < 16 {
                    tail |= UInt64(byte) << (56 - 8 * (position - 8))
                }
                position += 1
            }
            keys.append(Key(count: row.count, head: head, tail: tail, ascii: ascii, index: Int32(index)))
        }
        keys.sort { a, b in
            if a.count != b.count { return a.count > b.count }
            if a.ascii && b.ascii {
                if a.head != b.head { return a.head < b.head }
                if a.tail != b.tail { return a.tail < b.tail }
            }
            return rows[Int(a.index)].term < rows[Int(b.index)].term
        }
        return keys.map { rows[Int($0.index)] }
    }
}
