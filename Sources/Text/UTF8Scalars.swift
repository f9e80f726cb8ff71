/// Byte-level helpers for the text hot loops: decoding one scalar at a byte offset and
/// classifying it, without going through `Character`.
public enum UTF8Scalars {
    /// A space, tab, line feed or carriage return.
    @inlinable @inline(__always)
    public static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// The scalar starting at `i` and its length in bytes. Input is valid UTF-8 (checked
    /// when the file was read); a stray continuation byte decodes as U+FFFD of length 1.
    @inlinable @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        let n = bytes.count
        if b0 >= 0xF0, i + 3 < n {
            let v = (b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12
                | (UInt32(bytes[i + 2]) & 0x3F) << 6 | (UInt32(bytes[i + 3]) & 0x3F)
            return (v, 4)
        }
        if b0 >= 0xE0, i + 2 < n {
            let v = (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | (UInt32(bytes[i + 2]) & 0x3F)
            return (v, 3)
        }
        if b0 >= 0xC0, i + 1 < n {
            return ((b0 & 0x1F) << 6 | (UInt32(bytes[i + 1]) & 0x3F), 2)
        }
        return (0xFFFD, 1)
    }

    /// How the tokenizer and segmenter see a scalar.
    enum Kind {
        case letter, digit, apostrophe, hyphen, space, other
    }

    /// The kind of a scalar.
    @inline(__always)
    static func kind(of scalar: UInt32) -> Kind {
        if scalar < 0x80 {
            switch scalar {
            case 0x61...0x7A, 0x41...0x5A: return .letter
            case 0x30...0x39: return .digit
            case 0x27: return .apostrophe
            case 0x2D: return .hyphen
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return .space
            default: return .other
            }
        }
        switch scalar {
        case 0x2019, 0x2018, 0x02BC, 0x2032: return .apostrophe
        case 0x2010, 0x2011: return .hyphen
        case 0x00A0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
        default:
            guard let s = Unicode.Scalar(scalar) else { return .other }
            let properties = s.properties
            if properties.isAlphabetic { return .letter }
            switch properties.generalCategory {
            case .decimalNumber: return .digit
            case .nonspacingMark, .spacingMark, .enclosingMark: return .letter
            default: return .other
            }
        }
    }

    /// Whether a scalar is an uppercase letter.
    @inline(__always)
    static func isUppercase(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar >= 0x41 && scalar <= 0x5A }
        return Unicode.Scalar(scalar)?.properties.isUppercase ?? false
    }

    /// Whether a scalar is a lowercase letter.
    @inline(__always)
    static func isLowercase(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar >= 0x61 && scalar <= 0x7A }
        return Unicode.Scalar(scalar)?.properties.isLowercase ?? false
    }

    /// The number of Unicode scalars in UTF-8 `bytes` (bytes that are not continuation bytes).
    @inlinable
    public static func scalarCount<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var count = 0
        for b in bytes where b & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
