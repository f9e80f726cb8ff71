#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A paragraph's bytes with ASCII letters lowercased, for keyword tests without building
/// lowercased `String`s: searches go through `memmem`.
public struct LowercasedBytes {
    public let bytes: [UInt8]

    public init<C: Collection>(_ source: C) where C.Element == UInt8 {
        bytes = source.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    /// Bytes searched as they are (for lowercase phrases in running text), without a copy
    /// being lowercased.
    public init(asIs bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether the bytes contain `needle` (lowercase ASCII): `memchr` for its first byte,
    /// `memcmp` for the rest.
    @inline(__always)
    public func contains(_ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        let pattern = needle.utf8Start
        return bytes.withUnsafeBufferPointer { haystack -> Bool in
            guard n > 0 else { return true }
            guard haystack.count >= n, let base = haystack.baseAddress else { return false }
            let first = Int32(pattern[0])
            let last = haystack.count - n
            var i = 0
            while i <= last {
                guard let found = memchr(base + i, first, last - i + 1) else { return false }
                let j = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + j, pattern, n) == 0 { return true }
                i = j + 1
            }
            return false
        }
    }

    /// Whether the bytes start with `prefix` (lowercase ASCII).
    @inline(__always)
    func hasPrefix(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return count == 0 }
            return memcmp(base, prefix.utf8Start, count) == 0
        }
    }

    /// How many of `needles` occur.
    func count(_ needles: [StaticString]) -> Int {
        needles.reduce(0) { $0 + (contains($1) ? 1 : 0) }
    }

    /// Whether any of `needles` occurs.
    func containsAny(_ needles: [StaticString]) -> Bool {
        needles.contains { contains($0) }
    }

    /// Number of words (runs of bytes other than space and tab).
    var wordCount: Int {
        var count = 0
        var inWord = false
        for b in bytes {
            if b == 0x20 || b == 0x09 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }
}

/// Bytes as a set or dictionary key, hashed in one pass (`[UInt8]` hashes byte by byte).
struct ByteKey: Hashable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
