import Text

/// Resolves the mentions of one document to the document's entities: a surname or short
/// form refers back to the full name ("Esper" after "Mark T. Esper", "Hajj Muhandis" after
/// "Abu Mahdi al-Muhandis"), a misspelt surname to the name it varies ("Soliemani"), an
/// acronym defined in parentheses to its organisation, and a person's other name given in
/// the text ("Jamal Jaafar Ibrahimi, who is better known by his nom de guerre, Abu Mahdi
/// al-Muhandis") to that name.
enum EntityDocumentResolver {
    /// The reason a single capitalised word carries until it is resolved or dropped.
    static let unresolvedMarker = "(unresolved)"
    /// The reason of a single word typed only by its context ("in Kirkuk", "Esper said"): a
    /// surname match still wins over the cue.
    static let contextMarker = "(context)"

    static func resolve(_ input: [EntityMention], text: [UInt8], cache: EntityRecognizer.TokenCache) -> [EntityMention] {
        var mentions = input
        // Name words, computed once per name in the cache (normalising is the costly part).
        func words(_ name: String) -> [String] { cache.words(ofName: name) }
        // Names given in the text: "A, who is better known by his nom de guerre, B" / "A, known as B".
        let lowered = LowercasedBytes(asIs: text)
        let namesOtherName = lowered.contains("nom de guerre") || lowered.contains("known as") || lowered.contains("also called")
        for i in mentions.indices where namesOtherName && mentions[i].type == .person {
            guard let j = mentions.indices.first(where: { $0 > i && mentions[$0].sentence == mentions[i].sentence && mentions[$0].type == .person }) else { continue }
            let between = String(decoding: text[mentions[i].byteRange.upperBound..<mentions[j].byteRange.lowerBound], as: UTF8.self).lowercased()
            guard between.utf8.count < 80, between.contains("nom de guerre") || between.contains("known as") || between.contains("also called") else { continue }
            let target = mentions[j].localName
            let alias = mentions[i].localName
            for k in mentions.indices where mentions[k].localName == alias {
                mentions[k].localName = target
                mentions[k].reason = "named as \(target) in the text (\(between.contains("nom de guerre") ? "nom de guerre" : "known as"))"
            }
        }
        // Acronyms defined in parentheses: "Islamic Revolutionary Guard Corps (IRGC)".
        var startingAt: [Int: Int] = [:]
        for j in mentions.indices { startingAt[mentions[j].byteRange.lowerBound] = j }
        for i in mentions.indices where mentions[i].type == .organization {
            let end = mentions[i].byteRange.upperBound
            for j in [startingAt[end + 2]].compactMap({ $0 }) where j != i && mentions[j].surface.count >= 2 {
                guard end + 2 < text.count, text[end] == UInt8(ascii: " "), text[end + 1] == UInt8(ascii: "("),
                      mentions[j].byteRange.upperBound < text.count, text[mentions[j].byteRange.upperBound] == UInt8(ascii: ")"),
                      mentions[j].surface.unicodeScalars.allSatisfy({ $0.properties.isUppercase || $0 == "." }) else { continue }
                let acronym = mentions[j].localName
                let target = mentions[i].localName
                guard acronym != target else { continue }
                for k in mentions.indices where mentions[k].localName == acronym {
                    mentions[k].localName = target
                    mentions[k].type = .organization
                    mentions[k].reason = "acronym defined in the text: \(target) (\(mentions[j].surface))"
                }
            }
        }
        // Full names of people: two words or more.
        let people = mentions.indices.filter { mentions[$0].type == .person && mentions[$0].reason != unresolvedMarker && mentions[$0].reason != contextMarker && words(mentions[$0].localName).count >= 2 }
        // Each full name's words and the skeleton of its last word, once.
        let fullWords = people.map { words(mentions[$0].localName) }
        let lastSkeletons = fullWords.map { $0.last.map(EntityNameKey.skeleton) ?? "" }
        // The full names by last word, by the skeleton of the last word and by first word, each
        // list in text order, so that the nearest one is found by binary search, not by a scan
        // of every name for every mention (a document of thousands of names stays fast).
        var byLast: [String: [Int]] = [:], byLastSkeleton: [String: [Int]] = [:], byFirst: [String: [Int]] = [:]
        for p in people.indices {
            if let last = fullWords[p].last { byLast[last, default: []].append(p) }
            byLastSkeleton[lastSkeletons[p], default: []].append(p)
            if let first = fullWords[p].first { byFirst[first, default: []].append(p) }
        }
        /// The nearest full name to mention `i` among `candidates` (indices into `people`, in
        /// order) that `accepts`: the closest before it, else the first after it.
        func nearest(_ candidates: [Int], to i: Int, where accepts: (Int) -> Bool) -> Int? {
            var low = 0, high = candidates.count
            while low < high {
                let mid = (low + high) / 2
                if people[candidates[mid]] < i { low = mid + 1 } else { high = mid }
            }
            for k in stride(from: low - 1, through: 0, by: -1) where accepts(candidates[k]) { return candidates[k] }
            for k in low..<candidates.count where people[candidates[k]] > i && accepts(candidates[k]) { return candidates[k] }
            return nil
        }
        /// Whether `p` comes before `q` in the order names are tried for mention `i`: those
        /// before it, nearest first, then those after it.
        func triedFirst(_ p: Int, _ q: Int, for i: Int) -> Bool {
            let pBefore = people[p] < i, qBefore = people[q] < i
            if pBefore != qBefore { return pBefore }
            return pBefore ? p > q : p < q
        }
        for i in mentions.indices {
            let own = words(mentions[i].localName)
            let open = mentions[i].reason == unresolvedMarker || mentions[i].reason == contextMarker
            guard mentions[i].type == .person || open, own.count == 1, let word = own.first else { continue }
            guard open || mentions[i].reason == nil else { continue }
            // The nearest full name before (or else after) whose last word, or a spelling variant
            // of it, is this word; then whose first word is.
            var target: (index: Int, reason: String)?
            if let p = nearest(byLast[word] ?? [], to: i, where: { _ in true }) {
                target = (people[p], "surname of \(mentions[people[p]].localName)")
            }
            if target == nil {
                let skeleton = EntityNameKey.skeleton(word)
                let isVariant = { (p: Int) -> Bool in
                    guard let last = fullWords[p].last, word.count >= 5, lastSkeletons[p] == skeleton else { return false }
                    return EntityNameKey.editDistance(last, word) <= (min(last.count, word.count) <= 5 ? 1 : 2)
                }
                let variant = nearest(byLastSkeleton[skeleton] ?? [], to: i, where: isVariant)
                let firstName = ["abu", "umm"].contains(word) ? nil
                    : nearest(byFirst[word] ?? [], to: i, where: { fullWords[$0].count >= 2 })
                // Of the two, the one tried first; a name that is both counts as a variant.
                if let v = variant, firstName == nil || v == firstName! || triedFirst(v, firstName!, for: i) {
                    target = (people[v], "spelling variant of \(mentions[people[v]].localName)")
                } else if let f = firstName {
                    target = (people[f], isVariant(f) ? "spelling variant of \(mentions[people[f]].localName)"
                                                      : "first name of \(mentions[people[f]].localName)")
                }
            }
            if let target {
                mentions[i].localName = mentions[target.index].localName
                mentions[i].type = .person
                mentions[i].reason = target.reason
            }
        }
        // A single word still open that starts an organisation's name in the document is its
        // short form ("Nissan" after "Nissan Motor").
        var organizationByFirstWord: [String: Int] = [:]
        for k in mentions.indices where mentions[k].type == .organization {
            let nameWords = words(mentions[k].localName)
            if nameWords.count >= 2, let first = nameWords.first, organizationByFirstWord[first] == nil {
                organizationByFirstWord[first] = k
            }
        }
        for i in mentions.indices where mentions[i].reason == unresolvedMarker || mentions[i].reason == contextMarker {
            guard let word = words(mentions[i].localName).first, words(mentions[i].localName).count == 1,
                  let k = organizationByFirstWord[word] else { continue }
            mentions[i].localName = mentions[k].localName
            mentions[i].type = .organization
            mentions[i].reason = "short form of \(mentions[k].localName)"
        }
        // Spelling variants among full names in one document ("Qassem Soleimani", "Qasem Soleimani").
        // Variants have equal word skeletons, so names are bucketed by them (in order).
        var names = Set<String>()
        var namesBySkeletons: [String: [String]] = [:]
        var sameCache: [String: String?] = [:]
        for i in mentions.indices where mentions[i].type == .person && mentions[i].reason != unresolvedMarker {
            let name = mentions[i].localName
            let own = words(name)
            let key = own.map(EntityNameKey.skeleton).joined(separator: " ")
            let match: String?
            if let cached = sameCache[name] {
                match = cached
            } else {
                match = namesBySkeletons[key]?.first { $0 != name && sameFullName(words($0), own) }
                sameCache[name] = match
            }
            if let existing = match {
                mentions[i].localName = existing
                mentions[i].reason = "spelling variant of \(existing)"
            } else if !names.contains(name) {
                names.insert(name)
                namesBySkeletons[key, default: []].append(name)
            }
        }
        // Single words nothing resolved and no context typed are dropped; context-typed ones stay.
        for i in mentions.indices where mentions[i].reason == contextMarker {
            mentions[i].reason = "typed by context"
        }
        return mentions.filter { $0.reason != unresolvedMarker }
    }

    /// Two names of two or more words whose words are pairwise spelling variants.
    static func sameFullName(_ a: String, _ b: String) -> Bool {
        sameFullName(EntityNameKey.words(a), EntityNameKey.words(b))
    }

    static func sameFullName(_ x: [String], _ y: [String]) -> Bool {
        guard x.count >= 2, x.count == y.count else { return false }
        return zip(x, y).allSatisfy { EntityNameKey.areVariants($0, $1) }
    }
}
