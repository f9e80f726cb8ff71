#if canImport(Glibc)
import Glibc
#endif
import Corpus
import Foundation

/// The history of the runs on one output (`--history`, by default `history/` beside the
/// output folder): one folder per run, named by the time it finished (UTC,
/// `2026-12-02T06-00-00Z`), that keeps the run's `run.json`, the CSV files a comparison
/// reads (`RunTables.files`), its snapshot (`analysis.snapshot`, the mergeable counts of
/// `analyze partial`'s format) and `entry.json`, the key that says which runs compare. An entry is written into `.tmp-PID` first and renamed into
/// place, so a run that fails or is killed leaves no half entry.
public struct RunHistory {
    /// The name of an entry's snapshot.
    public static let snapshotName = "analysis.snapshot"

    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The default history folder of an output folder: `history` beside it, spelled as the
    /// output folder was (relative stays relative).
    public static func defaultPath(forOutput out: String) -> String {
        var path = Substring(out)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        guard let slash = path.lastIndex(of: "/") else { return "history" }
        let parent = path[..<slash]
        return parent.isEmpty ? "/history" : parent + "/history"
    }

    /// An absolute path for `path`, without `.` and `..`.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Refuses a history folder that is the output folder or lies inside it (replaced whole),
    /// holds it, or lies in the corpus (whose files would be read as articles); creates it
    /// when missing and checks that it is a folder this run can write.
    public func check(out: String, corpus: String) throws {
        let history = OutputFolder.resolvedPath(of: Self.absolute(path))
        let output = OutputFolder.resolvedPath(of: Self.absolute(out))
        if OutputFolder.path(history, isInside: output) || OutputFolder.path(output, isInside: history) {
            throw ReportError.historyNotWritable(path: path, reason: "it is, holds or lies in the output folder \(out), which each run replaces whole")
        }
        if OutputFolder.path(history, isInside: OutputFolder.resolvedPath(of: Self.absolute(corpus))) {
            throw ReportError.historyNotWritable(path: path, reason: "it lies in the corpus \(corpus), whose files are read as articles")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
            throw ReportError.historyNotWritable(path: path, reason: "it is not a folder")
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw ReportError.historyNotWritable(path: path, reason: OutputFolder.reason(error))
        }
        guard access(path, W_OK | X_OK) == 0 else {
            throw ReportError.historyNotWritable(path: path, reason: String(cString: strerror(errno)).lowercased())
        }
    }

    /// The entries, oldest first: by their time, then by the number after it (`-2`, ..., `-10`).
    public func entries() throws -> [String] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw ReportError.historyNotWritable(path: path, reason: OutputFolder.reason(error))
        }
        func order(_ name: String) -> (String, Int) {
            (String(name.prefix(20)), name.count > 21 ? Int(name.dropFirst(21)) ?? 0 : 1)
        }
        return names.filter { Self.time(ofEntry: $0) != nil && FileManager.default.fileExists(atPath: CorpusPath.join(CorpusPath.join(path, $0), "run.json")) }
            .sorted { order($0) < order($1) }
    }

    /// What makes runs comparable: the corpus as an absolute path with links resolved, and
    /// the options without the corpus as given. Kept in each entry as `entry.json`.
    public struct Key: Codable, Equatable, Sendable {
        public var corpus: String
        public var arguments: [String]

        public init(corpus: String, arguments: [String]) {
            self.corpus = OutputFolder.resolvedPath(of: RunHistory.absolute(corpus))
            self.arguments = arguments.filter { !$0.hasPrefix("--config-corpus=") }
        }
    }

    /// The name of the file of an entry's `Key`.
    public static let keyName = "entry.json"

    func key(ofEntry name: String) -> Key? {
        guard let data = FileManager.default.contents(atPath: CorpusPath.join(CorpusPath.join(path, name), Self.keyName)) else { return nil }
        return try? JSONDecoder().decode(Key.self, from: data)
    }

    /// The latest entry of `key` (the same corpus and options), with its tables; nil when
    /// there is none. An entry that cannot be read is passed over, with a warning in
    /// `warnings` naming it. `others`: how many entries are of other corpora or options.
    public func previous(_ key: Key, warnings: inout [String], others: inout Int) throws -> (name: String, tables: RunTables)? {
        for name in try entries().reversed() {
            guard self.key(ofEntry: name) == key else {
                others += 1
                continue
            }
            do {
                return (name, try RunTables(folder: CorpusPath.join(path, name)))
            } catch let error as ReportError {
                warnings.append("\(error.description); this run is compared with an earlier entry, if any (remove the damaged entry)")
            }
        }
        return nil
    }

    /// The time an entry's name gives, as the report shows it (`2026-12-02 06:00:00 UTC`); nil
    /// for a name that is no entry.
    public static func time(ofEntry name: String) -> String? {
        let bytes = Array(name.utf8)
        // YYYY-MM-DDTHH-MM-SSZ, optionally -N when two runs finished in one second.
        guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T"), bytes[19] == UInt8(ascii: "Z") else { return nil }
        for (i, b) in bytes.prefix(19).enumerated() where ![4, 7, 10, 13, 16].contains(i) {
            guard b >= 0x30 && b <= 0x39 else { return nil }
        }
        guard bytes.count == 20 || (bytes[20] == UInt8(ascii: "-") && bytes.count > 21 && bytes[21...].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let text = String(decoding: bytes.prefix(19), as: UTF8.self)
        let date = text.prefix(10)
        let clock = text.dropFirst(11).replacingOccurrences(of: "-", with: ":")
        return "\(date) \(clock) UTC"
    }

    /// The name of an entry made at `date`.
    public static func entryName(at date: Date) -> String {
        var time = time_t(date.timeIntervalSince1970)
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(format: "%04d-%02d-%02dT%02d-%02d-%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
                      Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// Saves a run: copies `RunTables.files` from the committed output folder `out`, writes
    /// the snapshot with `writeSnapshot(path)`, and renames the entry into place. Then removes
    /// the oldest entries beyond `keep` (nil: keeps all). Returns the entry's name.
    @discardableResult
    public func save(out: String, key: Key, at date: Date, keep: Int?, writeSnapshot: (String) throws -> Void) throws -> String {
        let fm = FileManager.default
        let staging = CorpusPath.join(path, ".tmp-\(getpid())")
        do {
            try fm.createDirectory(atPath: path, withIntermediateDirectories: true)
            removeLeftovers()
            if fm.fileExists(atPath: staging) { try fm.removeItem(atPath: staging) }
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: false)
            for file in RunTables.files where fm.fileExists(atPath: CorpusPath.join(out, file)) {
                try fm.copyItem(atPath: CorpusPath.join(out, file), toPath: CorpusPath.join(staging, file))
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try encoder.encode(key).write(to: URL(fileURLWithPath: CorpusPath.join(staging, Self.keyName)))
        } catch {
            try? fm.removeItem(atPath: staging)
            throw ReportError.historyNotWritable(path: path, reason: OutputFolder.reason(error))
        }
        do {
            try writeSnapshot(CorpusPath.join(staging, Self.snapshotName))
        } catch {
            try? fm.removeItem(atPath: staging)
            throw ReportError.historyNotWritable(path: path, reason: "\(error)")
        }
        var name = Self.entryName(at: date)
        var suffix = 1
        while true {
            let target = CorpusPath.join(path, name)
            // rename(2) onto an existing non-empty folder fails, so an entry is never replaced.
            if access(target, F_OK) != 0, rename(staging, target) == 0 { break }
            guard access(target, F_OK) == 0, suffix < 1000 else {
                let reason = String(cString: strerror(errno))
                try? fm.removeItem(atPath: staging)
                throw ReportError.historyNotWritable(path: path, reason: reason)
            }
            suffix += 1
            name = Self.entryName(at: date) + "-\(suffix)"
        }
        if let keep {
            // The oldest entries of this corpus and options; others are left alone.
            let mine = try entries().filter { self.key(ofEntry: $0) == key }
            for old in mine.dropLast(max(keep, 1)) {
                // The record first: a pruning cut short leaves no folder that looks like an entry.
                try? fm.removeItem(atPath: CorpusPath.join(CorpusPath.join(path, old), "run.json"))
                try? fm.removeItem(atPath: CorpusPath.join(path, old))
            }
        }
        return name
    }

    /// Removes `.tmp-PID` entries of runs that are no longer alive.
    func removeLeftovers() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names where name.hasPrefix(".tmp-") {
            guard let pid = Int32(name.dropFirst(5)), pid != getpid(), !OutputFolder.processIsAlive(pid) else { continue }
            try? FileManager.default.removeItem(atPath: CorpusPath.join(path, name))
        }
    }
}

/// The lock of an output folder: a file `.NAME.lock` beside it, held with `flock` for as long
/// as the run lives (the system releases it when the process ends, however it ends), so that
/// two runs on one output never interleave. The holder removes the file before it lets go; a
/// run that took the lock of a file removed meanwhile takes it again on the new file.
public final class OutputLock {
    private let descriptor: Int32
    public let path: String

    /// Takes the lock of the output folder `out`: waits for it when `wait`, else throws
    /// `ReportError.outputLocked` naming the process that holds it.
    public init(out: String, wait: Bool) throws {
        let target = URL(fileURLWithPath: out).standardizedFileURL
        let parent = target.deletingLastPathComponent().path
        let path = CorpusPath.join(parent, ".\(target.lastPathComponent).lock")
        self.path = path
        func failure(_ what: String) -> ReportError {
            ReportError.outputNotWritable(path: out, reason: "its lock file \(path) cannot be \(what): \(String(cString: strerror(errno)).lowercased())")
        }
        try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        while true {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard fd >= 0 else { throw failure("opened") }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK else {
                    let error = failure("locked")
                    close(fd)
                    throw error
                }
                guard wait else {
                    var buffer = [UInt8](repeating: 0, count: 32)
                    let count = pread(fd, &buffer, buffer.count, 0)
                    close(fd)
                    let holder = count > 0 ? String(decoding: buffer.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : ""
                    throw ReportError.outputLocked(path: out, holder: holder.isEmpty ? "lock \(path)" : "process \(holder)")
                }
                while flock(fd, LOCK_EX) != 0 {
                    guard errno == EINTR else {
                        let error = failure("locked")
                        close(fd)
                        throw error
                    }
                }
            }
            // The file locked must still be the one at the path: its holder may have removed it.
            var held = stat(), current = stat()
            if fstat(fd, &held) == 0, lstat(path, &current) == 0, held.st_ino == current.st_ino, held.st_dev == current.st_dev {
                descriptor = fd
                break
            }
            close(fd)
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, pid, pid.count, 0)
    }

    deinit {
        unlink(path)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
