/// Interns token strings to dense integer ids, so that counting works on arrays.
/// Each worker owns one; aggregates from different workers are merged by string.
///
/// With a stemmer, every token that is not a stopword gets the id of its stem ("attacks",
/// "attacked" → `attack`); stopwords keep their own form and ids apart from the stems.
public final class Vocabulary {
    /// Tokens seen, interned from their bytes, and the id of each (many tokens may share the
    /// id of their stem): a token already seen costs one hash of its bytes, no `String`.
    private var tokens = ByteInterner(minimumCapacity: 4096)
    private var tokenIDs: [Int32] = []
    /// Term → id, for terms (stems) and for stopwords.
    private var termIDs: [String: Int32] = [:]
    private var stopwordIDs: [String: Int32] = [:]
    /// The term (token, or its stem) of each id.
    public private(set) var terms: [String] = []
    /// Whether each id is a stopword under the run's stopword list.
    public private(set) var isStopword: [Bool] = []
    /// The stopword list the flags come from.
    public let stopwords: StopwordList
    /// The stemmer applied to non-stopwords, if any.
    public let stemmer: SnowballStemmer?

    public init(stopwords: StopwordList, stemmer: SnowballStemmer? = nil) {
        self.stopwords = stopwords
        self.stemmer = stemmer
    }

    /// Number of distinct tokens seen.
    public var count: Int { terms.count }

    /// The id of a token given as normalised UTF-8 bytes, adding it when new.
    @inline(__always)
    public func id(for token: UnsafeBufferPointer<UInt8>) -> Int32 {
        let (index, inserted) = tokens.insert(token)
        if !inserted { return tokenIDs[Int(index)] }
        let id = add(String(decoding: token, as: UTF8.self))
        tokenIDs.append(id)
        return id
    }

    /// The id of a token string, adding it when new.
    public func id(for token: String) -> Int32 {
        var token = token
        return token.withUTF8 { id(for: $0) }
    }

    /// The id of a token if it has been seen.
    public func existingID(for token: String) -> Int32? {
        tokens.id(of: token).map { tokenIDs[Int($0)] }
    }

    /// The term id of a new token (its stem's, or a new one).
    private func add(_ key: String) -> Int32 {
        let stop = stopwords.contains(key)
        var term = key
        if !stop, let stemmer { term = stemmer.stem(key) }
        if let existing = stop ? stopwordIDs[term] : termIDs[term] { return existing }
        let id = Int32(terms.count)
        if stop { stopwordIDs[term] = id } else { termIDs[term] = id }
        terms.append(term)
        isStopword.append(stop)
        return id
    }
}
