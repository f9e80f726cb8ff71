import Foundation
import Statistics

/// How the text is cut into the windows within which two entities co-occur.
public enum CooccurrenceWindow: Sendable, Equatable, CustomStringConvertible {
    case sentence
    case paragraph
    case document
    /// Consecutive blocks of this many tokens.
    case tokens(Int)

    /// Parses `sentence`, `paragraph`, `document` or a positive number of tokens.
    public init?(_ text: String) {
        switch text.lowercased() {
        case "sentence": self = .sentence
        case "paragraph": self = .paragraph
        case "document": self = .document
        default:
            guard let n = Int(text), n > 0, n <= 10_000_000 else { return nil }
            self = .tokens(n)
        }
    }

    public var description: String {
        switch self {
        case .sentence: return "sentence"
        case .paragraph: return "paragraph"
        case .document: return "document"
        case .tokens(let n): return "\(n) tokens"
        }
    }
}

/// Entity pairs that occur in the same window, per group and for the corpus, with their
/// association measures over the 2×2 table of windows (with A or not) × (with B or not).
public struct CooccurrenceTable: Sendable {
    public struct Pair: Sendable, Equatable {
        public let group: String
        public let a: String
        public let b: String
        /// Windows holding both.
        public let count: Int
        /// Windows holding A, and B.
        public let windowsA: Int
        public let windowsB: Int
        /// All windows of the group.
        public let windows: Int
        public let expected: Double
        /// log2(count · windows / (windowsA · windowsB)).
        public let pmi: Double
        /// PMI / −log2(count / windows), in [−1, 1].
        public let npmi: Double
        public let g2: Double
        public let p: Double
        /// Benjamini–Hochberg over the group's pairs.
        public let q: Double
        /// 2 · count / (windowsA + windowsB).
        public let dice: Double
    }

    public let window: CooccurrenceWindow
    /// Pairs: the corpus (`corpusLabel`) first, then each group; by count (descending), then ids.
    public let pairs: [Pair]
    /// Windows holding each entity, per group.
    public let windowsWith: [String: [String: Int]]
    public let windowsPerGroup: [String: Int]

    /// Counts pairs in the mention records of `collectors`, with entity ids from `resolver`.
    /// The most entities of one window that are paired (the most mentioned in it).
    public static let maximumEntitiesPerWindow = 500
    /// Windows that held more entities than `maximumEntitiesPerWindow`.
    public let windowsCapped: Int

    public init(analysis: CorpusAnalysis, resolver: EntityResolver, window: CooccurrenceWindow, corpusLabel: String) throws {
        self.window = window
        var windowsPerGroup: [String: Int] = [:]
        for doc in analysis.documents {
            let n: Int
            switch window {
            case .sentence: n = doc.sentences
            case .paragraph: n = doc.paragraphs
            case .document: n = 1
            case .tokens(let size): n = max(1, (doc.tokens + size - 1) / size)
            }
            windowsPerGroup[doc.group, default: 0] += n
            windowsPerGroup[corpusLabel, default: 0] += n
        }
        // Entities per window, with their mentions in it.
        struct WindowKey: Hashable { let document: Int32; let index: Int32 }
        var members: [WindowKey: [String: Int]] = [:]
        for collector in analysis.entityCollectors {
            for record in collector.records {
                guard let id = resolver.idOf[collector.keys[Int(record.key)]] else { continue }
                let index: Int32
                switch window {
                case .sentence: index = record.sentence
                case .paragraph: index = record.paragraph
                case .document: index = 0
                case .tokens(let size): index = record.token / Int32(size)
                }
                members[WindowKey(document: record.document, index: index), default: [:]][id, default: 0] += 1
            }
        }
        var capped = 0
        var withEntity: [String: [String: Int]] = [:]
        var together: [String: [PairKey: Int]] = [:]
        for (key, mentions) in members {
            let group = analysis.documents[Int(key.document)].group
            var ids = Array(mentions.keys)
            // A window of very many entities (a list of names as one document) pairs only its
            // most mentioned ones: the pairs of a window grow with the square of its entities.
            if ids.count > Self.maximumEntitiesPerWindow {
                capped += 1
                ids = Array(ids.sorted { (mentions[$0] ?? 0) != (mentions[$1] ?? 0) ? (mentions[$0] ?? 0) > (mentions[$1] ?? 0) : EntityIDOrder.precedes($0, $1) }
                    .prefix(Self.maximumEntitiesPerWindow))
            }
            let sorted = ids.sorted(by: EntityIDOrder.precedes)
            // Every entity of the window counts as in it, paired or not.
            for id in mentions.keys {
                withEntity[group, default: [:]][id, default: 0] += 1
                withEntity[corpusLabel, default: [:]][id, default: 0] += 1
            }
            for x in sorted.indices {
                for y in (x + 1)..<sorted.count {
                    let pair = PairKey(a: sorted[x], b: sorted[y])
                    together[group, default: [:]][pair, default: 0] += 1
                    together[corpusLabel, default: [:]][pair, default: 0] += 1
                }
            }
        }
        var pairs: [Pair] = []
        let groups = [corpusLabel] + together.keys.filter { $0 != corpusLabel }.sorted()
        for group in groups {
            guard let counts = together[group], let n = windowsPerGroup[group], n > 0 else { continue }
            let keys = counts.keys.sorted { counts[$0] != counts[$1] ? (counts[$0] ?? 0) > (counts[$1] ?? 0) : $0 < $1 }
            var rows: [(PairKey, Int, Int, Int, TestResult)] = []
            for key in keys {
                let c = counts[key] ?? 0
                let na = withEntity[group]?[key.a] ?? 0, nb = withEntity[group]?[key.b] ?? 0
                let test = try ContingencyTable.logLikelihood(a: c, b: nb - c, n1: na, n2: n - na)
                rows.append((key, c, na, nb, test))
            }
            let q = try MultipleTesting.benjaminiHochberg(rows.map { $0.4.p })
            for (index, row) in rows.enumerated() {
                let (key, c, na, nb, test) = row
                let expected = Double(na) * Double(nb) / Double(n)
                let pmi = log2(Double(c) * Double(n) / (Double(na) * Double(nb)))
                let npmi = c == n ? 1 : pmi / -log2(Double(c) / Double(n))
                pairs.append(Pair(group: group, a: key.a, b: key.b, count: c, windowsA: na, windowsB: nb, windows: n,
                                  expected: expected, pmi: pmi, npmi: npmi, g2: test.statistic, p: test.p, q: q[index],
                                  dice: 2 * Double(c) / Double(na + nb)))
            }
        }
        self.pairs = pairs
        self.windowsWith = withEntity
        self.windowsCapped = capped
        self.windowsPerGroup = windowsPerGroup
    }

    struct PairKey: Hashable, Comparable {
        let a: String
        let b: String
        static func < (l: PairKey, r: PairKey) -> Bool {
            l.a != r.a ? EntityIDOrder.precedes(l.a, r.a) : EntityIDOrder.precedes(l.b, r.b)
        }
    }
}

/// Entity ids "E1", "E2", ... in numeric order.
public enum EntityIDOrder {
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let x = Int(a.dropFirst()) ?? Int.max, y = Int(b.dropFirst()) ?? Int.max
        return x != y ? x < y : a < b
    }
}
