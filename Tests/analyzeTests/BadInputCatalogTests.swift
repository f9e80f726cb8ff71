import Foundation
import XCTest

/// The catalog of bad inputs (`Tests/Fixtures/bad-inputs/catalog.json`): each case lays out
/// a few files, runs `analyze` on them, and states the exit status and every `error:` and
/// `warning:` line it prints, word for word. The README's troubleshooting section is made
/// from the same file.
///
/// After a message is changed on purpose: `make catalog` (UPDATE_CATALOG=1) writes the new
/// messages into the catalog and the README section anew; review the diff.
final class BadInputCatalogTests: XCTestCase {
    struct Case: Codable {
        /// A short name, unique.
        var id: String
        /// The README subsection it belongs to.
        var section: String
        /// What is wrong, in a few words.
        var problem: String
        /// Files to create (path relative to the case's folder: text as UTF-8).
        var files: [String: String]?
        /// Files to create from bytes written in hexadecimal.
        var hex: [String: String]?
        /// Symbolic links to create: path to target.
        var links: [String: String]?
        /// The arguments, run in the case's folder.
        var args: [String]
        /// The exit status.
        var status: Int32
        /// Every `error:`, `warning:` and (usage error) `Error:` line of stderr, in order.
        var stderr: [String]
    }

    struct Catalog: Codable {
        var cases: [Case]
    }

    static var catalogURL: URL {
        AnalyzeRunner.packageRoot.appendingPathComponent("Tests/Fixtures/bad-inputs/catalog.json")
    }

    static var readmeURL: URL { AnalyzeRunner.packageRoot.appendingPathComponent("README.md") }

    static let sectionOrder = ["The corpus", "metadata.csv", "Article files", "CSV and JSON Lines files of documents",
                               "Options", "The output folder", "Shards (partial and merge)", "History and comparisons"]

    static func load() throws -> Catalog {
        try JSONDecoder().decode(Catalog.self, from: Data(contentsOf: catalogURL))
    }

    static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_CATALOG"] == "1" }

    /// Runs one case in a fresh folder: its exit status and its error and warning lines.
    static func run(_ item: Case) throws -> (status: Int32, lines: [String]) {
        let folder = try TemporaryFolder()
        for (path, text) in item.files ?? [:] { try folder.write(path, text) }
        for (path, hex) in item.hex ?? [:] {
            var bytes: [UInt8] = []
            var digits = Array(hex.utf8)[...]
            while digits.count >= 2 {
                bytes.append(UInt8(String(decoding: digits.prefix(2), as: UTF8.self), radix: 16)!)
                digits = digits.dropFirst(2)
            }
            try folder.write(path, Data(bytes))
        }
        for (path, target) in item.links ?? [:] {
            let link = folder.url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target)
        }
        let result = try AnalyzeRunner.run(item.args, currentDirectory: folder.url)
        let lines = result.stderr.split(separator: "\n").map(String.init)
            .filter { $0.hasPrefix("error: ") || $0.hasPrefix("warning: ") || $0.hasPrefix("Error: ") }
            .map { $0.replacingOccurrences(of: folder.url.path, with: "{dir}") }
        return (result.status, lines)
    }

    func testEveryCaseGivesItsExactMessagesAndExitStatus() throws {
        var catalog = try Self.load()
        XCTAssertGreaterThanOrEqual(catalog.cases.count, 40)
        XCTAssertEqual(Set(catalog.cases.map(\.id)).count, catalog.cases.count, "ids must be unique")
        var outcomes = [(status: Int32, lines: [String])?](repeating: nil, count: catalog.cases.count)
        let lock = NSLock()
        var failures: [String] = []
        DispatchQueue.concurrentPerform(iterations: catalog.cases.count) { i in
            do {
                let outcome = try Self.run(catalog.cases[i])
                lock.lock(); outcomes[i] = outcome; lock.unlock()
            } catch {
                lock.lock(); failures.append("\(catalog.cases[i].id): \(error)"); lock.unlock()
            }
        }
        XCTAssertEqual(failures, [])
        for (i, item) in catalog.cases.enumerated() {
            guard let outcome = outcomes[i] else { continue }
            if Self.updating {
                catalog.cases[i].status = outcome.status
                catalog.cases[i].stderr = outcome.lines
                continue
            }
            XCTAssertEqual(outcome.status, item.status, "\(item.id): exit status")
            XCTAssertEqual(outcome.lines, item.stderr, "\(item.id): messages")
            if item.status != 0 { XCTAssertFalse(outcome.lines.isEmpty, "\(item.id): a failed run says why") }
            // One line each: what is wrong, then, after a semicolon, what to do or what was done.
            // (A usage error, "Error: --jobs must be 1 or more", says what is valid instead.)
            for line in outcome.lines where !line.hasPrefix("Error: ") {
                let message = line.drop(while: { $0 != " " }).dropFirst()
                XCTAssertTrue(message.contains("; "), "\(item.id): no fix in: \(line)")
            }
        }
        if Self.updating {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try (encoder.encode(catalog) + Data("\n".utf8)).write(to: Self.catalogURL)
        }
    }

    /// The README's troubleshooting section, made from the catalog.
    static func troubleshooting(_ catalog: Catalog) -> String {
        var out = """
        Every message below is what `analyze` prints for that input, word for word: the
        cases are run by the tests (`Tests/Fixtures/bad-inputs/catalog.json`), and this list is
        made from them (`make catalog` after a message changes). Exit status 0 means the run
        went on and wrote its outputs; 1, that nothing was written (the previous output stays
        as it was); 64, a usage error. `--strict` turns every warning into an error. `{dir}`
        stands for the folder the command ran in.

        """
        for section in sectionOrder {
            let items = catalog.cases.filter { $0.section == section }
            guard !items.isEmpty else { continue }
            out += "\n#### \(section)\n\n"
            for item in items {
                let command = (["analyze"] + item.args.map { $0.contains(" ") ? "'\($0)'" : $0 }).joined(separator: " ")
                out += "- **\(item.problem)** (`\(command)`, exit \(item.status)):\n"
                for line in item.stderr {
                    out += "  - `\(line.replacingOccurrences(of: "`", with: "'"))`\n"
                }
                if item.stderr.isEmpty { out += "  - no message: read as it is\n" }
            }
        }
        return out
    }

    static let beginMarker = "<!-- troubleshooting: begin (made from Tests/Fixtures/bad-inputs/catalog.json; edit that file, then run make catalog) -->\n"
    static let endMarker = "<!-- troubleshooting: end -->\n"

    func testTheREADMEsTroubleshootingIsMadeFromTheCatalog() throws {
        let readme = try String(contentsOf: Self.readmeURL, encoding: .utf8)
        guard let begin = readme.range(of: Self.beginMarker), let end = readme.range(of: Self.endMarker),
              begin.upperBound <= end.lowerBound else {
            return XCTFail("README.md lacks the troubleshooting markers")
        }
        let expected = Self.troubleshooting(try Self.load())
        let current = String(readme[begin.upperBound..<end.lowerBound])
        if Self.updating {
            let updated = String(readme[..<begin.upperBound]) + expected + String(readme[end.lowerBound...])
            try updated.write(to: Self.readmeURL, atomically: true, encoding: .utf8)
            return
        }
        XCTAssertEqual(current, expected, "README.md's troubleshooting section is out of date: run make catalog")
    }
}
