import XCTest
@testable import Corpus

/// Folder corpora: listing, order, metadata precedence, text files and what is skipped.
final class CorpusReaderTests: TemporaryDirectoryTestCase {
    private func byID(_ documents: [Document]) -> [String: Document] {
        Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) })
    }

    // MARK: - Corpus-level errors

    func testMissingCorpusPath() {
        let missing = path("no-such-folder")
        let error = corpusError { _ = try CorpusReader(path: missing) }
        XCTAssertEqual(error, .corpusNotFound(path: missing))
        XCTAssertEqual(error?.description,
            "\(missing): no such file or folder; give the path of a corpus folder (or a .csv/.jsonl file of documents)")
    }

    func testEmptyFolder() {
        let error = corpusError { _ = try CorpusReader(path: root) }
        XCTAssertEqual(error, .emptyCorpus(path: root))
        XCTAssertEqual(error?.description,
            "\(root!): holds no documents (.txt, .md, .html, .csv or .jsonl files); add articles or point to another folder")
    }

    func testFolderWithOnlyAPDF() throws {
        try write("report.pdf", bytes: Array("%PDF-1.4 ...".utf8))
        XCTAssertEqual(corpusError { _ = try CorpusReader(path: root) }, .emptyCorpus(path: root))
    }

    func testFolderWithOnlyUnsupportedAndHiddenFiles() throws {
        try write("sub/photo.jpg", bytes: [0xFF, 0xD8, 0xFF])
        try write(".hidden.txt", "Hidden article.")
        try write(".git/notes.txt", "Hidden folder.")
        try write("README", "No extension.")
        XCTAssertEqual(corpusError { _ = try CorpusReader(path: root) }, .emptyCorpus(path: root))
    }

    func testFolderWithOnlyMetadataIsEmpty() throws {
        try write("metadata.csv", "file,outlet\n")
        XCTAssertEqual(corpusError { _ = try CorpusReader(path: root) }, .emptyCorpus(path: root))
    }

    func testASingleTextFileIsNotACorpus() throws {
        let file = try write("article.txt", "Some text.")
        let error = corpusError { _ = try CorpusReader(path: file) }
        XCTAssertEqual(error, .unsupportedCorpusFile(path: file))
        XCTAssertEqual(error?.description, "\(file): a corpus must be a folder, a .csv file or a .jsonl file; give one of those")
    }

    // MARK: - Listing and order

    func testRecursiveStableOrderSortedByRelativePath() throws {
        // Written in a scrambled order; read sorted by the bytes of the relative path.
        try write("sub2/x.txt", "sub2 x")
        try write("b.txt", "b")
        try write("sub/z.txt", "sub z")
        try write("a/b.txt", "a b")
        try write("sub/a.md", "sub a")
        try write("a.txt", "a")
        try write("A.txt", "capital A")
        try write("sub/deeper/k.txt", "deep k")
        let (reader, documents, skipped) = try readAll(root)
        XCTAssertEqual(skipped, [])
        XCTAssertEqual(documents.map(\.id),
                       ["A.txt", "a.txt", "a/b.txt", "b.txt", "sub/a.md", "sub/deeper/k.txt", "sub/z.txt", "sub2/x.txt"])
        XCTAssertEqual(documents.map(\.sequenceNumber), [0, 1, 2, 3, 4, 5, 6, 7])
        XCTAssertEqual(documents.map(\.text), ["capital A", "a", "a b", "b", "sub a", "deep k", "sub z", "sub2 x"])
        XCTAssertEqual(documents.map(\.format), [.plainText, .plainText, .plainText, .plainText, .markdown, .plainText, .plainText, .plainText])
        XCTAssertEqual(reader.fileCount, 8)
        // 9 + 1 + 3 + 1 + 5 + 6 + 5 + 6 bytes.
        XCTAssertEqual(reader.totalBytes, 36)
        XCTAssertEqual(reader.rootPath, root)
        XCTAssertEqual(reader.displayPath, root)
    }

    func testOrderIsByUTF8BytesForNonASCIINames() throws {
        try write("zeta.txt", "z")
        try write("émile.txt", "e")
        try write("Zulu.txt", "Z")
        try write("éa/x.txt", "folder")
        let (_, documents, _) = try readAll(root)
        // 'Z' (5A) < 'z' (7A) < 'é' (C3 A9); "émile" (C3 A9 6D) after "éa/" (C3 A9 61).
        XCTAssertEqual(documents.map(\.id), ["Zulu.txt", "zeta.txt", "éa/x.txt", "émile.txt"])
        XCTAssertEqual(documents.map { $0.metadata["outlet"] }, ["unknown", "unknown", "éa", "unknown"])
    }

    func testOrderIsTheSameOnEveryRead() throws {
        for name in ["m.txt", "c/d.txt", "b.md", "z.txt", "c.txt"] { try write(name, "text of \(name)") }
        let reader = try CorpusReader(path: root)
        var first: [String] = []
        var second: [String] = []
        try reader.read { if case .document(let d) = $0 { first.append("\(d.sequenceNumber) \(d.id)") } }
        try reader.read { if case .document(let d) = $0 { second.append("\(d.sequenceNumber) \(d.id)") } }
        XCTAssertEqual(first, ["0 b.md", "1 c.txt", "2 c/d.txt", "3 m.txt", "4 z.txt"])
        XCTAssertEqual(second, first)
    }

    func testHiddenFilesAndFoldersAreIgnored() throws {
        try write("a.txt", "visible")
        try write(".hidden.txt", "hidden")
        try write(".DS_Store", bytes: [0, 0, 0, 1])
        try write(".git/HEAD.txt", "hidden folder")
        try write("sub/.secret.md", "hidden in sub")
        try write("sub/b.txt", "visible in sub")
        let (reader, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["a.txt", "sub/b.txt"])
        XCTAssertEqual(skipped, [])
        XCTAssertEqual(reader.fileCount, 2)
        XCTAssertEqual(reader.totalBytes, 7 + 14)
    }

    func testCorpusInsideAHiddenFolderIsStillRead() throws {
        try write(".cache/corpus/a.txt", "inside a hidden parent")
        try write(".cache/corpus/sub/b.txt", "also")
        let (_, documents, _) = try readAll(path(".cache/corpus"))
        XCTAssertEqual(documents.map(\.id), ["a.txt", "sub/b.txt"])
        XCTAssertEqual(documents.map { $0.metadata["outlet"] }, ["unknown", "sub"])
    }

    func testTrailingSlashOnTheCorpusPath() throws {
        try write("x/a.txt", "alpha")
        try write("metadata.csv", "file,outlet\nx/a.txt,Times\n")
        let (_, documents, _) = try readAll(root + "/")
        XCTAssertEqual(documents.map(\.id), ["x/a.txt"])
        XCTAssertEqual(documents.first?.metadata, ["outlet": "Times"])
    }

    func testRelativeCorpusPath() throws {
        try write("corpus/one.txt", "one")
        try write("corpus/two/b.txt", "two")
        let previous = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(root))
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let (reader, documents, skipped) = try readAll("corpus")
        XCTAssertEqual(skipped, [])
        XCTAssertEqual(documents.map(\.id), ["one.txt", "two/b.txt"])
        XCTAssertEqual(documents.map(\.text), ["one", "two"])
        XCTAssertEqual(reader.displayPath, "corpus")
    }

    func testCorpusPathThatIsALinkToAFolder() throws {
        // Fails today: FileManager's enumerator does not descend into a root that is a
        // symbolic link, so CorpusReader.init finds no files and throws emptyCorpus.
        try write("real/a.txt", "through a link")
        try FileManager.default.createSymbolicLink(atPath: path("link"), withDestinationPath: path("real"))
        let (_, documents, skipped) = try readAll(path("link"))
        XCTAssertEqual(skipped, [])
        XCTAssertEqual(documents.map(\.id), ["a.txt"])
        XCTAssertEqual(documents.map(\.text), ["through a link"])
    }

    func testUppercaseAndAlternativeExtensions() throws {
        try write("a.TXT", "upper txt")
        try write("b.text", "dot text")
        try write("c.Markdown", "[md](u) upper")
        try write("d.PDF", "pdf")
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["a.TXT", "b.text", "c.Markdown"])
        XCTAssertEqual(documents.map(\.format), [.plainText, .plainText, .markdown])
        XCTAssertEqual(documents.map(\.text), ["upper txt", "dot text", "md upper"])
        XCTAssertEqual(skipped, [SkippedFile(path: "d.PDF", reason: .unsupportedType,
            detail: "not read: .pdf is not a document format (documents are .txt, .md, .html, .csv or .jsonl files); convert or remove it")])
    }

    // MARK: - Outlets and metadata precedence

    func testOutletFromTheTopLevelSubfolderElseUnknown() throws {
        try write("root.txt", "no folder")
        try write("nyt/a.txt", "in nyt")
        try write("nyt/2020/01/b.txt", "deep in nyt")
        try write("fox news/c.md", "folder with a space")
        let (_, documents, _) = try readAll(root)
        let docs = byID(documents)
        XCTAssertEqual(docs["root.txt"]?.metadata, ["outlet": "unknown"])
        XCTAssertEqual(docs["nyt/a.txt"]?.metadata, ["outlet": "nyt"])
        XCTAssertEqual(docs["nyt/2020/01/b.txt"]?.metadata, ["outlet": "nyt"])
        XCTAssertEqual(docs["fox news/c.md"]?.metadata, ["outlet": "fox news"])
        XCTAssertEqual(docs["root.txt"]?.value(of: "outlet"), "unknown")
    }

    func testMetadataCSVWinsOverFrontMatterWhichWinsOverTheFolder() throws {
        try write("metadata.csv", """
            file,outlet,title,lean
            fox/a.md,CSV Outlet,CSV Title,right
            fox/d.txt,,CSV D,
            e.txt,,,left

            """)
        try write("fox/a.md", "---\noutlet: FM Outlet\ntitle: FM Title\nauthor: Ann\n---\nText A\n")
        try write("fox/b.md", "---\noutlet: FM Outlet\ntitle: FM B\n---\nText B\n")
        try write("fox/c.txt", "Text C\n")
        try write("fox/d.txt", "---\noutlet: FM D\ntitle: FM title D\n---\nText D\n")
        try write("e.txt", "Text E\n")
        let (reader, documents, skipped) = try readAll(root)
        // The two files without a row are named; their metadata comes from elsewhere.
        XCTAssertEqual(skipped.map(\.path), ["fox/b.md", "fox/c.txt"])
        XCTAssertEqual(skipped.first?.detail, "has no row in \(path("metadata.csv")); its metadata comes from its own head or front matter only, add a row for it")
        XCTAssertEqual(skipped.last?.detail, "has no row in \(path("metadata.csv")); its metadata comes from its folder only, add a row for it")
        XCTAssertEqual(documents.map(\.id), ["e.txt", "fox/a.md", "fox/b.md", "fox/c.txt", "fox/d.txt"])
        let docs = byID(documents)
        // metadata.csv wins; the front matter's other keys are kept.
        XCTAssertEqual(docs["fox/a.md"]?.metadata,
                       ["outlet": "CSV Outlet", "title": "CSV Title", "lean": "right", "author": "Ann"])
        XCTAssertEqual(docs["fox/a.md"]?.text, "Text A\n")
        // No metadata row: front matter wins over the folder.
        XCTAssertEqual(docs["fox/b.md"]?.metadata, ["outlet": "FM Outlet", "title": "FM B"])
        // Nothing names an outlet: the folder.
        XCTAssertEqual(docs["fox/c.txt"]?.metadata, ["outlet": "fox"])
        // An empty metadata.csv cell does not hide the front matter value; a non-empty one wins.
        XCTAssertEqual(docs["fox/d.txt"]?.metadata, ["outlet": "FM D", "title": "CSV D", "lean": ""])
        XCTAssertEqual(docs["fox/d.txt"]?.value(of: "lean"), nil)
        // A root file whose row has no outlet: unknown.
        XCTAssertEqual(docs["e.txt"]?.metadata, ["outlet": "unknown", "title": "", "lean": "left"])
        XCTAssertEqual(reader.metadataColumns, ["outlet", "title", "lean", "author"])
    }

    func testEmptyFrontMatterOutletFallsBackToTheFolder() throws {
        try write("bbc/a.md", "---\noutlet:\ndate: 2020-01-05\n---\nBody\n")
        let (_, documents, _) = try readAll(root)
        XCTAssertEqual(documents.first?.metadata, ["outlet": "bbc", "date": "2020-01-05"])
    }

    func testMetadataPathsMatchFilesInSubfolders() throws {
        try write("metadata.csv", "file,outlet,date\n./a/one.txt,One,2020-01-01\na/b/../two.md,Two,2020-01-02\n")
        try write("a/one.txt", "first")
        try write("a/two.md", "second")
        let (_, documents, _) = try readAll(root)
        let docs = byID(documents)
        XCTAssertEqual(docs["a/one.txt"]?.metadata, ["outlet": "One", "date": "2020-01-01"])
        XCTAssertEqual(docs["a/two.md"]?.metadata, ["outlet": "Two", "date": "2020-01-02"])
    }

    func testMetadataColumnsFollowTheHeaderWithOutletFirstWhenMissing() throws {
        try write("metadata.csv", "date,file,title,url,lean\n2020-01-03,a.txt,T,http://u,left\n")
        try write("a.txt", "---\nzeta: 1\nauthor: B\n---\nBody A\n")
        try write("b.txt", "---\nsection: World\nauthor: C\n---\nBody B\n")
        let reader = try CorpusReader(path: root)
        // Before reading: metadata.csv's columns without `file`, `outlet` put first.
        XCTAssertEqual(reader.metadataColumns, ["outlet", "date", "title", "url", "lean"])
        var documents: [Document] = []
        try reader.read { if case .document(let d) = $0 { documents.append(d) } }
        // Then keys in the order documents introduce them (each document's keys sorted).
        XCTAssertEqual(reader.metadataColumns, ["outlet", "date", "title", "url", "lean", "author", "zeta", "section"])
        XCTAssertEqual(documents.map(\.metadata), [
            ["date": "2020-01-03", "title": "T", "url": "http://u", "lean": "left", "zeta": "1", "author": "B", "outlet": "unknown"],
            ["section": "World", "author": "C", "outlet": "unknown"],
        ])
    }

    func testMetadataColumnsKeepOutletWhereTheHeaderPutsIt() throws {
        try write("metadata.csv", "title,file,outlet\nHello,a.txt,Times\n")
        try write("a.txt", "Article")
        let (reader, documents, _) = try readAll(root)
        XCTAssertEqual(reader.metadataColumns, ["title", "outlet"])
        XCTAssertEqual(documents.first?.metadata, ["title": "Hello", "outlet": "Times"])
    }

    func testMetadataColumnsWithoutMetadataCSV() throws {
        try write("a.txt", "plain")
        let reader = try CorpusReader(path: root)
        XCTAssertEqual(reader.metadataColumns, ["outlet"])
        try reader.read { _ in }
        XCTAssertEqual(reader.metadataColumns, ["outlet"])
    }

    func testMetadataCSVIsNotADocument() throws {
        try write("metadata.csv", "file,outlet\na.txt,X\n")
        try write("a.txt", "Article")
        let (reader, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["a.txt"])
        XCTAssertEqual(skipped, [])
        XCTAssertEqual(reader.fileCount, 1)
        XCTAssertEqual(reader.totalBytes, 7)
    }

    // MARK: - Front matter and Markdown

    func testFrontMatterIsParsedAndRemoved() throws {
        try write("post.md", "---\ntitle: \"Strike: what next\"\ndate: 2020-01-03\ntags: [iran, iraq]\n---\n# Heading\n\nBody text.\n")
        let (reader, documents, skipped) = try readAll(root)
        XCTAssertEqual(skipped, [])
        let doc = try XCTUnwrap(documents.first)
        XCTAssertEqual(doc.metadata, ["title": "Strike: what next", "date": "2020-01-03", "tags": "iran; iraq", "outlet": "unknown"])
        XCTAssertEqual(doc.value(of: "date"), "2020-01-03")
        XCTAssertEqual(doc.text, "# Heading\n\nBody text.\n")
        XCTAssertEqual(reader.metadataColumns, ["outlet", "date", "tags", "title"])
    }

    func testFrontMatterWithBOMAndCRLF() throws {
        try write("win.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("---\r\ndate: 2020-01-03\r\n---\r\nLine one\r\nLine two\r\n".utf8))
        let (_, documents, _) = try readAll(root)
        XCTAssertEqual(documents.first?.metadata, ["date": "2020-01-03", "outlet": "unknown"])
        XCTAssertEqual(documents.first?.text, "Line one\nLine two\n")
    }

    func testMalformedFrontMatterIsReportedAndTheDocumentKept() throws {
        try write("news/bad.md", "---\ntitle: a\n  b: c\n---\nThe [body](http://x) stays.\n")
        try write("news/good.txt", "Fine.")
        let reader = try CorpusReader(path: root)
        let all = try items(reader)
        XCTAssertEqual(all.map(\.summary), [
            "skip news/bad.md malformed front matter",
            "doc news/bad.md",
            "doc news/good.txt",
        ])
        guard case .skipped(let warning) = all[0], case .document(let doc) = all[1] else { return XCTFail() }
        XCTAssertEqual(warning.reason, .malformedFrontMatter)
        XCTAssertTrue(warning.documentKept)
        XCTAssertEqual(warning.path, "news/bad.md")
        XCTAssertTrue(warning.detail.hasPrefix("invalid YAML front matter at line 3: "), warning.detail)
        XCTAssertTrue(warning.detail.hasSuffix("; its front matter is ignored, the text is read"), warning.detail)
        XCTAssertEqual(warning.message, "news/bad.md: \(warning.detail)")
        XCTAssertEqual(doc.text, "The body stays.\n")
        XCTAssertEqual(doc.metadata, ["outlet": "news"])
        XCTAssertEqual(doc.sequenceNumber, 0)
    }

    func testFrontMatterThatIsNotAMapping() throws {
        try write("list.txt", "---\n- a\n- b\n---\nText\n")
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(skipped, [SkippedFile(path: "list.txt", reason: .malformedFrontMatter,
            detail: "the front matter is not a list of 'key: value' lines; its front matter is ignored, the text is read",
            documentKept: true)])
        XCTAssertEqual(documents.map(\.text), ["Text\n"])
        XCTAssertEqual(documents.first?.metadata, ["outlet": "unknown"])
    }

    func testMalformedFrontMatterStillTakesMetadataCSV() throws {
        try write("metadata.csv", "file,outlet\nbad.md,Times\n")
        try write("bad.md", "---\nkey: [unclosed\n---\nBody\n")
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(skipped.map(\.reason), [.malformedFrontMatter])
        XCTAssertEqual(skipped.map(\.documentKept), [true])
        XCTAssertEqual(documents.map(\.text), ["Body\n"])
        XCTAssertEqual(documents.first?.metadata, ["outlet": "Times"])
    }

    func testMarkdownLinksAreReducedToTheirText() throws {
        try write("a.md", "Read [the story](http://x) and see ![a chart](c.png) or <https://example.com/x>.\n")
        // The same text in a .txt file is kept as written.
        try write("b.txt", "Read [the story](http://x).\n")
        let (_, documents, _) = try readAll(root)
        XCTAssertEqual(documents.map(\.text), ["Read the story and see a chart or .\n", "Read [the story](http://x).\n"])
        XCTAssertEqual(documents.map(\.format), [.markdown, .plainText])
    }

    func testTextIsDecodedWithBOMRemovedAndLineEndsNormalised() throws {
        try write("crlf.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("one\r\ntwo\rthree\n".utf8))
        let (_, documents, _) = try readAll(root)
        XCTAssertEqual(documents.map(\.text), ["one\ntwo\nthree\n"])
    }

    // MARK: - Skipped files

    func testAFileThatIsNotUTF8IsReadAsWindows1252WithAWarning() throws {
        try write("a.txt", "good")
        // "Café" and curly quotes in Windows-1252.
        try write("cp1252.txt", bytes: Array("ab\nCaf".utf8) + [0xE9, 0x20, 0x93, 0x6F, 0x6B, 0x94])
        try write("z.txt", "also good")
        let reader = try CorpusReader(path: root)
        let all = try items(reader)
        XCTAssertEqual(all.map(\.summary), ["doc a.txt", "skip cp1252.txt not UTF-8, decoded", "doc cp1252.txt", "doc z.txt"])
        guard case .skipped(let skipped) = all[1], case .document(let decoded) = all[2] else { return XCTFail() }
        XCTAssertEqual(skipped, SkippedFile(path: "cp1252.txt", reason: .otherEncoding,
            detail: "not UTF-8 (first at offset 6, line 2, column 4); read as Windows-1252 (Latin-1), check its accented letters or re-save it as UTF-8",
            documentKept: true))
        XCTAssertEqual(decoded.text, "ab\nCafé \u{201C}ok\u{201D}")
        XCTAssertEqual(decoded.sequenceNumber, 1)
    }

    func testUTF16FilesAreReadAndWithoutByteOrderMarkNamed() throws {
        let text = "Zw\u{00F6}lf Boxk\u{00E4}mpfer jagen Viktor \u{1F4F0}\r\nquer"
        try write("le.txt", bytes: [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        try write("be.txt", bytes: [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        try write("nobom.txt", bytes: text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["be.txt", "le.txt"])
        XCTAssertEqual(documents.map(\.text), [String](repeating: "Zw\u{00F6}lf Boxk\u{00E4}mpfer jagen Viktor \u{1F4F0}\nquer", count: 2))
        XCTAssertEqual(skipped.map(\.message), [
            "be.txt: read as UTF-16 (big-endian), told by its byte-order mark; re-save it as UTF-8 to silence this warning",
            "le.txt: read as UTF-16 (little-endian), told by its byte-order mark; re-save it as UTF-8 to silence this warning",
            "nobom.txt: UTF-16 text without a byte-order mark (NUL bytes at every other offset); re-save it as UTF-8",
        ])
        XCTAssertEqual(skipped.map(\.documentKept), [true, true, false])
    }

    func testAFileOfUTF8WithAFewBadBytesKeepsItsUTF8() throws {
        try write("mixed.txt", bytes: Array("café naïve résumé ".utf8) + [0xFF] + Array(" end".utf8))
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map(\.text), ["café naïve résumé \u{FFFD} end"])
        XCTAssertEqual(skipped.map(\.message),
                       ["mixed.txt: mostly UTF-8, but some bytes are not (first at offset 22, line 1, column 23); they are read as U+FFFD (\u{FFFD}); re-save it as UTF-8"])
    }

    func testBinaryFileIsSkipped() throws {
        try write("blob.txt", bytes: [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00])
        try write("ok.txt", "text")
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(skipped, [SkippedFile(path: "blob.txt", reason: .binary,
            detail: "binary data (a NUL byte at offset 4): a ZIP archive (or an Excel .xlsx or Word .docx file); unpack it, or save it as CSV or text")])
        XCTAssertEqual(documents.map(\.id), ["ok.txt"])
        XCTAssertEqual(documents.map(\.sequenceNumber), [0])
    }

    func testUnsupportedExtensionAndFileWithoutExtension() throws {
        try write("paper.pdf", bytes: Array("%PDF".utf8))
        try write("NOTES", "no extension")
        try write("ok.md", "markdown")
        let reader = try CorpusReader(path: root)
        XCTAssertEqual(reader.fileCount, 3)
        let all = try items(reader)
        XCTAssertEqual(all.map(\.summary), ["skip NOTES unsupported file type", "doc ok.md", "skip paper.pdf unsupported file type"])
        guard case .skipped(let noExtension) = all[0], case .skipped(let pdf) = all[2] else { return XCTFail() }
        XCTAssertEqual(noExtension.detail,
            "not read: a file without an extension (documents are .txt, .md, .html, .csv or .jsonl files); rename or remove it")
        XCTAssertEqual(pdf, SkippedFile(path: "paper.pdf", reason: .unsupportedType,
            detail: "not read: .pdf is not a document format (documents are .txt, .md, .html, .csv or .jsonl files); convert or remove it"))
    }

    func testEmptyAndBlankTextFilesAreSkipped() throws {
        try write("empty.txt", "")
        try write("blank.txt", " \n\t\n\r\n")
        try write("only-front-matter.md", "---\ntitle: T\n---\n")
        try write("only-link.md", "<https://example.com/only>\n")
        try write("real.txt", "Real text.")
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["real.txt"])
        XCTAssertEqual(skipped.map(\.path), ["blank.txt", "empty.txt", "only-front-matter.md", "only-link.md"])
        XCTAssertEqual(Set(skipped.map(\.reason)), [.emptyText])
        XCTAssertEqual(skipped.first?.detail, "holds no text; remove it or add the article")
    }

    func testDanglingSymlinkIsUnreadable() throws {
        try write("a.txt", "fine")
        try FileManager.default.createSymbolicLink(atPath: path("x.txt"), withDestinationPath: path("gone/nowhere.txt"))
        let (reader, documents, skipped) = try readAll(root)
        XCTAssertEqual(reader.fileCount, 2)
        XCTAssertEqual(documents.map(\.id), ["a.txt"])
        XCTAssertEqual(skipped, [SkippedFile(path: "x.txt", reason: .unreadable,
            detail: "a broken link (its target does not exist); fix or remove it")])
    }

    func testSymlinkToAFileInsideTheCorpusIsRead() throws {
        try write("real/a.txt", "linked text")
        try FileManager.default.createSymbolicLink(atPath: path("link.txt"), withDestinationPath: path("real/a.txt"))
        let (_, documents, _) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["link.txt", "real/a.txt"])
        XCTAssertEqual(documents.map(\.text), ["linked text", "linked text"])
    }

    func testSkippedFilesDoNotTakeSequenceNumbers() throws {
        try write("1.txt", "one")
        try write("2.txt", "")
        try write("3.pdf", "x")
        try write("4.txt", bytes: [0x00])
        try write("5.md", "five")
        try write("6.txt", bytes: [0xC0, 0x80])
        try write("7.txt", "seven")
        let reader = try CorpusReader(path: root)
        var seen: [String] = []
        try reader.read { item in
            switch item {
            case .document(let d): seen.append("\(d.sequenceNumber):\(d.id)")
            case .skipped(let s): seen.append("-:\(s.path):\(s.reason.rawValue)")
            }
        }
        XCTAssertEqual(seen, ["0:1.txt", "-:2.txt:no text", "-:3.pdf:unsupported file type", "-:4.txt:binary file",
                              "1:5.md", "-:6.txt:not UTF-8, decoded", "2:6.txt", "3:7.txt"])
    }

    func testAnErrorFromTheBodyStopsTheRead() throws {
        struct Stop: Error {}
        for name in ["a.txt", "b.txt", "c.txt"] { try write(name, name) }
        let reader = try CorpusReader(path: root)
        var seen: [String] = []
        XCTAssertThrowsError(try reader.read { item in
            seen.append(item.summary)
            if seen.count == 2 { throw Stop() }
        }) { error in
            XCTAssertTrue(error is Stop)
        }
        XCTAssertEqual(seen, ["doc a.txt", "doc b.txt"])
    }

    func testOtherCorpusErrorDescriptions() {
        XCTAssertEqual(CorpusError.corpusNotReadable(path: "/c", reason: "cannot list its files").description,
                       "/c: cannot be read (cannot list its files); check the path and its permissions")
        XCTAssertEqual(CorpusError.noReadableDocuments(path: "/c", skipped: 4).description,
                       "/c: none of its documents could be read (4 skipped, see the warnings above); fix or remove them")
        XCTAssertEqual(CorpusError.metadata(file: "/c/metadata.csv", line: 7, problem: "bad").description, "/c/metadata.csv:7: bad")
        XCTAssertEqual(CorpusError.metadata(file: "/c/metadata.csv", line: nil, problem: "bad").description, "/c/metadata.csv: bad")
    }

    func testSkippedReasonsAndMessages() {
        XCTAssertEqual(SkippedFile.Reason.allCases.map(\.rawValue), [
            "unreadable", "permission denied", "not a regular file", "link outside the corpus", "folder not readable",
            "not valid UTF-8", "binary file", "unsupported file type",
            "no text", "malformed record", "malformed front matter", "too large", "not UTF-8, decoded", "unreadable date",
            "duplicate id", "no row in metadata.csv",
        ])
        let skipped = SkippedFile(path: "feed.jsonl:4", reason: .malformedRecord, detail: "not a JSON object")
        XCTAssertFalse(skipped.documentKept)
        XCTAssertEqual(skipped.message, "feed.jsonl:4: not a JSON object")
    }

    func testDocumentValueOf() {
        let doc = Document(id: "x", sequenceNumber: 3, metadata: ["outlet": "A", "date": ""], text: "t", format: .plainText)
        XCTAssertEqual(doc.value(of: "outlet"), "A")
        XCTAssertNil(doc.value(of: "date"))
        XCTAssertNil(doc.value(of: "title"))
        XCTAssertEqual(DocumentFormat.allRawValues, ["txt", "md", "csv", "jsonl"])
    }
}

private extension DocumentFormat {
    static var allRawValues: [String] {
        [DocumentFormat.plainText, .markdown, .csvRecord, .jsonLine].map(\.rawValue)
    }
}
