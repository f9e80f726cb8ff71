import Foundation
import XCTest

/// `Output/` in the repository is the bundled corpus's output: what `make report` writes.
final class CommittedOutputTests: XCTestCase {
    func testCommittedOutputIsWhatMakeReportWrites() throws {
        let folder = try TemporaryFolder()
        let root = AnalyzeRunner.packageRoot
        // As `make report` runs it: from the project root, on the relative path `Corpus`.
        let result = try AnalyzeRunner.run(["Corpus", "--out", folder.path("Output"), "--quiet"], currentDirectory: root)
        XCTAssertEqual(result.status, 0, result.stderr)
        let committed = root.appendingPathComponent("Output").path
        let fm = FileManager.default
        // Every file, charts/ included, as a relative path.
        func files(_ root: String) -> [String] {
            (fm.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter { path in
                var isFolder: ObjCBool = false
                return fm.fileExists(atPath: root + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
            }.sorted()
        }
        let expected = files(committed)
        let written = files(folder.path("Output"))
        XCTAssertTrue(written.contains("charts/top_terms.svg") && written.contains("report.md"), "\(written)")
        XCTAssertEqual(written, expected, "the files of Output/ differ from a fresh run's: run `make report` and commit Output/")
        for name in written where expected.contains(name) {
            let a = try Data(contentsOf: URL(fileURLWithPath: committed + "/" + name))
            let b = try Data(contentsOf: URL(fileURLWithPath: folder.path("Output") + "/" + name))
            XCTAssertTrue(a == b, "Output/\(name) is not what the program writes now: run `make report` and commit Output/")
        }
    }

    /// The two quotations of a figure pair render as two paragraphs (GitHub's renderer).
    func testFigureQuotationsAreSeparateParagraphs() throws {
        let report = AnalyzeRunner.packageRoot.appendingPathComponent("Output/report.md").path
        let renderer = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let renderer else { throw XCTSkip("cmark-gfm is not installed (make test installs it)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: renderer)
        process.arguments = ["-e", "table", report]
        let html = Pipe()
        process.standardOutput = html
        try process.run()
        let page = String(decoding: html.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard let first = page.range(of: "troops killed by improvised explosive devices"),
              let second = page.range(of: "the department increased that tally to roughly 600", range: first.upperBound..<page.endIndex) else {
            return XCTFail("the revised pair's quotations are missing from the report")
        }
        let between = page[first.upperBound..<second.lowerBound]
        XCTAssertTrue(between.contains("</p>") && between.contains("<p>"), "the quotations run together: \(between)")
    }
}
