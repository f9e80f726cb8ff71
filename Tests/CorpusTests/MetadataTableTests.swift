import XCTest
@testable import Corpus

final class MetadataTableTests: TemporaryDirectoryTestCase {
    private var metadataPath: String { path("metadata.csv") }

    /// Reads `metadata.csv` with `text` directly through `MetadataTable`.
    private func table(_ text: String) throws -> MetadataTable {
        try write("metadata.csv", text)
        return try MetadataTable(path: metadataPath, corpusRoot: root, displayName: "metadata.csv")
    }

    /// The error `MetadataTable` throws for `text`.
    private func tableError(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> CorpusError? {
        try write("metadata.csv", text)
        return corpusError(file: file, line: line) {
            _ = try MetadataTable(path: metadataPath, corpusRoot: root, displayName: "metadata.csv")
        }
    }

    /// The error `CorpusReader(path:)` throws for a corpus whose metadata.csv holds `text`.
    private func readerError(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> CorpusError? {
        try write("metadata.csv", text)
        return corpusError(file: file, line: line) { _ = try CorpusReader(path: root) }
    }

    override func setUpWithError() throws {
        try super.setUpWithError()
        try write("a.txt", "Article A.")
        try write("b.txt", "Article B.")
        try write("sub/c.txt", "Article C.")
    }

    // MARK: - Well-formed tables

    func testEmptyTable() {
        let empty = MetadataTable()
        XCTAssertEqual(empty.columns, [])
        XCTAssertEqual(empty.rows.count, 0)
    }

    func testRowsByPathAndColumnsInHeaderOrder() throws {
        let t = try table("title,file,outlet,date\nFirst,a.txt,Times,2020-01-03\n\"Third, with comma\",sub/c.txt,Post,\n")
        XCTAssertEqual(t.columns, ["title", "outlet", "date"])
        XCTAssertEqual(t.rows.count, 2)
        XCTAssertEqual(t.rows["a.txt"], ["title": "First", "outlet": "Times", "date": "2020-01-03"])
        XCTAssertEqual(t.rows["sub/c.txt"], ["title": "Third, with comma", "outlet": "Post", "date": ""])
        XCTAssertNil(t.rows["b.txt"])
    }

    func testHeaderOnlyTableHasColumnsAndNoRows() throws {
        let t = try table("file,outlet\n")
        XCTAssertEqual(t.columns, ["outlet"])
        XCTAssertEqual(t.rows.count, 0)
    }

    func testHeaderNamesPathsAndValuesAreTrimmed() throws {
        // " Times " and "Times" are one outlet.
        let t = try table(" file , outlet \n  a.txt  , Times \n")
        XCTAssertEqual(t.columns, ["outlet"])
        XCTAssertEqual(t.rows["a.txt"], ["outlet": "Times"])
    }

    func testPathsAreNormalised() throws {
        let t = try table("file,outlet\n./a.txt,X\nsub/../b.txt,Y\nsub//c.txt,Z\n")
        XCTAssertEqual(Set(t.rows.keys), ["a.txt", "b.txt", "sub/c.txt"])
        XCTAssertEqual(t.rows["b.txt"], ["outlet": "Y"])
    }

    func testCRLFAndBOM() throws {
        try write("metadata.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("file,outlet\r\na.txt,Times\r\n".utf8))
        let t = try MetadataTable(path: metadataPath, corpusRoot: root, displayName: "metadata.csv")
        XCTAssertEqual(t.columns, ["outlet"])
        XCTAssertEqual(t.rows["a.txt"], ["outlet": "Times"])
    }

    // MARK: - Errors, directly

    func testAsEuropeanExcelSavesIt() throws {
        // Byte-order mark, semicolons, CRLF, a quoted line break, a Windows-1252 field
        // ("Zürich" with 0xFC), written dates.
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("file;outlet;title;date\r\na.txt;Le Monde;\"Un;\r\ndeux\";13/01/2020\r\nb.txt;Z".utf8)
            + [0xFC] + Array("rich Post;Eins;3 January 2020\r\n".utf8)
        try write("metadata.csv", bytes: bytes)
        let table = try MetadataTable(path: metadataPath, corpusRoot: root, displayName: "metadata.csv")
        XCTAssertEqual(table.columns, ["outlet", "title", "date"])
        XCTAssertEqual(table.rows["a.txt"], ["outlet": "Le Monde", "title": "Un;\r\ndeux", "date": "13/01/2020"])
        XCTAssertEqual(table.rows["b.txt"]?["outlet"], "Zürich Post")
        XCTAssertEqual(table.lines, ["a.txt": 2, "b.txt": 4])
        XCTAssertEqual(table.warnings.map(\.message), [
            "metadata.csv: 1 field is not UTF-8 (the first on line 4); read as Windows-1252 (Latin-1), check their accented letters or re-save the file as UTF-8",
        ])
        // Read as documents: the dates in ISO form, the warning first.
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map { $0.metadata["date"] }, ["2020-01-13", "2020-01-03", nil])
        XCTAssertEqual(skipped.map(\.reason), [.otherEncoding, .noMetadataRow])
    }

    func testADateThatCannotBeReadIsNamedByItsMetadataLine() throws {
        try write("metadata.csv", "file,date\na.txt,03/01/2020\nb.txt,last Tuesday\n")
        var (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map { $0.metadata["date"] }, ["03/01/2020", "last Tuesday", nil])
        XCTAssertEqual(skipped.filter { $0.reason == .unreadableDate }.map(\.message), [
            "\(metadataPath):2: the row of a.txt: the date '03/01/2020' is 2020-01-03 day first or 2020-03-01 month first; give --date-format dmy or mdy (the document has no date until then)",
            "\(metadataPath):3: the row of b.txt: the date 'last Tuesday' cannot be read (dates are read as 2020-01-03, 3 January 2020, Jan 3, 2020 or 03/01/2020); write it in one of those forms (the document has no date until then)",
        ])
        (_, documents, skipped) = try readAll(root, options: CorpusOptions(dateOrder: .mdy))
        XCTAssertEqual(documents.map { $0.metadata["date"] }, ["2020-03-01", "last Tuesday", nil])
        XCTAssertEqual(skipped.filter { $0.reason == .unreadableDate }.count, 1)
    }

    func testManyUnreadableDatesAreSummed() throws {
        var csv = "text,date\n"
        for i in 0..<25 { csv += "Text \(i),someday\n" }
        try write("many.csv", csv)
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.count, 25 + 3)
        XCTAssertEqual(skipped.count, CorpusReader.maximumDateWarnings + 1)
        XCTAssertEqual(skipped.last?.message, "\(root!): 5 more dates could not be read (25 in all); those documents have no date")
    }

    func testMissingFileColumn() throws {
        let error = try tableError("path,outlet\na.txt,Times\n")
        XCTAssertEqual(error, .metadata(file: "metadata.csv", line: 1,
            problem: "no 'file' column in the header (path,outlet); name the column that holds the article paths 'file'"))
    }

    func testFileColumnNameIsCaseSensitive() throws {
        let error = try tableError("File,outlet\na.txt,Times\n")
        guard case .metadata(_, let line, let problem)? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(line, 1)
        XCTAssertTrue(problem.hasPrefix("no 'file' column"), problem)
    }

    func testWrongColumnCountNamesTheLine() throws {
        let error = try tableError("file,outlet,date\na.txt,Times,2020-01-01\nb.txt,Post, Jan 2, 2020\n")
        XCTAssertEqual(error, .metadata(file: "metadata.csv", line: 3,
            problem: "4 columns where the header has 3; quote fields that contain commas"))
    }

    func testTooFewColumns() throws {
        let error = try tableError("file,outlet\na.txt\n")
        XCTAssertEqual(error, .metadata(file: "metadata.csv", line: 2,
            problem: "1 column where the header has 2; quote fields that contain commas"))
    }

    func testWrongColumnCountAfterAMultilineFieldNamesTheRecordStart() throws {
        // The first row spans lines 2-4, so the bad row starts on line 5.
        let error = try tableError("file,title\na.txt,\"one\ntwo\nthree\"\nb.txt,x,extra\n")
        XCTAssertEqual(error, .metadata(file: "metadata.csv", line: 5,
            problem: "3 columns where the header has 2; quote fields that contain commas"))
    }

    func testMissingFile() throws {
        let error = try tableError("file,outlet\na.txt,X\nmissing.txt,Y\n")
        XCTAssertEqual(error, .metadata(file: "metadata.csv", line: 3,
            problem: "'missing.txt' does not exist in the corpus folder; fix the path or remove the row"))
    }

    func testAFolderIsNotAFile() throws {
        let error = try tableError("file,outlet\nsub,X\n")
        XCTAssertEqual(error, .metadata(file: "metadata.csv", line: 2,
            problem: "'sub' does not exist in the corpus folder; fix the path or remove the row"))
    }

    func testPathClimbingOutOfTheCorpus() throws {
        let error = try tableError("file,outlet\n../x.txt,X\n")
        XCTAssertEqual(error, .metadata(file: "metadata.csv", line: 2,
            problem: "'../x.txt' points outside the corpus folder; give a path relative to the folder that holds metadata.csv"))
    }

    func testPathClimbingOutAfterGoingIn() throws {
        let error = try tableError("file,outlet\na.txt,X\nsub/../../a.txt,Y\n")
        guard case .metadata(_, let line, let problem)? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(line, 3)
        XCTAssertEqual(problem, "'sub/../../a.txt' points outside the corpus folder; give a path relative to the folder that holds metadata.csv")
    }

    func testAbsolutePath() throws {
        let error = try tableError("file,outlet\n/etc/passwd,X\n")
        XCTAssertEqual(error, .metadata(file: "metadata.csv", line: 2,
            problem: "'/etc/passwd' is an absolute path; give the path relative to the folder that holds metadata.csv"))
    }

    func testHomeRelativePath() throws {
        let error = try tableError("file,outlet\n~/a.txt,X\n")
        guard case .metadata(_, let line, let problem)? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(line, 2)
        XCTAssertTrue(problem.hasPrefix("'~/a.txt' is an absolute path"), problem)
    }

    func testSymlinkToAFileOutsideTheCorpus() throws {
        // The corpus is a subfolder; the link inside it points to a file beside it.
        let corpus = try makeFolder("corpus")
        try write("corpus/a.txt", "Inside.")
        try write("outside.txt", "Outside.")
        try FileManager.default.createSymbolicLink(atPath: path("corpus/link.txt"), withDestinationPath: path("outside.txt"))
        try write("corpus/metadata.csv", "file,outlet\na.txt,A\nlink.txt,X\n")
        let error = corpusError {
            _ = try MetadataTable(path: path("corpus/metadata.csv"), corpusRoot: corpus, displayName: "metadata.csv")
        }
        XCTAssertEqual(error, .metadata(file: "metadata.csv", line: 3,
            problem: "'link.txt' is a link to a file outside the corpus folder; copy the file into the folder"))
    }

    func testSymlinkToAFileInsideTheCorpusIsAccepted() throws {
        try FileManager.default.createSymbolicLink(atPath: path("alias.txt"), withDestinationPath: path("sub/c.txt"))
        let t = try table("file,outlet\nalias.txt,X\n")
        XCTAssertEqual(t.rows["alias.txt"], ["outlet": "X"])
    }

    func testRowNamingADanglingLink() throws {
        try FileManager.default.createSymbolicLink(atPath: path("dangling.txt"), withDestinationPath: path("gone.txt"))
        let error = try tableError("file,outlet\ndangling.txt,X\n")
        XCTAssertEqual(error, .metadata(file: "metadata.csv", line: 2,
            problem: "'dangling.txt' does not exist in the corpus folder; fix the path or remove the row"))
    }

    func testFileListedTwice() throws {
        let error = try tableError("file,outlet\na.txt,X\nb.txt,Y\na.txt,Z\n")
        XCTAssertEqual(error, .metadata(file: "metadata.csv", line: 4,
            problem: "'a.txt' is listed twice (first on line 2); keep one row per file"))
    }

    func testFileListedTwiceUnderTwoSpellings() throws {
        let error = try tableError("file,outlet\nsub/c.txt,X\n./sub/c.txt,Y\n")
        XCTAssertEqual(error, .metadata(file: "metadata.csv", line: 3,
            problem: "'./sub/c.txt' is listed twice (first on line 2); keep one row per file"))
    }

    func testEmptyFileCell() throws {
        let error = try tableError("file,outlet\n  ,X\n")
        XCTAssertEqual(error, .metadata(file: "metadata.csv", line: 2,
            problem: "the 'file' column is empty; give the article's path"))
    }

    func testEmptyMetadataFile() throws {
        let error = try tableError("")
        XCTAssertEqual(error, .metadata(file: "metadata.csv", line: nil,
            problem: "is empty; give it a header row such as file,outlet,date,title,url or delete it"))
        XCTAssertEqual(error?.description,
                       "metadata.csv: is empty; give it a header row such as file,outlet,date,title,url or delete it")
    }

    func testOnlyBlankLinesIsEmpty() throws {
        let error = try tableError("\n\n")
        guard case .metadata(_, let line, let problem)? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertNil(line)
        XCTAssertTrue(problem.hasPrefix("is empty"), problem)
    }

    func testUnnamedHeaderColumn() throws {
        let error = try tableError("file,,date\na.txt,x,y\n")
        XCTAssertEqual(error, .metadata(file: "metadata.csv", line: 1,
            problem: "column 2 of the header has no name; name every column"))
    }

    func testDuplicateHeaderColumn() throws {
        let error = try tableError("file,outlet,date,outlet\na.txt,x,y,z\n")
        XCTAssertEqual(error, .metadata(file: "metadata.csv", line: 1,
            problem: "column 'outlet' appears twice (columns 2 and 4); rename one"))
    }

    func testMalformedCSVNamesTheLineOfTheOpenQuote() throws {
        let error = try tableError("file,title\na.txt,ok\nb.txt,\"never closed\nmore\n")
        XCTAssertEqual(error, .metadata(file: "metadata.csv", line: 3,
            problem: "a quoted field is never closed; add the closing double quote"))
    }

    func testMalformedHeader() throws {
        let error = try tableError("file,\"ti\"tle\na.txt,x\n")
        guard case .metadata(_, let line, let problem)? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(line, 1)
        XCTAssertTrue(problem.hasPrefix("text after a closing double quote"), problem)
    }

    // MARK: - Errors through CorpusReader(path:)

    func testReaderReportsMissingFileColumnWithThePathAndLine() throws {
        let error = try readerError("name,outlet\na.txt,Times\n")
        let expectedFile = path("metadata.csv")
        XCTAssertEqual(error, .metadata(file: expectedFile, line: 1,
            problem: "no 'file' column in the header (name,outlet); name the column that holds the article paths 'file'"))
        XCTAssertEqual(error?.description,
            "\(expectedFile):1: no 'file' column in the header (name,outlet); name the column that holds the article paths 'file'")
    }

    func testReaderReportsWrongColumnCount() throws {
        let error = try readerError("file,outlet\na.txt,Times\nb.txt,Post,extra\n")
        XCTAssertEqual(error, .metadata(file: path("metadata.csv"), line: 3,
            problem: "3 columns where the header has 2; quote fields that contain commas"))
        XCTAssertEqual(error?.description,
            "\(path("metadata.csv")):3: 3 columns where the header has 2; quote fields that contain commas")
    }

    func testReaderReportsMissingFile() throws {
        let error = try readerError("file,outlet\na.txt,Times\nnope.txt,Post\n")
        XCTAssertEqual(error?.description,
            "\(path("metadata.csv")):3: 'nope.txt' does not exist in the corpus folder; fix the path or remove the row")
    }

    func testReaderReportsPathsOutsideTheCorpus() throws {
        var error = try readerError("file,outlet\n../x.txt,X\n")
        XCTAssertEqual(error?.description,
            "\(path("metadata.csv")):2: '../x.txt' points outside the corpus folder; give a path relative to the folder that holds metadata.csv")
        error = try readerError("file,outlet\na.txt,A\n/etc/passwd,X\n")
        XCTAssertEqual(error?.description,
            "\(path("metadata.csv")):3: '/etc/passwd' is an absolute path; give the path relative to the folder that holds metadata.csv")
    }

    func testReaderReportsFileListedTwice() throws {
        let error = try readerError("file,outlet\n\nb.txt,X\nsub/c.txt,Y\nb.txt,Z\n")
        XCTAssertEqual(error, .metadata(file: path("metadata.csv"), line: 5,
            problem: "'b.txt' is listed twice (first on line 3); keep one row per file"))
        XCTAssertEqual(error?.description,
            "\(path("metadata.csv")):5: 'b.txt' is listed twice (first on line 3); keep one row per file")
    }

    func testReaderReportsEmptyMetadata() throws {
        let error = try readerError("")
        XCTAssertEqual(error, .metadata(file: path("metadata.csv"), line: nil,
            problem: "is empty; give it a header row such as file,outlet,date,title,url or delete it"))
        XCTAssertEqual(error?.description,
            "\(path("metadata.csv")): is empty; give it a header row such as file,outlet,date,title,url or delete it")
    }

    // MARK: - CorpusPath

    func testNormalisedRelativePath() {
        XCTAssertEqual(CorpusPath.normalisedRelativePath("a.txt"), "a.txt")
        XCTAssertEqual(CorpusPath.normalisedRelativePath("./x/./y.txt"), "x/y.txt")
        XCTAssertEqual(CorpusPath.normalisedRelativePath("x//y.txt"), "x/y.txt")
        XCTAssertEqual(CorpusPath.normalisedRelativePath("x/y/../z.txt"), "x/z.txt")
        XCTAssertEqual(CorpusPath.normalisedRelativePath("x/"), "x")
        XCTAssertNil(CorpusPath.normalisedRelativePath("../x.txt"))
        XCTAssertNil(CorpusPath.normalisedRelativePath("x/../../y.txt"))
        XCTAssertNil(CorpusPath.normalisedRelativePath("/etc/passwd"))
        XCTAssertNil(CorpusPath.normalisedRelativePath("~/a.txt"))
        XCTAssertNil(CorpusPath.normalisedRelativePath("."))
        XCTAssertNil(CorpusPath.normalisedRelativePath("x/.."))
        XCTAssertNil(CorpusPath.normalisedRelativePath(""))
    }

    func testResolvesInside() throws {
        XCTAssertTrue(CorpusPath.resolves(path("a.txt"), inside: root))
        XCTAssertTrue(CorpusPath.resolves(path("sub/c.txt"), inside: root))
        XCTAssertTrue(CorpusPath.resolves(root, inside: root))
        XCTAssertFalse(CorpusPath.resolves("/etc/passwd", inside: root))
        // A sibling whose name starts with the root's name is not inside it.
        XCTAssertFalse(CorpusPath.resolves(root + "-other/a.txt", inside: root))
    }
}
