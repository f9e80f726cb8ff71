import Foundation
import XCTest
@testable import Reports

final class CSVTableTests: XCTestCase {
    /// The report's short p-values: three decimals down to 0.001, then one decimal of mantissa,
    /// never a mantissa of 10.
    func testScientificNotationOfSmallP() {
        XCTAssertEqual(MarkdownReport.scientific(0), "0")
        XCTAssertEqual(MarkdownReport.scientific(0.5), "0.500")
        XCTAssertEqual(MarkdownReport.scientific(0.001), "0.001")
        XCTAssertEqual(MarkdownReport.scientific(0.000999000999000999), "1.0e-3")
        XCTAssertEqual(MarkdownReport.scientific(2.686849106044527e-4), "2.7e-4")
        XCTAssertEqual(MarkdownReport.scientific(9.96e-13), "1.0e-12")
        XCTAssertEqual(MarkdownReport.scientific(1.2e-12), "1.2e-12")
    }

    /// A table written in chunks has the bytes of the table built whole, guarded and raw, also
    /// when a row and its formula guards fall after a chunk boundary.
    func testFileWriterWritesTheBytesOfTheWholeTable() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csv-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let header = ["file", "text"]
        var whole = CSVTable(header: header)
        var rows: [[String]] = []
        let long = String(repeating: "x", count: 5_000)
        for i in 0..<2_000 {   // about 10 MB: more than two chunks
            rows.append(["doc\(i).txt", i % 3 == 0 ? "=HYPERLINK(\"x\"),\(long)" : "-\(i) \(long)"])
        }
        for row in rows { whole.append(row) }
        for guards in [true, false] {
            let path = folder.appendingPathComponent("t\(guards).csv").path
            let writer = try CSVFileWriter(path: path, header: header, guardsFormulas: guards)
            for row in rows { try writer.append(row) }
            try writer.close()
            let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            XCTAssertEqual(written.count, whole.encoded(guardsFormulas: guards).count)
            XCTAssertTrue(written == whole.encoded(guardsFormulas: guards))
        }
        XCTAssertNotEqual(whole.encoded(guardsFormulas: true), whole.encoded(guardsFormulas: false))
    }

    func testRFC4180Quoting() {
        var table = CSVTable(header: ["group", "term"])
        table.append(["The Washington Post", "plain"])
        table.append(["a,b", "say \"hi\""])
        table.append(["two\nlines", ""])
        XCTAssertEqual(table.text, "group,term\r\nThe Washington Post,plain\r\n\"a,b\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",\r\n")
        // Quotes first, last and alone; a carriage return; text beyond ASCII around a quote.
        var more = CSVTable()
        more.append(["\"", "a\"b\"", "x\ry", "«\"é\"»"])
        XCTAssertEqual(more.text, "\"\"\"\"," + "\"a\"\"b\"\"\"," + "\"x\ry\"," + "\"«\"\"é\"\"»\"\r\n")
    }

    func testNumbersUsePeriodAndNoSeparators() {
        XCTAssertEqual(CSVNumber.fixed(1234567.891), "1234567.8910")
        XCTAssertEqual(CSVNumber.fixed(129.61601, decimals: 1), "129.6")
        XCTAssertEqual(CSVNumber.fixed(-0.00001), "0.0000")
        XCTAssertEqual(CSVNumber.fixed(.nan), "")
        XCTAssertEqual(CSVNumber.fixed(-2.5, decimals: 0), "-3")
        XCTAssertEqual(CSVNumber.fixed(0.05, decimals: 1), "0.1")
        XCTAssertEqual(CSVNumber.fixed(7, decimals: 9), "7.000000000")
        XCTAssertEqual(CSVNumber.fixed(-0.000123, decimals: 6), "-0.000123")
    }

    /// A record written field by field has the bytes of the same fields given as strings:
    /// numbers as `String` writes them, text quoted and formula-guarded alike.
    func testFieldByFieldRecordsEqualArrayRecords() {
        var byArray = CSVTable(header: ["text", "n", "x"])
        var byField = CSVTable(header: ["text", "n", "x"])
        let rows: [(String, Int, Double)] = [("plain", 0, 0), ("a,b", -12, -0.00004), ("=SUM(A1)", Int.max, 123.456789),
                                             ("-", Int.min, -7.25), ("\"q\"", 1_000_000, 1e20), ("", 42, .nan)]
        for (text, n, x) in rows {
            byArray.append([text, String(n), CSVNumber.fixed(x)])
            byField.field(text)
            byField.field(n)
            byField.field(fixed: x)
            byField.endRecord()
        }
        XCTAssertEqual(byField.text, byArray.text)
        XCTAssertEqual(byField.encoded(guardsFormulas: false), byArray.encoded(guardsFormulas: false))
        XCTAssertTrue(byField.text.contains("\r\n'=SUM(A1),9223372036854775807,123.4568\r\n"))
        XCTAssertTrue(byField.text.contains("\r\n'-,-9223372036854775808,-7.2500\r\n"))
    }
}

final class OutputFolderTests: XCTestCase {
    var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("outputfolder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    func testCommitReplacesAPreviousOutputWhole() throws {
        let target = root.appendingPathComponent("Output").path
        let first = try OutputFolder(path: target)
        try "one".write(toFile: first.file("a.csv"), atomically: true, encoding: .utf8)
        try "old".write(toFile: first.file("stale.csv"), atomically: true, encoding: .utf8)
        try first.commit()
        let second = try OutputFolder(path: target)
        try "two".write(toFile: second.file("a.csv"), atomically: true, encoding: .utf8)
        // Until commit, the previous output is intact.
        XCTAssertEqual(try String(contentsOfFile: target + "/a.csv", encoding: .utf8), "one")
        try second.commit()
        XCTAssertEqual(try String(contentsOfFile: target + "/a.csv", encoding: .utf8), "two")
        XCTAssertFalse(FileManager.default.fileExists(atPath: target + "/stale.csv"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path), ["Output"])
    }

    func testDiscardLeavesThePreviousOutput() throws {
        let target = root.appendingPathComponent("Output").path
        let first = try OutputFolder(path: target)
        try "one".write(toFile: first.file("a.csv"), atomically: true, encoding: .utf8)
        try first.commit()
        do {
            let failed = try OutputFolder(path: target)
            try "partial".write(toFile: failed.file("a.csv"), atomically: true, encoding: .utf8)
        } // released without commit: a failed run
        XCTAssertEqual(try String(contentsOfFile: target + "/a.csv", encoding: .utf8), "one")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path), ["Output"])
    }

    func testRefusesForeignFoldersAndFiles() throws {
        let foreign = root.appendingPathComponent("Documents")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try "keep me".write(to: foreign.appendingPathComponent("thesis.docx"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try OutputFolder(path: foreign.path)) { error in
            XCTAssertEqual(error as? ReportError, .outputNotOurs(path: foreign.path, option: "--out"))
        }
        let file = root.appendingPathComponent("file.txt")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try OutputFolder(path: file.path)) { error in
            XCTAssertEqual(error as? ReportError, .outputNotAFolder(path: file.path, option: "--out"))
        }
        // An empty existing folder is fine.
        let empty = root.appendingPathComponent("Empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        XCTAssertNoThrow(try OutputFolder(path: empty.path).commit())
    }

    func testCleanTextPaths() {
        XCTAssertEqual(CleanTextDumper.relativePath(for: "sub/a.txt"), "sub/a.txt")
        XCTAssertEqual(CleanTextDumper.relativePath(for: "notes.md"), "notes.md.txt")
        XCTAssertEqual(CleanTextDumper.relativePath(for: "export.csv:12"), "export.csv_12.txt")
        XCTAssertEqual(CleanTextDumper.relativePath(for: "../../etc/x"), "etc/x.txt")
    }
}

final class FigureFormattingTests: XCTestCase {
    func testPlainNumbers() {
        XCTAssertEqual(FigureTables.plain(600), "600")
        XCTAssertEqual(FigureTables.plain(1.2), "1.2")
        XCTAssertEqual(FigureTables.plain(1_130_000_000), "1130000000")
        XCTAssertEqual(FigureTables.plain(21.6), "21.6")
        XCTAssertEqual(FigureTables.plain(0.000_000_4), "0", "six decimals at most")
        XCTAssertEqual(FigureTables.plain(.infinity), "inf")
        XCTAssertEqual(FigureTables.plain(nil), "")
        XCTAssertEqual(FigureTables.plain(.nan), "")
    }

    func testRatiosKeepTwoSignificantDigits() {
        XCTAssertEqual(MarkdownReport.ratioNumber(3), "3.0")
        XCTAssertEqual(MarkdownReport.ratioNumber(25.4), "25")
        XCTAssertEqual(MarkdownReport.ratioNumber(0.25), "0.25")
        XCTAssertEqual(MarkdownReport.ratioNumber(0.5), "0.50")
        XCTAssertEqual(MarkdownReport.ratioNumber(0.0018), "0.0018")
        XCTAssertEqual(MarkdownReport.ratioNumber(1.0 / 550_000_000_000), "1.8e-12")
    }
}
