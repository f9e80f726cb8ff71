import XCTest
@testable import Text

final class ByteInternerTests: XCTestCase {
    func testIdsFollowFirstInsertionAndSurviveGrowth() {
        var interner = ByteInterner(minimumCapacity: 1)
        // Prefixes, the empty key, bytes beyond ASCII and keys longer than eight bytes.
        let keys = ["", "a", "ab", "abc", "abcdefgh", "abcdefghi", "Zürich", "zürich", "東京"]
            + (0..<5_000).map { "word\($0)" }
        for (i, key) in keys.enumerated() {
            let (id, inserted) = interner.insert(key)
            XCTAssertEqual(id, Int32(i), key)
            XCTAssertTrue(inserted, key)
        }
        XCTAssertEqual(interner.count, keys.count)
        for (i, key) in keys.enumerated() {
            XCTAssertEqual(interner.id(of: key), Int32(i), key)
            XCTAssertEqual(interner.insert(key).id, Int32(i))
            XCTAssertFalse(interner.insert(key).inserted)
            XCTAssertEqual(interner.string(Int32(i)), key)
        }
        XCTAssertEqual(interner.count, keys.count)
        for absent in ["abcd", "abcdefg", "word5000", "Zurich", "b"] {
            XCTAssertNil(interner.id(of: absent), absent)
        }
    }

    func testVocabularyMapsEveryFormOfAStemToOneIDWithoutRevisitingStrings() {
        let vocabulary = Vocabulary(stopwords: .english, stemmer: SnowballStemmer())
        let attacks = vocabulary.id(for: "attacks"), attacked = vocabulary.id(for: "attacked")
        XCTAssertEqual(attacks, attacked)
        XCTAssertEqual(vocabulary.terms[Int(attacks)], "attack")
        XCTAssertEqual(vocabulary.existingID(for: "attacks"), attacks)
        XCTAssertNil(vocabulary.existingID(for: "attacking"))
        // A stopword keeps its own form and an id apart from the stems.
        let the = vocabulary.id(for: "the")
        XCTAssertTrue(vocabulary.isStopword[Int(the)])
        XCTAssertEqual(vocabulary.count, 2)
    }

    func testStopwordBytesAgreeWithTheSet() {
        let list = StopwordList.english
        for word in ["the", "don't", "of", "iran", "The", "don’t", "", "thee", "t"] {
            var copy = word
            let byBytes = copy.withUTF8 { list.contains(bytes: $0) }
            XCTAssertEqual(byBytes, list.contains(word), word)
        }
    }
}
