import XCTest
@testable import Text

final class BoilerplateCleanerTests: XCTestCase {
    let cleaner = BoilerplateCleaner()

    func clean(_ text: String, outlet: String? = nil) -> (paragraphs: [String], report: CleaningReport) {
        cleaner.clean(text, outlet: outlet)
    }

    func testMetadataPrefixIsRemoved() {
        let result = clean(" date 2020-01 An undated photo shows the general.\n\nSecond paragraph.")
        XCTAssertEqual(result.paragraphs, ["An undated photo shows the general.", "Second paragraph."])
        XCTAssertEqual(result.report[.metadataPrefix], "date 2020-01 ".count)
        XCTAssertEqual(clean("Published: 2020-01-03T10:00Z Troops arrived.").paragraphs, ["Troops arrived."])
        // Not a prefix: no date value, or too few digits.
        XCTAssertEqual(clean("Date night was cancelled.").paragraphs, ["Date night was cancelled."])
        XCTAssertEqual(clean("Updated 5 times since.").paragraphs, ["Updated 5 times since."])
        XCTAssertEqual(clean("Updated 5 times since.").report.total, 0)
    }

    func testConsentBannerRunIsRemovedAndCounted() {
        let article = "Iran vowed revenge after the strike."
        let banner = [
            "X",
            "This website uses cookies to enhance user experience and to analyze performance and traffic on our website.",
            "Accept Cookies",
            "Cookie Preferences Cookie List",
            "Strictly Necessary Cookies - Always Active",
            "We do not allow you to opt-out of our certain cookies, as they are necessary to ensure the proper functioning of our website.",
        ]
        let text = ([article] + banner).joined(separator: "\n")
        let result = clean(text)
        XCTAssertEqual(result.paragraphs, [article])
        XCTAssertEqual(result.report[.consentBanner], banner.reduce(0) { $0 + $1.unicodeScalars.count })
        XCTAssertEqual(result.report.total, result.report[.consentBanner])
    }

    func testArticleAboutPrivacyIsKept() {
        let text = """
        California's new privacy law lets consumers opt out of the sale of their personal information.

        Lawmakers said the rules would take effect next year.
        """
        let result = clean(text)
        XCTAssertEqual(result.paragraphs.count, 2)
        XCTAssertEqual(result.report.total, 0)
    }

    func testRepeatedParagraphsCountOnce() {
        let caption = "Gen. Qassem Soleimani, center, attends a graduation ceremony in Tehran, Iran, in June 2018."
        let text = [caption, caption + " Office of the Iranian Supreme Leader via AP", "Other text.", caption].joined(separator: "\n\n")
        let result = clean(text)
        XCTAssertEqual(result.paragraphs, [caption, "Other text."])
        XCTAssertEqual(result.report[.repeatedParagraph],
                       (caption + " Office of the Iranian Supreme Leader via AP").unicodeScalars.count + caption.unicodeScalars.count)
        // The credit-bearing copy first, the bare one later: the later one goes.
        let reversed = clean([caption + " Photo by AP", caption].joined(separator: "\n\n"))
        XCTAssertEqual(reversed.paragraphs, [caption + " Photo by AP"])
    }

    func testDifferentParagraphsWithACommonStartAreKept() {
        let a = "The strike killed the commander of the Quds Force near the airport."
        let b = a + " It was ordered by the president, officials said, after weeks of attacks on bases in Iraq and Syria."
        XCTAssertEqual(clean([a, b].joined(separator: "\n\n")).paragraphs, [a, b])
    }

    func testRelatedLinkLinesAreRemoved() {
        let result = clean("Text of the story.\nRelated: Iran Loses Its Indispensable Man\nREAD MORE: Another story\nMore text.")
        XCTAssertEqual(result.paragraphs, ["Text of the story.", "More text."])
        XCTAssertEqual(result.report[.relatedLinks], "Related: Iran Loses Its Indispensable Man".count + "READ MORE: Another story".count)
    }

    func testMastheadNeedsTheOutletName() {
        let text = "The Washington PostDemocracy Dies in Darkness\n\nIn major escalation, strike kills commander\n\nBody text."
        let withOutlet = clean(text, outlet: "The Washington Post")
        XCTAssertEqual(withOutlet.paragraphs, ["In major escalation, strike kills commander", "Body text."])
        XCTAssertEqual(withOutlet.report[.masthead], "The Washington PostDemocracy Dies in Darkness".count)
        XCTAssertEqual(clean(text, outlet: nil).paragraphs.count, 3)
        XCTAssertEqual(clean("Advertisement\n\nBody text.").paragraphs, ["Body text."])
    }

    func testCreditsAreRemoved() {
        let caps = clean("Khamenei greets Soleimani in Tehran (issued 03 January 2020). EFE-EPA FILE/IRANIAN SUPREME LEADER'S OFFICE HANDOUT EDITORIAL USE ONLY/NO SALES")
        XCTAssertEqual(caps.paragraphs, ["Khamenei greets Soleimani in Tehran (issued 03 January 2020)."])
        XCTAssertEqual(caps.report[.credit], " EFE-EPA FILE/IRANIAN SUPREME LEADER'S OFFICE HANDOUT EDITORIAL USE ONLY/NO SALES".count)

        let video = clean("The Pentagon confirmed the strike. (Video: Reuters)")
        XCTAssertEqual(video.paragraphs, ["The Pentagon confirmed the strike."])
        XCTAssertEqual(video.report[.credit], " (Video: Reuters)".count)

        // Contributor lines name the reporters and are kept.
        let byline = clean("Body text.\n\nMore body text.\n\nSly reported from Beirut. Ryan and Hudson reported from Washington. Dan Lamothe contributed to this report.")
        XCTAssertEqual(byline.paragraphs.count, 3)
        XCTAssertEqual(byline.report.total, 0)

        // An all-caps acronym inside a sentence is not a credit, nor a short caps run.
        XCTAssertEqual(clean("Officials blamed the IRGC.").paragraphs, ["Officials blamed the IRGC."])
        XCTAssertEqual(clean("He shouted: STOP THE WAR NOW").paragraphs, ["He shouted: STOP THE WAR NOW"])
        XCTAssertEqual(clean("The report was published. NATO AND UN").report.total, 0)
        // "reported from" inside the story is kept.
        XCTAssertEqual(clean("The agency reported from Kabul on Friday.\n\nMore.\n\nMore still.\n\nEnd.").paragraphs.count, 4)
    }

    func testEmptyText() {
        XCTAssertEqual(clean("").paragraphs, [])
        XCTAssertEqual(clean("").report.total, 0)
    }
}

/// Regressions found on the BBC benchmark text: article text the rules must keep.
final class BoilerplateFalsePositiveTests: XCTestCase {
    let cleaner = BoilerplateCleaner()

    func testHeadlineStartingWithTheOutletNameIsKept() {
        let result = cleaner.clean("BBC poll indicates economic gloom\n\nCitizens are pessimistic.", outlet: "BBC")
        XCTAssertEqual(result.paragraphs.count, 2)
        // But the outlet's name alone, or with a separator, is a masthead.
        XCTAssertEqual(cleaner.clean("BBC News | Home\n\nBody.", outlet: "BBC News").paragraphs, ["Body."])
        XCTAssertEqual(cleaner.clean("BBC News\n\nBody.", outlet: "BBC News").paragraphs, ["Body."])
    }

    func testAllCapsLinesWithoutAnAgencyAreKept() {
        let text = "The best games:\n\nTOO FAST TOO FURIOUS (DIGITAL BRIDGES)\n\nFATAL FORCE (MACROSPACE)"
        XCTAssertEqual(cleaner.clean(text, outlet: nil).report.total, 0)
    }

    func testCompiledByInsideASentenceIsKept() {
        let text = "Intro.\n\nCivil servants have stepped up shredding, figures compiled by the Tories suggest.\n\nEnd."
        XCTAssertEqual(cleaner.clean(text, outlet: nil).paragraphs.count, 3)
    }

    func testProseMentioningConsentAndAWebsiteIsKept() {
        let text = "The judge wrote that hits on a website are not the public interest. Laws stop net firms handing over e-mail if the owner does not give their consent."
        XCTAssertEqual(cleaner.clean(text, outlet: nil).paragraphs, [text])
    }

    func testShortRepeatedHeadingsAndEqualLengthParagraphsAreKept() {
        let text = "Winners meet in final match\n\nTeam A won.\n\nWinners meet in final match\n\nTeam B won."
        XCTAssertEqual(cleaner.clean(text, outlet: nil).paragraphs.count, 4)
        let a = "The first paragraph has exactly this many letters in it, ok."
        let b = "The other paragraph has exactly this many letters in it, ok."
        XCTAssertEqual(a.utf8.count, b.utf8.count)
        XCTAssertEqual(cleaner.clean(a + "\n\n" + b, outlet: nil).paragraphs, [a, b])
    }
}
