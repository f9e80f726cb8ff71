import Foundation

/// One worker's per-document term counts, written to a temporary file as the documents
/// stream past, so that tf-idf and document-level resampling can read them back after the
/// corpus-wide document frequencies are known, without holding the corpus in memory.
///
/// Record format (native-endian Int32): document sequence number, number of terms n, then
/// n pairs of (worker-local term id, count).
public final class DocumentTermSpill: @unchecked Sendable {
    /// The worker vocabulary's term strings, by local id (filled when the run ends).
    public internal(set) var terms: [String] = []
    private let path: String
    private var handle: FileHandle?
    private var buffer: [Int32] = []
    private static let flushThreshold = 1 << 20

    /// The file name prefix; the process id follows, so that the files of a killed run can be
    /// told from those of a running one.
    static let filePrefix = "analyze-terms-"

    /// Removes spill files (these and `RecordSpill`s) that runs killed before their end left
    /// in the temporary folder (those whose process is gone).
    public static func removeLeftovers() {
        let folder = FileManager.default.temporaryDirectory.path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasSuffix(".bin") {
            guard let prefix = [filePrefix, RecordSpill.filePrefix].first(where: { name.hasPrefix($0) }),
                  let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(atPath: folder + "/" + name)
            }
        }
    }

    /// Creates an empty spill file in the system's temporary folder.
    init() throws {
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

    /// Appends one document's distinct terms and their counts.
    func append(sequence: Int, ids: [Int32], counts: [Int32]) throws {
        buffer.append(Int32(truncatingIfNeeded: sequence))
        buffer.append(Int32(ids.count))
        for i in ids.indices {
            buffer.append(ids[i])
            buffer.append(counts[i])
        }
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    private func flush() throws {
        guard !buffer.isEmpty, let handle else { return }
        try buffer.withUnsafeBytes { try handle.write(contentsOf: Data($0)) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Ends writing.
    func finish() throws {
        try flush()
        try handle?.close()
        handle = nil
    }

    /// A reader of the documents in the order written.
    func makeCursor() throws -> Cursor {
        guard let reader = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoPermission) }
        return Cursor(reader: reader)
    }

    /// Reads one spill back, one document at a time, in 4 MiB chunks.
    final class Cursor {
        private let reader: FileHandle
        private var values: [Int32] = []
        private var start = 0
        private var exhausted = false

        init(reader: FileHandle) {
            self.reader = reader
        }

        deinit { try? reader.close() }

        /// The next document's sequence number and its (local id, count) pairs, or nil at the end.
        func next() throws -> (sequence: Int, pairs: ArraySlice<Int32>)? {
            while true {
                if values.count - start >= 2 {
                    let n = Int(values[start + 1])
                    if values.count - start >= 2 + 2 * n {
                        let record = (Int(values[start]), values[(start + 2)..<(start + 2 + 2 * n)])
                        start += 2 + 2 * n
                        return record
                    }
                }
                guard !exhausted else { return nil }
                let chunk = try reader.read(upToCount: 4 << 20) ?? Data()
                if chunk.isEmpty { exhausted = true; continue }
                values.removeFirst(start)
                start = 0
                chunk.withUnsafeBytes { raw in values.append(contentsOf: raw.bindMemory(to: Int32.self)) }
            }
        }
    }
}
