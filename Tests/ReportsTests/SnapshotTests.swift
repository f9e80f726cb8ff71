import Foundation
import XCTest
import Corpus
import Statistics
@testable import Analysis
@testable import Reports

/// Snapshots (`analyze partial` and `merge`): the shards of a corpus analysed apart and merged,
/// in any order and grouping, give every output file of one run byte for byte; damaged
/// snapshots and snapshots that do not belong together are refused with the reason.
final class SnapshotTests: XCTestCase {
    var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("analyze-snapshots-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) throws {
        let url = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Thirty articles of three outlets with terms, names, figures, quotations and a
    /// lexicon's words, one file skipped and one date that cannot be read.
    func makeCorpus() throws -> String {
        let outlets = ["Wire", "Daily", "Post"]
        var metadata = "file,outlet,date,title\n"
        for i in 0..<30 {
            let outlet = outlets[i % 3]
            let text = """
                Iran said \(100 + i * 7) troops arrived in Baghdad on Friday, officials said. The Pentagon denied it.

                "We will respond," said Ali Khamenei, calling the strike a disaster. About \(200 + i) people died \
                in the attack, according to the ministry. Prices rose \(i % 5 + 1) percent.

                Revenge was vowed in Tehran. \(outlet) reported that the Quds Force was blamed.
                """
            try write("corpus/a\(i).txt", text)
            metadata += "a\(i).txt,\(outlet),\(i == 7 ? "sometime" : "2020-01-\(String(format: "%02d", i % 28 + 1))"),Story \(i)\n"
        }
        try write("corpus/empty.txt", "")
        try write("corpus/metadata.csv", metadata)
        try write("lexicon.txt", "revenge\t-2\ndisaster\t-3\nrespond\t1\n")
        return path("corpus")
    }

    func options(shard: Shard? = nil, workers: Int = 2) throws -> AnalysisOptions {
        var options = AnalysisOptions()
        options.workers = workers
        options.shard = shard
        options.lexicons = [try SentimentLexicon.load(path: path("lexicon.txt"))]
        return options
    }

    /// Every output file of `analysis` under `root/out`.
    func writeOutputs(_ analysis: CorpusAnalysis, corpus: String, out: String) throws -> [String: Data] {
        let results = try analysis.finish(StatisticsOptions(bootstrap: try Bootstrap(resamples: 199, seed: 1)))
        let folder = try OutputFolder(path: path(out))
        let context = ReportContext(corpusPath: corpus, version: "test", stopwordsDescription: "", removesBoilerplate: true, reportTop: 10)
        let keywords = try KeywordsInContext.find(results, reportTop: 10, reader: CorpusReader(path: corpus), removesBoilerplate: true,
                                                  stems: false, workers: 2)
        _ = try ReportWriter.write(results, to: folder, options: OutputOptions(), context: context, keywords: keywords)
        var files: [String: Data] = [:]
        let base = path(out)
        for case let name as String in FileManager.default.enumerator(atPath: base)! {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: base + "/" + name, isDirectory: &isFolder)
            if !isFolder.boolValue { files[name] = try Data(contentsOf: URL(fileURLWithPath: base + "/" + name)) }
        }
        return files
    }

    func header(_ shards: [Int], of count: Int, documents: Int = 31, digest: UInt64 = 7) -> SnapshotHeader {
        SnapshotHeader(program: "test", arguments: ["--config-corpus=corpus"], workingDirectory: "/work", shards: shards, shardCount: count,
                       corpusDocuments: documents, corpusDigest: digest)
    }

    /// Analyses each of `count` shards into a snapshot; returns their paths.
    func writeShards(_ corpus: String, count: Int) throws -> [String] {
        var paths: [String] = []
        for k in 1...count {
            let analyzer = CorpusAnalyzer(options: try options(shard: Shard(index: k, count: count), workers: 1 + k % 2))
            let part = try analyzer.run(reader: CorpusReader(path: corpus))
            XCTAssertEqual(analyzer.corpusDocuments, 30)
            let file = path("part\(k).snapshot")
            try Snapshot.write(part, header: SnapshotHeader(program: "test", arguments: [], workingDirectory: "/", shards: [k], shardCount: count,
                                                            corpusDocuments: analyzer.corpusDocuments, corpusDigest: analyzer.corpusDigest), to: file)
            paths.append(file)
        }
        return paths
    }

    func testShardsMergedInAnyOrderAndGroupingGiveTheSingleRunsOutputs() throws {
        let corpus = try makeCorpus()
        let single = try CorpusAnalyzer(options: try options()).run(reader: CorpusReader(path: corpus))
        let expected = try writeOutputs(single, corpus: corpus, out: "single")
        XCTAssertGreaterThan(expected.count, 20)
        XCTAssertFalse(single.skipped.isEmpty)
        XCTAssertFalse(single.figures.isEmpty)
        XCTAssertFalse(single.lexiconTallies.isEmpty)

        let parts = try writeShards(corpus, count: 4)
        let headers = try parts.map { (path: $0, header: try Snapshot.readHeader(path: $0)) }
        XCTAssertEqual(try SnapshotMerger.header(of: headers, complete: true).shards, [1, 2, 3, 4])
        // Every document is in exactly one shard.
        let documents = try parts.map { try Snapshot.read(path: $0).analysis.documents.map(\.id) }
        XCTAssertEqual(documents.flatMap { $0 }.sorted(), single.documents.map(\.id).sorted())
        XCTAssertTrue(documents.allSatisfy { $0.count < 30 })

        let shuffled = try SnapshotMerger.merge([parts[2], parts[0], parts[3], parts[1]], options: try options())
        XCTAssertEqual(try writeOutputs(shuffled, corpus: corpus, out: "shuffled"), expected)

        // Merges of merges: (1 2) and (4 3), then the two.
        let left = path("left.snapshot"), right = path("right.snapshot")
        for (pair, file) in [([parts[0], parts[1]], left), ([parts[3], parts[2]], right)] {
            let merged = try SnapshotMerger.merge(pair, complete: false, options: try options())
            let combined = try SnapshotMerger.header(of: try pair.map { (path: $0, header: try Snapshot.readHeader(path: $0)) }, complete: false)
            try Snapshot.write(merged, header: combined, to: file)
        }
        XCTAssertEqual(try Snapshot.readHeader(path: left).shards, [1, 2])
        XCTAssertEqual(try Snapshot.readHeader(path: right).shards, [3, 4])
        let nested = try SnapshotMerger.merge([right, left], options: try options())
        XCTAssertEqual(try writeOutputs(nested, corpus: corpus, out: "nested"), expected)
        // Half the shards are not the corpus's outputs.
        XCTAssertThrowsError(try SnapshotMerger.merge([left], options: try options())) {
            XCTAssertEqual(($0 as? SnapshotError)?.description, "shards 3/4, 4/4 missing; give the snapshot of every shard (analyze partial --shard K/4)")
        }
        // A snapshot whose lexicon tallies do not match the dictionaries given now.
        XCTAssertThrowsError(try SnapshotMerger.merge(parts, options: AnalysisOptions())) {
            XCTAssertTrue(($0 as? SnapshotError)?.description.contains("another number of --lexicon dictionaries") == true, "\($0)")
        }
    }

    func testARoundTripKeepsEveryCount() throws {
        let corpus = try makeCorpus()
        let analysis = try CorpusAnalyzer(options: try options()).run(reader: CorpusReader(path: corpus))
        let file = path("all.snapshot")
        try Snapshot.write(analysis, header: header([1], of: 1), to: file)
        let (readHeader, read) = try Snapshot.read(path: file)
        XCTAssertEqual(readHeader, header([1], of: 1))
        XCTAssertEqual(read.groupBy, analysis.groupBy)
        XCTAssertEqual(read.documents.map(\.id), analysis.documents.map(\.id))
        XCTAssertEqual(read.documents.map(\.metadata), analysis.documents.map(\.metadata))
        XCTAssertEqual(read.documents.map(\.signature), analysis.documents.map(\.signature))
        XCTAssertEqual(read.documents.map(\.cleaning), analysis.documents.map(\.cleaning))
        XCTAssertEqual(read.skipped, analysis.skipped)
        XCTAssertEqual(read.terms, analysis.terms)
        XCTAssertEqual(read.ngrams, analysis.ngrams)
        XCTAssertEqual(read.pairMargins, analysis.pairMargins)
        XCTAssertEqual(read.entities.entries.count, analysis.entities.entries.count)
        for (key, entry) in analysis.entities.entries { XCTAssertEqual(read.entities.entries[key], entry) }
        // (NaN marks a part without words: compared as text, since NaN is never equal to itself.)
        func scores(_ a: CorpusAnalysis) -> [String] {
            a.sentenceScores.map { "\($0.document) \($0.sentence) \($0.compound) \(String(describing: $0.quoted)) \(String(describing: $0.narrated))" }
        }
        XCTAssertEqual(scores(read), scores(analysis))
        XCTAssertEqual(try read.sentenceRows().map(\.text), try analysis.sentenceRows().map(\.text))
        XCTAssertEqual(read.lexiconTallies, analysis.lexiconTallies)
        XCTAssertEqual(read.figures.map(\.figure), analysis.figures.map(\.figure))
        XCTAssertEqual(read.figureSentences, analysis.figureSentences)
        XCTAssertEqual(read.figureDocumentNames, analysis.figureDocumentNames)
        XCTAssertEqual(read.metadataColumns, analysis.metadataColumns)
        XCTAssertEqual(read.analyses, analysis.analyses)
        var mentions: [String] = [], readMentions: [String] = []
        try analysis.forEachMentionRecord { record, key in mentions.append("\(record.document) \(record.characterStart) \(key.name)") }
        try read.forEachMentionRecord { record, key in readMentions.append("\(record.document) \(record.characterStart) \(key.name)") }
        XCTAssertEqual(readMentions, mentions)
        XCTAssertFalse(mentions.isEmpty)
    }

    func testTermsWithOddSpacingAndScriptsComeBackAsTheyWere() throws {
        var analysis = CorpusAnalysis(groupBy: "outlet")
        var group = TermFrequencyTable.Group()
        for term in ["a", "a b", "a  b", " a", "b ", "Ωμέγα βήτα", "北京 上海 广州", "emoji 🙂 x", ""] {
            group.entries[term] = .init(count: term.count + 1, documents: 1)
        }
        group.tokens = 42
        analysis.ngrams.groups["Group, with \"quotes\""] = group
        analysis.pairMargins.margins["a b"] = (first: 3, second: 4)
        let file = path("odd.snapshot")
        try Snapshot.write(analysis, header: header([1], of: 1), to: file)
        let read = try Snapshot.read(path: file).analysis
        XCTAssertEqual(read.ngrams, analysis.ngrams)
        XCTAssertEqual(read.pairMargins, analysis.pairMargins)
    }

    func testDamagedAndForeignFilesAreRefusedWithTheReason() throws {
        let file = path("one.snapshot")
        var analysis = CorpusAnalysis(groupBy: "outlet")
        analysis.metadataColumns = ["outlet"]
        try Snapshot.write(analysis, header: header([1], of: 1), to: file)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))

        func refusal(_ data: Data) -> SnapshotError? {
            let damaged = path("damaged.snapshot")
            try? data.write(to: URL(fileURLWithPath: damaged))
            do {
                _ = try Snapshot.read(path: damaged)
                return nil
            } catch {
                return error as? SnapshotError
            }
        }
        // Cut short anywhere, one byte changed anywhere, a byte added.
        for cut in stride(from: 0, to: bytes.count, by: 7) {
            let error = refusal(bytes.prefix(cut))
            XCTAssertNotNil(error, "cut at \(cut)")
        }
        for position in stride(from: 17, to: bytes.count, by: 5) {
            var changed = bytes
            changed[position] ^= 0x20
            XCTAssertNotNil(refusal(changed), "byte \(position) changed")
        }
        XCTAssertEqual(refusal(bytes + Data([0])), .damaged("\(path("damaged.snapshot")): bytes follow its checksum"))
        // Not a snapshot; a later format.
        try write("text.csv", "file,outlet\na.txt,A\n")
        XCTAssertThrowsError(try Snapshot.readHeader(path: path("text.csv"))) {
            XCTAssertEqual(($0 as? SnapshotError)?.description, "\(self.path("text.csv")): not a snapshot of analyze; give the files `analyze partial` writes")
        }
        var later = bytes
        later[17] = 9
        try later.write(to: URL(fileURLWithPath: path("later.snapshot")))
        XCTAssertThrowsError(try Snapshot.readHeader(path: path("later.snapshot"))) {
            XCTAssertTrue(($0 as? SnapshotError)?.description.contains("a snapshot of format 9, which this program (format 1) does not read") == true, "\($0)")
        }
        XCTAssertThrowsError(try Snapshot.readHeader(path: path("nowhere.snapshot"))) {
            XCTAssertEqual(($0 as? SnapshotError)?.description, "\(self.path("nowhere.snapshot")): no such file; give the files `analyze partial` wrote")
        }
        // A failed write leaves no file behind.
        XCTAssertThrowsError(try Snapshot.write(analysis, header: header([1], of: 1), to: path("no/such/folder/x.snapshot")))
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("no/such/folder")))
    }

    func testSnapshotsThatDoNotBelongTogetherAreRefused() throws {
        func refusal(_ headers: [SnapshotHeader], complete: Bool = true) -> String? {
            do {
                _ = try SnapshotMerger.header(of: headers.enumerated().map { (path: "p\($0.offset + 1)", header: $0.element) }, complete: complete)
                return nil
            } catch {
                return (error as? SnapshotError)?.description
            }
        }
        XCTAssertNil(refusal([header([2], of: 3), header([1], of: 3), header([3], of: 3)]))
        XCTAssertEqual(refusal([header([1], of: 3), header([3], of: 3)]),
                       "shard 2/3 missing; give the snapshot of every shard (analyze partial --shard K/3)")
        XCTAssertNil(refusal([header([1], of: 3), header([3], of: 3)], complete: false))
        XCTAssertEqual(refusal([header([1, 2], of: 3), header([2, 3], of: 3)]), "p2 and p1 both hold shard 2/3; give each shard once")
        XCTAssertEqual(refusal([header([1], of: 2), header([2], of: 3)]),
                       "p2 is a shard of 3, p1 of 2; give the shards of one --shard K/N split")
        XCTAssertEqual(refusal([header([1], of: 2), header([2], of: 2, documents: 32)]),
                       "p2 and p1 read different corpora (32 and 31 documents, or other ids); the corpus changed between shards: run them again")
        XCTAssertNotNil(refusal([header([1], of: 2), header([2], of: 2, digest: 8)]))
        var other = header([2], of: 2)
        other.arguments.append("--stem")
        XCTAssertEqual(refusal([header([1], of: 2), other]),
                       "p2 and p1 were made with different options (--stem); run every shard with the same options")
        other = header([2], of: 2)
        other.program = "0.0.9"
        XCTAssertEqual(refusal([header([1], of: 2), other]),
                       "p2 was written by analyze 0.0.9, p1 by test; write every shard with the same program")
        other = header([2], of: 2)
        other.workingDirectory = "/elsewhere"
        XCTAssertEqual(refusal([header([1], of: 2), other]),
                       "p2 was made in /elsewhere, p1 in /work; run every shard from the same folder")
    }

    func testShardsPartitionTheDocumentsEvenly() throws {
        XCTAssertEqual(Shard("2/8"), Shard(index: 2, count: 8))
        for bad in ["0/4", "5/4", "1/0", "a/4", "1", "1/4/2", "-1/4", ""] { XCTAssertNil(Shard(bad), bad) }
        let ids = (0..<8000).map { "outlet\($0 % 7)/article-\($0).txt" }
        let shards = (1...8).map { Shard(index: $0, count: 8)! }
        var sizes = [Int](repeating: 0, count: 8)
        for id in ids {
            let owners = shards.filter { $0.contains(documentID: id) }
            XCTAssertEqual(owners.count, 1)
            sizes[owners[0].index - 1] += 1
        }
        // 1,000 expected each; a fair split stays within a few standard deviations (about 30).
        XCTAssertTrue(sizes.allSatisfy { abs($0 - 1000) < 150 }, "\(sizes)")
        // The same shard on every run and machine: FNV-1a of the id.
        XCTAssertTrue(Shard(index: Int(StableHash.fnv1a("a.txt".utf8) % 3) + 1, count: 3)!.contains(documentID: "a.txt"))
    }
}
