/// Text from the corpus inside XML (the charts' SVG, GraphML): &, <, > and double quotes as
/// entities, apostrophes too when asked; characters XML forbids (controls other than tab
/// and line breaks, U+FFFE, U+FFFF) dropped. Text with none of these is returned as it is.
enum XMLText {
    static func escaped(_ text: String, apostrophes: Bool) -> String {
        let special = text.utf8.contains { b in
            b == UInt8(ascii: "&") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "\"")
                || (apostrophes && b == UInt8(ascii: "'")) || (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0xEF
        }
        guard special else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'" where apostrophes: out += "&#39;"
            default:
                let v = scalar.value
                if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
