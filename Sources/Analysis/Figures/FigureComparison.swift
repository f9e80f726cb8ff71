import Dispatch
import Foundation
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

    /// Whether the figure takes part in comparisons: it is not a multiplier ("20 times"), and
    /// a count names what it counts.
    public var isComparable: Bool {
        figure.event != "multiplier" && (figure.unit != "count" || !figure.countedKey.isEmpty)
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

/// Figures that measure the same thing, across documents and outlets, with their spread:
/// the figures that the accepted links connect.
public struct FigureGroup: Sendable {
    /// The normalised counted noun most of its figures have, and their most frequent known event.
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

/// Why two figures were linked.
public enum FigureLinkKind: String, Sendable {
    /// Figures of different documents whose evidence scored at least the threshold.
    case scored
    /// Figures of one document, linked by the rules for one document (the same normalised
    /// noun and event, sentences sharing enough words, not two figures of one sentence).
    case sameDocument = "same_document"
    /// Judged the same in the review file.
    case reviewed
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
    /// The link's score (`FigureLinker.Evidence.score`), its kind and the evidence in words.
    public let score: Double
    public let kind: FigureLinkKind
    public let reasons: String
}

/// Links the figures of a corpus that measure the same thing (`FigureLinker`), groups what
/// the links connect, and compares every linked pair.
public struct FigureComparison: Sendable {
    public let records: [FigureRecord]
    public let groups: [FigureGroup]
    public let pairs: [FigurePair]
    public let maximumGroupSizeForPairs: Int
    public let minimumScore: Double
    /// Judgements of the review file that name two figures of this run, and those that do not.
    public let reviewApplied: Int
    public let reviewUnmatched: Int
    /// Links of a high enough score that were refused because they would put two figures of
    /// different values in one group (see `init`), or were judged different.
    public let refusedLinks: Int

    /// - Parameter maximumGroupSizeForPairs: groups with more figures than this get their
    ///   summary but no pairs (the pairs grow with the square of the group).
    /// - Parameter repeats: documents (by sequence number) that repeat an earlier one
    ///   (`DuplicateFinder`); their figures are listed but not compared, so that a syndicated
    ///   copy does not pair a story with itself or double its pairs.
    /// - Parameter minimumScore: the score two figures of different documents need to be linked.
    /// - Parameter review: judged pairs that override the scores.
    /// - Parameter sentences: the texts of the figures' sentences, to name the shared words in
    ///   the reasons (by hash otherwise unnamed).
    ///
    /// Links are accepted from the highest score down; one is refused when it would put into
    /// one group two figures of one document whose intervals do not overlap and that refer to
    /// the same time (one article does not give two values of one quantity at one time), or
    /// two figures judged different.
    public init(records: [FigureRecord], maximumGroupSizeForPairs: Int = 20, repeats: Set<Int> = [],
                minimumScore: Double = FigureLinker.defaultMinimumScore, review: FigureReview = FigureReview(),
                sentences: [Int: [Int: FigureSentence]] = [:], documentNames: [Int: [UInt32]] = [:]) {
        self.records = records
        self.maximumGroupSizeForPairs = maximumGroupSizeForPairs
        self.minimumScore = minimumScore
        let eligible = records.indices.filter { records[$0].isComparable && !repeats.contains(records[$0].document) }
        let linker = FigureLinker(records: records, eligible: eligible, names: documentNames)

        // The review's judgements, by record indices.
        var indexOfKey: [String: Int] = [:]
        for index in eligible { indexOfKey[FigureReview.key(records[index])] = indexOfKey[FigureReview.key(records[index])] ?? index }
        var judged: [UInt64: FigureReview.Judgement] = [:]
        var unmatched = 0
        for (pair, judgement) in review.judgements {
            guard let x = indexOfKey[pair.a], let y = indexOfKey[pair.b] else { unmatched += 1; continue }
            judged[Self.packed(x, y)] = judgement
        }
        reviewApplied = judged.count
        reviewUnmatched = unmatched

        // Candidates: pairs of one class of quantity (FigureLinker.blocks).
        var blocks: [String: [Int]] = [:]
        for index in eligible {
            for block in FigureLinker.blocks(records[index], noun: linker.nouns[index]) { blocks[block, default: []].append(index) }
        }
        var candidates = Set<UInt64>()
        for (_, members) in blocks where members.count >= 2 {
            if members.count <= Self.allPairsBlock {
                for x in members.indices { for y in members.indices where y > x { candidates.insert(Self.packed(members[x], members[y])) } }
            } else {
                // A large class: only pairs whose sentences share a word that is not everywhere;
                // the larger the class, the rarer the word, so that the pairs grow about linearly.
                var postings: [UInt64: [Int]] = [:]
                for index in members { for word in records[index].figure.context { postings[word, default: []].append(index) } }
                let cap = Swift.max(Self.minimumPosting, Self.maximumPosting * Self.allPairsBlock / members.count)
                for (_, list) in postings where list.count >= 2 && list.count <= cap {
                    for x in list.indices { for y in list.indices where y > x { candidates.insert(Self.packed(list[x], list[y])) } }
                }
            }
        }
        for (key, judgement) in judged where judgement == .same { candidates.insert(key) }

        struct Link: Sendable { let a: Int; let b: Int; let score: Double; let kind: FigureLinkKind; let evidence: FigureLinker.Evidence? }
        // Score the candidates, in parts on all cores; the parts are merged in order.
        let sortedCandidates = candidates.sorted()
        let partCount = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount * 4, sortedCandidates.count / 4096))
        final class Part: @unchecked Sendable {
            var links: [Link] = []
            /// The best score of each figure against each other document (keyed figure, document).
            var best: [UInt64: Double] = [:]
        }
        let parts = (0..<partCount).map { _ in Part() }
        DispatchQueue.concurrentPerform(iterations: partCount) { p in
            let part = parts[p]
            let range = (sortedCandidates.count * p / partCount)..<(sortedCandidates.count * (p + 1) / partCount)
            // The records are read in place (a record copied is a retain of each of its strings).
            records.withUnsafeBufferPointer { records in
                for key in sortedCandidates[range] {
                    let a = Int(key >> 32), b = Int(key & 0xFFFF_FFFF)
                    if let judgement = judged[key] {
                        if judgement == .same { part.links.append(Link(a: a, b: b, score: 1, kind: .reviewed, evidence: nil)) }
                        continue
                    }
                    let documentA = records[a].document, documentB = records[b].document
                    if documentA == documentB {
                        if Self.linkedWithinDocument(records[a].figure, records[b].figure), !linker.casualtiesOfDifferentYears(a, b) {
                            part.links.append(Link(a: a, b: b, score: 1, kind: .sameDocument, evidence: nil))
                        }
                        continue
                    }
                    // Copies of one sentence in two documents (a syndicated story) hold two things
                    // when their figures differ, unless they refer to different times.
                    if records[a].figure.context == records[b].figure.context, !records[a].figure.context.isEmpty,
                       records[a].figure.surface != records[b].figure.surface,
                       records[a].figure.time?.resolved ?? "" == records[b].figure.time?.resolved ?? "" { continue }
                    guard linker.compatible(a, b) else { continue }
                    let evidence = linker.evidence(a, b)
                    // Figures of articles about different stories are never one quantity, however alike their sentences.
                    guard evidence.sameStory else { continue }
                    let score = evidence.score
                    part.best[Self.packed(a, documentB)] = Swift.max(part.best[Self.packed(a, documentB)] ?? 0, score)
                    part.best[Self.packed(b, documentA)] = Swift.max(part.best[Self.packed(b, documentA)] ?? 0, score)
                    // Values that disagree need `apartExtra` more, unless a toll rose.
                    if score >= minimumScore + (evidence.ratio != nil && !evidence.risingToll ? FigureLinker.apartExtra : 0) {
                        part.links.append(Link(a: a, b: b, score: score, kind: .scored, evidence: evidence))
                    }
                }
            }
        }
        var links: [Link] = []
        var best: [UInt64: Double] = [:]
        for part in parts {
            links += part.links
            best.merge(part.best) { Swift.max($0, $1) }
        }
        // Undated moments (`FigureLinker.isUndatedMoment`): a price that fell, a share that
        // rose, jobs added "last month" differ from day to day, so two articles' different
        // values are a disagreement only when the articles are shown to report the same moment:
        // they give the very same telling number for another undated moment ("Reynolds shares
        // up 4.5%" in both). Otherwise (the oil price of two different days, the takings of two
        // weekends) the pair is not linked.
        var sameMoment = Set<UInt64>()
        for link in links where link.kind == .scored && link.evidence!.ratio == nil && link.evidence!.sameNumber == 1
            && FigureLinker.isUndatedMoment(records[link.a]) && FigureLinker.isUndatedMoment(records[link.b]) {
            sameMoment.insert(Self.packed(records[link.a].document, records[link.b].document))
        }
        links.removeAll { link in
            guard link.kind == .scored, let evidence = link.evidence, evidence.ratio != nil, evidence.days == nil,
                  FigureLinker.isUndatedMoment(records[link.a]) || FigureLinker.isUndatedMoment(records[link.b]) else { return false }
            return !sameMoment.contains(Self.packed(records[link.a].document, records[link.b].document))
        }
        var refused = 0
        // Competitive linking: a figure links only to its best match in the other document
        // (within `bestMatchMargin`), so that "sold for $9.3bn to pay a $27.5bn tax bill" in
        // two articles pairs 9.3 with 9.3 and 27.5 with 27.5, not across.
        links.removeAll { link in
            guard link.kind == .scored else { return false }
            let da = records[link.a].document, db = records[link.b].document
            return link.score < (best[Self.packed(link.a, db)] ?? 0) - Self.bestMatchMargin
                || link.score < (best[Self.packed(link.b, da)] ?? 0) - Self.bestMatchMargin
        }
        // Reviewed links first, then the rules of one document, then by score; ties in corpus order.
        func rank(_ kind: FigureLinkKind) -> Int { kind == .reviewed ? 0 : kind == .sameDocument ? 1 : 2 }
        links.sort { (rank($0.kind), -$0.score, $0.a, $0.b) < (rank($1.kind), -$1.score, $1.a, $1.b) }

        // Accept links into groups (union-find), refusing those that would join different values of one document.
        var sets = UnionFind(count: records.count)
        var members = Dictionary(uniqueKeysWithValues: eligible.map { ($0, [$0]) })
        func find(_ x: Int) -> Int { sets.find(x) }
        // Each group's members by document, kept as groups merge (the smaller into the larger).
        var byDocument = Dictionary(uniqueKeysWithValues: eligible.map { ($0, [records[$0].document: [$0]]) })
        let different = judged.filter { $0.value == .different }.keys.map { (Int($0 >> 32), Int($0 & 0xFFFF_FFFF)) }
        func conflict(_ small: Int, _ large: Int) -> Bool {
            for (p, q) in different {
                let (rp, rq) = (find(p), find(q))
                if (rp == small && rq == large) || (rp == large && rq == small) { return true }
            }
            let index = byDocument[large]!
            for (document, xs) in byDocument[small]! {
                guard let ys = index[document] else { continue }
                for x in xs { for y in ys where Self.differentValuesAtOneTime(records[x].figure, records[y].figure) { return true } }
            }
            return false
        }
        var accepted: [Link] = []
        for link in links {
            let (ra, rb) = (find(link.a), find(link.b))
            if ra != rb {
                let (keep, drop) = members[ra]!.count >= members[rb]!.count ? (ra, rb) : (rb, ra)
                if link.kind != .reviewed, conflict(drop, keep) { refused += 1; continue }
                sets.attach(drop, under: keep)
                members[keep]! += members[drop]!
                members[drop] = nil
                byDocument[keep]!.merge(byDocument[drop]!) { $0 + $1 }
                byDocument[drop] = nil
            }
            accepted.append(link)
        }
        refusedLinks = refused

        // Groups: what the links connect, in corpus order.
        var linked: [Int: [Int]] = [:]
        for link in accepted {
            let root = find(link.a)
            if linked[root] == nil { linked[root] = members[root]!.sorted() }
        }
        var groups: [FigureGroup] = []
        for indices in linked.values where indices.count >= 2 {
            let points = indices.compactMap { records[$0].figure.point }
            let statistics = DescriptiveStatistics(points)
            var cv: Double?
            if let statistics, statistics.count >= 2, statistics.mean != 0 { cv = statistics.standardDeviation / abs(statistics.mean) }
            groups.append(FigureGroup(countedKey: Self.mostFrequent(indices.map { records[$0].figure.countedKey }.filter { !$0.isEmpty }) ?? "",
                                      event: Self.mostFrequent(indices.map { records[$0].figure.event }.filter { $0 != "other" }) ?? "other",
                                      members: indices,
                                      documents: Set(indices.map { records[$0].document }).count,
                                      groups: Set(indices.map { records[$0].group }).count,
                                      statistics: statistics, coefficientOfVariation: cv,
                                      pairsListed: indices.count <= maximumGroupSizeForPairs))
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
        var groupOf: [Int: Int] = [:]
        for (g, group) in groups.enumerated() { for member in group.members { groupOf[member] = g } }
        var pairs: [FigurePair] = []
        for link in accepted.sorted(by: { ($0.a, $0.b) < ($1.a, $1.b) }) {
            let g = groupOf[link.a]!
            guard groups[g].pairsListed else { continue }
            let reasons: String
            switch link.kind {
            case .reviewed: reasons = "judged same in \(review.path.isEmpty ? "the review file" : review.path)"
            case .sameDocument: reasons = "same document: same noun and event, sentences sharing words"
            case .scored: reasons = Self.describe(link.evidence!, records[link.a], records[link.b], sentences)
            }
            pairs.append(Self.pair(group: g, link.a, link.b, records, score: link.score, kind: link.kind, reasons: reasons))
        }
        // In group order, then corpus order.
        pairs.sort { ($0.group, min($0.earlier, $0.later), max($0.earlier, $0.later)) < ($1.group, min($1.earlier, $1.later), max($1.earlier, $1.later)) }
        self.groups = groups
        self.pairs = pairs
    }

    static func packed(_ x: Int, _ y: Int) -> UInt64 { UInt64(min(x, y)) << 32 | UInt64(max(x, y)) }

    static func mostFrequent(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }

    /// How far below its best match in another document a figure's link may score.
    public static let bestMatchMargin = 0.03

    /// Classes of at most this many figures compare every pair; larger ones only pairs whose
    /// sentences share a word.
    public static let allPairsBlock = 600
    /// A word shared by more figures of a class than this says nothing about sameness (in a
    /// class of `allPairsBlock`; in larger ones proportionally fewer, down to `minimumPosting`).
    static let maximumPosting = 200
    static let minimumPosting = 20

    /// Content words two figures' sentences must share to measure the same thing.
    public static let minimumSharedWords = 2
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

    /// Two figures of one document whose intervals do not overlap, neither refers back to the
    /// other ("increased that tally to roughly 600"), and that do not name two different
    /// times: two quantities, not one.
    static func differentValuesAtOneTime(_ a: Figure, _ b: Figure) -> Bool {
        guard !(a.low <= b.high && b.low <= a.high), !a.inherited, !b.inherited else { return false }
        let ta = a.time?.resolved ?? "", tb = b.time?.resolved ?? ""
        return ta.isEmpty || tb.isEmpty || ta == tb
    }

    /// The rule for two figures of one document: the same normalised noun and event (and the
    /// same number for money or percentages with no noun of their own), values of one magnitude, sentences sharing `minimumSharedWords` content words that are
    /// `minimumOverlap` of the shorter (`minimumSharedWordsWithoutEvent` when the event is
    /// unknown), not two figures of one sentence unless they refer to different times
    /// ("from £180,126 in November to £178,906 in December"), and not two different values
    /// at one time (`differentValuesAtOneTime`).
    static func linkedWithinDocument(_ fa: Figure, _ fb: Figure) -> Bool {
        guard fa.countedKey == fb.countedKey, fa.event == fb.event, comparableMagnitude(fa, fb) else { return false }
        // Money or a percentage with no noun of its own says too little: only the same number.
        if FigureLinker.isUnnamed(fa), fa.point == nil || fa.point != fb.point { return false }
        if fa.sentence == fb.sentence, fa.time?.resolved ?? "" == fb.time?.resolved ?? "" { return false }
        if differentValuesAtOneTime(fa, fb) { return false }
        if fa.event == "age" || fa.event == "duration", !FigureLinker.agree(fa, fb) { return false }
        let shared = FigureLinker.shared(fa.context, fb.context).count
        let shorter = max(1, min(fa.context.count, fb.context.count))
        guard shared >= minimumSharedWords, Double(shared) >= minimumOverlap * Double(shorter) else { return false }
        return fa.event != "other" || shared >= minimumSharedWordsWithoutEvent
    }

    /// The evidence of a scored link in words: "noun rocket; event killed; sentence words 0.42
    /// (pentagon, iran); near words 0.50 (blamed); documents 0.31; values overlap; 1 day apart;
    /// same source pentagon".
    static func describe(_ e: FigureLinker.Evidence, _ ra: FigureRecord, _ rb: FigureRecord, _ sentences: [Int: [Int: FigureSentence]]) -> String {
        var names: [UInt64: String] = [:]
        for record in [ra, rb] {
            guard let text = sentences[record.document]?[record.figure.sentence]?.text else { continue }
            for (hash, word) in FigureExtractor.contextWordNames(text) where names[hash] == nil { names[hash] = word }
        }
        func words(_ hashes: [UInt64]) -> String {
            let named = hashes.compactMap { names[$0] }.sorted()
            return named.isEmpty ? "" : " (" + named.prefix(8).joined(separator: " ") + (named.count > 8 ? " …" : "") + ")"
        }
        func number(_ x: Double) -> String {
            let hundredths = Int((x * 100).rounded())
            return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
        }
        var parts: [String] = []
        if !e.nounLabel.isEmpty { parts.append(ra.figure.countedKey == rb.figure.countedKey ? "same noun \(ra.figure.countedKey)" : "nouns of one kind (\(e.nounLabel))") }
        else if ra.figure.countedKey == rb.figure.countedKey { parts.append("same unit \(ra.figure.countedKey)") }
        if e.event == 1 { parts.append("event \(ra.figure.event)") }
        parts.append("sentence words \(number(e.sentence))" + words(FigureLinker.shared(ra.figure.context, rb.figure.context)))
        if e.near > 0 { parts.append("near words \(number(e.near))" + words(FigureLinker.shared(ra.figure.near, rb.figure.near))) }
        parts.append("documents \(number(e.documents))")
        if let ratio = e.ratio { parts.append("values ×\(number(ratio)) apart") } else { parts.append("values overlap") }
        if let days = e.days { parts.append(days == 0 ? "same day" : days == 1 ? "1 day apart" : "\(days) days apart") }
        if e.source == 1 { parts.append("same source \(ra.figure.sourceKey)") }
        return parts.joined(separator: "; ")
    }

    static func pair(group: Int, _ x: Int, _ y: Int, _ records: [FigureRecord], score: Double, kind: FigureLinkKind, reasons: String) -> FigurePair {
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
        return FigurePair(group: group, earlier: a, later: b, ratio: ratio, difference: difference, change: change, agreement: agreement,
                          score: score, kind: kind, reasons: reasons)
    }
}
