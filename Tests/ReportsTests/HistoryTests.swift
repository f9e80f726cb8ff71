import Foundation
import XCTest
@testable import Reports

/// Run history and comparisons (`--history`, `changes.csv`, `analyze compare`): the changes
/// between two runs' tables, worked out by hand; the history's entries; the output lock.
final class HistoryTests: XCTestCase {
    var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("analyze-history-\(UUID().uuidString)")
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

    func record(_ inputs: [(String, Int, String)], documents: Int) -> RunRecord {
        RunRecord(program: "analyze test", corpus: "Corpus", groupBy: "outlet", arguments: ["--config-corpus=Corpus"],
                  analyses: ["entities", "figures", "sentiment", "terms"],
                  inputs: inputs.map { RunRecord.Input(path: $0.0, bytes: $0.1, sha256: $0.2) },
                  counts: RunRecord.Counts(documents: documents, skipped: 0, tokens: 0, groups: 0))
    }

    /// Two runs' folders: the later adds d3 of a new outlet C, changes d2.txt and
    /// metadata.csv, and no longer has old.txt.
    func makeRuns() throws -> (String, String) {
        try write("a/run.json", String(decoding: try record([("d1.txt", 100, "aa"), ("d2.txt", 100, "bb"), ("old.txt", 10, "oo"), ("metadata.csv", 50, "m1")], documents: 2).json(), as: UTF8.self))
        try write("a/documents.csv", "file,outlet,date,title,tokens\nd1.txt,A,2020-01-01,One,500\nd2.txt,B,2020-01-02,Two,500\n")
        try write("a/terms.csv", "scope,group,term,count,per_10k,doc_freq\ncorpus,,strike,10,100,2\ncorpus,,same,10,100,2\ncorpus,,gone,4,40,1\ngroup,A,strike,5,100,1\ngroup,B,strike,5,100,1\n")
        try write("a/entities.csv", "entity_id,name,type,mentions,documents,surface_forms\nE1,Iran,GPE,10,2,Iran:10\nE2,Baghdad,GPE,5,2,Baghdad:5\nE3,Old Name,PERSON,2,1,Old Name:2\nE4,Mark T. Esper,PERSON,2,1,Mark T. Esper:1; Esper:1\n")
        try write("a/cooccurrence.csv", "scope,group,entity_a,entity_b,name_a,name_b,count\ncorpus,,E1,E2,Iran,Baghdad,3\ncorpus,,E1,E4,Iran,Mark T. Esper,1\ngroup,A,E1,E2,Iran,Baghdad,2\n")
        try write("a/sentiment_documents.csv", "file,group,sentences,mean_compound\nd1.txt,A,2,0.5000\nd2.txt,B,2,-0.5000\n")
        let figureHeader = "file,group,figure_key,surface,value,counted,counted_key,event,comparison_group\n"
        try write("a/figures.csv", figureHeader + "d1.txt,A,d1.txt@10,\"at least 2,000\",2000,people,people,killed,1\nd2.txt,B,d2.txt@20,\"2,000\",2000,people,people,killed,1\n")

        try write("b/run.json", String(decoding: try record([("d1.txt", 100, "aa"), ("d2.txt", 120, "bc"), ("d3.txt", 300, "cc"), ("metadata.csv", 70, "m2")], documents: 3).json(), as: UTF8.self))
        try write("b/documents.csv", "file,outlet,date,title,tokens\nd1.txt,A,2020-01-01,One,500\nd2.txt,B,2020-01-02,Two,500\nd3.txt,C,2020-01-03,Three,1000\n")
        try write("b/terms.csv", "scope,group,term,count,per_10k,doc_freq\ncorpus,,strike,60,300,3\ncorpus,,same,20,100,2\ncorpus,,quake,5,25,1\ncorpus,,'=cmd,4,20,1\ngroup,A,strike,5,100,1\ngroup,B,strike,5,100,1\ngroup,C,strike,50,500,1\n")
        try write("b/entities.csv", "entity_id,name,type,mentions,documents,surface_forms\nE1,Baghdad,GPE,20,3,Baghdad:20\nE2,Iran,GPE,12,3,Iran:12\nE3,Mark Esper,PERSON,5,2,Mark Esper:3; Esper:2\nE4,Kuwait,GPE,3,1,Kuwait:3\n")
        try write("b/cooccurrence.csv", "scope,group,entity_a,entity_b,name_a,name_b,count\ncorpus,,E1,E2,Baghdad,Iran,4\ncorpus,,E2,E3,Iran,Mark Esper,1\ncorpus,,E2,E4,Iran,Kuwait,2\n")
        try write("b/sentiment_documents.csv", "file,group,sentences,mean_compound\nd1.txt,A,2,0.5000\nd2.txt,B,2,-0.5000\nd3.txt,C,4,0.2500\n")
        try write("b/figures.csv", figureHeader + "d1.txt,A,d1.txt@10,\"at least 2,000\",2000,people,people,killed,1\nd2.txt,B,d2.txt@20,\"2,000\",2000,people,people,killed,1\n"
                  + "d3.txt,C,d3.txt@5,\"2,400\",2400,people,people,killed,1\nd3.txt,C,d3.txt@50,three,3,rockets,rocket,fired,\n")
        return (path("a"), path("b"))
    }

    func testChangesOfTwoRunsAsWorkedOutByHand() throws {
        let (a, b) = try makeRuns()
        let changes = try RunChanges(before: RunTables(folder: a), after: RunTables(folder: b))
        func rows(_ kind: RunChanges.Kind) -> [String] { changes.of(kind).map(\.item) }
        // Files by path, size and SHA-256.
        XCTAssertEqual(rows(.fileChanged), ["d2.txt", "metadata.csv"])
        XCTAssertEqual(rows(.fileAdded), ["d3.txt"])
        XCTAssertEqual(rows(.fileRemoved), ["old.txt"])
        XCTAssertFalse(changes.sameInputs)
        // Documents and groups.
        XCTAssertEqual(rows(.documentAdded), ["d3.txt"])
        XCTAssertEqual(changes.of(.documentAdded).first?.group, "C")
        XCTAssertEqual(rows(.documentRemoved), [])
        XCTAssertEqual(rows(.groupAdded), ["C"])
        // Terms of the corpus: 1000 tokens before, 2000 after. G² by hand (scipy): strike 10 -> 60
        // is 13.4842, p 0.000240581; quake 0 -> 5 is 4.05882, p 0.0439411; gone 4 -> 0 is 8.79958,
        // p 0.00301299; =cmd 0 -> 4 is 3.24639, p 0.0715809; same 10 -> 20 is 0, p 1. BH over
        // the five: strike 0.00120290, gone 0.00753248, quake 0.0732352, =cmd 0.0894762.
        let strike = try XCTUnwrap(changes.of(.termRate).first { $0.item == "strike" && $0.group.isEmpty })
        XCTAssertEqual(strike.before!, 100, accuracy: 1e-9)
        XCTAssertEqual(strike.after!, 300, accuracy: 1e-9)
        XCTAssertEqual(strike.statistic!, 13.484196800686451, accuracy: 1e-9)
        XCTAssertEqual(strike.p!, 0.00024058109880353699, accuracy: 1e-12)
        XCTAssertEqual(strike.q!, 0.00024058109880353699 * 5, accuracy: 1e-11)
        let quake = try XCTUnwrap(changes.of(.termNew).first)
        XCTAssertEqual(quake.item, "quake")
        XCTAssertEqual(quake.statistic!, 4.058823543963859, accuracy: 1e-9)
        XCTAssertEqual(quake.q!, 0.043941102429286186 * 5 / 3, accuracy: 1e-11)
        XCTAssertEqual(rows(.termNew), ["quake", "=cmd"], "new terms by G², the guard taken off")
        XCTAssertEqual(changes.of(.termNew)[1].q!, 0.08947616052655674, accuracy: 1e-11)
        XCTAssertEqual(rows(.termGone), ["gone"])
        XCTAssertEqual(changes.of(.termGone)[0].q!, 0.0030129924200813906 * 5 / 2, accuracy: 1e-11)
        // Unchanged rates are not listed; nor are the groups' unchanged counts.
        XCTAssertEqual(rows(.termRate), ["strike"])
        // Entities by name and type; a new canonical name that shares a surface form with a
        // vanished one of its type is a renaming, not a new entity; ranks by mentions.
        XCTAssertEqual(rows(.entityNew), ["Kuwait (GPE)"])
        XCTAssertEqual(rows(.entityGone), ["Old Name (PERSON)"])
        XCTAssertEqual(changes.of(.entityRenamed).map { "\($0.item), \($0.detail), \(Int($0.before!))->\(Int($0.after!))" },
                       ["Mark Esper (PERSON), was Mark T. Esper (PERSON), 2->5"])
        XCTAssertEqual(changes.of(.entityRank).map { "\($0.item) \(Int($0.before!))->\(Int($0.after!))" },
                       ["Baghdad (GPE) 2->1", "Iran (GPE) 1->2", "Mark Esper (PERSON) 4->3"])
        // Pairs keyed by names in byte order, whichever comes first in the file; the earlier
        // pairs under the renamed names.
        XCTAssertEqual(rows(.pairNew), ["Iran + Kuwait"])
        XCTAssertEqual(rows(.pairGone), [])
        // Sentiment: the corpus 0 -> (2·0.5 − 2·0.5 + 4·0.25) / 8 = 0.125; A and B, whose
        // documents did not change, are not listed.
        let sentiment = changes.of(.sentiment)
        XCTAssertEqual(sentiment.map(\.group), [""])
        XCTAssertEqual(sentiment[0].before!, 0, accuracy: 1e-12)
        XCTAssertEqual(sentiment[0].after!, 0.125, accuracy: 1e-12)
        XCTAssertLessThanOrEqual(sentiment[0].low!, 0.125)
        XCTAssertGreaterThanOrEqual(sentiment[0].high!, 0.125)
        // Figures: the new 2,400 is grouped with the earlier 2,000s: a revision, against the
        // latest dated earlier report (d2, 2020-01-02), ratio 1.2; the rockets are new.
        let revised = try XCTUnwrap(changes.of(.figureRevised).first)
        XCTAssertEqual(revised.item, "people (killed)")
        XCTAssertEqual(revised.before, 2000)
        XCTAssertEqual(revised.after, 2400)
        XCTAssertEqual(revised.statistic!, 1.2, accuracy: 1e-12)
        XCTAssertEqual(revised.key, "d3.txt@5")
        XCTAssertTrue(revised.detail.contains("d2.txt"), revised.detail)
        XCTAssertEqual(changes.of(.figureNew).map(\.item), ["rocket (fired)"])

        // The CSV: counts as whole numbers, rates with four decimals, the guard kept once.
        let csv = ChangesReport.csv(changes).text
        XCTAssertTrue(csv.hasPrefix("kind,item,group,key,before,after,difference,ci_low,ci_high,statistic,p,q,detail\r\n"))
        XCTAssertTrue(csv.contains("file_changed,d2.txt,,,100,120,20,,,,,,\r\n"), csv)
        XCTAssertTrue(csv.contains("term_rate,strike,,,100,300,200,,,13.4842,"), csv)
        XCTAssertTrue(csv.contains("figure_revised,people (killed),C,d3.txt@5,2000,2400,400,,,1.2000,,,"), csv)
        XCTAssertTrue(csv.contains("term_new,'=cmd,,,0,20,20,,,3.2464,"), csv)
        XCTAssertFalse(csv.contains("''=cmd"), "the guard was added twice")

        // The report's section: revisions first, with both values and the ratio.
        let section = ChangesReport.markdown(changes, title: "Changes since 2020-01-02 06:00:00 UTC", earlier: "the run of then")
        XCTAssertTrue(section.hasPrefix("## Changes since 2020-01-02 06:00:00 UTC\n\nCompared with the run of then: 1 file added, 2 changed, 1 removed; 2 → 3 documents (1 new, 0 gone)."), section)
        XCTAssertTrue(section.contains("| people (killed) | C | 2000 | 2400 | ×1.20 |"), section)
        XCTAssertLessThan(section.range(of: "Figures revised")!.lowerBound, section.range(of: "Terms whose rate changed")!.lowerBound)
        XCTAssertTrue(section.contains("**New entities** (1): Kuwait (GPE) 3."), section)
        XCTAssertTrue(section.contains("**Entities renamed**: Mark T. Esper (PERSON) → Mark Esper (PERSON)."), section)
    }

    /// The same run twice: nothing listed.
    func testSameRunHasNoChanges() throws {
        let (a, _) = try makeRuns()
        let changes = try RunChanges(before: RunTables(folder: a), after: RunTables(folder: a))
        XCTAssertTrue(changes.sameInputs)
        XCTAssertEqual(changes.changes, [])
        let section = ChangesReport.markdown(changes, title: "T", earlier: "E")
        XCTAssertTrue(section.contains("Compared with E: the same 4 input files, unchanged."), section)
        XCTAssertFalse(section.contains("Sentiment"), section)
    }

    func testFoldersThatCannotBeCompared() throws {
        try write("empty/notes.txt", "x")
        XCTAssertThrowsError(try RunTables(folder: path("empty"))) { error in
            XCTAssertEqual((error as? ReportError)?.description,
                           "\(path("empty")): has no run.json (an output of an earlier version of analyze, or not an output folder); run analyze again to write one")
        }
        XCTAssertThrowsError(try RunTables(folder: path("missing")))
        let (a, _) = try makeRuns()
        try write("a/run.json", "{\"format\": 1}")
        XCTAssertThrowsError(try RunTables(folder: a)) { error in
            XCTAssertTrue((error as? ReportError)?.description.hasPrefix("\(a)/run.json: is not a run record that analyze wrote") == true, "\(error)")
        }
        _ = try makeRuns()
        try write("a/documents.csv", "file,outlet,tokens\nd1.txt,A,many\n")
        XCTAssertThrowsError(try RunTables(folder: a)) { error in
            XCTAssertEqual((error as? ReportError)?.description,
                           "\(a)/documents.csv: line 2: 'many' in column tokens is not a whole number; run analyze again to write the file")
        }
    }

    func testHistoryEntriesAreNamedByTimeKeptAndFound() throws {
        let history = RunHistory(path: path("history"))
        let date = Date(timeIntervalSince1970: 1_577_934_000)   // 2020-01-02 03:00:00 UTC
        XCTAssertEqual(RunHistory.entryName(at: date), "2020-01-02T03-00-00Z")
        XCTAssertEqual(RunHistory.time(ofEntry: "2020-01-02T03-00-00Z"), "2020-01-02 03:00:00 UTC")
        XCTAssertEqual(RunHistory.time(ofEntry: "2020-01-02T03-00-00Z-2"), "2020-01-02 03:00:00 UTC")
        XCTAssertNil(RunHistory.time(ofEntry: ".tmp-12"))
        XCTAssertNil(RunHistory.time(ofEntry: "2020-01-02T03-00-00Z-"))
        let (a, _) = try makeRuns()
        let key = RunHistory.Key(corpus: "Corpus", arguments: ["--config-corpus=Corpus"])
        var snapshots = 0
        let first = try history.save(out: a, key: key, at: date, keep: nil) { try Data("s".utf8).write(to: URL(fileURLWithPath: $0)); snapshots += 1 }
        let second = try history.save(out: a, key: key, at: date, keep: nil) { try Data("s".utf8).write(to: URL(fileURLWithPath: $0)); snapshots += 1 }
        XCTAssertEqual([first, second], ["2020-01-02T03-00-00Z", "2020-01-02T03-00-00Z-2"])
        XCTAssertEqual(snapshots, 2)
        for file in RunTables.files + [RunHistory.snapshotName, RunHistory.keyName] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: path("history/\(first)/\(file)")), file)
        }
        var warnings: [String] = [], others = 0
        XCTAssertEqual(try history.previous(key, warnings: &warnings, others: &others)?.name, second)
        // The corpus is compared as a resolved path: ./Corpus is Corpus.
        XCTAssertEqual(try history.previous(RunHistory.Key(corpus: "./Corpus", arguments: ["--config-corpus=./Corpus"]), warnings: &warnings, others: &others)?.name, second)
        let other = RunHistory.Key(corpus: "Other", arguments: ["--config-corpus=Other"])
        XCTAssertNil(try history.previous(other, warnings: &warnings, others: &others))
        XCTAssertEqual(others, 2)
        // --history-keep keeps the N latest of this corpus and options; other runs' entries stay.
        let foreign = try history.save(out: a, key: other, at: date.addingTimeInterval(30), keep: 1) { try Data().write(to: URL(fileURLWithPath: $0)) }
        let third = try history.save(out: a, key: key, at: date.addingTimeInterval(60), keep: 2) { try Data().write(to: URL(fileURLWithPath: $0)) }
        XCTAssertEqual(try history.entries(), [second, foreign, third])
        // A damaged latest entry is passed over with a warning naming it.
        try FileManager.default.removeItem(atPath: path("history/\(third)/documents.csv"))
        warnings = []
        XCTAssertEqual(try history.previous(key, warnings: &warnings, others: &others)?.name, second)
        XCTAssertEqual(warnings.count, 1)
        XCTAssertTrue(warnings[0].hasPrefix("\(path("history/\(third)")): has no documents.csv"), warnings[0])
        // Entries of one second sort by their number: -10 after -9.
        for n in [9, 10] {
            try FileManager.default.createDirectory(atPath: path("history/2020-01-02T03-05-00Z-\(n)"), withIntermediateDirectories: true)
            try Data("{}".utf8).write(to: URL(fileURLWithPath: path("history/2020-01-02T03-05-00Z-\(n)/run.json")))
        }
        XCTAssertEqual(Array(try history.entries().suffix(2)), ["2020-01-02T03-05-00Z-9", "2020-01-02T03-05-00Z-10"])
        // A snapshot that fails leaves no entry behind.
        struct Failed: Error {}
        XCTAssertThrowsError(try history.save(out: a, key: key, at: date.addingTimeInterval(120), keep: nil) { _ in throw Failed() })
        XCTAssertFalse(try FileManager.default.contentsOfDirectory(atPath: path("history")).contains { $0.hasPrefix(".tmp-") })
        // Never in the output folder or the corpus.
        XCTAssertThrowsError(try RunHistory(path: path("out/history")).check(out: path("out"), corpus: path("corpus")))
        XCTAssertThrowsError(try RunHistory(path: path("corpus/h")).check(out: path("out"), corpus: path("corpus")))
        XCTAssertNoThrow(try RunHistory(path: path("history")).check(out: path("out"), corpus: path("corpus")))
        XCTAssertEqual(RunHistory.defaultPath(forOutput: path("out")), path("history"))
        // Relative stays relative; one-letter names and trailing slashes too.
        XCTAssertEqual(RunHistory.defaultPath(forOutput: "O"), "history")
        XCTAssertEqual(RunHistory.defaultPath(forOutput: "O/"), "history")
        XCTAssertEqual(RunHistory.defaultPath(forOutput: "./O"), "./history")
        XCTAssertEqual(RunHistory.defaultPath(forOutput: "runs/x/"), "runs/history")
        // The history may be neither the output folder nor hold it.
        XCTAssertThrowsError(try RunHistory(path: path("out")).check(out: path("out"), corpus: path("corpus")))
        XCTAssertThrowsError(try RunHistory(path: root.path).check(out: path("out"), corpus: path("corpus")))
    }

    func testSecondLockOnAnOutputIsRefusedNamingTheHolder() throws {
        let out = path("Output")
        do {
            let first = try OutputLock(out: out, wait: false)
            XCTAssertThrowsError(try OutputLock(out: out, wait: false)) { error in
                XCTAssertEqual((error as? ReportError)?.description,
                               "\(out): another analyze run (process \(getpid())) is writing this output folder; run again when it has finished, or give --wait to wait for it")
            }
            withExtendedLifetime(first) {}
        }
        // Released with its holder.
        XCTAssertNoThrow(try OutputLock(out: out, wait: false))
    }

    func testSHA256OfKnownTexts() {
        // FIPS 180-2's examples.
        XCTAssertEqual(RunRecord.sha256(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(RunRecord.sha256([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
