import XCTest
@testable import Statistics

/// Every row of `Tests/Fixtures/reference/statistics.csv` (scipy 1.17 / numpy 2.4) is a test
/// case: the value must agree to a relative 1e-9 (absolute where it is below 1e-300).
final class ReferenceValueTests: XCTestCase {
    func list(_ text: String?) -> [Double] {
        (text ?? "").split(separator: "|").compactMap { Double($0) }
    }

    func int(_ text: String?) -> Int { Int(text ?? "") ?? Int(Double(text ?? "") ?? -1) }
    func double(_ text: String?) -> Double { Double(text ?? "") ?? .nan }

    func testEveryReferenceRow() throws {
        let rows = try DescriptiveStatisticsTests.referenceRows()
        XCTAssertEqual(rows.count, 103, "every row of statistics.csv is read")
        var checked = 0
        for row in rows {
            let i = row.inputs
            let value: Double?
            switch (row.function, row.output) {
            case ("chisq_upper_tail", _):
                value = try Distributions.chiSquareUpperTail(double(i["x"]), degreesOfFreedom: double(i["df"]))
            case ("t_upper_tail", _):
                value = try Distributions.studentTUpperTail(double(i["t"]), degreesOfFreedom: double(i["df"]))
            case ("t_two_sided", _):
                value = try Distributions.studentTTwoSided(double(i["t"]), degreesOfFreedom: double(i["df"]))
            case ("normal_upper_tail", _):
                value = try Distributions.normalUpperTail(double(i["z"]))
            case ("normal_quantile", _):
                value = try Distributions.normalQuantile(double(i["p"]))
            case ("f_upper_tail", _):
                value = try Distributions.fUpperTail(double(i["f"]), d1: double(i["d1"]), d2: double(i["d2"]))
            case ("binomial_cdf", _):
                value = try Distributions.binomialCDF(int(i["k"]), trials: int(i["n"]), probability: double(i["p"]))
            case ("hypergeometric_cdf", _):
                value = try Distributions.hypergeometricCDF(int(i["k"]), good: int(i["good"]), bad: int(i["bad"]), draws: int(i["draws"]))
            case ("g2_2x2", let output):
                let result = try ContingencyTable.logLikelihood(a: int(i["a"]), b: int(i["b"]), n1: int(i["N1"]), n2: int(i["N2"]))
                value = output == "g2" ? result.statistic : result.p
            case ("log_ratio", _):
                value = try ContingencyTable.logRatio(a: int(i["a"]), b: int(i["b"]), n1: int(i["N1"]), n2: int(i["N2"]), zero: double(i["zero"]))
            case ("chisq_independence", let output):
                let table = (i["table"] ?? "").split(separator: "/").map { list(String($0)) }
                let result = try ContingencyTable.chiSquareIndependence(table)
                value = output == "chi2" ? result.statistic : output == "p" ? result.p : result.degreesOfFreedom
            case ("fisher_exact_two_sided", _):
                let cells = (i["table"] ?? "").split(separator: "/").flatMap { list(String($0)) }.map { Int($0) }
                value = try ContingencyTable.fisherExactTwoSided(a: cells[0], b: cells[1], c: cells[2], d: cells[3])
            case ("welch_t", let output):
                let result = try MeanComparison.welchT(list(i["x"]), list(i["y"]))
                value = output == "t" ? result.statistic : output == "df" ? result.degreesOfFreedom : result.p
            case ("benjamini_hochberg", _):
                value = try MultipleTesting.benjaminiHochberg(list(i["p"]))[int(i["index"])]
            case ("holm", _):
                value = try MultipleTesting.holm(list(i["p"]))[int(i["index"])]
            case ("wilson_interval", let output):
                let interval = try ConfidenceInterval.wilson(successes: int(i["k"]), trials: int(i["n"]), z: double(i["z"]))
                value = output == "low" ? interval.low : interval.high
            case ("pearson", _):
                value = try Correlation.pearson(list(i["x"]), list(i["y"]))
            case ("spearman", _):
                value = try Correlation.spearman(list(i["x"]), list(i["y"]))
            case ("mean", _): value = DescriptiveStatistics(list(i["x"]))?.mean
            case ("variance", _): value = DescriptiveStatistics(list(i["x"]))?.variance
            case ("sd", _): value = DescriptiveStatistics(list(i["x"]))?.standardDeviation
            case ("median", _): value = DescriptiveStatistics(list(i["x"]))?.median
            case ("quantile_linear", _): value = DescriptiveStatistics.quantile(list(i["x"]), double(i["q"]))
            default:
                XCTFail("no test for \(row.function)")
                continue
            }
            let expected = row.value
            guard let actual = value else { XCTFail("\(row.function) \(row.output): nil"); continue }
            let tolerance = abs(expected) < 1e-300 ? 1e-300 : abs(expected) * 1e-9
            XCTAssertEqual(actual, expected, accuracy: tolerance, "\(row.function) \(row.output) \(i)")
            checked += 1
        }
        XCTAssertEqual(checked, 103)
    }
}

/// What each function does at the edges of its domain: a defined value or a typed error.
final class DegenerateInputTests: XCTestCase {
    func testInvalidParametersThrow() {
        XCTAssertThrowsError(try Distributions.chiSquareUpperTail(1, degreesOfFreedom: 0))
        XCTAssertThrowsError(try Distributions.normalQuantile(0))
        XCTAssertThrowsError(try Distributions.normalQuantile(1))
        XCTAssertThrowsError(try Distributions.binomialCDF(1, trials: 5, probability: 1.5))
        XCTAssertThrowsError(try ContingencyTable.logLikelihood(a: 5, b: 0, n1: 4, n2: 10))
        XCTAssertThrowsError(try ContingencyTable.logRatio(a: 1, b: 1, n1: 0, n2: 10))
        XCTAssertThrowsError(try MultipleTesting.benjaminiHochberg([0.5, 1.2]))
        XCTAssertThrowsError(try ConfidenceInterval.wilson(successes: 3, trials: 2))
        XCTAssertThrowsError(try Bootstrap(resamples: 0))
    }

    func testDefinedValuesAtTheEdges() throws {
        XCTAssertEqual(try Distributions.chiSquareUpperTail(0, degreesOfFreedom: 1), 1)
        XCTAssertEqual(try Distributions.chiSquareUpperTail(-3, degreesOfFreedom: 2), 1)
        XCTAssertEqual(try Distributions.binomialCDF(-1, trials: 5, probability: 0.5), 0)
        XCTAssertEqual(try Distributions.binomialCDF(5, trials: 5, probability: 0.5), 1)
        let absent = try ContingencyTable.logLikelihood(a: 0, b: 0, n1: 100, n2: 200)
        XCTAssertEqual(absent.statistic, 0)
        XCTAssertEqual(absent.p, 1)
        XCTAssertEqual(try ContingencyTable.fisherExactTwoSided(a: 0, b: 0, c: 0, d: 0), 1)
        XCTAssertEqual(try MultipleTesting.benjaminiHochberg([]), [])
        XCTAssertEqual(try MultipleTesting.holm([0.01]), [0.01])
        XCTAssertEqual(try ConfidenceInterval.wilson(successes: 0, trials: 5).low, 0)
        XCTAssertEqual(try ConfidenceInterval.wilson(successes: 5, trials: 5).high, 1)
    }

    func testDegenerateSamplesThrowTypedErrors() {
        XCTAssertThrowsError(try MeanComparison.welchT([1], [1, 2])) { XCTAssertEqual($0 as? StatisticsError, .tooFewValues("Welch's t-test needs at least two values in each sample (1 and 2 given)")) }
        XCTAssertThrowsError(try MeanComparison.welchT([2, 2], [3, 3])) { XCTAssertEqual($0 as? StatisticsError, .undefined("both samples have zero variance")) }
        XCTAssertThrowsError(try ContingencyTable.chiSquareIndependence([[0, 0], [3, 4]])) { XCTAssertEqual($0 as? StatisticsError, .undefined("a row or column sums to zero")) }
        XCTAssertThrowsError(try Correlation.pearson([1, 1, 1], [1, 2, 3])) { XCTAssertEqual($0 as? StatisticsError, .undefined("a constant sample has no correlation")) }
        XCTAssertThrowsError(try Bootstrap().percentileInterval([], statistic: { _ in 0 }))
    }
}

/// Seeded resampling: the same seed gives the same numbers; another seed moves them only by
/// sampling noise.
final class ResamplingTests: XCTestCase {
    func testSeededGeneratorIsReproducible() throws {
        let a = try SeededRandom(seed: 42)
        let b = try SeededRandom(seed: 42)
        let c = try SeededRandom(seed: 43)
        let first = (0..<20).map { _ in a.integer(below: 1000) }
        XCTAssertEqual(first, (0..<20).map { _ in b.integer(below: 1000) })
        XCTAssertNotEqual(first, (0..<20).map { _ in c.integer(below: 1000) })
        // gsl_rng_mt19937 seeded with 5489 (MT19937's reference seed) starts at 3499211612.
        let d = try SeededRandom(seed: 5489)
        XCTAssertEqual(d.uniform() * 4294967296.0, 3499211612)
    }

    func testBootstrapIntervals() throws {
        // Rates: 10 documents of 1,000 tokens; a term 2 to 11 times each (mean rate 65 per 10k).
        let numerators = (0..<10).map { Double($0 + 2) }
        let denominators = [Double](repeating: 1000, count: 10)
        let first = try Bootstrap(resamples: 2000, seed: 7).clusterRatioInterval(numerators: numerators, denominators: denominators, scale: 10_000)
        let again = try Bootstrap(resamples: 2000, seed: 7).clusterRatioInterval(numerators: numerators, denominators: denominators, scale: 10_000)
        let other = try Bootstrap(resamples: 2000, seed: 8).clusterRatioInterval(numerators: numerators, denominators: denominators, scale: 10_000)
        XCTAssertEqual(first, again)
        XCTAssertNotEqual(first, other)
        // The point estimate 65 lies inside. By hand: the counts 2..11 have population sd
        // 2.87, so the standard error of the mean rate is 10 · 2.87 / √10 = 9.08 per 10k and a
        // normal-theory interval is 65 ± 1.96 · 9.08 = 65 ± 17.8.
        XCTAssertLessThan(first.low, 65)
        XCTAssertGreaterThan(first.high, 65)
        XCTAssertEqual(first.low, 65 - 17.7, accuracy: 3)
        XCTAssertEqual(first.high, 65 + 17.7, accuracy: 3)
        // A different seed changes the bounds only within sampling noise.
        XCTAssertEqual(first.low, other.low, accuracy: 2)
        XCTAssertEqual(first.high, other.high, accuracy: 2)

        let mean = try Bootstrap(resamples: 1000, seed: 1).percentileInterval([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) { $0.reduce(0, +) / Double($0.count) }
        XCTAssertLessThan(mean.low, 5.5)
        XCTAssertGreaterThan(mean.high, 5.5)
        XCTAssertEqual(mean.high - mean.low, 2 * 1.96 * 2.87 / 10.0.squareRoot(), accuracy: 0.8)
    }

    func testPermutationTest() throws {
        let x = [5.1, 4.9, 5.3, 5.0, 5.2]
        let y = [4.1, 4.0, 4.3, 3.9, 4.2]
        // Completely separated samples of 5 and 5: only 2 of the 252 labellings are as extreme,
        // so p is about 2/252 = 0.0079.
        let result = try MeanComparison.permutationTest(x, y, resamples: 20_000, seed: 3)
        XCTAssertEqual(result.p, 2.0 / 252.0, accuracy: 0.003)
        XCTAssertEqual(result.statistic, 1.0, accuracy: 1e-12)
        let same = try MeanComparison.permutationTest(x, x, resamples: 999, seed: 3)
        XCTAssertEqual(same.p, 1.0)
    }
}
