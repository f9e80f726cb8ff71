/// The dates a run keeps (`--from`, `--to`): a document is read when its whole date lies in
/// the range (a date given to the month, `2020-01`, is all of January), and left out when it
/// lies outside, reaches past an end, or has no date. Both ends are inclusive and given in ISO
/// form to the year, month or day: `--from 2020-01` starts on 1 January, `--to 2020` ends on
/// 31 December.
public struct DateRange: Sendable, Equatable {
    /// A day as (year, month, day), which orders as dates do.
    typealias Day = (Int, Int, Int)

    let first: Day?
    let last: Day?
    /// The ends as given, for messages.
    public let from: String?
    public let to: String?

    /// Nil when an end is not an ISO date, or the range is empty.
    public init?(from: String?, to: String?) {
        var first: Day?, last: Day?
        if let from {
            guard let span = Self.span(from) else { return nil }
            first = span.first
        }
        if let to {
            guard let span = Self.span(to) else { return nil }
            last = span.last
        }
        if let first, let last, last < first { return nil }
        self.first = first
        self.last = last
        self.from = from
        self.to = to
    }

    public static func == (a: DateRange, b: DateRange) -> Bool { a.from == b.from && a.to == b.to }

    /// Whether `text` is exactly an ISO date to the year, month or day (`2020`, `2020-01`,
    /// `2020-01-15`), as `--from` and `--to` take them.
    public static func isOptionValue(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard [4, 7, 10].contains(bytes.count) else { return false }
        for (i, b) in bytes.enumerated() {
            if i == 4 || i == 7 { guard b == UInt8(ascii: "-") else { return false } } else { guard b >= 0x30 && b <= 0x39 else { return false } }
        }
        return span(text) != nil
    }

    /// Whether a document of this ISO date (as the reader writes dates) is in the range.
    public func contains(isoDate: String?) -> Bool {
        guard let isoDate, let span = Self.span(isoDate) else { return false }
        if let first, span.first < first { return false }
        if let last, span.last > last { return false }
        return true
    }

    /// The first and last day of an ISO date given to the year, month or day (a time after
    /// the date is ignored); nil when it is none.
    static func span(_ text: String) -> (first: Day, last: Day)? {
        let parts = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard let y = parts.first, y.count == 4, let year = Int(y) else { return nil }
        if parts.count == 1 { return ((year, 1, 1), (year, 12, 31)) }
        guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        let days = month == 2 ? ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28) : [4, 6, 9, 11].contains(month) ? 30 : 31
        if parts.count == 2 { return ((year, month, 1), (year, month, days)) }
        guard parts.count == 3, parts[2].count == 2, let day = Int(parts[2]), (1...days).contains(day) else { return nil }
        return ((year, month, day), (year, month, day))
    }
}
