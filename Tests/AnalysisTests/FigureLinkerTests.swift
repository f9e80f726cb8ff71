import Foundation
import XCTest
import Corpus
import Text
@testable import Analysis

/// The cross-document linker's evidence, worked out by hand, and the review file.
final class FigureLinkerTests: XCTestCase {
    func record(_ document: Int, _ text: String, date: String = "2026-05-17") -> [FigureRecord] {
        let doc = DocumentProcessor().process(Document(id: "\(document).txt", sequenceNumber: document, metadata: [:], text: text, format: .plainText),
                                              vocabulary: Vocabulary(stopwords: .english))
        return FigureExtractor().figures(in: doc, date: CalendarDate(iso: date)).map {
            FigureRecord(document: document, documentID: "\(document).txt", group: "outlet \(document)", date: date,
                         characterStart: $0.byteRange.lowerBound, characterEnd: $0.byteRange.upperBound, figure: $0)
        }
    }

    func figure(_ value: Double, low: Double, high: Double, _ qualifier: FigureQualifier, context: [UInt64]) -> Figure {
        Figure(sentence: 0, byteRange: 0..<1, surface: "\(value)", value: value, low: low, high: high, qualifier: qualifier, unit: "count",
               counted: "rockets", event: "other", source: "", time: nil, inherited: false, context: context)
    }

    func testEvidenceByHand() throws {
        let records = [
            FigureRecord(document: 0, documentID: "a", group: "A", date: "2026-05-17", characterStart: 0, characterEnd: 1,
                         figure: figure(30, low: 30, high: .infinity, .moreThan, context: [1, 2, 3])),
            FigureRecord(document: 1, documentID: "b", group: "B", date: "2026-05-18", characterStart: 0, characterEnd: 1,
                         figure: figure(35, low: 35, high: 35, .exact, context: [2, 3, 4])),
        ]
        let linker = FigureLinker(records: records, eligible: [0, 1], names: [0: [1, 2, 3, 4], 1: [3, 4, 5, 6, 7, 8]])
        let e = linker.evidence(0, 1)
        // Inverse frequencies over the two figures: a word in one, ln(3/2) + 1; in both, ln(3/3) + 1 = 1.
        let rare = log(1.5) + 1
        XCTAssertEqual(e.sentence, 2 / (rare + 2), accuracy: 1e-12)
        XCTAssertEqual(e.sentence, 0.58729, accuracy: 1e-5)
        // "More than 30" holds 35, 35/30 apart: closeness 1 − ln(35/30)/ln(100).
        let closeness = 1 - log(35.0 / 30) / log(100)
        XCTAssertEqual(e.values, 0.5 + 0.5 * closeness, accuracy: 1e-12)
        XCTAssertEqual(e.sameNumber, 0)
        XCTAssertEqual(e.noun, 1, "the same normalised noun")
        XCTAssertEqual(e.event, 0.5, "unknown events")
        // Names, weighted by inverse document frequency over the two documents (names 3 and 4
        // in both weigh 1, the others `rare`): 2 of the smaller's 2·rare + 2, over `sameStoryNames`.
        XCTAssertEqual(e.documents, 2 / (2 * rare + 2) / 0.5, accuracy: 1e-12)
        XCTAssertEqual(e.documents, 0.83144, accuracy: 1e-5)
        XCTAssertTrue(e.sameStory, "2 of 4 names shared, at least `minimumSharedNames`")
        // One day apart: 1 − ln 2 / ln 366.
        XCTAssertEqual(e.time, 1 - log(2) / log(366), accuracy: 1e-12)
        XCTAssertEqual(e.days, 1)
        let w = FigureLinker.weights
        XCTAssertEqual(e.score, w.sentence * e.sentence + w.documents * e.documents + w.values * e.values + w.noun + w.event * 0.5 + w.time * e.time,
                       accuracy: 1e-12)
        XCTAssertEqual(w.sentence + w.near + w.documents + w.values + w.sameNumber + w.noun + w.event + w.time + w.source, 1, accuracy: 1e-12)
    }

    /// The example: three outlets name one death toll in their own words.
    func testOneDeathTollInThreeOutletsWords() throws {
        let records = record(0, "In Nepal, the quake in Jajarkot killed at least 2,000 people, Nepal Police said.")
            + record(1, "In Jajarkot, the death toll rose to 2,400, Nepal Police said.", date: "2026-05-18")
            + record(2, "Nepal Police counted more than 2,100 dead in Jajarkot.", date: "2026-05-18")
        XCTAssertEqual(records.map(\.figure.event), ["killed", "killed", "killed"])
        let comparison = FigureComparison(records: records)
        XCTAssertEqual(comparison.groups.map(\.members), [[0, 1, 2]])
        XCTAssertEqual(comparison.groups[0].event, "killed")
    }

    /// Casualty counts: the dead of an event of another year are another event's; each
    /// article's largest toll is the story's, however worded; a toll larger on a later day rose.
    func testTollsOfOneStoryAndOfEarlierEvents() throws {
        let names: [Int: [UInt32]] = [0: [1, 2, 3, 4], 1: [1, 2, 3, 5], 2: [1, 2, 4, 5]]
        let day1 = record(0, "A strong earthquake kills at least 640 in western Nepal. In Dailekh district, 120 people died. "
                          + "A quake in 2015 killed nearly 9,000 people.", date: "2026-12-01")
        let day2 = record(1, "Rescuers dug on as the death toll from the powerful earthquake climbed to 1,180 in remote villages.", date: "2026-12-02")
        let day4 = record(2, "Officials put the number of dead at 2,140. The 2015 disaster killed nearly 9,000.", date: "2026-12-04")
        let records = day1 + day2 + day4
        XCTAssertEqual(records.map(\.figure.countedKey), ["people", "people", "people", "people", "dead", "people"])
        XCTAssertEqual(records.map(\.figure.event), ["killed", "killed", "killed", "killed", "killed", "killed"])
        let linker = FigureLinker(records: records, eligible: Array(records.indices), names: names)
        // The headline tolls: each article's largest count of the dead in its own year.
        XCTAssertEqual(linker.headlineToll, [true, false, false, true, true, false])
        XCTAssertTrue(FigureLinker.casualtiesOfDifferentYears(records[2], records[3]), "2015's dead against this week's")
        XCTAssertFalse(linker.compatible(2, 4))
        XCTAssertFalse(FigureLinker.casualtiesOfDifferentYears(records[2], records[5]), "both put in 2015")
        XCTAssertTrue(linker.evidence(0, 3).headlineTolls)
        XCTAssertFalse(linker.evidence(0, 3).risingToll, "at least 640 holds 1,180: no values apart")
        let rise = linker.evidence(3, 4)
        XCTAssertTrue(rise.headlineTolls)
        XCTAssertGreaterThanOrEqual(rise.sentence, FigureLinker.headlineWords)
        XCTAssertGreaterThanOrEqual(rise.near, FigureLinker.headlineWords)
        XCTAssertTrue(rise.risingToll, "1,180 on the 2nd, 2,140 on the 4th")
        XCTAssertEqual(rise.apartFactor, 1)
        XCTAssertFalse(linker.evidence(1, 4).headlineTolls, "the district's 120 is not its article's toll")
        // Without names to show one story, a toll is only a toll.
        XCTAssertFalse(FigureLinker(records: records, eligible: Array(records.indices)).evidence(3, 4).headlineTolls)
        let comparison = FigureComparison(records: records, documentNames: names)
        let grouped = comparison.groups.map { Set($0.members) }
        XCTAssertTrue(grouped.contains([0, 3, 4]), "one toll, rising: \(grouped)")
        XCTAssertTrue(grouped.contains([2, 5]), "2015's toll on its own: \(grouped)")
        XCTAssertFalse(grouped.contains { $0.contains(1) }, "the district's toll is not the story's")
        // A count that refers back continues the earlier one, whatever year it names.
        let tally = record(3, "In 2015, the Pentagon blamed Iran for the deaths of about 200 U.S. troops. This year, the department increased that tally to roughly 600.",
                           date: "2020-01-05")
        XCTAssertEqual(tally.map(\.figure.inherited), [false, true])
        XCTAssertFalse(FigureLinker.casualtiesOfDifferentYears(tally[0], tally[1]))
        XCTAssertEqual(FigureComparison(records: tally).groups.map(\.members), [[0, 1]])
    }

    /// A country's toll is not its province's: a count next to "nationwide" (or "worldwide")
    /// links only with another such count.
    func testNationwideCountsApartFromRegionalOnes() throws {
        let records = record(0, "Floods have killed at least 87 people in Sindh province since Saturday. "
                             + "Nationwide, 318 people have been killed in rain-related incidents since June.", date: "2026-08-11")
            + record(1, "Floods in Sindh province have now killed 126 people.", date: "2026-08-12")
            + record(2, "Nationwide, the monsoon has killed 402 people in rain-related incidents since June.", date: "2026-08-13")
        XCTAssertEqual(records.map(\.figure.value), [87, 318, 126, 402])
        XCTAssertEqual(records.map { FigureLinker.isNationwide($0.figure) }, [false, true, false, true])
        XCTAssertEqual(records.map(\.figure.event), ["killed", "killed", "killed", "killed"])
        XCTAssertEqual(records.map(\.figure.countedKey), ["people", "people", "people", "people"])
        let linker = FigureLinker(records: records, eligible: Array(records.indices))
        XCTAssertFalse(linker.compatible(0, 3), "the province's dead against the country's")
        XCTAssertFalse(linker.compatible(1, 2))
        XCTAssertTrue(linker.compatible(1, 3), "two counts of the whole country")
        XCTAssertTrue(linker.compatible(0, 2), "two counts of the province")
    }

    /// "Sold for $9.3bn to pay a $27.5bn tax bill" in two articles: each number pairs with its own.
    func testEachFigureLinksToItsBestMatch() {
        let records = record(0, "Rosneft paid $9.3bn for Yugansk, to pay $27.5bn in back taxes owed by Yukos.")
            + record(1, "Yugansk was sold to Rosneft for $9.3bn, to pay $27.5bn in back taxes owed by Yukos.")
        XCTAssertEqual(records.count, 4)
        let comparison = FigureComparison(records: records, minimumScore: 0.3)
        let pairs = Set(comparison.pairs.map { [records[$0.earlier].figure.value, records[$0.later].figure.value] })
        XCTAssertEqual(pairs, [[9.3e9, 9.3e9], [27.5e9, 27.5e9]])
    }

    /// Oil prices that fell, in two undated articles: the prices of two days, not a
    /// disagreement, unless the articles show that they report one moment by giving the very
    /// same number for another change. Dated the same day, they are compared.
    func testUndatedMomentsDisagreeOnlyWhenTheArticlesShareOne() {
        let a = "In London, Brent crude fell 32 cents to $49.74 a barrel.", b = "The benchmark Brent crude price in London fell 51 cents to $44.38 a barrel."
        let undated = record(0, a, date: "") + record(1, b, date: "")
        XCTAssertEqual(undated.map(\.figure.event), ["fell", "fell", "fell", "fell"])
        XCTAssertTrue(undated.allSatisfy(FigureLinker.isUndatedMoment))
        XCTAssertTrue(FigureComparison(records: undated, minimumScore: 0.3).pairs.isEmpty)

        let sameDay = record(0, a) + record(1, b)
        XCTAssertFalse(sameDay.contains(where: FigureLinker.isUndatedMoment), "the documents' date places them")
        let dated = FigureComparison(records: sameDay, minimumScore: 0.3)
        XCTAssertEqual(Set(dated.pairs.map(\.agreement)), [.conflicting])
        XCTAssertEqual(dated.pairs.count, 2)

        let shell = " Shares in Shell rose 4.5% on the news."
        let oneMoment = record(0, a + shell, date: "") + record(1, b + shell, date: "")
        let shared = FigureComparison(records: oneMoment, minimumScore: 0.3)
        XCTAssertEqual(shared.pairs.filter { $0.agreement == .conflicting }.count, 2, "the shared 4.5% shows one moment")
        XCTAssertEqual(shared.pairs.filter { $0.agreement == .consistent }.count, 1)
        // A small whole number shows nothing: "rose 3%" is common.
        let small = record(0, a + " Shares in Shell rose 3% on the news.", date: "") + record(1, b + " Shares in Shell rose 3% on the news.", date: "")
        XCTAssertTrue(FigureComparison(records: small, minimumScore: 0.3).pairs.allSatisfy { $0.agreement == .consistent })
    }

    /// Articles that share less than a fifth of their names are about different stories: their
    /// figures are never linked (1 of 6 is below, 2 of 6 above).
    func testDifferentStoriesAreNotLinked() {
        let records = record(0, "Shares in Cairn Energy fell 3% in London.") + record(1, "Shares in Qantas fell 3% in Sydney.")
        XCTAssertEqual(FigureComparison(records: records, minimumScore: 0.1).pairs.count, 1, "without names nothing is known")
        let apart = FigureComparison(records: records, minimumScore: 0.1, documentNames: [0: [1, 2, 3, 4, 5, 6], 1: [6, 7, 8, 9, 10, 11]])
        XCTAssertTrue(apart.pairs.isEmpty)
        let together = FigureComparison(records: records, minimumScore: 0.1, documentNames: [0: [1, 2, 3, 4, 5, 6], 1: [5, 6, 7, 8, 9, 10]])
        XCTAssertEqual(together.pairs.count, 1)
    }

    func testReviewJudgementsOverrideTheScores() throws {
        let records = record(0, "The quake in Jajarkot killed 150 people.") + record(1, "The quake in Jajarkot killed 150 people.")
            + record(2, "The quake in Jajarkot killed about 150 people, officials said.")
        let keys = records.map(FigureReview.key)
        XCTAssertEqual(keys[0], "0.txt@29")
        XCTAssertEqual(FigureComparison(records: records).groups.map(\.members), [[0, 1, 2]])
        // Judged different: 0 and 2 are never in one group, so 1 joins only one of them.
        let apart = FigureComparison(records: records, review: FigureReview(judgements: [.init(keys[2], keys[0]): .different]))
        XCTAssertEqual(apart.groups.map(\.members), [[0, 1]])
        XCTAssertEqual(apart.refusedLinks, 1)
        XCTAssertEqual(apart.reviewApplied, 1)
        // Judged same: linked whatever the score.
        let same = FigureComparison(records: records, minimumScore: 1,
                                    review: FigureReview(path: "r.csv", judgements: [.init(keys[0], keys[2]): .same, .init("x@1", "y@2"): .same]))
        XCTAssertEqual(same.pairs.map(\.kind), [.reviewed])
        XCTAssertEqual(same.pairs.first?.reasons, "judged same in r.csv")
        XCTAssertEqual(same.reviewUnmatched, 1)
    }

    /// The reasons name every context word of a figure: the words are read as the extractor
    /// reads them (possessives, initialisms and hyphenated words included).
    func testEveryContextWordIsNamed() throws {
        let text = "Britain\u{2019}s U.S.-led coalition, Mr Kennedy's party said, would cut the income-tax rate by 10% for 40,000 earners."
        let figures = record(0, text).map(\.figure)
        XCTAssertFalse(figures.isEmpty)
        let named = Set(FigureExtractor.contextWordNames(text).map(\.0))
        for figure in figures {
            XCTAssertFalse(figure.context.isEmpty)
            XCTAssertTrue(Set(figure.context).isSubset(of: named), figure.surface)
        }
    }

    func testReviewFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func load(_ text: String) throws -> FigureReview {
            let path = folder.appendingPathComponent("r.csv").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return try FigureReview.load(path: path)
        }
        func problem(_ text: String) -> String {
            do { _ = try load(text); return "" } catch { return (error as? FigureReview.FileError).map { "\($0.line ?? 0): \($0.problem)" } ?? "\(error)" }
        }
        // figure_comparisons.csv with a judgement column: other columns are ignored, empty judgements skipped.
        let review = try load("comparison_group,key_a,key_b,Judgement\n1,a.txt@3,b.txt@9,Same\n2,a.txt@3,c.txt@1,\n3,c.txt@1,b.txt@9,different\n")
        XCTAssertEqual(review.judgements, [.init("b.txt@9", "a.txt@3"): .same, .init("b.txt@9", "c.txt@1"): .different])
        XCTAssertTrue(problem("key_a,key_b\na@1,b@2\n").hasPrefix("1: the header needs the columns key_a, key_b and judgement"))
        XCTAssertTrue(problem("key_a,key_b,judgement\na@1,b@2,yes\n").hasPrefix("2: judgement 'yes' is neither same nor different"))
        XCTAssertTrue(problem("key_a,key_b,judgement\na,b@2,same\n").hasPrefix("2: key_a and key_b must be two figure keys"))
        XCTAssertTrue(problem("key_a,key_b,judgement\na@1,b@2,same\nb@2,a@1,different\n").hasPrefix("3: this pair is judged same on an earlier line"))
        XCTAssertTrue(problem("").hasPrefix("0: is empty"))
        XCTAssertThrowsError(try FigureReview.load(path: folder.appendingPathComponent("missing.csv").path)) { error in
            XCTAssertTrue((error as? FigureReview.FileError)?.problem.contains("check the path given to --figure-review") == true)
        }
    }
}
