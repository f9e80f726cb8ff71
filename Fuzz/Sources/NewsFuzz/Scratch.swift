#if canImport(Glibc)
import Glibc
#endif

/// The folder of this process for the harnesses that read files, `newsfuzz-PID`: in
/// $FUZZ_SCRATCH if set (scripts/fuzz.sh makes one per run and removes it after), else in
/// /dev/shm (memory) when it exists, else in $TMPDIR or /tmp. Removed when the process exits
/// normally; one that a crash left behind is removed by the next process that starts there.
enum Scratch {
    nonisolated(unsafe) static var folder = ""

    static func prepare() {
        var base = getenv("FUZZ_SCRATCH").map { String(cString: $0) } ?? "/dev/shm"
        if access(base, W_OK) != 0 { base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp" }
        removeAbandoned(in: base)
        folder = "\(base)/newsfuzz-\(getpid())"
        removeAll(folder)
        guard mkdir(folder, 0o700) == 0 else {
            fputs("NewsFuzz: cannot make the scratch folder \(folder)\n", stderr)
            exit(2)
        }
        atexit { Scratch.removeAll(Scratch.folder) }
    }

    /// Writes `bytes` to `name` in the folder (replacing it) and returns its path.
    static func write(_ bytes: [UInt8], name: String) -> String {
        let path = folder + "/" + name
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { fputs("NewsFuzz: cannot write \(path)\n", stderr); exit(2) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            guard written > 0 else { fputs("NewsFuzz: cannot write \(path)\n", stderr); exit(2) }
            offset += written
        }
        close(fd)
        return path
    }

    /// The names in `folder` (without `.` and `..`).
    static func names(in folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var result: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != "." && name != ".." { result.append(name) }
        }
        return result
    }

    /// Removes a scratch folder (it holds files only).
    static func removeAll(_ path: String) {
        for name in names(in: path) { unlink(path + "/" + name) }
        rmdir(path)
    }

    /// Removes the `newsfuzz-PID` folders in `base` of processes that no longer run.
    static func removeAbandoned(in base: String) {
        for name in names(in: base) where name.hasPrefix("newsfuzz-") {
            guard let pid = Int32(name.dropFirst("newsfuzz-".count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { removeAll(base + "/" + name) }
        }
    }
}
