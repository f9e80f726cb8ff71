import Foundation
import Text

/// Writes each document's cleaned text to a folder (`--dump-clean DIR`), so a researcher
/// can audit what cleaning removed: `DIR/<document id>.txt`, with the corpus's subfolders,
/// and `:` of a CSV/JSON Lines record id written as `_`. The folder follows the rule of
/// every output folder (`OutputFolder`): staged, moved into place only when the run
/// succeeds, never the corpus or inside it, never holding a file analyze did not write.
/// Safe to call from several threads.
public final class CleanTextDumper: @unchecked Sendable {
    /// The folder written to.
    public let folder: OutputFolder

    /// Checks `path` and creates its staging folder. Throws `ReportError`.
    public init(folder path: String, protecting: [String] = []) throws {
        folder = try OutputFolder(path: path, option: "--dump-clean", protecting: protecting)
    }

    /// The file a document's cleaned text goes to, relative to the folder: no component is
    /// empty, `.` or `..`, and control characters, `:` and `\` become `_`.
    public static func relativePath(for documentID: String) -> String {
        var parts = documentID.split(separator: "/").filter { $0 != ".." && $0 != "." }.map {
            String(String.UnicodeScalarView($0.unicodeScalars.map {
                $0 == ":" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F ? "_" : $0
            }))
        }
        if parts.isEmpty { parts = ["document"] }
        if !(parts[parts.count - 1].hasSuffix(".txt")) {
            parts[parts.count - 1] += ".txt"
        }
        return parts.joined(separator: "/")
    }

    /// Writes the cleaned text of `doc`, ending in a newline, into the staging folder.
    public func write(_ doc: TokenizedDocument) throws {
        let url = URL(fileURLWithPath: folder.file(Self.relativePath(for: doc.document.id)))
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((doc.text + "\n").utf8).write(to: url)
        } catch {
            throw ReportError.dumpNotWritable(path: folder.path + "/" + Self.relativePath(for: doc.document.id), reason: OutputFolder.reason(error))
        }
    }

    /// Moves the cleaned texts into place.
    public func commit() throws {
        try folder.commit()
    }
}
