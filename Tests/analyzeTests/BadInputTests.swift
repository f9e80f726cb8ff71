import Foundation
import XCTest

/// Each bad input: its message, its exit code, and the previous output left untouched.
final class BadInputTests: XCTestCase {
    var folder: TemporaryFolder!
    var out: String!
    var previousReport: Data!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        out = folder.path("Output")
        // A previous successful run whose output must survive every failing run.
        let first = try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", out, "--quiet"])
        XCTAssertEqual(first.status, 0, first.stderr)
        previousReport = try Data(contentsOf: URL(fileURLWithPath: out + "/report.md"))
    }

    override func tearDown() {
        folder = nil
    }

    /// Runs analyze, expects exit 1 and exactly one stderr line containing every fragment,
    /// and checks the previous output is untouched and no staging folder is left.
    func assertFails(_ arguments: [String], mentions fragments: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try AnalyzeRunner.run(arguments + ["--out", out])
        XCTAssertEqual(result.status, 1, result.stderr, file: file, line: line)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, "expected one line, got: \(result.stderr)", file: file, line: line)
        XCTAssertTrue(result.stderr.hasPrefix("error: "), result.stderr, file: file, line: line)
        for fragment in fragments {
            XCTAssertTrue(result.stderr.contains(fragment), "'\(fragment)' missing from: \(result.stderr)", file: file, line: line)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: out + "/report.md")), previousReport, file: file, line: line)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.contains(".tmp-") || $0.contains(".old-") }
        XCTAssertEqual(leftovers, [], file: file, line: line)
    }

    func testMissingCorpusFolder() throws {
        try assertFails([folder.path("NoSuchCorpus")], mentions: ["NoSuchCorpus", "no such file or folder"])
    }

    func testEmptyCorpusFolder() throws {
        try FileManager.default.createDirectory(atPath: folder.path("Empty"), withIntermediateDirectories: true)
        try assertFails([folder.path("Empty")], mentions: ["Empty", "holds no documents"])
        try folder.write("OnlyPDF/a.pdf", "%PDF-1.4")
        try assertFails([folder.path("OnlyPDF")], mentions: ["OnlyPDF", "holds no documents"])
    }

    func testMetadataWithWrongColumnCount() throws {
        try folder.write("C/a.txt", "Some text.")
        try folder.write("C/b.txt", "More text.")
        try folder.write("C/metadata.csv", "file,outlet,date\na.txt,X,2020-01-01\nb.txt,Y\n")
        try assertFails([folder.path("C")], mentions: ["metadata.csv:3:", "2 columns where the header has 3"])
    }

    func testMetadataNamingAMissingFile() throws {
        try folder.write("C/a.txt", "Some text.")
        try folder.write("C/metadata.csv", "file,outlet\na.txt,X\nmissing.txt,Y\n")
        try assertFails([folder.path("C")], mentions: ["metadata.csv:3:", "'missing.txt' does not exist"])
    }

    func testMetadataPathOutsideTheCorpus() throws {
        try folder.write("secret.txt", "Not part of the corpus.")
        try folder.write("C/a.txt", "Some text.")
        try folder.write("C/metadata.csv", "file,outlet\n../secret.txt,X\n")
        try assertFails([folder.path("C")], mentions: ["metadata.csv:2:", "points outside the corpus folder"])
        try folder.write("D/a.txt", "Some text.")
        try folder.write("D/metadata.csv", "file,outlet\n/etc/hostname,X\n")
        try assertFails([folder.path("D")], mentions: ["metadata.csv:2:", "'/etc/hostname' is an absolute path"])
    }

    func testMetadataWithoutFileColumnAndWithAnOpenQuote() throws {
        try folder.write("C/a.txt", "Some text.")
        try folder.write("C/metadata.csv", "name,outlet\na.txt,X\n")
        try assertFails([folder.path("C")], mentions: ["metadata.csv:1:", "no 'file' column"])
        try folder.write("D/a.txt", "Some text.")
        try folder.write("D/metadata.csv", "file,title\na.txt,\"An open quote\n")
        try assertFails([folder.path("D")], mentions: ["metadata.csv:2:", "never closed"])
    }

    func testOutputThatCannotBeWritten() throws {
        let blocker = try folder.write("blocker", "a file, not a folder")
        let result = try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", blocker])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "error: \(blocker): exists and is not a folder; choose another --out\n")
        XCTAssertEqual(try String(contentsOfFile: blocker, encoding: .utf8), "a file, not a folder")

        let inside = blocker + "/Output"
        let nested = try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", inside])
        XCTAssertEqual(nested.status, 1)
        XCTAssertTrue(nested.stderr.hasPrefix("error: \(inside): cannot write the output folder"), nested.stderr)
        XCTAssertEqual(nested.stderr.split(separator: "\n").count, 1)
    }

    func testForeignFolderIsNotReplaced() throws {
        let mine = try folder.write("Mine/notes.txt", "my notes")
        let target = (mine as NSString).deletingLastPathComponent
        let result = try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", target])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("files that analyze did not write"), result.stderr)
        XCTAssertEqual(try String(contentsOfFile: mine, encoding: .utf8), "my notes")
    }

    func testNoReadableDocument() throws {
        try folder.write("C/bad.txt", Data([0x61, 0x00, 0x62, 0x00, 0x63, 0x00]))
        let result = try AnalyzeRunner.run([folder.path("C"), "--out", out])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("warning: bad.txt: UTF-16 text without a byte-order mark (NUL bytes at every other offset); re-save it as UTF-8"), result.stderr)
        XCTAssertTrue(result.stderr.contains("error: \(folder.path("C")): none of its documents could be read"), result.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: out + "/report.md")), previousReport)
    }

    func testUnknownGroupColumnAndStopwordFile() throws {
        try assertFails([AnalyzeRunner.bundledCorpus.path, "--group-by", "section"],
                        mentions: ["--group-by section", "outlet, date, title, url, genre"])
        try assertFails([AnalyzeRunner.bundledCorpus.path, "--stopwords", folder.path("none.txt")],
                        mentions: ["none.txt", "does not exist"])
    }

    func testUsageErrorsExit64() throws {
        let result = try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--min-count", "0", "--out", out])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.contains("--min-count must be 1 or more"), result.stderr)
        let missing = try AnalyzeRunner.run([])
        XCTAssertEqual(missing.status, 64)
    }
}

/// Files skipped with a warning while the run goes on.
final class SkippedFileTests: XCTestCase {
    func testBadFilesAreSkippedAndCounted() throws {
        let folder = try TemporaryFolder()
        let corpus = try folder.copyBundledCorpus()
        try folder.write("Corpus/latin1.txt", Data("Caf".utf8 + [0xE9] + " au lait.".utf8))
        try folder.write("Corpus/image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]))
        try folder.write("Corpus/scan.pdf", "%PDF-1.4")
        try FileManager.default.createSymbolicLink(atPath: folder.path("Corpus/gone.txt"), withDestinationPath: folder.path("nowhere.txt"))
        let out = folder.path("Output")
        let result = try AnalyzeRunner.run([corpus, "--out", out])
        XCTAssertEqual(result.status, 0, result.stderr)
        let warnings = result.stderr.split(separator: "\n").filter { $0.hasPrefix("warning: ") }
        XCTAssertEqual(warnings.count, 5, result.stderr)
        XCTAssertTrue(result.stderr.contains("warning: latin1.txt: has no row in \(corpus)/metadata.csv; its metadata comes from its folder only, add a row for it"),
                      result.stderr)
        XCTAssertTrue(result.stderr.contains("warning: latin1.txt: not UTF-8 (first at offset 3, line 1, column 4); read as Windows-1252"))
        XCTAssertTrue(result.stderr.contains("warning: image.txt: binary data (a NUL byte at offset 4)"))
        XCTAssertTrue(result.stderr.contains("warning: scan.pdf: not read: .pdf is not a document format"))
        XCTAssertTrue(result.stderr.contains("warning: gone.txt: a broken link (its target does not exist); fix or remove it"))
        let report = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        XCTAssertTrue(report.contains("3 files or records skipped"), report)
        XCTAssertTrue(report.contains("| not UTF-8, decoded (text kept) | 1 | `latin1.txt` |"), report)
        XCTAssertTrue(report.contains("| binary file | 1 | `image.txt` |"))
        XCTAssertTrue(report.contains("| unsupported file type | 1 | `scan.pdf` |"))
        XCTAssertTrue(report.contains("| unreadable | 1 | `gone.txt` |"))
        // The four good articles still give the same counts.
        let soleimani = try readTable(out + "/terms.csv").first { $0["scope"] == "corpus" && $0["term"] == "soleimani" }
        XCTAssertEqual(soleimani?["count"], "53")
    }

    func testQuietSilencesWarnings() throws {
        let folder = try TemporaryFolder()
        let corpus = try folder.copyBundledCorpus()
        try folder.write("Corpus/scan.pdf", "%PDF-1.4")
        let result = try AnalyzeRunner.run([corpus, "--out", folder.path("Output"), "--quiet"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stderr, "")
    }
}
