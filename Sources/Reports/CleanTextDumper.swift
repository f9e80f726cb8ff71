import Foundation
import Text

/// Writes each document's cleaned text to a folder (`--dump-clean DIR`), so a researcher
/// can audit what cleaning removed: `DIR/<document id>.txt`, with the corpus's subfolders,
/// and `:` of a CSV/JSON Lines record id written as `_`. Safe to call from several threads.
public final class CleanTextDumper: @unchecked Sendable {
    /// The folder written to.
    public let folder: String

    /// Creates `folder` (and its parents) if needed. Throws `ReportError.dumpNotWritable`.
    public init(folder: String) throws {
        self.folder = folder
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ReportError.dumpNotWritable(path: folder, reason: OutputFolder.reason(error))
        }
    }

    /// The file a document's cleaned text goes to, relative to the folder.
    public static func relativePath(for documentID: String) -> String {
        var parts = documentID.split(separator: "/").filter { $0 != ".." && $0 != "." }.map {
            String($0.map { $0 == ":" || $0 == "\\" ? "_" : $0 })
        }
        if parts.isEmpty { parts = ["document"] }
        if !(parts[parts.count - 1].hasSuffix(".txt")) {
            parts[parts.count - 1] += ".txt"
        }
        return parts.joined(separator: "/")
    }

    /// Writes the cleaned text of `doc`, ending in a newline.
    public func write(_ doc: TokenizedDocument) throws {
        let url = URL(fileURLWithPath: folder).appendingPathComponent(Self.relativePath(for: doc.document.id))
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((doc.text + "\n").utf8).write(to: url)
        } catch {
            throw ReportError.dumpNotWritable(path: url.path, reason: OutputFolder.reason(error))
        }
    }
}
