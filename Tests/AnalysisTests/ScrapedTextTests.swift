import Foundation
import XCTest
import Corpus
import Text
@testable import Analysis

/// A scraped article with its links, image names, markup, ids and an embed: none of them
/// becomes a term, n-gram, entity or figure, and each rule's removals are counted.
final class ScrapedTextTests: XCTestCase {
    static let article = """
        Quake toll rises to 2,400 as rescuers dig through rubble

        ![Rescuers search the rubble](https://static.example.com/images/2023/02/07/photo-articleLarge-v2.jpg?quality=75&auto=webp)

        The quake killed at least 2,000 people, [the minister said](https://example.org/news/2023/02/07/world/quake-toll-12345678.html) on Tuesday. Read the full report at https://www.example.com/2023/02/07/world/story-name.html.

        Officials (contact: press@example.gov.tr) said more than 2,100 were dead &amp; 5,000 hurt.<br/> See bbc.co.uk/news/world-64523123 and photo_2023-02-07_11-45-13.jpg for details.

        Search terms such as %D8%B3%D9%84%D8%A7%D9%85 trended. Post 1624312345678901 was shared 3,000 times.

        Rescue teams are arriving from 30 countries. pic.twitter.com/AbCdEf123 — Jane Doe (@janedoe) February 7, 2023
        """

    func testJunkReachesNoAnalysis() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scraped-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.article.write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "file,outlet,date\na.txt,Example News,2023-02-07\n".write(to: folder.appendingPathComponent("metadata.csv"), atomically: true, encoding: .utf8)
        let analysis = try CorpusAnalyzer(options: AnalysisOptions()).run(reader: CorpusReader(path: folder.path))
        let terms = analysis.terms.corpus.entries.keys
        for junk in ["http", "www", ".com", ".jpg", "%", "quality", "webp", "janedoe", "amp", "br"] {
            XCTAssertFalse(terms.contains { $0.contains(junk) }, "\(junk) among the terms: \(terms.filter { $0.contains(junk) })")
        }
        XCTAssertTrue(terms.contains("minister"), "a link's text is kept")
        XCTAssertFalse(analysis.ngrams.corpus.entries.keys.contains { $0.contains("example") })
        XCTAssertEqual(analysis.figures.map(\.figure.surface), ["2,400", "at least 2,000", "more than 2,100", "5,000", "3,000", "30"])
        XCTAssertFalse(analysis.entities.entries.keys.contains { $0.name.contains("Jane") || $0.name.contains("Example") })
        let cleaning = try XCTUnwrap(analysis.documents.first).cleaning
        for rule in [BoilerplateRule.webAddress, .socialEmbed, .markup, .fileName, .encodedID] {
            XCTAssertGreaterThan(cleaning[rule], 0, rule.rawValue)
        }
    }
}
