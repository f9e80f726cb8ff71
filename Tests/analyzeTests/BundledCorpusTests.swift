import Foundation
import XCTest
import Text

/// The checks on the bundled corpus, run through the real binary.
final class BundledCorpusTests: XCTestCase {
    static let bannerFile = "001_4905c266883032d1.txt"
    var folder: TemporaryFolder!
    var out: String!
    var clean: String!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        out = folder.path("Output")
        clean = folder.path("clean")
        let result = try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", out, "--dump-clean", clean, "--quiet"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "", "--quiet prints nothing on success")
    }

    override func tearDown() {
        folder = nil
    }

    func terms(group: String = "(all)") throws -> [[String: String]] {
        try readTable(out + "/terms.csv").filter { ($0["scope"] == "corpus" ? "(all)" : $0["group"]) == group }
    }

    func testWritesTheFourOutputs() throws {
        for name in ["terms.csv", "ngrams.csv", "documents.csv", "report.md"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/" + name), name)
        }
        let header = try String(contentsOfFile: out + "/terms.csv", encoding: .utf8).prefix(while: { $0 != "\r\n" && $0 != "\n" })
        XCTAssertEqual(String(header), "scope,group,term,count,per_10k,doc_freq")
    }

    func testSoleimaniCounts53() throws {
        let row = try XCTUnwrap(terms().first { $0["term"] == "soleimani" })
        XCTAssertEqual(row["count"], "53")
        XCTAssertEqual(row["doc_freq"], "4")
        // "Soliemani" is a different token; "Qassem" appears once after the repeated caption is dropped.
        XCTAssertEqual(try terms().first { $0["term"] == "soliemani" }?["count"], "1")
        XCTAssertEqual(try terms().first { $0["term"] == "qassem" }?["count"], "1")
        XCTAssertEqual(try terms(group: "Defense One").first { $0["term"] == "soleimani" }?["count"], "10")
    }

    func testCookiesAreNotATopTerm() throws {
        let top100 = try terms().prefix(100).compactMap { $0["term"] }
        XCTAssertEqual(top100.count, 100)
        XCTAssertFalse(top100.contains("cookies"))
        // No banner word reaches the counts at all.
        let all = Set(try terms().compactMap { $0["term"] })
        for word in ["cookies", "cookie", "consent", "opt-out", "allaboutcookies.org", "ccpa"] {
            XCTAssertFalse(all.contains(word), word)
        }
        let ngrams = Set(try readTable(out + "/ngrams.csv").compactMap { $0["term"] })
        XCTAssertFalse(ngrams.contains("personal information"))
    }

    func testNoBannerSentenceAndEveryArticleParagraphOf001() throws {
        let raw = try String(contentsOf: AnalyzeRunner.bundledCorpus.appendingPathComponent(Self.bannerFile), encoding: .utf8)
        let cleaned = try String(contentsOfFile: clean + "/" + Self.bannerFile, encoding: .utf8)
        let lines = raw.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let bannerStart = try XCTUnwrap(lines.firstIndex(of: "X"))
        let article = lines[..<bannerStart]
        let banner = lines[bannerStart...]
        XCTAssertGreaterThan(banner.count, 20)
        for line in banner {
            for sentence in SentenceSegmenter.sentences(of: line) where sentence.count > 3 {
                XCTAssertFalse(cleaned.contains(sentence), "banner text reached the output: \(sentence)")
            }
        }
        // Every article paragraph is kept, but the Related links and the second copy of the caption.
        var kept = 0
        for paragraph in article where !paragraph.hasPrefix("Related:") && !paragraph.hasSuffix("via AP") {
            XCTAssertTrue(cleaned.contains(paragraph), "article paragraph lost: \(paragraph.prefix(60))")
            kept += 1
        }
        XCTAssertEqual(kept, 23)
        let last = try XCTUnwrap(cleaned.split(separator: "\n").last)
        XCTAssertTrue(last.hasPrefix("Just before 11 p.m. in Washington, Iran’s foreign minister tweeted"))
        // The repeated caption counts once.
        XCTAssertEqual(cleaned.components(separatedBy: "attends a graduation ceremony").count - 1, 1)
        XCTAssertEqual(try terms(group: "Defense One").first { $0["term"] == "graduation" }?["count"], "1")
    }

    func testTermCountsAgreeWithTheCleanedTexts() throws {
        // Recount the dumped texts with the tokenizer alone and compare with terms.csv.
        let tokenizer = Tokenizer()
        var expected: [String: Int] = [:]
        // The hidden marker file lists what analyze wrote; the texts are the other files.
        let files = try FileManager.default.contentsOfDirectory(atPath: clean).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertEqual(files.count, 4)
        for file in files {
            let text = try String(contentsOfFile: clean + "/" + file, encoding: .utf8)
            for token in tokenizer.tokens(of: text) where !StopwordList.english.contains(token) {
                expected[token, default: 0] += 1
            }
        }
        var actual: [String: Int] = [:]
        for row in try terms() { actual[row["term"] ?? ""] = Int(row["count"] ?? "") }
        XCTAssertEqual(actual, expected)
    }

    func testTotalsMatchDocumentsCSV() throws {
        let documents = try readTable(out + "/documents.csv")
        XCTAssertEqual(documents.count, 4)
        let termTotal = try terms().reduce(0) { $0 + (Int($1["count"] ?? "") ?? 0) }
        XCTAssertEqual(termTotal, documents.reduce(0) { $0 + (Int($1["terms"] ?? "") ?? 0) })
        for document in documents {
            let outlet = document["outlet"] ?? ""
            let groupTotal = try terms(group: outlet).reduce(0) { $0 + (Int($1["count"] ?? "") ?? 0) }
            XCTAssertEqual(groupTotal, Int(document["terms"] ?? ""), outlet)
            // per_10k is relative to all tokens of the group.
            let tokens = Double(document["tokens"] ?? "") ?? 0
            if let row = try terms(group: outlet).first {
                let count = Double(row["count"] ?? "") ?? 0
                XCTAssertEqual(Double(row["per_10k"] ?? ""), (count * 10_000 / tokens * 10_000).rounded() / 10_000, outlet)
            }
            // Characters removed add up by rule.
            let rules = ["metadata_prefix", "consent_banner", "masthead", "related_links", "repeated_paragraph", "credit",
                         "web_address", "social_embed", "markup", "file_name", "encoded_id"]
            let removed = rules.reduce(0) { $0 + (Int(document["removed_\($1)"] ?? "") ?? 0) }
            XCTAssertEqual(removed, Int(document["characters_removed"] ?? ""))
            XCTAssertEqual(Int(document["characters"] ?? ""), removed + (Int(document["characters_kept"] ?? "") ?? 0))
        }
        let banner = try XCTUnwrap(documents.first { $0["file"] == Self.bannerFile })
        XCTAssertGreaterThan(Int(banner["removed_consent_banner"] ?? "") ?? 0, 8000)
        XCTAssertEqual(documents.first { $0["file"] == "000_6ba0587e5d08f3ae.txt" }?["removed_metadata_prefix"], "13")
        XCTAssertEqual(documents.map { $0["outlet"] ?? "" }, ["EFE-EPA", "Defense One", "The Washington Post", "RFE/RL"])
    }

    func testNgramsStayInsideSentences() throws {
        let ngrams = try readTable(out + "/ngrams.csv").filter { $0["scope"] == "corpus" }
        let quds = try XCTUnwrap(ngrams.first { $0["term"] == "quds force" })
        XCTAssertEqual(quds["n"], "2")
        XCTAssertEqual(ngrams.first { $0["term"] == "revolutionary guards corps" }?["n"], "3")
        // "...in June 2018." ends a sentence of 001; the next sentence starts "Iran’s Soleimani".
        XCTAssertNil(ngrams.first { $0["term"] == "2018 iran" })
        // No n-gram starts or ends with a stopword.
        for row in ngrams {
            let words = (row["term"] ?? "").split(separator: " ").map(String.init)
            XCTAssertFalse(StopwordList.english.contains(words.first ?? ""), row["term"] ?? "")
            XCTAssertFalse(StopwordList.english.contains(words.last ?? ""), row["term"] ?? "")
        }
    }

    func testRunningTwiceGivesIdenticalFiles() throws {
        let second = folder.path("Second")
        // Without the history beside both outputs, which would make the second run's report
        // start with what changed since the first.
        let result = try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", second, "--jobs", "1", "--history", "none"])
        XCTAssertEqual(result.status, 0, result.stderr)
        for name in ["terms.csv", "ngrams.csv", "documents.csv", "report.md"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
            let b = try Data(contentsOf: URL(fileURLWithPath: second + "/" + name))
            XCTAssertEqual(a, b, "\(name) differs between runs")
        }
    }

    func testReportHasOverviewAndTopTerms() throws {
        let report = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        XCTAssertTrue(report.contains("## Corpus overview"))
        XCTAssertTrue(report.contains("| Defense One | 1 |"))
        XCTAssertTrue(report.contains("2020-01 to 2020-01-03"))
        XCTAssertTrue(report.contains("## Top terms per outlet"))
        XCTAssertTrue(report.contains("### The Washington Post"))
        XCTAssertTrue(report.contains("| 2 | soleimani | 53 |") || report.contains("| 1 | soleimani | 53 |"))
        XCTAssertFalse(report.contains("cookies"))
    }
}
