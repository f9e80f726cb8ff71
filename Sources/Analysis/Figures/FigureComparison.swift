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

    /// Whether the figure takes part in comparisons: it counts something named (not only
    /// "percent" or a currency), and is not a duration, an age or a multiplier ("20 times").
    public var isComparable: Bool {
        let key = figure.countedKey
        return !key.isEmpty && key.lowercased() != figure.unit.lowercased() && key != "percent"
            && !["duration", "age", "multiplier"].contains(figure.event)
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

/// Figures that measure the same thing (the same normalised counted noun and event, in
/// sentences that share content words), across documents and outlets, with their spread.
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
    /// - Parameter repeats: documents (by sequence number) that repeat an earlier one
    ///   (`DuplicateFinder`); their figures are listed but not compared, so that a syndicated
    ///   copy does not pair a story with itself or double its pairs.
    public init(records: [FigureRecord], maximumGroupSizeForPairs: Int = 20, repeats: Set<Int> = []) {
        self.records = records
        self.maximumGroupSizeForPairs = maximumGroupSizeForPairs
        var members: [String: [Int]] = [:]
        var keys: [String: (String, String)] = [:]
        for (index, record) in records.enumerated() where record.isComparable && !repeats.contains(record.document) {
            let key = record.figure.countedKey + "\u{1F}" + record.figure.event
            members[key, default: []].append(index)
            keys[key] = (record.figure.countedKey, record.figure.event)
        }
        var groups: [FigureGroup] = []
        var links = Set<[Int]>()
        for (key, all) in members where all.count >= 2 {
            let (sets, groupLinks) = Self.components(all, records)
            links.formUnion(groupLinks)
            for indices in sets where indices.count >= 2 {
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
        }
        // Groups seen in the most documents first; ties by key, then by the first figure, so
        // that the order does not depend on the dictionaries' (per-process) hashing.
        groups.sort {
            if ($0.documents, $0.members.count) != ($1.documents, $1.members.count) {
                return ($0.documents, $0.members.count) > ($1.documents, $1.members.count)
            }
            if ($0.countedKey, $0.event) != ($1.countedKey, $1.event) { return ($0.countedKey, $0.event) < ($1.countedKey, $1.event) }
            return $0.members[0] < $1.members[0]
        }
        var pairs: [FigurePair] = []
        for (g, group) in groups.enumerated() where group.pairsListed {
            for x in group.members.indices {
                for y in group.members.indices where y > x && links.contains([group.members[x], group.members[y]]) {
                    pairs.append(Self.pair(group: g, group.members[x], group.members[y], records))
                }
            }
        }
        self.groups = groups
        self.pairs = pairs
    }

    /// Content words two figures' sentences must share to measure the same thing.
    public static let minimumSharedWords = 2
    /// Groups of one counted noun and event larger than this are not split by context.
    public static let maximumSplitGroup = 5_000
    /// A word shared by more figures of a group than this says nothing about sameness.
    static let maximumPosting = 200

    /// Values further apart than this factor are never linked ($47 a barrel and $30 trillion).
    public static let maximumLinkedRatio = 100.0
    /// The share of the shorter context two linked figures must have in common.
    public static let minimumOverlap = 0.15
    /// Figures whose event is unknown ("other") must share this many words to be linked.
    public static let minimumSharedWordsWithoutEvent = 3

    /// Whether two figures' values are within `maximumLinkedRatio` of each other (by their
    /// intervals' finite ends when one has no single value).
    static func comparableMagnitude(_ a: Figure, _ b: Figure) -> Bool {
        let x = a.point ?? (a.high.isFinite ? a.high : a.low), y = b.point ?? (b.high.isFinite ? b.high : b.low)
        guard x > 0, y > 0 else { return true }
        return max(x, y) / min(x, y) <= maximumLinkedRatio
    }

    /// Splits figures of one counted noun and event into the sets that measure the same
    /// thing: two figures are linked when their sentences share enough content words (see
    /// the thresholds above), their values are of one magnitude, and they are not two figures
    /// of one sentence; a set is what the links connect. Returns the sets in corpus order and
    /// the pairs linked directly (as index pairs into `records`).
    static func components(_ indices: [Int], _ records: [FigureRecord]) -> (sets: [[Int]], links: Set<[Int]>) {
        let n = indices.count
        guard n <= maximumSplitGroup else { return ([indices], []) }
        var parent = Array(0..<n)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var postings: [UInt64: [Int]] = [:]
        for (local, index) in indices.enumerated() {
            for word in records[index].figure.context { postings[word, default: []].append(local) }
        }
        var shared: [Int: Int] = [:]
        var linkCandidates: [(Int, Int, Int)] = []
        for (_, list) in postings where list.count >= 2 && list.count <= maximumPosting {
            for x in list.indices {
                for y in list.indices where y > x {
                    let key = list[x] * n + list[y]
                    let count = shared[key, default: 0] + 1
                    shared[key] = count
                    guard count == minimumSharedWords else { continue }
                    let ra = records[indices[list[x]]], rb = records[indices[list[y]]]
                    let fa = ra.figure, fb = rb.figure
                    let shorter = max(1, min(fa.context.count, fb.context.count))
                    guard comparableMagnitude(fa, fb) else { continue }
                    // Two figures of one sentence, or of copies of one sentence (a syndicated story),
                    // are two things ("up 8 pence at 605 pence"), unless they hold at different times
                    // ("from £180,126 in November to £178,906 in December").
                    let sameSentence = (ra.document == rb.document && fa.sentence == fb.sentence)
                        || (fa.context == fb.context && fa.surface != fb.surface)
                    if sameSentence, fa.time?.resolved ?? "" == fb.time?.resolved ?? "" { continue }
                    linkCandidates.append((list[x], list[y], shorter))
                }
            }
        }
        // A candidate is linked when the words it shares are a large enough part of the shorter context.
        var links = Set<[Int]>()
        for (x, y, shorter) in linkCandidates {
            let count = shared[x * n + y] ?? 0
            guard Double(count) >= minimumOverlap * Double(shorter) else { continue }
            if records[indices[x]].figure.event == "other" && count < minimumSharedWordsWithoutEvent { continue }
            links.insert([indices[x], indices[y]])
            let (a, b) = (find(x), find(y))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var sets: [Int: [Int]] = [:]
        for local in 0..<n { sets[find(local), default: []].append(indices[local]) }
        return (sets.values.sorted { $0[0] < $1[0] }, links)
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
