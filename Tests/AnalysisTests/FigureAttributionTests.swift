import XCTest
import Corpus
import Text
@testable import Analysis

/// Number forms, sources, times and counted-noun keys, each against values worked out by hand.
final class FigureAttributionTests: XCTestCase {
    func figures(_ text: String, date: String? = nil) -> [Figure] {
        let document = Document(id: "t.txt", sequenceNumber: 0, metadata: [:], text: text, format: .plainText)
        let doc = DocumentProcessor().process(document, vocabulary: Vocabulary(stopwords: .english))
        return FigureExtractor().figures(in: doc, date: date.flatMap { CalendarDate(iso: $0) })
    }

    func only(_ text: String, date: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> Figure {
        let found = figures(text, date: date)
        XCTAssertEqual(found.count, 1, "\(found.map(\.surface))", file: file, line: line)
        return try XCTUnwrap(found.first, file: file, line: line)
    }

    /// A number past what a double holds, or past 10^18, is not a figure; 10^18 itself is.
    func testNumbersTooLargeToBeFiguresAreLeftOut() throws {
        let huge = String(repeating: "9", count: 1_000_000)
        XCTAssertTrue(figures("The file held \(huge) people.").isEmpty)
        XCTAssertTrue(figures("The id 12345678901234567890123 people was logged.").isEmpty)
        XCTAssertTrue(figures("They counted 2 billion billion people.").isEmpty)
        XCTAssertEqual(try only("They counted 1,000,000,000,000,000,000 people.").value, 1e18)
        XCTAssertTrue(figures("Some 1e999 people.").allSatisfy { $0.value?.isFinite ?? true })
    }

    // MARK: Calendar

    func testCalendarDates() throws {
        XCTAssertEqual(CalendarDate(iso: "1970-01-01")?.dayNumber, 0)
        XCTAssertEqual(CalendarDate(iso: "2020-01-03")?.dayNumber, 18_264)   // 50 years of 365 days + 12 leap days + 2
        XCTAssertEqual(CalendarDate(iso: "2020-01-03")?.weekday, 4, "a Friday")
        XCTAssertEqual(CalendarDate(iso: "1970-01-01")?.weekday, 3, "a Thursday")
        XCTAssertEqual(CalendarDate(iso: "1969-12-31")?.dayNumber, -1)
        XCTAssertEqual(CalendarDate(dayNumber: 18_264).description, "2020-01-03")
        XCTAssertEqual(CalendarDate(dayNumber: 11_016).description, "2000-02-29")
        XCTAssertEqual(CalendarDate(iso: "2020-01-02T23:45:00Z")?.description, "2020-01-02")
        XCTAssertEqual(CalendarDate(iso: "2020-01")?.description, "2020-01")
        XCTAssertEqual(CalendarDate(iso: "2020")?.precision, .year)
        XCTAssertNil(CalendarDate(iso: "2019-02-29"), "not a leap year")
        XCTAssertNotNil(CalendarDate(iso: "2000-02-29"), "a leap year")
        XCTAssertNil(CalendarDate(iso: "2020-13-01"))
        XCTAssertNil(CalendarDate(iso: "January 2020"))
        XCTAssertNil(CalendarDate(iso: ""))
        // Every day from 1900 to 2100 round-trips.
        for n in stride(from: -25_567, through: 47_482, by: 1) {
            let date = CalendarDate(dayNumber: n)
            XCTAssertEqual(CalendarDate(iso: date.description)?.dayNumber, n)
        }
    }

    // MARK: Numbers

    func testNumberForms() throws {
        let text = """
        The firm lost $1.13bn (£600m) and $2 billion. About 1.5 million people and between 200 and 300 protesters came; \
        200-300 more waited, and 20 to 25 officers. Twenty-five officers and a thousand soldiers were deployed. \
        Shares rose 3.5 per cent and 1.3% and 4 percent. Several hundred people and dozens of cars and a few hundred homes. \
        The 25-year-old signed a three-year deal worth €5m. Over 2,000 firms and fewer than 10 banks and up to 60 staff.
        """
        let found = figures(text)
        XCTAssertEqual(found.map(\.surface), ["$1.13bn", "£600m", "$2 billion", "About 1.5 million", "between 200 and 300", "200-300",
                                              "20 to 25", "Twenty-five", "a thousand", "3.5", "1.3%", "4", "Several hundred", "dozens",
                                              "a few hundred", "25-year-old", "three-year", "€5m", "Over 2,000", "fewer than 10", "up to 60"])
        XCTAssertEqual(found.map(\.value), [1.13e9, 6e8, 2e9, 1.5e6, nil, nil, nil, 25, 1000, 3.5, 1.3, 4, nil, nil, nil, 25, 3, 5e6,
                                            2000, 10, 60])
        XCTAssertEqual(found.map(\.unit), ["USD", "GBP", "USD", "count", "count", "count", "count", "count", "count", "percent",
                                           "percent", "percent", "count", "count", "count", "count", "year", "EUR", "count", "count", "count"])
        let between = found[4]
        XCTAssertEqual(between.qualifier, .range)
        XCTAssertEqual([between.low, between.high], [200, 300])
        XCTAssertEqual(between.point, 250)
        XCTAssertEqual([found[6].low, found[6].high], [20, 25])
        XCTAssertEqual([found[12].low, found[12].high], [300, 900], "several hundred")
        XCTAssertEqual(found[12].point, nil, "a vague amount has no single value")
        XCTAssertEqual(found[18].qualifier, .moreThan)
        XCTAssertEqual(found[18].high, .infinity)
        XCTAssertEqual([found[19].low, found[19].high], [0, 10])
        XCTAssertEqual(found[7].counted, "officers")
        XCTAssertEqual(found[15].event, "age")
    }

    func testNotFigures() {
        let text = """
        The 82nd Airborne Division cited Article 51 on Jan. 3 at 11:45 p.m. and on 15 March 2004, in 2019 and the 1990s. \
        She won 6-4 6-3 with the first serve. One of them left, and no one stayed. He met them at 9pm on March 3.
        """
        XCTAssertEqual(figures(text).map(\.surface), [])
    }

    func testAgesPricesMultipliersAndThePronounOne() throws {
        let found = figures("""
        She died aged 94 in Bath, and he at the age of 73. The award was one from his friend. \
        Oil rose to $47 a barrel, and the loss of $793m a year ago. It is 20 times faster.
        """)
        XCTAssertEqual(found.map(\.surface), ["94", "73", "$47", "$793m", "20"])
        XCTAssertEqual(found.map(\.event), ["age", "age", "rose", "other", "multiplier"])
        XCTAssertEqual(found[2].counted, "per barrel (Oil)")
        XCTAssertEqual(found[2].countedKey, "usd per barrel oil")
        XCTAssertEqual(found[3].counted, "", "\"a year ago\" is no price")
    }

    func testApproximateToleranceAndOpenIntervals() throws {
        let about = try only("About 200 people came.")
        XCTAssertEqual(about.low, 180, accuracy: 1e-9)
        XCTAssertEqual(about.high, 220, accuracy: 1e-9)
        let atMost = try only("As many as 40 people came.")
        XCTAssertEqual([atMost.low, atMost.high], [0, 40])
        XCTAssertEqual(atMost.qualifier, .atMost)
    }

    // MARK: Sources

    func testSources() throws {
        XCTAssertEqual(try only("In 2015, U.S. officials said some 2,000 fighters were there.").source, "U.S. officials")
        XCTAssertEqual(try only("In 2015, the Pentagon officially blamed Iran for the deaths of about 200 U.S. troops.").source, "the Pentagon")
        XCTAssertEqual(try only("At least 40 people died, according to the Ministry of Health.").source, "the Ministry of Health")
        XCTAssertEqual(try only("At least 40 people died, officials said.").source, "officials")
        XCTAssertEqual(try only("At least 40 people died, said the Red Cross.").source, "the Red Cross")
        XCTAssertEqual(try only("He said 40 people died.").source, "", "a pronoun is not a source")
        XCTAssertEqual(try only("He told Reuters that 40 people died.").source, "", "the one told is not the source")
        XCTAssertEqual(try only("At least 40 people died.").source, "")
    }

    func testAGenericSourceThatRefersBackTakesTheEarlierOne() {
        let found = figures("In 2015, the Pentagon blamed Iran for the deaths of about 200 U.S. troops. This year, the department increased that tally to roughly 600.",
                            date: "2020-01-02")
        XCTAssertEqual(found.map(\.source), ["the Pentagon", "the Pentagon"])
        XCTAssertEqual(found.map(\.sourceKey), ["pentagon", "pentagon"])
        XCTAssertEqual(found.map { $0.time?.resolved }, ["2015", "2020"])
        XCTAssertEqual(found.map(\.countedKey), ["us troops", "us troops"])
    }

    // MARK: Times

    func time(_ text: String, date: String?) throws -> FigureTime? {
        try only(text, date: date).time
    }

    func testTimesResolveAgainstTheDocumentDate() throws {
        // 2020-01-03 is a Friday.
        let date = "2020-01-03"
        XCTAssertEqual(try time("In 2015, 200 troops died.", date: date)?.resolved, "2015")
        XCTAssertEqual(try time("Since 2003, 600 troops died.", date: date)?.resolved, "since 2003")
        XCTAssertEqual(try time("Militias killed 600 troops following the 2003 U.S. invasion.", date: date)?.expression,
                       "following the 2003 U.S. invasion")
        XCTAssertEqual(try time("By 2015, 600 troops had died.", date: date)?.resolved, "until 2015")
        XCTAssertEqual(try time("This year, 600 troops died.", date: date)?.resolved, "2020")
        XCTAssertEqual(try time("Last year, 600 troops died.", date: date)?.resolved, "2019")
        XCTAssertEqual(try time("Last month, 600 troops died.", date: date)?.resolved, "2019-12")
        XCTAssertEqual(try time("This month, 600 troops died.", date: date)?.resolved, "2020-01")
        XCTAssertEqual(try time("Last week, 600 troops arrived.", date: date)?.resolved, "2019-12-23/2019-12-29")
        XCTAssertEqual(try time("This week, 600 troops arrived.", date: date)?.resolved, "2019-12-30/2020-01-05")
        XCTAssertEqual(try time("Over the past week, 750 troops arrived.", date: date)?.resolved, "2019-12-28/2020-01-03")
        XCTAssertEqual(try time("On Tuesday, 750 troops arrived.", date: date)?.resolved, "2019-12-31")
        XCTAssertEqual(try time("On Friday, 750 troops arrived.", date: date)?.resolved, "2020-01-03")
        XCTAssertEqual(try time("Yesterday 750 troops arrived.", date: date)?.resolved, "2020-01-02")
        XCTAssertEqual(try time("In January 2020, 750 troops arrived.", date: date)?.resolved, "2020-01")
        XCTAssertEqual(try time("On 15 March 2004, 750 troops arrived.", date: date)?.resolved, "2004-03-15")
        XCTAssertEqual(try time("On March 15, 750 troops arrived.", date: date)?.resolved, "2020-03-15")
        XCTAssertNil(try time("750 troops arrived.", date: date))
        // Without a document date a relative time is kept as written but not resolved.
        let undated = try XCTUnwrap(try time("This year, 600 troops died.", date: nil))
        XCTAssertEqual(undated.expression, "This year")
        XCTAssertEqual(undated.resolved, "")
        XCTAssertNil(undated.referenceDay)
        // A document dated to the month only resolves years and months, not weeks.
        XCTAssertEqual(try time("This year, 600 troops died.", date: "2020-01")?.resolved, "2020")
        XCTAssertEqual(try time("Last week, 600 troops arrived.", date: "2020-01")?.resolved, "")
    }

    // MARK: Counted nouns

    func testCountedKeys() {
        func key(_ counted: String, unit: String = "count") -> String { FigureNormalizer.key(counted: counted, unit: unit) }
        XCTAssertEqual(key("U.S. troops"), "us troops")
        XCTAssertEqual(key("US troops"), "us troops")
        XCTAssertEqual(key("American troops"), "us troops")
        XCTAssertEqual(key("American service members"), "us troops")
        XCTAssertEqual(key("United States soldiers"), "us troops")
        XCTAssertEqual(key("U.S. servicemembers"), "us troops")
        XCTAssertEqual(key("Marines"), "marines")
        XCTAssertEqual(key("Israelis"), "israel people")
        XCTAssertEqual(key("American deaths"), "us people")
        XCTAssertEqual(key("vehicles"), "vehicle")
        XCTAssertEqual(key("casualties"), "people")
        XCTAssertEqual(key("", unit: "percent"), "percent")
        XCTAssertEqual(key("(firm)", unit: "USD"), "usd firm")
        XCTAssertEqual(FigureNormalizer.sourceKey("the United States"), "us")
        XCTAssertEqual(FigureNormalizer.sourceKey("U.S. officials"), "us officials")
        XCTAssertEqual(FigureNormalizer.sourceKey("American officials"), "us officials")
    }
}
