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
        XCTAssertEqual(skipped.map(\.message), ["empty.html: holds no text; remove it or add the article"])
    }
}
