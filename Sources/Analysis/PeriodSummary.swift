import Statistics

/// Coverage over time (`--period day|week|month|year`): documents, the corpus's top terms,
/// entity mentions, sentiment and figures per group and period, from the documents' dates
/// (the `date` metadata in ISO form, as the reader writes it), and the largest movements
/// between the last two complete periods.
///
/// A day is named by its date, a week by its Monday (`2020-01-06`), a month `2020-01`, a
/// year `2020`. A document without a readable date is in the period `undated`; one whose
/// date is coarser than the unit (`2020-01` with `--period week`) in `imprecise`: both are
/// counted in every table, so each table's rows add up to the corpus's totals. A period is
/// complete when it ends on or before the latest date of a document in a period (a date
/// coarser than the unit does not count).
public struct PeriodSummary: Sendable {
    public enum Unit: String, Sendable, CaseIterable {
        case day, week, month, year
    }

    /// The periods of documents without a date, and with a date coarser than the unit.
    public static let undated = "undated"
    public static let imprecise = "imprecise"

    public struct Cell: Sendable, Equatable {
        public var documents = 0
        public var tokens = 0
    }

    public struct TermRow: Sendable, Equatable {
        public let group: String, period: String, term: String
        public let count: Int, tokens: Int
    }

    public struct EntityRow: Sendable, Equatable {
        public let group: String, period: String
        /// Index into the resolver's entities.
        public let entity: Int
        public let mentions: Int
    }

    public struct SentimentRow: Sendable, Equatable {
        public let group: String, period: String
        public let documents: Int, sentences: Int
        public let mean: Double?
        public let interval: ConfidenceInterval?
    }

    public struct FigureRow: Sendable, Equatable {
        public let group: String, period: String
        public let figures: Int, documents: Int
    }

    /// A term, entity or group whose rate, mentions or sentiment moved between the two periods.
    public struct Movement: Sendable, Equatable {
        public enum Kind: String, Sendable { case term, entity, sentiment }
        public let kind: Kind
        /// The term, the entity's index (as text) or the group.
        public let item: String
        public let before: Double, after: Double
        public let statistic: Double?, p: Double?
        public var q: Double?
    }

    public let unit: Unit
    /// The periods that hold documents, in time order, then `imprecise` and `undated` when
    /// documents are there.
    public let periods: [String]
    /// The corpus label first, then the groups by name.
    public let groups: [String]
    public let documents: [String: [String: Cell]]
    public let terms: [TermRow]
    public let entities: [EntityRow]
    public let sentiment: [SentimentRow]
    public let figures: [FigureRow]
    /// The last two complete periods, when there are two.
    public let compared: (before: String, after: String)?
    public let movements: [Movement]

    /// The most terms and entities a movement list keeps, each.
    public static let movementLimit = 10

    /// - Parameters:
    ///   - termLimit: the corpus's most frequent terms whose counts are given per period.
    ///   - resolver, sentiment: the entities and the sentence scores, when those analyses ran.
    public init(_ analysis: CorpusAnalysis, unit: Unit, corpus: TermFrequencyTable.Group, termLimit: Int,
                resolver: EntityResolver?, sentiment: SentimentSummary?, bootstrap: Bootstrap, corpusLabel: String) throws {
        self.unit = unit
        let documentCount = analysis.documents.count
        // Each document's period, and the latest date any document reaches.
        var periodOf = [String](repeating: Self.undated, count: documentCount)
        var ends: [String: Int] = [:]
        var latest = Int.min
        for (index, document) in analysis.documents.enumerated() {
            guard let text = document.metadata["date"], let date = CalendarDate(iso: text) else { continue }
            guard let (label, end) = Self.period(of: date, unit: unit) else {
                periodOf[index] = Self.imprecise
                continue
            }
            // Only dates precise enough for the unit tell how far the corpus reaches: one
            // dated 2020-01 does not complete the weeks of January.
            latest = max(latest, Self.lastDay(of: date))
            periodOf[index] = label
            ends[label] = end
        }
        let dated = ends.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        var periods = dated
        if periodOf.contains(Self.imprecise) { periods.append(Self.imprecise) }
        if periodOf.contains(Self.undated) { periods.append(Self.undated) }
        self.periods = periods
        let groupNames = Set(analysis.documents.map(\.group)).sorted()
        groups = [corpusLabel] + groupNames
        func places(_ index: Int) -> [(String, String)] {
            [(corpusLabel, periodOf[index]), (analysis.documents[index].group, periodOf[index])]
        }

        var documents: [String: [String: Cell]] = [:]
        for (index, document) in analysis.documents.enumerated() {
            for (group, period) in places(index) {
                documents[group, default: [:]][period, default: Cell()].documents += 1
                documents[group, default: [:]][period, default: Cell()].tokens += document.tokens
            }
        }
        self.documents = documents

        // Terms: the corpus's most frequent, per group and period.
        let selected = corpus.ranked(limit: termLimit).map(\.term)
        var termCounts: [String: [String: [String: Int]]] = [:]   // group, period, term
        if !selected.isEmpty {
            let wanted = Set(selected)
            let interesting = analysis.termSpills.map { spill in spill.terms.map { wanted.contains($0) } }
            try DocumentTermReader(analysis).forEachDocument { sequence, pairs, spill in
                let words = analysis.termSpills[spill].terms
                var k = pairs.startIndex
                while k + 1 < pairs.endIndex {
                    if interesting[spill][Int(pairs[k])] {
                        for (group, period) in places(sequence) {
                            termCounts[group, default: [:]][period, default: [:]][words[Int(pairs[k])], default: 0] += Int(pairs[k + 1])
                        }
                    }
                    k += 2
                }
            }
        }
        var terms: [TermRow] = []
        for group in groups {
            for period in periods {
                guard let cell = documents[group]?[period], cell.tokens > 0 else { continue }
                for term in selected {
                    terms.append(TermRow(group: group, period: period, term: term, count: termCounts[group]?[period]?[term] ?? 0, tokens: cell.tokens))
                }
            }
        }
        self.terms = terms

        // Entity mentions.
        var mentions: [String: [String: [Int: Int]]] = [:]   // group, period, entity
        if let resolver {
            for collector in analysis.entityCollectors {
                let entityOf = collector.keys.map { resolver.indexOf[$0].map(Int.init) ?? -1 }
                for position in collector.positions {
                    let entity = entityOf[Int(position.key)]
                    guard entity >= 0, Int(position.document) < documentCount else { continue }
                    for (group, period) in places(Int(position.document)) {
                        mentions[group, default: [:]][period, default: [:]][entity, default: 0] += 1
                    }
                }
            }
        }
        var entities: [EntityRow] = []
        for group in groups {
            for period in periods {
                for (entity, count) in (mentions[group]?[period] ?? [:]).sorted(by: { $0.key < $1.key }) {
                    entities.append(EntityRow(group: group, period: period, entity: entity, mentions: count))
                }
            }
        }
        self.entities = entities

        // Sentiment: the mean compound over sentences, with a cluster bootstrap over documents.
        var sentimentRows: [SentimentRow] = []
        if let sentiment {
            var parts: [String: [String: [(sentences: Double, sum: Double)]]] = [:]
            for document in sentiment.documents where document.sentences > 0 {
                let sum = (document.meanCompound ?? 0) * Double(document.sentences)
                for (group, period) in places(document.index) {
                    parts[group, default: [:]][period, default: []].append((Double(document.sentences), sum))
                }
            }
            for group in groups {
                for period in periods {
                    guard let cell = parts[group]?[period], !cell.isEmpty else { continue }
                    let sentences = cell.reduce(0) { $0 + $1.sentences }
                    let mean = cell.reduce(0) { $0 + $1.sum } / sentences
                    let interval = cell.count >= 2
                        ? try bootstrap.clusterRatioInterval(numerators: cell.map(\.sum), denominators: cell.map(\.sentences)) : nil
                    sentimentRows.append(SentimentRow(group: group, period: period, documents: cell.count, sentences: Int(sentences),
                                                      mean: mean, interval: interval))
                }
            }
        }
        self.sentiment = sentimentRows

        // Figures.
        var figureCounts: [String: [String: (figures: Int, documents: Set<Int>)]] = [:]
        for record in analysis.figures where record.document < documentCount {
            for (group, period) in places(record.document) {
                figureCounts[group, default: [:]][period, default: (0, [])].figures += 1
                figureCounts[group, default: [:]][period, default: (0, [])].documents.insert(record.document)
            }
        }
        var figures: [FigureRow] = []
        for group in groups {
            for period in periods {
                guard let cell = figureCounts[group]?[period] else { continue }
                figures.append(FigureRow(group: group, period: period, figures: cell.figures, documents: cell.documents.count))
            }
        }
        self.figures = figures

        // The movements between the last two complete periods.
        let complete = dated.filter { (ends[$0] ?? Int.max) <= latest }
        guard complete.count >= 2 else {
            compared = nil
            movements = []
            return
        }
        let before = complete[complete.count - 2], after = complete[complete.count - 1]
        compared = (before, after)
        var movements: [Movement] = []
        func tested(_ kind: Movement.Kind, _ rows: [(item: String, a: Int, b: Int)], n1: Int, n2: Int) throws -> [Movement] {
            guard n1 > 0, n2 > 0 else { return [] }
            var list: [Movement] = []
            for row in rows where row.a + row.b > 0 {
                let test = try ContingencyTable.logLikelihood(a: min(row.a, n1), b: min(row.b, n2), n1: n1, n2: n2)
                list.append(Movement(kind: kind, item: row.item, before: 10_000 * Double(row.a) / Double(n1), after: 10_000 * Double(row.b) / Double(n2),
                                     statistic: test.statistic, p: test.p))
            }
            let q = try MultipleTesting.benjaminiHochberg(list.map { $0.p ?? 1 })
            for i in list.indices { list[i].q = q[i] }
            return Array(list.sorted { ($0.statistic ?? 0, $1.item) > ($1.statistic ?? 0, $0.item) }.prefix(Self.movementLimit))
        }
        let tokens = (documents[corpusLabel]?[before]?.tokens ?? 0, documents[corpusLabel]?[after]?.tokens ?? 0)
        movements += try tested(.term, selected.map { ($0, termCounts[corpusLabel]?[before]?[$0] ?? 0, termCounts[corpusLabel]?[after]?[$0] ?? 0) },
                                n1: tokens.0, n2: tokens.1)
        let old = mentions[corpusLabel]?[before] ?? [:], new = mentions[corpusLabel]?[after] ?? [:]
        let mentioned = Set(old.keys).union(new.keys).sorted()
        movements += try tested(.entity, mentioned.map { (String($0), old[$0] ?? 0, new[$0] ?? 0) },
                                n1: old.values.reduce(0, +), n2: new.values.reduce(0, +))
        let means = Dictionary(sentimentRows.map { ("\($0.group)\u{0}\($0.period)", $0.mean) }, uniquingKeysWith: { a, _ in a })
        for group in groups {
            if let a = means["\(group)\u{0}\(before)"] ?? nil, let b = means["\(group)\u{0}\(after)"] ?? nil {
                movements.append(Movement(kind: .sentiment, item: group, before: a, after: b, statistic: b - a, p: nil))
            }
        }
        self.movements = movements
    }

    /// A date's period: its label and the day number of its last day; nil when the date is
    /// coarser than the unit.
    static func period(of date: CalendarDate, unit: Unit) -> (String, Int)? {
        switch unit {
        case .day:
            guard date.precision == .day else { return nil }
            return (date.description, date.dayNumber)
        case .week:
            guard date.precision == .day else { return nil }
            let monday = date.adding(days: -date.weekday)
            return (monday.description, monday.dayNumber + 6)
        case .month:
            guard date.precision != .year else { return nil }
            let month = CalendarDate(year: date.year, month: date.month, precision: .month)
            return (month.description, month.dayNumber + CalendarDate.daysIn(month: date.month, year: date.year) - 1)
        case .year:
            return (String(date.year), CalendarDate(year: date.year, month: 12, day: 31).dayNumber)
        }
    }

    /// The last day a date covers (a month's last day for a date given to the month).
    static func lastDay(of date: CalendarDate) -> Int {
        switch date.precision {
        case .day: return date.dayNumber
        case .month: return date.dayNumber + CalendarDate.daysIn(month: date.month, year: date.year) - 1
        case .year: return CalendarDate(year: date.year, month: 12, day: 31).dayNumber
        }
    }
}
