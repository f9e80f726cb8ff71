import Foundation
import XCTest
import Text
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
