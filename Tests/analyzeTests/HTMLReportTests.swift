import Foundation
import XCTest

/// `report.html` opened in a real headless browser (Debian's Chromium, which `make test`
/// installs): it renders, logs nothing to the console (no script error, no request the
/// page's policy blocked), sorts its tables, and shows the corpus's markup as text.
final class HTMLReportTests: XCTestCase {
    /// Chromium's path, or a skip naming how to get it.
    func chromium() throws -> String {
        for path in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"] where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        throw XCTSkip("no Chromium: `make test` installs Debian's chromium package")
    }

    /// The page's DOM after its scripts ran, and the browser's console lines.
    func open(_ file: String) throws -> (dom: String, console: [String]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try chromium())
        let profile = try TemporaryFolder()
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile.path("profile"),
                             "--enable-logging=stderr", "--log-level=0", "--virtual-time-budget=5000", "--dump-dom",
                             URL(fileURLWithPath: file).absoluteString]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let timer = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: timer)
        let dom = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let log = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        timer.cancel()
        XCTAssertEqual(process.terminationStatus, 0, log)
        return (dom, log.components(separatedBy: "\n").filter { $0.contains(":CONSOLE") })
    }

    func testTheBundledReportRendersWithoutErrorsAndSorts() throws {
        let page = BundledCorpusRun.out + "/report.html"
        let html = try String(contentsOfFile: page, encoding: .utf8)
        // Self-contained: no address outside the page in any attribute.
        XCTAssertNil(html.range(of: #"(src|href)="(https?:|//)"#, options: .regularExpression))
        XCTAssertTrue(html.contains("Content-Security-Policy"))
        XCTAssertEqual(html.components(separatedBy: "src=\"data:image/svg+xml;base64,").count - 1, 7, "the seven charts inline")
        let (dom, console) = try open(page)
        XCTAssertEqual(console, [], "console messages")
        XCTAssertTrue(dom.contains("<h2>Summary</h2>"))
        XCTAssertTrue(dom.contains("Quds Force – Islamic Revolutionary Guard Corps"))
        XCTAssertGreaterThan(dom.components(separatedBy: "<table>").count - 1, 10)
        XCTAssertTrue(dom.contains("tabindex=\"0\""), "the script made the headers sortable")

        // Sorting: a copy of the page clicks the "term" header of the top terms twice and
        // writes the first rows it then has into the page.
        let folder = try TemporaryFolder()
        let probe = """
        <script>
        var table = document.querySelectorAll("table")[2];
        var header = Array.prototype.filter.call(table.tHead.rows[0].cells, function (c) { return c.textContent.indexOf("term") === 0; })[0];
        header.click();
        var up = table.tBodies[0].rows[0].cells[1].textContent;
        header.click();
        var down = table.tBodies[0].rows[0].cells[1].textContent;
        document.body.setAttribute("data-sorted", up + "|" + down + "|" + header.getAttribute("aria-sort"));
        </script>
        </body>
        """
        let copy = folder.path("report.html")
        try html.replacingOccurrences(of: "</body>", with: probe).write(toFile: copy, atomically: true, encoding: .utf8)
        let sorted = try open(copy)
        XCTAssertEqual(sorted.console, [])
        XCTAssertTrue(sorted.dom.contains("data-sorted=\"administration|u.s.|descending\""),
                      String(sorted.dom.prefix(400)))
    }

    /// Markup in an outlet's name, a title and the text reaches the page as text: no
    /// element, no script, and the tables keep their columns.
    func testMarkupFromTheCorpusIsText() throws {
        let folder = try TemporaryFolder()
        let corpus = folder.path("corpus")
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let hostile = "<script>alert(1)</script> *emphasis* | `tick`"
        for n in 0..<2 {
            try "The \(hostile) minister spoke in <b>Paris</b> on Monday. Officials said 40 people <img src=x onerror=alert(2)> came."
                .write(toFile: corpus + "/\(n).txt", atomically: true, encoding: .utf8)
        }
        try "file,outlet,title\n0.txt,\"\(hostile)\",\"\(hostile)\"\n1.txt,Plain,Plain\n".write(toFile: corpus + "/metadata.csv", atomically: true, encoding: .utf8)
        let result = try AnalyzeRunner.run([corpus, "--out", folder.path("out"), "-q"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let (dom, console) = try open(folder.path("out") + "/report.html")
        XCTAssertEqual(console, [], "no script ran, nothing was blocked")
        XCTAssertEqual(dom.components(separatedBy: "<script").count - 1, 1, "only the page's own script")
        XCTAssertFalse(dom.contains("<img src=\"x\""))
        XCTAssertFalse(dom.contains("<b>Paris</b>"))
        XCTAssertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt; *emphasis* | `tick`"), "the outlet's name, as text")
        // The overview table keeps its six columns in the outlet's row.
        let row = try XCTUnwrap(dom.components(separatedBy: "<tr>").first { $0.contains("&lt;script&gt;alert(1)") && $0.contains("<td") })
        XCTAssertEqual(row.components(separatedBy: "<td").count - 1, 6, row)
    }
}
