import XCTest
@testable import Corpus

final class HTMLTextTests: TemporaryDirectoryTestCase {
    static let page = """
    <!DOCTYPE html><html><head><title>Quake kills 2,000 | Example News</title>
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2023-02-07T10:00:00Z">
    <meta name="author" content="A. Reporter">
    <link rel="canonical" href="https://example.com/quake">
    <script>var x = "<p>not text</p>";</script><style>p { color: red }</style></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Quake kills at least 2,000 people</h1>
    <p>The earthquake struck at dawn &amp; killed   at least
       2,000 people, officials said.</p>
    <p>Rescuers in <b>Gaziantep</b> worked<br>through the night.<script>alert(1)</script></p>
    <ul><li>First item</li><li>Second &eacute;l&eacute;ment</li></ul>
    <noscript>Enable JavaScript</noscript></article>
    <aside>Read more</aside><footer>Copyright 2023</footer></body></html>
    """

    func testAnArticlePageGivesItsTextAndMetadata() throws {
        let parsed = try XCTUnwrap(HTMLText.parse(Array(Self.page.utf8)))
        XCTAssertEqual(parsed.text, """
        Quake kills at least 2,000 people

        The earthquake struck at dawn & killed at least 2,000 people, officials said.

        Rescuers in Gaziantep worked
        through the night.

        First item

        Second élément
        """)
        XCTAssertEqual(parsed.metadata, ["title": "Quake kills 2,000 | Example News", "outlet": "Example News",
                                         "date": "2023-02-07T10:00:00Z", "url": "https://example.com/quake", "author": "A. Reporter"])
    }

    func testWithoutArticleOrMainTheBodyIsRead() throws {
        let parsed = try XCTUnwrap(HTMLText.parse(Array("<p>One <i>two</i></p><div>Three<pre>  a\n  b</pre></div><table><tr><td>x</td><td>y</td></tr></table>".utf8)))
        XCTAssertEqual(parsed.text, "One two\n\nThree\n\n  a\n  b\n\nx y")
        XCTAssertEqual(parsed.metadata, [:])
    }

    func testMainIsPreferredToTheBody() throws {
        let parsed = try XCTUnwrap(HTMLText.parse(Array("<body><div>Menu</div><main><p>Story</p></main><div>Footer</div></body>".utf8)))
        XCTAssertEqual(parsed.text, "Story")
    }

    func testEncodingsOfAPage() throws {
        // Windows-1252 without a declaration; ISO-8859-7 (Greek) declared in a meta tag.
        let latin = Array("<p>Caf".utf8) + [0xE9, 0x20, 0x93, 0x6F, 0x6B, 0x94] + Array("</p>".utf8)
        XCTAssertEqual(HTMLText.parse(latin)?.text, "Café \u{201C}ok\u{201D}")
        let greek = Array("<html><head><meta charset=\"iso-8859-7\"></head><body><p>".utf8) + [0xE1, 0xE8, 0xDE, 0xED, 0xE1] + Array("</p></body></html>".utf8)
        XCTAssertEqual(HTMLText.parse(greek)?.text, "αθήνα")
    }

    func testAnHTMLFileInACorpus() throws {
        try write("page.html", Self.page)
        try write("broken.htm", "<p>Unclosed <b>bold <i>and italics")
        try write("empty.html", "<html><head><title>Only a title</title></head><body><script>x()</script></body></html>")
        try write("metadata.csv", "file,outlet\npage.html,Example Daily\n")
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map(\.id), ["broken.htm", "page.html"])
        XCTAssertEqual(documents.map(\.format), [.html, .html])
        XCTAssertEqual(documents[0].text, "Unclosed bold and italics")
        // metadata.csv wins over the page's own.
        XCTAssertEqual(documents[1].metadata["outlet"], "Example Daily")
        XCTAssertEqual(documents[1].metadata["title"], "Quake kills 2,000 | Example News")
        XCTAssertEqual(skipped.map(\.message), ["broken.htm: has no row in \(path("metadata.csv")); its metadata comes from its folder only, add a row for it",
                                                "empty.html: holds no text; remove it or add the article"])
    }
}

final class ScrapedInputTests: TemporaryDirectoryTestCase {
    func testSoftHyphensAndZeroWidthSpacesAreRemoved() {
        let text = "Angela Mer\u{AD}kel and Ma\u{200B}cron\u{2060}, \u{FEFF}joined; \u{200D}\u{1F468}\u{200D}\u{1F469} stays"
        let removed = InvisibleCharacters.removed(from: text)
        XCTAssertEqual(removed.text, "Angela Merkel and Macron, joined; \u{200D}\u{1F468}\u{200D}\u{1F469} stays")
        XCTAssertEqual(removed.count, 4)
        XCTAssertEqual(InvisibleCharacters.removed(from: "plain — “text”").count, 0)
    }

    func testAPageThatDeclaresUTF8ButIsNotIsReadAsWindows1252WithANote() throws {
        let bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><p>Caf".utf8) + [0xE9, 0x20, 0x97, 0x20, 0x93, 0x6F, 0x6B, 0x94]
            + Array("</p></body></html>".utf8)
        let page = try XCTUnwrap(HTMLText.parse(bytes))
        XCTAssertEqual(page.text, "Café — \u{201C}ok\u{201D}")
        XCTAssertEqual(page.note, "not UTF-8 although it declares utf-8; read as Windows-1252 (Latin-1), check its accented letters or re-save it as UTF-8")
        XCTAssertNil(HTMLText.parse(Array("<p>Plain ASCII</p>".utf8))?.note)
        XCTAssertEqual(HTMLText.declaredCharset(Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-7\">".utf8)), "iso-8859-7")
    }

    func testDeepPagesAreReadWithoutRecursion() throws {
        // 50,000 nested elements: libxml2 keeps them all (XML_PARSE_HUGE), and the walk has
        // a stack of its own, so the end of the page is neither lost nor a crash.
        let depth = 50_000
        let html = "<html><body><p>Start.</p>" + String(repeating: "<div>", count: depth) + "Deep text." + String(repeating: "</div>", count: depth) + "<p>End.</p></body></html>"
        XCTAssertEqual(HTMLText.parse(Array(html.utf8))?.text, "Start.\n\nDeep text.\n\nEnd.")
    }

    func testBytesIconvRejectsAndUTF16PagesAreRead() throws {
        // 0x9D has no character in Windows-1252: read as U+009D, and the text after it kept.
        let odd = Array("<p>before ".utf8) + [0x9D] + Array(" after</p><p>second para</p>".utf8)
        let page = try XCTUnwrap(HTMLText.parse(odd))
        XCTAssertEqual(page.text, "before \u{9D} after\n\nsecond para")
        // UTF-8 with one stray byte stays UTF-8.
        let mostly = Array("<p>Caf\u{E9} \u{201C}ok\u{201D} ".utf8) + [0xFF] + Array(" end</p>".utf8)
        XCTAssertEqual(HTMLText.parse(mostly)?.text, "Caf\u{E9} \u{201C}ok\u{201D} \u{FFFD} end")
        XCTAssertEqual(HTMLText.parse(mostly)?.note, "mostly UTF-8, but some bytes are not; they are read as U+FFFD (\u{FFFD}); re-save it as UTF-8")
        // UTF-16 with its byte-order mark.
        let utf16: [UInt8] = [0xFF, 0xFE] + "<p>Hello world</p>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        XCTAssertEqual(HTMLText.parse(utf16)?.text, "Hello world")
    }

    func testHTMLIsToldFromText() {
        XCTAssertTrue(HTMLText.looksLikeHTML("  <!DOCTYPE html><html><body>x</body></html>"))
        XCTAssertTrue(HTMLText.looksLikeHTML("<p>Angela Merkel visited Paris.</p>"))
        XCTAssertFalse(HTMLText.looksLikeHTML("The <b> tag is bold, said 3 < 4 experts."))
        XCTAssertFalse(HTMLText.looksLikeHTML("<3 love this story"))
        XCTAssertFalse(HTMLText.looksLikeHTML("<Reuters> reports, without a closing tag"))
    }

    func testHTMLSavedAsTextOrExportedIntoACSVFieldIsReadAsHTML() throws {
        try write("page.txt", "<!DOCTYPE html><html><head><title>Troops</title><script>var x = 1;</script></head><body><p>Troops arrived.</p><p>More came.</p></body></html>\n")
        try write("export.csv", "id,outlet,text\n1,R,\"<p>Angela Merkel visited Paris.</p><script>var x=1;</script>\"\n2,R,Plain <b>text</b> stays as it is\n")
        let (_, documents, skipped) = try readAll(root)
        XCTAssertEqual(documents.map(\.text), ["Angela Merkel visited Paris.", "Plain <b>text</b> stays as it is", "Troops arrived.\n\nMore came."])
        XCTAssertEqual(documents[2].metadata["title"], "Troops")
        XCTAssertEqual(skipped, [])
    }

    func testUTF32IsReadAndWithoutByteOrderMarkNamed() throws {
        let text = "Z\u{FC}rich \u{1F4F0}"
        var le: [UInt8] = [0xFF, 0xFE, 0, 0]
        for scalar in text.unicodeScalars { let v = scalar.value; le += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), 0] }
        XCTAssertEqual(try TextFileDecoder.decodeDetectingEncoding(le).text, text)
        XCTAssertEqual(try TextFileDecoder.decodeDetectingEncoding(le).encoding, .utf32LittleEndian)
        XCTAssertThrowsError(try TextFileDecoder.decodeDetectingEncoding(Array(le.dropFirst(4)) + Array(le.dropFirst(4)))) {
            XCTAssertEqual($0 as? TextFileDecoder.Failure, .utf32WithoutByteOrderMark)
        }
    }

    func testBinaryFilesAreNamedByKind() throws {
        try write("a.txt", "Some text.")
        try write("z.csv", bytes: [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00])
        try write("b.txt", bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00])
        let (_, _, skipped) = try readAll(root)
        XCTAssertEqual(skipped.map(\.message), [
            "b.txt: binary data (a NUL byte at offset 5): a ZIP archive (or an Excel .xlsx or Word .docx file); unpack it, or save it as CSV or text",
            "z.csv:1: binary data (a NUL byte at offset 3): a gzip-compressed file; decompress it (gunzip)",
        ])
    }

    func testMetadataValuesAreTrimmedAndUnlistedFilesNamed() throws {
        try write("a.txt", "A.")
        try write("b.txt", "B.")
        try write("c.txt", "C.")
        try write("d/e.txt", "---\noutlet: FM Outlet\n---\nE.")
        try write("metadata.csv", "file,outlet\na.txt,BBC\nb.txt,\"BBC \"\nd/e.txt,\"  \"\n")
        let (_, documents, skipped) = try readAll(root)
        // A cell of spaces is empty: it does not override the front matter's outlet.
        XCTAssertEqual(documents.map { $0.metadata["outlet"] }, ["BBC", "BBC", "unknown", "FM Outlet"])
        XCTAssertEqual(skipped.map(\.message), ["c.txt: has no row in \(path("metadata.csv")); its metadata comes from its folder only, add a row for it"])
        XCTAssertEqual(skipped.map(\.documentKept), [true])
    }
}
