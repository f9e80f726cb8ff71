/// The order of day, month and year in a numeric date such as `03/01/2020` (`--date-format`).
public enum DateOrder: String, Sendable, CaseIterable {
    /// Day first: `03/01/2020` is 3 January 2020 (most of the world).
    case dmy
    /// Month first: `03/01/2020` is March 1, 2020 (the United States).
    case mdy
}

/// A document's date as people write it, read into ISO 8601 (`2020-01-03`, or `2020-01`
/// when only the month is given), so that figures' times resolve and documents fall into
/// periods.
///
/// Read: ISO dates (`2020`, `2020-01`, `2020-01-03`, with or without a time: kept as written),
/// `2020/01/03`, `20200103`, numeric dates with the year last (`03/01/2020`, `3.1.2020`,
/// `03-01-2020`; day or month first by `--date-format`, or by a day above 12), and written
/// dates in English (`Jan 3, 2020`, `January 3rd 2020`, `3 January 2020`,
/// `Friday, 3 January 2020`, `Fri, 03 Jan 2020 21:40:00 GMT`, `January 2020`), a time and
/// a time zone after the date allowed.
public enum DocumentDate {
    /// Why a date was not read.
    public enum Problem: Error, Equatable, Sendable {
        /// Day and month could be either way round (both 12 or less).
        case ambiguous(dayFirst: String, monthFirst: String)
        /// Not a date in any form read.
        case unreadable
        /// A form that is read, but no such day (`31/02/2020`).
        case noSuchDay
    }

    /// The date in `text` as ISO 8601: `text` itself when it is ISO already, the empty string
    /// for an empty value.
    public static func normalise(_ text: String, order: DateOrder?) -> Result<String, Problem> {
        let trimmed = text.trimmingWhitespace
        if trimmed.isEmpty { return .success("") }
        let bytes = Array(trimmed.utf8)
        if let iso = isoForm(bytes) { return iso ? .success(trimmed) : .failure(.noSuchDay) }
        if let numeric = numericForm(bytes, order: order) { return numeric }
        return writtenForm(trimmed)
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9, bytes.allSatisfy(isDigit) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` and a time after `T` or a space: true when valid,
    /// false for no such month or day, nil when not of this form.
    static func isoForm(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 4, bytes.prefix(4).allSatisfy(isDigit) else { return nil }
        if bytes.count == 4 { return true }
        guard bytes[4] == UInt8(ascii: "-") else { return nil }
        guard bytes.count >= 7, let month = number(bytes[5..<7]) else { return nil }
        guard (1...12).contains(month) else { return false }
        if bytes.count == 7 { return true }
        guard bytes[7] == UInt8(ascii: "-"), bytes.count >= 10, let day = number(bytes[8..<10]) else { return nil }
        let year = number(bytes[0..<4])!
        guard day >= 1, day <= daysIn(month: month, year: year) else { return false }
        if bytes.count == 10 { return true }
        return bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") ? true : nil
    }

    /// Numeric dates: `2020/01/03`, `20200103`, and the year last (`03/01/2020`), each with
    /// an optional time after a space.
    static func numericForm(_ bytes: [UInt8], order: DateOrder?) -> Result<String, Problem>? {
        var end = bytes.firstIndex(where: { $0 == 0x20 || $0 == UInt8(ascii: "T") }) ?? bytes.count
        if end < bytes.count, !isTime(Array(bytes[(end + 1)...])) { return nil }
        if bytes[..<end].allSatisfy(isDigit) {
            guard end == 8 else { return nil }
            return make(year: number(bytes[0..<4])!, month: number(bytes[4..<6])!, day: number(bytes[6..<8])!)
        }
        let separator = bytes[..<end].first(where: { !isDigit($0) })!
        guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") || separator == UInt8(ascii: "-") else { return nil }
        if bytes[end - 1] == separator { end -= 1 }   // "3.1.2020." as some write it
        let parts = bytes[..<end].split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, let a = number(parts[0]), let b = number(parts[1]), let c = number(parts[2]) else { return nil }
        if parts[0].count == 4 { return make(year: a, month: b, day: c) }
        guard parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 else { return nil }
        let dayFirst = (day: a, month: b)
        let monthFirst = (day: b, month: a)
        switch order {
        case .dmy?: return make(year: c, month: dayFirst.month, day: dayFirst.day)
        case .mdy?: return make(year: c, month: monthFirst.month, day: monthFirst.day)
        case nil:
            if a == b || b > 12 { return make(year: c, month: monthFirst.month, day: monthFirst.day) }
            if a > 12 { return make(year: c, month: dayFirst.month, day: dayFirst.day) }
            return .failure(.ambiguous(dayFirst: iso(c, dayFirst.month, dayFirst.day), monthFirst: iso(c, monthFirst.month, monthFirst.day)))
        }
    }

    /// `14:05`, `14:05:00`, `2:05 pm`, with an optional zone: what may follow a date.
    static func isTime(_ bytes: [UInt8]) -> Bool {
        let words = String(decoding: bytes, as: UTF8.self).lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "," })
        guard let first = words.first, first.contains(":") else { return false }
        return words.allSatisfy(isTimeWord)
    }

    static func isTimeWord(_ word: Substring) -> Bool {
        let w = word.lowercased()
        if w.contains(":") {
            let head = w.split(separator: ".").first.map(String.init) ?? w
            let core = head.filter { $0 != "z" }
            let clock = core.split(whereSeparator: { $0 == "+" || $0 == "-" }).first.map(String.init) ?? core
            return clock.split(separator: ":").allSatisfy { !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isNumber) }
        }
        if ["am", "pm", "a.m.", "p.m.", "z", "at", "utc", "gmt"].contains(w) { return true }
        if (w.hasPrefix("+") || w.hasPrefix("-")), w.dropFirst().allSatisfy({ $0.isNumber || $0 == ":" }), w.count >= 3 { return true }
        // Time zone abbreviations: EST, CET, BST, AEDT ...
        return (2...5).contains(word.count) && word.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december"]
        for (i, name) in names.enumerated() {
            table[name] = i + 1
            table[String(name.prefix(3))] = i + 1
        }
        table["sept"] = 9
        return table
    }()

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]

    /// Written dates: a month name, a year, and a day or none, in either order.
    static func writtenForm(_ text: String) -> Result<String, Problem> {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
        var month: Int?
        var year: Int?
        var day: Int?
        var inTime = false
        for raw in words {
            var word = raw.lowercased()
            if inTime || word.contains(":") {
                inTime = true
                guard isTimeWord(raw) else { return .failure(.unreadable) }
                continue
            }
            if word.hasSuffix(".") { word.removeLast() }
            if let m = months[word], month == nil {
                month = m
                continue
            }
            if weekdays.contains(word) || word == "of" || word == "the" { continue }
            for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) && word.count > 2 && word.first!.isNumber {
                word.removeLast(2)
            }
            if let n = number(ArraySlice(Array(word.utf8))) {
                if word.count == 4, year == nil {
                    year = n
                } else if word.count <= 2, day == nil {
                    day = n
                } else {
                    return .failure(.unreadable)
                }
                continue
            }
            if year != nil, isTimeWord(raw) { inTime = true; continue }
            return .failure(.unreadable)
        }
        guard let month, let year else { return .failure(.unreadable) }
        guard let day else { return .success(String(year) + "-" + pad(month)) }
        return make(year: year, month: month, day: day)
    }

    static func make(year: Int, month: Int, day: Int) -> Result<String, Problem> {
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return .failure(.noSuchDay) }
        return .success(iso(year, month, day))
    }

    static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
        String(year) + "-" + pad(month) + "-" + pad(day)
    }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
