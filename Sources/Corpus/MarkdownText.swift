/// Reduces Markdown to the words a reader sees: `[text](url)` becomes `text`,
/// `![alt](url)` becomes `alt`, and `<https://...>` autolinks disappear. Headings,
/// emphasis and list markers need no work: the tokenizer ignores `#`, `*`, `_` and `>`.
public enum MarkdownText {
    /// The text of `markdown` without link targets.
    public static func plainText(from markdown: String) -> String {
        let bytes = Array(markdown.utf8)
        guard bytes.contains(UInt8(ascii: "]")) || bytes.contains(UInt8(ascii: "<")) else {
            return markdown
        }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: "]"), i + 1 < n, bytes[i + 1] == UInt8(ascii: "("),
               let close = bytes[(i + 2)...].firstIndex(where: { $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: "\n") }),
               bytes[close] == UInt8(ascii: ")") {
                // Drop the opening bracket we kept and the target.
                if let open = out.lastIndex(of: UInt8(ascii: "[")) {
                    out.remove(at: open)
                    if open > 0, out[open - 1] == UInt8(ascii: "!") { out.remove(at: open - 1) }
                }
                i = close + 1
                continue
            }
            if b == UInt8(ascii: "<"), i + 8 < n,
               bytes[(i + 1)...].starts(with: Array("http".utf8)),
               let close = bytes[(i + 1)...].firstIndex(where: { $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") }),
               bytes[close] == UInt8(ascii: ">") {
                i = close + 1
                continue
            }
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
