/// Splits text into paragraphs, on UTF-8 bytes.
///
/// News exports put one paragraph per line (sometimes with blank lines between, sometimes
/// without), while e-mail and archive text is hard-wrapped at a fixed width. The rule:
/// blank lines always separate paragraphs; a single line break separates paragraphs too,
/// unless the line before ends inside a sentence (no `.`, `?`, `!`, `:`, closing quote) and
/// either the next line starts in lowercase or the whole block looks hard-wrapped (three or
/// more lines, every line but the last 40 to 100 bytes long). Paragraphs are trimmed.
public enum ParagraphSplitter {
    /// The paragraphs of `text`, in order, without empty ones.
    public static func paragraphs(of text: String) -> [String] {
        var result: [String] = []
        var copy = text
        copy.withUTF8 { bytes in
            var block: [Range<Int>] = []
            var lineStart = 0
            let n = bytes.count
            while lineStart <= n {
                var lineEnd = lineStart
                while lineEnd < n, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                let line = trimmed(bytes, lineStart..<lineEnd)
                if line.isEmpty {
                    appendBlock(block, bytes, to: &result)
                    block.removeAll(keepingCapacity: true)
                } else {
                    block.append(line)
                }
                lineStart = lineEnd + 1
            }
            appendBlock(block, bytes, to: &result)
        }
        return result
    }

    private static func appendBlock(_ lines: [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>, to result: inout [String]) {
        guard let first = lines.first else { return }
        func string(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        if lines.count == 1 {
            result.append(string(first))
            return
        }
        let hardWrapped = lines.count >= 3 && lines.dropLast().allSatisfy { (40...100).contains($0.count) }
        var current = [first]
        for next in lines.dropFirst() {
            let previous = current[current.count - 1]
            let open = !endsSentence(bytes, previous)
            if open && (hardWrapped || startsLowercase(bytes, next)) {
                current.append(next)
            } else {
                result.append(current.map(string).joined(separator: " "))
                current = [next]
            }
        }
        result.append(current.map(string).joined(separator: " "))
    }

    /// Whether the bytes in `range` end with sentence-final punctuation (possibly inside a
    /// closing quote or bracket).
    static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.upperBound
        while i > range.lowerBound {
            let b = bytes[i - 1]
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"):
                i -= 1
            case UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ":"):
                return true
            case 0x9D where i - range.lowerBound >= 3 && bytes[i - 3] == 0xE2 && bytes[i - 2] == 0x80:   // ”
                i -= 3
            case 0x99 where i - range.lowerBound >= 3 && bytes[i - 3] == 0xE2 && bytes[i - 2] == 0x80:   // ’
                i -= 3
            case 0xA6 where i - range.lowerBound >= 3 && bytes[i - 3] == 0xE2 && bytes[i - 2] == 0x80:   // …
                return true
            case 0xBB where i - range.lowerBound >= 2 && bytes[i - 2] == 0xC2:   // »
                i -= 2
            default:
                return false
            }
        }
        return false
    }

    /// Whether a string ends with sentence-final punctuation.
    static func endsSentence<S: StringProtocol>(_ text: S) -> Bool {
        var copy = String(text)
        return copy.withUTF8 { endsSentence($0, 0..<$0.count) }
    }

    private static func startsLowercase(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        UTF8Scalars.isLowercase(UTF8Scalars.decode(bytes, at: range.lowerBound).scalar)
    }

    /// `range` without leading and trailing spaces, tabs, CR, no-break spaces and BOMs.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var s = range.lowerBound
        var e = range.upperBound
        while s < e {
            let b = bytes[s]
            if b == 0x20 || b == 0x09 || b == 0x0D { s += 1 }
            else if b == 0xC2, s + 1 < e, bytes[s + 1] == 0xA0 { s += 2 }
            else if b == 0xEF, s + 2 < e, bytes[s + 1] == 0xBB, bytes[s + 2] == 0xBF { s += 3 }
            else { break }
        }
        while e > s {
            let b = bytes[e - 1]
            if b == 0x20 || b == 0x09 || b == 0x0D { e -= 1 }
            else if b == 0xA0, e - 2 >= s, bytes[e - 2] == 0xC2 { e -= 2 }
            else if b == 0xBF, e - 3 >= s, bytes[e - 2] == 0xBB, bytes[e - 3] == 0xEF { e -= 3 }
            else { break }
        }
        return s..<e
    }
}
