import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
import Corpus
import Analysis
import Statistics
@testable import Reports

/// The outputs as spreadsheets, pandas and R read them: every column typed by
/// `OutputSchema` (and every written value of its type), `datapackage.json` describing every
/// CSV file, `--excel`'s byte-order mark, metadata columns that clash with computed ones
/// renamed, and the `--xlsx` workbook with text as text and numbers as numbers.
final class SpreadsheetOutputTests: XCTestCase {
    var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("analyze-sheets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    func write(_ name: String, _ text: String) throws {
        let url = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// A corpus whose terms look like numbers, booleans and missing values, whose metadata
    /// has columns named like computed ones and a title that starts a formula.
    func makeCorpus() throws -> String {
        try write("corpus/a.txt", "Agent 007 read file 05 at 7e7 past ten. The value was nan and true, said the Pentagon. Iran and Iraq talked. About 200 troops died.")
        try write("corpus/b.txt", "File 05 again: nan, 007 and true. Iran and Iraq met in Baghdad. Roughly 600 troops died, the Pentagon said.")
        try write("corpus/c.txt", "Nothing about 05 here. Iran spoke. The Pentagon said 300 troops died.")
        try write("corpus/metadata.csv", """
            file,outlet,tokens,n,characters,removed_markup,title,date
            a.txt,One,many,1,x,y,"=HYPERLINK(""http://x"")",2020-01-06
            b.txt,Two,few,2,x,y,-Shares fell,2020-01-14
            c.txt,One,some,3,x,y,@plain,
            """)
        try write("lexicon.txt", "nan\t-2\ntrue\t2\nagent\t1\n")
        return root.appendingPathComponent("corpus").path
    }

    /// A run with coverage per week and run.json; `since`: an earlier run's output folder to
    /// compare with (changes.csv).
    func run(_ corpus: String, out: String, options output: OutputOptions, since: String? = nil) throws -> [String] {
        var options = AnalysisOptions()
        options.lexicons = [try SentimentLexicon.load(path: root.appendingPathComponent("lexicon.txt").path)]
        let analysis = try CorpusAnalyzer(options: options).run(reader: CorpusReader(path: corpus))
        var statistics = StatisticsOptions(bootstrap: try Bootstrap(resamples: 99, seed: 1))
        statistics.period = .week
        let results = try analysis.finish(statistics)
        let folder = try OutputFolder(path: root.appendingPathComponent(out).path)
        let context = ReportContext(corpusPath: corpus, version: "test", stopwordsDescription: "", removesBoilerplate: true, reportTop: 10)
        let record = RunRecord(program: "test", corpus: corpus, groupBy: "outlet", arguments: [], analyses: [], inputs: [],
                               counts: RunRecord.Counts(documents: 3, skipped: 0, tokens: 0, groups: 2))
        let earlier = try since.map { ChangesSource(tables: try RunTables(folder: root.appendingPathComponent($0).path), title: "Changes", earlier: "before") }
        return try ReportWriter.write(results, to: folder, options: output, context: context, record: record, since: earlier)
    }

    func testWhatBeforeCommitThrowsLeavesNoOutput() throws {
        // --strict throws from beforeCommit when there is a warning: nothing may be committed.
        struct Stop: Error {}
        let corpus = try makeCorpus()
        let analysis = try CorpusAnalyzer(options: AnalysisOptions()).run(reader: CorpusReader(path: corpus))
        let results = try analysis.finish(StatisticsOptions(bootstrap: try Bootstrap(resamples: 99, seed: 1)))
        let out = root.appendingPathComponent("Strict").path
        let folder = try OutputFolder(path: out)
        let context = ReportContext(corpusPath: corpus, version: "test", stopwordsDescription: "", removesBoilerplate: true, reportTop: 10)
        var seen: [String]?
        XCTAssertThrowsError(try ReportWriter.write(results, to: folder, options: OutputOptions(), context: context,
                                                    beforeCommit: { seen = $0; throw Stop() })) { XCTAssertTrue($0 is Stop) }
        XCTAssertEqual(seen, [])
        folder.discard()
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".Strict") }
        XCTAssertEqual(left, [])
    }

    func records(_ path: String) throws -> [[String]] {
        var reader = try CSVRecordReader(path: path)
        var rows: [[String]] = []
        while let record = try reader.next() { rows.append(record.fields) }
        if var first = rows.first?.first, first.hasPrefix("\u{FEFF}") {
            first.removeFirst()
            rows[0][0] = first
        }
        return rows
    }

    func testEveryColumnHasOneTypeAndEveryValueIsOfIt() throws {
        let corpus = try makeCorpus()
        var options = OutputOptions()
        options.xlsx = true
        XCTAssertEqual(try run(corpus, out: "Before", options: OutputOptions()), [])
        let warnings = try run(corpus, out: "Out", options: options, since: "Before")
        XCTAssertEqual(warnings, [])
        let out = root.appendingPathComponent("Out").path
        let csvFiles = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".csv") }.sorted()
        XCTAssertTrue(csvFiles.contains("dictionary_comparisons.csv"))
        // The 23 files of a run, the 5 of --period and changes.csv.
        XCTAssertTrue(csvFiles.contains("changes.csv") && csvFiles.contains("sentiment_by_period.csv"), "\(csvFiles)")
        XCTAssertEqual(csvFiles.count, 29)

        // datapackage.json lists every CSV file with its header, in order.
        let descriptor = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/datapackage.json"))) as? [String: Any])
        XCTAssertEqual(descriptor["profile"] as? String, "tabular-data-package")
        let resources = try XCTUnwrap(descriptor["resources"] as? [[String: Any]])
        XCTAssertEqual(Set(resources.compactMap { $0["path"] as? String }), Set(csvFiles))
        XCTAssertEqual(resources.first?["path"] as? String, "terms.csv")

        for resource in resources {
            let file = try XCTUnwrap(resource["path"] as? String)
            XCTAssertEqual(resource["encoding"] as? String, "utf-8")
            let schema = try XCTUnwrap(resource["schema"] as? [String: Any])
            XCTAssertEqual(schema["missingValues"] as? [String], [""])
            let fields = try XCTUnwrap(schema["fields"] as? [[String: String]])
            let rows = try records(out + "/" + file)
            XCTAssertEqual(fields.map { $0["name"] ?? "" }, rows[0], file)
            for row in rows.dropFirst() {
                for (value, field) in zip(row, fields) where !value.isEmpty {
                    let name = "\(file) \(field["name"] ?? "")"
                    switch field["type"] {
                    case "integer": XCTAssertNotNil(Int(value), "\(name): \(value)")
                    case "number": XCTAssertTrue(Double(value) != nil, "\(name): \(value)")
                    case "boolean": XCTAssertTrue(value == "true" || value == "false", "\(name): \(value)")
                    case "string": break
                    default: XCTFail("\(name): type \(field["type"] ?? "none")")
                    }
                    XCTAssertFalse((field["description"] ?? "").isEmpty, name)
                }
            }
        }

        // Metadata columns named like computed ones are renamed; others keep their names.
        let documents = try records(out + "/documents.csv")
        XCTAssertEqual(Array(documents[0].prefix(9)), ["file", "outlet", "meta_tokens", "n", "meta_characters", "meta_removed_markup", "title", "date", "characters"])
        XCTAssertEqual(Set(documents[0]).count, documents[0].count)
        XCTAssertEqual(documents[1][2], "many")
        XCTAssertEqual(documents[1][6], "'=HYPERLINK(\"http://x\")")

        // The workbook: terms that look like numbers are text, counts are numbers, a
        // title that starts a formula is text without the guard, and no cell is a formula.
        let terms = try sheetXML(out + "/analyze.xlsx", sheet: 2)
        for text in ["05", "nan", "007", "true", "7e7"] {
            XCTAssertTrue(terms.contains("<t>\(text)</t>"), "\(text) is not a text cell")
        }
        XCTAssertTrue(terms.contains("<v>3</v>"), "the count of 05 is not a number")
        let documentsSheet = try sheetXML(out + "/analyze.xlsx", sheet: 4)
        XCTAssertTrue(documentsSheet.contains("<t>=HYPERLINK(&quot;http://x&quot;)</t>") || documentsSheet.contains("<t>=HYPERLINK(\"http://x\")</t>"), documentsSheet)
        XCTAssertTrue(documentsSheet.contains("<t>-Shares fell</t>"))
        let columnsSheet = try sheetXML(out + "/analyze.xlsx", sheet: 1)
        XCTAssertTrue(columnsSheet.contains("<t>per_10k</t>"))
        for sheet in 1...(csvFiles.count + 1) {
            XCTAssertFalse(try sheetXML(out + "/analyze.xlsx", sheet: sheet).contains("<f>"), "sheet \(sheet) holds a formula")
        }
    }

    func testExcelAddsTheByteOrderMarkAndNothingElse() throws {
        let corpus = try makeCorpus()
        _ = try run(corpus, out: "Plain", options: OutputOptions())
        var excel = OutputOptions()
        excel.excel = true
        _ = try run(corpus, out: "Excel", options: excel)
        let plain = root.appendingPathComponent("Plain").path
        let marked = root.appendingPathComponent("Excel").path
        for file in try FileManager.default.contentsOfDirectory(atPath: plain).filter({ $0.hasSuffix(".csv") }) {
            let a = try Data(contentsOf: URL(fileURLWithPath: plain + "/" + file))
            let b = try Data(contentsOf: URL(fileURLWithPath: marked + "/" + file))
            XCTAssertEqual(b, Data([0xEF, 0xBB, 0xBF]) + a, file)
        }
        let descriptor = try String(contentsOfFile: marked + "/datapackage.json", encoding: .utf8)
        XCTAssertTrue(descriptor.contains("\"encoding\" : \"utf-8-sig\""))
        XCTAssertFalse(descriptor.contains("\"encoding\" : \"utf-8\""))
    }

    /// A sheet longer than a spreadsheet holds is cut with a warning that names the file.
    func testAWorkbookSheetStopsAtTheRowLimit() throws {
        let folder = root.appendingPathComponent("limit").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var table = CSVTable(header: ["group", "term", "count", "per_10k", "doc_freq"])
        for i in 0..<10 { table.append(["(all)", "t\(i)", String(10 - i), "1.0", "1"]) }
        try table.write(to: folder + "/terms.csv")
        let warnings = try Workbook.write(path: folder + "/w.xlsx", folder: folder, files: ["terms.csv"], guardsFormulas: true, rowLimit: 5)
        XCTAssertEqual(warnings, ["terms.csv: 10 rows; the workbook's sheet holds the first 4 (a spreadsheet's limit); the CSV file has them all"])
        let sheet = try sheetXML(folder + "/w.xlsx", sheet: 2)
        XCTAssertTrue(sheet.contains("<t>t3</t>"))
        XCTAssertFalse(sheet.contains("<t>t4</t>"))
    }

    func testTheGuardIsDroppedOnlyWhereItWasPut() {
        XCTAssertEqual(Workbook.unguarded("'=SUM(A1)"), "=SUM(A1)")
        XCTAssertEqual(Workbook.unguarded("'-Shares"), "-Shares")
        XCTAssertEqual(Workbook.unguarded("'-5"), "'-5")
        XCTAssertEqual(Workbook.unguarded("'tis"), "'tis")
        XCTAssertEqual(Workbook.unguarded("plain"), "plain")
    }

    /// The XML of worksheet `sheet` (from 1) of the workbook at `path`, read with Python's zipfile.
    func sheetXML(_ path: String, sheet: Int) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())",
                             path, "xl/worksheets/sheet\(sheet).xml"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "no sheet \(sheet) in \(path)")
        return String(decoding: data, as: UTF8.self)
    }
}

/// The network files' filter and file names, in process.
final class CooccurrenceGraphTests: XCTestCase {
    func testFileNamesAreSafeAndUnique() {
        let stems = CooccurrenceGraphs.fileStems(["RFE/RL", "RFE RL", "../etc/passwd", "Le Monde (édition)", "", "rfe_rl", "…"])
        XCTAssertEqual(stems["RFE RL"], "RFE_RL")
        XCTAssertEqual(stems["RFE/RL"], "RFE_RL_2")
        XCTAssertEqual(stems["rfe_rl"], "rfe_rl_3")
        XCTAssertEqual(stems["../etc/passwd"], "etc_passwd")
        XCTAssertEqual(stems["Le Monde (édition)"], "Le_Monde_dition")
        XCTAssertEqual(stems[""], "group")
        XCTAssertEqual(stems["…"], "group_2")
        XCTAssertEqual(Set(stems.values).count, stems.count)
    }

    func testTheFilterKeepsTheStrongestPairsThatCoOccurMoreThanExpected() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus").path
        let analysis = try CorpusAnalyzer(options: AnalysisOptions()).run(reader: CorpusReader(path: corpus))
        let results = try analysis.finish(StatisticsOptions(bootstrap: try Bootstrap(resamples: 99, seed: 1)))
        let table = try XCTUnwrap(results.cooccurrence)
        let resolver = try XCTUnwrap(results.entities)
        let label = CorpusResults.corpusLabel
        let all = CooccurrenceGraphs.graph(table, resolver, group: label, corpusLabel: label, filter: GraphFilter(minCount: 1, maxQ: 1, top: 100_000))
        let corpusPairs = table.pairs.filter { $0.group == label }
        XCTAssertEqual(all.edges.count, corpusPairs.filter { Double($0.count) > $0.expected }.count)
        XCTAssertEqual(all.nodes.count, resolver.entities.count)
        let top = CooccurrenceGraphs.graph(table, resolver, group: label, corpusLabel: label, filter: GraphFilter(minCount: 1, maxQ: 1, top: 5))
        XCTAssertEqual(top.edges.map(\.g2), Array(all.edges.map(\.g2).prefix(5)))
        XCTAssertEqual(top.edges.map(\.g2), top.edges.map(\.g2).sorted(by: >))
        let strict = CooccurrenceGraphs.graph(table, resolver, group: label, corpusLabel: label, filter: GraphFilter(minCount: 9, maxQ: 0.01, top: 500))
        XCTAssertTrue(strict.edges.allSatisfy { $0.count >= 9 && $0.q <= 0.01 })
        XCTAssertFalse(strict.edges.isEmpty)
        // Text from the corpus is escaped in both formats.
        let xml = CooccurrenceGraphs.graphML(CooccurrenceGraphs.Graph(group: "A<&\"B", nodes: [], edges: []), window: "sentence")
        XCTAssertTrue(xml.contains("<data key=\"group\">A&lt;&amp;&quot;B</data>"))
        XCTAssertNoThrow(try XMLDocument(data: Data(CooccurrenceGraphs.gexf(CooccurrenceGraphs.Graph(group: "A<&\"B", nodes: [], edges: []), window: "sentence").utf8)))
    }
}
