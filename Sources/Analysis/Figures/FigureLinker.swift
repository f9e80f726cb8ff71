import Foundation

/// Scores whether two figures of different documents measure the same thing, the way
/// different outlets write about one event: "the quake killed at least 2,000 people", "the
/// death toll rose to 2,400" and "more than 2,100 dead" are one quantity; "29% of United"
/// held by one investor and "28.1%" held by another are two.
///
/// The evidence, each part between 0 and 1, weighted in `weights`:
/// - **sentence**: the content words the two sentences share, each weighted by its inverse
///   frequency among the run's figures (a word in every figure's sentence says nothing), as
///   a share of the smaller sentence's weight (at least half the larger's);
/// - **near**: the same for the words within `FigureExtractor.nearWords` of each number
///   (whose stake, which offer);
/// - **documents**: the names (`FigureExtractor.documentNames`) the two articles share,
///   weighted by inverse document frequency, full at `sameStoryNames`: articles about one
///   event name the same places and people;
/// - **values**: how close the numbers are, higher when the intervals overlap;
/// - **sameNumber**: the very same number (half for a small whole number);
/// - **noun**: what is counted, by head noun and its modifiers: the same normalised noun 1, the
///   same kind of thing ("ballistic rockets", "rockets", "rocket strikes"; "dead", "deaths",
///   "people" killed) `compatibleNoun`; money and percentages with no noun of their own
///   `unnamedNoun`; different kinds, or different countries ("Iraqi troops", "U.S. troops"),
///   are never linked (`compatible`);
/// - **event**: the same known event 1, else 0.5; different known events (killed, wounded)
///   are never linked;
/// - **time**: the days between the days the figures refer to (their resolved times, else
///   their documents' dates): 1 on the same day, falling to 0 after a year; 0.4 when unknown;
///   0 for two different numbers that name two different times;
/// - **source**: 1 when both name the same source.
///
/// Values apart multiply the score by `apartFactor`; articles sharing less than
/// `minimumSharedNames` of their names are different stories (`sameStory`).
public struct FigureLinker: Sendable {
    /// The evidence for one pair.
    public struct Evidence: Sendable, Equatable {
        public var sentence = 0.0
        public var near = 0.0
        public var documents = 0.0
        public var values = 0.0
        public var sameNumber = 0.0
        /// Whether the two articles share `minimumSharedNames` of their names (or names are unknown).
        public var sameStory = true
        public var noun = 0.0
        public var event = 0.0
        public var time = 0.0
        public var source = 0.0
        /// Days between the two figures' reference days; nil when either is unknown.
        public var days: Int?
        /// The larger value over the smaller; nil when the intervals overlap or a value is missing.
        public var ratio: Double?
        /// The normalised noun both count ("rocket", "people"), or empty.
        public var nounLabel = ""
        /// A count of the dead or wounded that is larger on a later day: a toll rising as
        /// reports come in, so its values apart are no disagreement (`apartFactor` 1, and no
        /// `apartExtra` needed).
        public var risingToll = false
        /// Both are their article's largest count of the dead (or of the wounded) of the story's
        /// own event, in articles whose names show one story: the toll each reports, whatever
        /// words each outlet puts round it.
        public var headlineTolls = false

        /// How far apart the values are, as a factor on the score: 1 when the intervals
        /// overlap, else the square root of their closeness (×3 apart 0.87, ×10 0.71, ×60 0.33),
        /// so that a large disagreement needs strong evidence of all the other kinds.
        public var apartFactor = 1.0

        /// The weighted sum times `apartFactor`, between 0 and 1.
        public var score: Double {
            let w = FigureLinker.weights
            return apartFactor * (w.sentence * sentence + w.near * near + w.documents * documents + w.values * values + w.sameNumber * sameNumber
                + w.noun * noun + w.event * event + w.time * time + w.source * source)
        }
    }

    /// The weights of the evidence; they sum to 1.
    public static let weights = (sentence: 0.20, near: 0.15, documents: 0.10, values: 0.10, sameNumber: 0.15, noun: 0.10, event: 0.05,
                                 time: 0.10, source: 0.05)
    /// The share of name weight (inverse document frequency: "US" in half the articles counts
    /// little) two articles have in common for full documents evidence.
    public static let sameStoryNames = 0.5
    /// The share of names (of the article with fewer) two articles must have in common for
    /// their figures to be linked at all, as articles about one story do: BBC articles of one
    /// story share a median 0.43 of their names, business articles picked at random 0.03 (5 in
    /// 100 pairs share 0.2 or more).
    public static let minimumSharedNames = 0.2
    /// Whole numbers up to this are common enough that two equal ones say less (0.5).
    public static let smallNumber = 12.0
    /// The default threshold (`--figure-link-min`).
    public static let defaultMinimumScore = 0.4
    /// The noun evidence of two nouns of one kind that are not the same normalised noun.
    public static let compatibleNoun = 0.7
    /// An open interval ("at least 600", "more than 30") agrees with numbers up to this
    /// factor above it; further up it overlaps them only through its open end.
    public static let openIntervalReach = 2.0
    /// What two figures whose values disagree need above the threshold: a disagreement is
    /// what a researcher reads first, so it needs more evidence than an agreement.
    public static let apartExtra = 0.15
    /// The value evidence of two intervals apart, at most (times their closeness).
    public static let apartValues = 0.6
    /// The noun evidence of money or percentages without a noun to compare.
    public static let unnamedNoun = 0.4

    /// Kinds of things that outlets name with different nouns; the normalised noun's words map here.
    static let kinds: [String: String] = [
        "dead": "people", "death": "people", "fatality": "people", "victim": "people", "body": "people", "life": "people",
        "toll": "people", "people": "people", "resident": "people", "civilian": "people", "injured": "people", "wounded": "people",
        "survivor": "people", "casualty": "people", "man": "people", "men": "people", "woman": "people", "women": "people",
        "rocket": "rocket", "missile": "rocket", "projectile": "rocket",
        "car": "vehicle", "vehicle": "vehicle", "truck": "vehicle", "lorry": "vehicle", "suv": "vehicle",
        "house": "building", "home": "building", "building": "building", "dwelling": "building",
        "troops": "troops", "personnel": "troops", "marines": "troops", "force": "troops",
        "job": "job", "worker": "job", "employee": "job", "staff": "job", "role": "job", "post": "job", "position": "job",
        "share": "share", "stock": "share",
    ]

    /// Events that make a percentage a change.
    static let changes: Set<String> = ["rose", "fell"]

    /// Countries in normalised nouns ("us troops": "us").
    static let countries: Set<String> = Set(FigureNormalizer.nationalities.values)

    let records: [FigureRecord]
    /// The names of each document (`FigureExtractor.documentNames`), sorted.
    let documentNames: [Int: [UInt32]]
    /// Each record's noun: its kind, its words' kinds, and its countries.
    let nouns: [Noun]
    /// Per record (empty for those not eligible): the weights of its context and near words,
    /// in their order, with their sums; its normalised source.
    let contextWeights: [[Double]]
    let contextTotals: [Double]
    let nearWeights: [[Double]]
    let nearTotals: [Double]
    let sourceKeys: [String]
    /// Whether each record is its document's headline toll (`Evidence.headlineTolls`).
    let headlineToll: [Bool]
    /// Per document: the weights of its names, in their order, with their sum.
    let nameWeights: [Int: [Double]]
    let nameTotals: [Int: Double]
    /// Per record, what `casualtiesOfDifferentYears` reads, worked out once: the casualty
    /// event it counts (0 none, 1 killed, 2 wounded; 0 when it refers back), whether its text
    /// names a year, and the year it refers to.
    let casualty: [UInt8]
    let namesYear: [Bool]
    let years: [Int?]

    struct Noun: Sendable {
        let head: String
        let kinds: Set<String>
        let countries: Set<String>
    }

    /// - Parameter eligible: the records that take part (indices into `records`); word
    ///   frequencies are counted over them.
    /// - Parameter names: the names of each document, for the documents evidence.
    public init(records: [FigureRecord], eligible: [Int], names: [Int: [UInt32]] = [:]) {
        self.records = records
        var figureFrequency: [UInt64: Int] = [:]
        for index in eligible {
            for word in records[index].figure.context { figureFrequency[word, default: 0] += 1 }
        }
        // Smoothed inverse frequency (as scikit-learn's TfidfTransformer): never 0, so that
        // in a corpus of one story the story's own words still count a little.
        let n = Double(eligible.count)
        let wordWeight = figureFrequency.mapValues { log((n + 1) / (Double($0) + 1)) + 1 }
        let missingWeight = log(n + 1) + 1
        documentNames = names
        var nameFrequency: [UInt32: Int] = [:]
        for (_, list) in names { for name in list { nameFrequency[name, default: 0] += 1 } }
        let documents = Double(names.count)
        // Inverse document frequency of each name: "US" or "Europe" in half the articles says
        // little of the story, a company's name in three says much.
        let weightOfName = nameFrequency.mapValues { log((documents + 1) / (Double($0) + 1)) + 1 }
        nouns = records.map { Self.noun($0.figure) }
        headlineToll = Self.headlineTolls(records, eligible: eligible, nouns: nouns)
        var contextWeights = [[Double]](repeating: [], count: records.count), nearWeights = contextWeights
        var contextTotals = [Double](repeating: 0, count: records.count), nearTotals = contextTotals
        var sourceKeys = [String](repeating: "", count: records.count)
        for index in eligible {
            let figure = records[index].figure
            contextWeights[index] = figure.context.map { wordWeight[$0] ?? missingWeight }
            contextTotals[index] = contextWeights[index].reduce(0, +)
            nearWeights[index] = figure.near.map { wordWeight[$0] ?? missingWeight }
            nearTotals[index] = nearWeights[index].reduce(0, +)
            sourceKeys[index] = figure.sourceKey
        }
        (self.contextWeights, self.contextTotals, self.nearWeights, self.nearTotals, self.sourceKeys)
            = (contextWeights, contextTotals, nearWeights, nearTotals, sourceKeys)
        let weightsOfNames = names.mapValues { list in list.map { weightOfName[$0] ?? 1 } }
        nameWeights = weightsOfNames
        nameTotals = weightsOfNames.mapValues { $0.reduce(0, +) }
        casualty = records.map { record in
            guard !record.figure.inherited else { return 0 }
            return record.figure.event == "killed" ? 1 : record.figure.event == "wounded" ? 2 : 0
        }
        var namesYear = [Bool](repeating: false, count: records.count)
        var years = [Int?](repeating: nil, count: records.count)
        for index in records.indices where casualty[index] != 0 {
            let named = Self.explicitYear(records[index])
            namesYear[index] = named != nil
            years[index] = named ?? Self.documentYear(records[index])
        }
        (self.namesYear, self.years) = (namesYear, years)
    }

    /// The sentence and near evidence two headline tolls get at least, when their articles'
    /// names show one story (documents evidence at least `sameStoryForTolls`).
    public static let headlineWords = 0.5
    public static let sameStoryForTolls = 0.5

    /// Per record: whether it is its document's largest count of people killed (or wounded)
    /// in the document's own year (none other named), as the toll of the story's event.
    static func headlineTolls(_ records: [FigureRecord], eligible: [Int], nouns: [Noun]) -> [Bool] {
        struct Key: Hashable { let document: Int; let event: String }
        var largest: [Key: Double] = [:]
        func candidate(_ index: Int) -> Double? {
            let record = records[index], figure = record.figure
            guard figure.unit == "count", ["killed", "wounded"].contains(figure.event), nouns[index].head == "people",
                  !figure.inherited else { return nil }
            if let named = explicitYear(record), named != documentYear(record) { return nil }
            let value = figure.point ?? (figure.low.isFinite ? figure.low : nil)
            return value
        }
        for index in eligible {
            guard let value = candidate(index) else { continue }
            let key = Key(document: records[index].document, event: records[index].figure.event)
            largest[key] = max(largest[key] ?? 0, value)
        }
        var result = [Bool](repeating: false, count: records.count)
        for index in eligible {
            guard let value = candidate(index) else { continue }
            result[index] = value == largest[Key(document: records[index].document, event: records[index].figure.event)]
        }
        return result
    }

    /// Whether a figure is money or a percentage that names nothing it counts ("$28bn", "29%").
    public static func isUnnamed(_ figure: Figure) -> Bool {
        figure.unit != "count" && (figure.countedKey == figure.unit || figure.countedKey == "percent" || figure.counted.isEmpty)
    }

    static func noun(_ figure: Figure) -> Noun {
        let words = figure.countedKey.split(separator: " ").map(String.init)
        let countries = Set(words.filter { Self.countries.contains($0) })
        let rest = words.filter { !Self.countries.contains($0) }
        let head = rest.last.map { kinds[$0] ?? $0 } ?? (countries.isEmpty ? "" : "people")
        return Noun(head: head, kinds: Set(rest.map { kinds[$0] ?? $0 }).union(head.isEmpty ? [] : [head]), countries: countries)
    }

    /// The class of quantity a figure belongs to: only figures of one class are compared.
    /// Counts compare by the kind of thing counted; money by currency; percentages,
    /// durations (by time unit) and ages among themselves.
    static func blocks(_ record: FigureRecord, noun: Noun) -> [String] {
        let figure = record.figure
        if figure.event == "age" { return ["age"] }
        if figure.event == "duration" { return ["duration " + figure.unit] }
        if figure.unit != "count" { return [figure.unit] }
        return noun.kinds.sorted().map { "count " + $0 }
    }

    /// Whether two figures may measure the same thing at all: the same class, compatible
    /// nouns and countries, compatible events, values within `maximumLinkedRatio`.
    func compatible(_ a: Int, _ b: Int) -> Bool {
        // The figures are read in place: a copy would retain each of their strings.
        records.withUnsafeBufferPointer { compatible(a, b, $0[a].figure, $0[b].figure) }
    }

    private func compatible(_ a: Int, _ b: Int, _ fa: borrowing Figure, _ fb: borrowing Figure) -> Bool {
        guard fa.unit == fb.unit, (fa.event == "age") == (fb.event == "age"), (fa.event == "duration") == (fb.event == "duration") else { return false }
        if fa.event != fb.event, fa.event != "other", fb.event != "other" { return false }
        let na = nouns[a], nb = nouns[b]
        if !na.countries.isEmpty, !nb.countries.isEmpty, na.countries.isDisjoint(with: nb.countries) { return false }
        // A percentage that rose or fell is a change; one that did not is a level (a stake, a share).
        if fa.unit == "percent", Self.changes.contains(fa.event) != Self.changes.contains(fb.event) { return false }
        if fa.unit == "count", fa.event != "age" {
            guard !na.head.isEmpty, !nb.head.isEmpty, nb.kinds.contains(na.head) || na.kinds.contains(nb.head) else { return false }
            // "people" alone says little of what is counted: the events must agree.
            if na.head == "people" || nb.head == "people", fa.event != fb.event { return false }
        }
        if casualtiesOfDifferentYears(a, b) { return false }
        // A count of a whole country (or the world) is not a region's: "nationwide, 318 people
        // have been killed" against the province's toll.
        if Self.isNationwide(fa) != Self.isNationwide(fb) { return false }
        // An age or a duration is a fixed fact of one person or thing: two different ones are
        // two facts ("left school at 14", "retired at 77"; "85 years", "up to 20 years").
        if fa.event == "age" || fa.event == "duration", !Self.agree(fa, fb) { return false }
        return FigureComparison.comparableMagnitude(fa, fb)
    }

    /// Whether two figures count the dead or the wounded of events of different years, one
    /// of them named in the text ("nearly 9,000 people were killed in the 2015 quake" against
    /// this week's toll): two events, whatever words they share; unless one refers back to
    /// the other's count.
    static func casualtiesOfDifferentYears(_ a: FigureRecord, _ b: FigureRecord) -> Bool {
        // A figure that refers back ("increased that tally to roughly 600") continues the other's
        // count, whatever year it names.
        guard ["killed", "wounded"].contains(a.figure.event), a.figure.event == b.figure.event, !a.figure.inherited, !b.figure.inherited,
              explicitYear(a) != nil || explicitYear(b) != nil, let ya = year(a), let yb = year(b) else { return false }
        return ya != yb
    }

    /// Words next to a number that make it a whole country's or the world's.
    static let nationwideWords: Set<UInt64> = Set(["nationwide", "countrywide", "nationally", "worldwide", "globally"].map(FigureExtractor.contextHash))

    /// Whether a figure's near words say it counts a whole country or the world.
    static func isNationwide(_ figure: borrowing Figure) -> Bool {
        figure.near.contains(where: nationwideWords.contains)
    }

    /// `casualtiesOfDifferentYears` of records `a` and `b`, from what `init` worked out.
    func casualtiesOfDifferentYears(_ a: Int, _ b: Int) -> Bool {
        guard casualty[a] != 0, casualty[a] == casualty[b], namesYear[a] || namesYear[b],
              let ya = years[a], let yb = years[b] else { return false }
        return ya != yb
    }

    /// The year a figure's text names for it ("in 2015", "on 3 May 2024"), if any: a time
    /// written with its year, not a span from it ("since August 2021") nor a weekday.
    static func explicitYear(_ record: FigureRecord) -> Int? {
        guard let time = record.figure.time, !time.expression.lowercased().hasPrefix("since"),
              time.expression.split(whereSeparator: { !$0.isNumber }).contains(where: { $0.utf8.count == 4 }) else { return nil }
        let resolved = time.resolved
        guard resolved.utf8.count >= 4 else { return nil }
        let digits = resolved.utf8.prefix(4)
        guard digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), resolved.utf8.count == 4 || resolved.utf8.dropFirst(4).first == UInt8(ascii: "-") else { return nil }
        return Int(String(decoding: digits, as: UTF8.self))
    }

    /// The year a figure refers to: the one its text names, else its document's.
    static func year(_ record: FigureRecord) -> Int? {
        explicitYear(record) ?? documentYear(record)
    }

    /// The year of a figure's document, if its date gives one.
    static func documentYear(_ record: FigureRecord) -> Int? {
        let date = record.date.utf8
        guard date.count >= 4, date.prefix(4).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(String(decoding: date.prefix(4), as: UTF8.self))
    }

    /// Whether a figure's value belongs to a moment its text does not date: a change ("fell 32
    /// cents", "up 5%") or a number tied to a relative time ("last month", "on Monday",
    /// "this week"), in a document whose date does not place it. Two such figures of different
    /// articles can disagree only when the articles report the same moment.
    static func isUndatedMoment(_ record: FigureRecord) -> Bool {
        guard record.referenceDay == nil else { return false }
        if changes.contains(record.figure.event) { return true }
        if let time = record.figure.time, time.resolved.isEmpty { return true }
        return false
    }

    /// Whether two figures' intervals overlap, an open one ("at least 600") only up to
    /// `openIntervalReach` above its bound.
    static func agree(_ fa: Figure, _ fb: Figure) -> Bool {
        let x = fa.point ?? (fa.high.isFinite ? fa.high : fa.low), y = fb.point ?? (fb.high.isFinite ? fb.high : fb.low)
        let openApart = (!fa.high.isFinite || !fb.high.isFinite) && x > 0 && y > 0 && max(x, y) / min(x, y) > openIntervalReach
        return fa.low <= fb.high && fb.low <= fa.high && !openApart
    }

    /// The evidence that figures `a` and `b` (of different documents) measure the same thing.
    func evidence(_ a: Int, _ b: Int) -> Evidence {
        records.withUnsafeBufferPointer { evidence(a, b, $0[a], $0[b], $0[a].figure, $0[b].figure) }
    }

    private func evidence(_ a: Int, _ b: Int, _ ra: borrowing FigureRecord, _ rb: borrowing FigureRecord,
                          _ fa: borrowing Figure, _ fb: borrowing Figure) -> Evidence {
        var e = Evidence()
        e.sentence = Self.overlap(fa.context, contextWeights[a], contextTotals[a], fb.context, contextWeights[b], contextTotals[b]).share
        e.near = Self.overlap(fa.near, nearWeights[a], nearTotals[a], fb.near, nearWeights[b], nearTotals[b]).share
        var namesKnown = false
        if let da = documentNames[ra.document], let db = documentNames[rb.document], !da.isEmpty, !db.isEmpty,
           let wa = nameWeights[ra.document] {
            namesKnown = true
            var i = 0, j = 0, shared = 0.0, count = 0
            while i < da.count, j < db.count {
                if da[i] == db[j] { shared += wa[i]; count += 1; i += 1; j += 1 } else if da[i] < db[j] { i += 1 } else { j += 1 }
            }
            e.documents = min(1, shared / min(nameTotals[ra.document] ?? 1, nameTotals[rb.document] ?? 1) / Self.sameStoryNames)
            e.sameStory = Double(count) / Double(min(da.count, db.count)) >= Self.minimumSharedNames
        } else {
            // No names known (an article without any, or records built without them): neutral.
            e.documents = 0.5
            e.sameStory = true
        }
        // Overlapping intervals agree, the more so the closer their numbers ("more than 5%" and
        // "29%" overlap, but far apart); intervals apart are a revision or another quantity.
        let x = fa.point ?? (fa.high.isFinite ? fa.high : fa.low), y = fb.point ?? (fb.high.isFinite ? fb.high : fb.low)
        // "At least 153" overlaps "nearly 9,000" only through its open end: that is no agreement.
        let overlaps = Self.agree(fa, fb)
        let closeness = x > 0 && y > 0 ? max(0, 1 - log(max(x, y) / min(x, y)) / log(FigureComparison.maximumLinkedRatio)) : 0.5
        if let pa = fa.point, let pb = fb.point, pa == pb, fa.qualifier != .vague {
            // The same number: telling when it is not a small count that anything could have.
            e.sameNumber = pa > Self.smallNumber || pa != pa.rounded() ? 1 : 0.5
        }
        if overlaps {
            e.values = 0.5 + 0.5 * closeness
        } else {
            if x > 0, y > 0 { e.ratio = max(x, y) / min(x, y) }
            e.values = Self.apartValues * closeness
            e.apartFactor = closeness.squareRoot()
            if ["killed", "wounded"].contains(fa.event), fa.event == fb.event, let da = ra.referenceDay, let db = rb.referenceDay, da != db,
               (da < db) == (x < y) {
                e.risingToll = true
                e.apartFactor = 1
            }
        }
        let na = nouns[a], nb = nouns[b]
        if fa.unit == "count" || !fa.counted.isEmpty && !fb.counted.isEmpty {
            e.noun = fa.countedKey == fb.countedKey ? 1 : (na.head == nb.head || nb.kinds.contains(na.head) || na.kinds.contains(nb.head)) ? Self.compatibleNoun : Self.unnamedNoun
        } else {
            e.noun = Self.unnamedNoun
        }
        if fa.unit == "count" { e.nounLabel = na.head == nb.head || nb.kinds.contains(na.head) ? na.head : nb.head }
        e.event = fa.event == fb.event && fa.event != "other" ? 1 : 0.5
        let ta = fa.time?.resolved ?? "", tb = fb.time?.resolved ?? ""
        if !ta.isEmpty, !tb.isEmpty, ta != tb, !(fa.low <= fb.high && fb.low <= fa.high), !e.risingToll {
            // Two different numbers that name two different times: another event ("the 2015
            // quake"), or a revision; the time evidence is nil either way.
            e.days = ra.referenceDay.flatMap { x in rb.referenceDay.map { abs(x - $0) } }
            e.time = 0
        } else if let x = ra.referenceDay, let y = rb.referenceDay {
            let days = abs(x - y)
            e.days = days
            e.time = days == 0 ? 1 : max(0, 1 - log(Double(days) + 1) / log(366))
        } else {
            e.time = 0.4
        }
        e.source = !sourceKeys[a].isEmpty && sourceKeys[a] == sourceKeys[b] ? 1 : 0
        if headlineToll[a], headlineToll[b], fa.event == fb.event, namesKnown, e.documents >= Self.sameStoryForTolls {
            // Outlets word their toll each their own way: the sentence and near words of two
            // headline tolls count as at least `headlineWords` shared.
            e.headlineTolls = true
            e.sentence = max(e.sentence, Self.headlineWords)
            e.near = max(e.near, Self.headlineWords)
        }
        return e
    }

    /// The weighted overlap of two sorted word lists (with their words' weights and sums): the
    /// weight of the shared words over the smaller list's weight, but not less than half the
    /// larger's, so that one shared word of a three-word sentence ("We could have sold a
    /// million tickets") is not full evidence; and the number of shared words.
    static func overlap(_ x: [UInt64], _ wx: [Double], _ tx: Double, _ y: [UInt64], _ wy: [Double], _ ty: Double) -> (share: Double, count: Int) {
        guard !x.isEmpty, !y.isEmpty else { return (0, 0) }
        var i = 0, j = 0, count = 0
        var shared = 0.0
        while i < x.count, j < y.count {
            if x[i] == y[j] {
                shared += wx[i]
                count += 1
                i += 1
                j += 1
            } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return (min(1, shared / max(min(tx, ty), 0.5 * max(tx, ty))), count)
    }

    /// The words two sorted lists share.
    static func shared(_ x: [UInt64], _ y: [UInt64]) -> [UInt64] {
        var i = 0, j = 0
        var out: [UInt64] = []
        while i < x.count, j < y.count {
            if x[i] == y[j] { out.append(x[i]); i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return out
    }
}
