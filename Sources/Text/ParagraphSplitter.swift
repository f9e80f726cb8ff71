/// Splits text into paragraphs.
///
/// News exports put one paragraph per line (sometimes with blank lines between, sometimes
/// without), while e-mail and archive text is hard-wrapped at a fixed width. The rule:
/// blank lines always separate paragraphs; a single line break separates paragraphs too,
/// unless the line before ends inside a sentence (no `.`, `?`, `!`, `:`, closing quote) and
/// either the next line starts in lowercase or the whole block looks hard-wrapped (three or
/// more lines, every line but the last 40 to 100 characters long). Paragraphs are trimmed.
public enum ParagraphSplitter {
    /// The paragraphs of `text`, in order, without empty ones.
    public static func paragraphs(of text: String) -> [String] {
        var result: [String] = []
        var block: [Substring] = []
        func flush() {
            if !block.isEmpty { appendBlock(block, to: &result) }
            block.removeAll(keepingCapacity: true)
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = trim(line)
            if trimmed.isEmpty { flush() } else { block.append(trimmed) }
        }
        flush()
        return result
    }

    private static func appendBlock(_ lines: [Substring], to result: inout [String]) {
        if lines.count == 1 {
            result.append(String(lines[0]))
            return
        }
        let hardWrapped = lines.count >= 3 && lines.dropLast().allSatisfy { (40...100).contains($0.utf8.count) }
        var current = String(lines[0])
        for next in lines.dropFirst() {
            let previousOpen = !endsSentence(current)
            if previousOpen && (hardWrapped || startsLowercase(next)) {
                current += " "
                current += next
            } else {
                result.append(current)
                current = String(next)
            }
        }
        result.append(current)
    }

    /// Whether a line ends with sentence-final punctuation (possibly inside a closing quote or bracket).
    static func endsSentence<S: StringProtocol>(_ line: S) -> Bool {
        for scalar in line.unicodeScalars.reversed() {
            switch scalar {
            case "\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{00BB}": continue
            case ".", "?", "!", ":", "\u{2026}": return true
            default: return false
            }
        }
        return false
    }

    private static func startsLowercase(_ line: Substring) -> Bool {
        guard let first = line.unicodeScalars.first else { return false }
        return first.properties.isLowercase
    }

    /// `line` without leading and trailing spaces, tabs and no-break spaces.
    static func trim(_ line: Substring) -> Substring {
        var start = line.startIndex
        var end = line.endIndex
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\r" || $0 == "\u{FEFF}" }
        while start < end, isBlank(line[start]) { start = line.index(after: start) }
        while end > start, isBlank(line[line.index(before: end)]) { end = line.index(before: end) }
        return line[start..<end]
    }
}
