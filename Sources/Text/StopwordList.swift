import Foundation

/// A set of tokens left out of term and n-gram counts. The bundled English list holds
/// function words only (articles, pronouns, auxiliaries, prepositions, conjunctions and
/// their contractions), written as the tokenizer writes them (lowercase, `'` apostrophes).
public struct StopwordList: Sendable {
    /// The stopwords.
    public let words: Set<String>
    /// The stopwords' bytes, for `contains(bytes:)`.
    private let interned: ByteInterner

    /// A list of the given words (normalised through the tokenizer).
    public init<S: Sequence>(_ words: S) where S.Element == String {
        let tokenizer = Tokenizer()
        var set = Set<String>()
        for word in words {
            for token in tokenizer.tokens(of: word) { set.insert(token) }
        }
        self.words = set
        var interned = ByteInterner(minimumCapacity: set.count)
        for word in set.sorted() { interned.insert(word) }
        self.interned = interned
    }

    /// Whether the UTF-8 `bytes` are a stopword, byte for byte (no `String` is made; a word
    /// written with other code points for the same characters is not found).
    @inline(__always)
    public func contains(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        interned.id(of: bytes) != nil
    }

    /// No stopwords (`--keep-stopwords`).
    public static let none = StopwordList([String]())

    /// The bundled English list (`Sources/Text/Resources/stopwords_en.txt`, in the format of
    /// `--stopwords` files, compiled in by the EmbedTextPlugin).
    public static let english = StopwordList(lines: EmbeddedText.stopwords_en_txt)

    /// A list from the text of a stopword file: one word per line; blank lines and lines
    /// starting with `#` are ignored.
    public init(lines text: String) {
        // "\r\n" is one Character in Swift, so it is named as a separator of its own.
        let words = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        self.init(words)
    }

    /// A stopword file that could not be used (see `StopwordList.load(path:)` in Analysis).
    public struct FileError: Error, CustomStringConvertible {
        public let path: String
        public let problem: String
        public var description: String { "\(path): \(problem)" }

        public init(path: String, problem: String) {
            self.path = path
            self.problem = problem
        }
    }

    /// Whether `token` is a stopword.
    @inline(__always)
    public func contains(_ token: String) -> Bool { words.contains(token) }
}
