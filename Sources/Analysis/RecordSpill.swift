import Foundation

/// One worker's rows of an output that has a row per sentence, mention or figure, written
/// to a temporary file as the documents stream past instead of held in memory. Each record
/// is one document's rows, encoded by the analysis that wrote them; the records of the
/// workers' spills are read back in corpus order (`RecordSpill.forEach(in:)`).
///
/// Record format: the document's sequence number (little-endian Int64), the length of the
/// payload in bytes (Int64), then the payload.
public final class RecordSpill: @unchecked Sendable {
    private let file: SpillFile
    private var buffer: [UInt8] = []
    private static let flushThreshold = 4 << 20

    /// Creates an empty spill file in the system's temporary folder.
    public init() throws {
        file = try SpillFile(prefix: SpillFile.prefixes[1])
    }

    /// A finished spill read back from a snapshot.
    init(file: SpillFile) {
        self.file = file
    }

    /// The spill's file, finished.
    var finishedFile: SpillFile { file }

    /// Appends one document's rows; documents must come in increasing sequence order.
    public func append(sequence: Int, payload: [UInt8]) throws {
        RecordCoder.append(Int64(sequence), to: &buffer)
        RecordCoder.append(Int64(payload.count), to: &buffer)
        buffer.append(contentsOf: payload)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try file.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Ends writing; the spill can be read from then on.
    public func finish() throws {
        try flush()
        try file.finish()
    }

    /// Calls `body` with every record of `spills` (each finished, each in sequence order) in
    /// corpus order: the sequence number, the payload and the index in `spills` of the spill
    /// that held it.
    public static func forEach(in spills: [RecordSpill], _ body: (Int, [UInt8], Int) throws -> Void) throws {
        let cursors = try spills.map { Cursor(reader: try $0.file.reader()) }
        try SpillFile.mergeInSequence(cursors.map { cursor in { try cursor.next() } }, sequence: \.sequence) { record, index in
            try body(record.sequence, record.payload, index)
        }
    }

    /// Reads one spill back, one record at a time, in 4 MiB chunks.
    private final class Cursor {
        private let reader: FileHandle
        private var bytes: [UInt8] = []
        private var start = 0
        private var exhausted = false

        init(reader: FileHandle) {
            self.reader = reader
        }

        deinit { try? reader.close() }

        func next() throws -> (sequence: Int, payload: [UInt8])? {
            while true {
                if bytes.count - start >= 16 {
                    var offset = start
                    let sequence = Int(RecordCoder.int64(bytes, at: &offset))
                    let length = Int(RecordCoder.int64(bytes, at: &offset))
                    guard length >= 0 else { throw CocoaError(.fileReadCorruptFile) }
                    if bytes.count - offset >= length {
                        start = offset + length
                        return (sequence, Array(bytes[offset..<start]))
                    }
                }
                guard !exhausted else {
                    guard start == bytes.count else { throw CocoaError(.fileReadCorruptFile) }
                    return nil
                }
                let chunk = try reader.read(upToCount: 4 << 20) ?? Data()
                if chunk.isEmpty { exhausted = true; continue }
                bytes.removeFirst(start)
                start = 0
                bytes.append(contentsOf: chunk)
            }
        }
    }
}

/// Fixed-width little-endian numbers and length-prefixed strings in a byte buffer: the
/// encoding of spilled rows.
public enum RecordCoder {
    @inline(__always)
    public static func append(_ value: Int64, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    @inline(__always)
    public static func append(_ value: Int32, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    @inline(__always)
    public static func append(_ value: Double, to bytes: inout [UInt8]) {
        append(Int64(bitPattern: value.bitPattern), to: &bytes)
    }

    public static func append(_ text: String, to bytes: inout [UInt8]) {
        append(Int32(text.utf8.count), to: &bytes)
        bytes.append(contentsOf: text.utf8)
    }

    @inline(__always)
    public static func int64(_ bytes: [UInt8], at offset: inout Int) -> Int64 {
        var value: Int64 = 0
        for k in 0..<8 { value |= Int64(bytes[offset + k]) << (8 * k) }
        offset += 8
        return value
    }

    @inline(__always)
    public static func int32(_ bytes: [UInt8], at offset: inout Int) -> Int32 {
        var value: UInt32 = 0
        for k in 0..<4 { value |= UInt32(bytes[offset + k]) << (8 * k) }
        offset += 4
        return Int32(bitPattern: value)
    }

    @inline(__always)
    public static func double(_ bytes: [UInt8], at offset: inout Int) -> Double {
        Double(bitPattern: UInt64(bitPattern: int64(bytes, at: &offset)))
    }

    public static func string(_ bytes: [UInt8], at offset: inout Int) -> String {
        let length = Int(int32(bytes, at: &offset))
        defer { offset += length }
        return String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
    }
}
