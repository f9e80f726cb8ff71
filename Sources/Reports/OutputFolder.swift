#if canImport(Glibc)
import Glibc
#endif
import CPlatform
import Corpus
import Foundation

/// A folder the program writes (`--out`, `--dump-clean`), written so that nothing the user
/// owns is ever deleted or overwritten, and a run that fails or is killed leaves the
/// previous outputs as they were.
///
/// The rule, the same for every output folder:
/// - the folder must not exist, be empty, or be one that analyze wrote and that holds
///   nothing else: analyze lists every file it writes in the marker file
///   (`.analyze-output`), and a file not in that list (notes or a script the user added,
///   a corpus copied in) stops the run with a message naming it;
/// - it is never the corpus, inside the corpus, or a folder that holds the corpus;
/// - a symbolic link is never written through: an output path that is a link is refused,
///   and links inside an old output folder are removed as links, never followed;
/// - everything is written into a staging folder beside the target
///   (`.NAME.tmp-PID`), which then takes the target's place in one atomic exchange
///   (`renameat2(RENAME_EXCHANGE)`); the previous output, now under the staging name, is
///   removed after. Staging folders of killed runs are found and removed by the next run.
public final class OutputFolder {
    /// The name of the marker file that lists the files analyze wrote.
    public static let markerName = ".analyze-output"
    /// The marker's first line; the paths written follow, one per line.
    static let markerHeader = "analyze output folder; replaced whole by each run. Files written by analyze:"

    /// The folder the outputs end up in, as given.
    public let path: String
    /// The option that named it, for messages (`--out`, `--dump-clean`).
    public let option: String
    /// The staging folder the outputs are written to first.
    public let stagingPath: String
    private let targetPath: String
    private let legacyNames: Set<String>
    private var committed = false

    /// Checks the target against the rule above, removes what killed runs left beside it,
    /// and creates the staging folder. Throws `ReportError`.
    ///
    /// - Parameters:
    ///   - protecting: folders or files the output must neither be nor lie in nor contain
    ///     (the corpus; another output folder).
    ///   - legacyNames: the files that a marker written by an earlier version (without a
    ///     list of files) stands for.
    public init(path: String, option: String = "--out", protecting: [String] = [], legacyNames: Set<String> = []) throws {
        self.path = path
        self.option = option
        self.legacyNames = legacyNames
        let target = URL(fileURLWithPath: path).standardizedFileURL
        targetPath = target.path
        let fm = FileManager.default
        try Self.checkPlace(path: path, option: option, protecting: protecting)
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).tmp-\(getpid())")
        stagingPath = staging.path
        Self.removeLeftovers(in: parent.path, name: name, target: targetPath)
        try checkContents()
        do {
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            // The marker goes in first, so that a killed run's staging folder is known as ours.
            try Data((Self.markerHeader + "\n").utf8).write(to: staging.appendingPathComponent(Self.markerName))
        } catch {
            try? fm.removeItem(at: staging)
            throw ReportError.outputNotWritable(path: path, reason: Self.reason(error))
        }
    }

    /// The checks of the rule that need nothing written: the target is no link and no file,
    /// neither the working folder nor a folder holding it, and neither in the corpus nor
    /// holding it. `init` makes them first; a run makes them before it takes the output's lock.
    public static func checkPlace(path: String, option: String = "--out", protecting: [String] = []) throws {
        let targetPath = URL(fileURLWithPath: path).standardizedFileURL.path
        var info = stat()
        if lstat(targetPath, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFLNK: throw ReportError.outputIsLink(path: path, option: option)
            case S_IFDIR: break
            default: throw ReportError.outputNotAFolder(path: path, option: option)
            }
        }
        let resolvedTarget = Self.resolvedPath(of: targetPath)
        // Replacing the working folder (or one holding it) would pull it from under the shell.
        if let cwd = FileManager.default.currentDirectoryPath.withCString({ realpath($0, nil) }) {
            let working = String(cString: cwd)
            free(cwd)
            if Self.path(working, isInside: resolvedTarget) {
                throw ReportError.outputHoldsWorkingFolder(path: path, option: option)
            }
        }
        for protected in protecting {
            let resolvedProtected = CorpusPath.resolved(protected)
            if Self.path(resolvedTarget, isInside: resolvedProtected) {
                throw ReportError.outputOverlapsCorpus(path: path, option: option, corpus: protected, outputInsideCorpus: true)
            }
            if Self.path(resolvedProtected, isInside: resolvedTarget) {
                throw ReportError.outputOverlapsCorpus(path: path, option: option, corpus: protected, outputInsideCorpus: false)
            }
        }
    }

    deinit {
        if !committed { discard() }
    }

    /// The path of `name` (a relative path) inside the staging folder.
    public func file(_ name: String) -> String {
        (stagingPath as NSString).appendingPathComponent(name)
    }

    /// Lists what the staging folder holds in its marker, and puts the staging folder in the
    /// target's place in one step; the previous output is removed after.
    public func commit() throws {
        try Self.commit([self])
    }

    /// Commits several folders of one run (`--out` and `--dump-clean`): every folder is
    /// checked before any is replaced, so a problem with one leaves all as they were.
    public static func commit(_ folders: [OutputFolder]) throws {
        for folder in folders { try folder.prepareCommit() }
        for folder in folders { try folder.swapIntoPlace() }
    }

    /// Writes the marker's list of files and checks the target once more.
    private func prepareCommit() throws {
        do {
            var files = try Self.files(in: stagingPath).filter { $0 != Self.markerName }
            files.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            try Data(([Self.markerHeader] + files).joined(separator: "\n").appending("\n").utf8)
                .write(to: URL(fileURLWithPath: file(Self.markerName)))
        } catch {
            throw ReportError.outputNotWritable(path: path, reason: Self.reason(error))
        }
        // The user may have added a file during the run: check again, just before.
        try checkContents()
    }

    /// Puts the staging folder in the target's place, with the old folder's permissions.
    private func swapIntoPlace() throws {
        let fm = FileManager.default
        var info = stat()
        if lstat(targetPath, &info) == 0 {
            // Keep what the user set on the folder: its mode (a private 0700 folder stays
            // private) and its group.
            _ = chmod(stagingPath, info.st_mode & 0o7777)
            _ = chown(stagingPath, uid_t.max, info.st_gid)
        }
        if lstat(targetPath, &info) != 0 {
            guard rename(stagingPath, targetPath) == 0 else {
                throw ReportError.outputNotWritable(path: path, reason: String(cString: strerror(errno)))
            }
            committed = true
            return
        }
        if cplatform_exchange_paths(stagingPath, targetPath) == 0 {
            committed = true
            // The staging name now holds the previous output.
            try? fm.removeItem(atPath: stagingPath)
            return
        }
        guard errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP else {
            throw ReportError.outputNotWritable(path: path, reason: String(cString: strerror(errno)))
        }
        // A file system that cannot exchange: move the old output aside, then the new one in.
        // A run killed in between leaves `.NAME.old-PID`, which the next run moves back.
        let old = (targetPath as NSString).deletingLastPathComponent + "/.\((targetPath as NSString).lastPathComponent).old-\(getpid())"
        try? fm.removeItem(atPath: old)
        guard rename(targetPath, old) == 0 else {
            throw ReportError.outputNotWritable(path: path, reason: String(cString: strerror(errno)))
        }
        guard rename(stagingPath, targetPath) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(old, targetPath)
            throw ReportError.outputNotWritable(path: path, reason: reason)
        }
        committed = true
        try? fm.removeItem(atPath: old)
    }

    /// Removes the staging folder (a failed run).
    public func discard() {
        try? FileManager.default.removeItem(atPath: stagingPath)
    }

    // MARK: - The rule

    /// Throws unless the target is missing, empty, or holds only what its marker lists.
    private func checkContents() throws {
        var info = stat()
        guard lstat(targetPath, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw ReportError.outputNotAFolder(path: path, option: option) }
        let present: [String]
        do {
            present = try Self.entries(in: targetPath)
        } catch {
            throw ReportError.outputNotWritable(path: path, reason: Self.reason(error))
        }
        guard !present.isEmpty else { return }
        guard let listed = Self.listedFiles(inMarkerOf: targetPath, legacyNames: legacyNames) else {
            throw ReportError.outputNotOurs(path: path, option: option)
        }
        // Every folder on the way to a listed file is ours too.
        var folders = Set<String>()
        for file in listed {
            var parts = file.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/") + "/")
                parts = parts.dropLast()
            }
        }
        for entry in present where entry != Self.markerName && !listed.contains(entry) && !folders.contains(entry) {
            throw ReportError.outputHoldsForeignFile(path: path, option: option, file: entry.hasSuffix("/") ? String(entry.dropLast()) : entry)
        }
    }

    /// The files a marker lists: nil when there is no marker (or it is not a regular file).
    static func listedFiles(inMarkerOf folder: String, legacyNames: Set<String>) -> Set<String>? {
        let marker = folder + "/" + markerName
        guard let bytes = try? RegularFile.read(path: marker, limit: 256 << 20),
              let text = String(validating: bytes, as: UTF8.self) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard let first = lines.first else { return nil }
        // Markers of earlier versions held one line and no list.
        if first != markerHeader { return legacyNames }
        return Set(lines.dropFirst())
    }

    /// Every entry under `folder` as a relative path, folders with a trailing `/`; links are
    /// listed as entries, never followed.
    static func entries(in folder: String) throws -> [String] {
        var result: [String] = []
        var pending = [""]
        let fm = FileManager.default
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? folder : folder + "/" + relative
            for name in try fm.contentsOfDirectory(atPath: absolute) {
                let child = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                if lstat(folder + "/" + child, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                    result.append(child + "/")
                    pending.append(child)
                } else {
                    result.append(child)
                }
            }
        }
        return result
    }

    /// The files (not folders) under `folder`, as relative paths.
    static func files(in folder: String) throws -> [String] {
        try entries(in: folder).filter { !$0.hasSuffix("/") }
    }

    /// Throws `ReportError.outputsOverlap` when two output folders are the same or one lies
    /// inside the other (`--out` and `--dump-clean`).
    public static func checkSeparate(out: String, dump: String) throws {
        let a = resolvedPath(of: URL(fileURLWithPath: out).standardizedFileURL.path)
        let b = resolvedPath(of: URL(fileURLWithPath: dump).standardizedFileURL.path)
        if path(a, isInside: b) || path(b, isInside: a) { throw ReportError.outputsOverlap(out: out, dump: dump) }
    }

    // MARK: - Leftovers of killed runs

    /// Removes `.NAME.tmp-PID` staging folders of runs that are no longer alive, and moves a
    /// `.NAME.old-PID` folder back when the target is missing (a run killed between its two
    /// moves). Only folders that hold analyze's marker are touched.
    static func removeLeftovers(in parent: String, name: String, target: String) {
        guard let siblings = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for sibling in siblings.sorted() {
            for (prefix, isOld) in [(".\(name).tmp-", false), (".\(name).old-", true)] where sibling.hasPrefix(prefix) {
                guard let pid = Int32(sibling.dropFirst(prefix.count)), pid != getpid(), !processIsAlive(pid) else { continue }
                let leftover = parent + "/" + sibling
                var info = stat()
                guard lstat(leftover, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { continue }
                // Ours: it holds the marker, or nothing (a run killed before writing it).
                let empty = (try? FileManager.default.contentsOfDirectory(atPath: leftover))?.isEmpty == true
                guard empty || (lstat(leftover + "/" + markerName, &info) == 0 && info.st_mode & S_IFMT == S_IFREG) else { continue }
                if isOld, lstat(target, &info) != 0 {
                    _ = rename(leftover, target)
                } else {
                    try? FileManager.default.removeItem(atPath: leftover)
                }
            }
        }
    }

    static func processIsAlive(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    // MARK: - Paths

    /// `path` with links resolved; for a path that does not exist yet, its nearest existing
    /// ancestor resolved and the rest appended.
    static func resolvedPath(of path: String) -> String {
        var existing = path
        var rest: [String] = []
        while access(existing, F_OK) != 0 {
            let parent = (existing as NSString).deletingLastPathComponent
            guard parent != existing, !parent.isEmpty else { break }
            rest.insert((existing as NSString).lastPathComponent, at: 0)
            existing = parent
        }
        return ([CorpusPath.resolved(existing)] + rest).joined(separator: "/").replacingOccurrences(of: "//", with: "/")
    }

    /// Whether `path` is `folder` or lies inside it (both resolved).
    static func path(_ path: String, isInside folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        switch nsError.code {
        case CocoaError.fileWriteNoPermission.rawValue: return "permission denied"
        case CocoaError.fileWriteOutOfSpace.rawValue: return "no space left on the device"
        case CocoaError.fileWriteVolumeReadOnly.rawValue: return "read-only file system"
        default: return nsError.localizedDescription
        }
    }
}
