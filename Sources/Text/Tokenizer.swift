/// Splits text into word tokens on UTF-8 bytes and normalises them.
///
/// The token policy (also in the README):
/// - **Case**: tokens are lowercased.
/// - **Apostrophes**: straight `'`, curly `’` `‘` and `ʼ` are one apostrophe, written `'`.
///   A possessive `'s` (and the bare `'` of "Congress’ war") is dropped, so "Iran’s", "Iran's"
///   and "Iran" are the token `iran`; other inner apostrophes stay (`didn't`, `shi'ite`, `o'brien`).
/// - **Hyphens**: a hyphen between letters or digits joins (`iran-backed`, `al-muhandis`,
///   `34-day`); dashes (–, —) and a doubled hyphen separate.
/// - **Numbers**: separators inside numbers stay (`1,200`, `1.2`, `11:45`, `76%`).
/// - **Initialisms**: `U.S.`, `p.m.`, `e.g.` are one token with their periods (`u.s.`);
///   `U.S.-led` is `u.s.-led`.
/// - Everything else (punctuation, symbols, quotes) separates tokens and is not a token.
public struct Tokenizer: Sendable {
    public init() {}

    /// Calls `body` with each token's normalised bytes and its byte range, for the tokens in
    /// `bytes[range]`.
    public func forEachToken(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>,
                             _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            // ASCII that is neither letter nor digit separates tokens (the common case: spaces, punctuation).
            let b = bytes[i]
            if b < 0x80, !((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A), !(b >= 0x30 && b <= 0x39) { i += 1; continue }
            let (scalar, length) = UTF8Scalars.decode(bytes, at: i)
            let kind = UTF8Scalars.kind(of: scalar)
            guard kind == .letter || kind == .digit else { i += length; continue }
            scratch.removeAll(keepingCapacity: true)
            let (tokenEnd, resume, nonASCII) = scanToken(bytes, from: i, end: end, into: &scratch)
            if nonASCII {
                let lowered = Array(String(decoding: scratch, as: UTF8.self).lowercased().utf8)
                lowered.withUnsafeBufferPointer { body($0, i..<tokenEnd) }
            } else {
                scratch.withUnsafeBufferPointer { body($0, i..<tokenEnd) }
            }
            i = resume
        }
    }

    @inline(__always)
    private func isWord(_ kind: UTF8Scalars.Kind) -> Bool { kind == .letter || kind == .digit }

    @inline(__always)
    private func kind(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (UTF8Scalars.Kind, UInt32, Int) {
        guard i < end else { return (.space, 0x20, 0) }
        let (s, l) = UTF8Scalars.decode(bytes, at: i)
        return (UTF8Scalars.kind(of: s), s, l)
    }

    /// Scans one token starting at a letter or digit. Returns where the token's text ends,
    /// where scanning resumes (past a dropped possessive), and whether it holds non-ASCII.
    private func scanToken(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int,
                           into scratch: inout [UInt8]) -> (end: Int, resume: Int, nonASCII: Bool) {
        var i = start
        var nonASCII = false
        var allDigits = true
        var segmentLength = 0          // letters since the last joiner
        var singleLetterSegments = true
        var sawPeriod = false
        var sawDigit = false
        while i < end {
            // ASCII letters and digits, the bulk of every token, without decoding.
            let b = bytes[i]
            if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A {
                allDigits = false
                scratch.append(b | 0x20)
                segmentLength += 1
                i += 1
                continue
            }
            if b >= 0x30 && b <= 0x39 {
                sawDigit = true
                scratch.append(b)
                segmentLength += 1
                i += 1
                continue
            }
            let (k, s, l) = kind(bytes, at: i, end: end)
            if isWord(k) {
                if k == .letter { allDigits = false } else { sawDigit = true }
                if s < 0x80 {
                    scratch.append(s >= 0x41 && s <= 0x5A ? UInt8(s | 0x20) : UInt8(s))
                } else {
                    nonASCII = true
                    scratch.append(contentsOf: bytes[i..<(i + l)])
                }
                segmentLength += 1
                i += l
                continue
            }
            let (afterKind, after, afterLength) = kind(bytes, at: i + l, end: end)
            if segmentLength > 1 { singleLetterSegments = false }
            switch k {
            case .apostrophe where afterKind == .letter:
                if after == 0x73 || after == 0x53 {   // 's
                    let (beyondKind, _, _) = kind(bytes, at: i + l + afterLength, end: end)
                    if !isWord(beyondKind) {
                        return (i, i + l + afterLength, nonASCII)
                    }
                }
                singleLetterSegments = false
                scratch.append(UInt8(ascii: "'"))
            case .apostrophe where !isWord(afterKind) && scratch.last == UInt8(ascii: "s"):
                // Plural possessive: "Congress’ war".
                return (i, i + l, nonASCII)
            case .hyphen where isWord(afterKind):
                if !sawPeriod { singleLetterSegments = false }
                scratch.append(UInt8(ascii: "-"))
            case .other where s == 0x2E && isWord(afterKind):   // "." inside: 1.2, U.S, www.x.org
                sawPeriod = true
                scratch.append(UInt8(ascii: "."))
            case .other where s == 0x2E && sawPeriod && !sawDigit && singleLetterSegments && segmentLength == 1:
                // The final period of a dotted initialism: "U.S." -> "u.s.", then maybe "-led".
                scratch.append(UInt8(ascii: "."))
                let (hyphenKind, _, hyphenLength) = kind(bytes, at: i + l, end: end)
                let (wordKind, _, _) = kind(bytes, at: i + l + hyphenLength, end: end)
                if hyphenKind == .hyphen && isWord(wordKind) {
                    scratch.append(UInt8(ascii: "-"))
                    i += l + hyphenLength
                    singleLetterSegments = false
                    segmentLength = 0
                    continue
                }
                return (i + l, i + l, nonASCII)
            case .other where s == 0x3A && allDigits && afterKind == .digit:   // 11:45
                scratch.append(UInt8(ascii: ":"))
            case .other where s == 0x2C && allDigits && afterKind == .digit:   // 1,200
                var d = i + 1
                while d < end, bytes[d] >= 0x30, bytes[d] <= 0x39 { d += 1 }
                guard d - (i + 1) == 3 else { return (i, i, nonASCII) }
                scratch.append(UInt8(ascii: ","))
            case .other where s == 0x25 && allDigits:   // 76%
                scratch.append(UInt8(ascii: "%"))
                return (i + l, i + l, nonASCII)
            default:
                return (i, i, nonASCII)
            }
            segmentLength = 0
            i += l
        }
        return (i, i, nonASCII)
    }

    /// The normalised tokens of `text` (for tests and small inputs).
    public func tokens(of text: String) -> [String] {
        var copy = text
        var result: [String] = []
        copy.withUTF8 { buffer in
            forEachToken(in: buffer, range: 0..<buffer.count) { token, _ in
                result.append(String(decoding: token, as: UTF8.self))
            }
        }
        return result
    }
}
