import Foundation
import XCTest
import Text

/// The checks of keyness.csv, collocations.csv, doc_terms.csv and the bootstrap
/// intervals on the bundled corpus, recomputed here without GSL.
final class StatisticsOutputTests: XCTestCase {
    static var folder: TemporaryFolder!
    static var out: String!

    override class func setUp() {
        super.setUp()
        folder = try? TemporaryFolder()
        out = folder?.path("Output")
        _ = try? AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", out ?? "", "--quiet"])
    }

    override class func tearDown() {
        folder = nil
        super.tearDown()
    }

    var out: String { Self.out }

    /// χ²(1) upper tail, by the identity P(χ²₁ > x) = erfc(√(x/2)).
    func chiSquare1UpperTail(_ x: Double) -> Double { erfc((x / 2).squareRoot()) }

    /// G² of [[a, b], [n1 − a, n2 − b]], written out cell by cell.
    func g2(_ a: Double, _ b: Double, _ n1: Double, _ n2: Double) -> Double {
        let n = n1 + n2
        let cells = [(a, (a + b) * n1 / n), (b, (a + b) * n2 / n), (n1 - a, (n - a - b) * n1 / n), (n2 - b, (n - a - b) * n2 / n)]
        return 2 * cells.reduce(0) { $0 + ($1.0 > 0 ? $1.0 * log($1.0 / $1.1) : 0) }
    }

    func testKeynessRowsAreTheTestedTerms() throws {
        let keyness = try readTable(out + "/keyness.csv")
        let corpusTerms = try readTable(out + "/terms.csv").filter { $0["scope"] == "corpus" }
        let tested = Set(corpusTerms.filter { (Int($0["count"] ?? "") ?? 0) >= 3 }.compactMap { $0["term"] })
        let groups = ["Defense One", "EFE-EPA", "RFE/RL", "The Washington Post"]
        for group in groups {
            let rows = keyness.filter { $0["group"] == group }
            XCTAssertEqual(Set(rows.compactMap { $0["term"] }), tested, group)
            XCTAssertEqual(rows.count, tested.count, "one row per (group, term) tested")
            XCTAssertTrue(rows.allSatisfy { $0["reference"] == "(rest)" })
        }
        XCTAssertEqual(keyness.count, groups.count * tested.count)
    }

    func testKeynessPValuesAndQValuesRecomputed() throws {
        let keyness = try readTable(out + "/keyness.csv")
        var byGroup: [String: [(p: Double, q: Double)]] = [:]
        for row in keyness {
            let a = Double(row["count"] ?? "") ?? -1, b = Double(row["count_reference"] ?? "") ?? -1
            let n1 = Double(row["tokens"] ?? "") ?? -1, n2 = Double(row["tokens_reference"] ?? "") ?? -1
            let expectedG2 = g2(a, b, n1, n2)
            XCTAssertEqual(Double(row["g2"] ?? "") ?? -1, expectedG2, accuracy: 1e-4, "\(row)")
            let p = Double(row["p"] ?? "") ?? -1
            XCTAssertEqual(p, chiSquare1UpperTail(expectedG2), accuracy: max(1e-9 * p, 1e-15), "\(row)")
            // Log-ratio with 0.5 for a zero count, and the direction.
            let lr = log2(((a == 0 ? 0.5 : a) / n1) / ((b == 0 ? 0.5 : b) / n2))
            XCTAssertEqual(Double(row["log_ratio"] ?? "") ?? -99, lr, accuracy: 1e-4)
            XCTAssertEqual(row["direction"], a / n1 >= b / n2 ? "over" : "under")
            // One document per outlet: a term the group counts is used by its one document, and
            // its rate has no spread to test.
            XCTAssertEqual(row["documents_total"], "1")
            XCTAssertEqual(row["documents"], a > 0 ? "1" : "0")
            XCTAssertEqual(row["document_share"], a > 0 ? "1.0000" : "0.0000")
            XCTAssertEqual(row["documents_total_reference"], "3")
            XCTAssertEqual(row["welch_p"], "", "one document is not a sample")
            byGroup[row["group"] ?? "", default: []].append((p, Double(row["q"] ?? "") ?? -1))
        }
        // q is the Benjamini–Hochberg adjustment of the group's p-values.
        for (group, values) in byGroup {
            let m = Double(values.count)
            let order = values.indices.sorted { values[$0].p < values[$1].p }
            var running = 1.0
            var expected = [Double](repeating: 0, count: values.count)
            for rank in stride(from: order.count, to: 0, by: -1) {
                running = min(running, values[order[rank - 1]].p * m / Double(rank))
                expected[order[rank - 1]] = running
            }
            for i in values.indices {
                XCTAssertEqual(values[i].q, expected[i], accuracy: max(1e-9 * expected[i], 1e-15), group)
            }
        }
    }

    func testNoBannerWordIsAKeyTerm() throws {
        let keyness = try readTable(out + "/keyness.csv")
        let keyTerms = Set(keyness.filter { (Double($0["q"] ?? "") ?? 1) < 0.05 }.compactMap { $0["term"] })
        XCTAssertFalse(keyTerms.isEmpty)
        for word in ["cookies", "cookie", "consent", "opt", "opt-out", "privacy", "browser", "website", "preferences", "advertising"] {
            XCTAssertFalse(keyTerms.contains(word), word)
        }
        let report = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        XCTAssertTrue(report.contains("## What sets each outlet apart"))
        XCTAssertTrue(report.contains("| hizballah | 4 |"), "RFE/RL's house spelling is one of its key terms")
        XCTAssertTrue(report.contains("No term reaches q < 0.05"), "a group too small for significance says so")
    }

    func testCompareTwoGroups() throws {
        let pairOut = Self.folder.path("Pair")
        let result = try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", pairOut, "--quiet",
                                            "--compare", "RFE/RL", "The Washington Post"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = try readTable(pairOut + "/keyness.csv")
        XCTAssertTrue(rows.allSatisfy { $0["group"] == "RFE/RL" && $0["reference"] == "The Washington Post" })
        let terms = try readTable(pairOut + "/terms.csv")
        func count(_ group: String, _ term: String) -> Int { Int(terms.first { $0["group"] == group && $0["term"] == term }?["count"] ?? "0") ?? 0 }
        for row in rows {
            let term = row["term"] ?? ""
            XCTAssertEqual(Int(row["count"] ?? ""), count("RFE/RL", term))
            XCTAssertEqual(Int(row["count_reference"] ?? ""), count("The Washington Post", term))
            XCTAssertGreaterThanOrEqual(count("RFE/RL", term) + count("The Washington Post", term), 3)
        }
        let unknown = try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", pairOut, "--compare", "RFE/RL", "Reuters"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("--compare: no document has outlet 'Reuters'; the groups are: Defense One, EFE-EPA, RFE/RL, The Washington Post"), unknown.stderr)
        let one = try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", pairOut, "--compare", "RFE/RL"])
        XCTAssertEqual(one.status, 64)
    }

    func testCollocationsRecomputed() throws {
        let rows = try readTable(out + "/collocations.csv")
        XCTAssertEqual(rows.first?["bigram"], "united states")
        let quds = try XCTUnwrap(rows.first { $0["bigram"] == "quds force" })
        XCTAssertEqual(quds["count"], "15")
        for row in rows {
            let c = Double(row["count"] ?? "") ?? 0, m1 = Double(row["word1_count"] ?? "") ?? 0
            let m2 = Double(row["word2_count"] ?? "") ?? 0, n = Double(row["pairs"] ?? "") ?? 0
            XCTAssertGreaterThanOrEqual(c, 3)
            let expected = m1 * m2 / n
            XCTAssertEqual(Double(row["expected"] ?? "") ?? 0, expected, accuracy: 1e-4)
            XCTAssertEqual(Double(row["pmi"] ?? "") ?? 0, log2(c / expected), accuracy: 1e-4)
            XCTAssertEqual(Double(row["t_score"] ?? "") ?? 0, (c - expected) / c.squareRoot(), accuracy: 1e-4)
            XCTAssertEqual(Double(row["g2"] ?? "") ?? 0, g2(c, m2 - c, m1, n - m1), accuracy: 1e-3)
        }
        // Ranked by G².
        let g2s = rows.compactMap { Double($0["g2"] ?? "") }
        XCTAssertEqual(g2s, g2s.sorted(by: >))
    }

    func testDocumentTermsByTfIdf() throws {
        let rows = try readTable(out + "/doc_terms.csv")
        let documents = try readTable(out + "/documents.csv")
        XCTAssertEqual(rows.count, 40, "10 terms for each of 4 documents")
        XCTAssertEqual(Array(Set(rows.compactMap { $0["file"] })).sorted(), documents.compactMap { $0["file"] }.sorted())
        XCTAssertEqual(rows.map { $0["file"] ?? "" }, rows.map { $0["file"] ?? "" }.sorted(), "documents in corpus order")
        for row in rows {
            let count = Double(row["count"] ?? "") ?? 0, df = Double(row["doc_freq"] ?? "") ?? 0
            XCTAssertEqual(Double(row["tf_idf"] ?? "") ?? -1, count * log10(4 / df), accuracy: 1e-4)
        }
        // A term in all four documents (soleimani) weighs nothing.
        XCTAssertNil(rows.first { $0["term"] == "soleimani" })
    }

    func testBootstrapIntervalsAreSeeded() throws {
        let again = Self.folder.path("Again"), other = Self.folder.path("OtherSeed")
        XCTAssertEqual(try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", again, "--quiet", "--jobs", "1"]).status, 0)
        XCTAssertEqual(try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", other, "--quiet", "--seed", "2"]).status, 0)
        let first = try Data(contentsOf: URL(fileURLWithPath: out + "/term_intervals.csv"))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: again + "/term_intervals.csv")), first, "same seed, same intervals")
        let a = try readTable(out + "/term_intervals.csv"), b = try readTable(other + "/term_intervals.csv")
        XCTAssertEqual(a.count, b.count)
        var moved = 0
        for (x, y) in zip(a, b) {
            XCTAssertEqual(x["term"], y["term"])
            XCTAssertEqual(x["per_10k"], y["per_10k"])
            guard let xl = Double(x["ci_low"] ?? ""), let yl = Double(y["ci_low"] ?? ""),
                  let xh = Double(x["ci_high"] ?? ""), let yh = Double(y["ci_high"] ?? ""),
                  let rate = Double(x["per_10k"] ?? "") else { continue }
            if xl != yl || xh != yh { moved += 1 }
            // Within sampling noise: the bounds move by a small part of the interval's width.
            let width = max(xh - xl, 1)
            XCTAssertEqual(xl, yl, accuracy: 0.25 * width, "\(x)")
            XCTAssertEqual(xh, yh, accuracy: 0.25 * width, "\(x)")
            XCTAssertLessThanOrEqual(xl, rate + 1e-9)
            XCTAssertGreaterThanOrEqual(xh, rate - 1e-9)
        }
        XCTAssertGreaterThan(moved, 0, "another seed draws other resamples")
        // Single-document groups have no interval.
        XCTAssertTrue(a.filter { $0["group"] == "Defense One" }.allSatisfy { $0["ci_low"] == "" && $0["documents"] == "1" })
    }
}

/// `--stem`: terms are Snowball stems, and each stem's count is the sum of its word forms.
final class StemmingTests: XCTestCase {
    func testStemCountsAddUpTheirWordForms() throws {
        let folder = try TemporaryFolder()
        let plain = folder.path("Plain"), stemmed = folder.path("Stemmed")
        XCTAssertEqual(try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", plain, "--quiet"]).status, 0)
        XCTAssertEqual(try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", stemmed, "--quiet", "--stem"]).status, 0)
        let stemmer = SnowballStemmer()
        var expected: [String: [String: Int]] = [:]
        for row in try readTable(plain + "/terms.csv") {
            expected[row["group"] ?? "", default: [:]][stemmer.stem(row["term"] ?? ""), default: 0] += Int(row["count"] ?? "") ?? 0
        }
        var actual: [String: [String: Int]] = [:]
        for row in try readTable(stemmed + "/terms.csv") {
            actual[row["group"] ?? "", default: [:]][row["term"] ?? ""] = Int(row["count"] ?? "")
        }
        XCTAssertEqual(actual, expected)
        XCTAssertEqual(actual[""]?["attack"], 31, "attack 15 + attacks 13 + attacking 2 + attacked 1")
        let report = try String(contentsOfFile: stemmed + "/report.md", encoding: .utf8)
        XCTAssertTrue(report.contains("terms are Snowball English stems"))
    }
}
