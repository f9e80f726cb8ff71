import Foundation

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
        self.lexicon = lexicon
        self.emojis = emojis
    }

    public init(lexicon: [String: Double], emojis: [Unicode.Scalar: String] = [:]) {
        self.lexicon = lexicon
        self.emojis = emojis
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

    static let specialCases: [String: Double] = [
        "the shit": 3, "the bomb": 3, "bad ass": 1.5, "badass": 1.5, "bus stop": 0.0, "yeah right": -2,
        "kiss of death": -1.5, "to die for": 3.5, "beating heart": 3.1, "broken heart": -2.9,
    ]

    // MARK: - Scoring

    /// The scores of `text` (one sentence, or any text: a long text saturates at ±1).
    public func score(_ text: String) -> SentimentScores {
        // Emojis become their descriptions.
        var withoutEmoji = String.UnicodeScalarView()
        var previousSpace = true
        for scalar in text.unicodeScalars {
            if let description = emojis[scalar] {
                if !previousSpace { withoutEmoji.append(" ") }
                withoutEmoji.append(contentsOf: description.unicodeScalars)
                previousSpace = false
            } else {
                withoutEmoji.append(scalar)
                previousSpace = scalar == " "
            }
        }
        let cleaned = Self.pythonStrip(String(withoutEmoji))
        let words = Self.pythonSplit(cleaned).map(Self.stripPunctuationIfWord)
        let lower = words.map { $0.lowercased() }
        let capsDifferential = Self.allCapsDifferential(words)
        var sentiments: [Double] = []
        for i in words.indices {
            let item = lower[i]
            if Self.boosters[item] != nil || (i < words.count - 1 && item == "kind" && lower[i + 1] == "of") {
                sentiments.append(0)
                continue
            }
            sentiments.append(valence(at: i, words: words, lower: lower, capsDifferential: capsDifferential))
        }
        sentiments = Self.butCheck(lower, sentiments)
        return Self.scoreValence(sentiments, text: cleaned)
    }

    func valence(at i: Int, words: [String], lower: [String], capsDifferential: Bool) -> Double {
        let item = lower[i]
        guard let base = lexicon[item] else { return 0 }
        var valence = base
        if item == "no", i != words.count - 1, lexicon[lower[i + 1]] != nil { valence = 0 }
        if (i > 0 && lower[i - 1] == "no") || (i > 1 && lower[i - 2] == "no")
            || (i > 2 && lower[i - 3] == "no" && (lower[i - 1] == "or" || lower[i - 1] == "nor")) {
            valence = base * Self.negationScalar
        }
        if Self.isUpper(words[i]) && capsDifferential {
            valence += valence > 0 ? Self.capsIncrement : -Self.capsIncrement
        }
        for start in 0..<3 where i > start && lexicon[lower[i - (start + 1)]] == nil {
            var s = Self.scalarIncDec(words[i - (start + 1)], valence: valence, capsDifferential: capsDifferential)
            if start == 1 && s != 0 { s *= 0.95 }
            if start == 2 && s != 0 { s *= 0.9 }
            valence += s
            valence = Self.negationCheck(valence, lower, start, i)
            if start == 2 { valence = Self.specialIdiomsCheck(valence, lower, i) }
        }
        return Self.leastCheck(valence, lower, i, lexicon: lexicon)
    }

    static func scalarIncDec(_ word: String, valence: Double, capsDifferential: Bool) -> Double {
        guard var scalar = boosters[word.lowercased()] else { return 0 }
        if valence < 0 { scalar *= -1 }
        if isUpper(word) && capsDifferential {
            scalar += valence > 0 ? capsIncrement : -capsIncrement
        }
        return scalar
    }

    static func negated(_ word: String) -> Bool {
        negations.contains(word) || word.contains("n't")
    }

    static func negationCheck(_ valence: Double, _ w: [String], _ start: Int, _ i: Int) -> Double {
        switch start {
        case 0:
            return negated(w[i - 1]) ? valence * negationScalar : valence
        case 1:
            if w[i - 2] == "never" && (w[i - 1] == "so" || w[i - 1] == "this") { return valence * 1.25 }
            if w[i - 2] == "without" && w[i - 1] == "doubt" { return valence }
            return negated(w[i - 2]) ? valence * negationScalar : valence
        default:
            // The original's precedence: (never and (so or this)) or (so or this one word back).
            if (w[i - 3] == "never" && (w[i - 2] == "so" || w[i - 2] == "this")) || (w[i - 1] == "so" || w[i - 1] == "this") {
                return valence * 1.25
            }
            if w[i - 3] == "without" && (w[i - 2] == "doubt" || w[i - 1] == "doubt") { return valence }
            return negated(w[i - 3]) ? valence * negationScalar : valence
        }
    }

    static func specialIdiomsCheck(_ valence: Double, _ w: [String], _ i: Int) -> Double {
        var v = valence
        let oneZero = "\(w[i - 1]) \(w[i])"
        let twoOneZero = "\(w[i - 2]) \(w[i - 1]) \(w[i])"
        let twoOne = "\(w[i - 2]) \(w[i - 1])"
        let threeTwoOne = "\(w[i - 3]) \(w[i - 2]) \(w[i - 1])"
        let threeTwo = "\(w[i - 3]) \(w[i - 2])"
        for sequence in [oneZero, twoOneZero, twoOne, threeTwoOne, threeTwo] {
            if let value = specialCases[sequence] { v = value; break }
        }
        if w.count - 1 > i, let value = specialCases["\(w[i]) \(w[i + 1])"] { v = value }
        if w.count - 1 > i + 1, let value = specialCases["\(w[i]) \(w[i + 1]) \(w[i + 2])"] { v = value }
        for nGram in [threeTwoOne, threeTwo, twoOne] {
            if let value = boosters[nGram] { v += value }
        }
        return v
    }

    static func leastCheck(_ valence: Double, _ w: [String], _ i: Int, lexicon: [String: Double]) -> Double {
        if i > 1 && lexicon[w[i - 1]] == nil && w[i - 1] == "least" {
            if w[i - 2] != "at" && w[i - 2] != "very" { return valence * negationScalar }
        } else if i > 0 && lexicon[w[i - 1]] == nil && w[i - 1] == "least" {
            return valence * negationScalar
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
    static func butCheck(_ lower: [String], _ input: [Double]) -> [Double] {
        guard let bi = lower.firstIndex(of: "but") else { return input }
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

    static func scoreValence(_ sentiments: [Double], text: String) -> SentimentScores {
        guard !sentiments.isEmpty else { return SentimentScores(negative: 0, neutral: 0, positive: 0, compound: 0) }
        var sum = sentiments.reduce(0, +)
        let exclamations = min(4, text.filter { $0 == "!" }.count)
        let questions = text.filter { $0 == "?" }.count
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

    // MARK: - Python string semantics

    static let asciiPunctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    @inline(__always)
    static func isASCIIPunctuation(_ b: UInt8) -> Bool {
        (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
    }

    /// `token.strip(string.punctuation)` unless that leaves 2 characters or fewer.
    static func stripPunctuationIfWord(_ token: String) -> String {
        // Fast path: nothing to strip.
        if let first = token.utf8.first, let last = token.utf8.last, !isASCIIPunctuation(first), !isASCIIPunctuation(last) { return token }
        var scalars = Substring(token).unicodeScalars[...]
        while let first = scalars.first, asciiPunctuation.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, asciiPunctuation.contains(last) { scalars = scalars.dropLast() }
        return scalars.count <= 2 ? token : String(String.UnicodeScalarView(scalars))
    }

    static func isPythonSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// `str.split()`: runs of white space separate words.
    static func pythonSplit(_ text: String) -> [String] {
        // ASCII text: split on bytes (the common case, and much faster).
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.split(whereSeparator: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) || ($0 >= 0x1C && $0 <= 0x1F) })
                .map { String(decoding: $0, as: UTF8.self) }
        }
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isPythonSpace(scalar) {
                if !current.isEmpty { words.append(String(current)); current = String.UnicodeScalarView() }
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// `str.strip()`.
    static func pythonStrip(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first, isPythonSpace(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, isPythonSpace(last) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// `str.isupper()`: at least one cased character, and none lowercase.
    static func isUpper(_ word: String) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            var upper = false
            for b in word.utf8 {
                if b >= 0x61 && b <= 0x7A { return false }
                if b >= 0x41 && b <= 0x5A { upper = true }
            }
            return upper
        }
        var cased = false
        for scalar in word.unicodeScalars {
            let p = scalar.properties
            if p.isLowercase { return false }
            if p.isUppercase || p.changesWhenLowercased { cased = true }
        }
        return cased
    }

    static func allCapsDifferential(_ words: [String]) -> Bool {
        let caps = words.filter(isUpper).count
        let differential = words.count - caps
        return differential > 0 && differential < words.count
    }
}
