/// How many documents each group has per period of time, from the documents' `date`
/// metadata: the unit is the finest the dates allow and the span needs (a day up to a
/// month's span, a week up to half a year, a month up to three years, else a year), so
/// that there are about 40 periods at most. Nil when the dated documents fall in one period,
/// or span more than `maximumPeriods` years.
public struct CoverageOverTime: Sendable, Equatable {
    public enum Unit: String, Sendable {
        case day, week, month, year
    }

    public let unit: Unit
    /// The periods from the first to the last, empty ones included: their labels
    /// ("2020-01-03", "week of 2020-01-06", "2020-01", "2020").
    public let periods: [String]
    /// Documents per group and period (by index into `periods`), groups by name.
    public let counts: [String: [Int]]
    /// Documents without a readable date.
    public let undated: Int

    /// Periods at most (years, the coarsest unit).
    public static let maximumPeriods = 100

    public init?(_ documents: [DocumentSummary]) {
        var dates: [(group: String, date: CalendarDate)] = []
        var undated = 0
        for document in documents {
            if let text = document.metadata["date"], let date = CalendarDate(iso: text) {
                dates.append((document.group, date))
            } else {
                undated += 1
            }
        }
        guard let first = dates.map(\.date).min(), let last = dates.map(\.date).max() else { return nil }
        // Precision's raw values run from year (0) to day (2): the coarsest is the least.
        let coarsest = dates.map(\.date.precision).min { $0.rawValue < $1.rawValue } ?? .day
        let span = last.dayNumber - first.dayNumber
        let unit: Unit
        switch coarsest {
        case .day: unit = span <= 31 ? .day : span <= 182 ? .week : span <= 3 * 366 ? .month : .year
        case .month: unit = span <= 3 * 366 ? .month : .year
        case .year: unit = .year
        }
        func index(_ date: CalendarDate) -> Int {
            switch unit {
            case .day: return date.dayNumber - first.dayNumber
            case .week: return (date.dayNumber - date.weekday - (first.dayNumber - first.weekday)) / 7
            case .month: return (date.year - first.year) * 12 + date.month - first.month
            case .year: return date.year - first.year
            }
        }
        let count = index(last) + 1
        // One period, or more than `maximumPeriods` years (a placeholder date such as
        // 0001-01-01 among this year's): nothing a chart could show.
        guard count >= 2, count <= Self.maximumPeriods else { return nil }
        var periods: [String] = []
        for k in 0..<count {
            switch unit {
            case .day: periods.append(first.adding(days: k).description)
            case .week: periods.append("week of " + first.adding(days: 7 * k - first.weekday).description)
            case .month:
                let months = first.month - 1 + k
                periods.append(CalendarDate(year: first.year + months / 12, month: months % 12 + 1, precision: .month).description)
            case .year: periods.append(String(first.year + k))
            }
        }
        var counts: [String: [Int]] = [:]
        for (group, date) in dates { counts[group, default: [Int](repeating: 0, count: count)][index(date)] += 1 }
        self.unit = unit
        self.periods = periods
        self.counts = counts
        self.undated = undated
    }
}
