import XCTest
@testable import Analysis

/// Exact and near duplicates by MinHash of word 5-shingles.
final class DuplicateDetectionTests: XCTestCase {
    func signature(_ text: String) -> [UInt32] {
        ShingleSignature.signature(text.split(separator: " ").map { ShingleSignature.termHash(String($0)) })
    }

    /// 300 distinct words, seeded so that the test is the same every time.
    func article(_ seed: Int) -> [String] {
        (0..<300).map { "w\(($0 * 7919 + seed * 104_729) % 100_003)" }
    }

    func testExactNearAndDifferentDocuments() {
        let base = article(1)
        var edited = base
        edited[150] = "changed"          // one word of 300: 5 of 296 shingles differ
        var rewritten = base
        for k in stride(from: 0, to: 300, by: 3) { rewritten[k] = "x\(k)" }   // every third word
        let signatures = [signature(base.joined(separator: " ")), signature(article(2).joined(separator: " ")),
                          signature(base.joined(separator: " ")), signature(edited.joined(separator: " ")),
                          signature(rewritten.joined(separator: " ")), [], signature("a short note")]
        XCTAssertEqual(ShingleSignature.similarity(signatures[0], signatures[2]), 1)
        XCTAssertGreaterThanOrEqual(ShingleSignature.similarity(signatures[0], signatures[3]), 0.9)
        XCTAssertLessThan(ShingleSignature.similarity(signatures[0], signatures[4]), 0.2, "no shingle survives every third word changed")
        XCTAssertLessThan(ShingleSignature.similarity(signatures[0], signatures[1]), 0.1)
        let duplicates = DuplicateFinder.duplicates(signatures)
        // The copy and the lightly edited copy point to the first document; nothing else is flagged.
        XCTAssertEqual(Set(duplicates.keys), [2, 3])
        XCTAssertEqual(duplicates[2], DuplicateMatch(original: 0, similarity: 1))
        XCTAssertEqual(duplicates[3]?.original, 0)
        // A document without tokens has no signature and is never a duplicate.
        XCTAssertTrue(signatures[5].isEmpty)
        XCTAssertEqual(signature("a short note").count, ShingleSignature.buckets, "shorter than a shingle: one shingle")
    }

    func testTheSetPointsToItsEarliestDocument() {
        let text = article(3).joined(separator: " ")
        let other = article(4).joined(separator: " ")
        let duplicates = DuplicateFinder.duplicates([signature(other), signature(text), signature(other), signature(text)])
        XCTAssertEqual(duplicates, [2: DuplicateMatch(original: 0, similarity: 1), 3: DuplicateMatch(original: 1, similarity: 1)])
    }
}
