import XCTest
@testable import Corpus

final class TextFileDecoderTests: XCTestCase {
    private func decode(_ bytes: [UInt8]) throws -> String {
        try TextFileDecoder.decode(bytes)
    }

    private func failure(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> TextFileDecoder.Failure? {
        do {
            let text = try TextFileDecoder.decode(bytes)
            XCTFail("expected a failure, decoded \(text.debugDescription)", file: file, line: line)
            return nil
        } catch let failure as TextFileDecoder.Failure {
            return failure
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
            return nil
        }
    }

    private func firstInvalid(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidByte(in: $0) }
    }

    // MARK: - Decoding

    func testPlainASCIIIsReturnedUnchanged() throws {
        XCTAssertEqual(try decode(Array("Hello, world.\nSecond line.".utf8)), "Hello, world.\nSecond line.")
    }

    func testEmptyInputIsTheEmptyString() throws {
        XCTAssertEqual(try decode([]), "")
    }

    func testMultibyteUTF8IsDecoded() throws {
        // é (C3 A9), € (E2 82 AC), 😀 (F0 9F 98 80)
        let bytes: [UInt8] = [0x63, 0x61, 0x66, 0xC3, 0xA9, 0x20, 0xE2, 0x82, 0xAC, 0x20, 0xF0, 0x9F, 0x98, 0x80]
        XCTAssertEqual(try decode(bytes), "café € 😀")
    }

    func testByteOrderMarkIsStripped() throws {
        XCTAssertEqual(try decode([0xEF, 0xBB, 0xBF] + Array("Title\nBody".utf8)), "Title\nBody")
        // Only the BOM: nothing is left.
        XCTAssertEqual(try decode([0xEF, 0xBB, 0xBF]), "")
    }

    func testByteOrderMarkIsOnlyStrippedAtTheStart() throws {
        // U+FEFF in the middle of the text is a character and stays.
        let text = try decode(Array("a".utf8) + [0xEF, 0xBB, 0xBF] + Array("b".utf8))
        XCTAssertEqual(Array(text.unicodeScalars.map(\.value)), [0x61, 0xFEFF, 0x62])
    }

    func testCRLFBecomesLF() throws {
        XCTAssertEqual(try decode(Array("one\r\ntwo\r\nthree\r\n".utf8)), "one\ntwo\nthree\n")
    }

    func testLoneCRBecomesLF() throws {
        XCTAssertEqual(try decode(Array("one\rtwo\rthree".utf8)), "one\ntwo\nthree")
    }

    func testMixedLineEnds() throws {
        // CR CR LF is a lone CR and then a CRLF: two line ends.
        XCTAssertEqual(try decode(Array("a\r\nb\rc\nd\r\r\ne\r".utf8)), "a\nb\nc\nd\n\ne\n")
    }

    func testBOMAndCRLFTogether() throws {
        XCTAssertEqual(try decode([0xEF, 0xBB, 0xBF] + Array("x\r\ny".utf8)), "x\ny")
    }

    // MARK: - Binary data

    func testNULByteIsBinaryWithItsOffset() {
        XCTAssertEqual(failure(Array("abc".utf8) + [0x00] + Array("def".utf8)), .binary(offset: 3))
        XCTAssertEqual(failure([0x00]), .binary(offset: 0))
    }

    func testTheFirstNULIsReported() {
        XCTAssertEqual(failure([0x41, 0x42, 0x00, 0x43, 0x00]), .binary(offset: 2))
    }

    func testNULWinsOverInvalidUTF8() {
        // 0xFF at offset 0 is invalid UTF-8, but the NUL probe runs first.
        XCTAssertEqual(failure([0xFF, 0x41, 0x00]), .binary(offset: 2))
    }

    func testNULAtTheLastProbedByteIsBinary() {
        var bytes = [UInt8](repeating: 0x61, count: TextFileDecoder.binaryProbeLength)
        bytes[TextFileDecoder.binaryProbeLength - 1] = 0
        XCTAssertEqual(failure(bytes), .binary(offset: 8191))
    }

    func testNULAfterTheProbeIsNotBinary() throws {
        XCTAssertEqual(TextFileDecoder.binaryProbeLength, 8192)
        var bytes = [UInt8](repeating: 0x61, count: 8192)
        bytes.append(0)
        bytes.append(0x62)
        let text = try decode(bytes)
        XCTAssertEqual(text.utf8.count, 8194)
        XCTAssertEqual(Array(text.utf8.suffix(2)), [0x00, 0x62])
    }

    func testBinaryDetailNamesTheOffset() {
        XCTAssertEqual(TextFileDecoder.Failure.binary(offset: 17).detail,
                       "binary data (a NUL byte at offset 17); not text, save it as text or remove it")
    }

    // MARK: - Invalid UTF-8

    func testInvalidByteGivesOffsetLineAndColumn() {
        // "ab\ncd\xFFef": the bad byte is at offset 5, on line 2, column 3.
        let bytes: [UInt8] = Array("ab\ncd".utf8) + [0xFF] + Array("ef".utf8)
        XCTAssertEqual(failure(bytes), .invalidUTF8(offset: 5, line: 2, column: 3))
    }

    func testInvalidByteOnTheFirstLine() {
        XCTAssertEqual(failure([0x80]), .invalidUTF8(offset: 0, line: 1, column: 1))
        XCTAssertEqual(failure(Array("hello ".utf8) + [0xFE]), .invalidUTF8(offset: 6, line: 1, column: 7))
    }

    func testInvalidByteRightAfterANewline() {
        // "a\n\n\xC3(" : C3 starts a 2-byte sequence but '(' does not continue it; offset 3, line 3, column 1.
        XCTAssertEqual(failure([0x61, 0x0A, 0x0A, 0xC3, 0x28]), .invalidUTF8(offset: 3, line: 3, column: 1))
    }

    func testColumnsCountBytesNotCharacters() {
        // "é\nxé\xFF": é is two bytes, so the bad byte is at column 4 of line 2 (offset 6).
        let bytes: [UInt8] = [0xC3, 0xA9, 0x0A, 0x78, 0xC3, 0xA9, 0xFF]
        XCTAssertEqual(failure(bytes), .invalidUTF8(offset: 6, line: 2, column: 4))
    }

    func testLineCountingUsesLFOnly() {
        // CRLF lines: the CR is a byte of the line before the LF.
        let bytes: [UInt8] = Array("a\r\nbc".utf8) + [0xC0, 0x80]
        XCTAssertEqual(failure(bytes), .invalidUTF8(offset: 5, line: 2, column: 3))
    }

    func testByteOrderMarkCountsInTheOffset() {
        // The offset is into the file as stored, BOM included.
        XCTAssertEqual(failure([0xEF, 0xBB, 0xBF, 0x61, 0xFF]), .invalidUTF8(offset: 4, line: 1, column: 5))
    }

    func testLatin1FileIsRejected() {
        // "caf\xE9 au lait" in Latin-1: E9 would start a 3-byte sequence but ' ' does not continue it.
        let bytes: [UInt8] = Array("caf".utf8) + [0xE9] + Array(" au lait".utf8)
        XCTAssertEqual(failure(bytes), .invalidUTF8(offset: 3, line: 1, column: 4))
    }

    func testInvalidUTF8DetailNamesThePosition() {
        XCTAssertEqual(TextFileDecoder.Failure.invalidUTF8(offset: 5, line: 2, column: 3).detail,
                       "not valid UTF-8 (first bad byte at offset 5, line 2, column 3); re-save it as UTF-8")
    }

    // MARK: - normaliseLineEnds

    func testNormaliseLineEnds() {
        XCTAssertEqual(TextFileDecoder.normaliseLineEnds("a\r\nb\rc\nd"), "a\nb\nc\nd")
        XCTAssertEqual(TextFileDecoder.normaliseLineEnds("no line ends"), "no line ends")
        XCTAssertEqual(TextFileDecoder.normaliseLineEnds("\r\r\n"), "\n\n")
    }

    // MARK: - UTF8Validation

    func testValidSequencesOfEveryLength() {
        XCTAssertNil(firstInvalid([]))
        XCTAssertNil(firstInvalid(Array("plain ASCII".utf8)))
        XCTAssertNil(firstInvalid([0xC2, 0x80]))              // U+0080, smallest 2-byte
        XCTAssertNil(firstInvalid([0xDF, 0xBF]))              // U+07FF
        XCTAssertNil(firstInvalid([0xE0, 0xA0, 0x80]))        // U+0800, smallest 3-byte
        XCTAssertNil(firstInvalid([0xED, 0x9F, 0xBF]))        // U+D7FF, just below the surrogates
        XCTAssertNil(firstInvalid([0xEE, 0x80, 0x80]))        // U+E000, just above them
        XCTAssertNil(firstInvalid([0xEF, 0xBF, 0xBF]))        // U+FFFF
        XCTAssertNil(firstInvalid([0xF0, 0x90, 0x80, 0x80]))  // U+10000, smallest 4-byte
        XCTAssertNil(firstInvalid([0xF4, 0x8F, 0xBF, 0xBF]))  // U+10FFFF, the largest
        XCTAssertTrue(UTF8Validation.isValid(Array("Ünïcödé – “quotes” 😀".utf8)))
    }

    func testOverlongEncodingsAreRejected() {
        XCTAssertEqual(firstInvalid([0xC0, 0x80]), 0)              // overlong NUL
        XCTAssertEqual(firstInvalid([0xC1, 0xBF]), 0)              // overlong U+007F
        XCTAssertEqual(firstInvalid([0x61, 0xE0, 0x80, 0xAF]), 1)  // overlong '/' in 3 bytes
        XCTAssertEqual(firstInvalid([0xE0, 0x9F, 0xBF]), 0)        // overlong U+07FF
        XCTAssertEqual(firstInvalid([0xF0, 0x8F, 0xBF, 0xBF]), 0)  // overlong U+FFFF
        XCTAssertFalse(UTF8Validation.isValid([0xC0, 0x80]))
    }

    func testSurrogatesAreRejected() {
        XCTAssertEqual(firstInvalid([0xED, 0xA0, 0x80]), 0)        // U+D800
        XCTAssertEqual(firstInvalid([0x41, 0xED, 0xBF, 0xBF]), 1)  // U+DFFF
        XCTAssertFalse(UTF8Validation.isValid([0xED, 0xA0, 0x80]))
    }

    func testCodePointsAboveTheMaximumAreRejected() {
        XCTAssertEqual(firstInvalid([0xF4, 0x90, 0x80, 0x80]), 0)  // U+110000
        XCTAssertEqual(firstInvalid([0xF5, 0x80, 0x80, 0x80]), 0)
        XCTAssertEqual(firstInvalid([0xFF]), 0)
        XCTAssertEqual(firstInvalid([0xFE]), 0)
    }

    func testTruncatedSequencesAtTheEndAreRejected() {
        XCTAssertEqual(firstInvalid(Array("ab".utf8) + [0xC3]), 2)
        XCTAssertEqual(firstInvalid(Array("ab".utf8) + [0xE2, 0x82]), 2)
        XCTAssertEqual(firstInvalid(Array("ab".utf8) + [0xF0, 0x9F, 0x98]), 2)
        XCTAssertEqual(firstInvalid([0xE2]), 0)
    }

    func testTruncatedSequenceFollowedByASCIIIsRejected() {
        XCTAssertEqual(firstInvalid([0xE2, 0x82, 0x41]), 0)
        XCTAssertEqual(firstInvalid([0xF0, 0x9F, 0x98, 0x41]), 0)
    }

    func testStrayContinuationByteIsRejected() {
        XCTAssertEqual(firstInvalid([0x61, 0x80, 0x62]), 1)
        XCTAssertEqual(firstInvalid([0xC3, 0xA9, 0xA9]), 2)  // é then an extra continuation byte
    }

    func testOffsetOfTheFirstBadSequenceAfterValidMultibyteText() {
        // "€€" then an overlong C0 80: the bad sequence starts at offset 6.
        XCTAssertEqual(firstInvalid([0xE2, 0x82, 0xAC, 0xE2, 0x82, 0xAC, 0xC0, 0x80]), 6)
    }

    func testDecoderRejectsWhatTheValidatorRejects() {
        XCTAssertEqual(failure(Array("x\n".utf8) + [0xED, 0xA0, 0x80]), .invalidUTF8(offset: 2, line: 2, column: 1))
        XCTAssertEqual(failure(Array("xy".utf8) + [0xF0, 0x9F]), .invalidUTF8(offset: 2, line: 1, column: 3))
    }

    func testATieBetweenUTF8AndBadBytesStaysUTF8() {
        // One valid "é" and one stray byte: read as UTF-8 with U+FFFD, not as Windows-1252.
        let (text, encoding) = TextFileDecoder.decodeNotUTF8(Array("Caf\u{E9} ".utf8) + [0xFF])
        XCTAssertEqual(text, "Caf\u{E9} \u{FFFD}")
        XCTAssertEqual(encoding, .utf8WithReplacements)
        XCTAssertEqual(TextFileDecoder.decodeNotUTF8([0x43, 0x61, 0x66, 0xE9]).1, .windows1252)
    }
}
