/// A document's MinHash signature over its word 5-shingles (one-permutation hashing with
/// 64 buckets, empty buckets filled from the next full one), for finding exact and near
/// duplicates: the same wire story in several outlets, lightly edited. Two signatures agree
/// in about as many buckets as the share of shingles the two documents have in common
/// (their Jaccard similarity).
public enum ShingleSignature {
    /// Words per shingle.
    public static let shingleLength = 5
    /// Buckets (values) per signature.
    public static let buckets = 64

    /// A stable 64-bit hash of a term's UTF-8 bytes (FNV-1a), the same on every worker and run.
    public static func termHash(_ term: String) -> UInt64 {
        StableHash.fnv1a(term.utf8)
    }

    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        // splitmix64's finaliser.
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The signature of a document whose tokens have the given term hashes, in order; empty
    /// for a document without tokens. A document shorter than a shingle is one shingle.
    public static func signature(_ hashes: [UInt64]) -> [UInt32] {
        guard !hashes.isEmpty else { return [] }
        var minimum = [UInt64](repeating: .max, count: buckets)
        let width = min(shingleLength, hashes.count)
        for start in 0...(hashes.count - width) {
            var h: UInt64 = 0
            for k in start..<(start + width) { h = (h &* 0x1000_0000_01B3) ^ hashes[k] }
            let x = mix(h)
            let bucket = Int(x >> 58)
            let value = x & ((1 << 58) - 1)
            if value < minimum[bucket] { minimum[bucket] = value }
        }
        // Densification: an empty bucket takes the value of the next full one (circularly),
        // offset by the distance, so that two documents fill it the same way.
        var result = [UInt32](repeating: 0, count: buckets)
        for b in 0..<buckets {
            var source = b, distance: UInt64 = 0
            while minimum[source] == .max {
                source = (source + 1) % buckets
                distance += 1
            }
            result[b] = UInt32(truncatingIfNeeded: mix(minimum[source] &+ distance &* 0x9E37_79B9) >> 32)
        }
        return result
    }

    /// The share of buckets in which two signatures agree: an estimate of the documents'
    /// Jaccard similarity over shingles.
    public static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
        guard a.count == buckets, b.count == buckets else { return 0 }
        var same = 0
        for k in 0..<buckets where a[k] == b[k] { same += 1 }
        return Double(same) / Double(buckets)
    }
}

/// A document that repeats an earlier one: the earliest document of its set (corpus order)
/// and their estimated similarity.
public struct DuplicateMatch: Sendable, Equatable {
    public let original: Int
    public let similarity: Double
}

/// Finds the sets of exact and near-duplicate documents by locality-sensitive hashing of
/// their signatures (16 bands of 4 buckets): documents that agree in a whole band are
/// candidates, and a candidate joins a set when its estimated similarity to the set's first
/// document is at least `threshold`. Linear in the number of documents.
public enum DuplicateFinder {
    /// The least estimated Jaccard similarity of word 5-shingles for a near duplicate.
    public static let threshold = 0.8
    static let bands = 16

    /// For each document that repeats an earlier one, by index: the match.
    public static func duplicates(_ signatures: [[UInt32]], threshold: Double = threshold) -> [Int: DuplicateMatch] {
        var parent = Array(signatures.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        let rows = ShingleSignature.buckets / bands
        for band in 0..<bands {
            var first: [[UInt32]: Int] = [:]
            for (d, signature) in signatures.enumerated() where signature.count == ShingleSignature.buckets {
                let key = Array(signature[(band * rows)..<((band + 1) * rows)])
                guard let earlier = first[key] else { first[key] = d; continue }
                let (a, b) = (root(earlier), root(d))
                guard a != b, ShingleSignature.similarity(signatures[a], signature) >= threshold else { continue }
                parent[max(a, b)] = min(a, b)
            }
        }
        var matches: [Int: DuplicateMatch] = [:]
        for d in signatures.indices {
            let r = root(d)
            if r != d { matches[d] = DuplicateMatch(original: r, similarity: ShingleSignature.similarity(signatures[r], signatures[d])) }
        }
        return matches
    }
}
