import XCTest
@testable import Statistics

/// The document-level tests against `Tests/Fixtures/reference/document_tests.csv` (scipy and
/// numpy, `document_tests.py`), and the bootstrap test's behaviour.
final class DocumentTestsTests: XCTestCase {
    func list(_ text: String?) -> [Double] {
        (text ?? "").split(separator: "|").compactMap { Double($0) }
    }

    func moments(_ values: [Double]) -> DocumentTests.Moments {
        var m = DocumentTests.Moments()
        for v in values { m.add(v) }
        return m
    }

    func testWelchFromMomentsAndDPAgreeWithScipy() throws {
        let rows = try DescriptiveStatisticsTests.referenceRows("document_tests.csv")
        XCTAssertEqual(rows.count, 14, "every row of document_tests.csv is read")
        var checked = 0
        for row in rows {
            let tolerance = max(abs(row.value) * 1e-9, 1e-300)
            switch row.function {
            case "welch_moments":
                let result = try XCTUnwrap(try DocumentTests.welch(moments(list(row.inputs["x"])), moments(list(row.inputs["y"]))))
                XCTAssertEqual(row.output == "t" ? result.statistic : result.p, row.value, accuracy: tolerance, row.inputs.description)
                checked += 1
            case "gries_dp":
                let counts = list(row.inputs["counts"]).map { Int($0) }, tokens = list(row.inputs["tokens"]).map { Int($0) }
                // Only the documents that use the term are passed; the others count through the total.
                let used = zip(counts, tokens).filter { $0.0 > 0 }.map { (count: $0.0, tokens: $0.1) }
                let dp = try XCTUnwrap(DocumentTests.deviationOfProportions(counts: used, tokens: tokens.reduce(0, +)))
                XCTAssertEqual(dp, row.value, accuracy: 1e-12, row.inputs.description)
                checked += 1
            default:
                continue   // keyness_welch rows are checked by KeynessDocumentTests
            }
        }
        XCTAssertEqual(checked, 10)
    }

    func testWelchNeedsTwoDocumentsAndSomeVariance() throws {
        XCTAssertNil(try DocumentTests.welch(moments([0.1]), moments([0.2, 0.3])))
        XCTAssertNil(try DocumentTests.welch(moments([0, 0]), moments([0, 0, 0])))
        XCTAssertEqual(moments([0.1, 0.3]).variance, 0.02, accuracy: 1e-15)
        // Zeros only add to the count: the same moments as from the full list.
        let sparse = DocumentTests.Moments(count: 4, sum: 0.4, sumOfSquares: 0.1)
        XCTAssertEqual(sparse.variance, moments([0.1, 0.3, 0, 0]).variance, accuracy: 1e-15)
    }

    func testBootstrapSeparatesClearDifferencesAndNotNoise() throws {
        // Documents 0–9 in X, 10–19 in Y. Variable 0: X documents 0.02, Y 0.01 (clear);
        // variable 1: the same values on both sides (no difference); variable 2: only in Y.
        let x = Array(0..<10), y = Array(10..<20)
        let clear = (0..<20).map { (document: Int32($0), value: Float($0 < 10 ? 0.02 : 0.01)) }
        let same = (0..<20).map { (document: Int32($0), value: Float(0.01 * Double($0 % 10 + 1))) }
        let onlyY = (10..<20).map { (document: Int32($0), value: Float(0.05)) }
        let p = try DocumentTests.bootstrap(values: [clear, same, onlyY], documents: 20, x: x, y: y, resamples: 999, seed: 7)
        XCTAssertEqual(p[0], 2.0 / 1000, accuracy: 1e-12, "every resample has X above Y: the smallest p")
        XCTAssertEqual(p[2], 2.0 / 1000, accuracy: 1e-12)
        XCTAssertGreaterThan(p[1], 0.2, "identical samples")
        // Seeded: the same p-values again; a variable's p does not depend on the others tested.
        XCTAssertEqual(try DocumentTests.bootstrap(values: [clear, same, onlyY], documents: 20, x: x, y: y, resamples: 999, seed: 7), p)
        XCTAssertEqual(try DocumentTests.bootstrap(values: [same], documents: 20, x: x, y: y, resamples: 999, seed: 7), [p[1]])
        XCTAssertThrowsError(try DocumentTests.bootstrap(values: [clear], documents: 20, x: [], y: y, resamples: 10, seed: 1))
    }

    /// The bootstrap as defined, one resample and one variable at a time: what the batched
    /// implementation must equal bit for bit (its lanes keep each resample's sum in order).
    private func bootstrapByDefinition(values: [[(document: Int32, value: Float)]], documents: Int, x: [Int], y: [Int],
                                       resamples: Int, seed: UInt, stopAfter: Int = 10) throws -> [Double] {
        let random = try SeededRandom(seed: seed)
        var scale = [Double](repeating: 0, count: documents)
        for d in x { scale[d] = 1 / Double(x.count) }
        for d in y { scale[d] = -1 / Double(y.count) }
        var p = [Double](repeating: .nan, count: values.count)
        var above = [Double](repeating: 0, count: values.count)
        var running = Array(values.indices)
        var r = 0
        while r < resamples, !running.isEmpty {
            var weights = [Int32](repeating: 0, count: documents)
            for _ in 0..<x.count { weights[x[random.integer(below: x.count)]] += 1 }
            for _ in 0..<y.count { weights[y[random.integer(below: y.count)]] += 1 }
            r += 1
            running = running.filter { k in
                var difference = 0.0
                for entry in values[k] {
                    difference += Double(weights[Int(entry.document)]) * scale[Int(entry.document)] * Double(entry.value)
                }
                if difference > 0 { above[k] += 1 } else if difference == 0 { above[k] += 0.5 }
                let m = min(above[k], Double(r) - above[k])
                if m >= Double(stopAfter) { p[k] = min(1, 2 * m / Double(r)); return false }
                return true
            }
        }
        for k in running { p[k] = min(1, 2 * (1 + min(above[k], Double(r) - above[k])) / Double(r + 1)) }
        return p
    }

    func testBootstrapEqualsItsDefinitionBitForBit() throws {
        // Random samples of every shape the keyness evidence meets: one document against
        // many, uneven sizes, values with ties (so differences of exactly 0), documents
        // outside both samples, resample counts that are not a multiple of the batch.
        let random = try SeededRandom(seed: 11)
        for trial in 0..<60 {
            let documents = 1 + random.integer(below: trial < 30 ? 12 : 300)
            var order = random.shuffled(Array(0..<documents))
            let xCount = max(1, random.integer(below: max(1, documents / 2 + 1)))
            let x = Array(order.prefix(xCount)).sorted()
            order.removeFirst(min(xCount, order.count))
            let y = Array(order.prefix(max(0, order.count - random.integer(below: 3)))).sorted()
            guard !y.isEmpty else { continue }
            let values: [[(document: Int32, value: Float)]] = (0..<25).map { _ in
                (0..<documents).compactMap { d in
                    random.integer(below: 3) == 0 ? nil : (Int32(d), Float(1 + random.integer(below: 4)) / 100)
                }
            }
            let resamples = [1, 7, 16, 17, 100, 999][trial % 6]
            for stop in [1, 10] {
                let batched = try DocumentTests.bootstrap(values: values, documents: documents, x: x, y: y,
                                                          resamples: resamples, seed: UInt(trial), stopAfter: stop)
                let defined = try bootstrapByDefinition(values: values, documents: documents, x: x, y: y,
                                                        resamples: resamples, seed: UInt(trial), stopAfter: stop)
                XCTAssertEqual(batched.map(\.bitPattern), defined.map(\.bitPattern), "trial \(trial), stop after \(stop)")
            }
        }
    }
}
