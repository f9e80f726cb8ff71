/// Ways of showing a file name whose bytes are not valid UTF-8, or that holds control
/// characters: each such byte becomes `\xHH`, so every name prints on one line and two
/// different names never print the same.
public enum FileNameText {
    /// `bytes` as text: valid UTF-8 as it is, other bytes, control characters and the
    /// backslash as `\xHH` (so the form is unambiguous: `caf\xE9.txt` is never a name
    /// that holds a backslash).
    public static func display(_ bytes: [UInt8]) -> String {
        let needsEscape = bytes.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0x5C } || String(validating: bytes, as: UTF8.self) == nil
        guard needsEscape else { return String(decoding: bytes, as: UTF8.self) }
        var out = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        func hex(_ byte: UInt8) -> String {
            let digits = Array("0123456789ABCDEF")
            return "\\x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
        }
        var consumed = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\\" {
                    out += hex(UInt8(scalar.value))
                } else {
                    out.unicodeScalars.append(scalar)
                }
                consumed += encoded.count
            case .error(let length):
                for byte in bytes[consumed..<consumed + length] { out += hex(byte) }
                consumed += length
            case .emptyInput:
                break loop
            }
        }
        return out
    }
}
