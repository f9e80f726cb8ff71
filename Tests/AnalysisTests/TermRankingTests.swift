import XCTest
@testable import Analysis

/// Ranking by count, then term: the packed-prefix sort must give `String`'s order exactly.
final class TermRankingTests: XCTestCase {
    private func naive(_ rows: [RankedTerm]) -> [RankedTerm] {
        rows.sorted { $0.count != $1.count ? $0.count > $1.count : $0.term < $1.term }
    }

    func testPackedPrefixesOrderAsStringsDo() {
        // Shared prefixes of 8 and 16 bytes and more, prefixes of each other, punctuation,
        // letters beyond ASCII, and one word written composed and decomposed.
        let terms = ["prime minister tony", "prime minister gordon", "prime minister", "prime", "prim",
                     "abcdefghijklmnopq", "abcdefghijklmnopr", "abcdefghijklmnop", "abcdefgh", "abcdefg",
                     "a-b", "a b", "ab", "a'b", "zürich", "zurich", "zzz", "café", "cafe\u{301}s", "cafes",
                     "éclair", "eclair", "東京", "u.s.", "u.s. army", "10", "9", "2,000"]
        var random = SplitMix(seed: 7)
        for _ in 0..<50 {
            let rows = terms.map { RankedTerm(term: $0, count: Int(random.next() % 3) + 1, documents: 1, per10k: 0) }.shuffled(using: &random)
            XCTAssertEqual(TermFrequencyTable.Group.sorted(rows).map(\.term), naive(rows).map(\.term))
        }
    }

    func testRankedKeepsTheTopByCountThenTerm() {
        var group = TermFrequencyTable.Group()
        group.tokens = 100
        for (term, count) in [("war", 5), ("peace", 5), ("army", 2), ("ally", 2), ("zeal", 9)] {
            group.entries[term] = .init(count: count, documents: 1)
        }
        XCTAssertEqual(group.ranked().map(\.term), ["zeal", "peace", "war", "ally", "army"])
        XCTAssertEqual(group.ranked(minCount: 3, limit: 2).map(\.term), ["zeal", "peace"])
        XCTAssertEqual(group.ranked()[0].per10k, 900)
    }
}

/// A small seeded generator, so the shuffles are the same on every run.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
