import Foundation

/// A temporary file in the system's temporary folder that one worker writes as documents
/// stream past and that is read back after the run (`DocumentTermSpill`, `RecordSpill`).
/// It is removed when released, and by the next run when a killed run left it behind.
final class SpillFile: @unchecked Sendable {
    /// The file name prefixes; the process id follows, so that the files of a killed run can
    /// be told from those of a running one.
    static let prefixes = ["analyze-terms-", "analyze-rows-"]

    private let path: String
    private var handle: FileHandle?

    /// Creates an empty file named `prefix`, the process id and a unique suffix.
    init(prefix: String) throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).bin").path
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

    /// Appends the bytes of `values` (before `finish`).
    func write<T>(_ values: [T]) throws {
        guard let handle else { return }
        try values.withUnsafeBytes { try handle.write(contentsOf: Data($0)) }
    }

    /// Ends writing.
    func finish() throws {
        try handle?.close()
        handle = nil
    }

    /// A new reader from the start of the file (after `finish`).
    func reader() throws -> FileHandle {
        guard handle == nil, let reader = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoPermission) }
        return reader
    }

    /// Removes the spill files that runs killed before their end left in the temporary
    /// folder (those whose process is gone).
    static func removeLeftovers() {
        let folder = FileManager.default.temporaryDirectory.path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasSuffix(".bin") {
            guard let prefix = prefixes.first(where: { name.hasPrefix($0) }),
                  let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(atPath: folder + "/" + name)
            }
        }
    }

    /// Calls `body` with the items of several streams, each in increasing sequence order, in
    /// overall sequence order, with the index of the stream each came from: the workers'
    /// spills merged into corpus order.
    static func mergeInSequence<Item>(_ streams: [() throws -> Item?], sequence: (Item) -> Int,
                                      _ body: (Item, Int) throws -> Void) throws {
        var heads = try streams.map { try $0() }
        while true {
            var best: Int?
            for (i, head) in heads.enumerated() {
                guard let head else { continue }
                if let b = best, let current = heads[b], sequence(current) <= sequence(head) { continue }
                best = i
            }
            guard let i = best, let head = heads[i] else { return }
            try body(head, i)
            heads[i] = try streams[i]()
        }
    }
}
