import Foundation

/// Keeps the article and drops page furniture, by general rules (see `BoilerplateRule`),
/// counting the characters each rule removes.
///
/// The rules look at whole paragraphs, or at the tail of one, never at single words
/// inside running text, so that a sentence of the article is either kept whole or
/// recognisably furniture.
public struct BoilerplateCleaner: Sendable {
    public init() {}

    /// The cleaned paragraphs of `text` and what each rule removed. `outlet` (when known)
    /// lets the masthead rule recognise a leading line that starts with the outlet's name.
    public func clean(_ text: String, outlet: String?) -> (paragraphs: [String], report: CleaningReport) {
        var report = CleaningReport()
        var paragraphs = ParagraphSplitter.paragraphs(of: text)
        guard !paragraphs.isEmpty else { return ([], report) }

        // Metadata prefix on the first paragraph.
        let (rest, prefixLength) = Self.strippingMetadataPrefix(paragraphs[0])
        if prefixLength > 0 {
            report[.metadataPrefix] += prefixLength
            if rest.isEmpty { paragraphs.removeFirst() } else { paragraphs[0] = rest }
        }

        let lowered = paragraphs.map { $0.lowercased() }
        var keep = Array(repeating: true, count: paragraphs.count)
        func drop(_ i: Int, _ rule: BoilerplateRule) {
            keep[i] = false
            report[rule] += UTF8Scalars.scalarCount(paragraphs[i].utf8)
        }

        // Consent banners: runs of banner paragraphs holding at least one site-cookie notice.
        var i = 0
        while i < paragraphs.count {
            guard ConsentBannerClassifier.isBannerLike(lowered[i]) else { i += 1; continue }
            var j = i
            var strong = false
            while j < paragraphs.count, ConsentBannerClassifier.isBannerLike(lowered[j]) {
                if ConsentBannerClassifier.isSiteNotice(lowered[j]) { strong = true }
                j += 1
            }
            if strong { for k in i..<j { drop(k, .consentBanner) } }
            i = j
        }

        // Mastheads at the top and navigation lines anywhere; related-link lines.
        let outletPrefix = outlet.map { $0.lowercased() }.flatMap { $0.isEmpty || $0 == "unknown" ? nil : $0 }
        var seenKept = 0
        for k in paragraphs.indices where keep[k] {
            let line = lowered[k]
            if Self.navigationLines.contains(line.trimmingCharacters(in: .punctuationCharacters)) {
                drop(k, .masthead)
            } else if seenKept < 3, let outletPrefix, line.hasPrefix(outletPrefix),
                      Self.wordCount(line) <= 12, !ParagraphSplitter.endsSentence(line) {
                drop(k, .masthead)
            } else if Self.relatedPrefixes.contains(where: { line.hasPrefix($0) }), Self.wordCount(line) <= 30 {
                drop(k, .relatedLinks)
            }
            if keep[k] { seenKept += 1 }
        }

        // Repeated paragraphs, identical or but for a trailing credit.
        var earlier: [String] = []
        var earlierSet: Set<String> = []
        for k in paragraphs.indices where keep[k] {
            let normalised = Self.collapsingWhitespace(paragraphs[k])
            if earlierSet.contains(normalised) || earlier.contains(where: { Self.differsByTrailingCredit($0, normalised) }) {
                drop(k, .repeatedParagraph)
                continue
            }
            earlier.append(normalised)
            earlierSet.insert(normalised)
        }

        // Credits: whole contributor lines, then credit tails of paragraphs.
        let keptIndices = paragraphs.indices.filter { keep[$0] }
        for (position, k) in keptIndices.enumerated() {
            let nearEnd = position >= keptIndices.count - 2
            if Self.isCreditParagraph(paragraphs[k], nearEnd: nearEnd) {
                drop(k, .credit)
                continue
            }
            let (trimmed, removed) = Self.strippingCreditTail(paragraphs[k])
            if removed > 0 {
                report[.credit] += removed
                if trimmed.isEmpty { keep[k] = false } else { paragraphs[k] = trimmed }
            }
        }

        return (paragraphs.indices.filter { keep[$0] }.map { paragraphs[$0] }, report)
    }

    // MARK: - Metadata prefix

    static let metadataKeys: Set<String> = ["date", "published", "updated", "posted", "dateline", "time", "timestamp", "pubdate", "modified"]

    /// `paragraph` without leading `key value` pairs such as `date 2020-01` or
    /// `Published: 2020-01-03T10:00Z`, and the number of characters removed.
    static func strippingMetadataPrefix(_ paragraph: String) -> (String, Int) {
        var scalars = Substring(paragraph).unicodeScalars[...]
        var removedAny = false
        while true {
            var cursor = scalars
            while let c = cursor.first, c == " " { cursor = cursor.dropFirst() }
            let key = cursor.prefix { $0.isASCII && $0.properties.isAlphabetic }
            guard !key.isEmpty, metadataKeys.contains(String(key).lowercased()) else { break }
            cursor = cursor.dropFirst(key.count)
            if let c = cursor.first, c == ":" || c == "=" { cursor = cursor.dropFirst() }
            let spaces = cursor.prefix { $0 == " " }
            cursor = cursor.dropFirst(spaces.count)
            let value = cursor.prefix { $0.isASCII && ($0.properties.numericType != nil || "-/.:TZ+".unicodeScalars.contains($0)) }
            let digits = value.filter { $0.properties.numericType != nil }.count
            guard let first = value.first, first.properties.numericType != nil, digits >= 4 else { break }
            cursor = cursor.dropFirst(value.count)
            guard let after = cursor.first, after == " " else { break }
            while let c = cursor.first, c == " " { cursor = cursor.dropFirst() }
            scalars = cursor
            removedAny = true
        }
        guard removedAny else { return (paragraph, 0) }
        let rest = String(String.UnicodeScalarView(scalars))
        return (rest, paragraph.unicodeScalars.count - rest.unicodeScalars.count)
    }

    // MARK: - Navigation and related links

    static let navigationLines: Set<String> = [
        "advertisement", "skip to main content", "skip to content", "sign in", "log in", "subscribe",
        "share", "share this article", "share this story", "print", "email", "comments",
        "story continues below advertisement", "continue reading", "read more", "close", "menu",
    ]

    static let relatedPrefixes = [
        "related:", "related coverage:", "related content:", "related stories:", "read more:", "read also:",
        "also read:", "see also:", "more:", "watch:", "listen:", "recommended:", "further reading:",
    ]

    // MARK: - Repeats

    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    /// Whether one of `a`, `b` is the other plus a short trailing credit (at most 15 words,
    /// after a sentence end), the shorter one being a substantial paragraph itself.
    static func differsByTrailingCredit(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.utf8.count < b.utf8.count ? (a, b) : (b, a)
        guard short.utf8.count >= 40, long.hasPrefix(short) else { return false }
        let tail = long.dropFirst(short.count)
        guard tail.first == " ", ParagraphSplitter.endsSentence(short) else { return false }
        return wordCount(tail) <= 15
    }

    // MARK: - Credits

    static let creditPhrases = [
        "contributed to this report", "contributed reporting", "additional reporting by", "editing by",
        "writing by", "reporting by", "compiled by", "all rights reserved",
    ]

    /// A byline or contributor paragraph: every sentence a credit ("X reported from Y." near the
    /// end, "Z contributed to this report.", "Editing by ...").
    static func isCreditParagraph(_ paragraph: String, nearEnd: Bool) -> Bool {
        let sentences = paragraph.split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !sentences.isEmpty, sentences.count <= 6 else { return false }
        return sentences.allSatisfy { sentence in
            let lower = sentence.lowercased()
            if creditPhrases.contains(where: { lower.contains($0) }) && wordCount(lower) <= 30 { return true }
            if nearEnd, lower.contains(" reported from "), wordCount(lower) <= 10 { return true }
            return false
        }
    }

    static let mediaCreditOpeners = ["(video:", "(photo:", "(photos:", "(photograph:", "(image:", "(graphic:", "(credit:", "(ap photo", "(reuters photo", "(afp photo"]

    /// `paragraph` without a trailing credit — a `(Video: ...)` style parenthesis, or a run of
    /// at least three all-capitals words after the last sentence end — and the characters removed.
    static func strippingCreditTail(_ paragraph: String) -> (String, Int) {
        var text = paragraph
        var removed = 0
        // A parenthesised media credit at the end.
        if text.hasSuffix(")"), let open = text.range(of: "(", options: .backwards) {
            let inside = text[open.lowerBound...].lowercased()
            if mediaCreditOpeners.contains(where: { inside.hasPrefix($0) }) {
                let kept = String(text[..<open.lowerBound]).trimmingCharacters(in: .whitespaces)
                removed += text.unicodeScalars.count - kept.unicodeScalars.count
                text = kept
            }
        }
        // An all-capitals credit run after the last sentence end.
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        var run = 0
        for word in words.reversed() {
            let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
            if letters.isEmpty {
                // A bare number or symbol ends the run at a sentence end ("2020).").
                if endsWithSentenceMark(word) { break }
                run += 1
                continue
            }
            if letters.allSatisfy({ $0.properties.isUppercase }) { run += 1 } else { break }
        }
        let capsWords = words.suffix(run).filter { $0.unicodeScalars.contains { $0.properties.isAlphabetic } }
        let namesAgency = capsWords.contains { word in
            word.split(whereSeparator: { $0 == "/" || $0 == "-" }).contains { creditWords.contains(String($0)) }
        }
        if capsWords.count >= 3 && (capsWords.count >= 6 || namesAgency) {
            let before = words.dropLast(run)
            if before.isEmpty || before.last.map({ endsWithSentenceMark($0) }) == true {
                let kept = before.joined(separator: " ")
                removed += text.unicodeScalars.count - kept.unicodeScalars.count
                text = kept
            }
        }
        return (text, removed)
    }

    /// Words of agency and photo credits.
    static let creditWords: Set<String> = [
        "AP", "AFP", "EPA", "EFE", "REUTERS", "GETTY", "IMAGES", "HANDOUT", "POOL", "XINHUA", "ANADOLU",
        "SIPA", "PHOTO", "FILE", "EDITORIAL", "SALES", "TASS", "DPA", "ANSA", "KYODO", "YONHAP",
    ]

    /// Whether a word ends with `.`, `!` or `?` (inside any closing quotes or brackets).
    static func endsWithSentenceMark<S: StringProtocol>(_ word: S) -> Bool {
        for scalar in word.unicodeScalars.reversed() {
            switch scalar {
            case "\"", "'", "\u{201D}", "\u{2019}", ")", "]": continue
            case ".", "?", "!": return true
            default: return false
            }
        }
        return false
    }

    static func wordCount<S: StringProtocol>(_ text: S) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
    }
}

/// Recognises cookie, consent and privacy notices.
enum ConsentBannerClassifier {
    /// Words of privacy and consent notices.
    static let privacyTerms = [
        "cookie", "consent", "privacy", "opt out", "opt-out", "personal information", "personal data",
        "do not sell", "ccpa", "gdpr", "tracking technolog", "third part",
    ]
    /// Words a site uses about itself.
    static let siteTerms = [
        "website", "our site", "this site", "the site", "browser", "we use", "advertising partners",
        "advertisers", "your device", "your preferences", "your experience", "personalize", "personalise",
        "targeted ads", "targeted advertising", "analytics partners",
    ]
    /// Button and heading words of consent dialogs.
    static let controlTerms = [
        "accept", "allow all", "reject all", "save settings", "manage", "preferences", "settings",
        "learn more", "always active", "necessary", "close",
    ]

    static func count(_ terms: [String], in text: String) -> Int {
        terms.reduce(0) { $0 + (text.contains($1) ? 1 : 0) }
    }

    /// A paragraph that could belong to a banner: privacy prose, or a short control line.
    static func isBannerLike(_ lowered: String) -> Bool {
        let privacy = count(privacyTerms, in: lowered)
        let site = count(siteTerms, in: lowered)
        if privacy >= 2 || (privacy >= 1 && site >= 1) { return true }
        let words = BoilerplateCleaner.wordCount(lowered)
        if lowered.unicodeScalars.count <= 2 { return true }
        if words <= 8 && (privacy + site >= 1 || count(controlTerms, in: lowered) >= 1) { return true }
        return false
    }

    /// A site's own cookie notice: mentions cookies (or consent) together with the site,
    /// its browser or its advertising. A run of banner-like paragraphs is only removed when
    /// it holds one of these, so an article about privacy law is kept.
    static func isSiteNotice(_ lowered: String) -> Bool {
        if lowered.contains("accept cookies") || lowered.contains("cookie preferences")
            || lowered.contains("cookie settings") || lowered.contains("consent preferences")
            || lowered.contains("cookie policy") {
            return true
        }
        return (lowered.contains("cookie") || lowered.contains("consent")) && count(siteTerms, in: lowered) >= 1
    }
}
