import Foundation
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// entities.csv, entity_mentions.csv, the co-occurrence outputs and `analyze entities`.
final class EntityOutputTests: XCTestCase {
    static var clean: String { BundledCorpusRun.clean }
    var out: String { BundledCorpusRun.out }

    func testEntitiesCSV() throws {
        let entities = try readTable(out + "/entities.csv")
        let soleimani = try XCTUnwrap(entities.first { $0["name"] == "Qasem Soleimani" })
        XCTAssertEqual(soleimani["type"], "PERSON")
        XCTAssertEqual(soleimani["documents"], "4")
        for form in ["Qasem Soleimani:", "Qassem Soleimani:", "Soleimani:", "Soliemani:"] {
            XCTAssertTrue(soleimani["surface_forms"]?.contains(form) ?? false, form)
        }
        XCTAssertTrue(soleimani["merge_reasons"]?.contains("Soliemani: spelling variant") ?? false)
        let muhandis = try XCTUnwrap(entities.first { $0["name"] == "Abu Mahdi al-Muhandis" })
        XCTAssertTrue(muhandis["surface_forms"]?.contains("Jamal Jaafar Ibrahimi:1") ?? false)
        XCTAssertTrue(muhandis["merge_reasons"]?.contains("nom de guerre") ?? false)
        // Mentions add up to the mention rows.
        let mentions = try readTable(out + "/entity_mentions.csv")
        XCTAssertEqual(entities.reduce(0) { $0 + (Int($1["mentions"] ?? "") ?? 0) }, mentions.count)
    }

    func testMentionOffsetsPointIntoTheCleanedText() throws {
        let mentions = try readTable(out + "/entity_mentions.csv")
        XCTAssertGreaterThan(mentions.count, 300)
        var texts: [String: [Unicode.Scalar]] = [:]
        for row in mentions {
            let file = row["file"] ?? ""
            if texts[file] == nil {
                texts[file] = Array(try String(contentsOfFile: Self.clean + "/" + file, encoding: .utf8).unicodeScalars)
            }
            let scalars = try XCTUnwrap(texts[file])
            let start = Int(row["char_start"] ?? "") ?? -1, end = Int(row["char_end"] ?? "") ?? -1
            XCTAssertTrue(start >= 0 && end <= scalars.count && start < end, "\(row)")
            guard start >= 0, end <= scalars.count, start < end else { continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            XCTAssertEqual(String(view), row["surface"], "\(row)")
        }
    }

    func testCooccurrenceFilesAgree() throws {
        let rows = try readTable(out + "/cooccurrence.csv")
        let corpus = rows.filter { $0["scope"] == "corpus" }
        XCTAssertGreaterThan(corpus.count, 100)
        // Counts and measures, recomputed.
        for row in corpus {
            let c = Double(row["count"] ?? "") ?? 0, a = Double(row["windows_a"] ?? "") ?? 0
            let b = Double(row["windows_b"] ?? "") ?? 0, n = Double(row["windows"] ?? "") ?? 0
            XCTAssertEqual(Double(row["expected"] ?? "") ?? 0, a * b / n, accuracy: 1e-4)
            XCTAssertEqual(Double(row["pmi"] ?? "") ?? 0, log2(c * n / (a * b)), accuracy: 1e-4)
            XCTAssertEqual(Double(row["dice"] ?? "") ?? 0, 2 * c / (a + b), accuracy: 1e-4)
            XCTAssertEqual(row["window"], "sentence")
        }
        // The windows are the corpus's sentences.
        let documents = try readTable(out + "/documents.csv")
        XCTAssertEqual(Int(corpus.first?["windows"] ?? ""), documents.reduce(0) { $0 + (Int($1["sentences"] ?? "") ?? 0) })
        // The long tables: each entity's forms and groups add up to its mentions.
        let entities = try readTable(out + "/entities.csv")
        var forms: [String: Int] = [:], groups: [String: Int] = [:]
        for row in try readTable(out + "/entity_forms.csv") where row["titled"] == "false" {
            forms[row["entity_id"] ?? "", default: 0] += Int(row["count"] ?? "") ?? 0
        }
        for row in try readTable(out + "/entity_groups.csv") { groups[row["entity_id"] ?? "", default: 0] += Int(row["mentions"] ?? "") ?? 0 }
        for entity in entities {
            XCTAssertEqual(forms[entity["entity_id"] ?? ""], Int(entity["mentions"] ?? ""), entity["name"] ?? "")
            XCTAssertEqual(groups[entity["entity_id"] ?? ""], Int(entity["mentions"] ?? ""), entity["name"] ?? "")
        }
        // GraphML: every entity a node; as edges the corpus pairs the default filter keeps
        // (more often than expected, count >= 3, q <= 0.05), weighted by their count.
        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/cooccurrence.graphml"))
        let xml = try XMLDocument(data: data)
        let edges = try xml.nodes(forXPath: "//*[local-name()='edge']")
        let nodes = try xml.nodes(forXPath: "//*[local-name()='node']")
        let kept = corpus.filter {
            (Double($0["count"] ?? "") ?? 0) > (Double($0["expected"] ?? "") ?? 0) && (Int($0["count"] ?? "") ?? 0) >= 3
                && (Double($0["q"] ?? "") ?? 1) <= 0.05
        }
        XCTAssertGreaterThan(kept.count, 5)
        XCTAssertEqual(edges.count, kept.count)
        XCTAssertEqual(nodes.count, try readTable(out + "/entities.csv").count)
        let weights = try xml.nodes(forXPath: "//*[local-name()='edge']/*[@key='weight']").map { $0.stringValue ?? "" }
        let counts = try xml.nodes(forXPath: "//*[local-name()='edge']/*[@key='count']").map { $0.stringValue ?? "" }
        XCTAssertEqual(weights, counts)
        XCTAssertEqual(Set(counts), Set(kept.map { $0["count"] ?? "" }))
        // GEXF: the same network.
        let gexf = try XMLDocument(data: Data(contentsOf: URL(fileURLWithPath: out + "/cooccurrence.gexf")))
        XCTAssertEqual(try gexf.nodes(forXPath: "//*[local-name()='edge']").count, kept.count)
        XCTAssertEqual(try gexf.nodes(forXPath: "//*[local-name()='nodes']/*[local-name()='node']").count, nodes.count)
        // One network per group in graphs/, named after it.
        let graphs = try FileManager.default.contentsOfDirectory(atPath: out + "/graphs").sorted()
        XCTAssertEqual(graphs, ["Defense_One.gexf", "Defense_One.graphml", "EFE-EPA.gexf", "EFE-EPA.graphml", "RFE_RL.gexf", "RFE_RL.graphml",
                                "The_Washington_Post.gexf", "The_Washington_Post.graphml"])
        let rfe = try XMLDocument(data: Data(contentsOf: URL(fileURLWithPath: out + "/graphs/RFE_RL.graphml")))
        XCTAssertEqual(try rfe.nodes(forXPath: "//*[local-name()='graph']/*[@key='group']").first?.stringValue, "RFE/RL")
        let rfeMentioned = try readTable(out + "/entities.csv").filter { ($0["groups"] ?? "").contains("RFE/RL:") }
        XCTAssertEqual(try rfe.nodes(forXPath: "//*[local-name()='node']").count, rfeMentioned.count)
        // The matrix is square and symmetric.
        let matrix = parseCSV(try String(contentsOfFile: out + "/cooccurrence_matrix.csv", encoding: .utf8))
        XCTAssertEqual(matrix.count, 31)
        for i in 1..<matrix.count {
            XCTAssertEqual(matrix[i].count, 31)
            for j in 1..<matrix.count { XCTAssertEqual(matrix[i][j], matrix[j][i]) }
        }
    }

    func testUserEntityFileWinsAndWindowOption() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("entities.csv", "canonical,type,aliases\nQassem Suleimani,PERSON,Qasem Soleimani|Soleimani|Qassem Soleimani\n")
        let out = folder.path("Out")
        let result = try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", out, "--quiet", "--entities", file, "--window", "paragraph"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let entities = try readTable(out + "/entities.csv")
        let person = try XCTUnwrap(entities.first { $0["name"] == "Qassem Suleimani" })
        XCTAssertTrue(person["merge_reasons"]?.contains("user entity file") ?? false)
        XCTAssertNil(entities.first { $0["name"] == "Qasem Soleimani" })
        let pairs = try readTable(out + "/cooccurrence.csv")
        XCTAssertEqual(pairs.first?["window"], "paragraph")
        let bad = try folder.write("bad.csv", "canonical,type,aliases\nSomeone,HERO,\n")
        let failed = try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", out, "--entities", bad])
        XCTAssertEqual(failed.status, 1)
        XCTAssertTrue(failed.stderr.contains("bad.csv:2: unknown type 'HERO'; use PERSON, ORG, GPE, NORP or OTHER"), failed.stderr)
        let window = try AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", out, "--window", "chapter"])
        XCTAssertEqual(window.status, 64)
    }

    func testEntitiesSubcommandReadsFilesAndStdin() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", "Defense Secretary Mark T. Esper spoke in Baghdad. Esper said the IRGC was to blame.")
        let result = try AnalyzeRunner.run(["entities", file])
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = parseCSV(result.stdout)
        XCTAssertEqual(rows.first, ["file", "sentence", "char_start", "char_end", "surface", "titled_surface", "type", "entity"])
        XCTAssertEqual(rows.dropFirst().map { [$0[4], $0[6], $0[7]] }, [
            ["Mark T. Esper", "PERSON", "Mark T. Esper"], ["Baghdad", "GPE", "Baghdad"],
            ["Esper", "PERSON", "Mark T. Esper"], ["IRGC", "ORG", "Islamic Revolutionary Guard Corps"],
        ])
        XCTAssertEqual(rows[1][5], "Defense Secretary Mark T. Esper")
        XCTAssertEqual(rows[1][2], "18")
        let missing = try AnalyzeRunner.run(["entities", folder.path("none.txt")])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("none.txt"))
    }
}
