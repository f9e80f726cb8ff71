import Analysis
import Corpus
import Foundation
import Text
import XCTest
@testable import Reports

/// Nothing from the corpus runs: CSV cells that a spreadsheet would take for a formula, and
/// Markdown or HTML in names and text.
final class InjectionTests: XCTestCase {
    func testFormulaCellsAreNeutralisedAndNumbersKept() {
        var table = CSVTable(header: ["value"])
        let cells = ["=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "- Shares fell", "+cmd|' /C calc'!A0", "\tTab", "\rReturn",
                     "-0.25", "+3", "1e-05", "-2.5E+10", "-", "+", "", "plain", "-inf", "--", "-1-2"]
        for cell in cells { table.append([cell]) }
        let rows = table.text.components(separatedBy: "\r\n")
        let guarded = [
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", "'@SUM(1)", "'- Shares fell", "'+cmd|' /C calc'!A0", "'\tTab",
            "\"'\rReturn\"",
            "-0.25", "+3", "1e-05", "-2.5E+10", "'-", "'+", "", "plain", "'-inf", "'--", "'-1-2",
        ]
        XCTAssertEqual(Array(rows.dropFirst().dropLast()), guarded)
        // --raw-csv: the same table without the guard's quote, the cells as they are.
        let raw = String(decoding: table.encoded(guardsFormulas: false), as: UTF8.self).components(separatedBy: "\r\n")
        XCTAssertEqual(Array(raw.dropFirst().dropLast()), guarded.map {
            $0.hasPrefix("\"'") ? "\"" + $0.dropFirst(2) : $0.hasPrefix("'") ? String($0.dropFirst()) : $0
        })
    }

    func testRowsBuiltApartKeepTheirGuard() {
        var table = CSVTable(header: ["a"])
        table.append(["=one"])
        var part = CSVTable()
        part.append(["-two, with a comma"])
        part.append(["three"])
        table.append(rowsOf: part)
        XCTAssertEqual(table.text, "a\r\n'=one\r\n\"'-two, with a comma\"\r\nthree\r\n")
        XCTAssertEqual(String(decoding: table.encoded(guardsFormulas: false), as: UTF8.self),
                       "a\r\n=one\r\n\"-two, with a comma\"\r\nthree\r\n")
    }

    func testNumbersAreRecognised() {
        for number in ["0", "-0.5", "+12", ".5", "5.", "1e9", "1E-9", "-3.25e+2"] {
            XCTAssertTrue(CSVTable.isNumber(number), number)
        }
        for text in ["", "-", "e5", "1e", "1.2.3", "- 1", "1,000", "--1", "nan", "inf"] {
            XCTAssertFalse(CSVTable.isNumber(text), text)
        }
    }

    func testMarkdownEscapingKeepsTheTextAndNothingElse() {
        XCTAssertEqual(MarkdownReport.escape("<script>alert(1)</script>"), "\\<script\\>alert(1)\\</script\\>")
        XCTAssertEqual(MarkdownReport.escape("**bold** _it_ `code` ~~s~~ [l](u) ![i](x)"),
                       "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\[l\\](u) !\\[i\\](x)")
        XCTAssertEqual(MarkdownReport.escape("a | b\nc\td"), "a \\| b c d")
        XCTAssertEqual(MarkdownReport.escape("- Shares fell"), "\\- Shares fell")
        XCTAssertEqual(MarkdownReport.escape("12. Item"), "12\\. Item")
        XCTAssertEqual(MarkdownReport.escape("12.5% rise"), "12.5% rise")
        XCTAssertEqual(MarkdownReport.escape("# Title"), "\\# Title")
        XCTAssertEqual(MarkdownReport.escape("AT&T &amp; $5"), "AT\\&T \\&amp; \\$5")
        XCTAssertEqual(MarkdownReport.escape("see https://example.com or www.example.org"),
                       "see https\\://example.com or www\\.example.org")
        XCTAssertEqual(MarkdownReport.escape("file_name.txt"), "file_name.txt")
        XCTAssertEqual(MarkdownReport.escape("U.S. troops, 3-2 win"), "U.S. troops, 3-2 win")
        XCTAssertEqual(MarkdownReport.escape("    indented"), "indented")
        XCTAssertEqual(MarkdownReport.escape("mail x@evil.com"), "mail x@\u{2060}evil.com")
        XCTAssertEqual(MarkdownReport.escape("3) item"), "3\\) item")
    }

    func testCodeSpansFenceBackticks() {
        XCTAssertEqual(MarkdownReport.code("Corpus/"), "`Corpus/`")
        XCTAssertEqual(MarkdownReport.code("a`b"), "``a`b``")
        XCTAssertEqual(MarkdownReport.code("`x`"), "`` `x` ``")
        XCTAssertEqual(MarkdownReport.code("a|b\nc"), "`a|b c`")
        XCTAssertEqual(MarkdownReport.code("a|b", inTable: true), "`a\\|b`")
    }
}

/// The output folder rule: nothing the user owns is deleted, overwritten or written through.
final class OutputFolderSafetyTests: XCTestCase {
    var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("outputsafety-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    private func writeOutput(_ target: String, files: [String: String]) throws {
        let folder = try OutputFolder(path: target)
        for (name, text) in files {
            try FileManager.default.createDirectory(atPath: (folder.file(name) as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try text.write(toFile: folder.file(name), atomically: true, encoding: .utf8)
        }
        try folder.commit()
    }

    func testTheFolderKeepsItsPermissionsAndTheWorkingFolderIsRefused() throws {
        try FileManager.default.createDirectory(atPath: path("Private"), withIntermediateDirectories: true)
        XCTAssertEqual(chmod(path("Private"), 0o700), 0)
        try writeOutput(path("Private"), files: ["a.csv": "a"])
        let attributes = try FileManager.default.attributesOfItem(atPath: path("Private"))
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o700)
        let here = FileManager.default.currentDirectoryPath
        defer { FileManager.default.changeCurrentDirectoryPath(here) }
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(path("Private")))
        for target in [".", root.path] {
            XCTAssertThrowsError(try OutputFolder(path: target)) { error in
                XCTAssertEqual(error as? ReportError, .outputHoldsWorkingFolder(path: target, option: "--out"))
            }
        }
    }

    func testAProblemWithOneFolderLeavesBothAsTheyWere() throws {
        try writeOutput(path("Out"), files: ["a.csv": "old"])
        try writeOutput(path("Clean"), files: ["t.txt": "old"])
        let out = try OutputFolder(path: path("Out"))
        let clean = try OutputFolder(path: path("Clean"), option: "--dump-clean")
        try "new".write(toFile: out.file("a.csv"), atomically: true, encoding: .utf8)
        try "new".write(toFile: clean.file("t.txt"), atomically: true, encoding: .utf8)
        try "mine".write(toFile: path("Clean/notes.txt"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try OutputFolder.commit([out, clean])) { error in
            XCTAssertEqual(error as? ReportError, .outputHoldsForeignFile(path: path("Clean"), option: "--dump-clean", file: "notes.txt"))
        }
        XCTAssertEqual(try String(contentsOfFile: path("Out/a.csv"), encoding: .utf8), "old")
        XCTAssertEqual(try String(contentsOfFile: path("Clean/t.txt"), encoding: .utf8), "old")
    }

    func testDuplicateIdsKeepEveryTextWhateverTheOrder() throws {
        // Three documents with one id, written in an order other than the corpus's.
        let dumper = try CleanTextDumper(folder: path("Clean"))
        let processor = DocumentProcessor(removesBoilerplate: false)
        for sequence in [2, 0, 1] {
            let document = Document(id: "a:1", sequenceNumber: sequence, metadata: [:], text: "Text \(sequence).", format: .plainText)
            try dumper.write(processor.process(document, vocabulary: Vocabulary(stopwords: .english)))
        }
        try dumper.commit()
        XCTAssertEqual(try String(contentsOfFile: path("Clean/a_1.txt"), encoding: .utf8), "Text 0.\n")
        XCTAssertEqual(try String(contentsOfFile: path("Clean/a_1~1.txt"), encoding: .utf8), "Text 1.\n")
        XCTAssertEqual(try String(contentsOfFile: path("Clean/a_1~2.txt"), encoding: .utf8), "Text 2.\n")
    }

    func testDumpPathsAreUniqueAndNeverClash() {
        XCTAssertEqual(CleanTextDumper.relativePath(for: "a.txt"), "a.txt")
        XCTAssertEqual(CleanTextDumper.relativePath(for: "a.txt/b"), "a.txt_d/b.txt")
        XCTAssertEqual(CleanTextDumper.relativePath(for: "news.csv:12"), "news.csv_12.txt")
        XCTAssertEqual(CleanTextDumper.relativePath(for: "../x/./y\n"), "x/y_.txt")
        let long = String(repeating: "https-example-com-", count: 20)
        let path = CleanTextDumper.relativePath(for: long)
        XCTAssertLessThanOrEqual(path.utf8.count, 200)
        XCTAssertTrue(path.hasSuffix(".txt"))
        XCTAssertNotEqual(path, CleanTextDumper.relativePath(for: long + "x"))
        XCTAssertEqual(CleanTextDumper.numbered("a/b.txt", 7), "a/b~7.txt")
    }

    func testTheMarkerListsEveryFileWritten() throws {
        try writeOutput(path("Out"), files: ["b.csv": "b", "a.csv": "a", "sub/c.txt": "c"])
        let marker = try String(contentsOfFile: path("Out/.analyze-output"), encoding: .utf8)
        XCTAssertEqual(marker, OutputFolder.markerHeader + "\na.csv\nb.csv\nsub/c.txt\n")
    }

    func testAFileTheUserAddedStopsTheRunAndIsKept() throws {
        try writeOutput(path("Out"), files: ["a.csv": "a", "sub/c.txt": "c"])
        for added in ["notes.txt", "sub/script.py", "new/folder/data.csv"] {
            try FileManager.default.createDirectory(atPath: (path("Out/" + added) as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try "mine".write(toFile: path("Out/" + added), atomically: true, encoding: .utf8)
            XCTAssertThrowsError(try OutputFolder(path: path("Out"))) { error in
                let expected = added.hasPrefix("new/") ? "new" : added
                XCTAssertEqual(error as? ReportError, .outputHoldsForeignFile(path: path("Out"), option: "--out", file: expected))
            }
            XCTAssertEqual(try String(contentsOfFile: path("Out/" + added), encoding: .utf8), "mine")
            try FileManager.default.removeItem(atPath: path("Out/" + (added.hasPrefix("new/") ? "new" : added)))
        }
        // Without them, the folder is ours again.
        XCTAssertNoThrow(try writeOutput(path("Out"), files: ["a.csv": "again"]))
    }

    func testAFileAddedDuringTheRunIsFoundBeforeTheSwap() throws {
        try writeOutput(path("Out"), files: ["a.csv": "a"])
        let folder = try OutputFolder(path: path("Out"))
        try "b".write(toFile: folder.file("a.csv"), atomically: true, encoding: .utf8)
        try "mine".write(toFile: path("Out/late.txt"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try folder.commit()) { error in
            XCTAssertEqual(error as? ReportError, .outputHoldsForeignFile(path: path("Out"), option: "--out", file: "late.txt"))
        }
        XCTAssertEqual(try String(contentsOfFile: path("Out/late.txt"), encoding: .utf8), "mine")
        XCTAssertEqual(try String(contentsOfFile: path("Out/a.csv"), encoding: .utf8), "a")
    }

    func testLinksAreNeverWrittenThrough() throws {
        let victim = path("victim.txt")
        try "precious".write(toFile: victim, atomically: true, encoding: .utf8)
        // A link planted inside an output folder is a file analyze did not write.
        try writeOutput(path("Out"), files: ["a.csv": "a"])
        try FileManager.default.createSymbolicLink(atPath: path("Out/b.csv"), withDestinationPath: victim)
        XCTAssertThrowsError(try OutputFolder(path: path("Out")))
        // An output path that is a link is refused.
        try FileManager.default.createDirectory(atPath: path("Real"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: path("Link"), withDestinationPath: path("Real"))
        XCTAssertThrowsError(try OutputFolder(path: path("Link"))) { error in
            XCTAssertEqual(error as? ReportError, .outputIsLink(path: path("Link"), option: "--out"))
        }
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "precious")
    }

    func testTheCorpusIsNeverTheOutputNorInsideItNorHoldingIt() throws {
        let corpus = path("Corpus")
        try FileManager.default.createDirectory(atPath: corpus + "/sub", withIntermediateDirectories: true)
        for (target, inside) in [(corpus, true), (corpus + "/Output", true), (corpus + "/sub/x", true), (root.path, false)] {
            XCTAssertThrowsError(try OutputFolder(path: target, option: "--dump-clean", protecting: [corpus])) { error in
                XCTAssertEqual(error as? ReportError,
                               .outputOverlapsCorpus(path: target, option: "--dump-clean", corpus: corpus, outputInsideCorpus: inside))
            }
        }
        // A link to the corpus is resolved before comparing.
        try FileManager.default.createSymbolicLink(atPath: path("CorpusLink"), withDestinationPath: corpus)
        XCTAssertThrowsError(try OutputFolder(path: path("CorpusLink/Output"), protecting: [corpus]))
        XCTAssertNoThrow(try OutputFolder(path: path("Elsewhere"), protecting: [corpus]))
        XCTAssertThrowsError(try OutputFolder.checkSeparate(out: path("Out"), dump: path("Out/clean")))
        XCTAssertThrowsError(try OutputFolder.checkSeparate(out: path("Out"), dump: path("Out")))
        XCTAssertNoThrow(try OutputFolder.checkSeparate(out: path("Out"), dump: path("Clean")))
    }

    func testLeftoversOfKilledRunsAreRemovedOrRestored() throws {
        try writeOutput(path("Out"), files: ["a.csv": "a"])
        // A staging folder of a process that is gone (pid 2^22 + 1 is above Linux's maximum).
        let deadPID = 4_194_305
        let staging = path(".Out.tmp-\(deadPID)")
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        try OutputFolder.markerHeader.write(toFile: staging + "/.analyze-output", atomically: true, encoding: .utf8)
        try "partial".write(toFile: staging + "/a.csv", atomically: true, encoding: .utf8)
        // A folder of the same shape holding files but no marker is not ours and stays; an
        // empty one is a run killed before it wrote the marker, and goes.
        let foreign = path(".Out.tmp-\(deadPID + 1)")
        try FileManager.default.createDirectory(atPath: foreign, withIntermediateDirectories: true)
        try "mine".write(toFile: foreign + "/keep.txt", atomically: true, encoding: .utf8)
        let empty = path(".Out.tmp-\(deadPID + 2)")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        try writeOutput(path("Out"), files: ["a.csv": "b"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: staging))
        XCTAssertFalse(FileManager.default.fileExists(atPath: empty))
        XCTAssertTrue(FileManager.default.fileExists(atPath: foreign + "/keep.txt"))
        // A run killed between moving the old output aside and moving the new one in.
        try FileManager.default.moveItem(atPath: path("Out"), toPath: path(".Out.old-\(deadPID)"))
        let folder = try OutputFolder(path: path("Out"))
        XCTAssertEqual(try String(contentsOfFile: path("Out/a.csv"), encoding: .utf8), "b")
        folder.discard()
    }
}

final class ReportNumberTests: XCTestCase {
    func testGroupedDigits() {
        XCTAssertEqual(MarkdownReport.grouped(0), "0")
        XCTAssertEqual(MarkdownReport.grouped(999), "999")
        XCTAssertEqual(MarkdownReport.grouped(4000), "4,000")
        XCTAssertEqual(MarkdownReport.grouped(-1234567), "-1,234,567")
    }
}
