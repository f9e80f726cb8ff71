import XCTest
@testable import Analysis

final class RecordSpillTests: XCTestCase {
    /// Records of several spills come back merged in sequence order, payloads intact, also
    /// payloads larger than one read chunk and empty ones.
    func testSpillsMergeInCorpusOrder() throws {
        let a = try RecordSpill(), b = try RecordSpill(), c = try RecordSpill()
        let big = [UInt8](repeating: 7, count: 5 << 20)
        try a.append(sequence: 0, payload: [1, 2, 3])
        try b.append(sequence: 1, payload: [])
        try a.append(sequence: 2, payload: big)
        try c.append(sequence: 3, payload: [9])
        try b.append(sequence: 4, payload: [4, 4])
        for spill in [a, b, c] { try spill.finish() }
        var seen: [(Int, Int)] = []
        try RecordSpill.forEach(in: [c, a, b]) { sequence, payload, spill in
            seen.append((sequence, payload.count))
            XCTAssertEqual(spill, [1, 2, 1, 0, 2][sequence])
            if sequence == 2 { XCTAssertTrue(payload == big) }
            if sequence == 0 { XCTAssertEqual(payload, [1, 2, 3]) }
        }
        XCTAssertEqual(seen.map(\.0), [0, 1, 2, 3, 4])
        XCTAssertEqual(seen.map(\.1), [3, 0, 5 << 20, 1, 2])
    }

    /// A document's sentence rows survive the spill: text (with non-ASCII and quotes), offsets,
    /// voice and the scores of the parts, present or not.
    func testSentenceRowsRoundTrip() {
        let whole = SentimentScores(negative: 0.1, neutral: 0.7, positive: 0.2, compound: -0.3412)
        let part = SentimentScores(negative: 0, neutral: 1, positive: 0, compound: 0)
        let rows = [
            SentenceSentiment(document: 5, sentence: 0, characterStart: 0, characterEnd: 30, text: "“Iran’s reply,” he said, \"came.\"",
                              voice: .mixed, scores: whole, quoted: part, narrated: whole),
            SentenceSentiment(document: 5, sentence: 1, characterStart: 31, characterEnd: 40, text: "", voice: .narrated,
                              scores: part, quoted: nil, narrated: part),
            SentenceSentiment(document: 5, sentence: 2, characterStart: 41, characterEnd: 50, text: "Quoted.", voice: .quoted,
                              scores: whole, quoted: whole, narrated: nil),
        ]
        var payload: [UInt8] = []
        SentenceSentiment.encode(rows, into: &payload)
        let back = SentenceSentiment.decode(payload, document: 5)
        XCTAssertEqual(back.map(\.text), rows.map(\.text))
        XCTAssertEqual(back.map(\.sentence), [0, 1, 2])
        XCTAssertEqual(back.map(\.characterEnd), [30, 40, 50])
        XCTAssertEqual(back.map(\.voice), [.mixed, .narrated, .quoted])
        XCTAssertEqual(back.map(\.scores), rows.map(\.scores))
        XCTAssertEqual(back.map(\.quoted), rows.map(\.quoted))
        XCTAssertEqual(back.map(\.narrated), rows.map(\.narrated))
        let scores = rows.map(SentenceScore.init)
        XCTAssertEqual(scores.map(\.compound), [-0.3412, 0, -0.3412])
        XCTAssertEqual(scores.map(\.quoted), [0, nil, -0.3412])
        XCTAssertEqual(scores.map(\.narrated), [-0.3412, 0, nil])
    }

    /// A document's mention rows survive the spill, with and without a titled surface.
    func testMentionRowsRoundTrip() {
        let records = [
            EntityMentionRecord(document: 3, sentence: 0, characterStart: 4, characterEnd: 18, key: 7, surface: "Qassem Soleimani",
                                titledSurface: "Gen. Qassem Soleimani"),
            EntityMentionRecord(document: 3, sentence: 2, characterStart: 90, characterEnd: 95, key: 0, surface: "Irán", titledSurface: nil),
        ]
        var payload: [UInt8] = []
        EntityMentionRecord.encode(records, into: &payload)
        let back = EntityMentionRecord.decode(payload, document: 3)
        XCTAssertEqual(back.map(\.surface), ["Qassem Soleimani", "Irán"])
        XCTAssertEqual(back.map(\.titledSurface), ["Gen. Qassem Soleimani", nil])
        XCTAssertEqual(back.map(\.key), [7, 0])
        XCTAssertEqual(back.map(\.sentence), [0, 2])
        XCTAssertEqual(back.map(\.characterStart), [4, 90])
        XCTAssertEqual(back.map(\.characterEnd), [18, 95])
        XCTAssertEqual(back.map(\.document), [3, 3])
    }
}
