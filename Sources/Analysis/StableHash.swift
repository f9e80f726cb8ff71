/// FNV-1a over bytes: a 64-bit hash that is the same on every worker, run and machine (Swift's
/// `Hasher` is seeded per process), for terms, figure context words and names.
public enum StableHash {
    public static func fnv1a<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
