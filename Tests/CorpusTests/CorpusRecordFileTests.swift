import XCTest
@testable import Corpus

/// CSV and JSON Lines files of documents, in a folder or given as the corpus path.
final class CorpusRecordFileTests: TemporaryDirectoryTestCase {
    private func byID(_ documents: [Document]) -> [String: Document] {
        Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) })
    }

    // MARK: - CSV files in a folder

    func testCSVRecordsBecomeDocuments() throws {
        try write("feeds/export.csv", bytes: Array((
            "id,outlet,text,date\n" +                        // 1
            "a1,,\"Hello, world\",2020-01-01\n" +           // 2
            "a2,Wire,\"Line one\r\nline two\",2020-01-02\n" + // 3-4
            ",Post,third,2020-01-03\n" +                     // 5
            "bad,row\n" +                                    // 6
            "a4,X,,2020-01-04\n" +                           // 7
            "\n" +                                           // 8
            "a6,Z,last,2020-01-06\n"                         // 9
        ).utf8))
        let reader = try CorpusReader(path: root)
        XCTAssertEqual(reader.metadataColumns, ["outlet"])
        let all = try items(reader)
        XCTAssertEqual(all.map(\.summary), [
            "doc a1",
            "doc a2",
            "doc feeds/export.csv:5",
            "skip feeds/export.csv:6 malformed record",
            "skip feeds/export.csv:7 no text",
            "doc a6",
        ])
        var documents: [Document] = []
        var skipped: [SkippedFile] = []
        for item in all {
            switch item {
            case .document(let d): documents.append(d)
            case .skipped(let s): skipped.append(s)
            }
        }
        XCTAssertEqual(documents.map(\.text), ["Hello, world", "Line one\nline two", "third", "last"])
        XCTAssertEqual(documents.map(\.sequenceNumber), [0, 1, 2, 3])
        XCTAssertEqual(Set(documents.map(\.format)), [.csvRecord])
        XCTAssertEqual(documents.map(\.metadata), [
            // An empty outlet cell: the CSV file's top-level folder.
            ["id": "a1", "outlet": "feeds", "date": "2020-01-01"],
            ["id": "a2", "outlet": "Wire", "date": "2020-01-02"],
            ["id": "", "outlet": "Post", "date": "2020-01-03"],
            ["id": "a6", "outlet": "Z", "date": "2020-01-06"],
        ])
        XCTAssertEqual(skipped, [
            SkippedFile(path: "feeds/export.csv:6", reason: .malformedRecord,
                        detail: "2 columns where the header has 4; quote fields that contain commas"),
            SkippedFile(path: "feeds/export.csv:7", reason: .emptyText, detail: "the 'text' field is empty; fill it or remove the record"),
        ])
        // The CSV's columns in header order, after `outlet`.
        XCTAssertEqual(reader.metadataColumns, ["outlet", "id", "date"])
        XCTAssertEqual(reader.fileCount, 1)
    }

    func testCSVFileColumnIsTheIDAndNotMetadata() throws {
        try write("export.csv", "file,text,outlet\nsrc/a.txt,Body A,Times\n,Body B,Post\n")
        let (reader, documents, skipped) = try readAll(root)
        XCTAssertEqual(skipped, [])
        XCTAssertEqual(documents.map(\.id), ["src/a.txt", "export.csv:3"])
        XCTAssertEqual(documents.map(\.metadata), [["outlet": "Times"], ["outlet": "Post"]])
        XCTAssertEqual(reader.metadataColumns, ["outlet"])
    }

    func testCSVFileColumnWinsOverIDColumn() throws {
        try write("export.csv", "id,file,text\n17,orig.txt,Body\n18,,Other\n")
        let (_, documents, _) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["orig.txt", "18"])
        XCTAssertEqual(documents.map(\.metadata), [["id": "17", "outlet": "unknown"], ["id": "18", "outlet": "unknown"]])
    }

    func testCSVWithBOMAndCRLF() throws {
        try write("win.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("text,outlet\r\nFirst,A\r\n\r\nSecond,B\r\n".utf8))
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(skipped, [])
        XCTAssertEqual(documents.map(\.id), ["win.csv:2", "win.csv:4"])
        XCTAssertEqual(documents.map(\.text), ["First", "Second"])
        XCTAssertEqual(documents.map(\.metadata), [["outlet": "A"], ["outlet": "B"]])
    }

    func testCSVRecordIDsAfterAMultilineField() throws {
        try write("m.csv", "text\n\"a\nb\nc\"\nnext\n")
        let (_, documents, _) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["m.csv:2", "m.csv:5"])
        XCTAssertEqual(documents.map(\.text), ["a\nb\nc", "next"])
    }

    func testUnnamedCSVColumnsAreNotMetadata() throws {
        try write("x.csv", "text,,outlet\nBody,ignored,O\n")
        let (reader, documents, _) = try readAll(root)
        XCTAssertEqual(documents.first?.metadata, ["outlet": "O"])
        XCTAssertEqual(reader.metadataColumns, ["outlet"])
    }

    func testAMalformedCSVRecordIsSkippedAndTheRestRead() throws {
        try write("a.csv", "text,outlet\nfirst,A\n\"second\"x,B\nthird,C\n")
        try write("b.txt", "after")
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["a.csv:2", "a.csv:4", "b.txt"])
        XCTAssertEqual(documents.map(\.sequenceNumber), [0, 1, 2])
        XCTAssertEqual(skipped, [SkippedFile(path: "a.csv:3", reason: .malformedRecord,
            detail: "text after a closing double quote; a quoted field must end at a separator or line end; that record is not read, reading goes on with line 4")])
    }

    func testAnUnclosedQuoteInTheMiddleOfACSVCorpusLosesOneRecord() throws {
        // As issue 18 found it: a quote left open on line 3 used to drop every later record.
        try write("a.csv", "id,text,outlet\n1,Fine,A\n2,\"Quote left open,B\n3,\"Later record\",C\n4,Last,A\n")
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["1", "3", "4"])
        XCTAssertEqual(documents.map(\.text), ["Fine", "Later record", "Last"])
        // The record on line 4 is where the bad one broke: it is read, and flagged.
        XCTAssertEqual(skipped.map(\.path), ["a.csv:3", "a.csv:4"])
        XCTAssertEqual(skipped.first?.detail,
                       "the record that starts on this line breaks on line 4, a quote left open? (text after a closing double quote; a quoted field must end at a separator or line end); that record is not read, reading goes on with line 4")
    }

    func testUnterminatedQuoteInACSVNamesTheLineItStarted() throws {
        try write("a.csv", "text\nok\n\"never\nclosed\n")
        let (_, documents, skipped) = try readAll(root)
        // The lines after the open quote are read again as records of their own.
        XCTAssertEqual(documents.map(\.id), ["a.csv:2", "a.csv:4"])
        XCTAssertEqual(skipped, [
            SkippedFile(path: "a.csv:3", reason: .malformedRecord,
                        detail: "a quoted field is never closed; add the closing double quote; that record is not read, reading goes on with line 4"),
            SkippedFile(path: "a.csv:4", reason: .malformedRecord,
                        detail: "read from inside the bad record of line 3; check that it is a record of its own and not a piece of that one",
                        documentKept: true),
        ])
    }

    func testDuplicateIDsAreRefusedWithBothLines() throws {
        try write("a.csv", "id,text\n7,First\n8,Second\n7,Third\n")
        try write("b.jsonl", "{\"id\": \"8\", \"text\": \"Fourth\"}\n{\"id\": \"9\", \"text\": \"Fifth\"}\n")
        let (_, documents, skipped) = try readAll(root)
        // Within a file the second is refused; across files (an export split by outlet,
        // each numbered from 1) the later file's id is named by its file.
        XCTAssertEqual(documents.map(\.id), ["7", "8", "b.jsonl#8", "9"])
        XCTAssertEqual(documents.map(\.text), ["First", "Second", "Fourth", "Fifth"])
        XCTAssertEqual(documents.map(\.sequenceNumber), [0, 1, 2, 3])
        XCTAssertEqual(skipped.map(\.message), [
            "a.csv:4: not read: its id '7' is already that of a.csv:2; give each record its own 'id' (or 'file')",
            "b.jsonl:1: its id '8' is already that of a.csv:3; the ids of b.jsonl that another file has are read as b.jsonl#ID",
        ])
        XCTAssertEqual(skipped.map(\.reason), [.duplicateID, .duplicateID])
        XCTAssertEqual(skipped.map(\.documentKept), [false, true])
    }

    func testRecordsReadFromInsideABadRecordAreFlagged() throws {
        // The quote opened on line 2 is never closed: lines 3 and 4 are read again as
        // records, but they may be pieces of the article of line 2.
        try write("a.csv", "id,text,outlet\n1,\"Para one.\nSo, as they said, it rained.\n2,Next,BBC\n")
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["So", "2"])
        XCTAssertEqual(skipped.map(\.path), ["a.csv:2", "a.csv:3", "a.csv:4"])
        XCTAssertEqual(skipped[1].detail, "read from inside the bad record of line 2; check that it is a record of its own and not a piece of that one")
        XCTAssertEqual(skipped.map(\.documentKept), [false, true, true])
    }

    func testSemicolonSeparatedCSVCorpusWithWrittenDates() throws {
        try write("a.csv", "text;outlet;date\n\"One, two\";Le Monde;13/01/2020\nThree;Die Zeit;3. Januar 2020\nFour;BBC;Jan 3, 2020\n")
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map(\.text), ["One, two", "Three", "Four"])
        XCTAssertEqual(documents.map { $0.metadata["date"] }, ["2020-01-13", "3. Januar 2020", "2020-01-03"])
        XCTAssertEqual(skipped.map(\.message), [
            "a.csv:3: the date '3. Januar 2020' cannot be read (dates are read as 2020-01-03, 3 January 2020, Jan 3, 2020 or 03/01/2020); write it in one of those forms (the document has no date until then)",
        ])
        XCTAssertEqual(skipped.map(\.documentKept), [true])
    }

    func testMalformedCSVHeader() throws {
        try write("h.csv", "\"text\nonly\n")
        try write("ok.txt", "fine")
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["ok.txt"])
        XCTAssertEqual(skipped, [SkippedFile(path: "h.csv:1", reason: .malformedRecord,
            detail: "a quoted field is never closed; add the closing double quote")])
    }

    func testCSVWithoutTheTextColumnInAFolderIsSkipped() throws {
        try write("notes.csv", "title,body\nT,B\n")
        try write("ok.txt", "fine")
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["ok.txt"])
        XCTAssertEqual(skipped, [SkippedFile(path: "notes.csv", reason: .malformedRecord,
            detail: "not read as documents: no 'text' column (columns: title, body); name the text column with --text-column")])
    }

    func testEmptyCSVInAFolderIsSkipped() throws {
        try write("empty.csv", "")
        try write("ok.txt", "fine")
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["ok.txt"])
        XCTAssertEqual(skipped, [SkippedFile(path: "empty.csv", reason: .emptyText,
            detail: "is empty; remove it or add a header row and documents")])
    }

    func testAMetadataCSVInASubfolderIsADocumentFile() throws {
        try write("sub/metadata.csv", "file,text\nx.txt,Hello from a record\n")
        let (_, documents, _) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["x.txt"])
        XCTAssertEqual(documents.first?.text, "Hello from a record")
        XCTAssertEqual(documents.first?.metadata, ["outlet": "sub"])
    }

    func testTextColumnOptionInAFolder() throws {
        try write("a.csv", "headline,body,outlet\nH1,Body one,X\n")
        try write("b.txt", "plain text file")
        let (reader, documents, skipped) = try readAll(root, options: CorpusOptions(textColumn: "body"))
        XCTAssertEqual(skipped, [])
        XCTAssertEqual(documents.map(\.id), ["a.csv:2", "b.txt"])
        XCTAssertEqual(documents.map(\.text), ["Body one", "plain text file"])
        XCTAssertEqual(documents.first?.metadata, ["headline": "H1", "outlet": "X"])
        XCTAssertEqual(reader.metadataColumns, ["outlet", "headline"])
    }

    func testMetadataCSVRowNamingACSVFileAppliesToItsRecords() throws {
        // CorpusReader's documentation puts "the root metadata.csv row of the file" above
        // "the record's own columns (CSV, JSON Lines)". Fails today: readCSVFile and
        // readJSONLinesFile never look at metadata.rows, so the row is checked and then ignored.
        try write("metadata.csv", "file,outlet,lean\nwire.csv,Reuters,centre\n")
        try write("wire.csv", "text,date\nStory one,2020-01-01\n")
        let (_, documents, _) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["wire.csv:2"])
        XCTAssertEqual(documents.first?.metadata, ["outlet": "Reuters", "lean": "centre", "date": "2020-01-01"])
    }

    func testCSVRecordsLargerThanOneReadChunk() throws {
        // The reader fills a 1 MiB buffer; put a doubled quote across the buffer boundary.
        // "text\n" is 5 bytes, the opening quote is byte 5, k x's follow, then `""` at bytes
        // 1048575 and 1048576 (the last byte of the first chunk and the first of the second).
        let k = (1 << 20) - 6
        let field = String(repeating: "x", count: k)
        try write("big.csv", "text,n\n\"\(field)\"\"y\",1\nnext,2\n")
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(skipped, [])
        XCTAssertEqual(documents.map(\.id), ["big.csv:2", "big.csv:3"])
        XCTAssertEqual(documents.first?.text.utf8.count, k + 2)
        XCTAssertEqual(documents.first?.text.suffix(3), "x\"y")
        XCTAssertEqual(documents.map { $0.metadata["n"] }, ["1", "2"])
    }

    // MARK: - JSON Lines in a folder

    func testJSONLinesRecords() throws {
        try write("feed.jsonl", #"""
            {"text":"First","outlet":"Wire","n":3,"flag":true,"missing":null}

            {not json
            {"text":"Second","id":"abc","tags":["a",2,false],"score":2.5,"w":2.0}
            {"outlet":"NoText"}
            {"text":"  \n "}
            {"text":"Third\r\nline","file":"orig/x.txt","off":false}
            [1,2]
            {"text":3}

            """#)
        let reader = try CorpusReader(path: root)
        let all = try items(reader)
        XCTAssertEqual(all.map(\.summary), [
            "doc feed.jsonl:1",
            "skip feed.jsonl:3 malformed record",
            "doc abc",
            "skip feed.jsonl:5 malformed record",
            "skip feed.jsonl:6 no text",
            "doc orig/x.txt",
            "skip feed.jsonl:8 malformed record",
            "skip feed.jsonl:9 malformed record",
        ])
        var documents: [Document] = []
        var skipped: [SkippedFile] = []
        for item in all {
            switch item {
            case .document(let d): documents.append(d)
            case .skipped(let s): skipped.append(s)
            }
        }
        XCTAssertEqual(documents.map(\.sequenceNumber), [0, 1, 2])
        XCTAssertEqual(documents.map(\.text), ["First", "Second", "Third\nline"])
        XCTAssertEqual(Set(documents.map(\.format)), [.jsonLine])
        XCTAssertEqual(documents.map(\.metadata), [
            ["outlet": "Wire", "n": "3", "flag": "true", "missing": ""],
            ["id": "abc", "tags": "a; 2; false", "score": "2.5", "w": "2", "outlet": "unknown"],
            ["off": "false", "outlet": "unknown"],
        ])
        let example = "each line must be one object such as {\"text\": \"...\", \"outlet\": \"...\"}"
        let noText = "no 'text' string; give each object a \"text\" key or name another with --text-column"
        XCTAssertEqual(skipped, [
            SkippedFile(path: "feed.jsonl:3", reason: .malformedRecord, detail: "not valid JSON (an unclosed brace or quote, or a trailing comma?); " + example),
            SkippedFile(path: "feed.jsonl:5", reason: .malformedRecord, detail: noText),
            SkippedFile(path: "feed.jsonl:6", reason: .emptyText, detail: "the 'text' value is empty; fill it or remove the record"),
            SkippedFile(path: "feed.jsonl:8", reason: .malformedRecord, detail: "not a JSON object but an array; " + example),
            SkippedFile(path: "feed.jsonl:9", reason: .malformedRecord, detail: noText),
        ])
        // Keys are registered as each document introduces them, sorted within the document.
        XCTAssertEqual(reader.metadataColumns, ["outlet", "flag", "missing", "n", "id", "score", "tags", "w", "off"])
    }

    /// The real cause of a line that does not decode: a lone surrogate escape, a number past
    /// a double, a value that is not an object.
    func testJSONLineProblemsNameTheirCause() throws {
        try write("odd.jsonl", #"""
            {"text":"a\ud800b","outlet":"A"}
            {"text":"Fine","n":1e999}
            "just a string"
            {"text":"Kept","pair":"\ud83d\ude00"}

            """#)
        let all = try items(try CorpusReader(path: root))
        var skipped: [String] = []
        var kept: [String] = []
        for item in all {
            switch item {
            case .document(let d): kept.append(d.text)
            case .skipped(let s): skipped.append(s.message)
            }
        }
        XCTAssertEqual(kept, ["Kept"])
        XCTAssertEqual(skipped.count, 3)
        XCTAssertTrue(skipped[0].hasPrefix("odd.jsonl:1: the value of \"text\" holds a \\uD800-\\uDFFF escape without its other half"), skipped[0])
        XCTAssertTrue(skipped[1].hasPrefix("odd.jsonl:2: the value of \"n\" is a number too large for a double (such as 1e999); write it as a string"), skipped[1])
        XCTAssertTrue(skipped[2].hasPrefix("odd.jsonl:3: not a JSON object but a string;"), skipped[2])
    }

    func testJSONLinesValuesAsMetadataText() throws {
        try write("v.jsonl", #"""
            {"text":"x","int":3,"neg":-7,"big":12345678901234,"yes":true,"no":false,"nil":null,"half":0.5,"list":[1,"two",null],"empty":[]}

            """#)
        let (_, documents, _) = try readAll(root)
        XCTAssertEqual(documents.first?.metadata, [
            "int": "3", "neg": "-7", "big": "12345678901234", "yes": "true", "no": "false", "nil": "",
            "half": "0.5", "list": "1; two;", "empty": "", "outlet": "unknown",
        ])
    }

    func testJSONLinesNestedObjectIsCompactJSON() throws {
        // JSONValue's documentation: "numbers and booleans as written in JSON ... an object as
        // compact JSON with sorted keys". Fails today: every member value is put in quotes and
        // nothing is escaped, giving {"a":"say "hi"","b":"1"}, which is not JSON.
        try write("o.jsonl", #"""
            {"text":"x","meta":{"b":1,"a":"say \"hi\""}}

            """#)
        let (_, documents, _) = try readAll(root)
        XCTAssertEqual(documents.first?.metadata["meta"], #"{"a":"say \"hi\"","b":1}"#)
    }

    func testJSONLinesOutletFallsBackToTheFolder() throws {
        try write("wire/feed.jsonl", """
            {"text":"a","outlet":""}
            {"text":"b","outlet":null}
            {"text":"c","outlet":"AP"}
            {"text":"d"}
            """)
        let (_, documents, _) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["wire/feed.jsonl:1", "wire/feed.jsonl:2", "wire/feed.jsonl:3", "wire/feed.jsonl:4"])
        XCTAssertEqual(documents.map { $0.metadata["outlet"] }, ["wire", "wire", "AP", "wire"])
    }

    func testJSONLinesWithBOMAndCRLFAndBlankLines() throws {
        try write("w.ndjson", bytes: [0xEF, 0xBB, 0xBF] + Array("{\"text\":\"one\"}\r\n\r\n   \r\n{\"text\":\"two\"}\r\n".utf8))
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(skipped, [])
        XCTAssertEqual(documents.map(\.id), ["w.ndjson:1", "w.ndjson:4"])
        XCTAssertEqual(documents.map(\.text), ["one", "two"])
    }

    func testJSONLinesInvalidUTF8LineIsSkipped() throws {
        try write("u.jsonl", bytes: Array("{\"text\":\"fine\"}\n{\"text\":\"caf".utf8) + [0xE9] + Array("\"}\n{\"text\":\"also fine\"}\n".utf8))
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["u.jsonl:1", "u.jsonl:3"])
        XCTAssertEqual(documents.map(\.sequenceNumber), [0, 1])
        XCTAssertEqual(skipped, [SkippedFile(path: "u.jsonl:2", reason: .invalidUTF8,
                                             detail: "not valid UTF-8; re-save the file as UTF-8")])
    }

    // MARK: - A single file as the corpus

    func testSingleCSVFileAsTheCorpus() throws {
        let file = try write("data/docs.csv", "title,text\nFirst,Alpha\nSecond,\"Beta, gamma\"\n")
        let reader = try CorpusReader(path: file)
        XCTAssertEqual(reader.displayPath, file)
        XCTAssertEqual(reader.rootPath, path("data"))
        XCTAssertEqual(reader.fileCount, 1)
        XCTAssertEqual(reader.totalBytes, 44)  // 11 + 12 + 21 bytes
        XCTAssertEqual(reader.metadataColumns, ["outlet"])
        var documents: [Document] = []
        try reader.read { if case .document(let d) = $0 { documents.append(d) } }
        XCTAssertEqual(documents.map(\.id), ["docs.csv:2", "docs.csv:3"])
        XCTAssertEqual(documents.map(\.text), ["Alpha", "Beta, gamma"])
        XCTAssertEqual(documents.map(\.sequenceNumber), [0, 1])
        // The containing folder is not an outlet: the file's path is just its name.
        XCTAssertEqual(documents.map(\.metadata), [["title": "First", "outlet": "unknown"], ["title": "Second", "outlet": "unknown"]])
        XCTAssertEqual(reader.metadataColumns, ["outlet", "title"])
    }

    func testSingleCSVWithoutTheTextColumn() throws {
        let file = try write("docs.csv", "title,body\nT,B\n")
        let reader = try CorpusReader(path: file)
        let error = corpusError { try reader.read { _ in } }
        XCTAssertEqual(error, .missingTextColumn(file: file, column: "text", available: ["title", "body"]))
        XCTAssertEqual(error?.description,
            "\(file):1: no 'text' column (columns: title, body); name the text column with --text-column")
    }

    func testSingleCSVWithTheTextColumnOption() throws {
        let file = try write("docs.csv", "title,body\nT1,B1\nT2,B2\n")
        let (_, documents, skipped) = try readAll(file, options: CorpusOptions(textColumn: "body"))
        XCTAssertEqual(skipped, [])
        XCTAssertEqual(documents.map(\.id), ["docs.csv:2", "docs.csv:3"])
        XCTAssertEqual(documents.map(\.text), ["B1", "B2"])
        XCTAssertEqual(documents.map(\.metadata), [["title": "T1", "outlet": "unknown"], ["title": "T2", "outlet": "unknown"]])
    }

    func testTextColumnOptionMissingNamesTheOptionColumn() throws {
        let file = try write("docs.csv", "title,text\nT,B\n")
        let reader = try CorpusReader(path: file, options: CorpusOptions(textColumn: "content"))
        let error = corpusError { try reader.read { _ in } }
        XCTAssertEqual(error, .missingTextColumn(file: file, column: "content", available: ["title", "text"]))
        XCTAssertEqual(error?.description,
            "\(file):1: no 'content' column (columns: title, text); name the text column with --text-column")
    }

    func testSingleEmptyCSV() throws {
        let file = try write("docs.csv", "")
        let (_, documents, skipped) = try readAll(file)
        XCTAssertEqual(documents.count, 0)
        XCTAssertEqual(skipped, [SkippedFile(path: "docs.csv", reason: .emptyText,
                                             detail: "is empty; remove it or add a header row and documents")])
    }

    func testSingleJSONLinesFileWithTheTextColumnOption() throws {
        let file = try write("feed.jsonl", #"""
            {"content":"Hello","text":"not the text","outlet":"AP"}
            {"text":"no content key"}

            """#)
        let (reader, documents, skipped) = try readAll(file, options: CorpusOptions(textColumn: "content"))
        XCTAssertEqual(reader.fileCount, 1)
        XCTAssertEqual(documents.map(\.id), ["feed.jsonl:1"])
        XCTAssertEqual(documents.map(\.text), ["Hello"])
        XCTAssertEqual(documents.first?.metadata, ["text": "not the text", "outlet": "AP"])
        XCTAssertEqual(skipped, [SkippedFile(path: "feed.jsonl:2", reason: .malformedRecord,
            detail: "no 'content' string; give each object a \"content\" key or name another with --text-column")])
    }

    func testDefaultTextColumn() {
        XCTAssertEqual(CorpusOptions().textColumn, "text")
        XCTAssertEqual(CorpusOptions(textColumn: "body").textColumn, "body")
    }

    // MARK: - Mixed corpora

    func testSequenceNumbersRunAcrossAllKindsOfFile() throws {
        try write("a.txt", "text file")
        try write("b.csv", "text\nrow one\nrow two\n")
        try write("c.jsonl", "{\"text\":\"line one\"}\n{\"text\":\"line two\"}\n")
        try write("d.md", "markdown")
        try write("e.pdf", "no")
        let (reader, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["a.txt", "b.csv:2", "b.csv:3", "c.jsonl:1", "c.jsonl:2", "d.md"])
        XCTAssertEqual(documents.map(\.sequenceNumber), [0, 1, 2, 3, 4, 5])
        XCTAssertEqual(documents.map(\.format), [.plainText, .csvRecord, .csvRecord, .jsonLine, .jsonLine, .markdown])
        XCTAssertEqual(skipped.map(\.path), ["e.pdf"])
        // CSV and JSON Lines files count once each.
        XCTAssertEqual(reader.fileCount, 5)
    }
}
