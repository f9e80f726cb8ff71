/// A proleptic Gregorian calendar date, precise to a year, a month or a day, as document
/// metadata gives it ("2020", "2020-01", "2020-01-03", "2020-01-03T21:40:00Z").
public struct CalendarDate: Sendable, Equatable, Comparable, CustomStringConvertible {
    public enum Precision: Int, Sendable { case year, month, day }

    public let year: Int
    public let month: Int
    public let day: Int
    public let precision: Precision

    public init(year: Int, month: Int = 1, day: Int = 1, precision: Precision = .day) {
        self.year = year
        self.month = month
        self.day = day
        self.precision = precision
    }

    /// Parses the start of an ISO 8601 date; nil when `text` does not begin with one.
    public init?(iso text: String) {
        let parts = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        var month = 1, day = 1
        var precision = Precision.year
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
            precision = .month
        }
        if parts.count >= 3 {
            guard parts[2].count == 2, let d = Int(parts[2]), d >= 1, d <= Self.daysIn(month: month, year: year) else { return nil }
            day = d
            precision = .day
        }
        self.init(year: year, month: month, day: day, precision: precision)
    }

    /// Days since 1970-01-01 (negative before), for the first day of the period.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil, restated.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of day number `n` (days since 1970-01-01).
    public init(dayNumber n: Int) {
        let z = n + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day, precision: .day)
    }

    /// 0 = Monday ... 6 = Sunday.
    public var weekday: Int {
        let n = (dayNumber + 3) % 7   // 1970-01-01 was a Thursday
        return n >= 0 ? n : n + 7
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var description: String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        switch precision {
        case .year: return y
        case .month: return "\(y)-\(m)"
        case .day: return "\(y)-\(m)-\(d)"
        }
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.dayNumber < b.dayNumber }
}
