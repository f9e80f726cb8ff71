import Foundation
import XCTest

/// The same texts and metadata as a folder, a CSV file and a JSON Lines file give the
/// same terms.csv.
final class CorpusFormsTests: XCTestCase {
    struct Article {
        let file: String
        let metadata: [String: String]
        let text: String
    }

    static func bundledArticles() throws -> [Article] {
        let corpus = AnalyzeRunner.bundledCorpus
        let rows = parseCSV(try String(contentsOf: corpus.appendingPathComponent("metadata.csv"), encoding: .utf8))
        let header = try XCTUnwrap(rows.first)
        return try rows.dropFirst().map { row in
            var metadata = Dictionary(uniqueKeysWithValues: zip(header, row))
            let file = metadata.removeValue(forKey: "file") ?? ""
            let text = try String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8)
            return Article(file: file, metadata: metadata, text: text)
        }
    }

    func csvField(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    func run(_ corpus: String, in folder: TemporaryFolder, _ name: String) throws -> Data {
        let out = folder.path(name)
        let result = try AnalyzeRunner.run([corpus, "--out", out, "--quiet"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try Data(contentsOf: URL(fileURLWithPath: out + "/terms.csv"))
    }

    func testCSVAndJSONLinesGiveTheSameTermsAsTheFolder() throws {
        let folder = try TemporaryFolder()
        let articles = try Self.bundledArticles()
        XCTAssertEqual(articles.count, 4)
        let columns = ["outlet", "date", "title", "url", "genre"]

        // CSV: CRLF records, quoted fields (the texts hold commas, quotes and line breaks).
        var csv = (["file"] + columns + ["text"]).joined(separator: ",") + "\r\n"
        for article in articles {
            csv += ([csvField(article.file)] + columns.map { csvField(article.metadata[$0] ?? "") } + [csvField(article.text)])
                .joined(separator: ",") + "\r\n"
        }
        let csvPath = try folder.write("exports/articles.csv", csv)

        // JSON Lines, keys in another order, one object per line.
        var jsonl = ""
        for article in articles {
            var object: [String: Any] = ["text": article.text, "file": article.file]
            for column in columns { object[column] = article.metadata[column] ?? "" }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            jsonl += String(decoding: data, as: UTF8.self) + "\n"
        }
        let jsonlPath = try folder.write("exports/articles.jsonl", jsonl)

        let fromFolder = try run(AnalyzeRunner.bundledCorpus.path, in: folder, "OutFolder")
        let fromCSV = try run(csvPath, in: folder, "OutCSV")
        let fromJSONL = try run(jsonlPath, in: folder, "OutJSONL")
        XCTAssertEqual(fromCSV, fromFolder)
        XCTAssertEqual(fromJSONL, fromFolder)

        // A folder holding the CSV file reads it too; ids come from the `file` column.
        let inFolder = folder.path("OutCSVFolder")
        try FileManager.default.createDirectory(atPath: folder.path("csvcorpus"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: csvPath, toPath: folder.path("csvcorpus/articles.csv"))
        XCTAssertEqual(try AnalyzeRunner.run([folder.path("csvcorpus"), "--out", inFolder, "--quiet"]).status, 0)
        let documents = try readTable(inFolder + "/documents.csv")
        XCTAssertEqual(documents.map { $0["file"] ?? "" }, articles.map(\.file))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: inFolder + "/terms.csv")), fromFolder)
    }

    func testFrontMatterSubfoldersAndGroupBy() throws {
        let folder = try TemporaryFolder()
        try folder.write("C/bbc/one.txt", "Iran vowed revenge. Iran mourned.")
        try folder.write("C/bbc/two.md", "---\noutlet: BBC World\ndate: 2020-01-04\nsection: world\n---\n# Iran\n\nRead [the statement](https://example.org/x).")
        try folder.write("C/loose.txt", "Baghdad was quiet.")
        let out = folder.path("Out")
        let result = try AnalyzeRunner.run([folder.path("C"), "--out", out, "--group-by", "section", "--quiet"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let documents = try readTable(out + "/documents.csv")
        XCTAssertEqual(documents.map { $0["file"] ?? "" }, ["bbc/one.txt", "bbc/two.md", "loose.txt"])
        XCTAssertEqual(documents.map { $0["outlet"] ?? "" }, ["bbc", "BBC World", "unknown"])
        XCTAssertEqual(documents.map { $0["section"] ?? "" }, ["", "world", ""])
        let terms = try readTable(out + "/terms.csv")
        let groups = Set(terms.compactMap { $0["group"] })
        XCTAssertEqual(groups, ["", "world", "unknown"])
        XCTAssertTrue(terms.allSatisfy { ($0["scope"] == "corpus") == ($0["group"] == "") })
        // Link targets of Markdown are not words of the text.
        XCTAssertNil(terms.first { $0["term"] == "example.org" || $0["term"] == "https" })
        XCTAssertEqual(terms.first { $0["group"] == "world" && $0["term"] == "statement" }?["count"], "1")
        XCTAssertEqual(terms.first { $0["group"] == "unknown" && $0["term"] == "iran" }?["count"], "2")
    }

    func testOptionsChangeTheCounts() throws {
        let folder = try TemporaryFolder()
        try folder.write("C/a.txt", "The war began. The war ended. Peace came.")
        let stop = try folder.write("stop.txt", "war\n")
        func counts(_ extra: [String]) throws -> [String: String] {
            let out = folder.path("Out\(extra.joined())".replacingOccurrences(of: "/", with: "_"))
            let result = try AnalyzeRunner.run([folder.path("C"), "--out", out, "--quiet"] + extra)
            XCTAssertEqual(result.status, 0, result.stderr)
            var map: [String: String] = [:]
            for row in try readTable(out + "/terms.csv") where row["scope"] == "corpus" { map[row["term"] ?? ""] = row["count"] }
            return map
        }
        XCTAssertEqual(try counts([]), ["war": "2", "began": "1", "ended": "1", "peace": "1", "came": "1"])
        XCTAssertEqual(try counts(["--keep-stopwords"]), ["the": "2", "war": "2", "began": "1", "ended": "1", "peace": "1", "came": "1"])
        XCTAssertEqual(try counts(["--stopwords", stop]), ["the": "2", "began": "1", "ended": "1", "peace": "1", "came": "1"])
        XCTAssertEqual(try counts(["--min-count", "2"]), ["war": "2"])
        XCTAssertEqual(try counts(["--top", "2"]), ["war": "2", "began": "1"])
    }
}

/// --help and --version.
final class CommandLineTests: XCTestCase {
    func testHelpDocumentsEveryOption() throws {
        let result = try AnalyzeRunner.run(["help", "run"])
        XCTAssertEqual(result.status, 0)
        let help = result.stdout
        for option in ["--out", "--group-by", "--stopwords", "--keep-stopwords", "--min-count", "--top", "--report-top",
                       "--keep-boilerplate", "--dump-clean", "--text-column", "--jobs", "--quiet", "--config", "--print-config", "--help"] {
            XCTAssertTrue(help.contains(option), "--help does not mention \(option)")
        }
    }

    func testVersionNamesTheReleaseAndTheCommit() throws {
        let result = try AnalyzeRunner.run(["--version"])
        XCTAssertEqual(result.status, 0)
        // The commit the checkout is at, as git itself reads it.
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        git.arguments = ["-C", AnalyzeRunner.packageRoot.path, "rev-parse", "HEAD"]
        let pipe = Pipe()
        git.standardOutput = pipe
        git.standardError = FileHandle.nullDevice
        if (try? git.run()) != nil {
            let head = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            git.waitUntilExit()
            if git.terminationStatus == 0 {
                XCTAssertEqual(result.stdout, "0.1.0 (commit \(head.prefix(12)))\n")
                return
            }
        }
        XCTAssertEqual(result.stdout, "0.1.0 (commit unknown)\n")
    }

    /// The subcommands are swift-argument-parser's: help for each, completions that know
    /// them, `run` as the explicit form of the default, and `--compare A B` before the corpus.
    func testSubcommandsHelpAndCompletions() throws {
        let help = try AnalyzeRunner.run(["help", "figures"])
        XCTAssertEqual(help.status, 0, help.stderr)
        XCTAssertTrue(help.stdout.contains("USAGE: analyze figures"), help.stdout)
        let root = try AnalyzeRunner.run(["--help"])
        for subcommand in ["run (default)", "kwic", "entities", "figures", "score"] {
            XCTAssertTrue(root.stdout.contains(subcommand), "--help does not list \(subcommand)")
        }
        for shell in ["bash", "zsh", "fish"] {
            let script = try AnalyzeRunner.run(["--generate-completion-script", shell])
            XCTAssertEqual(script.status, 0, script.stderr)
            for word in ["kwic", "figures", "group-by", "figure-link-min"] {
                XCTAssertTrue(script.stdout.contains(word), "\(shell) completions miss \(word)")
            }
        }
        // A corpus folder named like a subcommand, with --compare before it.
        let folder = try TemporaryFolder()
        try folder.write("score/a.txt", "Troops troops troops arrived. Troops marched on.")
        try folder.write("score/b.txt", "Peace peace peace talks. Peace came at last.")
        try folder.write("score/metadata.csv", "file,outlet\na.txt,One\nb.txt,Two\n")
        let run = try AnalyzeRunner.run(["run", "--compare", "One", "Two", "score", "--out", "Out", "--quiet"],
                                        currentDirectory: folder.url)
        XCTAssertEqual(run.status, 0, run.stderr)
        let keyness = try readTable(folder.path("Out/keyness.csv"))
        XCTAssertFalse(keyness.isEmpty)
        XCTAssertTrue(keyness.allSatisfy { $0["group"] == "One" && $0["reference"] == "Two" })
    }

    func testKeepBoilerplateKeepsTheBanner() throws {
        let folder = try TemporaryFolder()
        let out = folder.path("Out")
        let result = try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", out, "--keep-boilerplate", "--quiet"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let terms = try readTable(out + "/terms.csv").filter { $0["scope"] == "corpus" }
        XCTAssertEqual(terms.first { $0["term"] == "soleimani" }?["count"], "54")
        XCTAssertNotNil(terms.first { $0["term"] == "cookies" })
        let documents = try readTable(out + "/documents.csv")
        XCTAssertTrue(documents.allSatisfy { $0["characters_removed"] == "0" })
    }
}
