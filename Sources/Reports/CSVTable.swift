import Foundation

/// Builds an RFC 4180 CSV table in memory-efficient chunks: UTF-8, comma-separated, CRLF
/// between records as the RFC says, a field quoted when it holds a comma, a double quote or
/// a line break, and a quote inside doubled. Numbers are written by the caller with `.` as
/// the decimal mark and no thousands separators (see `CSVNumber`).
///
/// Formula guard: a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return as a formula, whether quoted or not (`=HYPERLINK(...)` from an article
/// or its metadata). As OWASP recommends, such a cell is written with a `'` in front unless
/// it is a number (`-0.25`, `+3`, `1e-05`); spreadsheets show the `'` as the start of a text
/// cell. The table remembers where it put each `'`, so that `write(to:guardsFormulas:)`
/// can write the raw values instead (`--raw-csv`).
public struct CSVTable {
    private(set) var bytes: [UInt8] = []
    /// The offsets in `bytes` of the `'` the formula guard inserted.
    private var guardOffsets: [Int] = []
    /// Whether the next field is the first of its record.
    private var atRecordStart = true
    /// Records appended, the header included.
    public private(set) var recordCount = 0

    /// A table with `header` as its first row.
    public init(header: [String]) {
        append(header)
    }

    /// A table without a header (more rows of a table printed in parts).
    public init() {}

    /// Appends the rows of `other` (built without a header, say on another thread).
    public mutating func append(rowsOf other: CSVTable) {
        guardOffsets.append(contentsOf: other.guardOffsets.map { $0 + bytes.count })
        bytes.append(contentsOf: other.bytes)
        recordCount += other.recordCount
    }

    /// Appends one record.
    public mutating func append(_ fields: [String]) {
        for field in fields { self.field(field) }
        endRecord()
    }

    /// Appends a text field to the current record (quoted and formula-guarded as needed).
    /// A record written field by field ends with `endRecord()`; it has the same bytes as
    /// `append` of the same fields, without an array of strings per row.
    public mutating func field(_ text: String) {
        separate()
        if Self.needsFormulaGuard(text) {
            // The quote goes inside the field's own quotes, if it gets any.
            let quoted = Self.needsQuotes(text)
            guardOffsets.append(bytes.count + (quoted ? 1 : 0))
            Self.appendField("'" + text, to: &bytes)
        } else {
            Self.appendField(text, to: &bytes)
        }
    }

    /// Appends an integer field, written as `String(value)` writes it.
    public mutating func field(_ value: Int) {
        separate()
        CSVNumber.append(value, to: &bytes)
    }

    /// Appends a number with a fixed number of decimals, as `CSVNumber.fixed` writes it.
    public mutating func field(fixed value: Double, decimals: Int = 4) {
        separate()
        CSVNumber.appendFixed(value, decimals: decimals, to: &bytes)
    }

    /// Ends the record written with `field`.
    public mutating func endRecord() {
        bytes.append(UInt8(ascii: "\r"))
        bytes.append(UInt8(ascii: "\n"))
        atRecordStart = true
        recordCount += 1
    }

    @inline(__always)
    private mutating func separate() {
        if !atRecordStart { bytes.append(UInt8(ascii: ",")) }
        atRecordStart = false
    }

    static func needsQuotes(_ field: String) -> Bool {
        field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    }

    /// Whether a spreadsheet would take `field` for a formula: it starts with `=`, `+`, `-`,
    /// `@`, a tab or a carriage return, and is not a number.
    public static func needsFormulaGuard(_ field: String) -> Bool {
        guard let first = field.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), 0x09, 0x0D: return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return !isNumber(field)
        default: return false
        }
    }

    /// A decimal number as this program writes them: a sign, digits with at most one
    /// point, and an optional exponent.
    static func isNumber(_ field: String) -> Bool {
        var bytes = field.utf8[...]
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        var digits = 0
        var point = false
        while let b = bytes.first, (b >= 0x30 && b <= 0x39) || (b == UInt8(ascii: ".") && !point) {
            if b == UInt8(ascii: ".") { point = true } else { digits += 1 }
            bytes = bytes.dropFirst()
        }
        guard digits > 0 else { return false }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard !bytes.isEmpty else { return false }
            return bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        return bytes.isEmpty
    }

    static func appendField(_ field: String, to bytes: inout [UInt8]) {
        var field = field
        field.withUTF8 { utf8 in
            var quoted = false, quotes = false
            for b in utf8 {
                if b == UInt8(ascii: ",") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") { quoted = true }
                else if b == UInt8(ascii: "\"") { quoted = true; quotes = true; break }
            }
            guard quoted else {
                bytes.append(contentsOf: utf8)
                return
            }
            bytes.append(UInt8(ascii: "\""))
            if quotes {
                // Each quote doubled: the text between quotes goes in whole.
                var start = 0
                for (i, b) in utf8.enumerated() where b == UInt8(ascii: "\"") {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...i]))
                    bytes.append(b)
                    start = i + 1
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
            } else {
                bytes.append(contentsOf: utf8)
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// The table as text, formula guard included.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The table's bytes; with `guardsFormulas` false, without the formula guard's quotes.
    public func encoded(guardsFormulas: Bool = true) -> [UInt8] {
        guard !guardsFormulas, !guardOffsets.isEmpty else { return bytes }
        var raw = [UInt8]()
        raw.reserveCapacity(bytes.count - guardOffsets.count)
        var start = 0
        for offset in guardOffsets {
            raw.append(contentsOf: bytes[start..<offset])
            start = offset + 1
        }
        raw.append(contentsOf: bytes[start...])
        return raw
    }

    /// Writes the table to `path`; with `guardsFormulas` false, without the formula guard.
    public func write(to path: String, guardsFormulas: Bool = true) throws {
        try write(to: path, style: CSVStyle(guardsFormulas: guardsFormulas))
    }

    /// Writes the table (a table with its header) to `path` in `style`, and logs its rows.
    public func write(to path: String, style: CSVStyle) throws {
        // The bytes are written from the table's buffer, not copied into a `Data` first.
        guard FileManager.default.createFile(atPath: path, contents: Data(style.byteOrderMark ? CSVStyle.utf8ByteOrderMark : [])),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: encoded(guardsFormulas: style.guardsFormulas))
        } catch {
            try? handle.close()
            throw error
        }
        try handle.close()
        style.log?.record(path: path, rows: max(recordCount - 1, 0))
    }

    /// Empties the table, keeping its buffer for the next records.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        guardOffsets.removeAll(keepingCapacity: true)
        atRecordStart = true
        recordCount = 0
    }

    /// The size of the table in bytes, formula guard included.
    public var byteCount: Int { bytes.count }
}

/// Writes a CSV table to a file as its rows come, a few MiB at a time, so that a table with
/// a row per sentence or mention is never held whole. The bytes are those `CSVTable` writes.
public final class CSVFileWriter {
    private var table: CSVTable
    private var handle: FileHandle?
    private let path: String
    private let style: CSVStyle
    /// Records written, the header included.
    private var records = 0
    private static let flushThreshold = 4 << 20

    /// Creates (or empties) `path` and starts the table with `header`.
    public convenience init(path: String, header: [String], guardsFormulas: Bool = true) throws {
        try self.init(path: path, header: header, style: CSVStyle(guardsFormulas: guardsFormulas))
    }

    /// Creates (or empties) `path` and starts the table with `header`, written in `style`.
    public init(path: String, header: [String], style: CSVStyle) throws {
        let start = Data(style.byteOrderMark ? CSVStyle.utf8ByteOrderMark : [])
        guard FileManager.default.createFile(atPath: path, contents: start), let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        try handle.seekToEnd()
        self.path = path
        self.handle = handle
        self.style = style
        table = CSVTable(header: header)
    }

    deinit { try? handle?.close() }

    /// Appends one record.
    public func append(_ fields: [String]) throws {
        table.append(fields)
        if table.byteCount >= Self.flushThreshold { try flush() }
    }

    /// Field by field, for long tables (no `[String]` per record): a text field, a whole
    /// number, a number with `decimals` places (empty when nil), then `endRecord()`. The bytes
    /// are those `append` writes for the same values as text.
    public func field(_ text: String) { table.field(text) }
    public func field(_ value: Int) { table.field(value) }
    public func field(fixed value: Double?, decimals: Int = 4) {
        if let value { table.field(fixed: value, decimals: decimals) } else { table.field("") }
    }
    public func endRecord() throws {
        table.endRecord()
        if table.byteCount >= Self.flushThreshold { try flush() }
    }

    private func flush() throws {
        guard let handle else { return }
        try handle.write(contentsOf: table.encoded(guardsFormulas: style.guardsFormulas))
        records += table.recordCount
        table.removeAll()
    }

    /// Writes what is left and closes the file.
    public func close() throws {
        try flush()
        try handle?.close()
        if handle != nil { style.log?.record(path: path, rows: max(records - 1, 0)) }
        handle = nil
    }
}

/// How a run writes its CSV files: the formula guard (see `CSVTable`), the UTF-8
/// byte-order mark (`--excel`: Excel and LibreOffice then read the file as UTF-8 on a
/// double-click), and a log of the rows each file got.
public struct CSVStyle: Sendable {
    public var guardsFormulas: Bool
    public var byteOrderMark: Bool
    /// Where the rows of each file written are noted (nil: nowhere).
    public var log: CSVRowLog?

    public static let utf8ByteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public init(guardsFormulas: Bool = true, byteOrderMark: Bool = false, log: CSVRowLog? = nil) {
        self.guardsFormulas = guardsFormulas
        self.byteOrderMark = byteOrderMark
        self.log = log
    }
}

/// The data rows (header not counted) of each CSV file a run wrote, noted from any thread.
public final class CSVRowLog: @unchecked Sendable {
    private var rows: [String: Int] = [:]
    private let lock = NSLock()

    public init() {}

    func record(path: String, rows count: Int) {
        lock.lock()
        defer { lock.unlock() }
        rows[(path as NSString).lastPathComponent] = count
    }

    /// Data rows by file name.
    public var rowsByFile: [String: Int] {
        lock.lock()
        defer { lock.unlock() }
        return rows
    }
}

/// Number formatting for CSV and the report: `.` decimal mark, no thousands separators,
/// a fixed number of decimals so that the same input gives the same bytes.
public enum CSVNumber {
    /// `value` with `decimals` digits after the point (0 to 9), rounded half away from
    /// zero; empty for NaN or infinity. Written by hand: `String(format:)` costs more
    /// than the rest of a table row.
    public static func fixed(_ value: Double, decimals: Int = 4) -> String {
        var bytes: [UInt8] = []
        appendFixed(value, decimals: decimals, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `fixed(value, decimals:)`'s text to `bytes`.
    public static func appendFixed(_ value: Double, decimals: Int = 4, to bytes: inout [UInt8]) {
        guard value.isFinite else { return }
        let places = max(0, min(decimals, 9))
        var scale: Double = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else {
            bytes.append(contentsOf: String(format: "%.\(places)f", value).utf8)
            return
        }
        let units = UInt64(scaled)
        let divisor = UInt64(scale)
        if value < 0 && units > 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(units / divisor, minimumDigits: 1, to: &bytes)
        if places > 0 {
            bytes.append(UInt8(ascii: "."))
            appendDigits(units % divisor, minimumDigits: places, to: &bytes)
        }
    }

    /// Appends `String(value)`'s text to `bytes`.
    public static func append(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(UInt64(value.magnitude), minimumDigits: 1, to: &bytes)
    }

    /// The decimal digits of `value`, padded with leading zeros to `minimumDigits`.
    @inline(__always)
    static func appendDigits(_ value: UInt64, minimumDigits: Int, to bytes: inout [UInt8]) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // 24 bytes: room for 20 digits
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            var v = value
            repeat {
                buffer[23 - count] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                count += 1
            } while v > 0
            while count < minimumDigits && count < 24 {
                buffer[23 - count] = UInt8(ascii: "0")
                count += 1
            }
            bytes.append(contentsOf: buffer[(24 - count)...])
        }
    }
}
