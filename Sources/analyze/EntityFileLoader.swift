import Analysis
import Foundation

/// Reads a user's entity file for `--entities`.
enum EntityFileLoader {
    static func load(_ path: String) throws -> Gazetteer {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Gazetteer.FileError(path: path, line: nil, problem: "cannot be read; check the path given to --entities")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Gazetteer.FileError(path: path, line: nil, problem: "is not valid UTF-8; re-save it as UTF-8")
        }
        return try Gazetteer.bundled.adding(userCSV: text, path: path)
    }
}
