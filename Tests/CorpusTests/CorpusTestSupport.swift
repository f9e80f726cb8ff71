import Foundation
import XCTest
@testable import Corpus

/// A test case that owns a fresh temporary folder: created in setUp, removed in tearDown.
class TemporaryDirectoryTestCase: XCTestCase {
    /// The fresh folder for this test.
    var root: String!

    override func setUpWithError() throws {
        try super.setUpWithError()
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("CorpusTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        root = url.path
    }

    override func tearDownWithError() throws {
        if let root {
            try? FileManager.default.removeItem(atPath: root)
        }
        root = nil
        try super.tearDownWithError()
    }

    /// The absolute path of `relative` inside the temporary folder.
    func path(_ relative: String) -> String {
        (root as NSString).appendingPathComponent(relative)
    }

    /// Writes `bytes` to `relative` (creating folders on the way) and returns the absolute path.
    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let absolute = path(relative)
        let folder = (absolute as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: absolute, contents: Data(bytes)) else {
            XCTFail("could not create \(absolute)")
            return absolute
        }
        return absolute
    }

    /// Writes UTF-8 `text` to `relative` and returns the absolute path.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, bytes: Array(text.utf8))
    }

    /// Creates an (empty) folder at `relative` and returns its absolute path.
    @discardableResult
    func makeFolder(_ relative: String) throws -> String {
        let absolute = path(relative)
        try FileManager.default.createDirectory(atPath: absolute, withIntermediateDirectories: true)
        return absolute
    }

    /// Every item `reader` yields, in order.
    func items(_ reader: CorpusReader) throws -> [CorpusItem] {
        var items: [CorpusItem] = []
        try reader.read { items.append($0) }
        return items
    }

    /// Reads the corpus at `corpusPath` and splits what it yields into documents and skipped files.
    func readAll(_ corpusPath: String, options: CorpusOptions = CorpusOptions())
        throws -> (reader: CorpusReader, documents: [Document], skipped: [SkippedFile]) {
        let reader = try CorpusReader(path: corpusPath, options: options)
        var documents: [Document] = []
        var skipped: [SkippedFile] = []
        try reader.read { item in
            switch item {
            case .document(let document): documents.append(document)
            case .skipped(let file): skipped.append(file)
            }
        }
        return (reader, documents, skipped)
    }

    /// The error `body` throws, as a `CorpusError` (failing the test otherwise).
    func corpusError(file: StaticString = #filePath, line: UInt = #line,
                     _ body: () throws -> Void) -> CorpusError? {
        do {
            try body()
            XCTFail("expected a CorpusError, nothing was thrown", file: file, line: line)
            return nil
        } catch let error as CorpusError {
            return error
        } catch {
            XCTFail("expected a CorpusError, got \(error)", file: file, line: line)
            return nil
        }
    }
}

extension CorpusItem {
    /// A short description for comparing the order of items.
    var summary: String {
        switch self {
        case .document(let document): return "doc \(document.id)"
        case .skipped(let file): return "skip \(file.path) \(file.reason.rawValue)"
        }
    }
}
