import Text

/// The recognizer's work on one sentence: capitalised spans, their analysis into titles,
/// known names and name runs, and the mentions found.
struct SentenceContext {
    let tokens: [EntityRecognizer.Token]
    let bytes: [UInt8]
    let range: Range<Int>
    let sentence: Int
    let paragraph: Int
    /// Ids of tokens the document writes in lowercase.
    let lowercaseIDs: Set<Int32>
    let gazetteer: Gazetteer
    var mentions: [EntityMention] = []
    /// Most content words capitalised (a title-case headline): only known names are trusted.
    let headlineCase: Bool
    /// The sentence is written in capitals.
    let capitalsSentence: Bool

    init(tokens: [EntityRecognizer.Token], bytes: [UInt8], range: Range<Int>, sentence: Int, paragraph: Int,
         lowercaseIDs: Set<Int32>, gazetteer: Gazetteer) {
        self.tokens = tokens
        self.bytes = bytes
        self.range = range
        self.sentence = sentence
        self.paragraph = paragraph
        self.lowercaseIDs = lowercaseIDs
        self.gazetteer = gazetteer
        var content = 0, capitalized = 0, capitals = 0
        for i in range {
            let t = tokens[i]
            guard let first = bytes[t.start..<t.end].first, first >= 0x41 else { continue }
            if !t.capitalized {
                let stopword = bytes.withUnsafeBufferPointer { StopwordList.english.contains(bytes: UnsafeBufferPointer(rebasing: $0[t.start..<t.end])) }
                if stopword { continue }
                content += 1
                continue
            }
            if t.stopword { continue }
            content += 1
            capitalized += 1
            if t.allCaps { capitals += 1 }
        }
        // A headline has no final period; a list of names ("Dan Lamothe, Shane Harris ...") does.
        let lastEnd = tokens[range.upperBound - 1].end
        let endsWithPeriod = lastEnd < bytes.count && bytes[lastEnd] == UInt8(ascii: ".")
        headlineCase = !endsWithPeriod && content >= 4 && Double(capitalized) >= 0.7 * Double(content)
        capitalsSentence = content >= 2 && capitals == content
    }

    /// Whether the word at `i` also occurs in lowercase in the document.
    func seenInLowercase(_ i: Int) -> Bool {
        tokens[i].id >= 0 && lowercaseIDs.contains(tokens[i].id)
    }

    /// The lowercased word at `i` (built on demand for lowercase tokens).
    func word(_ i: Int) -> String {
        let t = tokens[i]
        return t.surface.isEmpty ? String(decoding: bytes[t.start..<t.end], as: UTF8.self) : t.lower
    }

    /// The text between tokens i and i+1.
    func gap(after i: Int) -> String {
        guard i + 1 < tokens.count else { return "" }
        let a = tokens[i].end, b = tokens[i + 1].start
        return a < b ? String(decoding: bytes[a..<b], as: UTF8.self) : ""
    }

    /// Tokens i and i+1 can be in one name: one space between them, or ". " after a short
    /// capitalised word (an initial, a title, an abbreviated first name).
    func joins(_ i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let a = tokens[i].end, b = tokens[i + 1].start
        if b - a == 1 { return bytes[a] == 0x20 }
        if b - a == 2 { return bytes[a] == UInt8(ascii: ".") && bytes[a + 1] == 0x20 && tokens[i].capitalized && tokens[i].surface.count <= 4 }
        return false
    }

    /// Like `joins`, and also across a possessive ("Supreme Leader's office"), for known names.
    func joinsKnown(_ i: Int) -> Bool {
        if joins(i) { return true }
        let g = gap(after: i)
        return g == "'s " || g == "\u{2019}s " || g == "' " || g == "\u{2019} "
    }

    func isNameToken(_ i: Int) -> Bool {
        let t = tokens[i]
        // "Obama-era", "Iran-backed": a known name may sit inside, but the token is no name.
        if t.capitalized && t.hyphenatedModifier { return false }
        if t.capitalized && t.letterFirst { return true }
        if capitalsSentence && t.allCaps { return true }
        // "82nd Airborne Division": an ordinal before a capitalised word.
        if t.ordinal, i + 1 < range.upperBound, tokens[i + 1].capitalized, joins(i) { return true }
        return false
    }

    mutating func run() {
        var i = range.lowerBound
        while i < range.upperBound {
            let tag = partyStateTag(at: i)
            if tag > 0 { i += tag; continue }
            // A known name of two words or more, across a possessive or with lowercase words.
            if tokens[i].capitalized, let known = gazetteerMatch(at: i, end: range.upperBound, lenient: true), known.length >= 2 {
                let spanEnd = capitalizedSpanEnd(from: i)
                if spanEnd <= i + known.length {
                    addKnown(known.entry, i..<(i + known.length))
                    i += known.length
                    continue
                }
            }
            guard isNameToken(i) else {
                splitHyphenated(i)
                i += 1
                continue
            }
            let j = capitalizedSpanEnd(from: i)
            analyze(i..<j)
            i = j
        }
    }

    /// Where a span of name tokens and connectors that starts at `i` ends.
    func capitalizedSpanEnd(from i: Int) -> Int {
        var j = i + 1
        while j < range.upperBound {
            if isNameToken(j) && joins(j - 1) { j += 1; continue }
            if EntityVocabulary.connectors.contains(word(j)) && joins(j - 1) && j + 1 < range.upperBound {
                var k = j + 1
                if EntityVocabulary.connectorArticles.contains(word(k)) && joins(j) && k + 1 < range.upperBound { k += 1 }
                if isNameToken(k) && joins(k - 1) { j = k + 1; continue }
            }
            break
        }
        return j
    }

    /// "D-Calif.", "R-Tex.", "D-New Mex.": a party-state tag names the state. Returns the
    /// number of tokens it takes (0: no tag).
    mutating func partyStateTag(at i: Int) -> Int {
        // Most tokens fail on their first two bytes, before any character is counted.
        let t = tokens[i]
        guard t.end - t.start >= 4, [0x44, 0x52, 0x49].contains(bytes[t.start]), bytes[t.start + 1] == UInt8(ascii: "-") else { return 0 }
        let surface = t.surface
        guard surface.count >= 4, let first = surface.first, "DRI".contains(first), surface.dropFirst().first == "-" else { return 0 }
        let rest = String(surface.dropFirst(2))
        guard rest.first?.isUppercase == true else { return 0 }
        var candidates: [(key: String, end: Int, last: Int)] = [(rest, tokens[i].end, i)]
        if i + 1 < range.upperBound, joins(i) {
            candidates.insert((rest + " " + tokens[i + 1].surface, tokens[i + 1].end, i + 1), at: 0)
        }
        for candidate in candidates {
            guard let entry = gazetteer.lookup(candidate.key), entry.type == .place else { continue }
            var end = candidate.end
            if end < bytes.count, bytes[end] == UInt8(ascii: ".") { end += 1 }
            let start = tokens[i].start + 2
            add(.place, surface: String(decoding: bytes[start..<end], as: UTF8.self), name: entry.canonical, firstToken: i,
                bytes: start..<end, reason: "party-state tag: \(entry.canonical)")
            return candidate.last - i + 1
        }
        return 0
    }

    /// "Iran-backed", "Obama-era": the known names inside a hyphenated token.
    mutating func splitHyphenated(_ i: Int) {
        let t = tokens[i]
        // Only a token with a capital letter at its start or after a hyphen can hold a name.
        var capital = bytes[t.start] >= 0x41 && bytes[t.start] <= 0x5A
        if !capital {
            for k in t.start..<max(t.start, t.end - 1) where bytes[k] == UInt8(ascii: "-") && bytes[k + 1] >= 0x41 && bytes[k + 1] <= 0x5A {
                capital = true
                break
            }
        }
        guard capital else { return }
        let surface = t.surface.isEmpty ? String(decoding: bytes[t.start..<t.end], as: UTF8.self) : t.surface
        guard surface.utf8.contains(UInt8(ascii: "-")) else { return }
        var offset = t.start
        for part in surface.split(separator: "-", omittingEmptySubsequences: false) {
            let length = part.utf8.count
            if part.first?.isUppercase == true, let entry = gazetteer.lookup(String(part)) {
                add(entry.type, surface: String(part), name: entry.canonical, firstToken: i, bytes: offset..<(offset + length),
                    reason: String(part) == entry.canonical ? nil : "gazetteer alias of \(entry.canonical)")
            }
            offset += length + 1
        }
    }

    /// The longest gazetteer match starting at `i` within `end`; `lenient` also joins across
    /// possessives and lowercase words (for aliases such as "Supreme Leader's office").
    func gazetteerMatch(at i: Int, end: Int, lenient: Bool = false) -> (length: Int, entry: Gazetteer.Entry)? {
        guard gazetteer.startsAlias(word(i)) else { return nil }
        // The longest of the keys of 1, 2, ... joined tokens that is an alias: the key grows
        // while its tokens join and some alias starts with it.
        let limit = min(gazetteer.longestAlias, end - i)
        func surface(_ k: Int) -> String {
            tokens[k].surface.isEmpty ? String(decoding: bytes[tokens[k].start..<tokens[k].end], as: UTF8.self) : tokens[k].surface
        }
        var key = surface(i)
        var allCaps = tokens[i].allCaps
        var found: (length: Int, entry: Gazetteer.Entry)?
        var n = 1
        while true {
            let capitals = allCaps && (n > 1 || capitalsSentence || tokens[i].surface.count > 4)
            if let entry = gazetteer.lookup(key, capitals: capitals) { found = (n, entry) }
            guard n < limit, lenient ? joinsKnown(i + n - 1) : joins(i + n - 1) else { break }
            key += " " + surface(i + n)
            guard gazetteer.startsAlias(tokens: key.lowercased()) else { break }
            allCaps = allCaps && tokens[i + n].allCaps
            n += 1
        }
        return found
    }

    /// The length of a title at `i`.
    func titleLength(at i: Int, end: Int) -> Int {
        guard tokens[i].capitalized, let candidates = EntityVocabulary.titlesByFirstWord[tokens[i].lower] else { return 0 }
        for title in candidates where title.count <= end - i {
            var ok = true
            for (k, w) in title.enumerated() where word(i + k) != w || (k > 0 && !joins(i + k - 1)) {
                ok = false
                break
            }
            if ok { return title.count }
        }
        return 0
    }

    mutating func analyze(_ span: Range<Int>) {
        var start = span.lowerBound
        let end = span.upperBound
        // A capitalised common word opening a sentence is not part of a name, unless a known
        // name starts with it ("The Washington Post") or it is a known acronym ("US").
        while start < end {
            let t = tokens[start]
            let atSentenceStart = start == range.lowerBound || gap(after: start - 1).contains(where: { "\"“'‘(—–".contains($0) })
            let function = t.stopword || EntityVocabulary.notNames.contains(t.lower)
            guard function || (atSentenceStart && seenInLowercase(start)) else { break }
            if let match = gazetteerMatch(at: start, end: end), match.length > 1 || t.allCaps || !function { break }
            start += 1
        }
        guard start < end else { return }
        if let match = gazetteerMatch(at: start, end: end), match.length == end - start {
            addKnown(match.entry, start..<end)
            return
        }
        var i = start
        var titleStart: Int?
        while i < end {
            let title = titleLength(at: i, end: end)
            if title > 0 && i + title < end {
                titleStart = i
                i += title
                continue
            }
            if title > 0 { return }   // a title alone: "the President"
            let rest = i..<end
            let last = word(end - 1)
            let hasConnector = rest.contains { EntityVocabulary.connectors.contains(word($0)) }
            // A capitalised designation made of the document's ordinary words ("Foreign Terrorist
            // Organization" where "foreign" and "terrorist" occur in lowercase) is no name.
            let ordinary = rest.dropLast().allSatisfy { EntityVocabulary.connectors.contains(word($0)) || EntityVocabulary.connectorArticles.contains(word($0)) || seenInLowercase($0) }
            if titleStart == nil, rest.count >= 2, ordinary {
                return
            }
            if titleStart == nil, rest.count >= 2 {
                // A facility, region, event or document: "Green Zone", "Iraq War", "Order of Zolfiqar".
                if EntityVocabulary.otherHeads.contains(last) || (EntityVocabulary.otherHeads.contains(word(i)) && hasConnector) {
                    addSpan(.other, rest)
                    return
                }
                // An organisation: "Popular Mobilization Forces", "Center for a New American Security".
                if EntityVocabulary.organizationHeads.contains(last) || (EntityVocabulary.organizationHeads.contains(word(i)) && hasConnector && rest.count >= 3) {
                    addOrganization(rest)
                    return
                }
            }
            if let match = gazetteerMatch(at: i, end: end) {
                if titleStart != nil && match.entry.type == .person {
                    addKnown(match.entry, i..<(i + match.length), titleStart: titleStart)
                } else {
                    addKnown(match.entry, i..<(i + match.length))
                }
                i += match.length
                titleStart = nil
                continue
            }
            // A run of name tokens up to the next known name or title.
            var j = i + 1
            while j < end, titleLength(at: j, end: end) == 0, gazetteerMatch(at: j, end: end) == nil { j += 1 }
            addName(i..<j, titleStart: titleStart)
            titleStart = nil
            i = j
        }
    }

    func text(_ r: Range<Int>) -> String {
        String(decoding: bytes[tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end], as: UTF8.self)
    }

    mutating func add(_ type: EntityType, surface: String, titled: String? = nil, name: String, firstToken: Int, bytes: Range<Int>, reason: String?) {
        mentions.append(EntityMention(sentence: sentence, paragraph: paragraph, firstToken: firstToken, byteRange: bytes,
                                      surface: surface, titledSurface: titled, type: type, localName: name, reason: reason))
    }

    /// A span as a mention; with `titleStart`, the title is kept beside the surface ("Ayatollah
    /// Ali Khamenei" for "Ali Khamenei").
    mutating func addSpan(_ type: EntityType, _ r: Range<Int>, name: String? = nil, titleStart: Int? = nil, reason: String? = nil) {
        let titled = titleStart.map { text($0..<r.upperBound) }
        add(type, surface: text(r), titled: titled, name: name ?? text(r), firstToken: r.lowerBound,
            bytes: tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end, reason: reason)
    }

    mutating func addKnown(_ entry: Gazetteer.Entry, _ r: Range<Int>, titleStart: Int? = nil) {
        let s = text(r)
        addSpan(entry.type, r, name: entry.canonical, titleStart: titleStart,
                reason: s == entry.canonical ? nil : "\(entry.fromUser ? "user entity file" : "gazetteer") alias of \(entry.canonical)")
    }

    mutating func addOrganization(_ r: Range<Int>) {
        // "Iranian Quds Force": a known nationality or place before a known organisation are two.
        if let prefix = gazetteerMatch(at: r.lowerBound, end: r.upperBound), prefix.entry.type == .place || prefix.entry.type == .group,
           prefix.length < r.count, let suffix = gazetteerMatch(at: r.lowerBound + prefix.length, end: r.upperBound),
           r.lowerBound + prefix.length + suffix.length == r.upperBound {
            addKnown(prefix.entry, r.lowerBound..<(r.lowerBound + prefix.length))
            addKnown(suffix.entry, (r.lowerBound + prefix.length)..<r.upperBound)
            return
        }
        // "U.S. Embassy": a country before an organisation head names the organisation by the
        // country's canonical name, so "US Embassy" and "U.S. Embassy" are one.
        var name = text(r)
        if let prefix = gazetteerMatch(at: r.lowerBound, end: r.upperBound), prefix.entry.type == .place, prefix.length < r.count {
            name = prefix.entry.canonical + " " + text((r.lowerBound + prefix.length)..<r.upperBound)
        }
        addSpan(.organization, r, name: name)
    }

    mutating func addName(_ r: Range<Int>, titleStart: Int?) {
        guard r.allSatisfy({ tokens[$0].letterFirst }) else { return }
        let words = r.map { word($0) }
        let previous = r.lowerBound > range.lowerBound ? word(r.lowerBound - 1) : ""
        let beforePrevious = r.lowerBound > range.lowerBound + 1 ? word(r.lowerBound - 2) : ""
        if titleStart == nil, (previous == "of" && EntityVocabulary.placeNouns.contains(beforePrevious))
            || (r.count >= 2 && EntityVocabulary.placeHeads.contains(words[words.count - 1])) {
            addSpan(.place, r, reason: nil)
            return
        }
        if titleStart != nil || (r.count >= 2 && r.count <= 4 && !headlineCase) {
            guard !words.contains(where: { EntityVocabulary.notNames.contains($0) }) else { return }
            addSpan(.person, r, titleStart: titleStart)
            return
        }
        guard r.count == 1, let w = words.first else { return }
        if EntityVocabulary.notNames.contains(w) || StopwordList.english.contains(w) { return }
        // A single unknown word: the document resolver settles it (surname of a known person,
        // acronym defined in the text), else a context cue types it, else it is dropped.
        let next = r.upperBound < range.upperBound ? word(r.upperBound) : ""
        var cue: EntityType?
        let afterPair = r.upperBound + 2 < range.upperBound ? word(r.upperBound + 2) : ""
        if EntityVocabulary.speechVerbs.contains(next) && !tokens[r.lowerBound].allCaps {
            cue = .person
        } else if next == "and", r.upperBound + 1 < range.upperBound, tokens[r.upperBound + 1].capitalized,
                  EntityVocabulary.speechVerbs.contains(afterPair) {
            // Two names before a speech verb: "Ryan and Hudson reported".
            cue = .person
        } else if EntityVocabulary.placePrepositions.contains(previous) && !tokens[r.lowerBound].allCaps {
            cue = .place
        } else if previous == "the" && r.upperBound < range.upperBound && !tokens[r.upperBound].capitalized && !seenInLowercase(r.lowerBound) {
            // "the Ashura mourning ceremony": a name used as a modifier.
            cue = .other
        }
        addSpan(cue ?? .person, r, reason: cue == nil ? EntityDocumentResolver.unresolvedMarker : EntityDocumentResolver.contextMarker)
    }
}
