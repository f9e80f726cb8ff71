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
