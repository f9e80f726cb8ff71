import Foundation
import XCTest
@testable import Text

/// The Snowball English (Porter2) stemmer against the Snowball project's English test
/// vocabulary (`Tests/Fixtures/reference/snowball_english.tsv`, `word<TAB>stem`, BSD-3-Clause,
/// see `snowball_english.COPYING`), plus hand-worked and robustness cases.
final class SnowballStemmerTests: XCTestCase {
    let stemmer = SnowballStemmer()

    static func referencePairs() throws -> [(word: String, stem: String)] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/reference/snowball_english.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        var pairs: [(word: String, stem: String)] = []
        pairs.reserveCapacity(43_000)
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else {
                XCTFail("malformed fixture line: \(line)")
                continue
            }
            pairs.append((String(fields[0]), String(fields[1])))
        }
        return pairs
    }

    func testEveryReferenceWordGivesTheReferenceStem() throws {
        let pairs = try Self.referencePairs()
        XCTAssertEqual(pairs.count, 42_649, "the fixture should hold the whole vocabulary")
        var mismatches: [String] = []
        for (word, expected) in pairs {
            let got = stemmer.stem(word)
            if got != expected { mismatches.append("\(word): got \(got), expected \(expected)") }
        }
        let matched = pairs.count - mismatches.count
        if !mismatches.isEmpty {
            XCTFail("""
                \(mismatches.count) of \(pairs.count) words stem differently from the reference \
                (\(matched) match); first \(min(20, mismatches.count)):
                \(mismatches.prefix(20).joined(separator: "\n"))
                """)
        }
    }

    func testHandWorkedExamples() {
        let cases: [(String, String)] = [
            ("consistency", "consist"),
            ("generously", "generous"),      // R1 after the gener- prefix
            ("generate", "generat"),
            ("running", "run"),              // undoubling after -ing
            ("hoping", "hope"),              // short word gets its e back
            ("luxuriating", "luxuri"),       // -at + e, then -ate removed in R2
            ("adding", "add"),               // a double after exactly a is kept
            ("skies", "sky"),                // exceptional forms
            ("sky", "sky"),
            ("news", "news"),
            ("howe", "howe"),
            ("dying", "die"),
            ("herrings", "herring"),
            ("proceed", "proceed"),
            ("exceeded", "exceed"),
            ("agreed", "agre"),
            ("cries", "cri"),
            ("ties", "tie"),
            ("gas", "gas"),
            ("gaps", "gap"),
            ("iran's", "iran"),              // step 0 removes 's
            ("soldiers'", "soldier"),        // step 0 removes '
            ("'tis", "tis"),                 // leading apostrophe removed
            ("youth", "youth"),              // initial y is a consonant
            ("sayings", "say"),              // y after a vowel is a consonant
            ("militias", "militia"),
            ("attacks", "attack"),
            ("international", "internat"),
            ("geologist", "geolog"),
            ("as", "as"),                    // two letters: unchanged
        ]
        for (word, expected) in cases {
            XCTAssertEqual(stemmer.stem(word), expected, word)
        }
    }

    func testTokensWithOtherCharactersAreStemmedWithoutFailing() {
        XCTAssertEqual(stemmer.stem(""), "")
        XCTAssertEqual(stemmer.stem("'"), "'")
        XCTAssertEqual(stemmer.stem("u.s."), "u.s.")
        XCTAssertEqual(stemmer.stem("al-muhandis"), "al-muhandi")
        XCTAssertEqual(stemmer.stem("iran-backed"), "iran-back")
        XCTAssertEqual(stemmer.stem("québec"), "québec")
        XCTAssertEqual(stemmer.stem("protégés"), "protégé")
        XCTAssertEqual(stemmer.stem("1,200"), "1,200")
        XCTAssertEqual(stemmer.stem("34-day"), "34-day")
        XCTAssertEqual(stemmer.stem("76%"), "76%")
        XCTAssertEqual(stemmer.stem("didn't"), "didn't")
        // Odd shapes that exercise the bounds of every step.
        for word in ["'s", "''s", "'s'", "'''", "y", "yy", "yyy", "'y", "ies", "ied", "s's",
                     "ing", "eed", "ly", "li", "e", "ll", "é", "éé", "ééé", "x-ray", "—",
                     "🙂🙂🙂", "e\u{301}s"] {
            _ = stemmer.stem(word)
        }
    }
}
