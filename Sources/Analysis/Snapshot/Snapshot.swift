import Foundation

/// What a snapshot says about itself: the program and the run's options that made it, and
/// which part of which corpus it holds.
public struct SnapshotHeader: Sendable, Equatable {
    /// The version of the file format; a later program reads earlier formats it knows.
    public static let formatVersion = 1

    /// The program that wrote it (`analyze --version`'s line).
    public var program: String
    /// The run's options as command-line arguments, without those that change nothing in the
    /// results (`--out`, `--jobs`, `--quiet`); relative paths are relative to `workingDirectory`.
    public var arguments: [String]
    /// The folder the run was started in.
    public var workingDirectory: String
    /// A digest of the files the options name (stopwords, entities, lexicons, figure review):
    /// the merge reads them again and refuses when they changed.
    public var optionFiles: UInt64 = 0
    /// The shards of the corpus the snapshot holds (1-based, ascending), out of `shardCount`.
    public var shards: [Int]
    public var shardCount: Int
    /// Documents the corpus had when the shard was read (all shards'), and a digest of their
    /// ids in corpus order: shards read from different versions of a corpus do not merge.
    public var corpusDocuments: Int
    public var corpusDigest: UInt64

    public init(program: String, arguments: [String], workingDirectory: String, shards: [Int], shardCount: Int,
                corpusDocuments: Int, corpusDigest: UInt64) {
        self.program = program
        self.arguments = arguments
        self.workingDirectory = workingDirectory
        self.shards = shards
        self.shardCount = shardCount
        self.corpusDocuments = corpusDocuments
        self.corpusDigest = corpusDigest
    }

    /// "3/4", or "1,2/4" for a merged snapshot.
    public var shardDescription: String {
        shards.map(String.init).joined(separator: ",") + "/\(shardCount)"
    }

    func encode(into writer: inout SnapshotWriter) {
        writer.string(program)
        writer.strings(arguments)
        writer.string(workingDirectory)
        writer.uint64(optionFiles)
        writer.ints(shards)
        writer.int(shardCount)
        writer.int(corpusDocuments)
        writer.uint64(corpusDigest)
    }

    init(from reader: inout SnapshotReader) throws {
        program = try reader.string()
        arguments = try reader.strings()
        workingDirectory = try reader.string()
        optionFiles = try reader.uint64()
        shards = try reader.ints()
        shardCount = try reader.int()
        corpusDocuments = try reader.int()
        corpusDigest = try reader.uint64()
    }
}

/// A run's mergeable state in one file: the merged counts, tables and records of
/// `CorpusAnalysis` and the workers' spills, so that shards analysed apart (`analyze partial`)
/// merge into the outputs of one run (`analyze merge`).
///
/// The format (version 1), all numbers little-endian:
///
///     "ANALYZE SNAPSHOT\n"              17 bytes
///     format version                    8 bytes
///     header length, header             8 bytes + SnapshotHeader
///     analysis length, analysis         8 bytes + CorpusAnalysis without its spills
///     spill count, then each spill      8 bytes; 8 bytes of length + its bytes
///     checksum                          8 bytes: FNV-1a 64 of every byte before it
///
/// Strings are a 64-bit byte count and UTF-8; arrays a 64-bit count and their elements.
/// Dictionaries with string keys are written in key order.
public enum Snapshot {
    static let magic = Array("ANALYZE SNAPSHOT\n".utf8)

    /// Writes `analysis` with `header` to `path`, through a temporary file beside it that is
    /// renamed into place when complete. An existing file at `path` is replaced only when it
    /// is a snapshot: a folder, an article or an output is never overwritten.
    public static func write(_ analysis: CorpusAnalysis, header: SnapshotHeader, to path: String) throws {
        try checkReplaceable(path)
        var headerBytes = SnapshotWriter()
        header.encode(into: &headerBytes)
        var body = SnapshotWriter()
        let spills = analysis.encodeSnapshot(into: &body)
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary.path) else {
            throw SnapshotError.notSnapshot(path: path, problem: "cannot be written; check that its folder exists and is writable")
        }
        var completed = false
        defer {
            try? handle.close()
            if !completed { try? FileManager.default.removeItem(at: temporary) }
        }
        var output = ChecksummedOutput(handle: handle)
        try output.write(magic)
        var version = SnapshotWriter()
        version.fixed(SnapshotHeader.formatVersion)
        try output.write(version.bytes)
        for section in [headerBytes.bytes, body.bytes] {
            var length = SnapshotWriter()
            length.fixed(section.count)
            try output.write(length.bytes)
            try output.write(section)
        }
        var count = SnapshotWriter()
        count.fixed(spills.count)
        try output.write(count.bytes)
        for spill in spills {
            guard let input = try? spill.reader() else { throw CocoaError(.fileReadUnknown) }
            defer { try? input.close() }
            var length = SnapshotWriter()
            length.fixed(Int(try input.seekToEnd()))
            try output.write(length.bytes)
            try input.seek(toOffset: 0)
            while let chunk = try input.read(upToCount: 4 << 20), !chunk.isEmpty { try output.write([UInt8](chunk)) }
        }
        var checksum = SnapshotWriter()
        checksum.uint64(output.checksum)
        try output.write(checksum.bytes)
        try output.flush()
        try handle.synchronize()
        try handle.close()
        try checkReplaceable(path)
        guard rename(temporary.path, path) == 0 else {
            throw SnapshotError.notSnapshot(path: path, problem: "cannot be written (\(String(cString: strerror(errno)))); check its folder's permissions")
        }
        completed = true
    }

    /// Refuses, before a long run, a path a snapshot cannot be written to: one that holds
    /// something other than a snapshot, or whose folder is missing or not writable.
    public static func checkWritable(_ path: String) throws {
        try checkReplaceable(path)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw SnapshotError.notSnapshot(path: path, problem: "cannot be written: the folder \(folder) does not exist; create it first")
        }
        guard access(folder, W_OK) == 0 else {
            throw SnapshotError.notSnapshot(path: path, problem: "cannot be written: the folder \(folder) is not writable; check its permissions")
        }
    }

    /// Refuses a path that holds something other than a snapshot.
    static func checkReplaceable(_ path: String) throws {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw SnapshotError.notSnapshot(path: path, problem: "exists and is not a regular file (a folder, a link?); give the name of a snapshot file, as in part-1.snapshot")
        }
        guard status.st_size > 0 else { return }
        let start = FileHandle(forReadingAtPath: path).flatMap { handle in
            defer { try? handle.close() }
            return try? handle.read(upToCount: magic.count)
        }
        guard let start, [UInt8](start) == magic else {
            throw SnapshotError.notSnapshot(path: path, problem: "exists and is not a snapshot; it is left as it is: give a new file name, as in part-1.snapshot")
        }
    }

    /// The header of the snapshot at `path` (read without the rest); messages name it `name`
    /// (the path as the user gave it), else `path`.
    public static func readHeader(path: String, name: String? = nil) throws -> SnapshotHeader {
        var input = try ChecksummedInput(path: path, name: name ?? path)
        defer { input.close() }
        return try readStart(&input, path: name ?? path)
    }

    /// The header and the analysis of the snapshot at `path`, its spills copied to temporary
    /// files. The checksum is verified.
    public static func read(path: String, name: String? = nil) throws -> (header: SnapshotHeader, analysis: CorpusAnalysis) {
        var input = try ChecksummedInput(path: path, name: name ?? path)
        defer { input.close() }
        let path = name ?? path
        let header = try readStart(&input, path: path)
        let bodyLength = try input.readInt()
        var body = SnapshotReader(try input.read(count: bodyLength))
        let spillCount = try input.readInt()
        var spills: [SpillFile] = []
        for _ in 0..<max(0, spillCount) {
            let length = try input.readInt()
            let file = try SpillFile(prefix: SpillFile.prefixes[1])
            var left = length
            while left > 0 {
                let chunk = try input.read(count: min(left, 4 << 20))
                try file.write(chunk)
                left -= chunk.count
            }
            try file.finish()
            spills.append(file)
        }
        let computed = input.checksum
        var stored = SnapshotReader(try input.read(count: 8))
        guard try stored.uint64() == computed else { throw SnapshotError.damaged("\(path): its checksum does not match its bytes") }
        guard try input.isAtEnd() else { throw SnapshotError.damaged("\(path): bytes follow its checksum") }
        let analysis: CorpusAnalysis
        do {
            analysis = try CorpusAnalysis(snapshot: &body, spills: spills)
        } catch SnapshotError.damaged(let problem) {
            throw SnapshotError.damaged("\(path): \(problem)")
        }
        guard body.atEnd else { throw SnapshotError.damaged("\(path): its analysis section is longer than what it holds") }
        return (header, analysis)
    }

    private static func readStart(_ input: inout ChecksummedInput, path: String) throws -> SnapshotHeader {
        let notSnapshot = SnapshotError.notSnapshot(path: path, problem: "not a snapshot of analyze; give the files `analyze partial` writes")
        guard let start = try? input.read(count: magic.count), start == magic else { throw notSnapshot }
        let version = try input.readInt()
        guard version == SnapshotHeader.formatVersion else {
            throw SnapshotError.notSnapshot(path: path, problem: "a snapshot of format \(version), which this program (format \(SnapshotHeader.formatVersion)) does not read; write it again with this version's analyze partial")
        }
        let headerLength = try input.readInt()
        var reader = SnapshotReader(try input.read(count: headerLength))
        do {
            return try SnapshotHeader(from: &reader)
        } catch SnapshotError.damaged(let problem) {
            throw SnapshotError.damaged("\(path): its header: \(problem)")
        }
    }
}

/// A file written through a buffer, with the checksum of everything written.
private struct ChecksummedOutput {
    let handle: FileHandle
    var buffer: [UInt8] = []
    var sum = StableHash.FNV1a()

    init(handle: FileHandle) {
        self.handle = handle
    }

    var checksum: UInt64 { sum.value }

    mutating func write(_ bytes: [UInt8]) throws {
        sum.add(bytes)
        buffer.append(contentsOf: bytes)
        if buffer.count >= 4 << 20 { try flush() }
    }

    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

/// A file read in chunks, with the checksum of everything read.
private struct ChecksummedInput {
    let handle: FileHandle
    let path: String
    var buffer: [UInt8] = []
    var start = 0
    var sum = StableHash.FNV1a()

    init(path: String, name: String) throws {
        // A FIFO or a device would block or never end: only regular files are opened.
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG, (status.st_mode & S_IFMT) != S_IFDIR {
            throw SnapshotError.notSnapshot(path: name, problem: "is not a regular file; give the snapshot files `analyze partial` wrote")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            throw SnapshotError.notSnapshot(path: name, problem: !exists ? "no such file; give the files `analyze partial` wrote"
                                            : isFolder.boolValue ? "is a folder; give the snapshot files `analyze partial` wrote"
                                            : "cannot be read; check its permissions")
        }
        self.handle = handle
        self.path = name
    }

    var checksum: UInt64 { sum.value }

    func close() { try? handle.close() }

    /// Exactly `count` bytes; a file that ends before is damaged.
    mutating func read(count: Int) throws -> [UInt8] {
        guard count >= 0, count <= 1 << 40 else { throw SnapshotError.damaged("\(path): a section length is impossible") }
        while buffer.count - start < count {
            let chunk = try handle.read(upToCount: max(4 << 20, count - (buffer.count - start))) ?? Data()
            if chunk.isEmpty { throw SnapshotError.damaged("\(path): the file ends too early (cut short while copying?)") }
            buffer.removeFirst(start)
            start = 0
            buffer.append(contentsOf: chunk)
        }
        let bytes = Array(buffer[start..<(start + count)])
        start += count
        sum.add(bytes)
        return bytes
    }

    /// A fixed-width 8-byte number of the file's framing.
    mutating func readInt() throws -> Int {
        var offset = 0
        return Int(RecordCoder.int64(try read(count: 8), at: &offset))
    }

    mutating func isAtEnd() throws -> Bool {
        guard start == buffer.count else { return false }
        return (try handle.read(upToCount: 1) ?? Data()).isEmpty
    }
}
