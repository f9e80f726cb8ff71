import Foundation
import XCTest
@testable import Statistics

/// Checks the descriptive statistics against the scipy/numpy reference values in
/// `Tests/Fixtures/reference/statistics.csv` (relative tolerance 1e-9).
final class DescriptiveStatisticsTests: XCTestCase {
    struct ReferenceRow {
        let function: String
        let inputs: [String: String]
        let output: String
        let value: Double
    }

    static func referenceRows(_ file: String = "statistics.csv") throws -> [ReferenceRow] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/reference/" + file)
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).dropFirst().compactMap { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, let value = Double(fields[4]) else { return nil }
            var inputs: [String: String] = [:]
            for pair in fields[2].split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                if parts.count == 2 { inputs[parts[0]] = parts[1] }
            }
            return ReferenceRow(function: fields[1], inputs: inputs, output: fields[3], value: value)
        }
    }

    func assertClose(_ actual: Double?, _ expected: Double, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let actual else { return XCTFail("nil for \(message)", file: file, line: line) }
        let tolerance = max(abs(expected) * 1e-9, 1e-300)
        XCTAssertEqual(actual, expected, accuracy: tolerance, message, file: file, line: line)
    }

    func testDescriptiveStatisticsMatchReference() throws {
        let rows = try Self.referenceRows().filter { ["mean", "variance", "sd", "median", "quantile_linear"].contains($0.function) }
        XCTAssertGreaterThanOrEqual(rows.count, 8, "the reference file should hold the descriptive cases")
        for row in rows {
            let x = (row.inputs["x"] ?? "").split(separator: "|").compactMap { Double($0) }
            let stats = DescriptiveStatistics(x)
            switch row.function {
            case "mean": assertClose(stats?.mean, row.value, "mean")
            case "variance": assertClose(stats?.variance, row.value, "variance")
            case "sd": assertClose(stats?.standardDeviation, row.value, "sd")
            case "median": assertClose(stats?.median, row.value, "median")
            case "quantile_linear":
                let q = Double(row.inputs["q"] ?? "") ?? .nan
                assertClose(DescriptiveStatistics.quantile(x, q), row.value, "quantile \(q)")
            default: break
            }
        }
    }

    func testValuesWorkedOutByHand() throws {
        let stats = try XCTUnwrap(DescriptiveStatistics([2, 4, 4, 4, 5, 5, 7, 9]))
        XCTAssertEqual(stats.mean, 5)
        XCTAssertEqual(stats.variance, 32.0 / 7.0, accuracy: 1e-12)
        XCTAssertEqual(stats.median, 4.5)
        XCTAssertEqual(stats.minimum, 2)
        XCTAssertEqual(stats.maximum, 9)
        XCTAssertEqual(DescriptiveStatistics.quantile([1, 2, 3, 4, 5], 0.5), 3)
        XCTAssertEqual(DescriptiveStatistics.quantile([10, 20], 0.25), 12.5)
    }

    func testDegenerateInputsGiveDefinedValues() {
        XCTAssertNil(DescriptiveStatistics([]))
        XCTAssertNil(DescriptiveStatistics([1, .nan]))
        XCTAssertNil(DescriptiveStatistics([1, .infinity]))
        let single = DescriptiveStatistics([3])
        XCTAssertEqual(single?.variance, 0)
        XCTAssertEqual(single?.standardDeviation, 0)
        XCTAssertEqual(single?.median, 3)
        let constant = DescriptiveStatistics([2, 2, 2])
        XCTAssertEqual(constant?.standardDeviation, 0)
        XCTAssertNil(DescriptiveStatistics.quantile([], 0.5))
        XCTAssertNil(DescriptiveStatistics.quantile([1, 2], 1.5))
        XCTAssertNil(DescriptiveStatistics.quantile([1, 2], -0.1))
    }
}

/// Sentiment summaries draw the intervals of several ratios with one denominator from one set
/// of resamples: each must be the interval a bootstrap of that ratio alone gives.
final class ClusterBootstrapBatchTests: XCTestCase {
    func testBatchedRatiosEqualSeparateOnes() throws {
        let bootstrap = try Bootstrap(resamples: 300, seed: 11)
        let denominators: [Double] = [3, 0, 5, 2, 7, 1, 4]
        let numerators: [[(cluster: Int, value: Double)]] = [
            [(0, 1.5), (2, -0.5), (4, 2.0), (6, 0.25)],
            [(0, 1), (3, 2), (4, 5)],
            [(1, 0), (5, 1)],
        ]
        let batched = try bootstrap.clusterRatioIntervals(numerators: numerators, denominators: denominators)
        for (k, numerator) in numerators.enumerated() {
            let alone = try bootstrap.clusterRatioIntervals(numerators: [numerator], denominators: denominators)
            XCTAssertEqual(batched[k], alone[0], "ratio \(k)")
        }
    }
}
