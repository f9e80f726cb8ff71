import Foundation

/// The output folder, written safely: everything goes into a staging folder beside the
/// target, which replaces the target only when complete. A run that fails or is killed
/// leaves the previous output as it was.
///
/// To avoid deleting a user's files, an existing target is replaced only when it is empty
/// or carries the marker file analyze writes into every output folder.
public final class OutputFolder {
    /// The name of the marker file.
    public static let markerName = ".analyze-output"

    /// The folder the outputs end up in.
    public let path: String
    /// The staging folder the outputs are written to first.
    public let stagingPath: String
    private var committed = false

    /// Checks the target and creates the staging folder. Throws `ReportError`.
    public init(path: String) throws {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: path).standardizedFileURL
        self.path = path
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: target.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw ReportError.outputNotAFolder(path: path) }
            let contents = (try? fm.contentsOfDirectory(atPath: target.path)) ?? []
            if !contents.isEmpty && !contents.contains(Self.markerName) {
                throw ReportError.outputNotOurs(path: path)
            }
        }
        let parent = target.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        stagingPath = staging.path
        do {
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            try Data("analyze output folder; replaced whole by each run\n".utf8)
                .write(to: staging.appendingPathComponent(Self.markerName))
        } catch {
            try? fm.removeItem(at: staging)
            throw ReportError.outputNotWritable(path: path, reason: Self.reason(error))
        }
    }

    deinit {
        if !committed { discard() }
    }

    /// The path of `name` inside the staging folder.
    public func file(_ name: String) -> String {
        (stagingPath as NSString).appendingPathComponent(name)
    }

    /// Moves the staging folder into place, replacing the previous output.
    public func commit() throws {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let old = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        var movedOld = false
        do {
            if fm.fileExists(atPath: target.path) {
                try? fm.removeItem(at: old)
                try fm.moveItem(at: target, to: old)
                movedOld = true
            }
            try fm.moveItem(at: URL(fileURLWithPath: stagingPath), to: target)
            committed = true
            if movedOld { try? fm.removeItem(at: old) }
        } catch {
            if movedOld && !fm.fileExists(atPath: target.path) { try? fm.moveItem(at: old, to: target) }
            throw ReportError.outputNotWritable(path: path, reason: Self.reason(error))
        }
    }

    /// Removes the staging folder (a failed run).
    public func discard() {
        try? FileManager.default.removeItem(atPath: stagingPath)
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
