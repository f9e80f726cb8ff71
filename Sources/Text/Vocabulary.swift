/// Interns token strings to dense integer ids, so that counting works on arrays.
/// Each worker owns one; aggregates from different workers are merged by string.
public final class Vocabulary {
    private var ids: [String: Int32] = [:]
    /// The token of each id.
    public private(set) var terms: [String] = []
    /// Whether each id is a stopword under the run's stopword list.
    public private(set) var isStopword: [Bool] = []
    /// The stopword list the flags come from.
    public let stopwords: StopwordList

    public init(stopwords: StopwordList) {
        self.stopwords = stopwords
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
        let id = Int32(terms.count)
        ids[key] = id
        terms.append(key)
        isStopword.append(stopwords.contains(key))
        return id
    }
}
