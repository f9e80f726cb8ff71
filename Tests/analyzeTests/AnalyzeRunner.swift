import Foundation
import XCTest

/// Runs the built `analyze` binary and captures what it prints.
struct AnalyzeRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var bundledCorpus: URL { packageRoot.appendingPathComponent("Corpus") }

    static var binary: URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("analyze")
        }
        #endif
        return Bundle.main.bundleURL.appendingPathComponent("analyze")
    }

    @discardableResult
    static func run(_ arguments: [String], currentDirectory: URL? = nil, input: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        // Read before waiting so that a full pipe cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A temporary folder removed at the end of the test.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("analyze-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `contents` to `name` (creating subfolders).
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        try write(name, Data(contents.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let target = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
        return target.path
    }

    /// A copy of the bundled corpus at `name`.
    func copyBundledCorpus(to name: String = "Corpus") throws -> String {
        let target = url.appendingPathComponent(name)
        try FileManager.default.copyItem(at: AnalyzeRunner.bundledCorpus, to: target)
        return target.path
    }
}

/// Parses an RFC 4180 table as the tests need it (quoted fields, CRLF).
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var iterator = Array(text.unicodeScalars).makeIterator()
    var pending: Unicode.Scalar?
    func next() -> Unicode.Scalar? {
        if let p = pending { pending = nil; return p }
        return iterator.next()
    }
    while let c = next() {
        if quoted {
            if c == "\"" {
                if let d = next() {
                    if d == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = d }
                } else { quoted = false }
            } else { field.unicodeScalars.append(c) }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            row.append(field); field = ""
        } else if c == "\r" {
            continue
        } else if c == "\n" {
            row.append(field); field = ""
            rows.append(row); row = []
        } else {
            field.unicodeScalars.append(c)
        }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}

/// Rows of a CSV file as dictionaries keyed by the header.
func readTable(_ path: String) throws -> [[String: String]] {
    let rows = parseCSV(try String(contentsOfFile: path, encoding: .utf8))
    guard let header = rows.first else { return [] }
    return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
}

/// One run of `analyze` on the bundled corpus with `--dump-clean`, made once per test
/// process for the test classes that only read its outputs; removed when the process exits.
enum BundledCorpusRun {
    static let folder: TemporaryFolder? = {
        let folder = try? TemporaryFolder()
        if let folder {
            _ = try? AnalyzeRunner.run([AnalyzeRunner.bundledCorpus.path, "--out", folder.path("Output"),
                                        "--dump-clean", folder.path("clean"), "--quiet"])
            atexit { if let path = BundledCorpusRun.folder?.url.path { try? FileManager.default.removeItem(atPath: path) } }
        }
        return folder
    }()

    static var out: String { folder?.path("Output") ?? "" }
    static var clean: String { folder?.path("clean") ?? "" }
}
