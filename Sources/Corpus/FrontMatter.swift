import Yams

/// YAML front matter at the top of a text file: a first line `---`, YAML key/value pairs,
/// and a closing line `---` (or `...`). Scalar values become metadata as written (a date
/// stays `2020-01-03`, not a parsed timestamp); a list of scalars becomes its items joined
/// by `; `.
public struct FrontMatter: Sendable {
    /// The metadata the block defines.
    public let metadata: [String: String]
    /// The document text after the block.
    public let body: String

    /// A front-matter block that could not be parsed; the text after it is still usable.
    public struct Malformed: Error {
        /// The document text after the block.
        public let body: String
        /// What the YAML parser said, with the line in the file.
        public let problem: String
    }

    /// Splits `text` into front matter and body. Returns nil when the text has no front
    /// matter block; throws `Malformed` when it has one that is not a YAML mapping.
    public static func split(_ text: String) throws -> FrontMatter? {
        guard text.hasPrefix("---\n") else { return nil }
        let afterOpening = text.utf8.index(text.utf8.startIndex, offsetBy: 4)
        var lineStart = afterOpening
        var closing: (start: String.Index, end: String.Index)?
        let utf8 = text.utf8
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let line = text[lineStart..<lineEnd]
            if line == "---" || line == "..." || line == "--- " {
                closing = (lineStart, lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd)
                break
            }
            lineStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
        }
        guard let closing else { return nil }
        let yaml = String(text[afterOpening..<closing.start])
        let body = String(text[closing.end...])
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw Malformed(body: body, problem: describe(error))
        } catch {
            throw Malformed(body: body, problem: "\(error)")
        }
        guard let node else { return FrontMatter(metadata: [:], body: body) }
        guard let mapping = node.mapping else {
            throw Malformed(body: body, problem: "the front matter is not a list of 'key: value' lines")
        }
        var metadata: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.string?.trimmingCharacters(in: .whitespaces), !name.isEmpty else { continue }
            switch value {
            case .scalar(let scalar):
                metadata[name] = scalar.string
            case .sequence(let sequence):
                metadata[name] = sequence.compactMap { $0.string }.joined(separator: "; ")
            default:
                continue
            }
        }
        return FrontMatter(metadata: metadata, body: body)
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            // The mark counts from the line after the opening `---`.
            return "invalid YAML front matter at line \(mark.line + 1): \(problem)"
        default:
            return "invalid YAML front matter: \(error)"
        }
    }
}

import Foundation
