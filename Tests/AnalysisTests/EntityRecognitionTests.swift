import Foundation
import XCTest
import Corpus
import Text
@testable import Analysis

/// Entity recognition measured against the hand annotation of the bundled corpus
/// (`Tests/Fixtures/reference/seed_entities.csv`), as its README defines the measure.
final class EntityRecognitionTests: XCTestCase {
    struct Annotated {
        let file: String
        let canonical: String
        let type: String
        let forms: Set<String>
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func annotation() throws -> [Annotated] {
        let text = try String(contentsOf: packageRoot.appendingPathComponent("Tests/Fixtures/reference/seed_entities.csv"), encoding: .utf8)
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).dropFirst().compactMap { line in
            let fields = line.split(separator: ",", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else { return nil }
            return Annotated(file: fields[0], canonical: fields[1], type: fields[2], forms: Set(fields[3].split(separator: "|").map(String.init)))
        }
    }

    /// Per document: entity id → (type, surface forms seen in the document).
    static func recognized() throws -> (byFile: [String: [String: (type: String, forms: Set<String>)]], resolver: EntityResolver, analysis: CorpusAnalysis) {
        var options = AnalysisOptions()
        options.workers = 1
        let analysis = try CorpusAnalyzer(options: options).run(reader: CorpusReader(path: packageRoot.appendingPathComponent("Corpus").path))
        let resolver = EntityResolver(analysis.entities, gazetteer: .bundled)
        var byFile: [String: [String: (type: String, forms: Set<String>)]] = [:]
        try analysis.forEachMentionRecord { record, key in
            guard let id = resolver.idOf[key] else { return }
            let file = analysis.documents[Int(record.document)].id
            var entry = byFile[file, default: [:]][id] ?? (key.type.rawValue, [])
            entry.forms.insert(record.surface)
            if let titled = record.titledSurface { entry.forms.insert(titled) }
            byFile[file, default: [:]][id] = entry
        }
        return (byFile, resolver, analysis)
    }

    func testPrecisionAndRecallOnTheSeedCorpus() throws {
        let all = try Self.annotation()
        XCTAssertEqual(all.count, 180, "every row of seed_entities.csv is read")
        let annotation = all
        XCTAssertEqual(Set(annotation.map(\.file)).count, 4)
        let (byFile, resolver, _) = try Self.recognized()
        var report: [String] = []
        var minimum = (precision: 1.0, recall: 1.0)
        for file in Set(annotation.map(\.file)).sorted() {
            let gold = annotation.filter { $0.file == file }
            let ours = byFile[file] ?? [:]
            var found = 0
            var split: [String] = []
            var missed: [String] = []
            for row in gold {
                let matches = ours.filter { $0.value.type == row.type && !$0.value.forms.isDisjoint(with: row.forms) }
                if matches.isEmpty { missed.append("\(row.canonical) (\(row.type))") } else { found += 1 }
                if matches.count > 1 { split.append(row.canonical) }
            }
            var correct = 0
            var spurious: [String] = []
            for (id, entity) in ours {
                if gold.contains(where: { $0.type == entity.type && !$0.forms.isDisjoint(with: entity.forms) }) {
                    correct += 1
                } else {
                    let name = resolver.entities.first { $0.id == id }?.canonical ?? id
                    spurious.append("\(name) (\(entity.type): \(entity.forms.sorted().joined(separator: "|")))")
                }
            }
            let recall = Double(found) / Double(gold.count)
            let precision = ours.isEmpty ? 0 : Double(correct) / Double(ours.count)
            minimum = (min(minimum.precision, precision), min(minimum.recall, recall))
            report.append("\(file): precision \(correct)/\(ours.count) = \(String(format: "%.3f", precision)), recall \(found)/\(gold.count) = \(String(format: "%.3f", recall))")
            report.append("  missed: \(missed.joined(separator: "; "))")
            report.append("  spurious: \(spurious.sorted().joined(separator: "; "))")
            report.append("  split: \(split.joined(separator: "; "))")
        }
        print(report.joined(separator: "\n"))
        XCTAssertGreaterThanOrEqual(minimum.precision, 0.9, report.joined(separator: "\n"))
        XCTAssertGreaterThanOrEqual(minimum.recall, 0.9, report.joined(separator: "\n"))
    }
}

/// The merges the issue names, on the bundled corpus.
final class EntityMergeTests: XCTestCase {
    func testVariantsMergeAndDistinctNamesStayApart() throws {
        let (_, resolver, _) = try EntityRecognitionTests.recognized()
        func entity(_ surface: String) -> EntityResolver.Entity? {
            resolver.entities.first { $0.entry.surfaces[surface] != nil }
        }
        let soleimani = try XCTUnwrap(entity("Qasem Soleimani"))
        XCTAssertEqual(soleimani.type, .person)
        for form in ["Qasem Soleimani", "Qassem Soleimani", "Soleimani", "Soliemani"] {
            XCTAssertEqual(entity(form)?.id, soleimani.id, form)
        }
        XCTAssertTrue(soleimani.entry.reasons.contains { $0.hasPrefix("Soliemani: spelling variant") }, "\(soleimani.entry.reasons)")
        let iran = try XCTUnwrap(entity("Iran")), iraq = try XCTUnwrap(entity("Iraq"))
        XCTAssertNotEqual(iran.id, iraq.id)
        XCTAssertEqual(iran.type, .place)
        XCTAssertNotEqual(entity("Iranian")?.id, entity("Iraqi")?.id)
        XCTAssertEqual(entity("Iranian")?.type, .group)
        let irgc = try XCTUnwrap(entity("IRGC"))
        for form in ["Islamic Revolutionary Guard Corps", "Iranian Revolutionary Guards Corps", "Islamic Revolutionary Guards Corps", "Revolutionary Guard"] {
            XCTAssertEqual(entity(form)?.id, irgc.id, form)
        }
        let muhandis = try XCTUnwrap(entity("Abu Mahdi al-Muhandis"))
        XCTAssertEqual(entity("Jamal Jaafar Ibrahimi")?.id, muhandis.id)
        XCTAssertEqual(entity("Muhandis")?.id, muhandis.id)
        XCTAssertTrue(muhandis.entry.reasons.contains { $0.contains("nom de guerre") })
        XCTAssertEqual(entity("Hizballah")?.canonical, "Hezbollah")
        XCTAssertNotEqual(entity("Hizballah")?.id, entity("Kataib Hezbollah")?.id)
        XCTAssertEqual(entity("Huthi")?.id, entity("Houthi")?.id)
        XCTAssertEqual(entity("Esper")?.id, entity("Mark T. Esper")?.id)
        XCTAssertEqual(entity("Mark Esper")?.id, entity("Mark T. Esper")?.id)
    }

    /// What the cache keeps of a word is what the recognizer's rules say of it.
    func testTokenCacheKeepsEachWordsAnalysis() {
        let cache = EntityRecognizer.TokenCache()
        for word in ["Iran", "THE", "The", "Obama-era", "U.S.-Iran", "Corps-Quds", "82nd", "42", "Émile", "al-Muhandis", "D-Calif", "Neither", "Über-Chef"] {
            var bytes = Array(word.utf8)
            let cached = bytes.withUnsafeMutableBufferPointer { cache.parts(of: UnsafeBufferPointer($0)) }
            let parts = cached.map(\.word)
            let expected = EntityRecognizer.parts(of: word, start: 0)
            XCTAssertEqual(parts.map(\.surface), expected.map(\.text), word)
            XCTAssertEqual(cached.map(\.offset), expected.map(\.start), word)
            for part in parts {
                let token = EntityRecognizer.caseOf(part.surface)
                XCTAssertEqual(part.lower, token.lower, word)
                XCTAssertEqual(part.capitalized, token.capitalized, word)
                XCTAssertEqual(part.allCaps, token.allCaps, word)
                XCTAssertEqual(part.stopword, StopwordList.english.contains(token.lower), word)
                XCTAssertEqual(part.letterFirst, part.surface.first?.isLetter == true, word)
            }
        }
        func part(_ word: String) -> EntityRecognizer.Word {
            var bytes = Array(word.utf8)
            return bytes.withUnsafeMutableBufferPointer { cache.parts(of: UnsafeBufferPointer($0)) }[0].word
        }
        XCTAssertTrue(part("Neither").stopword)
        XCTAssertTrue(part("Obama-era").hyphenatedModifier)
        XCTAssertFalse(part("al-Muhandis").hyphenatedModifier)
        XCTAssertTrue(part("82nd").ordinal)
        XCTAssertFalse(part("42").ordinal)
        XCTAssertEqual(part("Iran").surface, "Iran", "a word read again comes from the cache")
    }

    /// A worker's cache of words and names gives every document the mentions it gets alone.
    func testSharedTokenCacheChangesNoMention() throws {
        let folder = EntityRecognitionTests.packageRoot.appendingPathComponent("Corpus")
        var documents: [Document] = []
        try CorpusReader(path: folder.path).read { item in
            if case .document(let document) = item { documents.append(document) }
        }
        XCTAssertGreaterThanOrEqual(documents.count, 4)
        let processor = DocumentProcessor(removesBoilerplate: true)
        let recognizer = EntityRecognizer()
        let shared = EntityRecognizer.TokenCache()
        let vocabulary = Vocabulary(stopwords: .english)
        // Twice over, so that the second round reads every word from the cache.
        for document in documents + documents {
            let doc = processor.process(document, vocabulary: vocabulary)
            let cached = recognizer.mentions(in: doc, vocabulary: vocabulary, cache: shared)
            let alone = recognizer.mentions(in: doc, vocabulary: vocabulary)
            XCTAssertFalse(alone.isEmpty)
            XCTAssertEqual(cached, alone, document.id)
        }
    }

    func testNameKeys() {
        XCTAssertEqual(EntityNameKey.skeleton("soleimani"), EntityNameKey.skeleton("soliemani"))
        XCTAssertTrue(EntityNameKey.areVariants("qasem", "qassem"))
        XCTAssertTrue(EntityNameKey.areVariants("hezbollah", "hizballah"))
        XCTAssertTrue(EntityNameKey.areVariants("houthi", "huthi"))
        XCTAssertFalse(EntityNameKey.areVariants("iran", "iraq"))
        XCTAssertFalse(EntityNameKey.areVariants("iranian", "iraqi"))
        XCTAssertEqual(EntityNameKey.editDistance("soleimani", "soliemani"), 1)
        XCTAssertEqual(EntityNameKey.words("Abu Mahdi al-Muhandis"), ["abu", "mahdi", "muhandis"])
        XCTAssertEqual(EntityNameKey.words("Mark T. Esper"), ["mark", "esper"])
    }
}

final class GazetteerFileTests: XCTestCase {
    func testUserFileWithCRLFAndErrors() throws {
        let gazetteer = try Gazetteer.bundled.adding(userCSV: "canonical,type,aliases\r\nFoo Bar Group,ORG,FBG|Foo Bar\r\n# a comment\r\n", path: "mine.csv")
        XCTAssertEqual(gazetteer.lookup("FBG")?.canonical, "Foo Bar Group")
        XCTAssertEqual(gazetteer.lookup("Foo Bar")?.canonical, "Foo Bar Group")
        XCTAssertEqual(gazetteer.lookup("FBG")?.fromUser, true)
        XCTAssertThrowsError(try Gazetteer.bundled.adding(userCSV: "canonical,type,aliases\nX\n", path: "mine.csv")) { error in
            XCTAssertEqual("\(error)", "mine.csv:2: expected canonical,type,aliases; write one entity per line")
        }
    }
}
