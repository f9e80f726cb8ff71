import Foundation
import XCTest
@testable import Corpus

/// What a corpus folder may hold that is not an article: special files, links, folders that
/// cannot be opened, names that are not UTF-8, files too large to read. None may hang the
/// reader or be read in full, and each is reported with its true reason.
final class FileSafetyTests: TemporaryDirectoryTestCase {
    private func makeFIFO(_ relative: String) throws {
        XCTAssertEqual(mkfifo(path(relative), 0o644), 0, String(cString: strerror(errno)))
    }

    func testAFIFOIsSkippedWithoutBlocking() throws {
        try write("a.txt", "An article. It has two sentences.")
        try makeFIFO("x.txt")
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["a.txt"])
        XCTAssertEqual(skipped, [SkippedFile(path: "x.txt", reason: .notRegularFile,
            detail: "not read: a FIFO (named pipe), not a regular file; remove it from the corpus folder")])
    }

    func testRegularFileRefusesFIFOsFoldersAndOversizedFilesBeforeReading() throws {
        try makeFIFO("pipe.csv")
        XCTAssertThrowsError(try RegularFile.read(path: path("pipe.csv"), limit: 100)) { error in
            XCTAssertEqual(error as? RegularFile.Failure, .notRegular(kind: "a FIFO (named pipe)"))
        }
        _ = try makeFolder("folder.txt")
        XCTAssertThrowsError(try RegularFile.read(path: path("folder.txt"), limit: 100)) { error in
            XCTAssertEqual(error as? RegularFile.Failure, .notRegular(kind: "a folder"))
        }
        XCTAssertThrowsError(try RegularFile.read(path: path("missing.txt"), limit: 100)) { error in
            XCTAssertEqual(error as? RegularFile.Failure, .notFound)
        }
        try write("eleven.txt", "eleven byte")
        XCTAssertThrowsError(try RegularFile.read(path: path("eleven.txt"), limit: 10)) { error in
            XCTAssertEqual(error as? RegularFile.Failure, .tooLarge(bytes: 11, limit: 10))
        }
        XCTAssertEqual(try RegularFile.read(path: path("eleven.txt"), limit: 11), Array("eleven byte".utf8))
        // A metadata.csv that is a FIFO is an error naming it, not a hang.
        try write("a.txt", "Text.")
        try makeFIFO("metadata.csv")
        let error = corpusError { _ = try CorpusReader(path: root) }
        XCTAssertEqual(error?.description, "\(path("metadata.csv")): is a FIFO (named pipe), not a regular file; only regular files are read")
    }

    func testAFileOverOneGiBIsSkippedWithoutBeingRead() throws {
        try write("a.txt", "Fine.")
        // A sparse file: 1 GiB + 1 byte on paper, nothing on disk.
        let big = path("big.txt")
        XCTAssertTrue(FileManager.default.createFile(atPath: big, contents: nil))
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: big))
        try handle.truncate(atOffset: UInt64(SkippedFile.maximumDocumentBytes + 1))
        try handle.close()
        let (reader, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["a.txt"])
        XCTAssertEqual(skipped.map(\.reason), [.tooLarge])
        XCTAssertEqual(skipped.first?.detail, "is larger than 1 GiB; split it into one file per article")
        XCTAssertEqual(reader.totalBytes, 5 + SkippedFile.maximumDocumentBytes + 1)
    }

    func testLinksLeavingTheCorpusAreRefusedAndLinksToFoldersNotFollowed() throws {
        try write("a.txt", "Inside.")
        let outside = try XCTUnwrap(root).appending("-outside")
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try "Secret text outside the corpus.".write(toFile: outside + "/secret.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: path("leak.txt"), withDestinationPath: outside + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: path("elsewhere"), withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: path("inside.txt"), withDestinationPath: path("a.txt"))
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["a.txt", "inside.txt"])
        XCTAssertEqual(skipped, [
            SkippedFile(path: "elsewhere", reason: .notRegularFile,
                        detail: "a link to a folder is not followed (its files are read where they are); remove the link or copy the folder in"),
            SkippedFile(path: "leak.txt", reason: .linkOutsideCorpus,
                        detail: "a link to a file outside the corpus folder is not read; copy the file into the folder"),
        ])
    }

    func testANameThatIsNotUTF8IsReadAndShownEscaped() throws {
        let name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
        let absolute = Array(try XCTUnwrap(root).utf8) + [UInt8(ascii: "/")] + name
        let fd = (absolute.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer {
            open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        XCTAssertGreaterThanOrEqual(fd, 0)
        let text = Array("Un café. Deux cafés.".utf8)
        XCTAssertEqual(text.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }, text.count)
        close(fd)
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(skipped, [])
        XCTAssertEqual(documents.map(\.id), ["caf\\xE9.txt"])
        XCTAssertEqual(documents.first?.text, "Un café. Deux cafés.")
    }

    func testLinkLoopsAndMetadataLinksAreNamedAsSuch() throws {
        try write("a.txt", "Fine.")
        try FileManager.default.createSymbolicLink(atPath: path("loop1.txt"), withDestinationPath: path("loop2.txt"))
        try FileManager.default.createSymbolicLink(atPath: path("loop2.txt"), withDestinationPath: path("loop1.txt"))
        let (_, _, skipped) = try readAll(root)
        XCTAssertEqual(skipped.map(\.detail), Array(repeating: "a link in a loop of links; fix or remove it", count: 2))
        // metadata.csv: a link that leaves the corpus, or leads nowhere, is an error.
        let outside = try XCTUnwrap(root).appending("-meta.csv")
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try "file,outlet\na.txt,X\n".write(toFile: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: path("metadata.csv"), withDestinationPath: outside)
        XCTAssertEqual(corpusError { _ = try CorpusReader(path: root) }?.description,
                       "\(path("metadata.csv")): is a link to a file outside the corpus folder; copy the file into the folder")
        try FileManager.default.removeItem(atPath: outside)
        XCTAssertEqual(corpusError { _ = try CorpusReader(path: root) }?.description,
                       "\(path("metadata.csv")): is a broken link (to \(outside)); fix or remove it")
    }

    func testFileNameDisplay() {
        XCTAssertEqual(FileNameText.display(Array("plain/name.txt".utf8)), "plain/name.txt")
        XCTAssertEqual(FileNameText.display(Array("naïve.txt".utf8)), "naïve.txt")
        XCTAssertEqual(FileNameText.display([0x61, 0xFF, 0x62]), "a\\xFFb")
        XCTAssertEqual(FileNameText.display(Array("line\nbreak".utf8)), "line\\x0Abreak")
        // Once escaping is needed, a backslash is escaped too, so two names never look alike.
        XCTAssertEqual(FileNameText.display([0x5C, 0x0A]), "\\x5C\\x0A")
        // A name with a backslash never reads as an escaped one.
        XCTAssertEqual(FileNameText.display(Array("caf\\xE9.txt".utf8)), "caf\\x5CxE9.txt")
        XCTAssertNotEqual(FileNameText.display(Array("caf\\xE9.txt".utf8)), FileNameText.display(Array("caf".utf8) + [0xE9] + Array(".txt".utf8)))
    }

    func testLinesLongerThanTheLimitAreSkippedNotKept() throws {
        let long = String(repeating: "x", count: 5_000)
        try write("lines.txt", "short\n\(long)\nafter\r\nlast")
        var reader = try BufferedByteReader(path: path("lines.txt"), chunkSize: 64)
        var lines: [BufferedByteReader.BoundedLine] = []
        while let line = try reader.readLine(limit: 100) { lines.append(line) }
        XCTAssertEqual(lines, [.line(Array("short".utf8)), .tooLong(bytes: 5_000), .line(Array("after".utf8)), .line(Array("last".utf8))])
    }

    func testABoundedLineIsPassedOverAndTheNextOneRead() throws {
        // JSON Lines corpora read with a limit of 1 GiB; the same reader keeps such a line out of memory.
        var reader = try BufferedByteReader(path: try write("feed.jsonl", "{\"text\": \"one\"}\n{\"text\": \"two\"}\n"))
        XCTAssertEqual(try reader.readLine(limit: 8), .tooLong(bytes: 15))
        XCTAssertEqual(try reader.readLine(limit: 100), .line(Array("{\"text\": \"two\"}".utf8)))
        XCTAssertNil(try reader.readLine(limit: 100))
    }
}
