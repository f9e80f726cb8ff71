/// The Snowball English stemmer ("Porter2"), written from the algorithm the Snowball project
/// publishes (https://snowballstem.org/algorithms/english/stemmer.html), current version
/// (Snowball 3: with the `past`/`univers`/`later`/`emerg`/`organ`/`inter` prefixes, `-ogist`,
/// and the `a`/`e`/`o` + double rule). `skis` → `ski` is kept as an exceptional form, as the
/// reference stems require.
///
/// `stem(_:)` takes one lowercased token, as `Tokenizer` produces it, and returns its stem:
/// "consistency" → "consist", "generously" → "generous", "running" → "run", "skies" → "sky".
/// It gives the reference stem for every word of the Snowball project's English test
/// vocabulary (`Tests/Fixtures/reference/snowball_english.tsv`).
///
/// The algorithm, in order:
/// - the exceptional forms (`skis` → `ski`, `skies` → `sky`, `idly` → `idl`, `gently` → `gentl`,
///   `ugly` → `ugli`, `early` → `earli`, `only` → `onli`, `singly` → `singl`; `sky`, `news`,
///   `howe`, `atlas`, `cosmos`, `bias`, `andes` unchanged) are mapped directly;
/// - words of one or two characters (Unicode scalars) are returned unchanged;
/// - a leading apostrophe is removed; an initial `y`, and a `y` after a vowel, become `Y`
///   (a consonant);
/// - R1 and R2 are found (R1 is the rest of the word after one of the prefixes `gener`,
///   `commun`, `arsen`, `past`, `univers`, `later`, `emerg`, `organ`, `inter`);
/// - Step 0 (`'`, `'s`, `'s'`), 1a (plurals), 1b (`-ed`, `-ing`, `-eed`, `-ly` forms, with the
///   exceptions for `proceed`/`exceed`/`succeed`, `dying`/`lying`/`tying`, and
///   `inning`/`outing`/`canning`/`herring`/`earring`/`evening`), 1c (`-y` → `-i`), 2, 3, 4 and 5
///   (derivational suffixes within R1/R2), then `Y` back to `y`.
///
/// The word is handled as an array of Unicode scalars; only `a e i o u y` are vowels, so
/// digits, hyphens, periods and non-ASCII letters count as consonants ("al-muhandis" →
/// "al-muhandi", "u.s." and "1,200" unchanged). Any string, including the empty one, is
/// accepted.
public struct SnowballStemmer: Sendable {
    public init() {}

    /// The Porter2 stem of `word` (expected lowercased; see the type's documentation).
    public func stem(_ word: String) -> String {
        var w = Porter2Word(word)
        if let exceptional = w.exceptionalForm() { return exceptional }
        // Words of one or two characters are left as they are.
        guard w.s.count >= 3 else { return word }
        w.run()
        return w.string
    }
}

/// The working state of one stemming: the word's scalars and the starts of R1 and R2.
private struct Porter2Word {
    var s: [Unicode.Scalar]
    var p1 = 0
    var p2 = 0
    var yFound = false

    init(_ word: String) {
        s = []
        s.reserveCapacity(word.utf8.count + 2)
        s.append(contentsOf: word.unicodeScalars)
    }

    var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s)
        return String(view)
    }

    // MARK: Character classes

    @inline(__always)
    static func isVowel(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a", "e", "i", "o", "u", "y": return true
        default: return false
        }
    }

    /// A vowel, or `w`, `x`, `Y` (the letters a short syllable may not end with).
    @inline(__always)
    static func isVowelOrWXY(_ c: Unicode.Scalar) -> Bool {
        isVowel(c) || c == "w" || c == "x" || c == "Y"
    }

    @inline(__always)
    static func isValidLiEnding(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "c", "d", "e", "g", "h", "k", "m", "n", "r", "t": return true
        default: return false
        }
    }

    @inline(__always)
    static func isDouble(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "b", "d", "f", "g", "m", "n", "p", "r", "t": return true
        default: return false
        }
    }

    // MARK: Matching helpers

    /// Whether `s[start..<start + text.count]` spells the ASCII `text`.
    @inline(__always)
    func matches(_ text: StaticString, at start: Int) -> Bool {
        let n = text.utf8CodeUnitCount
        guard start >= 0, start + n <= s.count else { return false }
        let p = text.utf8Start
        for k in 0..<n where s[start + k].value != UInt32(p[k]) { return false }
        return true
    }

    /// Whether the first `end` scalars end with `text`.
    @inline(__always)
    func endsWith(_ text: StaticString, before end: Int) -> Bool {
        matches(text, at: end - text.utf8CodeUnitCount)
    }

    @inline(__always)
    func endsWith(_ text: StaticString) -> Bool { endsWith(text, before: s.count) }

    /// Whether the whole word is `text`.
    @inline(__always)
    func equals(_ text: StaticString) -> Bool {
        s.count == text.utf8CodeUnitCount && matches(text, at: 0)
    }

    /// Replaces the last `count` scalars with `text`.
    @inline(__always)
    mutating func replaceSuffix(length count: Int, with text: StaticString) {
        s.removeLast(count)
        let p = text.utf8Start
        for k in 0..<text.utf8CodeUnitCount { s.append(Unicode.Scalar(p[k])) }
    }

    /// Whether `s[range]` holds a vowel.
    @inline(__always)
    func hasVowel(_ range: Range<Int>) -> Bool {
        for i in range where Self.isVowel(s[i]) { return true }
        return false
    }

    /// Whether the first `end` scalars end in a short syllable: a non-vowel, a vowel and a
    /// non-vowel other than `w`, `x`, `Y`; or a vowel then a non-vowel making up the whole
    /// word; or `past`.
    func endsInShortSyllable(before end: Int) -> Bool {
        if end >= 3, !Self.isVowelOrWXY(s[end - 1]), Self.isVowel(s[end - 2]), !Self.isVowel(s[end - 3]) {
            return true
        }
        if end == 2, !Self.isVowel(s[1]), Self.isVowel(s[0]) { return true }
        return endsWith("past", before: end)
    }

    /// A word is short when R1 is empty and it ends in a short syllable.
    var isShort: Bool { p1 == s.count && endsInShortSyllable(before: s.count) }

    // MARK: Exceptional forms

    func exceptionalForm() -> String? {
        switch s.count {
        case 3:
            if equals("sky") { return "sky" }
        case 4:
            if equals("idly") { return "idl" }
            if equals("ugly") { return "ugli" }
            if equals("only") { return "onli" }
            if equals("news") { return "news" }
            if equals("howe") { return "howe" }
            if equals("bias") { return "bias" }
            if equals("skis") { return "ski" }
        case 5:
            if equals("skies") { return "sky" }
            if equals("early") { return "earli" }
            if equals("atlas") { return "atlas" }
            if equals("andes") { return "andes" }
        case 6:
            if equals("gently") { return "gentl" }
            if equals("singly") { return "singl" }
            if equals("cosmos") { return "cosmos" }
        default:
            break
        }
        return nil
    }

    // MARK: The algorithm

    mutating func run() {
        prelude()
        markRegions()
        step0()
        step1a()
        step1b()
        step1c()
        step2()
        step3()
        step4()
        step5()
        if yFound {
            for i in s.indices where s[i] == "Y" { s[i] = "y" }
        }
    }

    /// Removes a leading apostrophe, then marks an initial `y` and every `y` after a vowel
    /// as the consonant `Y`.
    mutating func prelude() {
        if s.first == "'" { s.removeFirst() }
        guard !s.isEmpty else { return }
        if s[0] == "y" { s[0] = "Y"; yFound = true }
        var i = 1
        while i < s.count {
            if s[i] == "y", Self.isVowel(s[i - 1]) { s[i] = "Y"; yFound = true }
            i += 1
        }
    }

    /// R1 starts after the first non-vowel following a vowel (or after one of the listed
    /// prefixes); R2 after the first non-vowel following a vowel in R1. Either is empty
    /// (starts at the end) when there is no such non-vowel.
    mutating func markRegions() {
        let n = s.count
        p1 = n
        p2 = n
        if let prefixLength = specialPrefixLength() {
            p1 = prefixLength
        } else {
            guard let start = regionStart(from: 0) else { return }
            p1 = start
        }
        p2 = regionStart(from: p1) ?? n
    }

    /// The index after the first non-vowel that follows a vowel, searching from `from`.
    func regionStart(from: Int) -> Int? {
        var i = from
        let n = s.count
        while i < n, !Self.isVowel(s[i]) { i += 1 }
        guard i < n else { return nil }
        while i < n, Self.isVowel(s[i]) { i += 1 }
        guard i < n else { return nil }
        return i + 1
    }

    func specialPrefixLength() -> Int? {
        guard let first = s.first else { return nil }
        switch first {
        case "g": if matches("gener", at: 0) { return 5 }
        case "c": if matches("commun", at: 0) { return 6 }
        case "a": if matches("arsen", at: 0) { return 5 }
        case "p": if matches("past", at: 0) { return 4 }
        case "u": if matches("univers", at: 0) { return 7 }
        case "l": if matches("later", at: 0) { return 5 }
        case "e": if matches("emerg", at: 0) { return 5 }
        case "o": if matches("organ", at: 0) { return 5 }
        case "i": if matches("inter", at: 0) { return 5 }
        default: break
        }
        return nil
    }

    /// Step 0: remove the longest of `'s'`, `'s`, `'`.
    mutating func step0() {
        if endsWith("'s'") {
            s.removeLast(3)
        } else if endsWith("'s") {
            s.removeLast(2)
        } else if endsWith("'") {
            s.removeLast(1)
        }
    }

    /// Step 1a: plural endings.
    mutating func step1a() {
        let n = s.count
        if endsWith("sses") {
            s.removeLast(2)                                   // sses -> ss
        } else if endsWith("ied") || endsWith("ies") {
            // -> i if preceded by more than one letter, otherwise -> ie
            replaceSuffix(length: 3, with: n - 3 > 1 ? "i" : "ie")
        } else if endsWith("us") || endsWith("ss") {
            return
        } else if endsWith("s") {
            // delete if a vowel precedes, not counting the letter just before the s
            if n >= 2, hasVowel(0..<(n - 2)) { s.removeLast() }
        }
    }

    /// Step 1b: -eed, -eedly, -ed, -edly, -ing, -ingly.
    mutating func step1b() {
        let n = s.count
        let suffixLength: Int
        if endsWith("eedly") {
            replaceEed(stemEnd: n - 5, suffixLength: 5)
            return
        } else if endsWith("ingly") {
            suffixLength = 5
        } else if endsWith("edly") {
            suffixLength = 4
        } else if endsWith("eed") {
            replaceEed(stemEnd: n - 3, suffixLength: 3)
            return
        } else if endsWith("ing") {
            let stemEnd = n - 3
            // dying -> die, lying -> lie, tying -> tie, vying -> vie
            if stemEnd == 2, s[1] == "y", !Self.isVowel(s[0]) {
                replaceSuffix(length: 4, with: "ie")
                return
            }
            // inning, outing, canning, herring, earring, evening are left alone
            switch stemEnd {
            case 3:
                if matches("inn", at: 0) || matches("out", at: 0) { return }
            case 4:
                if matches("cann", at: 0) || matches("herr", at: 0) || matches("earr", at: 0)
                    || matches("even", at: 0) { return }
            default:
                break
            }
            suffixLength = 3
        } else if endsWith("ed") {
            suffixLength = 2
        } else {
            return
        }
        let stemEnd = n - suffixLength
        guard hasVowel(0..<stemEnd) else { return }
        s.removeLast(suffixLength)
        if endsWith("at") || endsWith("bl") || endsWith("iz") {
            s.append("e")                                     // luxuriat -> luxuriate
        } else if stemEnd >= 2, s[stemEnd - 1] == s[stemEnd - 2], Self.isDouble(s[stemEnd - 1]) {
            // hopp -> hop, but add, egg, off (a, e or o then a double) are kept
            if !(stemEnd == 3 && (s[0] == "a" || s[0] == "e" || s[0] == "o")) {
                s.removeLast()
            }
        } else if isShort {
            s.append("e")                                     // hop -> hope
        }
    }

    /// -eed / -eedly -> -ee when in R1, except in proceed, exceed, succeed.
    mutating func replaceEed(stemEnd: Int, suffixLength: Int) {
        guard stemEnd >= p1 else { return }
        switch stemEnd {
        case 3: if matches("exc", at: 0) { return }
        case 4: if matches("proc", at: 0) || matches("succ", at: 0) { return }
        default: break
        }
        replaceSuffix(length: suffixLength, with: "ee")
    }

    /// Step 1c: a final y or Y becomes i after a non-vowel that is not the first letter.
    mutating func step1c() {
        let n = s.count
        guard n >= 3, s[n - 1] == "y" || s[n - 1] == "Y", !Self.isVowel(s[n - 2]) else { return }
        s[n - 1] = "i"
    }

    /// What a matched suffix needs besides its region.
    private enum Condition {
        case none, precededByL, precededByValidLiEnding, inR2, precededBySOrT
    }

    private typealias Rule = (suffix: StaticString, replacement: StaticString, condition: Condition)

    /// Finds the longest suffix of `rules` (listed in decreasing length) the word ends with
    /// and, if it starts at or after `regionStart` and meets its condition, replaces it.
    /// A longest match that fails its conditions ends the step (no shorter suffix is tried).
    private mutating func applyLongest(_ rules: [Rule], regionStart: Int) {
        for rule in rules where endsWith(rule.suffix) {
            let length = rule.suffix.utf8CodeUnitCount
            let start = s.count - length
            guard start >= regionStart else { return }
            switch rule.condition {
            case .none:
                break
            case .precededByL:
                guard start >= 1, s[start - 1] == "l" else { return }
            case .precededByValidLiEnding:
                guard start >= 1, Self.isValidLiEnding(s[start - 1]) else { return }
            case .inR2:
                guard start >= p2 else { return }
            case .precededBySOrT:
                guard start >= 1, s[start - 1] == "s" || s[start - 1] == "t" else { return }
            }
            replaceSuffix(length: length, with: rule.replacement)
            return
        }
    }

    private static let step2Rules: [Rule] = [
        ("ational", "ate", .none), ("fulness", "ful", .none), ("ousness", "ous", .none),
        ("iveness", "ive", .none), ("ization", "ize", .none),
        ("tional", "tion", .none), ("biliti", "ble", .none), ("lessli", "less", .none),
        ("entli", "ent", .none), ("ation", "ate", .none), ("alism", "al", .none),
        ("aliti", "al", .none), ("ousli", "ous", .none), ("iviti", "ive", .none),
        ("fulli", "ful", .none), ("ogist", "og", .none),
        ("enci", "ence", .none), ("anci", "ance", .none), ("abli", "able", .none),
        ("izer", "ize", .none), ("ator", "ate", .none), ("alli", "al", .none),
        ("bli", "ble", .none), ("ogi", "og", .precededByL),
        ("li", "", .precededByValidLiEnding),
    ]

    /// Step 2: derivational suffixes in R1.
    mutating func step2() { applyLongest(Self.step2Rules, regionStart: p1) }

    private static let step3Rules: [Rule] = [
        ("ational", "ate", .none),
        ("tional", "tion", .none),
        ("alize", "al", .none), ("icate", "ic", .none), ("iciti", "ic", .none),
        ("ative", "", .inR2),
        ("ical", "ic", .none), ("ness", "", .none),
        ("ful", "", .none),
    ]

    /// Step 3: more derivational suffixes in R1 (`-ative` only in R2).
    mutating func step3() { applyLongest(Self.step3Rules, regionStart: p1) }

    private static let step4Rules: [Rule] = [
        ("ement", "", .none),
        ("ance", "", .none), ("ence", "", .none), ("able", "", .none), ("ible", "", .none),
        ("ment", "", .none),
        ("ant", "", .none), ("ent", "", .none), ("ism", "", .none), ("ate", "", .none),
        ("iti", "", .none), ("ous", "", .none), ("ive", "", .none), ("ize", "", .none),
        ("ion", "", .precededBySOrT),
        ("al", "", .none), ("er", "", .none), ("ic", "", .none),
    ]

    /// Step 4: suffixes deleted in R2 (`-ion` only after `s` or `t`).
    mutating func step4() { applyLongest(Self.step4Rules, regionStart: p2) }

    /// Step 5: a final e in R2, or in R1 and not after a short syllable; a final l in R2
    /// after another l.
    mutating func step5() {
        let n = s.count
        guard n >= 1 else { return }
        let start = n - 1
        if s[start] == "e" {
            if start >= p2 || (start >= p1 && !endsInShortSyllable(before: start)) {
                s.removeLast()
            }
        } else if s[start] == "l" {
            if start >= p2, start >= 1, s[start - 1] == "l" { s.removeLast() }
        }
    }
}
