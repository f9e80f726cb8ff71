/// Removes what saving a web page as text leaves inside the sentences: web and e-mail
/// addresses, Markdown links (the link text is kept) and images, HTML tags and entities,
/// image and file names, percent-encoded runs and long ids, and social-media embed lines
/// ("— Name (@handle) January 7, 2020"). Works on one paragraph's UTF-8 bytes, counting the
/// characters removed per rule; a removal never glues two words together.
public struct ScrapedTextCleaner: Sendable {
    public init() {}

    /// The cleaned paragraph and the characters each rule removed.
    public func clean(_ paragraph: String) -> (text: String, report: CleaningReport) {
        var report = CleaningReport()
        let bytes = Array(paragraph.utf8)
        // Fast path: nothing that could start a junk span.
        guard bytes.contains(where: { Self.triggers[Int($0)] }) else { return (paragraph, report) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count

        var lastRule = BoilerplateRule.markup
        func remove(_ range: Range<Int>, _ rule: BoilerplateRule) {
            report[rule] += UTF8Scalars.scalarCount(bytes[range])
            lastRule = rule
        }
        /// After a removal that ends at `next`: drops a space that would double the one before
        /// (counted under `rule`), or the space before closing punctuation.
        func closeGapCounting(_ next: Int, _ rule: BoilerplateRule) -> Int {
            let before = out.last
            if before == nil || before == 0x20 {
                if next < n, bytes[next] == 0x20 {
                    report[rule] += 1
                    return next + 1
                }
                if before == 0x20, next < n, Self.closing(bytes[next]) {
                    out.removeLast()
                    report[rule] += 1
                }
            }
            return next
        }

        while i < n {
            let b = bytes[i]
            // Markdown image ![alt](target) and link [text](target).
            if b == UInt8(ascii: "["), let link = Self.markdownLink(bytes, at: i) {
                let isImage = out.last == UInt8(ascii: "!")
                if isImage {
                    out.removeLast()
                    remove((i - 1)..<link.end, .markup)
                    i = closeGapCounting(link.end, .markup)
                } else {
                    remove(i..<(i + 1), .markup)
                    out.append(contentsOf: bytes[(i + 1)..<link.textEnd])
                    remove(link.textEnd..<link.end, .markup)
                    i = link.end
                }
                continue
            }
            if b == UInt8(ascii: "<"), let end = Self.htmlTag(bytes, at: i) {
                remove(i..<end, .markup)
                i = closeGapCounting(end, .markup)
                continue
            }
            if b == UInt8(ascii: "&"), let (end, scalar) = Self.htmlEntity(bytes, at: i) {
                let decoded = Array(String(Character(scalar)).utf8)
                report[.markup] += UTF8Scalars.scalarCount(bytes[i..<end]) - 1
                out.append(contentsOf: decoded)
                i = end
                continue
            }
            if b == UInt8(ascii: "("), i + 1 < n, bytes[i + 1] == UInt8(ascii: "@"), let end = Self.embedSignatureEnd(bytes, at: i) {
                // Back to the dash that starts the embed's signature line.
                if let dash = Self.signatureDash(out) {
                    report[.socialEmbed] += UTF8Scalars.scalarCount(out[dash...])
                    out.removeSubrange(dash...)
                    while out.last == 0x20 { out.removeLast(); report[.socialEmbed] += 1 }
                    remove(i..<end, .socialEmbed)
                    i = closeGapCounting(end, .socialEmbed)
                    continue
                }
            }
            // A run of non-space bytes starting here.
            if Self.isRunStart(bytes, at: i) {
                var j = i
                while j < n, !UTF8Scalars.isASCIISpace(bytes[j]) { j += 1 }
                if let (core, rule) = Self.junkCore(bytes, i..<j) {
                    out.append(contentsOf: bytes[i..<core.lowerBound])
                    remove(core, rule)
                    // Empty brackets left around it go too.
                    if out.last == UInt8(ascii: "("), core.upperBound < n, bytes[core.upperBound] == UInt8(ascii: ")") {
                        out.removeLast()
                        report[rule] += 2
                        i = closeGapCounting(core.upperBound + 1, rule)
                    } else {
                        i = closeGapCounting(core.upperBound, rule)
                    }
                    continue
                }
                // Text: go on byte by byte (a link or tag may start inside the run).
            }
            out.append(b)
            i += 1
        }
        // Spaces left at either end by a removal there.
        while out.last == 0x20, bytes.last != 0x20 { out.removeLast(); report[lastRule] += 1 }
        while out.first == 0x20, bytes.first != 0x20 { out.removeFirst(); report[lastRule] += 1 }
        return (String(decoding: out, as: UTF8.self), report)
    }

    // MARK: - Byte classes

    /// Bytes that junk holds: `[`, `<`, `&`, `(`, `@`, `%`, `/`, `.` and digits (a paragraph
    /// without any of them has none).
    static let triggers: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for c in "[<&(@%/." .utf8 { t[Int(c)] = true }
        for c in UInt8(ascii: "0")...UInt8(ascii: "9") { t[Int(c)] = true }
        return t
    }()

    @inline(__always)
    static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }

    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    @inline(__always)
    static func isHex(_ b: UInt8) -> Bool { isDigit(b) || ((b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "f")) }

    /// Punctuation that closes a phrase: no space goes before it.
    @inline(__always)
    static func closing(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":")
            || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == UInt8(ascii: ")")
    }

    /// Whether a run of non-space bytes starts at `i` (the start of the paragraph or after a space).
    @inline(__always)
    static func isRunStart(_ bytes: [UInt8], at i: Int) -> Bool {
        !UTF8Scalars.isASCIISpace(bytes[i]) && (i == 0 || UTF8Scalars.isASCIISpace(bytes[i - 1]))
    }

    // MARK: - Markdown and HTML

    /// `[text](target)` at `i`: where the text ends (the `]`) and where the link ends. The
    /// target has no space (but for a quoted title) and looks like an address or a path.
    static func markdownLink(_ bytes: [UInt8], at i: Int) -> (textEnd: Int, end: Int)? {
        let n = bytes.count
        var j = i + 1
        while j < n, j - i <= 500, bytes[j] != UInt8(ascii: "]") {
            if bytes[j] == UInt8(ascii: "[") || bytes[j] == 0x0A { return nil }
            j += 1
        }
        guard j + 1 < n, bytes[j] == UInt8(ascii: "]"), bytes[j + 1] == UInt8(ascii: "(") else { return nil }
        var k = j + 2
        var sawSpace = false, inTitle = false, looksLikeTarget = false
        while k < n, k - j <= 2000 {
            let c = bytes[k]
            if c == UInt8(ascii: "\"") { inTitle.toggle() }
            if c == UInt8(ascii: ")"), !inTitle { break }
            if c == 0x0A { return nil }
            if c == 0x20, !inTitle { sawSpace = true }
            if !sawSpace, c == UInt8(ascii: "/") || c == UInt8(ascii: ".") || c == UInt8(ascii: "#") || c == UInt8(ascii: ":") { looksLikeTarget = true }
            k += 1
        }
        guard k < n, bytes[k] == UInt8(ascii: ")"), looksLikeTarget, k > j + 2 else { return nil }
        return (j, k + 1)
    }

    static let htmlTags: Set<String> = [
        "a", "abbr", "article", "aside", "b", "blockquote", "br", "button", "caption", "cite", "code", "dd", "div", "dl", "dt",
        "em", "embed", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "i", "iframe", "img", "input", "label", "li", "link", "main", "meta", "nav", "noscript", "ol", "p", "picture", "pre",
        "q", "s", "script", "section", "small", "source", "span", "strong", "style", "sub", "sup", "svg", "table", "tbody",
        "td", "th", "thead", "time", "tr", "u", "ul", "video",
    ]

    /// The end of an HTML tag (`<p>`, `</a>`, `<img src="...">`, `<br/>`) or comment at `i`.
    static func htmlTag(_ bytes: [UInt8], at i: Int) -> Int? {
        let n = bytes.count
        var j = i + 1
        if j + 2 < n, bytes[j] == UInt8(ascii: "!"), bytes[j + 1] == UInt8(ascii: "-"), bytes[j + 2] == UInt8(ascii: "-") {
            var k = j + 3
            while k + 2 < n, k - i <= 4000 {
                if bytes[k] == UInt8(ascii: "-"), bytes[k + 1] == UInt8(ascii: "-"), bytes[k + 2] == UInt8(ascii: ">") { return k + 3 }
                k += 1
            }
            return nil
        }
        if j < n, bytes[j] == UInt8(ascii: "/") { j += 1 }
        let nameStart = j
        while j < n, isASCIILetter(bytes[j]) || (j > nameStart && isDigit(bytes[j])) { j += 1 }
        guard j > nameStart, j - nameStart <= 10 else { return nil }
        let name = String(decoding: bytes[nameStart..<j].map { $0 | 0x20 }, as: UTF8.self)
        guard htmlTags.contains(name), j < n, bytes[j] == UInt8(ascii: ">") || bytes[j] == 0x20 || bytes[j] == UInt8(ascii: "/") else { return nil }
        // After the name only attributes (`name=value`) or a closing slash: "a <b or c> d" is text.
        var attributes = false, words = false
        var inQuote: UInt8?
        while j < n, j - i <= 2000 {
            let c = bytes[j]
            if let q = inQuote {
                if c == q { inQuote = nil }
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                inQuote = c
            } else if c == UInt8(ascii: ">") {
                return !words || attributes ? j + 1 : nil
            } else if c == UInt8(ascii: "=") {
                attributes = true
            } else if isASCIILetter(c) {
                words = true
            } else if c == UInt8(ascii: "<") || c == 0x0A {
                return nil
            }
            j += 1
        }
        return nil
    }

    static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "\u{2019}", "lsquo": "\u{2018}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}",
        "pound": "£", "euro": "€", "copy": "©", "reg": "®", "trade": "™", "eacute": "é", "aacute": "á", "iacute": "í",
        "oacute": "ó", "uacute": "ú", "ntilde": "ñ", "uuml": "ü", "ouml": "ö", "auml": "ä", "ccedil": "ç", "egrave": "è",
    ]

    /// An HTML entity at `i` (`&amp;`, `&#39;`, `&#x2019;`): where it ends and what it stands for.
    static func htmlEntity(_ bytes: [UInt8], at i: Int) -> (Int, Unicode.Scalar)? {
        let n = bytes.count
        var j = i + 1
        guard j < n else { return nil }
        if bytes[j] == UInt8(ascii: "#") {
            j += 1
            let hex = j < n && (bytes[j] | 0x20) == UInt8(ascii: "x")
            if hex { j += 1 }
            let start = j
            while j < n, j - start < 7, hex ? isHex(bytes[j]) : isDigit(bytes[j]) { j += 1 }
            guard j > start, j < n, bytes[j] == UInt8(ascii: ";"),
                  let value = UInt32(String(decoding: bytes[start..<j], as: UTF8.self), radix: hex ? 16 : 10),
                  let scalar = Unicode.Scalar(value), value >= 0x20 else { return nil }
            return (j + 1, scalar == "\u{A0}" ? " " : scalar)
        }
        let start = j
        while j < n, j - start < 8, isASCIILetter(bytes[j]) { j += 1 }
        guard j > start, j < n, bytes[j] == UInt8(ascii: ";"),
              let scalar = namedEntities[String(decoding: bytes[start..<j], as: UTF8.self)] else { return nil }
        return (j + 1, scalar)
    }

    // MARK: - Social-media embeds

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"]

    /// `(@handle) January 7, 2020` at `i`: where the date's year ends.
    static func embedSignatureEnd(_ bytes: [UInt8], at i: Int) -> Int? {
        let n = bytes.count
        var j = i + 2
        let handleStart = j
        while j < n, isASCIILetter(bytes[j]) || isDigit(bytes[j]) || bytes[j] == UInt8(ascii: "_") { j += 1 }
        guard j > handleStart, j - handleStart <= 30, j < n, bytes[j] == UInt8(ascii: ")") else { return nil }
        j += 1
        while j < n, bytes[j] == 0x20 { j += 1 }
        let monthStart = j
        while j < n, isASCIILetter(bytes[j]) { j += 1 }
        let month = String(decoding: bytes[monthStart..<j].map { $0 | 0x20 }, as: UTF8.self)
        guard months.contains(month), j < n, bytes[j] == 0x20 else { return nil }
        j += 1
        let dayStart = j
        while j < n, isDigit(bytes[j]) { j += 1 }
        guard j > dayStart, j - dayStart <= 2, j + 1 < n, bytes[j] == UInt8(ascii: ","), bytes[j + 1] == 0x20 else { return nil }
        j += 2
        let yearStart = j
        while j < n, isDigit(bytes[j]) { j += 1 }
        guard j - yearStart == 4 else { return nil }
        return j
    }

    /// Where the signature line of an embed starts in `out`: the last "— " or "-- " within
    /// the last 120 bytes (the author's name follows it).
    static func signatureDash(_ out: [UInt8]) -> Int? {
        var k = out.count - 1
        let limit = max(0, out.count - 120)
        while k >= limit {
            // "—" is E2 80 94.
            if k + 2 < out.count, out[k] == 0xE2, out[k + 1] == 0x80, out[k + 2] == 0x94 { return k }
            if k + 1 < out.count, out[k] == UInt8(ascii: "-"), out[k + 1] == UInt8(ascii: "-") { return k }
            k -= 1
        }
        return nil
    }

    // MARK: - Addresses, file names, encoded runs and ids

    static let fileExtensions: Set<String> = [
        "jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "tif", "tiff", "avif", "pdf", "doc", "docx", "xls", "xlsx", "ppt",
        "pptx", "mp3", "mp4", "mov", "avi", "webm", "htm", "html", "php", "asp", "aspx", "jsp", "cms",
    ]

    /// The junk part of the run of non-space bytes `run` (without the punctuation around it)
    /// and its rule, or nil when the run is text.
    static func junkCore(_ bytes: [UInt8], _ run: Range<Int>) -> (Range<Int>, BoilerplateRule)? {
        var lower = run.lowerBound, upper = run.upperBound
        while lower < upper, isOpening(bytes[lower]) { lower += 1 }
        // Closing punctuation and quotes at the end (’ and ” are E2 80 99 / E2 80 9D).
        while upper > lower {
            let c = bytes[upper - 1]
            if isClosing(c) { upper -= 1; continue }
            if upper - lower >= 3, c == 0x99 || c == 0x9D, bytes[upper - 2] == 0x80, bytes[upper - 3] == 0xE2 { upper -= 3; continue }
            break
        }
        guard upper - lower >= 4 else { return nil }
        // Most runs are words: only one with a slash, an at sign, a percent sign or an inner
        // period, or a long one (an id), can be junk; the rest are rejected without copying.
        if upper - lower < 9, !bytes[lower..<upper].contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "@")
            || $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: ".") }) {
            return nil
        }
        if upper - lower >= 9, !bytes[lower..<upper].contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "@")
            || $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: ".") || isDigit($0) }) {
            return nil
        }
        let core = Array(bytes[lower..<upper])
        let lowered = core.map { $0 < 0x80 ? $0 | (isASCIILetter($0) ? 0x20 : 0) : $0 }
        func has(prefix: String) -> Bool { lowered.starts(with: prefix.utf8) }
        if has(prefix: "http://") || has(prefix: "https://") || has(prefix: "ftp://") || has(prefix: "www.") {
            return (lower..<upper, .webAddress)
        }
        if isEmail(lowered) || isDomainPath(lowered) { return (lower..<upper, .webAddress) }
        if isFileName(lowered) { return (lower..<upper, .fileName) }
        if isPercentEncoded(core) || isID(core) { return (lower..<upper, .encodedID) }
        return nil
    }

    /// Punctuation that may open a run around junk: ( " ' < [.
    @inline(__always)
    static func isOpening(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "("), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: "["): return true
        default: return false
        }
    }

    /// Punctuation that may close a run around junk: . , ; : ! ? ) " ' > ].
    @inline(__always)
    static func isClosing(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
             UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ">"), UInt8(ascii: "]"): return true
        default: return false
        }
    }

    /// `name@host.tld`.
    static func isEmail(_ run: [UInt8]) -> Bool {
        guard let at = run.firstIndex(of: UInt8(ascii: "@")), at > 0, at == run.lastIndex(of: UInt8(ascii: "@")) else { return false }
        let host = run[(at + 1)...]
        guard let dot = host.lastIndex(of: UInt8(ascii: ".")), dot > host.startIndex, dot + 2 < host.endIndex else { return false }
        return run[..<at].allSatisfy { isASCIILetter($0) || isDigit($0) || "._%+-".utf8.contains($0) }
            && host.allSatisfy { isASCIILetter($0) || isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
            && run[(dot + 1)...].allSatisfy(isASCIILetter)
    }

    /// `host.tld/path` without a scheme (`bbc.co.uk/news`, `pic.twitter.com/AbC`): labels of
    /// letters, digits and hyphens, the last one 2–6 letters, then a slash.
    static func isDomainPath(_ run: [UInt8]) -> Bool {
        guard let slash = run.firstIndex(of: UInt8(ascii: "/")), slash > 0 else { return false }
        let host = run[..<slash]
        let labels = host.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { isASCIILetter($0) || isDigit($0) || $0 == UInt8(ascii: "-") } }),
              let tld = labels.last, (2...6).contains(tld.count), tld.allSatisfy(isASCIILetter) else { return false }
        // "U.S./Iran": single letters are initials, not a host.
        return labels.dropLast().contains { $0.count >= 2 }
    }

    /// `name.ext` or `name.ext?query` with a known file extension.
    static func isFileName(_ run: [UInt8]) -> Bool {
        let path = run.split(separator: UInt8(ascii: "?"), maxSplits: 1, omittingEmptySubsequences: false)[0]
        guard let dot = path.lastIndex(of: UInt8(ascii: ".")), dot > path.startIndex else { return false }
        let ext = String(decoding: path[(dot + 1)...], as: UTF8.self)
        let name = path[..<dot]
        return fileExtensions.contains(ext) && name.contains(where: { isASCIILetter($0) || isDigit($0) })
            && name.allSatisfy { isASCIILetter($0) || isDigit($0) || "-_./%~".utf8.contains($0) }
    }

    /// Two or more `%XX` escapes in a row.
    static func isPercentEncoded(_ run: [UInt8]) -> Bool {
        var i = 0, streak = 0
        while i + 2 < run.count {
            if run[i] == UInt8(ascii: "%"), isHex(run[i + 1]), isHex(run[i + 2]) {
                streak += 1
                if streak >= 2 { return true }
                i += 3
            } else {
                streak = 0
                i += 1
            }
        }
        return false
    }

    /// A long id: nine or more digits with no separator, or a run of 12 or more letters and
    /// digits that switches between them at least four times (`6ba0587e5d08f3ae`).
    static func isID(_ run: [UInt8]) -> Bool {
        if run.count >= 9, run.allSatisfy(isDigit) { return true }
        guard run.count >= 12, run.allSatisfy({ isASCIILetter($0) || isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }) else { return false }
        var switches = 0, digits = 0
        for k in run.indices {
            if isDigit(run[k]) { digits += 1 }
            if k > 0, isDigit(run[k]) != isDigit(run[k - 1]), run[k] != UInt8(ascii: "-"), run[k - 1] != UInt8(ascii: "-") { switches += 1 }
        }
        return digits >= 3 && switches >= 4
    }
}
