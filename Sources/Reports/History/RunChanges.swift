import Foundation
import Statistics

/// What changed from one run to another: the rows of `changes.csv` and what the report's
/// "Changes since" section shows. Computed from two `RunTables` alone, so that the history
/// and `analyze compare` give the same rows.
///
/// The rules:
/// - files (`run.json`): added, removed, or changed (another size or SHA-256);
/// - documents (`documents.csv` ids) and groups: added and removed; a group's document
///   count when it changed;
/// - terms: each term's count before and after against the tokens of the corpus, and of
///   each group in both runs, by G² (log-likelihood, 1 df), with Benjamini–Hochberg q over
///   the terms of that scope. Terms new to or gone from the corpus are listed whatever their
///   q; other terms when q < 0.05. A run with `--top` or `--min-count` above 1 leaves terms
///   out of terms.csv: a term one such run lacks is not compared. The test takes the two
///   runs' tokens as independent samples, which they are not when the later run holds the
///   earlier one's documents: read its q as a screen;
/// - entities (by name and type) new and gone; renamed (an entity of the later run whose
///   canonical name the earlier run did not have, of the same type and sharing a surface form
///   with an entity the later run no longer names); the rank by mentions when it changed for
///   an entity in the top 20 of either run;
/// - entity pairs of the corpus new and gone (the earlier pairs under renamed names);
/// - sentiment: each group's (and the corpus's) mean compound over sentences before and
///   after, when its documents changed, and a bootstrap interval of the difference that
///   resamples the documents of both runs together (a document in both moves with itself:
///   the runs share most documents, so they are not independent samples), with a two-sided
///   bootstrap p and BH q over the groups; no interval or p with fewer than two documents
///   with sentences on a side;
/// - figures new to the run (by key: a changed document's figures are new), and among them
///   revisions: a new figure in a comparison group that the earlier run had (groups are named
///   by their earliest report, so they keep their id) and that gives another value than the
///   report it revises: the same document's, else one of the same time, else the latest
///   dated; with the ratio.
public struct RunChanges: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case fileAdded = "file_added", fileRemoved = "file_removed", fileChanged = "file_changed"
        case documentAdded = "document_added", documentRemoved = "document_removed"
        case groupAdded = "group_added", groupRemoved = "group_removed", groupDocuments = "group_documents"
        case termNew = "term_new", termGone = "term_gone", termRate = "term_rate"
        case entityNew = "entity_new", entityGone = "entity_gone", entityRenamed = "entity_renamed", entityRank = "entity_rank"
        case pairNew = "pair_new", pairGone = "pair_gone"
        case sentiment
        case figureNew = "figure_new", figureRemoved = "figure_removed", figureRevised = "figure_revised"
    }

    public struct Change: Sendable, Equatable {
        public var kind: Kind
        public var item: String
        /// The group (empty: the corpus, or not of a group).
        public var group: String
        /// The id in the later run's tables (document, entity id, figure key), when there is one.
        public var key: String
        public var before: Double?
        public var after: Double?
        public var low: Double?
        public var high: Double?
        public var statistic: Double?
        public var p: Double?
        public var q: Double?
        /// Whether before and after are counts (written as whole numbers).
        public var counts: Bool
        /// For a figure: its sentence's surface and the earlier report's (for revisions).
        public var detail: String = ""

        public var difference: Double? {
            guard let before, let after else { return nil }
            return after - before
        }
    }

    /// The most changes of terms, entities or pairs that the rank rule looks at.
    public static let rankTop = 20
    /// The resamples and seed of the sentiment interval when the later run's record names none.
    public static let defaultResamples = 1000

    public let before: RunTables
    public let after: RunTables
    public private(set) var changes: [Change] = []

    public init(before: RunTables, after: RunTables) throws {
        self.before = before
        self.after = after
        files()
        documents()
        try terms()
        entities()
        pairs()
        try sentiment()
        figures()
    }

    /// Changes of one kind, in their order.
    public func of(_ kind: Kind) -> [Change] { changes.filter { $0.kind == kind } }

    /// Whether the two runs read the same files (by path, size and SHA-256).
    public var sameInputs: Bool { before.record.inputs == after.record.inputs }

    private mutating func files() {
        let old = Dictionary(before.record.inputs.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(after.record.inputs.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        for input in after.record.inputs {
            if let was = old[input.path] {
                if was != input {
                    changes.append(Change(kind: .fileChanged, item: input.path, group: "", key: "", before: Double(was.bytes), after: Double(input.bytes), counts: true))
                }
            } else {
                changes.append(Change(kind: .fileAdded, item: input.path, group: "", key: "", before: nil, after: Double(input.bytes), counts: true))
            }
        }
        for input in before.record.inputs where new[input.path] == nil {
            changes.append(Change(kind: .fileRemoved, item: input.path, group: "", key: "", before: Double(input.bytes), after: nil, counts: true))
        }
    }

    private mutating func documents() {
        for id in after.documentOrder where before.documents[id] == nil {
            let document = after.documents[id]!
            changes.append(Change(kind: .documentAdded, item: id, group: document.group, key: id, before: nil, after: Double(document.tokens), counts: true))
        }
        for id in before.documentOrder where after.documents[id] == nil {
            let document = before.documents[id]!
            changes.append(Change(kind: .documentRemoved, item: id, group: document.group, key: id, before: Double(document.tokens), after: nil, counts: true))
        }
        var oldCounts: [String: Int] = [:], newCounts: [String: Int] = [:]
        for document in before.documents.values { oldCounts[document.group, default: 0] += 1 }
        for document in after.documents.values { newCounts[document.group, default: 0] += 1 }
        for group in Self.sorted(Set(oldCounts.keys).union(newCounts.keys)) {
            switch (oldCounts[group], newCounts[group]) {
            case (nil, let count?):
                changes.append(Change(kind: .groupAdded, item: group, group: group, key: "", before: nil, after: Double(count), counts: true))
            case (let count?, nil):
                changes.append(Change(kind: .groupRemoved, item: group, group: group, key: "", before: Double(count), after: nil, counts: true))
            case (let old?, let new?) where old != new:
                changes.append(Change(kind: .groupDocuments, item: group, group: group, key: "", before: Double(old), after: Double(new), counts: true))
            default: break
            }
        }
    }

    /// Whether a run's terms.csv leaves terms out (`--top`, or `--min-count` above 1): a term
    /// it lacks may have occurred, so it is not compared.
    static func cutsTerms(_ record: RunRecord) -> Bool {
        record.arguments.contains { $0.hasPrefix("--top=") || ($0.hasPrefix("--min-count=") && $0 != "--min-count=1") }
    }

    /// Terms of the corpus, then of each group in both runs.
    private mutating func terms() throws {
        guard let oldCorpus = before.corpusTerms, let newCorpus = after.corpusTerms else { return }
        let oldCut = Self.cutsTerms(before.record), newCut = Self.cutsTerms(after.record)
        let oldTokens = before.groupTokens, newTokens = after.groupTokens
        var scopes: [(group: String, old: [String: Int], new: [String: Int], oldTotal: Int, newTotal: Int)] = [
            ("", oldCorpus, newCorpus, before.corpusTokens, after.corpusTokens),
        ]
        for group in Self.sorted(Set(before.groupTerms.keys).intersection(after.groupTerms.keys)) {
            scopes.append((group, before.groupTerms[group]!, after.groupTerms[group]!, oldTokens[group] ?? 0, newTokens[group] ?? 0))
        }
        for scope in scopes where scope.oldTotal > 0 && scope.newTotal > 0 {
            var rows: [Change] = []
            for term in Self.sorted(Set(scope.old.keys).union(scope.new.keys)) {
                if (oldCut && scope.old[term] == nil) || (newCut && scope.new[term] == nil) { continue }
                // A count above the tokens (a terms.csv edited by hand) is capped to keep the test defined.
                let a = min(scope.old[term] ?? 0, scope.oldTotal), b = min(scope.new[term] ?? 0, scope.newTotal)
                let test = try ContingencyTable.logLikelihood(a: a, b: b, n1: scope.oldTotal, n2: scope.newTotal)
                let kind: Kind = a == 0 ? .termNew : b == 0 ? .termGone : .termRate
                rows.append(Change(kind: kind, item: term, group: scope.group, key: "",
                                   before: 10_000 * Double(a) / Double(scope.oldTotal), after: 10_000 * Double(b) / Double(scope.newTotal),
                                   statistic: test.statistic, p: test.p, counts: false))
            }
            let q = try MultipleTesting.benjaminiHochberg(rows.map { $0.p ?? 1 })
            for index in rows.indices { rows[index].q = q[index] }
            // New and gone terms of the corpus whatever their q; the rest when q < 0.05.
            let kept = rows.filter { ($0.kind != .termRate && scope.group.isEmpty) || ($0.q ?? 1) < 0.05 }
            changes += kept.sorted { ($0.kind.rawValue, $1.statistic ?? 0, $0.item) < ($1.kind.rawValue, $0.statistic ?? 0, $1.item) }
        }
    }

    private mutating func entities() {
        guard let old = before.entities, let new = after.entities else { return }
        let byRank = { (table: [String: RunTables.Entity]) in table.sorted { $0.value.rank < $1.value.rank } }
        // An entity whose canonical name changed (a new article's fuller or shorter name won)
        // is the entity of the earlier run of its type that shares a surface form with it.
        var renamedFrom: [String: String] = [:]
        var taken = Set<String>()
        let unmatched = byRank(new).filter { old[$0.key] == nil }
        for (name, entity) in byRank(old) where new[name] == nil {
            guard let match = unmatched.first(where: { !taken.contains($0.key) && $0.value.type == entity.type && !$0.value.forms.isDisjoint(with: entity.forms) }) else { continue }
            taken.insert(match.key)
            renamedFrom[match.key] = name
            renamedNames[entity.name] = match.value.name
        }
        func earlier(_ name: String) -> RunTables.Entity? { old[renamedFrom[name] ?? name] }
        for (name, entity) in byRank(new) {
            if let source = renamedFrom[name], let was = old[source] {
                var change = Change(kind: .entityRenamed, item: name, group: "", key: entity.id, before: Double(was.mentions), after: Double(entity.mentions), counts: true)
                change.detail = "was \(source)"
                changes.append(change)
            } else if old[name] == nil {
                changes.append(Change(kind: .entityNew, item: name, group: "", key: entity.id, before: nil, after: Double(entity.mentions), counts: true))
            }
        }
        let renamedSources = Set(renamedFrom.values)
        for (name, entity) in byRank(old) where new[name] == nil && !renamedSources.contains(name) {
            changes.append(Change(kind: .entityGone, item: name, group: "", key: "", before: Double(entity.mentions), after: nil, counts: true))
        }
        for (name, entity) in byRank(new) {
            guard let was = earlier(name), was.rank != entity.rank, min(was.rank, entity.rank) <= Self.rankTop else { continue }
            changes.append(Change(kind: .entityRank, item: name, group: "", key: entity.id, before: Double(was.rank), after: Double(entity.rank),
                                  statistic: Double(entity.mentions - was.mentions), counts: true))
        }
    }

    /// Canonical names of the earlier run that the later run gives otherwise (`entities()`).
    private var renamedNames: [String: String] = [:]

    private mutating func pairs() {
        guard let oldPairs = before.pairs, let new = after.pairs else { return }
        // The earlier pairs under the later run's names.
        var old: [String: RunTables.Pair] = [:]
        for pair in oldPairs.values {
            let a = renamedNames[pair.a] ?? pair.a, b = renamedNames[pair.b] ?? pair.b
            let (first, second) = RunTables.ordered(a, b)
            old[RunTables.pairKey(a, b), default: RunTables.Pair(a: first, b: second, count: 0)].count += pair.count
        }
        let order = { (table: [String: RunTables.Pair]) in
            table.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
        }
        for (pair, value) in order(new) where old[pair] == nil {
            changes.append(Change(kind: .pairNew, item: pair, group: "", key: "", before: nil, after: Double(value.count), counts: true))
        }
        for (pair, value) in order(old) where new[pair] == nil {
            changes.append(Change(kind: .pairGone, item: pair, group: "", key: "", before: Double(value.count), after: nil, counts: true))
        }
    }

    /// The resamples and seed of the later run (its `--resamples` and `--seed`), else 1000 and 1.
    var bootstrapSettings: (resamples: Int, seed: UInt) {
        var resamples = Self.defaultResamples, seed: UInt = 1
        for argument in after.record.arguments {
            if argument.hasPrefix("--resamples="), let value = Int(argument.dropFirst(12)), value > 0 { resamples = value }
            if argument.hasPrefix("--seed="), let value = UInt(argument.dropFirst(7)) { seed = value }
        }
        return (resamples, seed)
    }

    private mutating func sentiment() throws {
        guard let old = before.sentiment, let new = after.sentiment else { return }
        var groups = Set<String>()
        for document in old.values { groups.insert(document.group) }
        let newGroups = Set(new.values.map(\.group))
        groups.formIntersection(newGroups)
        let (resamples, seed) = bootstrapSettings
        var rows: [Change] = []
        for group in [""] + Self.sorted(groups) {
            // The documents of the group in either run, in a fixed order, each with its sentences
            // and sum of compound scores before and after (zero when not in that run).
            let ids = Self.sorted(Set(old.filter { group.isEmpty || $0.value.group == group }.keys)
                .union(new.filter { group.isEmpty || $0.value.group == group }.keys))
            var parts: [(n0: Double, s0: Double, n1: Double, s1: Double)] = []
            for id in ids {
                let a = old[id].flatMap { group.isEmpty || $0.group == group ? $0 : nil }
                let b = new[id].flatMap { group.isEmpty || $0.group == group ? $0 : nil }
                parts.append((Double(a?.sentences ?? 0), Double(a?.sentences ?? 0) * (a?.meanCompound ?? 0),
                              Double(b?.sentences ?? 0), Double(b?.sentences ?? 0) * (b?.meanCompound ?? 0)))
            }
            let n0 = parts.reduce(0) { $0 + $1.n0 }, n1 = parts.reduce(0) { $0 + $1.n1 }
            // Nothing to say when the group's documents are the same in both runs.
            guard n0 > 0, n1 > 0, !parts.allSatisfy({ $0.n0 == $0.n1 && $0.s0 == $0.s1 }) else { continue }
            let mean0 = parts.reduce(0) { $0 + $1.s0 } / n0, mean1 = parts.reduce(0) { $0 + $1.s1 } / n1
            let random = try SeededRandom(seed: seed)
            var differences: [Double] = []
            differences.reserveCapacity(resamples)
            // With fewer than two documents on a side, resampling shows no spread: no interval.
            let enough = parts.filter { $0.n0 > 0 }.count >= 2 && parts.filter { $0.n1 > 0 }.count >= 2
            for _ in 0..<(enough ? resamples : 0) {
                var r0 = 0.0, t0 = 0.0, r1 = 0.0, t1 = 0.0
                for _ in parts.indices {
                    let part = parts[random.integer(below: parts.count)]
                    r0 += part.n0; t0 += part.s0; r1 += part.n1; t1 += part.s1
                }
                // A resample without sentences on one side says nothing of the difference.
                if r0 > 0 && r1 > 0 { differences.append(t1 / r1 - t0 / r0) }
            }
            var change = Change(kind: .sentiment, item: "mean_compound", group: group, key: "", before: mean0, after: mean1,
                                statistic: mean1 - mean0, counts: false)
            if !differences.isEmpty {
                differences.sort()
                change.low = DescriptiveStatistics.quantile(differences, 0.025)
                change.high = DescriptiveStatistics.quantile(differences, 0.975)
                let below = differences.filter { $0 <= 0 }.count, above = differences.filter { $0 >= 0 }.count
                change.p = min(1, 2 * Double(min(below, above) + 1) / Double(differences.count + 1))
            }
            rows.append(change)
        }
        let q = try MultipleTesting.benjaminiHochberg(rows.map { $0.p ?? 1 })
        for index in rows.indices { rows[index].q = q[index] }
        changes += rows
    }

    private mutating func figures() {
        guard let old = before.figures, let new = after.figures else { return }
        let oldKeys = Set(old.map(\.key)), newKeys = Set(new.map(\.key))
        // The earlier reports of a quantity: the earlier run's members of the group of the same
        // id (a group is named by its earliest report, so it keeps its id), else the later
        // run's members that the earlier run had.
        var earlierRun: [String: [RunTables.Figure]] = [:]
        for figure in old where !figure.comparisonGroup.isEmpty { earlierRun[figure.comparisonGroup, default: []].append(figure) }
        var kept: [String: [RunTables.Figure]] = [:]
        for figure in new where oldKeys.contains(figure.key) && !figure.comparisonGroup.isEmpty {
            kept[figure.comparisonGroup, default: []].append(figure)
        }
        func quantity(_ figure: RunTables.Figure) -> String {
            let counted = figure.countedKey.isEmpty ? figure.counted : figure.countedKey
            return figure.event.isEmpty ? counted : "\(counted) (\(figure.event))"
        }
        for figure in new where !oldKeys.contains(figure.key) {
            let candidates = (earlierRun[figure.comparisonGroup] ?? kept[figure.comparisonGroup] ?? []).filter { $0.value != nil }
            // The report it revises: the same document's (an article changed since), else a
            // report of the same time, else the latest dated; ties by order in the table.
            func rank(_ report: RunTables.Figure) -> (Int, Int, String) {
                (report.file == figure.file ? 1 : 0, !figure.time.isEmpty && report.time == figure.time ? 1 : 0, date(of: report))
            }
            let last = candidates.max { rank($0) < rank($1) }
            if let value = figure.value, let last, let was = last.value, was != value {
                var change = Change(kind: .figureRevised, item: quantity(figure), group: figure.group, key: figure.key,
                                    before: was, after: value, counts: false)
                if was != 0 { change.statistic = value / was }
                change.detail = "\(figure.surface) (\(figure.file)), was \(last.surface) (\(last.group), \(last.file))"
                changes.append(change)
            } else {
                var change = Change(kind: .figureNew, item: quantity(figure), group: figure.group, key: figure.key, before: nil, after: figure.value, counts: false)
                change.detail = "\(figure.surface) (\(figure.file))"
                changes.append(change)
            }
        }
        for figure in old where !newKeys.contains(figure.key) {
            var change = Change(kind: .figureRemoved, item: quantity(figure), group: figure.group, key: figure.key, before: figure.value, after: nil, counts: false)
            change.detail = "\(figure.surface) (\(figure.file))"
            changes.append(change)
        }
    }

    /// A figure's document date (ISO text sorts by time; undated sorts first), from either run.
    private func date(of figure: RunTables.Figure) -> String {
        after.documents[figure.file]?.date ?? before.documents[figure.file]?.date ?? ""
    }

    static func sorted(_ names: Set<String>) -> [String] {
        names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
