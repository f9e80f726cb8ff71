import Corpus
import Text

extension StopwordList {
    /// A list read from a file: one word per line; blank lines and lines starting with `#`
    /// are ignored. Throws `StopwordList.FileError` naming the file.
    public static func load(path: String) throws -> StopwordList {
        let data: [UInt8]
        do {
            data = try RegularFile.read(path: path, limit: RegularFile.maximumOptionFileBytes)
        } catch let failure as RegularFile.Failure {
            throw FileError(path: path, problem: "\(failure.detail); check the path given to --stopwords")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw FileError(path: path, problem: "is not valid UTF-8; re-save it as UTF-8")
        }
        return StopwordList(lines: text)
    }
}
