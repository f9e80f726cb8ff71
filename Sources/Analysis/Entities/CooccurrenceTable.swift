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
        // Groups by index (0: the corpus), entities by their index in `resolver.entities`,
        // whose ids E1, E2, ... follow that order; a pair is packed into one UInt64.
        var groupIndex: [String: Int] = [corpusLabel: 0]
        var groupNames = [corpusLabel]
        let documentGroup = analysis.documents.map { doc -> Int in
            if let index = groupIndex[doc.group] { return index }
            groupIndex[doc.group] = groupNames.count
            groupNames.append(doc.group)
            return groupNames.count - 1
        }
        var withEntity = [[Int32: Int]](repeating: [:], count: groupNames.count)
        var together = [[UInt64: Int]](repeating: [:], count: groupNames.count)
        var capped = 0
        // The entities of one window, with their mentions in it.
        var inWindow: [Int32: Int] = [:]
        func countWindow(document: Int32) {
            guard !inWindow.isEmpty else { return }
            let group = documentGroup[Int(document)]
            var ids = Array(inWindow.keys)
            // A window of very many entities (a list of names as one document) pairs only its
            // most mentioned ones: the pairs of a window grow with the square of its entities.
            if ids.count > Self.maximumEntitiesPerWindow {
                capped += 1
                ids = Array(ids.sorted { (inWindow[$0] ?? 0) != (inWindow[$1] ?? 0) ? (inWindow[$0] ?? 0) > (inWindow[$1] ?? 0) : $0 < $1 }
                    .prefix(Self.maximumEntitiesPerWindow))
            }
            ids.sort()
            // Every entity of the window counts as in it, paired or not.
            for id in inWindow.keys {
                withEntity[group][id, default: 0] += 1
                withEntity[0][id, default: 0] += 1
            }
            for x in ids.indices {
                for y in (x + 1)..<ids.count {
                    let pair = UInt64(UInt32(ids[x])) << 32 | UInt64(UInt32(ids[y]))
                    together[group][pair, default: 0] += 1
                    together[0][pair, default: 0] += 1
                }
            }
            inWindow.removeAll(keepingCapacity: true)
        }
        // A collector holds its documents in increasing order and each document's mentions by
        // position, so the mentions of one window are consecutive.
        for collector in analysis.entityCollectors {
            let entityOf = collector.keys.map { resolver.indexOf[$0] ?? -1 }
            var current: (document: Int32, index: Int32)?
            for position in collector.positions {
                let entity = entityOf[Int(position.key)]
                guard entity >= 0 else { continue }
                let index: Int32
                switch window {
                case .sentence: index = position.sentence
                case .paragraph: index = position.paragraph
                case .document: index = 0
                case .tokens(let size): index = position.token / Int32(size)
                }
                if let window = current, window.document != position.document || window.index != index { countWindow(document: window.document) }
                current = (position.document, index)
                inWindow[entity, default: 0] += 1
            }
            if let window = current { countWindow(document: window.document) }
        }
        let ids = resolver.entities.map(\.id)
        var pairs: [Pair] = []
        let order = [0] + (1..<groupNames.count).sorted { groupNames[$0] < groupNames[$1] }
        for g in order {
            let group = groupNames[g], counts = together[g]
            guard !counts.isEmpty, let n = windowsPerGroup[group], n > 0 else { continue }
            let keys = counts.keys.sorted { counts[$0] != counts[$1] ? (counts[$0] ?? 0) > (counts[$1] ?? 0) : $0 < $1 }
            var rows: [(UInt64, Int, Int, Int, TestResult)] = []
            for key in keys {
                let c = counts[key] ?? 0
                let na = withEntity[g][Int32(key >> 32)] ?? 0, nb = withEntity[g][Int32(key & 0xFFFF_FFFF)] ?? 0
                let test = try ContingencyTable.logLikelihood(a: c, b: nb - c, n1: na, n2: n - na)
                rows.append((key, c, na, nb, test))
            }
            let q = try MultipleTesting.benjaminiHochberg(rows.map { $0.4.p })
            for (index, row) in rows.enumerated() {
                let (key, c, na, nb, test) = row
                let expected = Double(na) * Double(nb) / Double(n)
                let pmi = log2(Double(c) * Double(n) / (Double(na) * Double(nb)))
                let npmi = c == n ? 1 : pmi / -log2(Double(c) / Double(n))
                pairs.append(Pair(group: group, a: ids[Int(key >> 32)], b: ids[Int(key & 0xFFFF_FFFF)], count: c, windowsA: na, windowsB: nb, windows: n,
                                  expected: expected, pmi: pmi, npmi: npmi, g2: test.statistic, p: test.p, q: q[index],
                                  dice: 2 * Double(c) / Double(na + nb)))
            }
        }
        var windowsWith: [String: [String: Int]] = [:]
        for (g, counts) in withEntity.enumerated() where !counts.isEmpty {
            windowsWith[groupNames[g]] = Dictionary(uniqueKeysWithValues: counts.map { (ids[Int($0.key)], $0.value) })
        }
        self.pairs = pairs
        self.windowsWith = windowsWith
        self.windowsCapped = capped
        self.windowsPerGroup = windowsPerGroup
    }
}
