import Text

/// Finds the numbers a news text reports: digits with separators, number words, dozens,
/// vague amounts, percentages, durations and hyphenated counts, with their qualifiers,
/// counted nouns and events. Years, dates, times of day, ordinals and numbers inside names
/// are not figures. "About" and the like widen a number by `approximateTolerance`.
public struct FigureExtractor: Sendable {
    /// The relative tolerance of "about", "roughly", "some", "nearly" (±10%).
    public static let approximateTolerance = 0.1

    public init() {}

    static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: [String: Double] = ["hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1e12, "dozen": 12,
                                           // South Asian numbering: "Rs 220 crore", "5 lakh people".
                                           "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5]
    /// Vague amounts as ranges.
    static let vague: [String: (Double, Double)] = [
        "dozens": (24, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999), "millions": (2e6, 9.99e8), "billions": (2e9, 9.99e11),
        "scores": (40, 99), "several": (3, 9), "few": (2, 5), "decades": (20, 99), "years": (2, 9),
    ]
    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                      "oct", "nov", "dec"]
    static let timeUnits: Set<String> = ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                                         "month", "months", "year", "years", "decade", "decades", "century", "centuries"]
    static let events: [(String, [String])] = [
        ("killed", ["killed", "killing", "kill", "kills", "deaths", "death", "died", "dead", "slaughtered", "murdered", "toll"]),
        ("wounded", ["wounded", "wounding", "injured", "injuring", "injures", "hurt"]),
        ("deployed", ["deployed", "deploy", "sent", "send", "dispatched", "arrived"]),
        ("stationed", ["stationed", "based", "remain", "remained", "leaving"]),
        ("rose", ["rose", "jumped", "jumping", "rising", "soared", "surged", "increased", "climbed", "spiked", "gained", "up",
                  "rise", "rises", "increase", "increases", "jump", "gain", "gains", "growth"]),
        ("fell", ["fell", "dropped", "falling", "plunged", "tumbled", "declined", "slid", "lost", "down",
                  "fall", "falls", "drop", "drops", "decline", "declines", "decrease"]),
        ("targeted", ["struck", "strike", "convoy", "targeted"]),
    ]

    /// Words that refer back to an earlier figure.
    static let anaphora: Set<String> = ["tally", "toll", "figure", "number", "count", "total", "estimate"]

    /// A word of the sentence.
    struct Word {
        let surface: String
        let lower: String
        let range: Range<Int>
        /// Punctuation (, ; : ( ) — –) between the previous word and this one.
        let punctuationBefore: Bool
        /// A currency sign right before the word ("$2 billion"): its code, and its length in bytes.
        let currency: String?
        let currencyBytes: Int
        /// Whether a number can start here: a digit, a number word, "a", "an" (the cheap test).
        let mayStartNumber: Bool

        var isCapitalised: Bool { surface.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
    }

    /// The figures of `doc`; relative times ("this year") resolve against `date`.
    public func figures(in doc: TokenizedDocument, date: CalendarDate? = nil) -> [Figure] {
        let bytes = Array(doc.text.utf8)
        var result: [Figure] = []
        for s in doc.sentences.indices {
            guard Self.mayHoldFigure(doc, sentence: s, bytes: bytes) else { continue }
            let words = Self.words(of: doc, sentence: s, bytes: bytes)
            var figures = sentenceFigures(words, bytes: bytes, sentence: s)
            let times = figures.isEmpty ? [] : FigureAttribution.times(words, date: date)
            // A short sentence is read whole for each figure; in a long one each figure reads
            // a window of words around it, so the work per figure stays bounded.
            let hashes = figures.isEmpty ? [] : words.map(Self.contentHash)
            let sentenceContext = figures.isEmpty || words.count > Self.wholeSentenceWords ? [] : Self.contextWords(hashes[...])
            for k in figures.indices {
                let at = Self.firstWord(words, atOrAfter: figures[k].byteRange.lowerBound)
                let window = Self.window(around: at, wordCount: words.count)
                figures[k].source = FigureAttribution.source(words, near: at, within: window)
                figures[k].time = times.min { abs($0.at - at) < abs($1.at - at) }?.time
                let own = Set(figures[k].counted.lowercased().split(separator: " ").map { Self.contextHash(String($0)) })
                let context = words.count > Self.wholeSentenceWords ? Self.contextWords(hashes[window]) : sentenceContext
                figures[k].context = context.filter { !own.contains($0) }
                let near = max(0, at - Self.nearWords)..<min(words.count, at + Self.nearWords + 1)
                figures[k].near = Self.contextWords(hashes[near]).filter { !own.contains($0) }
            }
            // A figure with no noun of its own that refers back ("increased that tally to roughly
            // 600") continues the previous figure: what it counts and what happened.
            for k in figures.indices where figures[k].counted.isEmpty {
                let at = Self.firstWord(words, atOrAfter: figures[k].byteRange.lowerBound)
                let lead = words[max(0, at - 6)..<at].filter { $0.range.upperBound <= figures[k].byteRange.lowerBound }.suffix(5).map(\.lower)
                // "that tally", "the toll", "this figure": a determiner before the word that refers back.
                guard zip(lead, lead.dropFirst()).contains(where: { ["that", "the", "this", "its", "their"].contains($0.0) && Self.anaphora.contains($0.1) })
                else { continue }
                if let previous = (figures[..<k].last ?? result.last), !previous.counted.isEmpty, previous.sentence >= s - 2,
                   previous.unit == figures[k].unit {
                    figures[k].counted = previous.counted
                    figures[k].event = previous.event
                    figures[k].unit = previous.unit
                    figures[k].inherited = true
                    figures[k].context = Array(Set(figures[k].context).union(previous.context)).sorted()
                    // "the department increased that tally": a generic source continues the earlier one.
                    if figures[k].source.isEmpty || FigureAttribution.isGeneric(figures[k].source) {
                        figures[k].source = previous.source.isEmpty ? figures[k].source : previous.source
                    }
                }
            }
            // Counts whose noun the sentence gives elsewhere.
            for k in figures.indices where figures[k].counted.isEmpty && figures[k].unit == "count" {
                let at = Self.firstWord(words, atOrAfter: figures[k].byteRange.lowerBound)
                var end = at
                while end < words.count, words[end].range.lowerBound < figures[k].byteRange.upperBound { end += 1 }
                // "Avraham Dahan, 61, a father": a whole number between commas after a name is an age.
                if let value = figures[k].value, figures[k].qualifier == .exact, value >= 1, value <= Self.oldestAge, value == value.rounded(),
                   at >= 1, words[at].punctuationBefore, words[at - 1].isCapitalised, end < words.count, words[end].punctuationBefore,
                   bytes[words[at - 1].range.upperBound] == UInt8(ascii: ","), bytes[figures[k].byteRange.upperBound] == UInt8(ascii: ",") {
                    figures[k].counted = "years old"
                    figures[k].event = "age"
                    continue
                }
                // "the number of rockets fired since Sunday to 42": the noun after "number of".
                let lead = Array(words[max(0, at - Self.numberOfWords)..<at])
                if let of = lead.lastIndex(where: { $0.lower == "of" }), of >= 1, ["number", "total", "count"].contains(lead[of - 1].lower),
                   of + 1 < lead.count, Self.nounLike(lead[of + 1]) {
                    figures[k].counted = lead[of + 1].surface
                    continue
                }
                // "42 rockets ... including 34", "eight rockets, six of which were intercepted",
                // "34 ... and eight more": the noun of the figure before it in the sentence.
                let after = words[end..<min(words.count, end + 2)].map(\.lower)
                let partitive = after.first == "of" && after.count == 2 && ["them", "which", "those"].contains(after[1])
                let following = at >= 1 && ["including", "and", "while"].contains(words[at - 1].lower) || after.first == "more"
                if partitive || following, let previous = figures[..<k].last(where: { !$0.counted.isEmpty && $0.unit == "count" }) {
                    figures[k].counted = previous.counted
                    if previous.event == "age" { figures[k].event = "age" }   // "aged seven and 11"
                    figures[k].inherited = true
                }
            }
            // A death toll named before the number counts the dead: "the death toll rose to
            // 2,400", "the toll stood at 310", "the death toll from a powerful earthquake
            // climbed to 1,180": "toll" in the number's clause, up to `tollWords` words before it.
            for k in figures.indices where figures[k].counted.isEmpty && figures[k].unit == "count" {
                let at = Self.firstWord(words, atOrAfter: figures[k].byteRange.lowerBound)
                var lead = words[max(0, at - Self.tollWords)..<at].filter { $0.range.upperBound <= figures[k].byteRange.lowerBound }
                if let clause = lead.lastIndex(where: \.punctuationBefore) { lead = Array(lead[clause...]) }
                // "took a heavy toll on tourism" is no death toll.
                guard let toll = lead.lastIndex(where: { $0.lower == "toll" }), toll + 1 >= lead.count || lead[toll + 1].lower != "on" else { continue }
                figures[k].event = lead.contains(where: { ["injury", "injured", "wounded"].contains($0.lower) }) ? "wounded" : "killed"
            }
            // A death or injury toll with no noun counts people ("killing about two dozen").
            for k in figures.indices where figures[k].counted.isEmpty && ["killed", "wounded"].contains(figures[k].event) {
                figures[k].counted = "people"
            }
            result.append(contentsOf: figures)
        }
        return result
    }

    /// Words too common in news to say two sentences are about the same thing.
    static let contextStopwords: Set<String> = [
        "said", "says", "say", "told", "year", "years", "month", "months", "week", "weeks", "day", "days", "time", "times",
        "new", "also", "last", "first", "per", "cent", "percent", "mr", "mrs", "ms", "would", "could", "may", "might", "including",
        "according", "people", "number", "total", "around", "about", "some", "nearly", "almost", "least", "more", "than", "over",
        "u.s.", "us", "american", "americans", "mark", "figure", "figures", "since", "million", "billion", "thousand", "hundred",
    ]

    /// FNV-1a of a word with a plural "s" dropped.
    static func contextHash(_ word: String) -> UInt64 {
        let bytes = word.utf8
        let plural = bytes.count > 3 && bytes.last == UInt8(ascii: "s") && bytes.dropLast().last != UInt8(ascii: "s")
        return StableHash.fnv1a(bytes.dropLast(plural ? 1 : 0))
    }

    /// The sorted hashes of the sentence's content words: not stopwords, numbers, event
    /// words or words too common in news.
    /// Sentences of at most this many words are read whole for each figure's source and
    /// context; in longer ones a figure reads `windowWords` words on either side.
    static let wholeSentenceWords = 120
    static let windowWords = 60
    /// A figure's near words: this many on either side (what the number is of, who reports it).
    static let nearWords = 8
    /// The oldest age read from "Name, 61,".
    static let oldestAge = 110.0
    /// "number of" at most this many words before a number with no noun gives its noun.
    static let numberOfWords = 8

    /// A word that can be a counted noun: letters, not a stopword.
    static func nounLike(_ word: Word) -> Bool {
        word.lower.count > 2 && word.lower.allSatisfy(\.isLetter) && !StopwordList.english.contains(word.lower)
    }

    /// "toll" at most this many words before a number with no noun, in its clause, makes it a
    /// death toll.
    static let tollWords = 10

    /// The words a figure at word `at` reads.
    static func window(around at: Int, wordCount: Int) -> Range<Int> {
        wordCount <= wholeSentenceWords ? 0..<wordCount : max(0, at - windowWords)..<min(wordCount, at + windowWords + 1)
    }

    /// The index of the first word starting at or after byte `offset` (binary search; the
    /// words are in text order), or 0 when there is none.
    static func firstWord(_ words: [Word], atOrAfter offset: Int) -> Int {
        var low = 0, high = words.count
        while low < high {
            let mid = (low + high) / 2
            if words[mid].range.lowerBound >= offset { high = mid } else { low = mid + 1 }
        }
        return low == words.count ? 0 : low
    }

    /// The distinct context hashes of a run of words (`contentHash` of each), sorted.
    static func contextWords(_ hashes: ArraySlice<UInt64?>) -> [UInt64] {
        Set(hashes.compactMap { $0 }).sorted()
    }

    /// A word's `contextHash` if it is a content word: longer than two characters, starting
    /// with a letter, not a stopword, a word too common in news, a number or an event word.
    static func contentHash(_ word: Word) -> UInt64? {
        let lower = word.lower
        guard !word.mayStartNumber, lower.utf8.count > 2, lower.count > 2, let first = lower.unicodeScalars.first,
              first.properties.isAlphabetic, !StopwordList.english.contains(lower), !contextStopwords.contains(lower),
              !eventWords.contains(lower) else { return nil }
        return contextHash(lower)
    }

    /// Every word of `events`.
    static let eventWords = Set(events.flatMap(\.1))

    /// The names a document uses: hashes (FNV-1a, 32 bits) of its words that start with a
    /// capital letter A–Z inside a sentence (not its first word), lowercased, titles ("Mr")
    /// left out; the first `maximumDocumentNames` distinct ones, sorted.
    public static func documentNames(_ doc: TokenizedDocument) -> [UInt32] {
        var names = Set<UInt32>()
        var text = doc.text
        text.withUTF8 { bytes in
            for s in doc.sentences.indices where names.count < maximumDocumentNames {
                let first = doc.sentenceTokenStart[s], end = doc.sentenceTokenStart[s + 1]
                guard end - first > 1 else { continue }
                for t in (first + 1)..<end {
                    let start = Int(doc.tokenStarts[t]), stop = Int(doc.tokenEnds[t])
                    guard stop - start >= 2, bytes[start] >= 0x41, bytes[start] <= 0x5A else { continue }
                    let hash = nameHash(bytes[start..<stop].lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 })
                    guard !titleHashes.contains(hash) else { continue }
                    names.insert(hash)
                    if names.count >= maximumDocumentNames { break }
                }
            }
        }
        return names.sorted()
    }

    /// A name's hash: the low 32 bits of its lowercased bytes' `StableHash`.
    static func nameHash<S: Sequence>(_ lowercased: S) -> UInt32 where S.Element == UInt8 {
        UInt32(truncatingIfNeeded: StableHash.fnv1a(lowercased))
    }

    /// The most names kept of a document.
    public static let maximumDocumentNames = 64

    /// Titles and words capitalised inside sentences that name no one.
    static let titleHashes: Set<UInt32> = Set(["mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "the", "i"].map { nameHash($0.utf8) })

    /// The words of a sentence's text with their hashes (as `contextWords` hashes them), to
    /// name the words two figures share: the tokenizer's tokens, each as written, lowercased,
    /// as `words(of:sentence:bytes:)` reads them.
    public static func contextWordNames(_ text: String) -> [(UInt64, String)] {
        var out: [(UInt64, String)] = []
        var copy = text
        copy.withUTF8 { bytes in
            Tokenizer().forEachToken(in: bytes, range: 0..<bytes.count) { _, range in
                var lower = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased()
                if bytes[range].contains(0xE2) { lower = lower.replacingOccurrences(of: "\u{2019}", with: "'") }
                out.append((contextHash(lower), lower))
            }
        }
        return out
    }

    /// The first bytes (up to 8, lowercased) and the length of every word that can start a
    /// number: number words, scales and vague amounts.
    struct WordKey: Hashable {
        let prefix: UInt64
        let length: Int
    }

    static func wordKey(_ bytes: [UInt8], _ range: Range<Int>) -> WordKey {
        var prefix: UInt64 = 0
        for (n, i) in range.prefix(8).enumerated() {
            var b = bytes[i]
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            prefix |= UInt64(b) << (8 * UInt64(n))
        }
        return WordKey(prefix: prefix, length: range.count)
    }

    static let numberWordKeys: Set<WordKey> = {
        var words = Set(units.keys).union(scales.keys).union(vague.keys)
        words.insert("half")
        // "more than a week", "at least a year": the number is "a".
        words.formUnion(["than", "least"])
        return Set(words.map { word in
            let bytes = Array(word.utf8)
            return wordKey(bytes, 0..<bytes.count)
        })
    }()

    /// Whether sentence `s` has a word that can start a figure (a digit, or a number word
    /// before any hyphen): the cheap test that spares most sentences the full analysis.
    static func mayHoldFigure(_ doc: TokenizedDocument, sentence s: Int, bytes: [UInt8]) -> Bool {
        for t in doc.sentenceTokenStart[s]..<doc.sentenceTokenStart[s + 1] {
            let start = Int(doc.tokenStarts[t]), end = Int(doc.tokenEnds[t])
            let first = bytes[start]
            if first >= 0x30 && first <= 0x39 { return true }
            var stem = start
            while stem < end, bytes[stem] != UInt8(ascii: "-") { stem += 1 }
            if stem - start <= 9, numberWordKeys.contains(wordKey(bytes, start..<stem)) { return true }
        }
        return false
    }

    /// The words of sentence `s`, with the punctuation and currency signs around them.
    static func words(of doc: TokenizedDocument, sentence s: Int, bytes: [UInt8]) -> [Word] {
        var words: [Word] = []
        var previousEnd = doc.sentences[s].lowerBound
        for i in doc.sentenceTokenStart[s]..<doc.sentenceTokenStart[s + 1] {
            let range = Int(doc.tokenStarts[i])..<Int(doc.tokenEnds[i])
            let surface = String(decoding: bytes[range], as: UTF8.self)
            let gap = bytes[min(previousEnd, range.lowerBound)..<range.lowerBound]
            let punctuation = !words.isEmpty && gap.contains { [0x2C, 0x3B, 0x3A, 0x28, 0x29].contains($0) || $0 == 0xE2 }
            var currency: (String, Int)?
            if let last = gap.last {
                if last == UInt8(ascii: "$") { currency = ("USD", 1) }
                else if gap.count >= 3, gap.suffix(3).elementsEqual([0xE2, 0x82, 0xAC]) { currency = ("EUR", 3) }   // €
                else if gap.count >= 2, gap.suffix(2).elementsEqual([0xC2, 0xA3]) { currency = ("GBP", 2) }        // £
            }
            // Rupees written before an amount: "Rs 220 crore", "Rs 50,000", "IRs 2.2 billion" (a
            // number with a separator or a scale after it, so that "NPR 50" stays a name).
            if currency == nil, let previous = words.last, previous.range.upperBound < range.lowerBound,
               bytes[previous.range.upperBound..<range.lowerBound].allSatisfy({ $0 == 0x20 }),
               let code = Self.rupees[previous.surface], bytes[range].contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") })
                || Self.nextIsScale(doc, token: i + 1, bytes: bytes) {
                currency = (code, range.lowerBound - previous.range.lowerBound)
            }
            var lower = surface.lowercased()
            if bytes[range].contains(0xE2) { lower = lower.replacingOccurrences(of: "\u{2019}", with: "'") }
            let first = bytes[range.lowerBound]
            var stem = range.lowerBound
            while stem < range.upperBound, bytes[stem] != UInt8(ascii: "-") { stem += 1 }
            let mayStart = (first >= 0x30 && first <= 0x39) || lower == "a" || lower == "an"
                || (stem - range.lowerBound <= 9 && numberWordKeys.contains(wordKey(bytes, range.lowerBound..<stem)))
            words.append(Word(surface: surface, lower: lower,
                              range: range, punctuationBefore: punctuation, currency: currency?.0, currencyBytes: currency?.1 ?? 0,
                              mayStartNumber: mayStart))
            previousEnd = range.upperBound
        }
        return words
    }

    func sentenceFigures(_ words: [Word], bytes: [UInt8], sentence: Int) -> [Figure] {
        var out: [Figure] = []
        var i = 0
        while i < words.count {
            guard let parsed = number(at: i, words) else { i += 1; continue }
            let (length, isVague) = (parsed.1, parsed.2)
            var (value, vagueRange) = (parsed.0, parsed.3)
            var end = i + length
            // Not a figure: years, dates, times, ordinals, parts of names.
            if isExcluded(at: i, length: length, value: value, words, bytes: bytes) { i = end; continue }
            // The qualifier before it.
            var start = i
            var qualifier: FigureQualifier = isVague ? .vague : .exact
            // "more than Rs 500 crore": the qualifier comes before the rupee word.
            let sign = i > 0 && words[i].currency != nil && Self.rupees[words[i - 1].surface] != nil ? 1 : 0
            let before = (1...3).compactMap { i - sign - $0 >= 0 ? words[i - sign - $0].lower : nil }
            func qualified(_ phrase: [String], _ q: FigureQualifier) -> Bool {
                guard before.count >= phrase.count, Array(before.prefix(phrase.count).reversed()) == phrase else { return false }
                if !isVague || q == .vague { qualifier = q } else { qualifier = .vague }
                start = i - sign - phrase.count
                return true
            }
            // A range: "200 to 300", "between 200 and 300", "200-300", "1.5 to 2 million".
            var rangeLow: Double?
            if let hyphenRange = Self.hyphenRange(words[i].lower) {
                (rangeLow, value) = hyphenRange
            } else if !isVague, end + 1 < words.count,
                      words[end].lower == "to" || words[end].lower == "or" || (words[end].lower == "and" && before.first == "between"),
                      // "fell 4p to 120p", "rose 2 to 15": a change, then the level it reached.
                      !(words[end].lower == "to" && Self.changeWords.contains(before.first ?? "")),
                      !words[end].punctuationBefore, let second = number(at: end + 1, words), !second.2,
                      Self.sameUnit(words[end - 1], words[end + 1]) {
                var first = value
                if second.1 > 1, first < second.0, length == 1 {
                    // "1.5 to 2 million": the scale of the second number applies to the first.
                    let scale = second.0 / (Self.parseDigits(words[end + 1].lower) ?? Self.parseWords(words[end + 1].lower) ?? second.0)
                    first *= scale
                }
                if first < second.0 {
                    rangeLow = first
                    value = second.0
                    end += 1 + second.1
                }
            }
            if let low = rangeLow {
                qualifier = .range
                vagueRange = (low, value)
                if before.first == "between" { start = i - 1 }
            } else {
                _ = qualified(["at", "least"], .atLeast) || qualified(["more", "than"], .moreThan) || qualified(["as", "much", "as"], .atMost)
                    || qualified(["as", "many", "as"], .atMost) || qualified(["up", "to"], .atMost) || qualified(["no", "more", "than"], .atMost)
                    || qualified(["fewer", "than"], .lessThan) || qualified(["less", "than"], .lessThan) || qualified(["about"], .approx)
                    || qualified(["roughly"], .approx) || qualified(["approximately"], .approx) || qualified(["around"], .approx)
                    || qualified(["some"], .approx) || qualified(["nearly"], .approx) || qualified(["almost"], .approx)
                    || qualified(["an", "estimated"], .approx) || qualified(["estimated"], .approx)
                    || qualified(["over"], .moreThan) || qualified(["under"], .lessThan)
                if isVague { qualifier = .vague }
            }
            let (low, high) = interval(value: value, vagueRange: vagueRange, qualifier: qualifier)
            var counted = countedNoun(after: end, words, number: words[end - 1])
            if length == 1, Self.penceValue(words[i].lower) != nil, Self.parseDigits(words[i].lower) == nil, counted.isEmpty { counted = "pence" }
            // "one" with nothing counted is a pronoun ("was one from his friend").
            if words[i].lower == "one", length == 1, counted.isEmpty { i = end; continue }
            // An age: "died aged 94", "at the age of 73".
            if start > 0, words[start - 1].lower == "aged" || (start > 1 && words[start - 2].lower == "age" && words[start - 1].lower == "of"),
               counted.isEmpty {
                counted = "years old"
            }
            var event = findEvent(words, around: i, counted: counted)
            var unit = "count"
            if let currency = words[i].currency {
                unit = currency
            } else if Self.isPercentWord(words[end - 1].lower) || counted.lowercased().hasPrefix("percent") || counted.lowercased().hasPrefix("per cent") {
                unit = "percent"
                counted = "percent"
            } else if let first = counted.lowercased().split(separator: " ").first, let code = Self.currencies[String(first)] {
                unit = code
            } else if event == "duration" {
                unit = FigureNormalizer.singular(counted.lowercased().split(separator: "-").last.map(String.init) ?? counted.lowercased())
            }
            // A rate a change reached or started from ("cut rates to 3.5%", "down from 5.29%",
            // "unemployment, now 5.3%") is a level, whatever verb of change is near.
            if unit == "percent", FigureLinker.changes.contains(event), Self.isLevel(words, start: start, end: end) { event = "other" }
            // A price: "$47 a barrel", "£6 an hour", "$2 per share".
            if unit.count == 3, counted.isEmpty, end + 1 < words.count, ["a", "an", "per"].contains(words[end].lower),
               !words[end].punctuationBefore, !StopwordList.english.contains(words[end + 1].lower),
               end + 2 >= words.count || words[end + 2].lower != "ago" {
                counted = "per " + words[end + 1].surface
            }
            // What a percentage or an amount of money is of: "U.S. crude oil rose about 1.2 percent".
            if unit != "count", event != "duration", let subject = Self.subject(words, before: start) {
                counted = counted.isEmpty ? "(\(subject))" : "\(counted) (\(subject))"
            }
            // The currency sign belongs to the surface: "$1.13bn", "about £600m".
            let range = (words[start].range.lowerBound - (start == i ? words[i].currencyBytes : 0))..<words[end - 1].range.upperBound
            out.append(Figure(sentence: sentence, byteRange: range, surface: String(decoding: bytes[range], as: UTF8.self),
                              value: isVague || qualifier == .range ? nil : value, low: low, high: high, qualifier: qualifier,
                              unit: unit, counted: counted, event: event, source: "", time: nil, inherited: false))
            i = end
        }
        return out
    }

    /// Whether two numbers can be the ends of one range: "20 to 25%" and "$5 to 10bn" can,
    /// "35.4% to $593.4bn" cannot.
    static func sameUnit(_ a: Word, _ b: Word) -> Bool {
        let percentA = a.lower.hasSuffix("%"), percentB = b.lower.hasSuffix("%")
        if percentA && !percentB { return false }
        if let ca = a.currency, let cb = b.currency { return ca == cb }
        if b.currency != nil && percentA { return false }
        return !(a.currency != nil && percentB)
    }

    static let currencies: [String: String] = ["dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP"]

    /// Words right before a number that make it a level, not a change: what a change went
    /// to or from, where a rate is or stood ("to 3.5%", "from 2.9%", "at 3.9%", "was 2.6%",
    /// "now 5.3%", "a probability of 20%").
    static let levelWords: Set<String> = ["to", "from", "at", "was", "is", "were", "are", "be", "now", "currently", "remains",
                                          "remained", "stood", "stands", "charges", "charged", "of"]
    /// Nouns of a change before "of" ("a rise of 2%") and words after a number that make it a
    /// change ("2% higher").
    static let changeNouns: Set<String> = ["rise", "rises", "fall", "falls", "increase", "increases", "decline", "declines", "drop",
                                           "drops", "gain", "gains", "jump", "cut", "cuts", "reduction", "hike", "loss", "losses"]
    static let comparatives: Set<String> = ["higher", "lower", "more", "less", "up", "down", "above", "below"]

    /// Whether the number of words `start..<end` is a level by the word before it
    /// (`levelWords`), unless a comparative follows it or "of" follows a noun of change.
    static func isLevel(_ words: [Word], start: Int, end: Int) -> Bool {
        guard start > 0 else { return false }
        if end < words.count, comparatives.contains(words[end].lower) { return false }
        let before = words[start - 1].lower
        guard levelWords.contains(before) else { return false }
        if before == "of", start > 1, changeNouns.contains(words[start - 2].lower) { return false }
        return true
    }

    /// The words of a change ("rose", "fell", ...): "X to Y" after one is a change and a level.
    static let changeWords: Set<String> = Set(events.filter { ["rose", "fell"].contains($0.0) }.flatMap(\.1))

    /// Rupee abbreviations written before a number. "Rs" alone is any country's rupee (India's,
    /// Nepal's, Pakistan's, Sri Lanka's): its own unit, compared only with "Rs".
    /// Keyed by the surface as written ("RS 6" is a car, "IRS 1040" a tax form).
    static let rupees: [String: String] = ["Rs": "RS", "INR": "INR", "IRs": "INR", "NPR": "NPR", "PKR": "PKR", "LKR": "LKR"]

    /// Words that make a number written with "p" after it pence: "closed at 371p", "a 385p offer".
    static let penceCues: Set<String> = ["share", "shares", "stock", "price", "priced", "pence", "penny", "offer", "offered", "bid",
                                         "closed", "dividend"]

    /// Whether token `t` of `doc` is a scale word ("crore", "billion").
    static func nextIsScale(_ doc: TokenizedDocument, token t: Int, bytes: [UInt8]) -> Bool {
        guard t < doc.tokenIDs.count else { return false }
        let word = String(decoding: bytes[Int(doc.tokenStarts[t])..<Int(doc.tokenEnds[t])], as: UTF8.self).lowercased()
        return scales[word] != nil && word != "dozen"
    }

    /// "18.6pc", "38pc": a percentage as British papers write it.
    static func isPercentWord(_ word: String) -> Bool {
        word.hasSuffix("%") || (word.hasSuffix("pc") && parseDigits(String(word.dropLast(2))) != nil)
    }

    /// "371p": pence.
    static func penceValue(_ word: String) -> Double? {
        guard word.hasSuffix("p"), word.utf8.count >= 2 else { return nil }
        return parseDigits(String(word.dropLast()))
    }

    /// "200-300", "20-25": both sides numbers, the first smaller.
    static func hyphenRange(_ word: String) -> (Double, Double)? {
        let parts = word.split(separator: "-")
        guard parts.count == 2, let a = parseDigits(String(parts[0])), let b = parseDigits(String(parts[1])), a < b else { return nil }
        return (a, b)
    }

    /// The noun phrase right before the verb that precedes word `i` ("U.S. crude oil rose
    /// about 1.2 percent" → "U.S. crude oil"), when no punctuation separates them.
    static func subject(_ w: [Word], before i: Int) -> String? {
        var verb = i - 1
        while verb >= 0, verb >= i - 3, !events.contains(where: { $0.1.contains(w[verb].lower) }) { verb -= 1 }
        guard verb >= 1, verb >= i - 3, !w[verb].punctuationBefore else { return nil }
        var k = verb - 1
        var phrase: [String] = []
        while k >= 0, phrase.count < 4, !StopwordList.english.contains(w[k].lower) || w[k].lower == "u.s." {
            phrase.insert(w[k].surface, at: 0)
            if w[k].punctuationBefore { break }
            k -= 1
        }
        return phrase.isEmpty ? nil : phrase.joined(separator: " ")
    }

    func interval(value: Double, vagueRange: (Double, Double)?, qualifier: FigureQualifier) -> (Double, Double) {
        if let (a, b) = vagueRange { return (a, b) }
        switch qualifier {
        case .exact: return (value, value)
        case .approx: return (value * (1 - Self.approximateTolerance), value * (1 + Self.approximateTolerance))
        case .atLeast, .moreThan: return (value, .infinity)
        case .atMost, .lessThan: return (0, value)
        case .vague, .range: return (value, value)
        }
    }

    /// A number starting at word `i`: its value, how many words it takes, whether it is vague.
    func number(at i: Int, _ w: [Word]) -> (Double, Int, Bool, (Double, Double)?)? {
        guard w[i].mayStartNumber else { return nil }
        let word = w[i].lower
        func next(_ k: Int) -> String { i + k < w.count ? w[i + k].lower : "" }
        // "half a dozen", "a dozen", "a thousand", "a few hundred", "a few", "several hundred".
        if word == "half" && next(1) == "a" && next(2) == "dozen" { return (6, 3, false, nil) }
        if word == "a" || word == "an" {
            if let scale = Self.scales[next(1)] { return (scale, 2, false, nil) }
            if next(1) == "few" {
                if let scale = Self.scales[next(2)] { return (3 * scale, 3, true, (2 * scale, 5 * scale)) }
                return (3, 2, true, (2, 5))
            }
            // "more than a week": a single unit after a qualifier; "higher than a year ago" is a time.
            if Self.timeUnits.contains(next(1)), i > 0, ["than", "least"].contains(w[i - 1].lower), !["ago", "earlier"].contains(next(2)) {
                return (1, 2, false, nil)
            }
            return nil
        }
        if word == "several", let scale = Self.scales[next(1)] { return (5 * scale, 2, true, (3 * scale, 9 * scale)) }
        if let range = Self.vague[word], !["several", "few", "decades", "years", "scores"].contains(word) {
            return (range.0, 1, true, range)
        }
        // "decades-long".
        if word.hasSuffix("-long"), let range = Self.vague[String(word.dropLast(5))] { return (range.0, 1, true, range) }
        var value: Double?
        var length = 1
        if let n = Self.parseDigits(word) {
            value = n
        } else if let n = Self.parseAbbreviated(word, money: w[i].currency != nil) {
            value = n
        } else if let n = Self.parseWords(word) {
            value = n
        } else if Self.isPercentWord(word), let n = Self.parseDigits(String(word.dropLast(2))) {
            value = n   // "18.6pc"
        } else if let n = Self.penceValue(word), w.contains(where: { Self.penceCues.contains($0.lower) }) {
            value = n   // "closed at 371p"
        } else if word.utf8.contains(UInt8(ascii: "-")), let first = word.split(separator: "-").first, let n = Self.parseDigits(String(first)) ?? Self.parseWords(String(first)) {
            // "34-day", "two-car": a count joined to its noun; "$12-billion", "38,500-crore": to its scale.
            let parts = word.split(separator: "-")
            value = n * (parts.count == 2 ? Self.scales[String(parts[1])] ?? 1 : 1)
        }
        guard var v = value else { return nil }
        // "1.5 million", "two dozen", "twenty thousand".
        while let scale = Self.scales[next(length)], !w[i + length - 1].lower.utf8.contains(UInt8(ascii: "-")) {
            v *= scale
            length += 1
        }
        // A number past what a double holds (a string of a thousand digits) is not a figure.
        guard v.isFinite, v <= Self.largestValue else { return nil }
        return (v, length, false, nil)
    }

    /// The largest value read as a figure: 10^18, beyond any count, sum of money or
    /// quantity the news reports (the world's GDP is about 10^14 dollars); longer strings of
    /// digits are identifiers, not figures.
    static let largestValue = 1e18

    /// "1.13bn", "2tn"; "600m" and "45k" only after a currency sign ("£600m"), since "100m"
    /// is also a distance.
    static func parseAbbreviated(_ text: String, money: Bool) -> Double? {
        for (suffix, scale, needsMoney) in [("bn", 1e9, false), ("tn", 1e12, false), ("m", 1e6, true), ("k", 1e3, true)]
        where text.hasSuffix(suffix) && (money || !needsMoney) {
            if let n = parseDigits(String(text.dropLast(suffix.count))) { return n * scale }
        }
        return nil
    }

    static func parseDigits(_ text: String) -> Double? {
        // ASCII (nearly every number): digits, commas and periods, read on bytes.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var digits = Array(text.utf8)
            if digits.last == UInt8(ascii: "%") { digits.removeLast() }
            guard let first = digits.first, first >= 0x30, first <= 0x39,
                  digits.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }) else { return nil }
            digits.removeAll { $0 == UInt8(ascii: ",") }
            return Double(String(decoding: digits, as: UTF8.self))
        }
        var t = text
        if t.hasSuffix("%") { t.removeLast() }
        guard let first = t.first, first.isNumber, t.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." }) else { return nil }
        return Double(t.replacingOccurrences(of: ",", with: ""))
    }

    static func parseWords(_ text: String) -> Double? {
        if let v = units[text] { return v }
        let parts = text.split(separator: "-")
        if parts.count == 2, let tens = units[String(parts[0])], let ones = units[String(parts[1])], tens >= 20, ones < 10 { return tens + ones }
        return nil
    }

    func isExcluded(at i: Int, length: Int, value: Double, _ w: [Word], bytes: [UInt8]) -> Bool {
        let word = w[i]
        let previous = i > 0 ? w[i - 1].lower : ""
        let next = i + length < w.count ? w[i + length].lower : ""
        // Ordinals ("82nd", "27th", "first").
        if let last = word.lower.last, last.isLetter, word.lower.first?.isNumber == true, ["st", "nd", "rd", "th"].contains(where: { word.lower.hasSuffix($0) }) { return true }
        // Times of day: "11:45", "9 p.m.".
        if word.lower.utf8.contains(UInt8(ascii: ":")) || next == "a.m." || next == "p.m." { return true }
        // Dates: a month before or after a day, or a number between month and year.
        if Self.months.contains(previous) || (Self.months.contains(next) && value <= 31) { return true }
        // Years: four digits from 1800 to 2100 without a separator.
        if !word.lower.utf8.contains(UInt8(ascii: ",")), !word.lower.utf8.contains(UInt8(ascii: ".")), value >= 1800, value <= 2100, value == value.rounded(), length == 1,
           word.lower.count == 4 { return true }
        // "one of", "one another", pronoun uses.
        if word.lower == "one" && ["of", "another", "official", "who", "that", "which", "thing", "last", "way", "hand", "day", "side",
                                   "point", "time", "by", "after", "too"].contains(next) { return true }
        if word.lower == "one" && ["no", "any", "every", "each", "which", "this", "that", "the", "someone", "anyone"].contains(previous) { return true }
        // A position or a code, not a count: "number eight", "No. 10"; HTML entities ("&#233;"); ".22 calibre".
        if previous == "number" || previous == "no." { return true }
        let before = bytes[max(0, word.range.lowerBound - 2)..<word.range.lowerBound]
        if before.elementsEqual([UInt8(ascii: "&"), UInt8(ascii: "#")]) || before.last == UInt8(ascii: ".") { return true }
        // A capitalised number word before a capitalised word is a name ("Six Nations", "Three Kingdoms"),
        // unless that word is a nationality ("Three Americans").
        if word.lower.first?.isLetter == true, word.isCapitalised, i + length < w.count, w[i + length].isCapitalised,
           FigureNormalizer.nationalities[w[i + length].lower] == nil { return true }
        if word.lower == "one" && length == 1 && !["killing", "killed", "a"].contains(previous) && next.isEmpty { return true }
        // A number inside a name: "Article 51", "Apollo 11" — a capitalised word right before that is not a
        // function word ("The 25-year-old", "Over 2,000") or a qualifier.
        if i > 0, w[i - 1].surface.first?.isUppercase == true, w[i - 1].lower != "u.s.", !Self.months.contains(previous), word.currency == nil,
           w[i - 1].surface.count > 1, word.lower.first?.isNumber == true, !StopwordList.english.contains(previous),
           !word.punctuationBefore, FigureAttribution.weekdays[previous] == nil, !previous.hasSuffix("ly"),
           !["yesterday", "today", "tonight", "now", "then", "still", "just"].contains(previous),
           !["about", "some", "nearly", "around", "roughly", "approximately", "almost", "estimated"].contains(previous) { return true }
        // Scorelines and results: "6-4", "2-1" (a range has its smaller number first).
        let parts = word.lower.split(separator: "-")
        if parts.count == 2, let a = Self.parseDigits(String(parts[0])), let b = Self.parseDigits(String(parts[1])), a >= b { return true }
        return false
    }

    func countedNoun(after end: Int, _ w: [Word], number: Word) -> String {
        // "34-day", "two-car": the noun is inside the token.
        if number.lower.hasSuffix("-year-old") || number.lower.hasSuffix("-years-old") { return "years old" }
        if number.lower.utf8.contains(UInt8(ascii: "-")), Self.hyphenRange(number.lower) == nil, Self.parseWords(number.lower) == nil, let noun = number.lower.split(separator: "-").last, !noun.hasSuffix("long"),
           Self.scales[String(noun)] == nil {
            return String(noun)
        }
        if Self.isPercentWord(number.lower) { return "percent" }
        if end + 1 < w.count, w[end].lower == "per", w[end + 1].lower == "cent" { return "per cent" }
        if Self.timeUnits.contains(number.lower) { return number.surface }   // "more than a week"
        var k = end
        if k < w.count, w[k].lower == "of" { k += 1 }
        var nouns: [String] = []
        func isPlural(_ word: String) -> Bool { word.hasSuffix("s") && word.count > 3 && !word.hasSuffix("ss") }
        while k < w.count, nouns.count < 5 {
            let lower = w[k].lower
            if w[k].punctuationBefore { break }   // "$1.13bn (£600m)": not what is counted
            // "American and coalition service members", "Iranian or Iran-backed forces".
            if ["and", "or"].contains(lower), let last = nouns.last, !isPlural(last.lowercased()), k + 1 < w.count,
               !w[k + 1].punctuationBefore, !StopwordList.english.contains(w[k + 1].lower), self.number(at: k + 1, w) == nil {
                nouns.append(w[k].surface)
                k += 1
                continue
            }
            if StopwordList.english.contains(lower) && lower != "u.s." { break }
            if Self.events.contains(where: { $0.1.contains(lower) }) && !nouns.isEmpty {
                if ["deaths", "casualties"].contains(lower) { nouns.append(w[k].surface) }   // "American deaths"
                break
            }
            nouns.append(w[k].surface)
            if isPlural(lower) { break }   // a plural noun ends the phrase
            k += 1
        }
        return nouns.joined(separator: " ")
    }

    func findEvent(_ w: [Word], around i: Int, counted: String) -> String {
        if counted == "years old" { return "age" }
        if counted.lowercased() == "times" { return "multiplier" }   // "20 times faster"
        if Self.timeUnits.contains(counted.lowercased()) || counted.hasSuffix("day") || counted.hasSuffix("year") { return "duration" }
        let window = max(0, i - 8)..<min(w.count, i + 10)
        var best: (distance: Int, event: String)?
        for k in window {
            for (event, verbs) in Self.events where verbs.contains(w[k].lower) {
                let d = abs(k - i)
                if best == nil || d < (best?.distance ?? .max) { best = (d, event) }
            }
        }
        return best?.event ?? "other"
    }
}
