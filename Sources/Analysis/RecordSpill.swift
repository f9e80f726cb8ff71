import Foundation

/// One worker's rows of an output that has a row per sentence, mention or figure, written
/// to a temporary file as the documents stream past instead of held in memory. Each record
/// is one document's rows, encoded by the analysis that wrote them; the records of the
/// workers' spills are read back in corpus order (`RecordSpill.forEach(in:)`).
///
/// Record format: the document's sequence number (native-endian Int64), the length of the
/// payload in bytes (Int64), then the payload.
public final class RecordSpill: @unchecked Sendable {
    private let path: String
    private var handle: FileHandle?
    private var buffer: [UInt8] = []
    private static let flushThreshold = 4 << 20

    /// The file name prefix; the process id follows, so that the files of a killed run can be
    /// told from those of a running one (`DocumentTermSpill.removeLeftovers()` removes them).
    static let filePrefix = "analyze-rows-"

    /// Creates an empty spill file in the system's temporary folder.
    public init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(Self.filePrefix)\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).bin").path
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteNoPermission)
        }
        self.handle = handle
    }

    deinit {
        try? handle?.close()
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Appends one document's rows; documents must come in increasing sequence order.
    public func append(sequence: Int, payload: [UInt8]) throws {
        RecordCoder.append(Int64(sequence), to: &buffer)
        RecordCoder.append(Int64(payload.count), to: &buffer)
        buffer.append(contentsOf: payload)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    private func flush() throws {
        guard !buffer.isEmpty, let handle else { return }
        try handle.write(contentsOf: Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    /// Ends writing; the spill can be read from then on.
    public func finish() throws {
        try flush()
        try handle?.close()
        handle = nil
    }

    /// Calls `body` with every record of `spills` (each finished, each in sequence order) in
    /// corpus order: the sequence number, the payload and the index in `spills` of the spill
    /// that held it (the spills are merged by sequence number).
    public static func forEach(in spills: [RecordSpill], _ body: (Int, [UInt8], Int) throws -> Void) throws {
        let cursors = try spills.map { try $0.makeCursor() }
        var heads = try cursors.map { try $0.next() }
        while true {
            var best: Int?
            for (i, head) in heads.enumerated() {
                if let head, best.map({ head.sequence < (heads[$0]?.sequence ?? Int.max) }) ?? true { best = i }
            }
            guard let i = best, let head = heads[i] else { return }
            try body(head.sequence, head.payload, i)
            heads[i] = try cursors[i].next()
        }
    }

    private func makeCursor() throws -> Cursor {
        guard handle == nil, let reader = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoPermission) }
        return Cursor(reader: reader)
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
