import XCTest
@testable import Corpus

final class FrontMatterTests: XCTestCase {
    private func split(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> FrontMatter? {
        try FrontMatter.split(text)
    }

    private func malformed(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> FrontMatter.Malformed? {
        do {
            let result = try FrontMatter.split(text)
            XCTFail("expected FrontMatter.Malformed, got \(String(describing: result))", file: file, line: line)
            return nil
        } catch let error as FrontMatter.Malformed {
            return error
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
            return nil
        }
    }

    func testTextWithoutFrontMatter() throws {
        XCTAssertNil(try split("Just an article.\n"))
        XCTAssertNil(try split(""))
        // The opening line must be exactly `---`.
        XCTAssertNil(try split("--- title: x\n---\nBody"))
        XCTAssertNil(try split(" ---\ntitle: x\n---\nBody"))
        XCTAssertNil(try split("----\ntitle: x\n----\nBody"))
    }

    func testUnclosedBlockIsNotFrontMatter() throws {
        XCTAssertNil(try split("---\ntitle: x\nThe article goes on without a closing line.\n"))
    }

    func testScalarValuesStayAsWritten() throws {
        let text = """
        ---
        title: Iran strikes back
        outlet: The Times
        date: 2020-01-03
        year: 2020
        ratio: 1.50
        code: 007
        flag: yes
        ---
        Body text.

        """
        let result = try XCTUnwrap(try split(text))
        XCTAssertEqual(result.metadata, [
            "title": "Iran strikes back",
            "outlet": "The Times",
            "date": "2020-01-03",
            "year": "2020",
            "ratio": "1.50",
            "code": "007",
            "flag": "yes",
        ])
        XCTAssertEqual(result.body, "Body text.\n")
    }

    func testQuotedValues() throws {
        let result = try XCTUnwrap(try split("---\ntitle: \"Iran: the deal\"\nsub: 'it''s over'\n---\nx"))
        XCTAssertEqual(result.metadata, ["title": "Iran: the deal", "sub": "it's over"])
        XCTAssertEqual(result.body, "x")
    }

    func testListsAreJoinedWithSemicolons() throws {
        let result = try XCTUnwrap(try split("---\ntags: [iran, iraq, us]\nauthors:\n  - A. Smith\n  - B. Jones\n---\nBody"))
        XCTAssertEqual(result.metadata, ["tags": "iran; iraq; us", "authors": "A. Smith; B. Jones"])
        XCTAssertEqual(result.body, "Body")
    }

    func testNestedMappingsAreIgnored() throws {
        let result = try XCTUnwrap(try split("---\nauthor:\n  name: X\n  email: x@y\ntitle: T\n---\nBody"))
        XCTAssertEqual(result.metadata, ["title": "T"])
    }

    func testEmptyValueIsTheEmptyString() throws {
        let result = try XCTUnwrap(try split("---\nauthor:\ntitle: T\n---\nBody"))
        XCTAssertEqual(result.metadata, ["author": "", "title": "T"])
    }

    func testEmptyBlock() throws {
        let result = try XCTUnwrap(try split("---\n---\nBody"))
        XCTAssertEqual(result.metadata, [:])
        XCTAssertEqual(result.body, "Body")
    }

    func testDotsAndTrailingSpaceCloseTheBlock() throws {
        let dots = try XCTUnwrap(try split("---\na: 1\n...\nBody"))
        XCTAssertEqual(dots.metadata, ["a": "1"])
        XCTAssertEqual(dots.body, "Body")
        let spaced = try XCTUnwrap(try split("---\na: 1\n--- \nBody"))
        XCTAssertEqual(spaced.metadata, ["a": "1"])
        XCTAssertEqual(spaced.body, "Body")
    }

    func testOnlyTheFirstClosingLineEndsTheBlock() throws {
        let result = try XCTUnwrap(try split("---\na: 1\n---\nFirst part\n---\nSecond part\n"))
        XCTAssertEqual(result.metadata, ["a": "1"])
        XCTAssertEqual(result.body, "First part\n---\nSecond part\n")
    }

    func testClosingLineAtTheEndOfTheText() throws {
        let result = try XCTUnwrap(try split("---\na: 1\n---"))
        XCTAssertEqual(result.metadata, ["a": "1"])
        XCTAssertEqual(result.body, "")
    }

    func testBodyKeepsLeadingBlankLines() throws {
        let result = try XCTUnwrap(try split("---\na: b\n---\n\n\nText"))
        XCTAssertEqual(result.body, "\n\nText")
    }

    func testUnicodeValues() throws {
        let result = try XCTUnwrap(try split("---\noutlet: Le Monde diplomatique\ntitle: Café – “quoted”\n---\nTexte"))
        XCTAssertEqual(result.metadata, ["outlet": "Le Monde diplomatique", "title": "Café – “quoted”"])
        XCTAssertEqual(result.body, "Texte")
    }

    func testInvalidYAMLIsMalformedWithTheFileLine() throws {
        // "  b: c" on the second YAML line (line 3 of the file) is not allowed after a plain scalar.
        let error = try XCTUnwrap(malformed("---\ntitle: a\n  b: c\n---\nBody stays.\n"))
        XCTAssertEqual(error.body, "Body stays.\n")
        XCTAssertTrue(error.problem.hasPrefix("invalid YAML front matter at line 3: "), error.problem)
        XCTAssertTrue(error.problem.contains("mapping values are not allowed"), error.problem)
    }

    func testAListIsNotAMapping() throws {
        let error = try XCTUnwrap(malformed("---\n- a\n- b\n---\nBody"))
        XCTAssertEqual(error.body, "Body")
        XCTAssertEqual(error.problem, "the front matter is not a list of 'key: value' lines")
    }

    func testAScalarIsNotAMapping() throws {
        let error = try XCTUnwrap(malformed("---\njust some words\n---\nBody"))
        XCTAssertEqual(error.body, "Body")
        XCTAssertEqual(error.problem, "the front matter is not a list of 'key: value' lines")
    }
}

final class MarkdownTextTests: XCTestCase {
    private func plain(_ markdown: String) -> String { MarkdownText.plainText(from: markdown) }

    func testLinkBecomesItsText() {
        XCTAssertEqual(plain("[text](http://x)"), "text")
        XCTAssertEqual(plain("See [the report](https://a.example/r?d=1) today."), "See the report today.")
        XCTAssertEqual(plain("[one](a) and [two](b)."), "one and two.")
    }

    func testImageBecomesItsAltText() {
        XCTAssertEqual(plain("![a chart](img/chart.png) Caption."), "a chart Caption.")
    }

    func testAutolinkDisappears() {
        XCTAssertEqual(plain("Visit <https://example.com/page> now"), "Visit  now")
        XCTAssertEqual(plain("<http://a.b>"), "")
    }

    func testTextWithoutLinksIsUnchanged() {
        XCTAssertEqual(plain("# Heading\n\n*Emphasis* and _more_ > quote"), "# Heading\n\n*Emphasis* and _more_ > quote")
        XCTAssertEqual(plain("a ] b ( c"), "a ] b ( c")
        XCTAssertEqual(plain("[not a link] (x)"), "[not a link] (x)")
        XCTAssertEqual(plain("2 < 3 and <b>bold</b>"), "2 < 3 and <b>bold</b>")
        XCTAssertEqual(plain("<http://never closed here"), "<http://never closed here")
    }

    func testLinkTargetMustCloseOnTheSameLine() {
        XCTAssertEqual(plain("[broken](no close\nnext)"), "[broken](no close\nnext)")
    }

    func testMultibyteTextAroundLinks() {
        XCTAssertEqual(plain("[Café](https://x.fr) ünd „mehr“"), "Café ünd „mehr“")
    }
}
