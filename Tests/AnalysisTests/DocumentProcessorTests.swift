import XCTest
import Corpus
import Text
@testable import Analysis

final class DocumentProcessorTests: XCTestCase {
    func testTokensSentencesAndOffsets() {
        let document = Document(id: "a.txt", sequenceNumber: 0, metadata: ["outlet": "X"],
                                text: "Iran’s leader spoke. The U.S. listened.\n\nRelated: A link\n\nIran's reply came.", format: .plainText)
        let vocabulary = Vocabulary(stopwords: .english)
        let doc = DocumentProcessor().process(document, vocabulary: vocabulary)
        XCTAssertEqual(doc.text, "Iran’s leader spoke. The U.S. listened.\n\nIran's reply came.")
        XCTAssertEqual(doc.paragraphs.count, 2)
        XCTAssertEqual(doc.sentences.count, 3)
        XCTAssertEqual(doc.sentenceTokenStart, [0, 3, 6, 9])
        XCTAssertEqual(doc.tokenIDs.map { vocabulary.terms[Int($0)] },
                       ["iran", "leader", "spoke", "the", "u.s.", "listened", "iran", "reply", "came"])
        // Both spellings of Iran's map to one id.
        XCTAssertEqual(doc.tokenIDs[0], doc.tokenIDs[6])
        let utf8 = Array(doc.text.utf8)
        let surface = zip(doc.tokenStarts, doc.tokenEnds).map { String(decoding: utf8[Int($0)..<Int($1)], as: UTF8.self) }
        XCTAssertEqual(surface, ["Iran", "leader", "spoke", "The", "U.S.", "listened", "Iran", "reply", "came"])
        XCTAssertEqual(doc.cleaning[.relatedLinks], "Related: A link".count)
        XCTAssertTrue(vocabulary.isStopword[Int(doc.tokenIDs[3])])
    }

    func testKeepBoilerplateKeepsEverything() {
        let document = Document(id: "a.txt", sequenceNumber: 0, metadata: [:], text: "Body.\n\nRelated: A link", format: .plainText)
        let doc = DocumentProcessor(removesBoilerplate: false).process(document, vocabulary: Vocabulary(stopwords: .none))
        XCTAssertEqual(doc.text, "Body.\n\nRelated: A link")
        XCTAssertEqual(doc.cleaning.total, 0)
        XCTAssertEqual(doc.tokenIDs.count, 4)
    }

    func testStopwordListLoadingAndNormalisation() throws {
        XCTAssertTrue(StopwordList.english.contains("the"))
        XCTAssertTrue(StopwordList.english.contains("didn't"))
        XCTAssertFalse(StopwordList.english.contains("said"))
        XCTAssertFalse(StopwordList.english.contains("iran"))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stop-\(UUID().uuidString).txt")
        try "# my list\r\nSaid\r\n\r\nDidn’t\r\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let list = try StopwordList.load(path: url.path)
        XCTAssertEqual(list.words, ["said", "didn't"])
        XCTAssertThrowsError(try StopwordList.load(path: "/nonexistent/stop.txt")) { error in
            XCTAssertEqual("\(error)", "/nonexistent/stop.txt: does not exist; check the path given to --stopwords")
        }
    }
}

final class VocabularyTests: XCTestCase {
    func testStemsShareAnIdAndStopwordsStayApart() {
        let vocabulary = Vocabulary(stopwords: StopwordList(["does"]), stemmer: SnowballStemmer())
        let attacks = vocabulary.id(for: "attacks")
        XCTAssertEqual(vocabulary.id(for: "attacked"), attacks)
        XCTAssertEqual(vocabulary.id(for: "attack"), attacks)
        XCTAssertEqual(vocabulary.terms[Int(attacks)], "attack")
        // "does" is a stopword and keeps its form; "doe" (the animal) stems to "doe".
        let does = vocabulary.id(for: "does")
        let doe = vocabulary.id(for: "doe")
        XCTAssertNotEqual(does, doe)
        XCTAssertTrue(vocabulary.isStopword[Int(does)])
        XCTAssertFalse(vocabulary.isStopword[Int(doe)])
        XCTAssertEqual(vocabulary.terms[Int(does)], "does")
        XCTAssertEqual(vocabulary.count, 3)
    }
}
