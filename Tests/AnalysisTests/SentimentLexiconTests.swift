import Foundation
import XCTest
import Text
import Corpus
import Statistics
@testable import Analysis

final class SentimentLexiconTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func tokens(_ text: String) -> [String] { Tokenizer().tokens(of: text) }

    func testAFINNScoresAKnownSentence() throws {
        let lexicon = try SentimentLexicon.load(path: try write("afinn.txt", "good\t3\nbad\t-3\ncan't stand\t-3\n"))
        XCTAssertEqual(lexicon.format, .afinn)
        // it was good not bad i can't stand it: good +3, bad −3, "can't stand" −3.
        let tally = lexicon.tally(tokens("It was good, not bad; I can’t stand it."))
        XCTAssertEqual(tally.tokens, 9)
        XCTAssertEqual(tally.matches, 3)
        XCTAssertEqual(tally.sum, -3)
        XCTAssertEqual(tally.positive, 1)
        XCTAssertEqual(tally.negative, 2)
    }

    func testDicCategoriesAndWildcards() throws {
        let lexicon = try SentimentLexicon.load(path: try write("mini.dic", "%\n1\tposemo\n2\tnegemo\n%\nhappy\t1\nsad*\t2\nlove\t1\t2\n"))
        XCTAssertEqual(lexicon.format, .dic)
        XCTAssertEqual(lexicon.categories, [1: "posemo", 2: "negemo"])
        // happy → posemo; love → posemo and negemo; sadness, sadly → negemo by the wildcard.
        let tally = lexicon.tally(tokens("Happy people love sadness and sadly."))
        XCTAssertEqual(tally.matches, 4)
        XCTAssertEqual(tally.categories, [1: 2, 2: 3])
    }

    func testCSVAndVADERFormats() throws {
        let csv = try SentimentLexicon.load(path: try write("mine.csv", "term,score\nexcellent,2.5\nawful,-2\n"))
        XCTAssertEqual(csv.tally(tokens("An excellent, awful, excellent day")).sum, 3.0)
        let vader = try SentimentLexicon.load(path: try write("vader.txt", "good\t1.9\t0.9\t[2, 2]\n"))
        XCTAssertEqual(vader.format, .vader)
        XCTAssertEqual(vader.scores["good"], 1.9)
    }

    func testMalformedFilesNameTheLine() throws {
        func message(_ name: String, _ text: String) throws -> String {
            let path = try write(name, text)
            do {
                _ = try SentimentLexicon.load(path: path)
                return "no error"
            } catch {
                return "\(error)".replacingOccurrences(of: folder.path + "/", with: "")
            }
        }
        XCTAssertEqual(try message("a.txt", "good\t3\nbad\tvery\n"), "a.txt:2: 'very' is not a number; give each entry a numeric score")
        XCTAssertEqual(try message("b.txt", "good\t2.5\n"), "b.txt:1: '2.5' is not an integer; AFINN scores are integers from -5 to 5")
        XCTAssertEqual(try message("c.dic", "%\n1\tposemo\n%\nhappy\t3\n"), "c.dic:4: category 3 is not in the category table")
        XCTAssertEqual(try message("d.csv", "term,score\ngood,3,extra\n"), "d.csv:2: 3 columns where CSV lines have 2; check the separator (comma)")
        XCTAssertEqual(try message("e.dic", "happy\t1\n"), "e.dic:1: a .dic dictionary starts with a line holding only %")
    }
}

/// LIWC-22's .dicx and quanteda's YAML dictionaries, read as the .dic format is.
extension SentimentLexiconTests {
    func testDicxCategoriesAndWildcards() throws {
        let lexicon = try SentimentLexicon.load(path: try write("liwc22.dicx", "\u{FEFF}DicTerm,posemo,negemo,power\ngood,X,,\nkill*,,X,X\n\"prime minister\",,,X\n"))
        XCTAssertEqual(lexicon.format, .dicx)
        XCTAssertEqual(lexicon.name, "liwc22")
        XCTAssertEqual(lexicon.measureNames, ["posemo", "negemo", "power"])
        // good → posemo; killed, killings → negemo and power; the prime minister → power.
        let tally = lexicon.tally(tokens("Good news: the Prime Minister killed the killings."))
        XCTAssertEqual(tally.tokens, 8)
        XCTAssertEqual((0..<3).map { lexicon.count(tally, measure: $0) }, [1, 2, 3])
        XCTAssertNil(lexicon.scoreSum(tally, measure: 0))
    }

    func testQuantedaYAMLWithNestedCategories() throws {
        let yaml = "emotion:\n  positive: [good, \"happ*\"]\n  negative:\n    - bad\nmilitary: troops\n"
        let lexicon = try SentimentLexicon.load(path: try write("mine.yml", yaml))
        XCTAssertEqual(lexicon.format, .yaml)
        XCTAssertEqual(lexicon.measureNames, ["emotion.negative", "emotion.positive", "military"])
        let tally = lexicon.tally(tokens("Good troops were happy, bad troops happier."))
        XCTAssertEqual((0..<3).map { lexicon.count(tally, measure: $0) }, [1, 3, 2])
        // Words YAML would read as booleans, nulls or numbers stay words.
        let negation = try SentimentLexicon.load(path: try write("negation.yaml", "negation: [no, not, never, off, null, 1.5]\n"))
        XCTAssertEqual(negation.count(negation.tally(tokens("No, not never: off the null list, 1.5 times.")), measure: 0), 6)
    }

    func testScoreLexiconsHaveAllPositiveAndNegative() throws {
        let lexicon = try SentimentLexicon.load(path: try write("afinn.txt", "good\t3\nbad\t-2\ngreat\t2\n"))
        XCTAssertEqual(lexicon.measureNames, ["all", "positive", "negative"])
        let tally = lexicon.tally(tokens("Good and great, then bad."))
        XCTAssertEqual((0..<3).map { lexicon.count(tally, measure: $0) }, [3, 2, 1])
        XCTAssertEqual((0..<3).map { lexicon.scoreSum(tally, measure: $0) }, [3, 5, -2])
    }

    func testBadDictionariesNameTheFixes() throws {
        func message(_ name: String, _ text: String) -> String {
            do {
                _ = try SentimentLexicon.load(path: try write(name, text))
                return ""
            } catch {
                return "\(error)"
            }
        }
        XCTAssertTrue(message("a.dicx", "term,posemo\ngood,X\n").contains("a.dicx:1: a .dicx dictionary starts with a header DicTerm"))
        XCTAssertTrue(message("b.dicx", "DicTerm,posemo\ngood,\n").contains("b.dicx:2: 'good' is in no category"))
        XCTAssertTrue(message("c.yml", "- good\n- bad\n").contains("a YAML dictionary is a mapping of categories"))
        XCTAssertTrue(message("d.yaml", "pos: [\"*good\"]\n").contains("only a * at the end of a word"))
        XCTAssertTrue(message("e.yml", "pos: [good\n").contains("not a YAML dictionary"))
    }
}

/// Category percentages per document and group, and the groups compared, against values
/// worked out by hand.
final class DictionarySummaryTests: XCTestCase {
    /// A corpus of `words`-word documents, `groups` giving each outlet's documents by how many
    /// of their words are "alpha" (the rest "beta"), analysed with a dictionary whose one
    /// category, alpha, holds that word.
    static func alphaCorpus(_ groups: [(name: String, alphas: [Int])], words: Int) throws -> CorpusAnalysis {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dictsummary-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("C"), withIntermediateDirectories: true)
        var metadata = "file,outlet\n"
        for (group, counts) in groups {
            for (i, count) in counts.enumerated() {
                let text = Array(repeating: "alpha", count: count) + Array(repeating: "beta", count: words - count)
                try (text.joined(separator: " ") + ".").write(to: folder.appendingPathComponent("C/\(group)_\(i).txt"), atomically: true, encoding: .utf8)
                metadata += "\(group)_\(i).txt,\(group)\n"
            }
        }
        try metadata.write(to: folder.appendingPathComponent("C/metadata.csv"), atomically: true, encoding: .utf8)
        let dic = folder.appendingPathComponent("greek.dic")
        try "%\n1\talpha\n%\nalpha\t1\n".write(to: dic, atomically: true, encoding: .utf8)
        var options = AnalysisOptions()
        options.lexicons = [try SentimentLexicon.load(path: dic.path)]
        options.stopwords = .none
        return try CorpusAnalyzer(options: options).run(reader: CorpusReader(path: folder.appendingPathComponent("C").path))
    }

    func testPercentagesAndTheWelchTestByHand() throws {
        // Group A: alpha in 1, 2, 1, 0, 2 of 4 words; group B: in 0, 1, 0, 0, 1 of 4 words.
        let analysis = try Self.alphaCorpus([("A", [1, 2, 1, 0, 2]), ("B", [0, 1, 0, 0, 1])], words: 4)
        let summary = try DictionarySummary(analysis: analysis, bootstrap: try Bootstrap(resamples: 200, seed: 1), corpusLabel: "(all)")
        let byGroup = Dictionary(uniqueKeysWithValues: summary.groups.map { ($0.group, $0) })
        // Pooled: A 6 of 20 words = 30 %, B 2 of 20 = 10 %, the corpus 8 of 40 = 20 %.
        XCTAssertEqual(byGroup["A"]?.percent ?? 0, 30, accuracy: 1e-12)
        XCTAssertEqual(byGroup["B"]?.percent ?? 0, 10, accuracy: 1e-12)
        XCTAssertEqual(byGroup["(all)"]?.percent ?? 0, 20, accuracy: 1e-12)
        XCTAssertEqual(byGroup["(all)"]?.count, 8)
        let interval = try XCTUnwrap(byGroup["A"]?.interval)
        XCTAssertLessThan(interval.low, 30)
        XCTAssertGreaterThan(interval.high, 30)
        // Document percentages: A 25, 50, 25, 0, 50 (mean 30, variance 437.5); B 0, 25, 0, 0,
        // 25 (mean 10, variance 187.5). Welch: t = 20 / sqrt(437.5/5 + 187.5/5) = 20 / sqrt(125),
        // df = 125² / ((87.5² + 37.5²) / 4) = 15625 / 2265.625.
        let comparison = try XCTUnwrap(summary.comparisons.first)
        XCTAssertEqual(summary.comparisons.count, 1)
        XCTAssertEqual(comparison.meanA ?? 0, 30, accuracy: 1e-12)
        XCTAssertEqual(comparison.meanB ?? 0, 10, accuracy: 1e-12)
        XCTAssertEqual(comparison.welch?.statistic ?? 0, 20 / 125.0.squareRoot(), accuracy: 1e-9)
        XCTAssertEqual(comparison.welch?.degreesOfFreedom ?? 0, 15625 / 2265.625, accuracy: 1e-9)
        // Cohen's d: 20 / sqrt((437.5 + 187.5) / 2).
        XCTAssertEqual(comparison.cohensD ?? 0, 20 / 312.5.squareRoot(), accuracy: 1e-9)
        XCTAssertEqual(comparison.q ?? 0, comparison.welch?.p ?? 1, accuracy: 1e-15)
        var rows: [DictionarySummary.DocumentRow] = []
        DictionarySummary.documentRows(analysis) { rows.append($0) }
        XCTAssertEqual(rows.compactMap(\.percent), [25, 50, 25, 0, 50, 0, 25, 0, 0, 25])
    }
}

/// More than 20 groups: each group against the rest, from the samples' moments, as Welch's
/// test on the documents' percentages themselves gives it.
final class DictionaryManyGroupsTests: XCTestCase {
    func testEachGroupAgainstTheRest() throws {
        let groups = (0..<22).map { g in (name: "G\(String(format: "%02d", g))", alphas: (0..<5).map { i in (g * 7 + i * 3) % 5 }) }
        let percents = groups.map { $0.alphas.map { Double($0) * 20 } }
        let analysis = try DictionarySummaryTests.alphaCorpus(groups, words: 5)
        let summary = try DictionarySummary(analysis: analysis, bootstrap: try Bootstrap(resamples: 50, seed: 1), corpusLabel: "(all)")
        XCTAssertEqual(summary.comparisons.count, 22)
        for (g, comparison) in summary.comparisons.enumerated() {
            XCTAssertEqual(comparison.a, "G\(String(format: "%02d", g))")
            XCTAssertEqual(comparison.b, "(rest)")
            let rest = percents.enumerated().filter { $0.offset != g }.flatMap(\.element)
            let expected = try MeanComparison.welchT(percents[g], rest)
            XCTAssertEqual(comparison.documentsB, 105)
            XCTAssertEqual(comparison.welch?.statistic ?? 0, expected.statistic, accuracy: 1e-9)
            XCTAssertEqual(comparison.welch?.degreesOfFreedom ?? 0, expected.degreesOfFreedom ?? 0, accuracy: 1e-6)
        }
    }
}
