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
    static let scales: [String: Double] = ["hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1e12, "dozen": 12]
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
        ("killed", ["killed", "killing", "kill", "deaths", "death", "died", "dead", "slaughtered", "murdered", "toll"]),
        ("wounded", ["wounded", "wounding", "injured", "injuring", "hurt"]),
        ("deployed", ["deployed", "deploy", "sent", "send", "dispatched", "arrived"]),
        ("stationed", ["stationed", "based", "remain", "remained", "leaving"]),
        ("rose", ["rose", "jumped", "increased", "climbed", "spiked", "gained", "up"]),
        ("fell", ["fell", "dropped", "declined", "slid", "lost", "down"]),
        ("targeted", ["struck", "strike", "convoy", "targeted"]),
    ]

    /// Words that refer back to an earlier figure.
    static let anaphora: Set<String> = ["tally", "toll", "figure", "number", "count", "total", "estimate"]

    /// A word of the sentence.
    struct Word {
        let surface: String
        let lower: String
        let range: Range<Int>
    }

    public func figures(in doc: TokenizedDocument) -> [Figure] {
        let bytes = Array(doc.text.utf8)
        var result: [Figure] = []
        for s in doc.sentences.indices {
            var words: [Word] = []
            for i in doc.sentenceTokenStart[s]..<doc.sentenceTokenStart[s + 1] {
                let range = Int(doc.tokenStarts[i])..<Int(doc.tokenEnds[i])
                let surface = String(decoding: bytes[range], as: UTF8.self)
                words.append(Word(surface: surface, lower: surface.lowercased().replacingOccurrences(of: "\u{2019}", with: "'"), range: range))
            }
            var figures = sentenceFigures(words, bytes: bytes, sentence: s)
            // A figure with no noun of its own that refers back ("increased that tally to roughly
            // 600") continues the previous figure: what it counts and what happened.
            for k in figures.indices where figures[k].counted.isEmpty {
                let lead = words.filter { $0.range.upperBound <= figures[k].byteRange.lowerBound }.suffix(5).map(\.lower)
                guard lead.contains(where: { Self.anaphora.contains($0) }) else { continue }
                if let previous = (figures[..<k].last ?? result.last), !previous.counted.isEmpty, previous.sentence >= s - 2 {
                    figures[k].counted = previous.counted
                    figures[k].event = previous.event
                    figures[k].inherited = true
                }
            }
            result.append(contentsOf: figures)
        }
        return result
    }

    func sentenceFigures(_ words: [Word], bytes: [UInt8], sentence: Int) -> [Figure] {
        var out: [Figure] = []
        var i = 0
        while i < words.count {
            guard let (value, length, isVague, vagueRange) = number(at: i, words) else { i += 1; continue }
            let end = i + length
            // Not a figure: years, dates, times, ordinals, parts of names.
            if isExcluded(at: i, length: length, value: value, words, bytes: bytes) { i = end; continue }
            // The qualifier before it.
            var start = i
            var qualifier: FigureQualifier = isVague ? .vague : .exact
            let before = (1...3).compactMap { i - $0 >= 0 ? words[i - $0].lower : nil }
            func qualified(_ phrase: [String], _ q: FigureQualifier) -> Bool {
                guard before.count >= phrase.count, Array(before.prefix(phrase.count).reversed()) == phrase else { return false }
                if !isVague || q == .vague { qualifier = q } else { qualifier = .vague }
                start = i - phrase.count
                return true
            }
            _ = qualified(["at", "least"], .atLeast) || qualified(["more", "than"], .moreThan) || qualified(["as", "much", "as"], .atMost)
                || qualified(["as", "many", "as"], .atMost) || qualified(["up", "to"], .atMost) || qualified(["no", "more", "than"], .atMost)
                || qualified(["fewer", "than"], .lessThan) || qualified(["less", "than"], .lessThan) || qualified(["about"], .approx)
                || qualified(["roughly"], .approx) || qualified(["approximately"], .approx) || qualified(["around"], .approx)
                || qualified(["some"], .approx) || qualified(["nearly"], .approx) || qualified(["almost"], .approx)
                || qualified(["over"], .moreThan)
            if isVague { qualifier = .vague }
            let (low, high) = interval(value: value, vagueRange: vagueRange, qualifier: qualifier)
            let counted = countedNoun(after: end, words, number: words[end - 1])
            let event = findEvent(words, around: i, counted: counted)
            let range = words[start].range.lowerBound..<words[end - 1].range.upperBound
            out.append(Figure(sentence: sentence, byteRange: range, surface: String(decoding: bytes[range], as: UTF8.self),
                              value: isVague ? nil : value, low: low, high: high, qualifier: qualifier, counted: counted,
                              event: event, inherited: false))
            i = end
        }
        return out
    }

    func interval(value: Double, vagueRange: (Double, Double)?, qualifier: FigureQualifier) -> (Double, Double) {
        if let (a, b) = vagueRange { return (a, b) }
        switch qualifier {
        case .exact: return (value, value)
        case .approx: return (value * (1 - Self.approximateTolerance), value * (1 + Self.approximateTolerance))
        case .atLeast, .moreThan: return (value, .infinity)
        case .atMost, .lessThan: return (0, value)
        case .vague: return (value, value)
        }
    }

    /// A number starting at word `i`: its value, how many words it takes, whether it is vague.
    func number(at i: Int, _ w: [Word]) -> (Double, Int, Bool, (Double, Double)?)? {
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
            // "more than a week": a single unit after a qualifier.
            if Self.timeUnits.contains(next(1)), i > 0, ["than", "least"].contains(w[i - 1].lower) { return (1, 1, false, nil) }
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
        } else if let n = Self.parseWords(word) {
            value = n
        } else if word.contains("-"), let first = word.split(separator: "-").first, let n = Self.parseDigits(String(first)) ?? Self.parseWords(String(first)) {
            // "34-day", "two-car": a count joined to its noun.
            value = n
        }
        guard var v = value else { return nil }
        // "1.5 million", "two dozen", "twenty thousand".
        while let scale = Self.scales[next(length)], !w[i + length - 1].lower.contains("-") {
            v *= scale
            length += 1
        }
        return (v, length, false, nil)
    }

    static func parseDigits(_ text: String) -> Double? {
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
        if word.lower.contains(":") || next == "a.m." || next == "p.m." { return true }
        // Dates: a month before or after a day, or a number between month and year.
        if Self.months.contains(previous) || (Self.months.contains(next) && value <= 31) { return true }
        // Years: four digits from 1800 to 2100 without a separator.
        if !word.lower.contains(","), !word.lower.contains("."), value >= 1800, value <= 2100, value == value.rounded(), length == 1,
           word.lower.count == 4 { return true }
        // "one of", "one another", pronoun uses.
        if word.lower == "one" && ["of", "another", "official", "who", "that"].contains(next) { return true }
        if word.lower == "one" && length == 1 && !["killing", "killed", "a"].contains(previous) && next.isEmpty { return true }
        // A number inside a name: "Article 51", "Apollo 11" — a capitalised word right before, not a sentence start.
        if i > 0, w[i - 1].surface.first?.isUppercase == true, w[i - 1].lower != "u.s.", !Self.months.contains(previous),
           w[i - 1].surface.count > 1, word.lower.first?.isNumber == true, !["about", "some", "nearly", "around"].contains(previous) { return true }
        return false
    }

    func countedNoun(after end: Int, _ w: [Word], number: Word) -> String {
        // "34-day", "two-car": the noun is inside the token.
        if number.lower.contains("-"), let noun = number.lower.split(separator: "-").last, !noun.hasSuffix("long") {
            return String(noun)
        }
        if number.lower.hasSuffix("%") { return "percent" }
        var k = end
        if k < w.count, w[k].lower == "of" { k += 1 }
        var nouns: [String] = []
        while k < w.count, nouns.count < 3 {
            let lower = w[k].lower
            if StopwordList.english.contains(lower) && lower != "u.s." { break }
            if Self.events.contains(where: { $0.1.contains(lower) }) && !nouns.isEmpty { break }
            nouns.append(w[k].surface)
            if lower.hasSuffix("s") && lower.count > 3 && !lower.hasSuffix("ss") { break }   // a plural noun ends the phrase
            k += 1
        }
        return nouns.joined(separator: " ")
    }

    func findEvent(_ w: [Word], around i: Int, counted: String) -> String {
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
