import Foundation
import XCTest

/// The binary never loses a user's file, never hangs, and lets nothing from the corpus run.
final class SafetyTests: XCTestCase {
    // MARK: - Helpers

    /// Runs the binary, killing it after `deadline` seconds (a hang fails the test, not the suite).
    private func run(_ arguments: [String], deadline: TimeInterval = 120, prefix: [String] = []) throws -> AnalyzeRunner.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: prefix.first ?? AnalyzeRunner.binary.path)
        process.arguments = (prefix.isEmpty ? [] : Array(prefix.dropFirst()) + [AnalyzeRunner.binary.path]) + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + deadline, execute: timer)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        XCTAssertNotEqual(process.terminationReason, .uncaughtSignal, "analyze was stopped after \(deadline) s: it hung")
        return AnalyzeRunner.Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                                    stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Every file under `folder` with its bytes (links as their target path).
    private func snapshot(_ folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            let full = folder + "/" + relative
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: full) {
                result[relative] = Data(("link:" + target).utf8)
                continue
            }
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            if !isDirectory.boolValue { result[relative] = FileManager.default.contents(atPath: full) }
        }
        return result
    }

    // MARK: - Nothing the user owns is lost

    func testDumpCleanIntoTheCorpusIsRefusedAndTheArticlesKept() throws {
        let folder = try TemporaryFolder()
        let corpus = try folder.copyBundledCorpus()
        let before = try snapshot(corpus)
        for dump in [corpus, corpus + "/clean"] {
            let result = try run([corpus, "--out", folder.path("Output"), "--dump-clean", dump])
            XCTAssertEqual(result.status, 1)
            XCTAssertTrue(result.stderr.contains("is the corpus folder \(corpus) or inside it"), result.stderr)
        }
        XCTAssertEqual(try snapshot(corpus), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path("Output")))
    }

    func testOutputInsideTheCorpusOrHoldingItIsRefused() throws {
        let folder = try TemporaryFolder()
        let corpus = try folder.copyBundledCorpus(to: "work/Corpus")
        let before = try snapshot(corpus)
        let inside = try run([corpus, "--out", corpus + "/Output"])
        XCTAssertEqual(inside.status, 1)
        XCTAssertTrue(inside.stderr.hasPrefix("error: \(corpus)/Output: is the corpus folder"), inside.stderr)
        // An output folder that analyze wrote, with the corpus later put inside it.
        XCTAssertEqual(try run([corpus, "--out", folder.path("Out"), "-q"]).status, 0)
        try FileManager.default.moveItem(atPath: folder.path("work"), toPath: folder.path("Out/work"))
        let holding = try run([folder.path("Out/work/Corpus"), "--out", folder.path("Out")])
        XCTAssertEqual(holding.status, 1)
        XCTAssertTrue(holding.stderr.contains("holds the corpus"), holding.stderr)
        XCTAssertEqual(try snapshot(folder.path("Out/work/Corpus")), before)
    }

    func testAFileAddedToTheOutputFolderStopsTheRunAndIsKept() throws {
        let folder = try TemporaryFolder()
        let out = folder.path("Output")
        XCTAssertEqual(try run([AnalyzeRunner.bundledCorpus.path, "--out", out, "-q"]).status, 0)
        try "my notes".write(toFile: out + "/notes.md", atomically: true, encoding: .utf8)
        let before = try snapshot(out)
        let result = try run([AnalyzeRunner.bundledCorpus.path, "--out", out])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "error: \(out): holds 'notes.md', which analyze did not write, and the folder is replaced whole; move the file out or choose another --out\n")
        XCTAssertEqual(try snapshot(out), before)
        // Likewise for --dump-clean: a link planted in it is neither followed nor removed.
        let victim = try folder.write("victim.txt", "precious")
        XCTAssertEqual(try run([AnalyzeRunner.bundledCorpus.path, "--out", folder.path("Out2"), "--dump-clean", folder.path("clean"), "-q"]).status, 0)
        try FileManager.default.createSymbolicLink(atPath: folder.path("clean/000_6ba0587e5d08f3ae.txt.tmp"), withDestinationPath: victim)
        XCTAssertEqual(try run([AnalyzeRunner.bundledCorpus.path, "--out", folder.path("Out2"), "--dump-clean", folder.path("clean")]).status, 1)
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "precious")
    }

    func testKilledRunsLeaveThePreviousOutputAndTheirLeftoversAreRemoved() throws {
        let folder = try TemporaryFolder()
        // Without history, which would make the last run's report start with its changes.
        // A corpus that takes a moment: the bundled articles 60 times.
        let articles = try FileManager.default.contentsOfDirectory(atPath: AnalyzeRunner.bundledCorpus.path).filter { $0.hasSuffix(".txt") }
        for copy in 0..<60 {
            for article in articles {
                let text = try String(contentsOfFile: AnalyzeRunner.bundledCorpus.path + "/" + article, encoding: .utf8)
                try folder.write("Big/outlet\(copy % 3)/\(copy)-\(article)", text)
            }
        }
        let out = folder.path("Output")
        XCTAssertEqual(try run([folder.path("Big"), "--out", out, "-q", "--resamples", "200", "--history", "none"]).status, 0)
        let before = try snapshot(out)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<4 {
            let process = Process()
            process.executableURL = AnalyzeRunner.binary
            process.arguments = [folder.path("Big"), "--out", out, "-q", "--resamples", "200", "--history", "none"]
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0.02...1.5, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            XCTAssertEqual(try snapshot(out), before)
        }
        XCTAssertEqual(try run([folder.path("Big"), "--out", out, "-q", "--resamples", "200", "--history", "none"]).status, 0)
        XCTAssertEqual(try snapshot(out), before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasPrefix(".Output.") }
        XCTAssertEqual(leftovers, [])
        let spills = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
            .filter { $0.hasPrefix("analyze-terms-") }
            .compactMap { Int32($0.dropFirst("analyze-terms-".count).prefix { $0 != "-" }) }
            .filter { kill($0, 0) != 0 }
        XCTAssertEqual(spills, [], "spill files of dead runs are left")
    }

    // MARK: - Bounded on any input

    func testAFIFOInTheCorpusIsSkippedNotWaitedFor() throws {
        let folder = try TemporaryFolder()
        let corpus = try folder.copyBundledCorpus()
        XCTAssertEqual(mkfifo(corpus + "/x.txt", 0o644), 0)
        let result = try run([corpus, "--out", folder.path("Output")], deadline: 60)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("warning: x.txt: not read: a FIFO (named pipe), not a regular file"), result.stderr)
        let report = try String(contentsOfFile: folder.path("Output/report.md"), encoding: .utf8)
        XCTAssertTrue(report.contains("| not a regular file | 1 | `x.txt` |"), report)
    }

    func testScoreAnswersEachLineBeforeTheNext() throws {
        let process = Process()
        process.executableURL = AnalyzeRunner.binary
        process.arguments = ["score"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        // Output is read on another thread, so that a program that never answers fails the
        // test after the deadline instead of blocking it.
        final class Received: @unchecked Sendable {
            let lock = NSLock()
            var data = Data()
        }
        let collected = Received()
        let reader = output.fileHandleForReading
        reader.readabilityHandler = { handle in
            let chunk = handle.availableData
            collected.lock.lock()
            collected.data.append(chunk)
            collected.lock.unlock()
        }
        defer { reader.readabilityHandler = nil }
        var received: Data {
            collected.lock.lock()
            defer { collected.lock.unlock() }
            return collected.data
        }
        func readRows(_ count: Int) -> Bool {
            let deadline = Date().addingTimeInterval(30)
            while received.split(separator: 0x0A).count < count, Date() < deadline {
                Thread.sleep(forTimeInterval: 0.02)
            }
            return received.split(separator: 0x0A).count >= count
        }
        input.fileHandleForWriting.write(Data("VADER is smart, handsome, and funny.\n".utf8))
        XCTAssertTrue(readRows(2), "no row for the first line while stdin stays open")
        XCTAssertEqual(String(decoding: received, as: UTF8.self), "neg,neu,pos,compound\r\n0.0,0.254,0.746,0.8316\r\n")
        input.fileHandleForWriting.write(Data("Not good at all!\n".utf8))
        XCTAssertTrue(readRows(3))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
    }

    func testEntitiesOnALongStdinComeInParts() throws {
        let paragraph = "Barack Obama met Angela Merkel in Berlin on Tuesday. They spoke about trade.\n\n"
        let text = String(repeating: paragraph, count: 20_000)   // 1.6 MB
        let result = try AnalyzeRunner.run(["entities"], input: text)
        XCTAssertEqual(result.status, 0, result.stderr)
        let files = Set(parseCSV(result.stdout).dropFirst().map { $0[0] })
        XCTAssertEqual(files, ["stdin:1", "stdin:2"])
        // Text without blank lines is cut at line ends, not held whole.
        let lines = String(repeating: "Barack Obama met Angela Merkel in Berlin on Tuesday number \(1).\n", count: 40_000)
        let unbroken = try AnalyzeRunner.run(["entities"], input: lines)
        XCTAssertEqual(Set(parseCSV(unbroken.stdout).dropFirst().map { $0[0] }), ["stdin:1", "stdin:2"])
        // A short text is one document, named "stdin".
        let short = try AnalyzeRunner.run(["entities"], input: paragraph)
        XCTAssertEqual(Set(parseCSV(short.stdout).dropFirst().map { $0[0] }), ["stdin"])
    }

    func testManyFoldersAreListedWithFewFileDescriptors() throws {
        let folder = try TemporaryFolder()
        for i in 0..<300 { try folder.write("Corpus/d\(i)/a.txt", "Article \(i). It is short.") }
        let result = try run([folder.path("Corpus"), "--out", folder.path("Output"), "-q"], prefix: ["/bin/sh", "-c", "ulimit -n 64 && exec \"$0\" \"$@\""])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try readTable(folder.path("Output/documents.csv")).count, 300)
    }

    func testStdinThatIsAFolderIsOneClearError() throws {
        for command in ["score", "entities", "figures"] {
            let process = Process()
            process.executableURL = AnalyzeRunner.binary
            process.arguments = [command]
            process.standardInput = FileHandle(forReadingAtPath: "/")
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 1, command)
            XCTAssertTrue(message.hasPrefix("error: stdin: cannot be read (Is a directory)"), message)
        }
    }

    // MARK: - Skips are reported truthfully

    func testPermissionProblemsAreNamedAsSuch() throws {
        let folder = try TemporaryFolder()
        let corpus = try folder.copyBundledCorpus()
        try folder.write("Corpus/locked/a.txt", "Locked away. Never read.")
        try folder.write("Corpus/secret.txt", "Not for you. Really.")
        XCTAssertEqual(chmod(folder.path("Corpus/locked"), 0), 0)
        XCTAssertEqual(chmod(folder.path("Corpus/secret.txt"), 0), 0)
        defer { chmod(folder.path("Corpus/locked"), 0o755) }
        var prefix: [String] = []
        if geteuid() == 0 {
            // Root reads everything: run as nobody, with a folder nobody may write.
            prefix = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
            XCTAssertEqual(chmod(folder.url.path, 0o777), 0)
            guard FileManager.default.isExecutableFile(atPath: prefix[0]),
                  (try? run(["--version"], prefix: prefix).status) == 0 else {
                throw XCTSkip("the test binary cannot be run as an unprivileged user here")
            }
        }
        let result = try run([corpus, "--out", folder.path("Output")], prefix: prefix)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("warning: locked: a folder that cannot be opened (permission denied); its files are not read"), result.stderr)
        XCTAssertTrue(result.stderr.contains("warning: secret.txt: cannot be read: permission denied; check its permissions"), result.stderr)
        let report = try String(contentsOfFile: folder.path("Output/report.md"), encoding: .utf8)
        XCTAssertTrue(report.contains("| permission denied | 1 | `secret.txt` |"), report)
        XCTAssertTrue(report.contains("| folder not readable | 1 | `locked` |"), report)
    }

    // MARK: - Nothing from the corpus runs

    func testNoCellStartsAFormulaAndTheReportShowsText() throws {
        let folder = try TemporaryFolder()
        let hostile = [
            "=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "- Shares fell", "+cmd|' /C calc'!A0",
            "<script>alert('INJ')</script>", "<img src=x onerror=alert('INJ')>", "**INJ bold**", "_INJ emphasis_", "`INJ code`",
            "mail inj@evil.example.com", "<http://evil.example.com>", "[INJ](http://evil.example.com)", "1) INJ list", "+ INJ list",
            "&amp; INJ &#x3C;b&#x3E;", "===", "    INJ indented code",
        ]
        // The hostile strings in metadata (outlet, title) and in the text, as paragraphs and inside sentences.
        var metadata = "file,outlet,title,date\n"
        for (i, value) in hostile.enumerated() {
            let quoted = "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            metadata += "a\(i).txt,\(quoted),\(quoted),2020-01-0\(i % 9 + 1)\n"
            try folder.write("Corpus/a\(i).txt", """
            \(value)

            Officials in Baghdad said 40 people were hurt, and \(value) appeared in the statement. \
            Reuters reported that \(value) was repeated by Iran.
            """)
        }
        try folder.write("Corpus/metadata.csv", metadata)
        let out = folder.path("Output")
        let result = try run([folder.path("Corpus"), "--out", out])
        XCTAssertEqual(result.status, 0, result.stderr)
        for name in try FileManager.default.contentsOfDirectory(atPath: out) where name.hasSuffix(".csv") {
            let rows = parseCSV(try String(contentsOfFile: out + "/" + name, encoding: .utf8))
            for row in rows {
                for cell in row {
                    guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { continue }
                    XCTAssertTrue(cell.allSatisfy { "+-.0123456789eE".contains($0) } && Double(cell) != nil,
                                  "\(name): a cell starts a formula: \(cell)")
                }
            }
        }
        let documents = try readTable(out + "/documents.csv")
        XCTAssertTrue(documents.contains { $0["outlet"] == "'=HYPERLINK(\"http://x\",\"y\")" })
        // --raw-csv writes the values as they are.
        let raw = try run([folder.path("Corpus"), "--out", folder.path("Raw"), "--raw-csv", "-q"])
        XCTAssertEqual(raw.status, 0)
        XCTAssertTrue(try readTable(folder.path("Raw/documents.csv")).contains { $0["outlet"] == "@SUM(1)" })

        // The report, rendered as GitHub renders Markdown, shows the strings as text.
        let renderer = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let renderer else { throw XCTSkip("cmark-gfm is not installed (make test installs it)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: renderer)
        process.arguments = ["-e", "table", "-e", "autolink", "-e", "strikethrough", "-e", "tagfilter", out + "/report.md"]
        let html = Pipe()
        process.standardOutput = html
        try process.run()
        let page = String(decoding: html.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        for tag in ["<script", "<a ", "<del>", "<b>", "<li>INJ", "<li>\nINJ", "<pre><code>INJ"] {
            XCTAssertFalse(page.contains(tag), "the corpus introduced \(tag)")
        }
        // The only images are the report's own charts.
        for image in page.components(separatedBy: "<img").dropFirst() {
            XCTAssertTrue(image.hasPrefix(" src=\"charts/"), "the corpus introduced an image: <img\(image.prefix(80))")
        }
        // Emphasis is the report's own only: none holds a string from the corpus.
        for tag in ["strong", "em"] {
            for piece in page.components(separatedBy: "<\(tag)>").dropFirst() {
                let inner = piece.components(separatedBy: "</\(tag)>").first ?? ""
                XCTAssertFalse(inner.contains("INJ"), "<\(tag)>\(inner)")
            }
        }
        XCTAssertEqual(page.components(separatedBy: "<h1").count, 2, "the report's title is its only first-level heading")
        XCTAssertTrue(page.contains("&lt;script&gt;alert('INJ')&lt;/script&gt;"), "the text is shown as text")
        XCTAssertTrue(page.contains("**INJ bold**"))
    }
}
