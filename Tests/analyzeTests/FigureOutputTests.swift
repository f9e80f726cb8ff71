import Foundation
import XCTest

/// figures.csv, figure_groups.csv, figure_comparisons.csv, the report section and `analyze figures`.
final class FigureOutputTests: XCTestCase {
    static var clean: String { BundledCorpusRun.clean }
    var out: String { BundledCorpusRun.out }

    func testTheTroopDeathsComparison() throws {
        let rows = try readTable(out + "/figure_comparisons.csv")
        let revision = try XCTUnwrap(rows.first { $0["surface_a"] == "about 200" && $0["surface_b"] == "roughly 600" })
        XCTAssertEqual(revision["group_a"], "Defense One")
        XCTAssertEqual(revision["group_b"], "Defense One")
        XCTAssertEqual(revision["counted_key"], "us troops")
        XCTAssertEqual(revision["event"], "killed")
        XCTAssertEqual(revision["time_resolved_a"], "2015")
        XCTAssertEqual(revision["time_resolved_b"], "2020", "\"this year\" in an article of 2020-01-02")
        XCTAssertEqual(revision["source_a"], "the Pentagon")
        XCTAssertEqual(revision["ratio"], "3.0000")
        XCTAssertEqual(revision["difference"], "400")
        XCTAssertEqual(revision["change_pct"], "200.00")
        XCTAssertEqual(revision["status"], "revised")
        XCTAssertEqual(revision["intervals_overlap"], "false")

        let agreement = try XCTUnwrap(rows.first { $0["surface_a"] == "roughly 600" && $0["surface_b"] == "at least 600" })
        XCTAssertEqual(agreement["group_b"], "The Washington Post")
        XCTAssertEqual(agreement["source_b"], "U.S. officials")
        XCTAssertEqual(agreement["high_b"], "inf")
        XCTAssertEqual(agreement["ratio"], "1.0000")
        XCTAssertEqual(agreement["status"], "consistent")
        XCTAssertEqual(agreement["intervals_overlap"], "true")
        // U.S. troops, American troops: one group, reported by two outlets.
        let groups = try readTable(out + "/figure_groups.csv")
        let troops = try XCTUnwrap(groups.first { $0["counted_key"] == "us troops" && $0["event"] == "killed" })
        XCTAssertEqual(troops["group_reports"], "3")
        XCTAssertEqual(troops["group_outlets"], "2")
        XCTAssertEqual(troops["group_min"], "200")
        XCTAssertEqual(troops["group_median"], "600")
        XCTAssertEqual(troops["group_max"], "600")
        XCTAssertEqual(troops["group_cv"], "0.4949", "sd 230.94 over mean 466.67")
        // Every pair row repeats its group's summary.
        for row in rows where row["comparison_group"] == troops["comparison_group"] {
            XCTAssertEqual(row["group_cv"], troops["group_cv"])
        }
    }

    func testFiguresCSVPointsIntoTheCleanedText() throws {
        let rows = try readTable(out + "/figures.csv")
        XCTAssertGreaterThanOrEqual(rows.count, 32)
        var texts: [String: [Unicode.Scalar]] = [:]
        for row in rows {
            let file = try XCTUnwrap(row["file"])
            if texts[file] == nil {
                texts[file] = Array(try String(contentsOfFile: Self.clean + "/" + file, encoding: .utf8).unicodeScalars)
            }
            let text = try XCTUnwrap(texts[file])
            let start = try XCTUnwrap(Int(row["char_start"] ?? "")), end = try XCTUnwrap(Int(row["char_end"] ?? ""))
            var surface = String.UnicodeScalarView()
            surface.append(contentsOf: text[start..<end])
            XCTAssertEqual(String(surface), row["surface"])
            XCTAssertTrue(row["sentence_text"]?.contains(row["surface"] ?? "") ?? false, "the quoted sentence holds the figure")
        }
        let dozen = try XCTUnwrap(rows.first { $0["surface"] == "At least half a dozen" })
        XCTAssertEqual(dozen["value"], "6")
        XCTAssertEqual(dozen["qualifier"], "at_least")
        XCTAssertEqual(rows.first { $0["surface"] == "about two dozen" }?["value"], "24")
        XCTAssertEqual(rows.first { $0["surface"] == "More than 1,200" }?["value"], "1200")
        let inherited = try XCTUnwrap(rows.first { $0["surface"] == "roughly 600" })
        XCTAssertEqual(inherited["inherited"], "true")
        XCTAssertEqual(inherited["counted"], "U.S. troops")
        XCTAssertEqual(inherited["time"], "This year")
        XCTAssertEqual(inherited["group"], "Defense One")
    }

    func testReportSection() throws {
        let report = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        let section = try XCTUnwrap(report.components(separatedBy: "## Figures compared").dropFirst().first)
        let disagreements = try XCTUnwrap(section.components(separatedBy: "### Largest disagreements and revisions").dropFirst().first)
        let first = try XCTUnwrap(disagreements.components(separatedBy: "\n").first { $0.hasPrefix("1. ") })
        XCTAssertTrue(first.contains("revised"), first)
        XCTAssertTrue(first.contains("×3.0"), first)
        XCTAssertTrue(disagreements.contains("> In 2015, the Pentagon officially blamed Iran for the deaths of about 200 U.S. troops"))
        XCTAssertTrue(disagreements.contains("> This year, the department increased that tally to roughly 600."))
    }

    func testTheSameBytesTwiceAndWithOneWorker() throws {
        let folder = try TemporaryFolder()
        let again = folder.path("again"), single = folder.path("single")
        XCTAssertEqual(try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", again, "-q"]).status, 0)
        XCTAssertEqual(try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", single, "--jobs", "1", "-q"]).status, 0)
        for name in ["figures.csv", "figure_groups.csv", "figure_comparisons.csv"] {
            let reference = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: again + "/" + name)), reference, name)
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: single + "/" + name)), reference, name)
        }
    }

    /// A review file judges the cars' pair different: the next run leaves it out; a judgement
    /// that is neither same nor different stops the run with the file's line.
    func testReviewFile() throws {
        let folder = try TemporaryFolder()
        let pairs = try readTable(out + "/figure_comparisons.csv")
        let cars = try XCTUnwrap(pairs.first { $0["counted_key"] == "car" })
        let keyA = try XCTUnwrap(cars["key_a"]), keyB = try XCTUnwrap(cars["key_b"])
        XCTAssertEqual(cars["link_kind"], "scored")
        XCTAssertTrue(try XCTUnwrap(cars["link_reasons"]).contains("nouns of one kind (vehicle)"))
        let review = folder.path("review.csv")
        try "key_a,key_b,judgement\n\(keyA),\(keyB),different\n".write(toFile: review, atomically: true, encoding: .utf8)
        let result = try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", folder.path("out"), "--figure-review", review, "-q"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let reviewed = try readTable(folder.path("out") + "/figure_comparisons.csv")
        XCTAssertFalse(reviewed.contains { $0["counted_key"] == "car" })
        XCTAssertEqual(reviewed.count, pairs.count - 1)
        let report = try String(contentsOfFile: folder.path("out") + "/report.md", encoding: .utf8)
        XCTAssertTrue(report.contains("The review file (`--figure-review`) judged 1 pair of this run's figures."))

        try "key_a,key_b,judgement\n\(keyA),\(keyB),maybe\n".write(toFile: review, atomically: true, encoding: .utf8)
        let bad = try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", folder.path("bad"), "--figure-review", review])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("review.csv:2: judgement 'maybe' is neither same nor different"), bad.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path("bad")), "nothing is written")
    }

    func testLargeGroupsAreSummarisedWithoutPairs() throws {
        let folder = try TemporaryFolder()
        let result = try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", folder.path("out"), "--figure-pairs-max", "2", "-q"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let pairs = try readTable(folder.path("out") + "/figure_comparisons.csv")
        XCTAssertFalse(pairs.contains { $0["counted_key"] == "us troops" }, "three figures exceed a limit of two")
        XCTAssertEqual(pairs.map { $0["counted_key"] }, ["car"], "the troops' group of three exceeds the limit; the two cars are listed")
        let groups = try readTable(folder.path("out") + "/figure_groups.csv")
        XCTAssertEqual(groups.first { $0["counted_key"] == "us troops" }?["pairs_listed"], "false")
        let report = try String(contentsOfFile: folder.path("out") + "/report.md", encoding: .utf8)
        XCTAssertTrue(report.contains("1 group has more than 2 figures and is summarised without pairs"))

        let invalid = try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", folder.path("bad"), "--figure-pairs-max", "1"])
        XCTAssertEqual(invalid.status, 64)
        XCTAssertTrue(invalid.stderr.contains("--figure-pairs-max must lie between 2 and 10000"), invalid.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path("bad")))
    }

    func testCopiesOfAStoryAreListedOnceInTheReport() throws {
        let folder = try TemporaryFolder()
        let corpus = try folder.copyBundledCorpus()
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }.sorted()
        var metadata = try String(contentsOfFile: corpus + "/metadata.csv", encoding: .utf8)
        for file in files {
            try FileManager.default.copyItem(atPath: corpus + "/" + file, toPath: corpus + "/copy_" + file)
            let row = try XCTUnwrap(metadata.components(separatedBy: "\n").first { $0.hasPrefix(file) })
            metadata += (metadata.hasSuffix("\n") ? "" : "\n") + "copy_" + row + "\n"
        }
        try metadata.write(toFile: corpus + "/metadata.csv", atomically: true, encoding: .utf8)
        let result = try AnalyzeRunner.run([corpus, "--out", folder.path("out"), "-q"])
        XCTAssertEqual(result.status, 0, result.stderr)
        // Each copy is found and named with its original.
        let documents = try readTable(folder.path("out") + "/documents.csv")
        for file in files {
            let copy = try XCTUnwrap(documents.first { $0["file"] == "copy_" + file })
            XCTAssertEqual(copy["duplicate_of"], file)
            XCTAssertEqual(copy["duplicate_similarity"], "1.00")
        }
        // The copies' figures are listed but not compared: 200 → 600 once, within the original.
        let figures = try readTable(folder.path("out") + "/figures.csv")
        let copies = figures.filter { ($0["file"] ?? "").hasPrefix("copy_") }
        XCTAssertEqual(copies.count * 2, figures.count)
        XCTAssertTrue(copies.allSatisfy { ($0["comparison_group"] ?? "").isEmpty })
        let pairs = try readTable(folder.path("out") + "/figure_comparisons.csv")
        XCTAssertEqual(pairs.filter { $0["status"] == "revised" }.count, 1, "200 → 600, not again across the copies")
        XCTAssertFalse(pairs.contains { ($0["file_a"] ?? "").hasPrefix("copy_") || ($0["file_b"] ?? "").hasPrefix("copy_") })
        let report = try String(contentsOfFile: folder.path("out") + "/report.md", encoding: .utf8)
        XCTAssertTrue(report.contains("4 documents repeat an earlier one, exactly or nearly"))
        let first = try XCTUnwrap(report.components(separatedBy: "\n").first { $0.hasPrefix("1. ") })
        XCTAssertTrue(first.contains("revised"), first)
        XCTAssertFalse(report.contains("\n3. "), "two distinct disagreements, not eight")
    }

    func testFiguresCommandReadsStdinAndFiles() throws {
        let text = "In 2015, the Pentagon blamed Iran for the deaths of about 200 U.S. troops. This year, the department increased that tally to roughly 600.\n"
        let result = try AnalyzeRunner.run(["figures", "--date", "2020-01-02"], input: text)
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = parseCSV(result.stdout)
        XCTAssertEqual(rows.first, ["file", "sentence", "char_start", "char_end", "surface", "value", "low", "high", "qualifier", "unit",
                                    "counted", "counted_key", "event", "source", "time", "time_resolved", "inherited"])
        XCTAssertEqual(rows.dropFirst().map { $0[4] }, ["about 200", "roughly 600"])
        XCTAssertEqual(rows.dropFirst().map { $0[14] }, ["In 2015", "This year"])
        XCTAssertEqual(rows.dropFirst().map { $0[15] }, ["2015", "2020"])
        XCTAssertEqual(rows[2][16], "true")

        let folder = try TemporaryFolder()
        let a = try folder.write("a.txt", "Officials said 1,200 people were hurt.\n")
        let b = try folder.write("b.txt", "No numbers here.\n")
        // An HTML page is read for its text: the script's number is no figure.
        let c = try folder.write("c.html", "<p>The quake killed at least 2,000 people.</p><script>var a = 5000;</script>")
        let files = try AnalyzeRunner.run(["figures", a, b, c])
        XCTAssertEqual(files.status, 0, files.stderr)
        let fileRows = parseCSV(files.stdout).dropFirst()
        XCTAssertEqual(fileRows.map { $0[0] }, [a, c])
        XCTAssertEqual(fileRows.last?[4], "at least 2,000")
        XCTAssertEqual(fileRows.first?[5], "1200")
        XCTAssertEqual(fileRows.first?[12], "wounded")
        XCTAssertEqual(fileRows.first?[13], "Officials")
    }

    func testFiguresCommandErrors() throws {
        let badDate = try AnalyzeRunner.run(["figures", "--date", "2020-02-30"], input: "About 200 people.\n")
        XCTAssertNotEqual(badDate.status, 0)
        XCTAssertTrue(badDate.stderr.contains("--date 2020-02-30: not a date; write it as YYYY-MM-DD"), badDate.stderr)
        XCTAssertEqual(badDate.stdout, "")
        let missing = try AnalyzeRunner.run(["figures", "/nonexistent/article.txt"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("/nonexistent/article.txt"), missing.stderr)
        XCTAssertEqual(missing.stderr.split(separator: "\n").count, 1, "one line")
        let folder = try TemporaryFolder()
        let binary = try folder.write("image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0xFF, 0xFE]))
        let skipped = try AnalyzeRunner.run(["figures", binary])
        XCTAssertEqual(skipped.status, 1, "nothing could be read")
        XCTAssertTrue(skipped.stderr.contains("image.txt"), skipped.stderr)
        XCTAssertTrue(skipped.stderr.contains("error: none of the inputs could be read (1 skipped, see the warnings above); fix or convert them"), skipped.stderr)
        XCTAssertEqual(parseCSV(skipped.stdout).count, 1, "the header only")
    }
}
