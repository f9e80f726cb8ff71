import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// The text of an HTML page, parsed by libxml2's HTML parser (which mends broken markup as
/// browsers do, decodes entities and honours a `<meta charset>`), and what its head says of
/// the article.
///
/// What is read: the `<article>` elements when the page has any, else `<main>`, else the
/// `<body>`. What is dropped: scripts, styles and everything that is no prose (`noscript`,
/// `template`, `svg`, `math`, `iframe`, `object`, `embed`, `canvas`, `nav`, `form`, `button`,
/// `select`, `textarea`). Block elements (paragraphs, headings, list items, table rows, ...)
/// end a paragraph; `<br>` ends a line; other white space collapses to one space, except
/// inside `<pre>`.
public struct HTMLText: Sendable, Equatable {
    /// The text, paragraphs separated by a blank line.
    public var text: String
    /// Metadata from the head: `title` (`og:title`, else `<title>`), `date`
    /// (`article:published_time` and its kin), `outlet` (`og:site_name`), `url`
    /// (`<link rel=canonical>`, else `og:url`) and `author`; only those the page gives.
    public var metadata: [String: String]

    /// For the warning when the page was not UTF-8 and declared no other encoding that
    /// was used: how it was read, and the fix.
    public var note: String?

    /// Encodings that a page not in UTF-8 is read as Windows-1252 under: its bytes are not what
    /// it declares (UTF-8), or browsers read that label as Windows-1252 anyway.
    static let windows1252Labels: Set<String> = ["utf-8", "utf8", "iso-8859-1", "iso8859-1", "latin1", "latin-1",
                                                 "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252"]

    /// Parses `bytes`. Valid UTF-8 is read as UTF-8; other bytes in the encoding the page
    /// declares when that is neither UTF-8 nor Latin-1, else as Windows-1252 (with a note).
    /// Returns nil when libxml2 finds no document at all.
    public static func parse(_ bytes: [UInt8]) -> HTMLText? {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        var bytes = bytes
        var note: String?
        // libxml2 is given UTF-8 (and told to ignore the page's own declaration) unless the
        // page declares an encoding other than UTF-8 and Latin-1 and is not UTF-8: then it
        // reads that encoding itself. Windows-1252, and UTF-8 with a few bad bytes, are
        // decoded here: libxml2, through iconv, would stop at the first byte iconv rejects.
        var encoding: String? = "UTF-8"
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            guard let decoded = try? TextFileDecoder.decodeDetectingEncoding(bytes) else { return nil }
            bytes = Array(decoded.text.utf8)
            note = decoded.note
        } else if !UTF8Validation.isValid(bytes) {
            let declared = declaredCharset(bytes)
            if let declared, !windows1252Labels.contains(declared) {
                encoding = nil
            } else {
                let (text, how) = TextFileDecoder.decodeNotUTF8(bytes)
                bytes = Array(text.utf8)
                if how == .utf8WithReplacements {
                    note = "mostly UTF-8, but some bytes are not; they are read as U+FFFD (\u{FFFD}); re-save it as UTF-8"
                } else if declared != "windows-1252" && declared != "cp1252" {
                    note = "not UTF-8" + (declared.map { " although it declares \($0)" } ?? "")
                        + "; read as Windows-1252 (Latin-1), check its accented letters or re-save it as UTF-8"
                }
            }
        }
        // XML_PARSE_HUGE lifts the depth limit of 256 elements, past which the parser would
        // drop the rest of the page (libxml2 2.9 then sets none: the walk below is not recursive).
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue | XML_PARSE_HUGE.rawValue
                            | (encoding == nil ? 0 : HTML_PARSE_IGNORE_ENC.rawValue))
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                if let encoding {
                    return encoding.withCString { htmlReadMemory(pointer, Int32(buffer.count), nil, $0, options) }
                }
                return htmlReadMemory(pointer, Int32(buffer.count), nil, nil, options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        var reader = Reader()
        reader.readHead(root)
        let content = reader.contentRoots(root)
        for node in content { reader.walk(node, preformatted: false) }
        return HTMLText(text: reader.finish(), metadata: reader.metadata, note: note)
    }

    /// The charset the first 4 KiB name (`<meta charset=...>` or `content="...; charset=..."`),
    /// lowercased.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        let label = head[range.upperBound...].drop(while: { $0 == "\"" || $0 == "'" || $0 == " " })
            .prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." })
        return label.isEmpty ? nil : String(label)
    }

    /// Whether `text` is HTML rather than plain text: it starts, after white space, with a
    /// tag or `<!DOCTYPE`, and holds a closing tag (an HTML page saved as .txt, or an
    /// article body exported as HTML into a CSV or JSON Lines field).
    public static func looksLikeHTML(_ text: String) -> Bool {
        var utf8 = text.utf8[...]
        while let first = utf8.first, first == 0x20 || first == 0x0A || first == 0x09 || first == 0x0D { utf8 = utf8.dropFirst() }
        guard utf8.first == UInt8(ascii: "<"), let second = utf8.dropFirst().first else { return false }
        let isLetter = (second | 0x20) >= UInt8(ascii: "a") && (second | 0x20) <= UInt8(ascii: "z")
        guard isLetter || second == UInt8(ascii: "!") else { return false }
        return text.contains("</") || text.lowercased().hasPrefix("<!doctype html")
    }

    /// Elements whose content is not prose.
    static let dropped: Set<String> = ["script", "style", "noscript", "template", "svg", "math", "iframe", "object",
                                       "embed", "canvas", "nav", "form", "button", "select", "textarea", "head"]
    /// Elements that begin and end a paragraph.
    static let blocks: Set<String> = ["p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2",
                                      "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "caption",
                                      "blockquote", "pre", "figure", "figcaption", "hr", "address", "details", "summary",
                                      "body", "html", "center"]

    /// Walks the tree, collecting paragraphs.
    struct Reader {
        var metadata: [String: String] = [:]
        private var paragraphs: [String] = []
        private var current: [UInt8] = []
        private var pendingSpace = false

        static func name(_ node: xmlNodePtr) -> String {
            guard let name = node.pointee.name else { return "" }
            return String(cString: name).lowercased()
        }

        static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
            guard let value = xmlGetProp(node, name) else { return nil }
            defer { xmlFree(value) }
            return String(cString: value)
        }

        static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
            var result: [xmlNodePtr] = []
            var child = node.pointee.children
            while let c = child {
                result.append(c)
                child = c.pointee.next
            }
            return result
        }

        /// Every element named `name` below `node`, outermost first, not looking inside a match.
        static func elements(named name: String, in node: xmlNodePtr) -> [xmlNodePtr] {
            var found: [xmlNodePtr] = []
            var stack = children(node).reversed().map { $0 }
            while let next = stack.popLast() {
                guard next.pointee.type == XML_ELEMENT_NODE else { continue }
                if Self.name(next) == name {
                    found.append(next)
                } else if !HTMLText.dropped.contains(Self.name(next)) {
                    stack.append(contentsOf: children(next).reversed())
                }
            }
            return found
        }

        /// The text of `node`, white space collapsed.
        static func flatText(_ node: xmlNodePtr) -> String {
            guard let content = xmlNodeGetContent(node) else { return "" }
            defer { xmlFree(content) }
            return String(cString: content).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
                .joined(separator: " ")
        }

        mutating func readHead(_ root: xmlNodePtr) {
            for head in Self.elements(named: "head", in: root) + (Self.name(root) == "head" ? [root] : []) {
                var title: String?
                for child in Self.children(head) where child.pointee.type == XML_ELEMENT_NODE {
                    switch Self.name(child) {
                    case "title":
                        let text = Self.flatText(child)
                        if !text.isEmpty, title == nil { title = text }
                    case "meta":
                        let key = (Self.attribute(child, "property") ?? Self.attribute(child, "name")
                                   ?? Self.attribute(child, "itemprop") ?? "").lowercased()
                        guard let value = Self.attribute(child, "content")?.trimmingWhitespace, !value.isEmpty else { continue }
                        switch key {
                        case "og:title": metadata["title"] = value
                        case "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
                             "publish-date", "dc.date", "dc.date.issued", "dcterms.date":
                            if metadata["date"] == nil { metadata["date"] = value }
                        case "og:site_name": metadata["outlet"] = value
                        case "og:url": if metadata["url"] == nil { metadata["url"] = value }
                        case "author", "article:author":
                            if metadata["author"] == nil { metadata["author"] = value }
                        default: break
                        }
                    case "link":
                        if Self.attribute(child, "rel")?.lowercased() == "canonical",
                           let href = Self.attribute(child, "href")?.trimmingWhitespace, !href.isEmpty {
                            metadata["url"] = href
                        }
                    default: break
                    }
                }
                if metadata["title"] == nil, let title { metadata["title"] = title }
            }
        }

        /// The elements whose text is the article.
        func contentRoots(_ root: xmlNodePtr) -> [xmlNodePtr] {
            let articles = Self.elements(named: "article", in: root)
            if !articles.isEmpty { return articles }
            let main = Self.elements(named: "main", in: root)
            if !main.isEmpty { return main }
            return [root]
        }

        /// One step of the walk: a node to read, or the end of a block element.
        private enum Step {
            case node(xmlNodePtr, preformatted: Bool)
            case endBlock
        }

        /// Reads `node` and what is below it, depth first, with a stack of its own (a page
        /// may nest elements many thousands deep).
        mutating func walk(_ node: xmlNodePtr, preformatted: Bool) {
            var steps: [Step] = [.node(node, preformatted: preformatted)]
            while let step = steps.popLast() {
                guard case .node(let node, let preformatted) = step else {
                    endParagraph()
                    continue
                }
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    guard let content = node.pointee.content else { continue }
                    append(UnsafeBufferPointer(start: content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))),
                           preformatted: preformatted)
                case XML_ELEMENT_NODE:
                    let name = Self.name(node)
                    if HTMLText.dropped.contains(name) { continue }
                    if name == "br" { breakLine(); continue }
                    let block = HTMLText.blocks.contains(name)
                    if block { endParagraph() }
                    if name == "td" || name == "th" { pendingSpace = !current.isEmpty }
                    if block { steps.append(.endBlock) }
                    let inner = preformatted || name == "pre"
                    for child in Self.children(node).reversed() { steps.append(.node(child, preformatted: inner)) }
                default:
                    continue
                }
            }
        }

        private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, preformatted: Bool) {
            for byte in bytes {
                let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
                if preformatted && byte == 0x0A {
                    current.append(0x0A)
                    pendingSpace = false
                } else if isSpace {
                    if preformatted { current.append(0x20) } else { pendingSpace = !current.isEmpty }
                } else {
                    if pendingSpace, let last = current.last, last != 0x0A { current.append(0x20) }
                    pendingSpace = false
                    current.append(byte)
                }
            }
        }

        private mutating func breakLine() {
            if !current.isEmpty, current.last != 0x0A { current.append(0x0A) }
            pendingSpace = false
        }

        private mutating func endParagraph() {
            while let last = current.last, last == 0x20 || last == 0x0A { current.removeLast() }
            if !current.isEmpty { paragraphs.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
            pendingSpace = false
        }

        mutating func finish() -> String {
            endParagraph()
            return paragraphs.joined(separator: "\n\n")
        }
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line ends.
    var trimmingWhitespace: String {
        // Most values neither start nor end with a space: an ASCII letter, digit or mark at
        // each end is a character that is not whitespace.
        guard let first = utf8.first, let last = utf8.last else { return self }
        if (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last) { return self }
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
