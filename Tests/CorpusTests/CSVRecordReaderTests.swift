import XCTest
@testable import Corpus

final class CSVRecordReaderTests: TemporaryDirectoryTestCase {
    private struct Record: Equatable, CustomStringConvertible {
        let line: Int
        let fields: [String]
        var description: String { "\(line): \(fields)" }
    }

    /// Every record of a file holding `bytes`.
    private func records(_ bytes: [UInt8]) throws -> [Record] {
        var reader = try CSVRecordReader(path: try write("file-\(UUID().uuidString).csv", bytes: bytes))
        var out: [Record] = []
        while let next = try reader.next() {
            out.append(Record(line: next.line, fields: next.fields))
        }
        return out
    }

    private func records(_ text: String) throws -> [Record] {
        try records(Array(text.utf8))
    }

    /// The records read before the file turns out malformed, and the `Malformed` error.
    private func malformed(_ text: String, file: StaticString = #filePath, line: UInt = #line)
        throws -> (before: [Record], error: CSVRecordReader.Malformed?) {
        try malformed(bytes: Array(text.utf8), file: file, line: line)
    }

    private func malformed(bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line)
        throws -> (before: [Record], error: CSVRecordReader.Malformed?) {
        var reader = try CSVRecordReader(path: try write("bad-\(UUID().uuidString).csv", bytes: bytes))
        var before: [Record] = []
        do {
            while let next = try reader.next() {
                before.append(Record(line: next.line, fields: next.fields))
            }
            XCTFail("expected CSVRecordReader.Malformed; read \(before)", file: file, line: line)
            return (before, nil)
        } catch let error as CSVRecordReader.Malformed {
            return (before, error)
        }
    }

    // MARK: - Well-formed files

    func testSimpleRecordsWithLineNumbers() throws {
        XCTAssertEqual(try records("file,outlet\na.txt,Times\nb.txt,Post\n"), [
            Record(line: 1, fields: ["file", "outlet"]),
            Record(line: 2, fields: ["a.txt", "Times"]),
            Record(line: 3, fields: ["b.txt", "Post"]),
        ])
    }

    func testLastRecordWithoutALineEnd() throws {
        XCTAssertEqual(try records("a,b\n1,2"), [
            Record(line: 1, fields: ["a", "b"]),
            Record(line: 2, fields: ["1", "2"]),
        ])
    }

    func testEmptyFileHasNoRecords() throws {
        XCTAssertEqual(try records(""), [])
        XCTAssertEqual(try records("\n\n\r\n"), [])
    }

    func testEmptyFieldsAreKept() throws {
        XCTAssertEqual(try records("a,,c\n,,\n,x\n"), [
            Record(line: 1, fields: ["a", "", "c"]),
            Record(line: 2, fields: ["", "", ""]),
            Record(line: 3, fields: ["", "x"]),
        ])
        // A trailing comma at the end of the file is one more empty field.
        XCTAssertEqual(try records("a,"), [Record(line: 1, fields: ["a", ""])])
    }

    func testSpacesAreKeptInUnquotedFields() throws {
        XCTAssertEqual(try records(" a , b \n"), [Record(line: 1, fields: [" a ", " b "])])
    }

    func testQuotedFieldWithCommas() throws {
        XCTAssertEqual(try records("title,n\n\"Iran, Iraq, and the U.S.\",3\n"), [
            Record(line: 1, fields: ["title", "n"]),
            Record(line: 2, fields: ["Iran, Iraq, and the U.S.", "3"]),
        ])
    }

    func testDoubledQuotesInAQuotedField() throws {
        XCTAssertEqual(try records("\"He said \"\"no\"\"\",x\n\"\"\"\"\n\"\"\n"), [
            Record(line: 1, fields: ["He said \"no\"", "x"]),
            Record(line: 2, fields: ["\""]),
            Record(line: 3, fields: [""]),
        ])
    }

    func testEmbeddedNewlinesAndTheNextRecordsLine() throws {
        let text = "id,text\n1,\"first line\nsecond line\nthird line\"\n2,plain\n3,\"x\n\ny\"\n4,z\n"
        XCTAssertEqual(try records(text), [
            Record(line: 1, fields: ["id", "text"]),
            Record(line: 2, fields: ["1", "first line\nsecond line\nthird line"]),
            Record(line: 5, fields: ["2", "plain"]),
            Record(line: 6, fields: ["3", "x\n\ny"]),
            Record(line: 9, fields: ["4", "z"]),
        ])
    }

    func testCRLFRecords() throws {
        XCTAssertEqual(try records("a,b\r\n1,2\r\n3,\"x\r\ny\"\r\n5,6\r\n"), [
            Record(line: 1, fields: ["a", "b"]),
            Record(line: 2, fields: ["1", "2"]),
            // Line ends inside a quoted field are kept as they are.
            Record(line: 3, fields: ["3", "x\r\ny"]),
            Record(line: 5, fields: ["5", "6"]),
        ])
    }

    func testCRLFWithoutAFinalLineEnd() throws {
        XCTAssertEqual(try records("a\r\nb"), [
            Record(line: 1, fields: ["a"]),
            Record(line: 2, fields: ["b"]),
        ])
    }

    func testLoneCREndsARecord() throws {
        XCTAssertEqual(try records("a,b\r1,2\r"), [
            Record(line: 1, fields: ["a", "b"]),
            Record(line: 2, fields: ["1", "2"]),
        ])
    }

    func testBlankLinesBetweenLoneCRRecordsAreCounted() throws {
        // A lone CR ends a record and counts as a line end (line += 1), so a blank line made of
        // a lone CR must count too: "a" is on line 1, the blank line is line 2, "b" is on line 3.
        // Fails today: the blank-line loop only counts LF, so "b" is reported on line 2.
        XCTAssertEqual(try records("a\r\rb\r"), [
            Record(line: 1, fields: ["a"]),
            Record(line: 3, fields: ["b"]),
        ])
    }

    func testByteOrderMarkIsSkipped() throws {
        XCTAssertEqual(try records([0xEF, 0xBB, 0xBF] + Array("file,outlet\na.txt,X\n".utf8)), [
            Record(line: 1, fields: ["file", "outlet"]),
            Record(line: 2, fields: ["a.txt", "X"]),
        ])
        XCTAssertEqual(try records([0xEF, 0xBB, 0xBF]), [])
    }

    func testQuotedFirstFieldAfterByteOrderMark() throws {
        XCTAssertEqual(try records([0xEF, 0xBB, 0xBF] + Array("\"file\",x\n".utf8)),
                       [Record(line: 1, fields: ["file", "x"])])
    }

    func testBlankLinesAreSkippedButCounted() throws {
        XCTAssertEqual(try records("\n\na,b\n\n\n1,2\n\n"), [
            Record(line: 3, fields: ["a", "b"]),
            Record(line: 6, fields: ["1", "2"]),
        ])
        XCTAssertEqual(try records("a\r\n\r\n\r\nb\r\n"), [
            Record(line: 1, fields: ["a"]),
            Record(line: 4, fields: ["b"]),
        ])
    }

    func testUTF8FieldsAreDecoded() throws {
        XCTAssertEqual(try records("outlet,title\nLe Monde,\"Café, crème\"\n"), [
            Record(line: 1, fields: ["outlet", "title"]),
            Record(line: 2, fields: ["Le Monde", "Café, crème"]),
        ])
    }

    func testLongFieldsAcrossManyLines() throws {
        let body = (1...500).map { "line \($0), with a comma" }.joined(separator: "\n")
        let text = "text,n\n\"\(body)\",1\nnext,2\n"
        let result = try records(text)
        XCTAssertEqual(result.count, 3)
        XCTAssertEqual(result[1], Record(line: 2, fields: [body, "1"]))
        XCTAssertEqual(result[2], Record(line: 502, fields: ["next", "2"]))
    }

    // MARK: - Malformed files

    func testUnterminatedQuoteNamesTheLineWhereTheRecordStarted() throws {
        let result = try malformed("a,b\n1,2\n3,\"never\nclosed\nat all\n")
        XCTAssertEqual(result.before, [
            Record(line: 1, fields: ["a", "b"]),
            Record(line: 2, fields: ["1", "2"]),
        ])
        XCTAssertEqual(result.error, CSVRecordReader.Malformed(line: 3, problem: "a quoted field is never closed; add the closing double quote",
                                                               recovered: true))
    }

    func testUnterminatedQuoteInASecondFieldStartingOnALaterLine() throws {
        // Record 2 starts on line 2; its first field spans lines 2-3, the open field starts on line 3.
        let result = try malformed("h1,h2\n\"x\ny\",\"open\n")
        XCTAssertEqual(result.before, [Record(line: 1, fields: ["h1", "h2"])])
        XCTAssertEqual(result.error?.line, 2)
        XCTAssertEqual(result.error?.problem,
                       "the record that starts on this line breaks on line 3, a quote left open? (a quoted field is never closed; add the closing double quote)")
    }

    func testTextAfterAClosingQuote() throws {
        let result = try malformed("a,b\n\"quoted\" tail,2\n")
        XCTAssertEqual(result.before, [Record(line: 1, fields: ["a", "b"])])
        XCTAssertEqual(result.error, CSVRecordReader.Malformed(
            line: 2, problem: "text after a closing double quote; a quoted field must end at a separator or line end", recovered: true))
    }

    func testTextAfterAClosingQuoteOnTheLastLineOfAMultilineField() throws {
        let result = try malformed("\"a\nb\"c\n")
        XCTAssertEqual(result.before, [])
        XCTAssertEqual(result.error?.line, 1)
        XCTAssertEqual(result.error?.problem,
                       "the record that starts on this line breaks on line 2, a quote left open? (text after a closing double quote; a quoted field must end at a separator or line end)")
    }

    func testQuoteInsideAnUnquotedField() throws {
        let result = try malformed("a,b\n5\" screen,x\n")
        XCTAssertEqual(result.before, [Record(line: 1, fields: ["a", "b"])])
        XCTAssertEqual(result.error?.line, 2)
        XCTAssertEqual(result.error?.problem,
                       "a double quote inside an unquoted field; put the field in double quotes and double the quote (\"\")")
    }

    // MARK: - Going on after a bad record

    /// Every record and every error, reading on after each recovered error.
    private func recovering(_ bytes: [UInt8]) throws -> (records: [Record], errors: [CSVRecordReader.Malformed]) {
        var reader = try CSVRecordReader(path: try write("file-\(UUID().uuidString).csv", bytes: bytes))
        var records: [Record] = []
        var errors: [CSVRecordReader.Malformed] = []
        while true {
            do {
                guard let next = try reader.next() else { break }
                records.append(Record(line: next.line, fields: next.fields))
            } catch let error as CSVRecordReader.Malformed {
                errors.append(error)
                if !error.recovered { break }
            }
        }
        return (records, errors)
    }

    func testAnUnclosedQuoteLosesOnlyItsRecord() throws {
        // The quote opened on line 2 closes on line 3, where the field goes on: record 2 is
        // bad; reading goes on at line 3, and every later record is read.
        let result = try recovering(Array("id,text\n1,\"open text\n2,\"good\"\n3,\"also good\"\n".utf8))
        XCTAssertEqual(result.records, [
            Record(line: 1, fields: ["id", "text"]),
            Record(line: 3, fields: ["2", "good"]),
            Record(line: 4, fields: ["3", "also good"]),
        ])
        XCTAssertEqual(result.errors.map(\.line), [2])
        XCTAssertEqual(result.errors.map(\.recovered), [true])
    }

    func testAQuoteNeverClosedToTheEndOfTheFileLosesOnlyItsRecord() throws {
        let result = try recovering(Array("id,text\n1,\"never closed\n2,fine\n3,fine too\n".utf8))
        XCTAssertEqual(result.records, [
            Record(line: 1, fields: ["id", "text"]),
            Record(line: 3, fields: ["2", "fine"]),
            Record(line: 4, fields: ["3", "fine too"]),
        ])
        XCTAssertEqual(result.errors, [CSVRecordReader.Malformed(line: 2, problem: "a quoted field is never closed; add the closing double quote",
                                                                 recovered: true)])
    }

    func testABadQuoteOnOneLineLosesOnlyThatLine() throws {
        let result = try recovering(Array("a,b\n5\" screen,x\r\nok,1\n".utf8))
        XCTAssertEqual(result.records, [Record(line: 1, fields: ["a", "b"]), Record(line: 3, fields: ["ok", "1"])])
        XCTAssertEqual(result.errors.map(\.line), [2])
    }

    func testEveryLineOpeningAQuoteLosesOneLineEach() throws {
        // Each quote closes at the next line's, where text follows it: every record is bad,
        // and each costs one line, not the rest of the file.
        let lines = (0..<100).map { "\($0),\"open" }.joined(separator: "\n")
        let result = try recovering(Array(("id,text\n" + lines + "\n").utf8))
        XCTAssertEqual(result.records, [Record(line: 1, fields: ["id", "text"])])
        XCTAssertEqual(result.errors.map(\.line), Array(2...101))
        XCTAssertTrue(result.errors.allSatisfy(\.recovered))
    }

    // MARK: - Files as spreadsheets save them

    func testSemicolonsAndTabsAreTheSeparatorWhenTheHeaderUsesThem() throws {
        XCTAssertEqual(try records("file;outlet;title\na.txt;Le Monde;\"Un, deux\"\n"), [
            Record(line: 1, fields: ["file", "outlet", "title"]),
            Record(line: 2, fields: ["a.txt", "Le Monde", "Un, deux"]),
        ])
        XCTAssertEqual(try records("file\toutlet\na.txt\tBBC, London\n"), [
            Record(line: 1, fields: ["file", "outlet"]),
            Record(line: 2, fields: ["a.txt", "BBC, London"]),
        ])
        // A comma in the header wins a tie, and a semicolon inside quotes does not count.
        XCTAssertEqual(try records("\"a;b\",c\n1;2,3\n"), [
            Record(line: 1, fields: ["a;b", "c"]),
            Record(line: 2, fields: ["1;2", "3"]),
        ])
        XCTAssertEqual(CSVRecordReader.sniffSeparator(ArraySlice(Array("a;b,c;d\nx,y,z,w,v".utf8))), UInt8(ascii: ";"))
    }

    func testAnExcelFileWithByteOrderMarkSemicolonsAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("file;date\r\na.txt;\"3 January\r\n2020\"\r\n".utf8)
        XCTAssertEqual(try records(bytes), [
            Record(line: 1, fields: ["file", "date"]),
            Record(line: 2, fields: ["a.txt", "3 January\r\n2020"]),
        ])
    }

    func testUTF16WithAByteOrderMarkIsRead() throws {
        let text = "file\toutlet\r\na.txt\tZe\u{0308}it \u{1F4F0}\r\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let path = try write("u16.csv", bytes: bytes)
        var reader = try CSVRecordReader(path: path)
        XCTAssertEqual(try reader.next()?.fields, ["file", "outlet"])
        XCTAssertEqual(try reader.next()?.fields, ["a.txt", "Ze\u{0308}it \u{1F4F0}"])
        XCTAssertNil(try reader.next())
        XCTAssertEqual(reader.fileEncoding, .utf16LittleEndian)
        XCTAssertEqual(reader.encodingWarnings, ["read as UTF-16 (little-endian), told by its byte-order mark; re-save it as UTF-8 to silence this warning"])
    }

    func testFieldsThatAreNotUTF8AreReadAsWindows1252AndCounted() throws {
        // "Café" and "naïve" in Windows-1252; 0x93 and 0x94 are its curly quotes.
        let bytes = Array("a,b\n".utf8) + [0x43, 0x61, 0x66, 0xE9] + Array(",ok\n".utf8) + [0x93, 0x6E, 0x61, 0xEF, 0x76, 0x65, 0x94] + Array(",x\n".utf8)
        let path = try write("cp1252.csv", bytes: bytes)
        var reader = try CSVRecordReader(path: path)
        var rows: [[String]] = []
        while let next = try reader.next() { rows.append(next.fields) }
        XCTAssertEqual(rows, [["a", "b"], ["Café", "ok"], ["\u{201C}naïve\u{201D}", "x"]])
        XCTAssertEqual(reader.recodedFields, 2)
        XCTAssertEqual(reader.firstRecodedLine, 2)
        XCTAssertEqual(reader.encodingWarnings,
                       ["2 fields are not UTF-8 (the first on line 2); read as Windows-1252 (Latin-1), check their accented letters or re-save the file as UTF-8"])
    }

    func testAByteOrderMarkCutShortIsText() throws {
        // 0xEF without the rest of the mark: read as Windows-1252 ("ï"), not an error.
        XCTAssertEqual(try records([0xEF, 0x41, 0x42, 0x0A]), [Record(line: 1, fields: ["\u{EF}AB"])])
    }

    func testMissingFileCannotBeOpened() {
        XCTAssertThrowsError(try CSVRecordReader(path: path("no-such.csv")))
    }
}

/// The buffered reader behind CSV and JSON Lines, with tiny chunks so that every line
/// and CRLF crosses a chunk boundary.
final class BufferedByteReaderTests: TemporaryDirectoryTestCase {
    private func lines(_ text: String, chunkSize: Int) throws -> [String] {
        var reader = try BufferedByteReader(path: try write("lines-\(UUID().uuidString).txt", text), chunkSize: chunkSize)
        var out: [String] = []
        while let line = try reader.readLine() {
            out.append(String(decoding: line, as: UTF8.self))
        }
        return out
    }

    func testReadLineAtEveryChunkSize() throws {
        let text = "first\r\nsecond\n\nfourth\r\nlast"
        for chunkSize in 1...9 {
            XCTAssertEqual(try lines(text, chunkSize: chunkSize), ["first", "second", "", "fourth", "last"],
                           "chunk size \(chunkSize)")
        }
    }

    func testTrailingLineEndAddsNoEmptyLine() throws {
        for chunkSize in [1, 2, 3, 1 << 20] {
            XCTAssertEqual(try lines("a\nb\n", chunkSize: chunkSize), ["a", "b"], "chunk size \(chunkSize)")
            XCTAssertEqual(try lines("a\r\n", chunkSize: chunkSize), ["a"], "chunk size \(chunkSize)")
            XCTAssertEqual(try lines("", chunkSize: chunkSize), [], "chunk size \(chunkSize)")
            XCTAssertEqual(try lines("\n", chunkSize: chunkSize), [""], "chunk size \(chunkSize)")
        }
    }

    func testNextAndPeekAcrossChunks() throws {
        var reader = try BufferedByteReader(path: try write("bytes.bin", bytes: [1, 2, 3, 4, 5]), chunkSize: 2)
        var seen: [UInt8] = []
        while let peeked = try reader.peek() {
            XCTAssertEqual(try reader.next(), peeked)
            seen.append(peeked)
        }
        XCTAssertEqual(seen, [1, 2, 3, 4, 5])
        XCTAssertNil(try reader.next())
        XCTAssertNil(try reader.peek())
    }
}
