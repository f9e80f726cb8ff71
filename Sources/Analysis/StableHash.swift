/// FNV-1a over bytes: a 64-bit hash that is the same on every worker, run and machine (Swift's
/// `Hasher` is seeded per process), for terms, figure context words and names, and for
/// snapshots' checksums and corpus digests.
public enum StableHash {
    public static func fnv1a<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var hash = FNV1a()
        hash.add(bytes)
        return hash.value
    }

    /// FNV-1a of bytes that come in pieces (a file read in chunks, a document's fields).
    public struct FNV1a: Sendable {
        public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

        public init() {}

        public mutating func add<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            var hash = value
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            value = hash
        }
    }
}
