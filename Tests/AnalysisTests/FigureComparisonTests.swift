import XCTest
import Corpus
import Text
@testable import Analysis

/// Grouping, pair measures and agreement of figures, on records built by hand.
final class FigureComparisonTests: XCTestCase {
    func figure(_ value: Double?, low: Double, high: Double, _ qualifier: FigureQualifier, counted: String = "U.S. troops",
                event: String = "killed", source: String = "", time: FigureTime? = nil, unit: String = "count",
                context: [UInt64] = [1, 2, 3], inherited: Bool = false) -> Figure {
        Figure(sentence: 0, byteRange: 0..<1, surface: value.map { "\($0)" } ?? "\(low)-\(high)", value: value, low: low, high: high, qualifier: qualifier, unit: unit,
               counted: counted, event: event, source: source, time: time, inherited: inherited, context: context)
    }

    /// A record; a figure with the default context gets one word of its own document too, so
    /// that figures of different documents are not copies of one sentence.
    func record(_ document: Int, _ group: String, _ figure: Figure, date: String = "2020-01-03") -> FigureRecord {
        var figure = figure
        if figure.context == [1, 2, 3] { figure.context.append(UInt64(100 + document)) }
        return FigureRecord(document: document, documentID: "\(document).txt", group: group, date: date, characterStart: 0,
                            characterEnd: 1, figure: figure)
    }

    static let y2015 = FigureTime(expression: "In 2015", resolved: "2015", referenceDay: CalendarDate(year: 2015).dayNumber)
    static let y2020 = FigureTime(expression: "This year", resolved: "2020", referenceDay: CalendarDate(year: 2020).dayNumber)
    static let since2003 = FigureTime(expression: "following the 2003 U.S. invasion", resolved: "since 2003",
                                      referenceDay: CalendarDate(year: 2020, month: 1, day: 3).dayNumber)

    func testTheSeedCorpusTroopDeaths() throws {
        // Listed in corpus order with the Post first, so the pair order must come from the times.
        let records = [
            record(2, "The Washington Post", figure(600, low: 600, high: .infinity, .atLeast, counted: "American troops", source: "U.S. officials", time: Self.since2003)),
            // "This year, the department increased that tally to roughly 600": it refers back.
            record(1, "Defense One", figure(600, low: 540, high: 660, .approx, source: "the Pentagon", time: Self.y2020, inherited: true), date: "2020-01-02"),
            record(1, "Defense One", figure(200, low: 180, high: 220, .approx, source: "the Pentagon", time: Self.y2015), date: "2020-01-02"),
            record(3, "RFE/RL", figure(5000, low: 4500, high: 5500, .approx, event: "stationed")),
        ]
        let comparison = FigureComparison(records: records)
        XCTAssertEqual(comparison.groups.count, 1, "the stationed troops have no partner")
        let group = comparison.groups[0]
        XCTAssertEqual(group.countedKey, "us troops")
        XCTAssertEqual(group.members, [0, 1, 2])
        XCTAssertEqual(group.documents, 2)
        XCTAssertEqual(group.groups, 2)
        let stats = try XCTUnwrap(group.statistics)
        XCTAssertEqual([stats.minimum, stats.median, stats.maximum], [200, 600, 600])
        // mean 466.67, sample sd = sqrt(((133.33)² · 2 + (266.67)²) / 2) = 230.94, CV = 0.4949.
        let mean = 1400.0 / 3
        let sd = (((600 - mean) * (600 - mean) * 2 + (200 - mean) * (200 - mean)) / 2).squareRoot()
        XCTAssertEqual(try XCTUnwrap(group.coefficientOfVariation), sd / mean, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(group.coefficientOfVariation), 0.4949, accuracy: 1e-4)

        // 200 (2015) and at least 600 (since 2003) name two times and are 3 times apart: they
        // meet in the group through the revision, but are not linked directly.
        XCTAssertEqual(comparison.pairs.count, 2)
        func pair(_ a: Int, _ b: Int) throws -> FigurePair {
            try XCTUnwrap(comparison.pairs.first { $0.earlier == a && $0.later == b }, "\(a) → \(b)")
        }
        // Without "that tally" the two would be the dead of two years, never one quantity.
        var unreferred = records
        unreferred[1] = record(1, "Defense One", figure(600, low: 540, high: 660, .approx, source: "the Pentagon", time: Self.y2020), date: "2020-01-02")
        XCTAssertFalse(FigureComparison(records: unreferred).groups.contains { Set($0.members).isSuperset(of: [1, 2]) })
        let revision = try pair(2, 1)
        XCTAssertEqual(revision.agreement, .revised)
        XCTAssertEqual(try XCTUnwrap(revision.ratio), 3.0, accuracy: 1e-12)
        XCTAssertEqual(revision.difference, 400)
        XCTAssertEqual(try XCTUnwrap(revision.change), 200, accuracy: 1e-9)
        let agreement = try pair(1, 0)
        XCTAssertEqual(agreement.agreement, .consistent, "at least 600 overlaps roughly 600")
        XCTAssertEqual(agreement.ratio, 1)
        XCTAssertEqual(revision.kind, .sameDocument)
        XCTAssertEqual(agreement.kind, .scored)
        XCTAssertTrue(agreement.reasons.contains("same noun us troops; event killed"), agreement.reasons)
    }

    func testConflictingAndConsistent() {
        let records = [
            record(0, "A", figure(100, low: 100, high: 100, .exact, counted: "people", event: "wounded")),
            record(1, "B", figure(150, low: 150, high: 150, .exact, counted: "persons", event: "wounded")),
            record(2, "C", figure(150, low: 135, high: 165, .approx, counted: "people", event: "wounded")),
        ]
        let comparison = FigureComparison(records: records, minimumScore: 0.3)
        XCTAssertEqual(comparison.groups.count, 1)
        let byPair = Dictionary(uniqueKeysWithValues: comparison.pairs.map { ("\($0.earlier)-\($0.later)", $0) })
        // 1 and 2 agree best; 0 links to each as its best match in their documents.
        XCTAssertEqual(byPair["1-2"]?.agreement, .consistent)
        XCTAssertEqual(byPair["0-1"]?.agreement, .conflicting)
        XCTAssertEqual(byPair["0-1"]?.ratio, 1.5)
        XCTAssertEqual(comparison.groups[0].statistics?.count, 3)
    }

    /// A copy of an earlier document (a syndicated story) is listed but not compared: it
    /// would pair the story with itself.
    func testCopiesOfEarlierDocumentsAreNotCompared() {
        let records = [
            record(0, "A", figure(100, low: 100, high: 100, .exact, counted: "people", event: "wounded")),
            record(1, "B", figure(150, low: 150, high: 150, .exact, counted: "persons", event: "wounded")),
            record(2, "C", figure(100, low: 100, high: 100, .exact, counted: "people", event: "wounded")),
        ]
        XCTAssertEqual(FigureComparison(records: records, minimumScore: 0.3).pairs.count, 3)
        let comparison = FigureComparison(records: records, repeats: [2], minimumScore: 0.3)
        XCTAssertEqual(comparison.records.count, 3, "every figure is still listed")
        XCTAssertEqual(comparison.pairs.map { [$0.earlier, $0.later].sorted() }, [[0, 1]])
        XCTAssertEqual(comparison.groups.first?.members, [0, 1])
    }

    func testSameSourceOverTimeIsARevision() {
        let may = FigureTime(expression: "on May 3", resolved: "2020-05-03", referenceDay: CalendarDate(year: 2020, month: 5, day: 3).dayNumber)
        let records = [
            record(0, "A", figure(40, low: 40, high: 40, .exact, counted: "people", source: "the health ministry", time: may)),
            record(1, "B", figure(52, low: 52, high: 52, .exact, counted: "people", source: "The Health Ministry"), date: "2020-05-06"),
        ]
        let pairs = FigureComparison(records: records, minimumScore: 0.3).pairs
        XCTAssertEqual(pairs.count, 1)
        XCTAssertEqual(pairs[0].agreement, .revised)
        XCTAssertEqual(pairs[0].earlier, 0)
        XCTAssertEqual(pairs[0].ratio, 1.3)
    }

    func testDurationsAgesAndBareCounts() {
        let records = [
            record(0, "A", figure(34, low: 34, high: 34, .exact, counted: "day", event: "duration", unit: "day")),
            record(1, "B", figure(34, low: 34, high: 34, .exact, counted: "day", event: "duration", unit: "day")),
            record(2, "A", figure(25, low: 25, high: 25, .exact, counted: "years old", event: "age")),
            record(3, "B", figure(34, low: 34, high: 34, .exact, counted: "years", event: "duration", unit: "year")),
            record(4, "A", figure(3, low: 3, high: 3, .exact, counted: "", event: "other")),
            record(5, "B", figure(3, low: 3, high: 3, .exact, counted: "", event: "other")),
        ]
        let comparison = FigureComparison(records: records)
        // Durations compare with durations of the same unit only; a number that counts nothing named never.
        XCTAssertEqual(comparison.pairs.map { [$0.earlier, $0.later] }, [[0, 1]])
        XCTAssertFalse(records[4].isComparable)
    }

    func testFiguresOfTheSameNounInUnrelatedSentencesAreNotCompared() {
        // Two words shared link two figures; one word does not; links chain.
        let records = [
            record(0, "A", figure(2, low: 2, high: 2, .exact, counted: "people", context: [10, 11, 12])),
            record(1, "B", figure(300, low: 300, high: 300, .exact, counted: "people", context: [12, 20, 21])),
            record(2, "C", figure(4, low: 4, high: 4, .exact, counted: "people", context: [10, 11, 30])),
            record(3, "D", figure(5, low: 5, high: 5, .exact, counted: "people", context: [30, 11, 40])),
            record(4, "E", figure(350, low: 350, high: 350, .exact, counted: "people", context: [20, 21])),
        ]
        let comparison = FigureComparison(records: records, minimumScore: 0.3)
        // 300 and 350 share both words of the shorter sentence; 2, 4 and 5 people share two of
        // three, with small numbers apart, which falls short.
        XCTAssertEqual(comparison.groups.map(\.members), [[1, 4]])
        XCTAssertEqual(comparison.pairs.map { [$0.earlier, $0.later] }, [[1, 4]])
        XCTAssertFalse(comparison.pairs.contains { Set([$0.earlier, $0.later]) == [0, 1] }, "2 and 300 people share one word only")
        // The seed sentences: the Post's shares "blamed" and "Iraq" with Defense One's.
        let extractor = FigureExtractor()
        func context(_ text: String) -> [UInt64] {
            let document = Document(id: "t", sequenceNumber: 0, metadata: [:], text: text, format: .plainText)
            return extractor.figures(in: DocumentProcessor().process(document, vocabulary: Vocabulary(stopwords: .english)))[0].context
        }
        let defenseOne = context("In 2015, the Pentagon officially blamed Iran for the deaths of about 200 U.S. troops killed by improvised explosive devices during the Iraq War.")
        let post = context("In Iraq, U.S. officials blamed Iranian-backed militias for killing at least 600 American troops following the 2003 U.S. invasion.")
        XCTAssertEqual(Set(defenseOne).intersection(post).count, 2)
        XCTAssertFalse(defenseOne.contains(FigureExtractor.contextHash("troops")), "the counted noun is not context")
    }

    func testMagnitudesSentencesAndUnitsThatAreNotLinked() throws {
        let records = [
            // $47 a barrel and $30,000 a barrel: more than 100 times apart.
            record(0, "A", figure(47, low: 47, high: 47, .exact, counted: "per barrel", unit: "USD")),
            record(1, "B", figure(30_000, low: 30_000, high: 30_000, .exact, counted: "per barrel", unit: "USD")),
            // Two figures of one sentence with no time between them.
            record(2, "A", figure(8, low: 8, high: 8, .exact, counted: "pence", event: "rose")),
            record(2, "A", figure(605, low: 605, high: 605, .exact, counted: "pence", event: "rose")),
            // The same two figures in copies of one sentence (two other documents).
            record(7, "B", figure(8, low: 8, high: 8, .exact, counted: "pence", event: "rose", context: [4, 5, 6])),
            record(8, "C", figure(605, low: 605, high: 605, .exact, counted: "pence", event: "rose", context: [4, 5, 6])),
            // Money against a percentage, killed against wounded, Iraqi against U.S. troops.
            record(3, "A", figure(5, low: 5, high: 5, .exact, counted: "", unit: "USD")),
            record(4, "B", figure(5, low: 5, high: 5, .exact, counted: "", unit: "percent")),
            record(5, "A", figure(10, low: 10, high: 10, .exact, counted: "people", event: "killed", context: [1, 2, 7])),
            record(6, "B", figure(10, low: 10, high: 10, .exact, counted: "people", event: "wounded", context: [1, 2, 7])),
            record(9, "A", figure(40, low: 40, high: 40, .exact, counted: "Iraqi troops", event: "killed", context: [1, 2, 8])),
            record(10, "B", figure(40, low: 40, high: 40, .exact, counted: "U.S. troops", event: "killed", context: [1, 2, 8])),
        ]
        let comparison = FigureComparison(records: records)
        let linked = Set(comparison.pairs.map { [min($0.earlier, $0.later), max($0.earlier, $0.later)] })
        for pair in [[0, 1], [2, 3], [4, 5], [6, 7], [8, 9], [10, 11]] { XCTAssertFalse(linked.contains(pair), "\(pair)") }
        XCTAssertTrue(records[6].isComparable, "money may be compared without a noun of its own")
    }

    func testLargeGroupsGetASummaryButNoPairs() {
        let records = (0..<6).map { record($0, "G\($0 % 2)", figure(10, low: 10, high: 10, .exact, counted: "people")) }
        let comparison = FigureComparison(records: records, maximumGroupSizeForPairs: 5, minimumScore: 0.3)
        XCTAssertEqual(comparison.groups.count, 1)
        XCTAssertFalse(comparison.groups[0].pairsListed)
        XCTAssertTrue(comparison.pairs.isEmpty)
        XCTAssertEqual(FigureComparison(records: records, maximumGroupSizeForPairs: 6, minimumScore: 0.3).pairs.count, 15)
    }
}
