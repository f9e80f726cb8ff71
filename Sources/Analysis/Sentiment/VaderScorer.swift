import Foundation
import Text

/// neg, neu, pos and compound scores of a text.
public struct SentimentScores: Sendable, Equatable {
    public let negative: Double
    public let neutral: Double
    public let positive: Double
    /// The normalised sum of valences, in [−1, 1].
    public let compound: Double
}

/// VADER sentiment scoring, compatible with the original vaderSentiment 3.3.2
/// `SentimentIntensityAnalyzer.polarity_scores`, quirks included: words split on white space
/// with ASCII punctuation stripped from their ends (so “bitter” in curly quotes is not found),
/// booster and dampener words over the three preceding words, negation, "never so/this",
/// "without doubt", "least", the contrastive "but" (with the original's first-equal-value
/// quirk), ALL-CAPS emphasis among mixed-case words, "!" and "?" amplification, special-case
/// idioms, and the compound normalisation x / √(x² + 15). Scores are rounded as the original
/// rounds them (3 decimals, compound 4).
public struct VaderScorer: Sendable {
    static let boosterIncrement = 0.293
    static let boosterDecrement = -0.293
    static let capsIncrement = 0.733
    static let negationScalar = -0.74

    /// Valence by lowercase token.
    public let lexicon: [String: Double]
    /// Emoji (one Unicode scalar, as the original matches them) → words.
    public let emojis: [Unicode.Scalar: String]
    /// The emoji table by scalar value, descriptions as UTF-8.
    let emojiBytes: [UInt32: [UInt8]]
    /// The lexicon and the rules' word lists, looked up by a word's bytes.
    let words: VaderWordTable

    /// The bundled VADER 3.3.2 lexicon and emoji table.
    public static let bundled = VaderScorer(lexiconText: BundledVaderLexicon.lexicon, emojiText: BundledVaderLexicon.emojis)

    /// A scorer with a lexicon of `token<TAB>valence[<TAB>...]` lines and an emoji table of
    /// `emoji<TAB>words` lines (malformed lines are skipped; use `SentimentLexicon` to load a
    /// user's file with errors reported).
    public init(lexiconText: String, emojiText: String = "") {
        var lexicon: [String: Double] = [:]
        for line in lexiconText.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let fields = line.trimmingCharacters(in: .whitespaces).split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, let value = Double(fields[1]) else { continue }
            lexicon[String(fields[0])] = value
        }
        var emojis: [Unicode.Scalar: String] = [:]
        for line in emojiText.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, fields[0].unicodeScalars.count == 1, let emoji = fields[0].unicodeScalars.first else { continue }
            emojis[emoji] = String(fields[1])
        }
        self.init(lexicon: lexicon, emojis: emojis)
    }

    public init(lexicon: [String: Double], emojis: [Unicode.Scalar: String] = [:]) {
        self.lexicon = lexicon
        self.emojis = emojis
        emojiBytes = Dictionary(uniqueKeysWithValues: emojis.map { ($0.key.value, Array($0.value.utf8)) })
        words = VaderWordTable(lexicon: lexicon, boosters: Self.boosters, negations: Self.negations, specialCases: Self.specialCases)
    }

    // MARK: - Word lists of the original

    static let negations: Set<String> = [
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't", "can't", "couldn't",
        "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither", "don't",
        "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope", "nor",
        "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't",
        "shouldn't", "uh-uh", "wasn't", "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom",
        "despite",
    ]

    static let boosters: [String: Double] = {
        var d: [String: Double] = [:]
        for w in ["absolutely", "amazingly", "awfully", "completely", "considerable", "considerably", "decidedly", "deeply",
                  "effing", "enormous", "enormously", "entirely", "especially", "exceptional", "exceptionally", "extreme",
                  "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking", "fricking", "frickin", "frigging",
                  "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely",
                  "incredible", "incredibly", "intensely", "major", "majorly", "more", "most", "particularly", "purely",
                  "quite", "really", "remarkably", "so", "substantially", "thoroughly", "total", "totally", "tremendous",
                  "tremendously", "uber", "unbelievably", "unusually", "utter", "utterly", "very"] { d[w] = boosterIncrement }
        for w in ["almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of", "less", "little",
                  "marginal", "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely", "slight", "slightly",
                  "somewhat", "sort of", "sorta", "sortof", "sort-of"] { d[w] = boosterDecrement }
        return d
    }()

    /// The idioms of vaderSentiment 3.3.2 as released (`SPECIAL_CASES`; later versions on
    /// GitHub add "broken heart" and change "to die for" and "beating heart").
    static let specialCases: [String: Double] = [
        "the shit": 3, "the bomb": 3, "bad ass": 1.5, "badass": 1.5, "bus stop": 0.0, "yeah right": -2,
        "kiss of death": -1.5, "to die for": 3, "beating heart": 3.5,
    ]

    // MARK: - Scoring

    /// The scores of `text` (one sentence, or any text: a long text saturates at ±1).
    public func score(_ text: String) -> SentimentScores {
        var text = text
        return text.withUTF8 { score(utf8: $0) }
    }

    /// The scores of UTF-8 text.
    ///
    /// The text is read as bytes: words are ranges of it, and each word's lowercase form is
    /// looked up once in `words`, which holds every fact the rules ask of a word (its valence,
    /// booster value, negation, the rule words it may be). No `String` is made per word except
    /// to lowercase a word with letters beyond ASCII.
    public func score(utf8 text: UnsafeBufferPointer<UInt8>) -> SentimentScores {
        // Emojis become their descriptions (only scalars beyond ASCII can be emojis).
        if !emojiBytes.isEmpty, text.contains(where: { $0 >= 0x80 }) {
            var replaced: [UInt8] = []
            replaced.reserveCapacity(text.count + 16)
            var previousSpace = true
            var i = 0
            while i < text.count {
                let b = text[i]
                if b < 0x80 {
                    replaced.append(b)
                    previousSpace = b == 0x20
                    i += 1
                    continue
                }
                let (scalar, length) = UTF8Scalars.decode(text, at: i)
                if let description = emojiBytes[scalar] {
                    if !previousSpace { replaced.append(0x20) }
                    replaced.append(contentsOf: description)
                    previousSpace = false
                } else {
                    replaced.append(contentsOf: text[i..<(i + length)])
                    previousSpace = false
                }
                i += length
            }
            return replaced.withUnsafeBufferPointer { scoreWithoutEmoji($0) }
        }
        return scoreWithoutEmoji(text)
    }

    /// One word of a text as the rules see it.
    struct Word {
        /// Its lowercase form's id in `WordTable`, or -1 when the table does not hold it.
        var id: Int32
        /// `str.isupper()` of the word as written.
        var isUpper: Bool
        /// A negation word, or a word containing "n't".
        var negated: Bool
    }

    private func scoreWithoutEmoji(_ text: UnsafeBufferPointer<UInt8>) -> SentimentScores {
        // `str.strip()`, then `str.split()`, then each word's punctuation stripped.
        var start = 0, end = text.count
        while start < end, let length = Self.pythonSpaceLength(text, at: start) { start += length }
        while end > start {
            var last = end - 1
            while last > start, text[last] & 0xC0 == 0x80 { last -= 1 }
            guard Self.pythonSpaceLength(text, at: last) != nil else { break }
            end = last
        }
        var words: [Word] = []
        var lowered: [UInt8] = []
        var exclamations = 0, questions = 0
        var i = start
        var wordStart = -1
        while i <= end {
            var spaceLength = 0
            if i == end {
                spaceLength = 1
            } else {
                let b = text[i]
                if b == 0x21 { exclamations += 1 } else if b == 0x3F { questions += 1 }
                if b < 0x80 {
                    if b == 0x20 || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F) { spaceLength = 1 }
                } else if let length = Self.pythonSpaceLength(text, at: i) {
                    spaceLength = length
                }
            }
            if spaceLength > 0 {
                if wordStart >= 0 {
                    words.append(word(text, wordStart..<i, lowered: &lowered))
                    wordStart = -1
                }
                i += spaceLength
            } else {
                if wordStart < 0 { wordStart = i }
                i += 1
            }
        }
        guard !words.isEmpty else { return SentimentScores(negative: 0, neutral: 0, positive: 0, compound: 0) }
        let table = self.words
        let caps = words.reduce(0) { $0 + ($1.isUpper ? 1 : 0) }
        let capsDifferential = words.count - caps > 0 && words.count - caps < words.count
        var sentiments: [Double] = []
        sentiments.reserveCapacity(words.count)
        for i in words.indices {
            let id = words[i].id
            if table.booster(id) != 0 || (i < words.count - 1 && id == table.kind && words[i + 1].id == table.of) {
                sentiments.append(0)
                continue
            }
            sentiments.append(valence(at: i, words: words, capsDifferential: capsDifferential))
        }
        sentiments = Self.butCheck(firstBut: words.firstIndex { $0.id == table.but }, sentiments)
        return Self.scoreValence(sentiments, exclamations: exclamations, questions: questions)
    }

    /// The word at `range` of `text`: punctuation stripped from its ends unless that leaves two
    /// characters or fewer, then looked up lowercased.
    private func word(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowered: inout [UInt8]) -> Word {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, Self.isASCIIPunctuation(text[lower]) { lower += 1 }
        while upper > lower, Self.isASCIIPunctuation(text[upper - 1]) { upper -= 1 }
        if lower != range.lowerBound || upper != range.upperBound {
            var scalars = 0
            for k in lower..<upper where text[k] & 0xC0 != 0x80 { scalars += 1 }
            if scalars <= 2 { lower = range.lowerBound; upper = range.upperBound }
        }
        let bytes = UnsafeBufferPointer(rebasing: text[lower..<upper])
        var ascii = true, hasUpper = false, hasLower = false
        lowered.removeAll(keepingCapacity: true)
        for b in bytes {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x41 && b <= 0x5A { hasUpper = true; lowered.append(b | 0x20) } else {
                if b >= 0x61 && b <= 0x7A { hasLower = true }
                lowered.append(b)
            }
        }
        let table = self.words
        if ascii {
            return lowered.withUnsafeBufferPointer { lowerBytes in
                let id = table.id(of: lowerBytes)
                return Word(id: id, isUpper: hasUpper && !hasLower, negated: table.negation(id) || Self.containsNT(lowerBytes))
            }
        }
        var lowerString = String(decoding: bytes, as: UTF8.self).lowercased()
        return lowerString.withUTF8 { lowerBytes in
            let id = table.id(of: lowerBytes)
            return Word(id: id, isUpper: Self.isUpper(bytes), negated: table.negation(id) || Self.containsNT(lowerBytes))
        }
    }

    func valence(at i: Int, words: [Word], capsDifferential: Bool) -> Double {
        let table = self.words
        let item = words[i].id
        let base = table.valence(item)
        guard !base.isNaN else { return 0 }
        func id(_ k: Int) -> Int32 { words[k].id }
        var valence = base
        if item == table.no, i != words.count - 1, table.hasValence(id(i + 1)) { valence = 0 }
        if (i > 0 && id(i - 1) == table.no) || (i > 1 && id(i - 2) == table.no)
            || (i > 2 && id(i - 3) == table.no && (id(i - 1) == table.or || id(i - 1) == table.nor)) {
            valence = base * Self.negationScalar
        }
        if words[i].isUpper && capsDifferential {
            valence += valence > 0 ? Self.capsIncrement : -Self.capsIncrement
        }
        for start in 0..<3 where i > start && !table.hasValence(id(i - (start + 1))) {
            var s = scalarIncDec(words[i - (start + 1)], valence: valence, capsDifferential: capsDifferential)
            if start == 1 && s != 0 { s *= 0.95 }
            if start == 2 && s != 0 { s *= 0.9 }
            valence += s
            valence = negationCheck(valence, words, start, i)
            if start == 2 { valence = specialIdiomsCheck(valence, words, i) }
        }
        return leastCheck(valence, words, i)
    }

    func scalarIncDec(_ word: Word, valence: Double, capsDifferential: Bool) -> Double {
        var scalar = words.booster(word.id)
        guard scalar != 0 else { return 0 }
        if valence < 0 { scalar *= -1 }
        if word.isUpper && capsDifferential {
            scalar += valence > 0 ? Self.capsIncrement : -Self.capsIncrement
        }
        return scalar
    }

    func negationCheck(_ valence: Double, _ w: [Word], _ start: Int, _ i: Int) -> Double {
        let t = words
        switch start {
        case 0:
            return w[i - 1].negated ? valence * Self.negationScalar : valence
        case 1:
            if w[i - 2].id == t.never && (w[i - 1].id == t.so || w[i - 1].id == t.this) { return valence * 1.25 }
            if w[i - 2].id == t.without && w[i - 1].id == t.doubt { return valence }
            return w[i - 2].negated ? valence * Self.negationScalar : valence
        default:
            // The original's precedence: (never and (so or this)) or (so or this one word back).
            if (w[i - 3].id == t.never && (w[i - 2].id == t.so || w[i - 2].id == t.this)) || (w[i - 1].id == t.so || w[i - 1].id == t.this) {
                return valence * 1.25
            }
            if w[i - 3].id == t.without && (w[i - 2].id == t.doubt || w[i - 1].id == t.doubt) { return valence }
            return w[i - 3].negated ? valence * Self.negationScalar : valence
        }
    }

    func specialIdiomsCheck(_ valence: Double, _ w: [Word], _ i: Int) -> Double {
        let t = words
        var v = valence
        // Most words are in no idiom: skip the look-ups then.
        let near = (i - 3)...min(i + 2, w.count - 1)
        guard near.contains(where: { t.inIdiom(w[$0].id) }) else { return v }
        let w3 = w[i - 3].id, w2 = w[i - 2].id, w1 = w[i - 1].id, w0 = w[i].id
        if let value = t.specialCase(w1, w0) ?? t.specialCase(w2, w1, w0) ?? t.specialCase(w2, w1)
            ?? t.specialCase(w3, w2, w1) ?? t.specialCase(w3, w2) {
            v = value
        }
        if w.count - 1 > i, let value = t.specialCase(w0, w[i + 1].id) { v = value }
        if w.count - 1 > i + 1, let value = t.specialCase(w0, w[i + 1].id, w[i + 2].id) { v = value }
        for value in [t.boosterPhrase(w3, w2, w1), t.boosterPhrase(w3, w2), t.boosterPhrase(w2, w1)] {
            if let value { v += value }
        }
        return v
    }

    func leastCheck(_ valence: Double, _ w: [Word], _ i: Int) -> Double {
        let t = words
        if i > 1 && !t.hasValence(w[i - 1].id) && w[i - 1].id == t.least {
            if w[i - 2].id != t.at && w[i - 2].id != t.very { return valence * Self.negationScalar }
        } else if i > 0 && !t.hasValence(w[i - 1].id) && w[i - 1].id == t.least {
            return valence * Self.negationScalar
        }
        return valence
    }

    /// The original's "but" rule: before the first "but" valences are halved, after it raised by
    /// half — applied, as the original does, at the first position holding an equal value.
    ///
    /// The original finds that first position with a scan per word, which grows with the
    /// square of the sentence's length; here each value keeps a min-heap of the positions
    /// that held it (entries that no longer hold it are dropped when met), which gives the
    /// same result in O(n log n).
    static func butCheck(firstBut: Int?, _ input: [Double]) -> [Double] {
        guard let bi = firstBut else { return input }
        var sentiments = input
        var positions: [Double: PositionHeap] = [:]
        for (i, value) in sentiments.enumerated() { positions[value, default: PositionHeap()].push(i) }
        for position in sentiments.indices {
            let sentiment = sentiments[position]
            // The first position now holding `sentiment` (there is one: `position` itself).
            var heap = positions.removeValue(forKey: sentiment) ?? PositionHeap()
            while let top = heap.first, sentiments[top] != sentiment { heap.pop() }
            guard let si = heap.first else { continue }
            positions[sentiment] = heap
            let changed: Double
            if si < bi { changed = sentiment * 0.5 } else if si > bi { changed = sentiment * 1.5 } else { continue }
            sentiments[si] = changed
            if changed != sentiment { positions[changed, default: PositionHeap()].push(si) }
        }
        return sentiments
    }

    /// A binary min-heap of positions.
    struct PositionHeap {
        private var items: [Int] = []
        var first: Int? { items.first }

        mutating func push(_ value: Int) {
            items.append(value)
            var child = items.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard items[child] < items[parent] else { break }
                items.swapAt(child, parent)
                child = parent
            }
        }

        mutating func pop() {
            guard !items.isEmpty else { return }
            items.swapAt(0, items.count - 1)
            items.removeLast()
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < items.count, items[left] < items[smallest] { smallest = left }
                if right < items.count, items[right] < items[smallest] { smallest = right }
                guard smallest != parent else { return }
                items.swapAt(parent, smallest)
                parent = smallest
            }
        }
    }

    /// The scores of a text's word valences; `exclamations` and `questions` count its "!" and "?".
    static func scoreValence(_ sentiments: [Double], exclamations: Int, questions: Int) -> SentimentScores {
        guard !sentiments.isEmpty else { return SentimentScores(negative: 0, neutral: 0, positive: 0, compound: 0) }
        var sum = sentiments.reduce(0, +)
        let exclamations = min(4, exclamations)
        let emphasis = Double(exclamations) * 0.292 + (questions > 1 ? (questions <= 3 ? Double(questions) * 0.18 : 0.96) : 0)
        if sum > 0 { sum += emphasis } else if sum < 0 { sum -= emphasis }
        let compound = max(-1, min(1, sum / (sum * sum + 15).squareRoot()))
        var positive = 0.0, negative = 0.0, neutral = 0.0
        for s in sentiments {
            if s > 0 { positive += s + 1 }
            if s < 0 { negative += s - 1 }
            if s == 0 { neutral += 1 }
        }
        if positive > abs(negative) { positive += emphasis } else if positive < abs(negative) { negative -= emphasis }
        let total = positive + abs(negative) + neutral
        return SentimentScores(negative: round(abs(negative / total), 3), neutral: round(abs(neutral / total), 3),
                               positive: round(abs(positive / total), 3), compound: round(compound, 4))
    }

    /// Python's round(x, n) (round half to even on the decimal value of the double).
    static func round(_ x: Double, _ places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (x * scale).rounded(.toNearestOrEven) / scale
    }

    // MARK: - Python string semantics, on bytes

    @inline(__always)
    static func isASCIIPunctuation(_ b: UInt8) -> Bool {
        (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
    }

    /// Whether a scalar is white space to Python's `str.split()` and `str.strip()`.
    static func isPythonSpace(_ s: UInt32) -> Bool {
        switch s {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// The length in bytes of the white-space scalar at `i`, or nil when it is not one.
    @inline(__always)
    static func pythonSpaceLength(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let (scalar, length) = UTF8Scalars.decode(text, at: i)
        return isPythonSpace(scalar) ? length : nil
    }

    /// Whether lowercase bytes contain "n't".
    @inline(__always)
    static func containsNT(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3 else { return false }
        for k in 0...(bytes.count - 3) where bytes[k] == 0x6E && bytes[k + 1] == 0x27 && bytes[k + 2] == 0x74 { return true }
        return false
    }

    /// `str.isupper()`: at least one cased character, and none lowercase.
    static func isUpper(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cased = false
        var i = 0
        while i < bytes.count {
            let (value, length) = UTF8Scalars.decode(bytes, at: i)
            i += length
            guard let scalar = Unicode.Scalar(value) else { continue }
            let p = scalar.properties
            if p.isLowercase { return false }
            if p.isUppercase || p.changesWhenLowercased { cased = true }
        }
        return cased
    }
}

/// Everything VADER's rules ask of a word, found from the word's lowercase bytes: its valence
/// in the lexicon, its booster value, whether it is a negation, and which of the rule words
/// ("no", "but", "least", ...) it is. Words that are in none of these get id -1.
struct VaderWordTable: Sendable {
    private var interner = ByteInterner(minimumCapacity: 8192)
    private var valences: [Double] = []
    private var boosters: [Double] = []
    private var negations: [Bool] = []
    private var idiomWords: [Bool] = []
    /// Two or three word ids; `c` is -2 for two words (no word has that id).
    struct Phrase: Equatable {
        var a: Int32, b: Int32, c: Int32
    }
    /// Two- and three-word idioms with their valence, and booster phrases ("kind of") with
    /// theirs (each phrase once: they come from dictionaries).
    private var specialCases: [(Phrase, Double)] = []
    private var boosterPhrases: [(Phrase, Double)] = []
    private(set) var no: Int32 = -1, or: Int32 = -1, nor: Int32 = -1, never: Int32 = -1, so: Int32 = -1, this: Int32 = -1
    private(set) var without: Int32 = -1, doubt: Int32 = -1, least: Int32 = -1, at: Int32 = -1, very: Int32 = -1
    private(set) var but: Int32 = -1, kind: Int32 = -1, of: Int32 = -1

    init(lexicon: [String: Double], boosters: [String: Double], negations: Set<String>, specialCases: [String: Double]) {
        for (word, value) in lexicon {
            let id = slot(word)
            valences[Int(id)] = value
        }
        func phrase(_ text: String) -> Phrase {
            let ids = text.split(separator: " ").map { idiomSlot(String($0)) }
            return Phrase(a: ids[0], b: ids[1], c: ids.count > 2 ? ids[2] : -2)
        }
        for (word, value) in boosters {
            if word.contains(" ") { boosterPhrases.append((phrase(word), value)) } else {
                let id = slot(word)
                self.boosters[Int(id)] = value
            }
        }
        for word in negations {
            let id = slot(word)
            self.negations[Int(id)] = true
        }
        // The rules look up sequences of two or three words: a one-word entry ("badass") is never found.
        for (text, value) in specialCases where text.contains(" ") { self.specialCases.append((phrase(text), value)) }
        no = slot("no"); or = slot("or"); nor = slot("nor"); never = slot("never"); so = slot("so"); this = slot("this")
        without = slot("without"); doubt = slot("doubt"); least = slot("least"); at = slot("at"); very = slot("very")
        but = slot("but"); kind = slot("kind"); of = slot("of")
    }

    private mutating func slot(_ word: String) -> Int32 {
        let (id, inserted) = interner.insert(word)
        if inserted {
            valences.append(.nan)
            boosters.append(0)
            negations.append(false)
            idiomWords.append(false)
        }
        return id
    }

    private mutating func idiomSlot(_ word: String) -> Int32 {
        let id = slot(word)
        idiomWords[Int(id)] = true
        return id
    }

    @inline(__always) func id(of lowercase: UnsafeBufferPointer<UInt8>) -> Int32 { interner.id(of: lowercase) ?? -1 }
    /// The lexicon valence, NaN when the word is not in the lexicon.
    @inline(__always) func valence(_ id: Int32) -> Double { id < 0 ? .nan : valences[Int(id)] }
    @inline(__always) func hasValence(_ id: Int32) -> Bool { id >= 0 && !valences[Int(id)].isNaN }
    /// The booster increment (or decrement), 0 when the word is no booster.
    @inline(__always) func booster(_ id: Int32) -> Double { id < 0 ? 0 : boosters[Int(id)] }
    @inline(__always) func negation(_ id: Int32) -> Bool { id >= 0 && negations[Int(id)] }
    @inline(__always) func inIdiom(_ id: Int32) -> Bool { id >= 0 && idiomWords[Int(id)] }

    /// The value of the idiom made of exactly these words, if any.
    func specialCase(_ a: Int32, _ b: Int32, _ c: Int32 = -2) -> Double? {
        let phrase = Phrase(a: a, b: b, c: c)
        return specialCases.first { $0.0 == phrase }?.1
    }

    /// The value of the booster phrase made of exactly these words, if any.
    func boosterPhrase(_ a: Int32, _ b: Int32, _ c: Int32 = -2) -> Double? {
        let phrase = Phrase(a: a, b: b, c: c)
        return boosterPhrases.first { $0.0 == phrase }?.1
    }
}
