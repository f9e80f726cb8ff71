import Foundation

/// Name normalisation for merging spelling and transliteration variants.
public enum EntityNameKey {
    /// Lowercased, diacritics removed, apostrophes and periods dropped, hyphens and spaces
    /// kept as single spaces: "Mark T. Esper" → "mark t esper", "al-Muhandis" → "al muhandis".
    public static func normalized(_ name: String) -> String {
        // Folding diacritics is costly; ASCII names need only lowercasing, done on bytes.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var out: [UInt8] = []
            out.reserveCapacity(name.utf8.count)
            var lastWasSpace = true
            for b in name.utf8 {
                switch b {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    out.append(b)
                    lastWasSpace = false
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    out.append(b | 0x20)
                    lastWasSpace = false
                case UInt8(ascii: "'"), UInt8(ascii: "."):
                    continue
                default:
                    if !lastWasSpace {
                        out.append(0x20)
                        lastWasSpace = true
                    }
                }
            }
            if out.last == 0x20 { out.removeLast() }
            return String(decoding: out, as: UTF8.self)
        }
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var out = ""
        var lastWasSpace = true
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                out.unicodeScalars.append(scalar)
                lastWasSpace = false
            } else if scalar == "'" || scalar == "\u{2019}" || scalar == "." {
                continue
            } else if !lastWasSpace {
                out.append(" ")
                lastWasSpace = true
            }
        }
        // Words are joined by single spaces and none leads: only a trailing one can be left.
        if out.utf8.last == 0x20 { out.removeLast() }
        return out
    }

    /// The words of a name without particles (al, el, bin, ibn, abu is kept) and middle initials:
    /// "Abu Mahdi al-Muhandis" → ["abu", "mahdi", "muhandis"], "Mark T. Esper" → ["mark", "esper"].
    public static func words(_ name: String) -> [String] {
        let parts = normalized(name).split(separator: " ").map(String.init)
        return parts.enumerated().filter { index, word in
            if ["al", "el", "ad", "ash", "as", "bin", "ibn", "the"].contains(word) { return false }
            // A single-letter middle initial.
            if word.count == 1 && index > 0 && index < parts.count - 1 { return false }
            return true
        }.map(\.element)
    }

    /// A consonant skeleton of a word: its first letter, then its consonants without vowels or
    /// doubled letters — "soleimani" and "soliemani" → "slmn", "qassem" and "qasem" → "qsm",
    /// "hezbollah" and "hizballah" → "hzblh", "houthi" and "huthi" → "hth".
    public static func skeleton(_ word: String) -> String {
        // ASCII words (nearly all) on bytes: one byte is one character.
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            var out: [UInt8] = []
            var last: UInt8?
            for (i, b) in word.utf8.enumerated() {
                if i > 0 && (b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75 || b == 0x79) { continue }   // a e i o u y
                if b == last { continue }
                out.append(b)
                last = b
            }
            return String(decoding: out, as: UTF8.self)
        }
        var out = ""
        var last: Character?
        for (i, c) in word.enumerated() {
            if i > 0 && "aeiouy".contains(c) { continue }
            if c == last { continue }
            out.append(c)
            last = c
        }
        return out
    }

    /// Levenshtein distance with adjacent transpositions (optimal string alignment).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[x.count][y.count]
    }

    /// Whether two words are spelling variants of one name: the same consonant skeleton and
    /// an edit distance of at most 1 (words up to 5 letters) or 2 (longer words). "Iran" and
    /// "Iraq", "Iranian" and "Iraqi" differ in skeleton and stay apart.
    public static func areVariants(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard skeleton(a) == skeleton(b) else { return false }
        let limit = min(a.count, b.count) <= 5 ? 1 : 2
        return editDistance(a, b) <= limit
    }
}
