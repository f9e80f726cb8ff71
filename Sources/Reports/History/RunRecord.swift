import CNettle
import Corpus
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `run.json`: what a run read and with which options, written into the output folder and
/// kept with the run's history entry. It holds no clock time, so the same input and options
/// give the same bytes; a history entry's time is its folder name.
public struct RunRecord: Codable, Equatable, Sendable {
    /// One file the run read.
    public struct Input: Codable, Equatable, Sendable {
        /// Its path relative to the corpus folder (a single-file corpus: its file name).
        public var path: String
        public var bytes: Int
        /// The SHA-256 of its bytes, in lowercase hex.
        public var sha256: String
        public init(path: String, bytes: Int, sha256: String) {
            self.path = path
            self.bytes = bytes
            self.sha256 = sha256
        }
    }

    /// The counts of the run.
    public struct Counts: Codable, Equatable, Sendable {
        public var documents: Int
        public var skipped: Int
        public var tokens: Int
        public var groups: Int
        public init(documents: Int, skipped: Int, tokens: Int, groups: Int) {
            self.documents = documents
            self.skipped = skipped
            self.tokens = tokens
            self.groups = groups
        }
    }

    /// The version of `run.json`'s layout.
    public var format = 1
    /// The program and its version (`analyze 0.1.0`).
    public var program: String
    /// The corpus as given.
    public var corpus: String
    /// The metadata column the documents are grouped by.
    public var groupBy: String
    /// The options that make the results, as arguments (without the output folder, the
    /// number of workers and the history options): two runs compare like with like when
    /// these are equal.
    public var arguments: [String]
    /// The analyses the run made (`terms`, `entities`, `sentiment`, `figures`).
    public var analyses: [String]
    public var inputs: [Input]
    /// The files the options name (stopwords, entities, figure review, lexicons), by the
    /// path given, with size and SHA-256.
    public var optionFiles: [Input]?
    public var counts: Counts

    enum CodingKeys: String, CodingKey {
        case format, program, corpus, groupBy = "group_by", arguments, analyses, inputs, optionFiles = "option_files", counts
    }

    public init(program: String, corpus: String, groupBy: String, arguments: [String], analyses: [String], inputs: [Input],
                optionFiles: [Input] = [], counts: Counts) {
        self.program = program
        self.corpus = corpus
        self.groupBy = groupBy
        self.arguments = arguments
        self.analyses = analyses
        self.inputs = inputs
        self.optionFiles = optionFiles
        self.counts = counts
    }

    /// A file given by path, with its size and SHA-256; nil when it cannot be read.
    public static func digest(path: String) -> Input? {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        return sha256(rawPath: Array(path.utf8), buffer: &buffer).map { Input(path: path, bytes: $0.0, sha256: $0.1) }
    }

    /// The record as JSON: keys sorted, indented, one line at the end.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// Reads `run.json` of an output folder or history entry; nil when there is none.
    /// Throws `ReportError.notComparable` for a file that is not a run record.
    public static func load(folder: String) throws -> RunRecord? {
        let path = CorpusPath.join(folder, "run.json")
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let record = try JSONDecoder().decode(RunRecord.self, from: data)
            guard record.format == 1 else {
                throw ReportError.notComparable(path: path, problem: "is run.json of format \(record.format), which this version cannot read; compare with the analyze that wrote it")
            }
            return record
        } catch let error as ReportError {
            throw error
        } catch {
            throw ReportError.notComparable(path: path, problem: "is not a run record that analyze wrote (\(OutputFolder.reason(error))); run analyze again to write it")
        }
    }

    /// The size and SHA-256 of each file the reader reads, in its order. A file that cannot
    /// be read is left out: the reader skips it with a warning of its own. The files are
    /// hashed on all cores, in blocks of consecutive files, each block with one read buffer.
    public static func inputs(of reader: CorpusReader) -> [Input] {
        let files = reader.inputFiles
        final class Block: @unchecked Sendable { var inputs: [Input] = [] }
        let blockCount = max(1, min(ProcessInfo.processInfo.activeProcessorCount * 4, files.count / 64))
        let blocks = (0..<blockCount).map { _ in Block() }
        DispatchQueue.concurrentPerform(iterations: blockCount) { b in
            var buffer = [UInt8](repeating: 0, count: 1 << 18)
            for file in files[(files.count * b / blockCount)..<(files.count * (b + 1) / blockCount)] {
                guard let (bytes, digest) = sha256(rawPath: file.rawPath, buffer: &buffer) else { continue }
                blocks[b].inputs.append(Input(path: file.name, bytes: bytes, sha256: digest))
            }
        }
        return blocks.flatMap(\.inputs)
    }

    /// The size and SHA-256 (lowercase hex) of a file, read in chunks into `buffer`; nil when
    /// it cannot be read.
    static func sha256(rawPath: [UInt8], buffer: inout [UInt8]) -> (Int, String)? {
        guard let opened = try? RegularFile.open(rawPath: rawPath) else { return nil }
        defer { try? opened.handle.close() }
        let descriptor = opened.handle.fileDescriptor
        var context = sha256_ctx()
        nettle_sha256_init(&context)
        var bytes = 0
        let readable = buffer.withUnsafeMutableBytes { space -> Bool in
            while true {
                let count = Glibc.read(descriptor, space.baseAddress, space.count)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                // 0: the end of the file.
                if count == 0 { return true }
                bytes += count
                nettle_sha256_update(&context, count, space.baseAddress!.assumingMemoryBound(to: UInt8.self))
            }
        }
        guard readable else { return nil }
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_SIZE))
        nettle_sha256_digest(&context, digest.count, &digest)
        return (bytes, hex(digest))
    }

    /// The SHA-256 of bytes in memory, for tests.
    public static func sha256(_ data: [UInt8]) -> String {
        var context = sha256_ctx()
        nettle_sha256_init(&context)
        nettle_sha256_update(&context, data.count, data)
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_SIZE))
        nettle_sha256_digest(&context, digest.count, &digest)
        return hex(digest)
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
