import Corpus
import Foundation

/// The texts of `analyze entities` and `analyze figures`: each file named, or stdin when
/// none is, decoded as `analyze` decodes corpus files. A file that is not text is skipped
/// with a warning; a file that cannot be read stops the command.
enum TextInputs {
    static func read(_ files: [String], console: Console) throws -> [(name: String, text: String)] {
        let inputs: [(name: String, bytes: [UInt8])] = try files.isEmpty
            ? [("-", [UInt8](FileHandle.standardInput.readDataToEndOfFile()))]
            : files.map { path in
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw CorpusError.corpusNotReadable(path: path, reason: "no such file or no permission")
                }
                return (path, [UInt8](data))
            }
        var texts: [(name: String, text: String)] = []
        for input in inputs {
            do {
                texts.append((input.name, try TextFileDecoder.decode(input.bytes)))
            } catch let failure as TextFileDecoder.Failure {
                console.warning("\(input.name): \(failure.detail)")
            }
        }
        return texts
    }
}
