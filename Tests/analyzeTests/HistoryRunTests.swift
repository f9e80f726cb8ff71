import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Scheduled runs, end to end: the history beside the output, the report's "Changes since"
/// section and changes.csv after an article is added, `analyze compare` on the history's
/// entries and on output folders, `--skip-unchanged` (status 3) and the output's lock
/// (status 75).
final class HistoryRunTests: XCTestCase {
    func testHistoryChangesCompareSkipAndLock() throws {
        let folder = try TemporaryFolder()
        let fm = FileManager.default
        let corpus = folder.path("Corpus")
        try fm.copyItem(atPath: AnalyzeRunner.bundledCorpus.path, toPath: corpus)
        let work = URL(fileURLWithPath: folder.path(""))
        func run(_ arguments: [String]) throws -> AnalyzeRunner.Result {
            try AnalyzeRunner.run(arguments, currentDirectory: work)
        }
        // The first run starts the history: no section, no changes.csv.
        var result = try run(["Corpus", "--out", "Output"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(fm.fileExists(atPath: folder.path("Output/changes.csv")))
        XCTAssertFalse(try String(contentsOfFile: folder.path("Output/report.md"), encoding: .utf8).contains("## Changes since"))
        let record = try String(contentsOfFile: folder.path("Output/run.json"), encoding: .utf8)
        XCTAssertTrue(record.contains("\"path\" : \"metadata.csv\""), record)
        try fm.copyItem(atPath: folder.path("Output"), toPath: folder.path("first"))

        // A fifth article, of another outlet.
        let article = AnalyzeRunner.packageRoot.appendingPathComponent("Tests/Fixtures/history/004_test_wire.txt").path
        try fm.copyItem(atPath: article, toPath: corpus + "/004_test_wire.txt")
        let metadata = try FileHandle(forWritingTo: URL(fileURLWithPath: corpus + "/metadata.csv"))
        try metadata.seekToEnd()
        try metadata.write(contentsOf: Data("004_test_wire.txt,Test Wire,2020-01-04,Iran vows revenge as Pentagon raises toll,,news article\n".utf8))
        try metadata.close()
        result = try run(["Corpus", "--out", "Output"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("compared with the run of "), result.stderr)
        let changes = try String(contentsOfFile: folder.path("Output/changes.csv"), encoding: .utf8)
        for row in ["file_added,004_test_wire.txt,,,,", "file_changed,metadata.csv,", "document_added,004_test_wire.txt,Test Wire,004_test_wire.txt,,",
                    "group_added,Test Wire,Test Wire,,,1,", "term_new,funeral,", "term_new,mourners,", "pair_new,Adel Abdul Mahdi + Baghdad,",
                    "figure_revised,us troops (killed),Test Wire,004_test_wire.txt@157,600,650,50,,,1.0833,", "figure_new,troops (deployed),Test Wire,"] {
            XCTAssertTrue(changes.contains(row), "changes.csv lacks \(row):\n\(changes)")
        }
        XCTAssertTrue(changes.contains("entity_renamed,Mark Esper (PERSON),,"), changes)
        let report = try String(contentsOfFile: folder.path("Output/report.md"), encoding: .utf8)
        let section = try XCTUnwrap(report.range(of: "## Changes since "))
        XCTAssertLessThan(section.lowerBound, try XCTUnwrap(report.range(of: "## Summary")).lowerBound)
        XCTAssertTrue(report.contains("1 file added, 1 changed, 0 removed; 4 → 5 documents (1 new, 0 gone)."), report)
        XCTAssertTrue(report.contains("| us troops (killed) | Test Wire | 600 | 650 | ×1.08 |"), report)

        // The history holds both runs; compare gives the history's rows, from the entries and
        // from the output folders alike.
        let entries = try fm.contentsOfDirectory(atPath: folder.path("history")).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertEqual(entries.count, 2, "\(entries)")
        XCTAssertTrue(fm.fileExists(atPath: folder.path("history/\(entries[1])/analysis.snapshot")))
        result = try run(["compare", "history/\(entries[0])", "history/\(entries[1])", "--out", "Changes"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try String(contentsOfFile: folder.path("Changes/changes.csv"), encoding: .utf8), changes)
        result = try run(["compare", "first", "Output", "--out", "Changes2", "--quiet"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try String(contentsOfFile: folder.path("Changes2/changes.csv"), encoding: .utf8), changes)
        XCTAssertTrue(try String(contentsOfFile: folder.path("Changes2/changes.md"), encoding: .utf8).hasPrefix("## Changes from first to Output\n\n"))

        // Nothing new: --skip-unchanged writes nothing and exits 3.
        let before = try Data(contentsOf: URL(fileURLWithPath: folder.path("Output/report.md")))
        result = try run(["Corpus", "--out", "Output", "--skip-unchanged"])
        XCTAssertEqual(result.status, 3, result.stderr)
        XCTAssertTrue(result.stderr.contains("nothing new since the run of "), result.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: folder.path("Output/report.md"))), before)
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: folder.path("history")).filter { !$0.hasPrefix(".") }.count, 2)

        // Another run holds the output's lock: status 75 and the holder's process named.
        let lock = open(folder.path(".Output.lock"), O_RDWR | O_CREAT, 0o644)
        XCTAssertGreaterThanOrEqual(lock, 0)
        XCTAssertEqual(flock(lock, LOCK_EX | LOCK_NB), 0)
        _ = ftruncate(lock, 0)
        _ = pwrite(lock, "4242\n", 5, 0)
        result = try run(["Corpus", "--out", "Output"])
        XCTAssertEqual(result.status, 75, result.stderr)
        XCTAssertEqual(result.stderr, "error: Output: another analyze run (process 4242) is writing this output folder; run again when it has finished, or give --wait to wait for it\n")
        // With --wait the run waits for the lock and then runs.
        DispatchQueue.global().asyncAfter(deadline: .now() + 1) { flock(lock, LOCK_UN); close(lock) }
        result = try run(["Corpus", "--out", "Output", "--wait", "--quiet"])
        XCTAssertEqual(result.status, 0, result.stderr)
    }
}

/// `--since`: only the new documents are analysed and merged into the earlier run's counts,
/// and every output file is what a full run writes; a changed file makes a full run.
final class SinceRunTests: XCTestCase {
    func testSinceGivesAFullRunsFilesAndFallsBackWhenFilesChanged() throws {
        let folder = try TemporaryFolder()
        let fm = FileManager.default
        let corpus = folder.path("Corpus")
        try fm.copyItem(atPath: AnalyzeRunner.bundledCorpus.path, toPath: corpus)
        let work = URL(fileURLWithPath: folder.path(""))
        func run(_ arguments: [String]) throws -> AnalyzeRunner.Result {
            try AnalyzeRunner.run(arguments, currentDirectory: work)
        }
        XCTAssertEqual(try run(["Corpus", "--out", "O1", "-q"]).status, 0)
        try fm.copyItem(atPath: folder.path("history"), toPath: folder.path("history-copy"))
        let article = AnalyzeRunner.packageRoot.appendingPathComponent("Tests/Fixtures/history/004_test_wire.txt").path
        try fm.copyItem(atPath: article, toPath: corpus + "/004_test_wire.txt")
        let metadata = try FileHandle(forWritingTo: URL(fileURLWithPath: corpus + "/metadata.csv"))
        try metadata.seekToEnd()
        try metadata.write(contentsOf: Data("004_test_wire.txt,Test Wire,2020-01-04,Iran vows revenge,,news article\n".utf8))
        try metadata.close()
        var result = try run(["Corpus", "--out", "O2", "--since", "last"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains(": 1 new documents analysed, 4 taken from that run"), result.stderr)
        // A full run against the same history gives the same files, byte for byte.
        try fm.moveItem(atPath: folder.path("history"), toPath: folder.path("history-since"))
        try fm.moveItem(atPath: folder.path("history-copy"), toPath: folder.path("history"))
        XCTAssertEqual(try run(["Corpus", "--out", "O3", "-q"]).status, 0)
        let files = (fm.enumerator(atPath: folder.path("O3"))?.allObjects as? [String] ?? []).filter { !$0.hasSuffix("/") }.sorted()
        XCTAssertTrue(files.contains("changes.csv") && files.contains("report.md"), "\(files)")
        for name in files {
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: folder.path("O3/" + name), isDirectory: &isFolder), !isFolder.boolValue else { continue }
            XCTAssertEqual(fm.contents(atPath: folder.path("O2/" + name)), fm.contents(atPath: folder.path("O3/" + name)), "\(name) differs from a full run's")
        }
        // A changed article: the whole corpus is analysed, and the run says why.
        try "An added line.\n".appendingFormat("%@", try String(contentsOfFile: corpus + "/001_4905c266883032d1.txt", encoding: .utf8))
            .write(toFile: corpus + "/001_4905c266883032d1.txt", atomically: true, encoding: .utf8)
        result = try run(["Corpus", "--out", "O4", "--since", "last"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("files were changed or removed since, or new files sort among the earlier ones; analysing the whole corpus"), result.stderr)
        XCTAssertTrue(try String(contentsOfFile: folder.path("O4/changes.csv"), encoding: .utf8).contains("file_changed,001_4905c266883032d1.txt,"))
        // An earlier document no longer read (its new date lies outside --from): a full run.
        XCTAssertEqual(try run(["Corpus", "--out", "P1", "--from", "2020-01-02", "-q"]).status, 0)
        let table = try String(contentsOfFile: corpus + "/metadata.csv", encoding: .utf8)
        try table.replacingOccurrences(of: "004_test_wire.txt,Test Wire,2020-01-04", with: "004_test_wire.txt,Test Wire,2019-12-31")
            .write(toFile: corpus + "/metadata.csv", atomically: true, encoding: .utf8)
        result = try run(["Corpus", "--out", "P2", "--from", "2020-01-02", "--since", "last"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("1 documents of that run are no longer read; analysing the whole corpus"), result.stderr)
        XCTAssertTrue(try String(contentsOfFile: folder.path("P2/run.json"), encoding: .utf8).contains("\"documents\" : 3,"))
        // Not an entry of a history: an error that says what to give.
        result = try run(["Corpus", "--out", "O5", "--since", "O1"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("error: O1: is not an entry of a history folder"), result.stderr)
    }
}
