import Foundation

/// Builds an RFC 4180 CSV table in memory-efficient chunks: UTF-8, comma-separated, CRLF
/// between records as the RFC says, a field quoted when it holds a comma, a double quote or
/// a line break, and a quote inside doubled. Numbers are written by the caller with `.` as
/// the decimal mark and no thousands separators (see `CSVNumber`).
public struct CSVTable {
    private(set) var bytes: [UInt8] = []

    /// A table with `header` as its first row.
    public init(header: [String]) {
        append(header)
    }

    /// Appends one record.
    public mutating func append(_ fields: [String]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            Self.appendField(field, to: &bytes)
        }
        bytes.append(UInt8(ascii: "\r"))
        bytes.append(UInt8(ascii: "\n"))
    }

    static func appendField(_ field: String, to bytes: inout [UInt8]) {
        let needsQuotes = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        guard needsQuotes else {
            bytes.append(contentsOf: field.utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for b in field.utf8 {
            if b == UInt8(ascii: "\"") { bytes.append(b) }
            bytes.append(b)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The table as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Writes the table to `path`.
    public func write(to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}

/// Number formatting for CSV and the report: `.` decimal mark, no thousands separators,
/// a fixed number of decimals so that the same input gives the same bytes.
public enum CSVNumber {
    /// `value` with `decimals` digits after the point (0 to 9), rounded half away from
    /// zero; empty for NaN or infinity. Written by hand: `String(format:)` costs more
    /// than the rest of a table row.
    public static func fixed(_ value: Double, decimals: Int = 4) -> String {
        guard value.isFinite else { return "" }
        let places = max(0, min(decimals, 9))
        var scale: Double = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(format: "%.\(places)f", value) }
        let units = UInt64(scaled)
        let divisor = UInt64(scale)
        let whole = units / divisor
        var text = (value < 0 && units > 0 ? "-" : "") + String(whole)
        if places > 0 {
            let fraction = String(units % divisor)
            text += "." + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return text
    }
}
