import Text

/// Who a figure is attributed to and when it holds, from the words of its sentence.
///
/// Source: the subject of the reporting verb nearest the figure ("the Pentagon officially
/// blamed", "U.S. officials said"), the words after "according to", or the subject after
/// an inverted verb ("said the ministry"). A subject is a run of capitalised words and
/// source nouns (officials, ministry, department, ...), with "the" in front when written.
///
/// Time: the time expression nearest the figure in its sentence: a year with its
/// preposition ("in 2015" → 2015, "since 2003" and "following the 2003 invasion" → since
/// 2003, "by 2015" → until 2015), a month and year, a month and day, and relative times
/// resolved against the document's date ("this year", "last year", "this month", "last
/// week", "the past week", "yesterday", "today", "on Tuesday").
enum FigureAttribution {
    static let reportingVerbs: Set<String> = [
        "said", "says", "say", "told", "reported", "reports", "report", "estimated", "estimates", "estimate", "blamed", "blames",
        "announced", "announces", "claimed", "claims", "stated", "confirmed", "confirms", "counted", "tallied", "increased",
        "raised", "revised", "lowered", "put", "puts", "cited", "recorded", "released", "published", "acknowledged", "added",
    ]

    /// Nouns that name someone who reports a figure.
    static let sourceNouns: Set<String> = [
        "officials", "official", "department", "ministry", "spokesman", "spokeswoman", "spokesperson", "military", "government",
        "agency", "police", "authorities", "witnesses", "sources", "analysts", "experts", "statement", "data", "survey", "study",
        "commission", "group", "organization", "organisation", "observatory", "monitor", "doctors", "hospital", "officers",
        "army", "command", "administration", "office", "council", "committee", "researchers", "medics", "rescuers", "company",
        "health", "defense", "defence", "interior", "state", "foreign", "war", "military's", "coalition", "u.s.",
    ]

    /// Sources that only point back to one named before ("the department", "the ministry").
    static let genericSources: Set<String> = [
        "the department", "the ministry", "the agency", "the military", "the government", "the group", "the company",
        "the organization", "the organisation", "the office", "the administration", "the army", "the command", "officials",
    ]

    static func isGeneric(_ source: String) -> Bool { genericSources.contains(source.lowercased()) }

    static func source(_ w: [FigureExtractor.Word], near i: Int) -> String {
        source(w, near: i, within: w.indices)
    }

    /// The source nearest word `i`, looking only at the words of `window`.
    static func source(_ w: [FigureExtractor.Word], near i: Int, within window: Range<Int>) -> String {
        var best: (distance: Int, source: String)?
        func consider(_ source: String, at k: Int) {
            guard !source.isEmpty else { return }
            let d = abs(k - i)
            if best == nil || d < best!.distance { best = (d, source) }
        }
        for k in window {
            if w[k].lower == "according", k + 1 < w.count, w[k + 1].lower == "to" {
                consider(phrase(w, from: k + 2), at: k)
            } else if reportingVerbs.contains(w[k].lower), k != i {
                let before = subject(w, before: k)
                consider(before.isEmpty && ["said", "says"].contains(w[k].lower) ? phrase(w, from: k + 1) : before, at: k)
            }
        }
        return best?.source ?? ""
    }

    static func qualifies(_ word: FigureExtractor.Word) -> Bool {
        if sourceNouns.contains(word.lower) { return true }
        guard word.isCapitalised, !StopwordList.english.contains(word.lower) else { return false }
        return word.lower.first?.isLetter == true
    }

    /// The subject ending right before word `k` (an adverb in "-ly" between is skipped).
    static func subject(_ w: [FigureExtractor.Word], before k: Int) -> String {
        guard !w[k].punctuationBefore else { return "" }
        var j = k - 1
        if j >= 1, w[j].lower.hasSuffix("ly"), !w[j].isCapitalised, !w[j].punctuationBefore { j -= 1 }
        var words: [String] = []
        while j >= 0, words.count < 5 {
            let word = w[j]
            if qualifies(word) {
                words.insert(word.surface, at: 0)
            } else if ["of", "and"].contains(word.lower), !words.isEmpty, j > 0, qualifies(w[j - 1]), !word.punctuationBefore {
                words.insert(word.surface, at: 0)
            } else {
                break
            }
            if word.punctuationBefore { j -= 1; break }
            j -= 1
        }
        // "Of" or "and" never starts a subject.
        while let first = words.first, ["of", "and"].contains(first.lowercased()) { words.removeFirst() }
        guard !words.isEmpty else { return "" }
        if j >= 0, w[j].lower == "the", !w[j + 1].punctuationBefore { words.insert(w[j].surface.lowercased(), at: 0) }
        return words.joined(separator: " ")
    }

    /// The source phrase starting at word `k` ("the Pentagon", "U.S. officials", "the
    /// Ministry of Health").
    static func phrase(_ w: [FigureExtractor.Word], from k: Int) -> String {
        var j = k
        var words: [String] = []
        if j < w.count, w[j].lower == "the" { words.append("the"); j += 1 }
        let start = words.count
        while j < w.count, words.count - start < 5, j == k || !w[j].punctuationBefore {
            if qualifies(w[j]) {
                words.append(w[j].surface)
            } else if ["of", "and"].contains(w[j].lower), words.count > start, j + 1 < w.count, qualifies(w[j + 1]) {
                words.append(w[j].surface)
            } else {
                break
            }
            j += 1
        }
        return words.count > start ? words.joined(separator: " ") : ""
    }

    // MARK: Time

    static let monthNumbers: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9,
        "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    static let weekdays: [String: Int] = ["monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6]

    static func year(_ word: String) -> Int? {
        guard word.count == 4, word.allSatisfy(\.isNumber), let y = Int(word), (1800...2100).contains(y) else { return nil }
        return y
    }

    static func surface(_ w: [FigureExtractor.Word], _ range: ClosedRange<Int>) -> String {
        w[range].map(\.surface).joined(separator: " ")
    }

    /// All time expressions of the sentence, each with the word it sits at.
    static func times(_ w: [FigureExtractor.Word], date: CalendarDate?) -> [(at: Int, time: FigureTime)] {
        var found: [(Int, FigureTime)] = []
        let documentDay = date.map { $0.precision == .day ? $0.dayNumber : nil } ?? nil
        var k = 0
        while k < w.count {
            let lower = w[k].lower
            let previous = k > 0 ? w[k - 1].lower : ""
            // Month [day] [year]: "January 2020", "Jan. 3", "January 3, 2020".
            if let month = monthNumbers[lower], lower != "may" || w[k].isCapitalised, !(lower == "mar" || lower == "dec") || w[k].isCapitalised {
                var end = k
                var day: Int?
                var year: Int?
                if k + 1 < w.count, let d = Int(w[k + 1].lower), (1...31).contains(d) { day = d; end = k + 1 }
                if end + 1 < w.count, let y = self.year(w[end + 1].lower) { year = y; end += 1 }
                var start = k
                // "15 March 2004": the day before the month.
                if day == nil, k > 0, let d = Int(w[k - 1].lower), (1...31).contains(d) { day = d; start = k - 1 }
                if day != nil || year != nil {
                    let y = year ?? date?.year
                    let resolved: String
                    var reference: Int?
                    if let y {
                        let value = CalendarDate(year: y, month: month, day: day ?? 1, precision: day == nil ? .month : .day)
                        resolved = value.description
                        reference = value.dayNumber
                    } else {
                        resolved = ""
                    }
                    found.append((k, FigureTime(expression: surface(w, start...end), resolved: resolved, referenceDay: reference)))
                    k = end + 1
                    continue
                }
            }
            if let y = year(lower) {
                // The preposition before the year, over "the": "in 2015", "following the 2003 invasion".
                var p = k - 1
                if p >= 0, w[p].lower == "the" { p -= 1 }
                let preposition = p >= 0 ? w[p].lower : ""
                let start = p >= 0 && ["in", "since", "following", "after", "by", "until", "through", "during", "of", "for", "before"].contains(preposition) ? p : k
                var end = k
                // "the 2003 U.S. invasion": the noun the year modifies belongs to the expression.
                if start < k, w[k - 1].lower == "the" {
                    while end + 1 < w.count, end < k + 3, !w[end + 1].punctuationBefore, !StopwordList.english.contains(w[end + 1].lower) || w[end + 1].lower == "u.s." {
                        end += 1
                        if !w[end].isCapitalised { break }
                    }
                }
                let time: FigureTime
                switch preposition {
                case "since", "following", "after":
                    time = FigureTime(expression: surface(w, start...end), resolved: "since \(y)", referenceDay: documentDay ?? date?.dayNumber)
                case "by", "until", "through", "before":
                    time = FigureTime(expression: surface(w, start...end), resolved: "until \(y)", referenceDay: CalendarDate(year: y).dayNumber)
                default:
                    time = FigureTime(expression: surface(w, start...end), resolved: String(y), referenceDay: CalendarDate(year: y).dayNumber)
                }
                found.append((k, time))
                k = end + 1
                continue
            }
            if ["this", "last", "past", "next"].contains(lower), k + 1 < w.count,
               ["year", "month", "week"].contains(w[k + 1].lower) {
                let start = lower == "past" && previous == "the" ? k - 1 : k
                let expression = surface(w, start...(k + 1))
                found.append((k, relative(lower, w[k + 1].lower, expression: expression, date: date)))
                k += 2
                continue
            }
            if ["yesterday", "today", "tonight"].contains(lower) {
                var resolved = ""
                var reference: Int?
                if let date, date.precision == .day {
                    let day = date.adding(days: lower == "yesterday" ? -1 : 0)
                    resolved = day.description
                    reference = day.dayNumber
                }
                found.append((k, FigureTime(expression: w[k].surface, resolved: resolved, referenceDay: reference)))
            }
            if let weekday = weekdays[lower], w[k].isCapitalised, ["on", "last", "since", "until", "by"].contains(previous) {
                var resolved = ""
                var reference: Int?
                if let date, date.precision == .day {
                    // The latest such weekday on or before the document's date.
                    let back = (date.weekday - weekday + 7) % 7
                    let day = date.adding(days: -(previous == "last" && back == 0 ? 7 : back))
                    resolved = day.description
                    reference = day.dayNumber
                }
                found.append((k, FigureTime(expression: surface(w, (k - 1)...k), resolved: resolved, referenceDay: reference)))
            }
            k += 1
        }
        return found
    }

    static func relative(_ which: String, _ unit: String, expression: String, date: CalendarDate?) -> FigureTime {
        guard let date else { return FigureTime(expression: expression, resolved: "", referenceDay: nil) }
        let offset = which == "last" ? -1 : which == "next" ? 1 : 0
        switch unit {
        case "year":
            if which == "past" {
                guard date.precision == .day else { break }
                let from = date.adding(days: -365)
                return FigureTime(expression: expression, resolved: "\(from.adding(days: 1))/\(date)", referenceDay: from.dayNumber + 1)
            }
            let y = CalendarDate(year: date.year + offset, precision: .year)
            return FigureTime(expression: expression, resolved: y.description, referenceDay: y.dayNumber)
        case "month":
            guard date.precision != .year else { break }
            if which == "past" {
                guard date.precision == .day else { break }
                let from = date.adding(days: -30)
                return FigureTime(expression: expression, resolved: "\(from.adding(days: 1))/\(date)", referenceDay: from.dayNumber + 1)
            }
            var month = date.month + offset, year = date.year
            if month < 1 { month += 12; year -= 1 }
            if month > 12 { month -= 12; year += 1 }
            let m = CalendarDate(year: year, month: month, precision: .month)
            return FigureTime(expression: expression, resolved: m.description, referenceDay: m.dayNumber)
        default:   // week
            guard date.precision == .day else { break }
            if which == "past" {
                let from = date.adding(days: -6)
                return FigureTime(expression: expression, resolved: "\(from)/\(date)", referenceDay: from.dayNumber)
            }
            let monday = date.adding(days: -date.weekday + 7 * offset)
            return FigureTime(expression: expression, resolved: "\(monday)/\(monday.adding(days: 6))", referenceDay: monday.dayNumber)
        }
        return FigureTime(expression: expression, resolved: "", referenceDay: nil)
    }

}
