import Text

/// Known entities with their aliases: the bundled list (countries, nationalities, cities,
/// U.S. states and their abbreviations, major organisations) extended by a user's file
/// (`--entities FILE`, CSV `canonical,type,aliases` with aliases separated by `|`), whose
/// entries win over the bundled ones.
///
/// Aliases are matched on token sequences as the tokenizer sees them ("Iran’s" matches
/// "Iran", "Supreme Leader's office" matches "Supreme Leader office"), case-sensitively, and
/// case-insensitively for text written in capitals ("BAGHDAD").
public struct Gazetteer: Sendable {
    /// One known entity.
    public struct Entry: Sendable, Equatable {
        public let canonical: String
        public let type: EntityType
        /// Whether it came from the user's file.
        public let fromUser: Bool
    }

    /// A problem in a user's entity file.
    public struct FileError: Error, CustomStringConvertible {
        public let path: String
        public let line: Int?
        public let problem: String

        public init(path: String, line: Int?, problem: String) {
            self.path = path
            self.line = line
            self.problem = problem
        }

        public var description: String {
            line.map { "\(path):\($0): \(problem)" } ?? "\(path): \(problem)"
        }
    }

    private var exact: [String: Entry] = [:]
    private var folded: [String: Entry] = [:]
    /// Every alias's first one, two, ... tokens, joined by spaces and lowercased: a sequence
    /// that is none of them starts no alias, nor does any longer one (a word that is none of
    /// them starts no alias).
    private var prefixes: Set<String> = []
    /// The longest alias, in tokens.
    public private(set) var longestAlias = 1
    /// Entries by canonical name.
    public private(set) var entries: [String: Entry] = [:]

    /// The bundled gazetteer.
    public static let bundled: Gazetteer = {
        var gazetteer = Gazetteer()
        gazetteer.add(csv: BundledGazetteer.csv, fromUser: false)
        gazetteer.add(csv: BundledGazetteerExtras.csv, fromUser: false)
        return gazetteer
    }()

    init() {}

    /// The bundled gazetteer extended by the CSV text of a user's file.
    public func adding(userCSV text: String, path: String) throws -> Gazetteer {
        var copy = self
        var lineNumber = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: [" ", "\t", "\r", "\u{FEFF}"])
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: [" ", "\t", "\""])
            }
            if lineNumber == 1 && fields.first?.lowercased() == "canonical" { continue }
            guard fields.count >= 2, !fields[0].isEmpty else {
                throw FileError(path: path, line: lineNumber, problem: "expected canonical,type,aliases; write one entity per line")
            }
            guard let type = EntityType(rawValue: fields[1].uppercased()) else {
                throw FileError(path: path, line: lineNumber, problem: "unknown type '\(fields[1])'; use PERSON, ORG, GPE, NORP or OTHER")
            }
            let aliases = fields.count > 2 ? fields[2].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } : []
            copy.add(canonical: fields[0], type: type, aliases: aliases, fromUser: true)
        }
        return copy
    }

    mutating func add(csv: String, fromUser: Bool) {
        for line in csv.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).dropFirst() {
            let fields = line.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard fields.count >= 2, let type = EntityType(rawValue: fields[1]) else { continue }
            let aliases = fields.count > 2 ? fields[2].split(separator: "|").map(String.init) : []
            add(canonical: fields[0], type: type, aliases: aliases, fromUser: fromUser)
        }
    }

    mutating func add(canonical: String, type: EntityType, aliases: [String], fromUser: Bool) {
        let entry = Entry(canonical: canonical, type: type, fromUser: fromUser)
        entries[canonical] = entry
        for alias in [canonical] + aliases where !alias.isEmpty {
            let tokens = Self.surfaceTokens(of: alias)
            guard !tokens.isEmpty else { continue }
            let key = tokens.joined(separator: " ")
            var prefix = ""
            for token in tokens {
                prefix += prefix.isEmpty ? token : " " + token
                prefixes.insert(prefix.lowercased())
            }
            // A user's entry replaces a bundled one; otherwise the first entry keeps an alias.
            if fromUser || exact[key] == nil { exact[key] = entry }
            let lower = key.lowercased()
            if fromUser || folded[lower] == nil { folded[lower] = entry }
            longestAlias = max(longestAlias, tokens.count)
        }
    }

    /// The surface tokens of a name, as the tokenizer cuts them.
    static func surfaceTokens(of text: String) -> [String] {
        var copy = text
        var tokens: [String] = []
        copy.withUTF8 { buffer in
            Tokenizer().forEachToken(in: buffer, range: 0..<buffer.count) { _, range in
                tokens.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self))
            }
        }
        return tokens
    }

    /// Whether some alias starts with this word (lowercased).
    public func startsAlias(_ lowercasedWord: String) -> Bool {
        prefixes.contains(lowercasedWord)
    }

    /// Whether some alias starts with these tokens (joined by spaces, lowercased).
    public func startsAlias(tokens lowercasedKey: String) -> Bool {
        prefixes.contains(lowercasedKey)
    }

    /// The entry for a sequence of surface tokens joined by single spaces; `capitals` allows a
    /// case-insensitive match (for text written in capitals).
    public func lookup(_ key: String, capitals: Bool = false) -> Entry? {
        if let entry = exact[key] { return entry }
        return capitals ? folded[key.lowercased()] : nil
    }
}
