/// Interns token strings to dense integer ids, so that counting works on arrays.
/// Each worker owns one; aggregates from different workers are merged by string.
///
/// With a stemmer, every token that is not a stopword gets the id of its stem ("attacks",
/// "attacked" → `attack`); stopwords keep their own form and ids apart from the stems.
public final class Vocabulary {
    /// Token → id (many tokens may share the id of their stem).
    private var ids: [String: Int32] = [:]
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
        let key = String(decoding: token, as: UTF8.self)
        if let id = ids[key] { return id }
        return add(key)
    }

    /// The id of a token string, adding it when new.
    public func id(for token: String) -> Int32 {
        if let id = ids[token] { return id }
        return add(token)
    }

    /// The id of a token if it has been seen.
    public func existingID(for token: String) -> Int32? { ids[token] }

    private func add(_ key: String) -> Int32 {
        let stop = stopwords.contains(key)
        var term = key
        if !stop, let stemmer { term = stemmer.stem(key) }
        if let existing = stop ? stopwordIDs[term] : termIDs[term] {
            ids[key] = existing
            return existing
        }
        let id = Int32(terms.count)
        ids[key] = id
        if stop { stopwordIDs[term] = id } else { termIDs[term] = id }
        terms.append(term)
        isStopword.append(stop)
        return id
    }
}
