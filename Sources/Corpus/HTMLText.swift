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

    /// Parses `bytes`. Valid UTF-8 is read as UTF-8; other bytes in the encoding the page
    /// declares, else as Windows-1252. Returns nil when libxml2 finds no document at all.
    public static func parse(_ bytes: [UInt8]) -> HTMLText? {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let isUTF8 = UTF8Validation.isValid(bytes)
        let declares = declaresCharset(bytes)
        let encoding: String? = isUTF8 ? "UTF-8" : (declares ? nil : "windows-1252")
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue)
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
        return HTMLText(text: reader.finish(), metadata: reader.metadata)
    }

    /// Whether the first 4 KiB name a charset (`<meta charset=...>` or `content="...; charset=..."`).
    static func declaresCharset(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        return head.contains("charset=")
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

        mutating func walk(_ node: xmlNodePtr, preformatted: Bool) {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.pointee.content else { return }
                append(UnsafeBufferPointer(start: content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))),
                       preformatted: preformatted)
            case XML_ELEMENT_NODE:
                let name = Self.name(node)
                if HTMLText.dropped.contains(name) { return }
                if name == "br" { breakLine(); return }
                let block = HTMLText.blocks.contains(name)
                if block { endParagraph() }
                if name == "td" || name == "th" { pendingSpace = !current.isEmpty }
                for child in Self.children(node) { walk(child, preformatted: preformatted || name == "pre") }
                if block { endParagraph() }
            default:
                return
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
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
