import Foundation
import XCTest

/// `analyze score`: one text per line of stdin, VADER scores as CSV.
final class ScoreCommandTests: XCTestCase {
    func testScoresReferenceLinesThroughStdin() throws {
        let url = AnalyzeRunner.packageRoot.appendingPathComponent("Tests/Fixtures/reference/vader_sentences.tsv")
        let rows = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n").dropFirst()
            .filter { !$0.isEmpty }.map { $0.components(separatedBy: "\t") }
        let result = try AnalyzeRunner.run(["score"], input: rows.map { $0[0] }.joined(separator: "\n") + "\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        let output = parseCSV(result.stdout)
        XCTAssertEqual(output.first, ["neg", "neu", "pos", "compound"])
        XCTAssertEqual(output.count - 1, rows.count)
        for (expected, actual) in zip(rows, output.dropFirst()) {
            for k in 0..<4 {
                XCTAssertEqual(Double(actual[k]) ?? -9, Double(expected[k + 1]) ?? 9, accuracy: 0.001, expected[0])
            }
        }
    }

    func testEmptyLinesAndCRLF() throws {
        let result = try AnalyzeRunner.run(["score"], input: "good\r\n\r\nbad\r\n")
        XCTAssertEqual(result.status, 0)
        let rows = parseCSV(result.stdout)
        XCTAssertEqual(rows.count, 4)
        guard rows.count == 4 else { return }
        XCTAssertEqual(rows[2], ["0.0", "0.0", "0.0", "0.0"])
        XCTAssertGreaterThan(Double(rows[1][3]) ?? 0, 0)
        XCTAssertLessThan(Double(rows[3][3]) ?? 0, 0)
    }
}
