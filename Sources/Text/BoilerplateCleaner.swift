import Foundation

/// Keeps the article and drops page furniture, by general rules (see `BoilerplateRule`),
/// counting the characters each rule removes.
///
/// The rules look at whole paragraphs, or at the tail of one, never at single words
/// inside running text, so that a sentence of the article is either kept whole or
/// recognisably furniture. Keyword tests run on lowercased bytes with `memmem`.
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

        let lowered = paragraphs.map { LowercasedBytes($0.utf8) }
        var keep = Array(repeating: true, count: paragraphs.count)
        func drop(_ i: Int, _ rule: BoilerplateRule) {
            keep[i] = false
            report[rule] += UTF8Scalars.scalarCount(paragraphs[i].utf8)
        }

        // Consent banners: runs of banner paragraphs holding at least one site cookie notice.
        var i = 0
        while i < paragraphs.count {
            guard ConsentBannerClassifier.isBannerLike(lowered[i]) else { i += 1; continue }
            var j = i
            var notice = false
            while j < paragraphs.count, ConsentBannerClassifier.isBannerLike(lowered[j]) {
                if ConsentBannerClassifier.isSiteNotice(lowered[j]) { notice = true }
                j += 1
            }
            if notice { for k in i..<j { drop(k, .consentBanner) } }
            i = j
        }

        // Mastheads at the top and navigation lines anywhere; related-link lines.
        let outletBytes = outlet.flatMap { $0.isEmpty || $0.lowercased() == "unknown" ? nil : LowercasedBytes($0.utf8).bytes }
        var seenKept = 0
        for k in paragraphs.indices where keep[k] {
            let line = lowered[k]
            if line.bytes.count <= 40, Self.isNavigationLine(line) {
                drop(k, .masthead)
            } else if seenKept < 2, let outletBytes, Self.isMasthead(line, outlet: outletBytes) {
                drop(k, .masthead)
            } else if line.bytes.count <= 300, Self.relatedPrefixes.contains(where: { line.hasPrefix($0) }), line.wordCount <= 30 {
                drop(k, .relatedLinks)
            }
            if keep[k] { seenKept += 1 }
        }

        // Repeated paragraphs, identical or but for a trailing credit. Two paragraphs that
        // differ by a credit are one a prefix of the other, cut after a sentence end at a space
        // in the last 160 bytes: each paragraph's few such prefixes are looked up in hash
        // tables, so the work stays linear in the number of paragraphs.
        var earlier: [[UInt8]] = []
        var earlierSet: Set<ByteKey> = []
        var earlierByCreditPrefix: [ByteKey: [Int]] = [:]
        for k in paragraphs.indices where keep[k] {
            let normalised = Self.collapsingSpaces(paragraphs[k].utf8)
            let prefixes = Self.creditPrefixLengths(normalised)
            var repeated = normalised.count >= Self.minimumRepeatLength && earlierSet.contains(ByteKey(normalised))
            // An earlier paragraph that is this one without its trailing credit.
            if !repeated {
                repeated = prefixes.contains { length in
                    earlierSet.contains(ByteKey(Array(normalised[..<length])))
                        && Self.differsByTrailingCredit(Array(normalised[..<length]), normalised)
                }
            }
            // An earlier paragraph that is this one with a trailing credit.
            if !repeated, let candidates = earlierByCreditPrefix[ByteKey(normalised)] {
                repeated = candidates.contains { Self.differsByTrailingCredit(earlier[$0], normalised) }
            }
            if repeated {
                drop(k, .repeatedParagraph)
                continue
            }
            for length in prefixes {
                earlierByCreditPrefix[ByteKey(Array(normalised[..<length])), default: []].append(earlier.count)
            }
            earlier.append(normalised)
            earlierSet.insert(ByteKey(normalised))
        }

        // Credits: the credit tails of paragraphs. Contributor lines ("Sly reported from
        // Beirut.") are kept: they name the reporters, which entity analysis counts.
        for k in paragraphs.indices where keep[k] {
            let (trimmed, removed) = Self.strippingCreditTail(paragraphs[k])
            if removed > 0 {
                report[.credit] += removed
                if trimmed.isEmpty { keep[k] = false } else { paragraphs[k] = trimmed }
            }
        }

        // What saving a web page as text leaves inside the kept sentences (addresses, markup,
        // file names, encoded runs, embeds); the paragraph rules above have taken whole
        // paragraphs of page furniture, links and all, under their own names.
        let scraped = ScrapedTextCleaner()
        let kept = paragraphs.indices.filter { keep[$0] }.compactMap { k -> String? in
            let (text, removed) = scraped.clean(paragraphs[k])
            report.add(removed)
            return text.isEmpty ? nil : text
        }
        return (kept, report)
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
            guard !key.isEmpty, key.count <= 12, metadataKeys.contains(String(key).lowercased()) else { break }
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

    // MARK: - Mastheads, navigation and related links

    static let navigationLines: Set<String> = [
        "advertisement", "skip to main content", "skip to content", "sign in", "log in", "subscribe",
        "share", "share this article", "share this story", "print", "email", "comments",
        "story continues below advertisement", "continue reading", "read more", "close", "menu",
    ]

    static func isNavigationLine(_ line: LowercasedBytes) -> Bool {
        var bytes = line.bytes[...]
        let isPunctuation: (UInt8) -> Bool = { ($0 >= 0x21 && $0 <= 0x2F) || ($0 >= 0x3A && $0 <= 0x40) || ($0 >= 0x5B && $0 <= 0x60) || ($0 >= 0x7B && $0 <= 0x7E) }
        while let first = bytes.first, isPunctuation(first) { bytes = bytes.dropFirst() }
        while let last = bytes.last, isPunctuation(last) { bytes = bytes.dropLast() }
        return navigationLines.contains(String(decoding: bytes, as: UTF8.self))
    }

    /// A masthead: the outlet's name alone, glued to a slogan ("The Washington PostDemocracy
    /// Dies in Darkness"), or followed by a separator ("BBC News | Home"), in a short line
    /// without a sentence end. "BBC poll indicates gloom" is a headline, not a masthead.
    static func isMasthead(_ line: LowercasedBytes, outlet: [UInt8]) -> Bool {
        let bytes = line.bytes
        guard bytes.count >= outlet.count, bytes.starts(with: outlet), line.wordCount <= 12 else { return false }
        guard !bytes.withUnsafeBufferPointer({ ParagraphSplitter.endsSentence($0, 0..<$0.count) }) else { return false }
        guard outlet.count < bytes.count else { return true }
        let next = bytes[outlet.count]
        if next != 0x20 { return (next >= 0x61 && next <= 0x7A) || next >= 0x80 }   // glued: "postdemocracy"
        let rest = bytes[(outlet.count + 1)...]
        guard let separator = rest.first else { return true }
        return separator == UInt8(ascii: "|") || separator == UInt8(ascii: "-") || separator == UInt8(ascii: ":")
            || separator == UInt8(ascii: "/") || separator == 0xE2   // – — ·
    }

    static let relatedPrefixes: [StaticString] = [
        "related:", "related coverage:", "related content:", "related stories:", "read more:", "read also:",
        "also read:", "see also:", "more:", "watch:", "listen:", "recommended:", "further reading:",
    ]

    // MARK: - Repeats

    /// Identical repeats shorter than this (in bytes) are kept: a short line such as a table
    /// heading may legitimately occur twice.
    static let minimumRepeatLength = 40

    static func collapsingSpaces(_ bytes: String.UTF8View) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var lastWasSpace = false
        for b in bytes {
            let isSpace = b == 0x20 || b == 0x09
            if isSpace { if !lastWasSpace { out.append(0x20) } } else { out.append(b) }
            lastWasSpace = isSpace
        }
        return out
    }

    /// Whether one of `a`, `b` is the other plus a short trailing credit (at most 15 words,
    /// after a sentence end), the shorter one being a substantial paragraph itself.
    /// The lengths at which `paragraph` could be cut into a paragraph and a trailing credit:
    /// before a space in the last 160 bytes, after a sentence end, at least
    /// `minimumRepeatLength` bytes in.
    static func creditPrefixLengths(_ paragraph: [UInt8]) -> [Int] {
        guard paragraph.count > minimumRepeatLength else { return [] }
        var lengths: [Int] = []
        paragraph.withUnsafeBufferPointer { bytes in
            for s in max(minimumRepeatLength, paragraph.count - 160)..<paragraph.count where bytes[s] == 0x20 {
                if ParagraphSplitter.endsSentence(bytes, 0..<s) { lengths.append(s) }
            }
        }
        return lengths
    }

    static func differsByTrailingCredit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard short.count >= minimumRepeatLength, long.count > short.count, long.count - short.count <= 160,
              long[short.count] == 0x20, long.starts(with: short) else { return false }
        guard short.withUnsafeBufferPointer({ ParagraphSplitter.endsSentence($0, 0..<$0.count) }) else { return false }
        return LowercasedBytes(long[short.count...]).wordCount <= 15
    }

    // MARK: - Credits

    static let mediaCreditOpeners = ["(video:", "(photo:", "(photos:", "(photograph:", "(image:", "(graphic:", "(credit:", "(ap photo", "(reuters photo", "(afp photo"]

    /// Words of agency and photo credits.
    static let creditWords: Set<String> = [
        "AP", "AFP", "EPA", "EFE", "REUTERS", "GETTY", "IMAGES", "HANDOUT", "POOL", "XINHUA", "ANADOLU",
        "SIPA", "PHOTO", "FILE", "EDITORIAL", "SALES", "TASS", "DPA", "ANSA", "KYODO", "YONHAP",
    ]

    /// `paragraph` without a trailing credit — a `(Video: ...)` style parenthesis, or a run of
    /// all-capitals words that names an agency (or, after a sentence end, is six words or
    /// longer) — and the characters removed.
    static func strippingCreditTail(_ paragraph: String) -> (String, Int) {
        // Fast exit: most paragraphs end in a lowercase word or punctuation after one.
        guard let lastByte = paragraph.utf8.last else { return (paragraph, 0) }
        let lastWord = paragraph.utf8.reversed().prefix { $0 != 0x20 }
        if lastByte != UInt8(ascii: ")") && lastWord.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return (paragraph, 0) }
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
        let before = words.dropLast(run)
        let afterSentence = before.last.map { endsWithSentenceMark($0) } ?? false
        if capsWords.count >= 3 && (namesAgency || (afterSentence && capsWords.count >= 6)) && (before.isEmpty || afterSentence) {
            let kept = before.joined(separator: " ")
            removed += text.unicodeScalars.count - kept.unicodeScalars.count
            text = kept
        }
        return (text, removed)
    }

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
}

/// Recognises cookie, consent and privacy notices.
enum ConsentBannerClassifier {
    /// Words of privacy and consent notices.
    static let privacyTerms: [StaticString] = [
        "cookie", "consent", "privacy", "opt out", "opt-out", "personal information", "personal data",
        "do not sell", "ccpa", "gdpr", "tracking technolog", "third part",
    ]
    /// Words a site uses about itself.
    static let siteTerms: [StaticString] = [
        "website", "our site", "this site", "the site", "browser", "we use", "advertising partners",
        "advertisers", "your device", "your preferences", "your experience", "personalize", "personalise",
        "targeted ads", "targeted advertising", "analytics partners",
    ]
    /// Button and heading words of consent dialogs.
    static let controlTerms: [StaticString] = [
        "accept", "allow all", "reject all", "save settings", "manage", "preferences", "settings",
        "learn more", "always active", "necessary", "close",
    ]
    /// Phrases that only a site's own consent dialog uses.
    static let noticePhrases: [StaticString] = [
        "accept cookies", "cookie preferences", "cookie settings", "consent preferences", "cookie policy",
        "manage consent", "accept all cookies",
    ]

    /// A paragraph that could belong to a banner: privacy prose (mentions cookies, or two
    /// privacy terms), or a short control line.
    static func isBannerLike(_ text: LowercasedBytes) -> Bool {
        if text.bytes.count <= 2 { return true }   // "X", "×"
        let words = text.wordCount
        if words > 8 {
            guard text.contains("cookie") || text.contains("privacy") || text.contains("opt") || text.contains("personal")
                || text.contains("consent") else { return false }
            return text.contains("cookie") || text.count(privacyTerms) >= 2
        }
        return text.containsAny(privacyTerms) || text.containsAny(siteTerms) || text.containsAny(controlTerms)
    }

    /// A site's own cookie notice: cookies mentioned together with the site, its browser or
    /// its advertising, or a phrase of a consent dialog. A run of banner-like paragraphs is only
    /// removed when it holds one of these, so an article about privacy law is kept.
    static func isSiteNotice(_ text: LowercasedBytes) -> Bool {
        if text.containsAny(noticePhrases) { return true }
        return text.contains("cookie") && text.containsAny(siteTerms)
    }
}
