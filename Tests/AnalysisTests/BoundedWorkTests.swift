import XCTest
@testable import Analysis
@testable import Corpus
@testable import Text

/// Per-sentence work stays bounded on text nobody wrote as prose: a scraped table without
/// full stops, a sentence of thousands of "but"s.
final class BoundedWorkTests: XCTestCase {
    /// The original's "but" rule, written as vaderSentiment writes it (a scan per word).
    private func naiveButCheck(_ lower: [String], _ input: [Double]) -> [Double] {
        guard let bi = lower.firstIndex(of: "but") else { return input }
        var sentiments = input
        for position in sentiments.indices {
            let sentiment = sentiments[position]
            guard let si = sentiments.firstIndex(of: sentiment) else { continue }
            if si < bi { sentiments[si] = sentiment * 0.5 } else if si > bi { sentiments[si] = sentiment * 1.5 }
        }
        return sentiments
    }

    func testButRuleEqualsTheOriginalsOnRandomSentences() {
        var random = SystemRandomNumberGenerator()
        let values: [Double] = [0, 0, 0, 1.5, -1.5, 2.0, 0.75, -0.9, 3.0, 0.5]
        for _ in 0..<500 {
            let count = Int.random(in: 1...40, using: &random)
            let words = (0..<count).map { _ in Bool.random(using: &random) && Int.random(in: 0..<5, using: &random) == 0 ? "but" : "word" }
            let sentiments = (0..<count).map { _ in values.randomElement(using: &random)! }
            XCTAssertEqual(VaderScorer.butCheck(firstBut: words.firstIndex(of: "but"), sentiments), naiveButCheck(words, sentiments), "\(words) \(sentiments)")
        }
        // Values that the rule turns into each other (0.75 × 2 = 1.5, 1.5 × 0.5 = 0.75).
        let words = ["good", "great", "but", "good", "fine"]
        for sentiments in [[1.5, 0.75, 0, 1.5, 0.75], [0.75, 1.5, 0, 0.75, 1.5], [3, 1.5, 0, 0.75, 0.375]] {
            XCTAssertEqual(VaderScorer.butCheck(firstBut: words.firstIndex(of: "but"), sentiments), naiveButCheck(words, sentiments))
        }
    }

    func testASentenceOfManyButsScores() {
        // 20,000 words: quadratic work would take minutes; the scores are those of the rule.
        let text = Array(repeating: "good but bad", count: 7_000).joined(separator: " ")
        let scores = VaderScorer.bundled.score(text)
        XCTAssertTrue(scores.compound.isFinite)
        XCTAssertEqual(scores.negative + scores.neutral + scores.positive, 1, accuracy: 0.002)
    }

    private func process(_ text: String) -> TokenizedDocument {
        DocumentProcessor(removesBoilerplate: false)
            .process(Document(id: "t.txt", sequenceNumber: 0, metadata: [:], text: text, format: .plainText),
                     vocabulary: Vocabulary(stopwords: .english))
    }

    func testATableWithoutFullStopsGivesBoundedFiguresAndRows() {
        // 3,000 cells "Region 17 reported 20017 cases" joined by commas: one "sentence" of 100 KB.
        let cells = (0..<3_000).map { "Region \($0) reported \(20_000 + $0) cases" }
        let doc = process("Health ministry data, " + cells.joined(separator: ", "))
        XCTAssertGreaterThan(doc.sentencesCut, 0)
        XCTAssertTrue(doc.sentences.allSatisfy { $0.count <= SentenceSegmenter.maximumSentenceBytes })
        let figures = FigureExtractor().figures(in: doc)
        // Every count is found but where a cut falls between a number and "cases" (one per piece at most).
        let counts = figures.filter { $0.counted == "cases" }.count
        XCTAssertLessThanOrEqual(counts, 3_000)
        XCTAssertGreaterThanOrEqual(counts, 3_000 - doc.sentences.count)
        // A figure's context is drawn from a window around it, not from the whole piece.
        XCTAssertTrue(figures.allSatisfy { $0.context.count <= 2 * FigureExtractor.windowWords + 1 })
    }
}

/// The document-level resolution of names, now indexed, picks the same names as the rule
/// says: the nearest full name before (else after) with that surname, then a spelling
/// variant or a first name.
final class IndexedResolutionTests: XCTestCase {
    private func names(_ text: String) -> [(String, String)] {
        let vocabulary = Vocabulary(stopwords: .english)
        let processed = DocumentProcessor(removesBoilerplate: false)
            .process(Document(id: "t.txt", sequenceNumber: 0, metadata: [:], text: text, format: .plainText), vocabulary: vocabulary)
        return EntityRecognizer(gazetteer: .bundled).mentions(in: processed, vocabulary: vocabulary)
            .filter { $0.type == .person }.map { ($0.surface, $0.localName) }
    }

    func testNearestFullNameBeforeElseAfter() {
        let found = names("""
        Kowalczyk arrived first. Anna Kowalczyk spoke on Monday. Later Kowalczyk left. \
        Boris Kowalczyk came on Tuesday. Kowalczyk stayed. Anna thanked everyone.
        """)
        XCTAssertEqual(found.map(\.1), ["Anna Kowalczyk", "Anna Kowalczyk", "Anna Kowalczyk", "Boris Kowalczyk", "Boris Kowalczyk", "Anna Kowalczyk"])
        XCTAssertEqual(found.map(\.0), ["Kowalczyk", "Anna Kowalczyk", "Kowalczyk", "Boris Kowalczyk", "Kowalczyk", "Anna"])
    }

    func testSpellingVariantsOfSurnamesAndFullNames() {
        let found = names("Qassem Soleimani was killed. Soliemani led the force. Qasem Soleimani was buried.")
        XCTAssertEqual(found.map(\.1), ["Qassem Soleimani", "Qassem Soleimani", "Qassem Soleimani"])
    }
}
