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
    /// Whether each local id is a stopword, whose occurrences the spill leaves out (filled
    /// when the run ends; empty for a spill read from a snapshot).
    public internal(set) var isStopword: [Bool] = []
    private let file: SpillFile
    private var buffer: [Int32] = []
    private static let flushThreshold = 1 << 20

    /// Creates an empty spill file in the system's temporary folder.
    init() throws {
        file = try SpillFile(prefix: SpillFile.prefixes[0])
    }

    /// A finished spill read back from a snapshot.
    init(terms: [String], file: SpillFile) {
        self.terms = terms
        self.file = file
    }

    /// The spill's file, finished.
    var finishedFile: SpillFile { file }

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
        guard !buffer.isEmpty else { return }
        try file.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Ends writing.
    func finish() throws {
        try flush()
        try file.finish()
    }

    /// A reader of the documents in the order written.
    func makeCursor() throws -> Cursor {
        Cursor(reader: try file.reader())
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
