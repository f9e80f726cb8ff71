/// Interns byte strings (UTF-8 words) to dense ids `0, 1, 2, ...` in the order they were
/// first inserted, and finds them again from bytes, without making a `String` per lookup.
///
/// Keys live back to back in one byte array; an open-addressing table of ids, kept at most
/// half full, finds them by a hash of the bytes. The hash only places keys in the table: ids
/// and every lookup's answer are the same whatever it is, so any run on any machine agrees.
public struct ByteInterner: Sendable {
    /// All keys, back to back.
    private var storage: [UInt8] = []
    /// Where key `id` starts in `storage`; one extra entry holds the end.
    private var starts: [Int32] = [0]
    /// Each key's hash, so that growing the table does not rehash bytes and most probes
    /// that miss do not compare them.
    private var hashes: [UInt64] = []
    /// id + 1 of the key in each slot; 0 is an empty slot.
    private var slots: [Int32]
    private var mask: Int

    public init(minimumCapacity: Int = 64) {
        var size = 16
        while size < minimumCapacity * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// Number of distinct keys.
    public var count: Int { hashes.count }

    /// The bytes of key `id`.
    public func key(_ id: Int32) -> ArraySlice<UInt8> {
        storage[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
    }

    /// The key `id` as a string (for output).
    public func string(_ id: Int32) -> String {
        String(decoding: key(id), as: UTF8.self)
    }

    /// The id of `bytes`, if it was inserted.
    @inline(__always)
    public func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                if hashes[Int(entry) - 1] == hash, equals(Int(entry) - 1, bytes) { return entry - 1 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The id of `text`'s UTF-8 bytes, if it was inserted.
    public func id(of text: String) -> Int32? {
        var text = text
        return text.withUTF8 { id(of: $0) }
    }

    /// The id of `bytes`, inserting them as a new key when absent.
    @discardableResult
    public mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int32, inserted: Bool) {
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if hashes[Int(entry) - 1] == hash, equals(Int(entry) - 1, bytes) { return (entry - 1, false) }
            slot = (slot + 1) & mask
        }
        let id = Int32(hashes.count)
        storage.append(contentsOf: bytes)
        starts.append(Int32(storage.count))
        hashes.append(hash)
        slots[slot] = id + 1
        if hashes.count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// The id of `text`'s UTF-8 bytes, inserting them when absent.
    @discardableResult
    public mutating func insert(_ text: String) -> (id: Int32, inserted: Bool) {
        var text = text
        return text.withUTF8 { insert($0) }
    }

    @inline(__always)
    private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[id]), end = Int(starts[id + 1])
        guard end - start == bytes.count else { return false }
        return storage.withUnsafeBufferPointer { stored in
            guard let base = bytes.baseAddress else { return true }
            return memcmpBytes(stored.baseAddress! + start, base, bytes.count)
        }
    }

    @inline(__always)
    private func memcmpBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var i = 0
        while i + 8 <= count {
            if UnsafeRawPointer(a + i).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self) { return false }
            i += 8
        }
        while i < count {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    private mutating func grow() {
        let size = slots.count * 2
        var bigger = [Int32](repeating: 0, count: size)
        let newMask = size - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & newMask
            while bigger[slot] != 0 { slot = (slot + 1) & newMask }
            bigger[slot] = Int32(id + 1)
        }
        slots = bigger
        mask = newMask
    }

    /// A 64-bit hash of `bytes`, eight at a time, finished so that the low bits (the slot) depend
    /// on every byte.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= bytes.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        if i < bytes.count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < bytes.count {
                tail |= UInt64(base[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ tail) &* 0xFF51_AFD7_ED55_8CCD
        }
        h ^= h >> 29
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 32
        return h
    }
}
