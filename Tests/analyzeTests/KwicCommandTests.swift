import Foundation
import XCTest

/// `analyze kwic` and the run's `kwic.csv`, on the bundled corpus.
final class KwicCommandTests: XCTestCase {
    /// The command finds what the run's file holds for the same item: every Quds Force in a
    /// sentence, with the columns of kwic.csv; its raw offsets point at the match in the file.
    func testKwicCommandAndTheRunsFile() throws {
        let corpus = AnalyzeRunner.bundledCorpus
        let result = try AnalyzeRunner.run(["kwic", corpus.path, "Quds Force", "--window", "8"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = parseCSV(result.stdout)
        XCTAssertEqual(rows.first, ["item", "file", "group", "sentence", "char_start", "char_end", "raw_char_start", "raw_char_end",
                                    "left", "match", "right"])
        let lines = rows.dropFirst()
        XCTAssertEqual(lines.count, 15, "the files hold 17; cleaning removed two (in 001, a photo caption printed twice)")
        for line in lines {
            XCTAssertEqual(line[9].lowercased(), "quds force")
            guard let start = Int(line[6]), let end = Int(line[7]) else { continue }
            let raw = Array(try String(contentsOf: corpus.appendingPathComponent(line[1]), encoding: .utf8))
            XCTAssertEqual(String(raw[start..<end]).lowercased(), "quds force", "raw offsets of \(line[1])")
        }
        // The committed output holds the pair's passages: sentences naming both.
        let file = try String(contentsOf: AnalyzeRunner.packageRoot.appendingPathComponent("Output/kwic.csv"), encoding: .utf8)
        let pair = parseCSV(file).filter { $0.first == "pair:Quds Force – Islamic Revolutionary Guard Corps" }
        XCTAssertFalse(pair.isEmpty)
        XCTAssertTrue(Set(pair.map { $0[1] + "#" + $0[3] }).isSubset(of: Set(lines.map { $0[1] + "#" + $0[3] })))

        let empty = try AnalyzeRunner.run(["kwic", corpus.path, "--"])
        XCTAssertEqual(empty.status, 64)
        let nothing = try AnalyzeRunner.run(["kwic", corpus.path, "..."])
        XCTAssertEqual(nothing.status, 64)
        XCTAssertTrue(nothing.stderr.contains("query \"...\": no word to find in it"), nothing.stderr)
    }
}
