/// Character (Unicode scalar) offsets of byte offsets in a text.
public struct CharacterOffsets {
    private let prefix: [Int32]

    public init(_ text: String) {
        var prefix: [Int32] = [0]
        prefix.reserveCapacity(text.utf8.count + 1)
        var count: Int32 = 0
        for byte in text.utf8 {
            if byte & 0xC0 != 0x80 { count += 1 }
            prefix.append(count)
        }
        // prefix[b] is the number of scalars that start before byte b.
        self.prefix = prefix
    }

    /// The character offset of byte offset `byte`.
    public func offset(of byte: Int) -> Int {
        guard byte > 0 else { return 0 }
        // Scalars that start before `byte`.
        return Int(prefix[min(byte, prefix.count - 1)])
    }
}

extension CharacterOffsets {
    /// Character offsets of byte offsets asked in increasing order, counted as the text is
    /// walked once (no table): for sentences, mentions and other spans met in text order.
    public struct Cursor {
        private var byte = 0
        private var character: Int32 = 0

        public init() {}

        /// The character offset of byte offset `target` of `bytes` (at least the last one asked).
        public mutating func offset(of target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
            let end = min(target, bytes.count)
            while byte < end {
                if bytes[byte] & 0xC0 != 0x80 { character += 1 }
                byte += 1
            }
            return character
        }
    }
}
