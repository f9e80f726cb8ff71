import Foundation
import XCTest
import Corpus
import Text
@testable import Analysis

/// Figures measured against the hand annotation of the bundled corpus
/// (`Tests/Fixtures/reference/seed_figures.csv`), as its README defines the measure.
final class FigureExtractionTests: XCTestCase {
    struct Row { let file: String; let surface: String; let value: Double?; let qualifier: String }

    static func annotation() throws -> [Row] {
        let url = EntityRecognitionTests.packageRoot.appendingPathComponent("Tests/Fixtures/reference/seed_figures.csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows: [Row] = []
        for fields in Self.parse(text).dropFirst() where fields.count >= 7 {
            rows.append(Row(file: fields[0], surface: fields[2], value: Double(fields[3]), qualifier: fields[4]))
        }
        return rows
    }

    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { chars.removeFirst(); field.unicodeScalars.append(c) } else { quoted = false } } else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\r" { continue }
            else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.unicodeScalars.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    func testPrecisionAndRecallOnTheSeedCorpus() throws {
        let gold = try Self.annotation()
        XCTAssertEqual(gold.count, 32)
        let reader = try CorpusReader(path: EntityRecognitionTests.packageRoot.appendingPathComponent("Corpus").path)
        var found: [String: [Figure]] = [:]
        let processor = DocumentProcessor()
        try reader.read { item in
            guard case .document(let document) = item else { return }
            let doc = processor.process(document, vocabulary: Vocabulary(stopwords: .english))
            found[document.id] = FigureExtractor().figures(in: doc)
        }
        func matches(_ f: Figure, _ r: Row) -> Bool {
            let overlap = f.surface.contains(r.surface) || r.surface.contains(f.surface)
                || (r.surface.split(separator: " ").contains { f.surface.contains($0) && $0.first?.isNumber == true })
            return overlap && f.qualifier.rawValue == r.qualifier && (r.value == nil || f.value == r.value)
        }
        var report: [String] = []
        var recalled = 0, correct = 0, total = 0
        for file in found.keys.sorted() {
            let ours = found[file] ?? []
            let theirs = gold.filter { $0.file == file }
            for r in theirs {
                if ours.contains(where: { matches($0, r) }) { recalled += 1 } else { report.append("missed \(file.prefix(3)): \(r.surface) \(r.value ?? -1) \(r.qualifier)") }
            }
            for f in ours {
                total += 1
                if theirs.contains(where: { matches(f, $0) }) { correct += 1 } else { report.append("spurious \(file.prefix(3)): \(f.surface) \(f.value ?? -1) \(f.qualifier.rawValue) [\(f.counted)]") }
            }
        }
        let recall = Double(recalled) / Double(gold.count), precision = Double(correct) / Double(max(total, 1))
        print("figures: precision \(correct)/\(total) = \(precision), recall \(recalled)/\(gold.count) = \(recall)\n" + report.joined(separator: "\n"))
        XCTAssertGreaterThanOrEqual(recall, 0.9, report.joined(separator: "\n"))
        XCTAssertGreaterThanOrEqual(precision, 0.9, report.joined(separator: "\n"))
    }
}

extension FigureExtractionTests {
    func testValuesQualifiersAndInheritance() throws {
        let document = Document(id: "a.txt", sequenceNumber: 0, metadata: [:], text: """
        In 2015, the Pentagon blamed Iran for the deaths of about 200 U.S. troops. This year, the department increased that tally to roughly 600. \
        Militias killed at least half a dozen people on Jan. 3 at 11:45 p.m., and two dozen more, while 1,200 Marines of the 82nd Airborne Division waited.
        """, format: .plainText)
        let doc = DocumentProcessor().process(document, vocabulary: Vocabulary(stopwords: .english))
        let figures = FigureExtractor().figures(in: doc)
        XCTAssertEqual(figures.map(\.surface), ["about 200", "roughly 600", "at least half a dozen", "two dozen", "1,200"])
        XCTAssertEqual(figures.map(\.value), [200, 600, 6, 24, 1200])
        XCTAssertEqual(figures.map(\.qualifier), [.approx, .approx, .atLeast, .exact, .exact])
        XCTAssertEqual(figures[0].counted, "U.S. troops")
        XCTAssertEqual(figures[0].event, "killed")
        XCTAssertEqual(figures[1].counted, "U.S. troops", "that tally refers back")
        XCTAssertTrue(figures[1].inherited)
        XCTAssertEqual(figures[0].low, 180, accuracy: 1e-9)
        XCTAssertEqual(figures[2].high, .infinity)
    }
}
