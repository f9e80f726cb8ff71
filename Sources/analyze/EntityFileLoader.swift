import Corpus
import Analysis
import Foundation

/// Reads a user's entity file for `--entities`.
enum EntityFileLoader {
    static func load(_ path: String) throws -> Gazetteer {
        let data: [UInt8]
        do {
            data = try RegularFile.read(path: path, limit: RegularFile.maximumOptionFileBytes)
        } catch let failure as RegularFile.Failure {
            throw Gazetteer.FileError(path: path, line: nil, problem: "\(failure.detail); check the path given to --entities")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw Gazetteer.FileError(path: path, line: nil, problem: "is not valid UTF-8; re-save it as UTF-8")
        }
        return try Gazetteer.bundled.adding(userCSV: text, path: path)
    }
}
