import Foundation
import XCTest
@testable import Analysis

/// Every line of `Tests/Fixtures/reference/vader_sentences.tsv` (scored by the original
/// vaderSentiment 3.3.2) must agree to 0.001 in all four scores.
final class VaderScorerTests: XCTestCase {
    func testEveryReferenceSentence() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/reference/vader_sentences.tsv")
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n").dropFirst().filter { !$0.isEmpty }
        XCTAssertEqual(lines.count, 327)
        let scorer = VaderScorer.bundled
        var mismatches: [String] = []
        for line in lines {
            let fields = line.components(separatedBy: "\t")
            guard fields.count == 5, let neg = Double(fields[1]), let neu = Double(fields[2]), let pos = Double(fields[3]),
                  let compound = Double(fields[4]) else { XCTFail("bad line: \(line)"); continue }
            let s = scorer.score(fields[0])
            if abs(s.negative - neg) > 0.001 || abs(s.neutral - neu) > 0.001 || abs(s.positive - pos) > 0.001 || abs(s.compound - compound) > 0.001 {
                mismatches.append("\(fields[0].prefix(80)): expected \(neg) \(neu) \(pos) \(compound), got \(s.negative) \(s.neutral) \(s.positive) \(s.compound)")
            }
        }
        XCTAssertEqual(mismatches.count, 0, mismatches.prefix(15).joined(separator: "\n"))
    }

    /// Texts written to exercise the byte-level reading: white space beyond ASCII (no-break,
    /// ideographic), letters beyond ASCII in capitals and lowercase, curly and straight
    /// apostrophes, emojis next to words, idioms, "kind of", "least", "no", "never so",
    /// "without doubt", and runs of "!" and "?". Scored by the original vaderSentiment 3.3.2;
    /// the scores must be the same numbers, not merely close.
    func testByteLevelReadingEqualsTheOriginal() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/reference/vader_bytes.tsv")
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n").dropFirst().filter { !$0.isEmpty }
        XCTAssertEqual(lines.count, 25)
        for line in lines {
            let fields = line.components(separatedBy: "\t")
            guard fields.count == 5, let neg = Double(fields[1]), let neu = Double(fields[2]), let pos = Double(fields[3]),
                  let compound = Double(fields[4]) else { XCTFail("bad line: \(line)"); continue }
            let s = VaderScorer.bundled.score(fields[0])
            XCTAssertEqual([s.negative, s.neutral, s.positive, s.compound], [neg, neu, pos, compound], fields[0])
        }
    }

    func testKnownValuesAndQuirks() {
        let scorer = VaderScorer.bundled
        XCTAssertEqual(scorer.score("").compound, 0)
        // A word in curly quotes keeps its quotes and is not found, as in the original.
        XCTAssertEqual(scorer.score("“bitter”").compound, 0)
        XCTAssertLessThan(scorer.score("bitter").compound, 0)
        // Emphasis: capitals among mixed case and exclamation marks raise the magnitude.
        XCTAssertGreaterThan(scorer.score("The food is GOOD here").compound, scorer.score("The food is good here").compound)
        XCTAssertGreaterThan(scorer.score("The food is good here!").compound, scorer.score("The food is good here").compound)
        // Negation flips: "not good" is negative.
        XCTAssertLessThan(scorer.score("The food is not good").compound, 0)
    }
}
