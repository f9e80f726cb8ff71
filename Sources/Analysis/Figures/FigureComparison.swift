import Statistics

/// A figure of the corpus: the figure, the document it is in and where.
public struct FigureRecord: Sendable {
    /// The document's sequence number in corpus order.
    public let document: Int
    public let documentID: String
    public let group: String
    /// The document's date as its metadata gives it (may be empty).
    public let date: String
    /// Character (Unicode scalar) offsets of the surface in the cleaned text.
    public let characterStart: Int
    public let characterEnd: Int
    public let figure: Figure

    public init(document: Int, documentID: String, group: String, date: String, characterStart: Int, characterEnd: Int, figure: Figure) {
        self.document = document
        self.documentID = documentID
        self.group = group
        self.date = date
        self.characterStart = characterStart
        self.characterEnd = characterEnd
        self.figure = figure
    }

    /// The day the figure refers to: its time's reference day, else the document's date.
    public var referenceDay: Int? {
        figure.time?.referenceDay ?? CalendarDate(iso: date)?.dayNumber
    }

    /// Whether the figure takes part in comparisons: it counts something, and is not a
    /// duration or an age.
    public var isComparable: Bool {
        !figure.countedKey.isEmpty && figure.event != "duration" && figure.event != "age"
    }
}

/// How two figures of the same thing relate.
public enum FigureAgreement: String, Sendable {
    /// Their intervals overlap.
    case consistent
    /// Their intervals do not overlap, and nothing explains it.
    case conflicting
    /// The same source gave a different number for a different time.
    case revised
    /// Their intervals do not overlap, but they refer to different times and sources.
    case differentTimes = "different_times"
}

/// Figures that measure the same thing (the same normalised counted noun and event),
/// across documents and outlets, with their spread.
public struct FigureGroup: Sendable {
    public let countedKey: String
    public let event: String
    /// Indices into the records, in corpus order.
    public let members: [Int]
    public let documents: Int
    public let groups: Int
    /// Summary of the members' points (values, or the middle of ranges); nil when fewer
    /// than one member has a point.
    public let statistics: DescriptiveStatistics?
    /// Standard deviation over mean (GSL); nil with fewer than two points or a zero mean.
    public let coefficientOfVariation: Double?
    /// Whether its pairs are written (groups above the size limit only get this summary).
    public let pairsListed: Bool

    public var label: String { "\(countedKey) · \(event)" }
}

/// One pair of figures of a group: the earlier (by the time it refers to) first.
public struct FigurePair: Sendable {
    public let group: Int
    public let earlier: Int
    public let later: Int
    /// later ÷ earlier; nil when either has no point or the earlier is 0.
    public let ratio: Double?
    public let difference: Double?
    /// Percentage change from the earlier to the later.
    public let change: Double?
    public let agreement: FigureAgreement
}

/// Groups the figures of a corpus by what they measure and compares every pair in a group.
public struct FigureComparison: Sendable {
    public let records: [FigureRecord]
    public let groups: [FigureGroup]
    public let pairs: [FigurePair]
    public let maximumGroupSizeForPairs: Int

    /// - Parameter maximumGroupSizeForPairs: groups with more figures than this get their
    ///   summary but no pairs (the pairs grow with the square of the group).
    public init(records: [FigureRecord], maximumGroupSizeForPairs: Int = 20) {
        self.records = records
        self.maximumGroupSizeForPairs = maximumGroupSizeForPairs
        var members: [String: [Int]] = [:]
        var keys: [String: (String, String)] = [:]
        for (index, record) in records.enumerated() where record.isComparable {
            let key = record.figure.countedKey + "\u{1F}" + record.figure.event
            members[key, default: []].append(index)
            keys[key] = (record.figure.countedKey, record.figure.event)
        }
        var groups: [FigureGroup] = []
        for (key, indices) in members where indices.count >= 2 {
            let points = indices.compactMap { records[$0].figure.point }
            let statistics = DescriptiveStatistics(points)
            var cv: Double?
            if let statistics, statistics.count >= 2, statistics.mean != 0 { cv = statistics.standardDeviation / abs(statistics.mean) }
            groups.append(FigureGroup(countedKey: keys[key]!.0, event: keys[key]!.1, members: indices,
                                      documents: Set(indices.map { records[$0].document }).count,
                                      groups: Set(indices.map { records[$0].group }).count,
                                      statistics: statistics, coefficientOfVariation: cv,
                                      pairsListed: indices.count <= maximumGroupSizeForPairs))
        }
        // Groups seen in the most documents first; ties by key, so the order is stable.
        groups.sort {
            ($0.documents, $0.members.count) != ($1.documents, $1.members.count)
                ? ($0.documents, $0.members.count) > ($1.documents, $1.members.count)
                : ($0.countedKey, $0.event) < ($1.countedKey, $1.event)
        }
        var pairs: [FigurePair] = []
        for (g, group) in groups.enumerated() where group.pairsListed {
            for x in group.members.indices {
                for y in group.members.indices where y > x {
                    pairs.append(Self.pair(group: g, group.members[x], group.members[y], records))
                }
            }
        }
        self.groups = groups
        self.pairs = pairs
    }

    static func pair(group: Int, _ x: Int, _ y: Int, _ records: [FigureRecord]) -> FigurePair {
        // The earlier first: by the day each refers to, then corpus order.
        let dx = records[x].referenceDay, dy = records[y].referenceDay
        let (a, b) = (dx != nil && dy != nil && dy! < dx!) ? (y, x) : (x, y)
        let fa = records[a].figure, fb = records[b].figure
        var ratio: Double?, difference: Double?, change: Double?
        if let pa = fa.point, let pb = fb.point {
            difference = pb - pa
            if pa != 0 {
                ratio = pb / pa
                change = (pb - pa) / pa * 100
            }
        }
        let overlap = fa.low <= fb.high && fb.low <= fa.high
        let sameSource = !fa.sourceKey.isEmpty && fa.sourceKey == fb.sourceKey
        let timeA = fa.time?.resolved ?? "", timeB = fb.time?.resolved ?? ""
        let differentDays = records[a].referenceDay != records[b].referenceDay
        let agreement: FigureAgreement
        if sameSource, differentDays || timeA != timeB, fa.point != fb.point || fa.low != fb.low || fa.high != fb.high {
            agreement = .revised
        } else if overlap {
            agreement = .consistent
        } else if !timeA.isEmpty, !timeB.isEmpty, timeA != timeB {
            agreement = .differentTimes
        } else {
            agreement = .conflicting
        }
        return FigurePair(group: group, earlier: a, later: b, ratio: ratio, difference: difference, change: change, agreement: agreement)
    }
}
