import Analysis
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
    /// empty, `.` or `..`; control characters, `:` and `\` become `_`; a component longer
    /// than 200 bytes is shortened and given a hash of the whole id; the file ends in `.txt`,
    /// and a folder component that ends in `.txt` gets `_d`, so that no file and folder clash
    /// (`a.txt` and `a.txt/b` are `a.txt` and `a.txt_d/b.txt`).
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
        for i in parts.indices {
            if parts[i].utf8.count > 200 {
                var short = ""
                for scalar in parts[i].unicodeScalars {
                    if short.utf8.count + String(scalar).utf8.count > 180 { break }
                    short.unicodeScalars.append(scalar)
                }
                parts[i] = short + "~" + hash(documentID) + (i == parts.count - 1 ? ".txt" : "")
            }
            if i < parts.count - 1, parts[i].hasSuffix(".txt") { parts[i] += "_d" }
        }
        return parts.joined(separator: "/")
    }

    /// Eight hex digits of FNV-1a over the id's bytes (stable across runs and machines).
    static func hash(_ text: String) -> String {
        var h: UInt32 = 2_166_136_261
        for byte in text.utf8 { h = (h ^ UInt32(byte)) &* 16_777_619 }
        let digits = String(h, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// `path` with `~N` before its extension.
    static func numbered(_ path: String, _ sequence: Int) -> String {
        path.hasSuffix(".txt") ? String(path.dropLast(4)) + "~\(sequence).txt" : path + "~\(sequence)"
    }

    private let lock = NSLock()
    /// Which document (by sequence number) each written path holds.
    private var owners: [String: Int] = [:]

    /// Writes the cleaned text of `doc`, ending in a newline, into the staging folder. Two
    /// documents with the same path (duplicate ids, or ids that differ only where `_` was
    /// put) are told apart by their corpus position: the first keeps the path, the others
    /// get `~N` (N the document's position), whatever the order the workers finish in.
    public func write(_ doc: TokenizedDocument) throws {
        let base = Self.relativePath(for: doc.document.id)
        let sequence = doc.document.sequenceNumber
        lock.lock()
        defer { lock.unlock() }
        var relative = base
        do {
            if let owner = owners[base], owner != sequence {
                if sequence < owner {
                    // This document comes first in the corpus: it takes the plain path.
                    try FileManager.default.moveItem(atPath: folder.file(base), toPath: folder.file(Self.numbered(base, owner)))
                    owners[Self.numbered(base, owner)] = owner
                } else {
                    relative = Self.numbered(base, sequence)
                }
            }
            owners[relative] = sequence
            let url = URL(fileURLWithPath: folder.file(relative))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((doc.text + "\n").utf8).write(to: url)
        } catch {
            throw ReportError.dumpNotWritable(path: folder.path + "/" + relative, reason: OutputFolder.reason(error))
        }
    }

    /// Moves the cleaned texts into place.
    public func commit() throws {
        try folder.commit()
    }
}
