import Text

/// Finds people, organisations, places, nationality groups and other names (regions,
/// facilities, events) in a tokenized document, by rule: capitalised spans with their
/// connectors, titles that mark a person, a gazetteer, the heads of organisation, place and
/// facility names, and the document's own evidence (a word seen in lowercase is not a name at
/// the start of a sentence; a surname refers back to the full name). No statistical model is
/// loaded, so it runs on every sentence of a large corpus.
public struct EntityRecognizer: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .bundled) {
        self.gazetteer = gazetteer
    }

    /// What the recognizer reads of a word from its bytes alone.
    struct Word {
        let surface: String
        let lower: String
        let capitalized: Bool
        let allCaps: Bool
        /// `lower` is an English stopword.
        let stopword: Bool
        /// The surface starts with a letter.
        let letterFirst: Bool
        /// "Obama-era", "Iran-backed": capitalised, with a hyphen and a lowercase part after it.
        let hyphenatedModifier: Bool
        /// "82nd": a number with an ordinal suffix.
        let ordinal: Bool

        /// A token read in lowercase: only its id is evidence; its surface is left empty.
        static let lowercase = Word(surface: "", lower: "", capitalized: false, allCaps: false, stopword: false, letterFirst: false,
                                    hyphenatedModifier: false, ordinal: false)
    }

    /// A word as the recognizer sees it: a token, or a capitalised part of a hyphenated token
    /// ("Corps-Quds" is "Corps" and "Quds").
    struct Token {
        let word: Word
        let start: Int
        let end: Int
        let sentence: Int
        /// The vocabulary id of the whole token (-1 for a part of a split hyphenated token).
        var id: Int32 = -1

        var surface: String { word.surface }
        var lower: String { word.lower }
        var capitalized: Bool { word.capitalized }
        var allCaps: Bool { word.allCaps }
        var stopword: Bool { word.stopword }
        var letterFirst: Bool { word.letterFirst }
        var hyphenatedModifier: Bool { word.hyphenatedModifier }
        var ordinal: Bool { word.ordinal }
    }

    /// The words a recognizer has read, by their bytes: each distinct capitalised word (or
    /// number, or word with a hyphen) is analysed once per worker, not once per occurrence.
    /// One per worker thread, used with one recognizer.
    public final class TokenCache {
        private var interner = ByteInterner(minimumCapacity: 1024)
        /// Per word read: its parts (one, or the capitalised parts of a hyphenated word), each
        /// with its byte offset in the word.
        private var parts: [[(offset: Int, word: Word)]] = []
        /// `EntityNameKey.words` of the names seen, up to `maximumNames` of them.
        private var nameWords: [String: [String]] = [:]
        static let maximumNames = 200_000

        public init() {}

        /// The words of a name (`EntityNameKey.words`), computed once.
        func words(ofName name: String) -> [String] {
            if let known = nameWords[name] { return known }
            let words = EntityNameKey.words(name)
            if nameWords.count < Self.maximumNames { nameWords[name] = words }
            return words
        }

        /// The parts of the token whose bytes are `token`.
        func parts(of token: UnsafeBufferPointer<UInt8>) -> [(offset: Int, word: Word)] {
            if let id = interner.id(of: token) { return parts[Int(id)] }
            let made = EntityRecognizer.parts(of: String(decoding: token, as: UTF8.self), start: 0).map { part in
                (offset: part.start, word: EntityRecognizer.makeWord(part.text))
            }
            // Up to `maximumWords` words are kept; others are analysed each time they occur.
            if parts.count < Self.maximumWords {
                _ = interner.insert(token)
                parts.append(made)
            }
            return made
        }

        static let maximumWords = 1_000_000
    }

    /// The mentions of `doc`, resolved within the document (`localName`). `vocabulary` (the one
    /// `doc` was tokenized with) gives the parts of split hyphenated words their ids; `cache`
    /// (the worker's) keeps the words read in earlier documents.
    public func mentions(in doc: TokenizedDocument, vocabulary: Vocabulary? = nil, cache: TokenCache? = nil) -> [EntityMention] {
        let cache = cache ?? TokenCache()
        let bytes = Array(doc.text.utf8)
        var tokens: [Token] = []
        tokens.reserveCapacity(doc.tokenIDs.count)
        var sentenceStarts: [Int] = []
        // Ids of the document's lowercase tokens: evidence that a capitalised word is a common one.
        var lowercaseIDs = Set<Int32>()
        let lowercase = Word.lowercase
        for s in doc.sentences.indices {
            sentenceStarts.append(tokens.count)
            for i in doc.sentenceTokenStart[s]..<doc.sentenceTokenStart[s + 1] {
                let start = Int(doc.tokenStarts[i]), end = Int(doc.tokenEnds[i])
                let first = bytes[start]
                // Lowercase words only matter as evidence; skip building most of them.
                if first >= 0x61 && first <= 0x7A && !bytes[start..<end].contains(UInt8(ascii: "-")) {
                    lowercaseIDs.insert(doc.tokenIDs[i])
                    tokens.append(Token(word: lowercase, start: start, end: end, sentence: s, id: doc.tokenIDs[i]))
                    continue
                }
                let parts = bytes.withUnsafeBufferPointer { cache.parts(of: UnsafeBufferPointer(rebasing: $0[start..<end])) }
                for part in parts {
                    var token = Token(word: part.word, start: start + part.offset, end: start + part.offset + part.word.surface.utf8.count,
                                      sentence: s)
                    if parts.count == 1 {
                        token.id = doc.tokenIDs[i]
                    } else if let id = vocabulary?.existingID(for: token.lower) {
                        token.id = id
                    }
                    tokens.append(token)
                }
            }
        }
        sentenceStarts.append(tokens.count)
        // The lowercase surface of skipped tokens is filled in lazily where a rule needs it.
        var paragraphOfSentence: [Int] = []
        var p = 0
        for sentence in doc.sentences {
            while p + 1 < doc.paragraphs.count && doc.paragraphs[p].upperBound < sentence.lowerBound { p += 1 }
            paragraphOfSentence.append(p)
        }
        var found: [EntityMention] = []
        for s in doc.sentences.indices where sentenceStarts[s] < sentenceStarts[s + 1] {
            var context = SentenceContext(tokens: tokens, bytes: bytes, range: sentenceStarts[s]..<sentenceStarts[s + 1],
                                          sentence: s, paragraph: paragraphOfSentence[s], lowercaseIDs: lowercaseIDs, gazetteer: gazetteer)
            context.run()
            found.append(contentsOf: context.mentions)
        }
        return EntityDocumentResolver.resolve(found, text: bytes, cache: cache)
    }

    /// A hyphenated token whose parts after the first are capitalised splits into its parts
    /// ("U.S.-Iran", "Corps-Quds"); "al-Muhandis", "Mar-a-Lago", "Iran-backed" stay whole.
    static func parts(of surface: String, start: Int) -> [(text: String, start: Int)] {
        guard surface.utf8.contains(UInt8(ascii: "-")) else { return [(surface, start)] }
        let pieces = surface.split(separator: "-", omittingEmptySubsequences: false)
        // A party-state tag ("D-Calif") stays whole: its first part is one letter.
        guard pieces.count >= 2, pieces.dropFirst().allSatisfy({ $0.first?.isUppercase == true }),
              pieces.first?.first?.isUppercase == true, (pieces.first?.count ?? 0) >= 2 else { return [(surface, start)] }
        var result: [(String, Int)] = []
        var offset = start
        for piece in pieces {
            result.append((String(piece), offset))
            offset += piece.utf8.count + 1
        }
        return result
    }

    /// The reading of a word (a token, or a part of a split hyphenated one).
    static func makeWord(_ surface: String) -> Word {
        let (lower, capitalized, allCaps) = caseOf(surface)
        let hyphenatedModifier = surface.first?.isUppercase == true && surface.utf8.contains(UInt8(ascii: "-"))
            && surface.split(separator: "-").dropFirst().contains(where: { $0.first?.isLowercase == true })
        let ordinal = surface.first?.isNumber == true
            && (surface.hasSuffix("st") || surface.hasSuffix("nd") || surface.hasSuffix("rd") || surface.hasSuffix("th"))
        return Word(surface: surface, lower: lower, capitalized: capitalized, allCaps: allCaps, stopword: StopwordList.english.contains(lower),
                    letterFirst: surface.first?.isLetter == true, hyphenatedModifier: hyphenatedModifier, ordinal: ordinal)
    }

    /// A word's lowercase form, whether it is capitalised (or a particle before a capitalised
    /// name: "al-Muhandis"), and whether it is written in capitals.
    static func caseOf(_ surface: String) -> (lower: String, capitalized: Bool, allCaps: Bool) {
        // ASCII words (most of them) are read on bytes, with the same rules as below.
        if surface.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(surface.utf8)
            func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
            var capitalized = false
            if let first = bytes.first {
                if isUpper(first) {
                    capitalized = true
                } else if bytes.count > 3, ["al-", "el-", "ad-", "as-", "ash-", "an-", "at-"].contains(where: { surface.hasPrefix($0) }) {
                    if let hyphen = bytes.firstIndex(of: UInt8(ascii: "-")), hyphen + 1 < bytes.count { capitalized = isUpper(bytes[hyphen + 1]) }
                }
            }
            var letters = 0, upper = 0
            for b in bytes where (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A {
                letters += 1
                if isUpper(b) { upper += 1 }
            }
            let lower = String(decoding: bytes.map { isUpper($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
            return (lower, capitalized, letters >= 2 && upper == letters)
        }
        var capitalized = false
        if let first = surface.unicodeScalars.first {
            if first.properties.isUppercase {
                capitalized = true
            } else if surface.count > 3, ["al-", "el-", "ad-", "as-", "ash-", "an-", "at-"].contains(where: { surface.hasPrefix($0) }) {
                // "al-Muhandis": a lowercase particle before a capitalised name.
                capitalized = surface.unicodeScalars.drop { $0 != "-" }.dropFirst().first?.properties.isUppercase ?? false
            }
        }
        let letters = surface.unicodeScalars.filter { $0.properties.isAlphabetic }
        let allCaps = letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
        return (surface.lowercased(), capitalized, allCaps)
    }
}
