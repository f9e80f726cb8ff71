import Foundation

/// Where the command line talks to the user: everything goes to stderr (stdout stays free
/// for data). Progress is drawn only when stderr is a terminal; `--quiet` leaves errors only.
final class Console: @unchecked Sendable {
    private let quiet: Bool
    private let interactive: Bool
    private var lastProgress = Date.distantPast
    private var progressShown = false
    private let lock = NSLock()

    init(quiet: Bool) {
        self.quiet = quiet
        self.interactive = isatty(STDERR_FILENO) == 1
    }

    func error(_ message: String) {
        endProgress()
        write("error: \(message)\n")
    }

    func warning(_ message: String) {
        guard !quiet else { return }
        endProgress()
        write("warning: \(message)\n")
    }

    func info(_ message: String) {
        guard !quiet else { return }
        endProgress()
        write("\(message)\n")
    }

    /// Redraws the progress line, at most ten times a second.
    func progress(_ message: String) {
        guard interactive, !quiet else { return }
        let now = Date()
        guard now.timeIntervalSince(lastProgress) >= 0.1 else { return }
        lastProgress = now
        progressShown = true
        write("\r\u{1B}[K\(message)")
    }

    /// The reading progress: the share of the corpus's bytes read, documents so far, and
    /// the time left at the rate so far (once there is enough to tell).
    func reading(bytes: Int, totalBytes: Int, documents: Int, skipped: Int, since start: Date) {
        guard interactive, !quiet else { return }
        let fraction = totalBytes > 0 ? min(1, Double(bytes) / Double(totalBytes)) : 0
        var line = "reading and analysing: \(Int(fraction * 100))%, \(documents) documents"
        if skipped > 0 { line += ", \(skipped) skipped" }
        let elapsed = Date().timeIntervalSince(start)
        if fraction > 0.02 && elapsed > 2 {
            line += ", about \(Self.duration(elapsed / fraction * (1 - fraction))) left"
        }
        progress(line)
    }

    /// Names the stage the run is in (after reading): shown until the next stage or the end.
    func stage(_ name: String) {
        guard interactive, !quiet else { return }
        lastProgress = .distantPast
        progress(name + " ...")
    }

    /// `seconds` as `m:ss` (or `h:mm:ss`).
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%d:%02d", m, s)
    }

    /// CPU seconds (user and system) the process has used so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    func endProgress() {
        guard progressShown else { return }
        progressShown = false
        write("\r\u{1B}[K")
    }

    private func write(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
