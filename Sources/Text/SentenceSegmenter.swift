/// Splits a paragraph into sentences, on UTF-8 bytes.
///
/// A sentence ends at `.`, `?`, `!` or `…` (with any closing quotes and brackets after it)
/// that is followed by white space and then an uppercase letter, a digit or an opening
/// quote or bracket. A period does not end a sentence after:
/// - a title or honorific (`Gen.`, `Maj.`, `Sen.`, `Rep.`, `Dr.`, `Mr.` ...), or a capitalised
///   word right after one (`Sen. Ben. Sasse`);
/// - a single capital initial (`Mark T. Esper`);
/// - a dotted initialism (`U.S.`, `p.m.`, `e.g.`), a month (`Jan. 3`), a party-state tag
///   (`D-Calif.`) or another common abbreviation (`Inc.`, `No.`, `etc.`) — unless the next
///   word is one that typically starts a sentence (`The`, `He`, `But` ...), as in "... in the
///   U.S. The ...".
///
/// A sentence longer than `maximumSentenceBytes` (a scraped table, a list without full
/// stops) is cut into pieces of at most that size at white space, so that every
/// per-sentence analysis stays bounded; `sentences(in:)` counts the cuts.
public enum SentenceSegmenter {
    /// The longest sentence kept whole, in bytes (about 700 words; the longest sentence of
    /// 2,225 BBC articles has 1,063 bytes).
    public static let maximumSentenceBytes = 4_000
    /// Abbreviations after which a sentence never ends (lowercased, without the period).
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "gens", "maj", "brig", "lt", "col", "sgt", "capt", "cpt",
        "adm", "cmdr", "cdr", "cpl", "pvt", "gov", "govs", "sen", "sens", "rep", "reps", "pres", "rev",
        "hon", "st", "mt", "ft", "atty", "supt", "insp", "det", "amb", "msgr", "sr", "jr",
    ]
    /// Abbreviations that end a sentence only before a typical sentence opener.
    static let abbreviations: Set<String> = [
        "inc", "corp", "co", "ltd", "llc", "plc", "etc", "al", "vs", "no", "nos", "vol", "dept", "est",
        "approx", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "univ", "assn", "bros",
        "calif", "mex", "tex", "fla", "ala", "ariz", "ark", "colo", "conn", "del", "ga", "ill", "ind", "kan",
        "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
        "tenn", "va", "vt", "wash", "wis", "wyo", "cf", "ca", "ed", "eds", "op", "ibid",
    ]
    /// Capitalised words that usually open a sentence (lowercased).
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
        "there", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "if", "when", "while", "after",
        "before", "as", "his", "her", "its", "their", "our", "my", "some", "many", "most", "one", "no",
        "officials", "meanwhile", "however", "still", "now", "then", "since", "despite", "although",
    ]

    /// Byte ranges of the sentences in `bytes`, trimmed of white space, and the number of
    /// sentences that were cut for length.
    public static func boundedSentences(in bytes: UnsafeBufferPointer<UInt8>) -> (sentences: [Range<Int>], cut: Int) {
        let whole = sentences(in: bytes)
        guard whole.contains(where: { $0.count > maximumSentenceBytes }) else { return (whole, 0) }
        var result: [Range<Int>] = []
        var cut = 0
        for sentence in whole {
            guard sentence.count > maximumSentenceBytes else { result.append(sentence); continue }
            cut += 1
            var start = sentence.lowerBound
            while sentence.upperBound - start > maximumSentenceBytes {
                // The last white space within the bound; without one, a character boundary.
                var end = start + maximumSentenceBytes
                while end > start, !(bytes[end] == 0x20 || bytes[end] == 0x0A || bytes[end] == 0x09) { end -= 1 }
                if end == start {
                    end = start + maximumSentenceBytes
                    while end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
                }
                appendTrimmed(start..<end, bytes, to: &result)
                start = end
            }
            appendTrimmed(start..<sentence.upperBound, bytes, to: &result)
        }
        return (result, cut)
    }

    /// Byte ranges of the sentences in `bytes`, trimmed of white space (not cut for length).
    public static func sentences(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let n = bytes.count
        var start = 0
        var i = 0
        while i < n {
            let b = bytes[i]
            var terminatorLength = 0
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!") {
                terminatorLength = 1
            } else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA6 {
                terminatorLength = 3
            }
            guard terminatorLength > 0 else { i += 1; continue }
            // Further terminators and closing punctuation belong to this sentence.
            var end = i + terminatorLength
            while end < n {
                let (scalar, length) = UTF8Scalars.decode(bytes, at: end)
                if isTerminatorOrCloser(scalar) { end += length } else { break }
            }
            // White space, then a sentence start.
            var next = end
            var sawSpace = false
            while next < n {
                let (scalar, length) = UTF8Scalars.decode(bytes, at: next)
                guard UTF8Scalars.kind(of: scalar) == .space else { break }
                sawSpace = true
                next += length
            }
            guard sawSpace, next < n, startsSentence(bytes, at: next) else { i = end; continue }
            if b == UInt8(ascii: "."), !periodEndsSentence(bytes, periodAt: i, nextWordAt: next) {
                i = end
                continue
            }
            appendTrimmed(start..<end, bytes, to: &result)
            start = next
            i = next
        }
        appendTrimmed(start..<n, bytes, to: &result)
        return result
    }

    /// Sentences of a string, as strings (for tests and small inputs).
    public static func sentences(of text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { buffer in
            sentences(in: buffer).map { String(decoding: UnsafeBufferPointer(rebasing: buffer[$0]), as: UTF8.self) }
        }
    }

    @inline(__always)
    static func isTerminatorOrCloser(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2E, 0x3F, 0x21, 0x2026, 0x22, 0x27, 0x29, 0x5D, 0x201D, 0x2019, 0xBB: return true
        default: return false
        }
    }

    static func startsSentence(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let (scalar, _) = UTF8Scalars.decode(bytes, at: i)
        switch scalar {
        case 0x22, 0x27, 0x28, 0x5B, 0x201C, 0x2018, 0xAB, 0x2014: return true
        default: break
        }
        if UTF8Scalars.kind(of: scalar) == .digit { return true }
        return UTF8Scalars.isUppercase(scalar)
    }

    /// The word that ends at `end` (exclusive): back to white space or an opening bracket or quote.
    static func word(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var s = end
        while s > 0 {
            let b = bytes[s - 1]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x28 || b == 0x22 || b == 0x5B { break }
            if b == 0x9C, s >= 3, bytes[s - 3] == 0xE2, bytes[s - 2] == 0x80 { break } // “
            if b == 0x94, s >= 3, bytes[s - 3] == 0xE2, bytes[s - 2] == 0x80 { break } // —
            s -= 1
        }
        return s..<end
    }

    static func lowercasedASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: bytes[range].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    static func periodEndsSentence(_ bytes: UnsafeBufferPointer<UInt8>, periodAt p: Int, nextWordAt next: Int) -> Bool {
        let wordRange = word(endingAt: p, in: bytes)
        guard !wordRange.isEmpty else { return true }
        let word = lowercasedASCII(bytes, wordRange)
        // The last part of a hyphenated word decides: "D-Calif." is a state abbreviation.
        let lastPart = word.split(separator: "-").last.map(String.init) ?? word
        if titles.contains(word) { return false }
        // A single capital initial: "Mark T. Esper".
        if wordRange.count == 1, UTF8Scalars.isUppercase(UInt32(bytes[wordRange.lowerBound])) { return false }
        // A capitalised word right after a title: "Sen. Ben. Sasse".
        if wordRange.lowerBound >= 2, bytes[wordRange.lowerBound - 1] == 0x20, bytes[wordRange.lowerBound - 2] == UInt8(ascii: ".") {
            let previous = Self.word(endingAt: wordRange.lowerBound - 2, in: bytes)
            if titles.contains(lowercasedASCII(bytes, previous)), UTF8Scalars.isUppercase(UInt32(bytes[wordRange.lowerBound])) {
                return false
            }
        }
        let isInitialism = isDottedInitialism(word)
        if isInitialism || abbreviations.contains(lastPart) || abbreviations.contains(word) {
            let nextWord = nextWordLowercased(bytes, at: next)
            return sentenceOpeners.contains(nextWord)
        }
        return true
    }

    /// `u.s`, `p.m`, `e.g`, `n.y`: single letters joined by periods.
    static func isDottedInitialism(_ word: String) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic } }
    }

    static func nextWordLowercased(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> String {
        var e = i
        while e < bytes.count, (bytes[e] >= 0x41 && bytes[e] <= 0x5A) || (bytes[e] >= 0x61 && bytes[e] <= 0x7A) { e += 1 }
        return lowercasedASCII(bytes, i..<e)
    }

    static func appendTrimmed(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, to result: inout [Range<Int>]) {
        var s = range.lowerBound
        var e = range.upperBound
        while s < e, bytes[s] == 0x20 || bytes[s] == 0x0A || bytes[s] == 0x09 { s += 1 }
        while e > s, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x0A || bytes[e - 1] == 0x09 { e -= 1 }
        if s < e { result.append(s..<e) }
    }
}
