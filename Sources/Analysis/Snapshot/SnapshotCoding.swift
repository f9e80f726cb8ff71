import Foundation

/// Writes the values of a snapshot section: integers as zigzag LEB128 varints (one byte for
/// -64...63), doubles as their 8 little-endian bytes, strings as a byte count and their UTF-8
/// bytes, arrays as a count and their elements.
struct SnapshotWriter {
    var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        var zigzag = UInt64(bitPattern: Int64(value << 1) ^ Int64(value >> 63))
        while zigzag >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: zigzag) | 0x80)
            zigzag >>= 7
        }
        bytes.append(UInt8(zigzag))
    }
    mutating func int32(_ value: Int32) { int(Int(value)) }
    /// A fixed-width 8-byte number (the file's framing).
    mutating func fixed(_ value: Int) { RecordCoder.append(Int64(value), to: &bytes) }
    mutating func uint32(_ value: UInt32) { RecordCoder.append(Int32(bitPattern: value), to: &bytes) }
    mutating func uint64(_ value: UInt64) { RecordCoder.append(Int64(bitPattern: value), to: &bytes) }
    mutating func double(_ value: Double) { RecordCoder.append(value, to: &bytes) }
    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ text: String) {
        int(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func optional<T>(_ value: T?, _ body: (inout SnapshotWriter, T) -> Void) {
        bool(value != nil)
        if let value { body(&self, value) }
    }

    mutating func array<T>(_ values: [T], _ body: (inout SnapshotWriter, T) -> Void) {
        int(values.count)
        for value in values { body(&self, value) }
    }

    mutating func strings(_ values: [String]) { array(values) { $0.string($1) } }
    mutating func ints(_ values: [Int]) { array(values) { $0.int($1) } }

    /// A dictionary with string keys, in the keys' order (so that equal tables give equal bytes).
    mutating func dictionary<T>(_ values: [String: T], _ body: (inout SnapshotWriter, T) -> Void) {
        int(values.count)
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            string(key)
            body(&self, value)
        }
    }
}

/// Reads what `SnapshotWriter` wrote, checking every length against the bytes left, so that a
/// damaged file is an error and never a crash.
struct SnapshotReader {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var atEnd: Bool { offset == bytes.count }

    private mutating func need(_ count: Int) throws {
        guard count >= 0, bytes.count - offset >= count else { throw SnapshotError.damaged("a value runs past the end of its section") }
    }

    mutating func int() throws -> Int {
        var zigzag: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            try need(1)
            let byte = bytes[offset]
            offset += 1
            guard shift < 64 else { throw SnapshotError.damaged("a number is longer than 64 bits") }
            zigzag |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
    }

    mutating func int32() throws -> Int32 {
        let value = try int()
        guard let narrow = Int32(exactly: value) else { throw SnapshotError.damaged("a 32-bit number is out of range") }
        return narrow
    }

    mutating func uint32() throws -> UInt32 {
        try need(4)
        return UInt32(bitPattern: RecordCoder.int32(bytes, at: &offset))
    }
    mutating func uint64() throws -> UInt64 {
        try need(8)
        return UInt64(bitPattern: RecordCoder.int64(bytes, at: &offset))
    }

    mutating func double() throws -> Double {
        try need(8)
        return RecordCoder.double(bytes, at: &offset)
    }

    mutating func bool() throws -> Bool {
        try need(1)
        defer { offset += 1 }
        switch bytes[offset] {
        case 0: return false
        case 1: return true
        default: throw SnapshotError.damaged("a flag is neither 0 nor 1")
        }
    }

    /// A count of elements that each take at least `minimumSize` bytes.
    mutating func count(minimumSize: Int = 1) throws -> Int {
        let value = try int()
        guard value >= 0, value <= (bytes.count - offset) / max(1, minimumSize) else { throw SnapshotError.damaged("a count exceeds the bytes left") }
        return value
    }

    mutating func string() throws -> String {
        let length = try count()
        defer { offset += length }
        return String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
    }

    mutating func optional<T>(_ body: (inout SnapshotReader) throws -> T) throws -> T? {
        try bool() ? try body(&self) : nil
    }

    mutating func array<T>(minimumSize: Int = 1, _ body: (inout SnapshotReader) throws -> T) throws -> [T] {
        let n = try count(minimumSize: minimumSize)
        var values: [T] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try body(&self)) }
        return values
    }

    mutating func strings() throws -> [String] { try array { try $0.string() } }
    mutating func ints() throws -> [Int] { try array { try $0.int() } }

    mutating func dictionary<T>(_ body: (inout SnapshotReader) throws -> T) throws -> [String: T] {
        let n = try count()
        var values: [String: T] = [:]
        values.reserveCapacity(n)
        for _ in 0..<n {
            let key = try string()
            values[key] = try body(&self)
        }
        return values
    }

    /// A raw value of an enumeration.
    mutating func value<T: RawRepresentable>(_ type: T.Type) throws -> T where T.RawValue == String {
        let raw = try string()
        guard let value = T(rawValue: raw) else { throw SnapshotError.damaged("unknown value '\(raw)' of \(T.self)") }
        return value
    }
}

/// A snapshot that cannot be used, with what to do.
public enum SnapshotError: Error, Equatable, CustomStringConvertible {
    /// Not a snapshot at all, or one of a later format.
    case notSnapshot(path: String, problem: String)
    /// Damaged bytes (cut short, changed).
    case damaged(String)
    /// The snapshots cannot be merged.
    case mismatch(String)

    public var description: String {
        switch self {
        case .notSnapshot(let path, let problem): return "\(path): \(problem)"
        case .damaged(let problem): return "snapshot damaged: \(problem); write it again with analyze partial"
        case .mismatch(let problem): return problem
        }
    }
}
