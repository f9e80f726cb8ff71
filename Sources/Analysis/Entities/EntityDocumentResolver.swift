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

    static func resolve(_ input: [EntityMention], text: [UInt8]) -> [EntityMention] {
        var mentions = input
        // Name words, computed once per name (normalising is the costly part).
        var wordCache: [String: [String]] = [:]
        func words(_ name: String) -> [String] {
            if let cached = wordCache[name] { return cached }
            let computed = EntityNameKey.words(name)
            wordCache[name] = computed
            return computed
        }
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
        for i in mentions.indices {
            let own = words(mentions[i].localName)
            let open = mentions[i].reason == unresolvedMarker || mentions[i].reason == contextMarker
            guard mentions[i].type == .person || open, own.count == 1, let word = own.first else { continue }
            guard open || mentions[i].reason == nil else { continue }
            // The nearest full name before (or else after) whose last word, or a spelling variant
            // of it, is this word; then whose first word is.
            let before = people.indices.filter { people[$0] < i }.reversed()
            let after = people.indices.filter { people[$0] > i }
            let order = Array(before) + after
            var target: (index: Int, reason: String)?
            for p in order where fullWords[p].last == word {
                target = (people[p], "surname of \(mentions[people[p]].localName)")
                break
            }
            if target == nil {
                let skeleton = EntityNameKey.skeleton(word)
                for p in order {
                    if let last = fullWords[p].last, word.count >= 5, lastSkeletons[p] == skeleton,
                       EntityNameKey.editDistance(last, word) <= (min(last.count, word.count) <= 5 ? 1 : 2) {
                        target = (people[p], "spelling variant of \(mentions[people[p]].localName)")
                        break
                    }
                    if fullWords[p].first == word && fullWords[p].count >= 2 && !["abu", "umm"].contains(word) {
                        target = (people[p], "first name of \(mentions[people[p]].localName)")
                        break
                    }
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
        let organizations = mentions.indices.filter { mentions[$0].type == .organization && words(mentions[$0].localName).count >= 2 }
        for i in mentions.indices where mentions[i].reason == unresolvedMarker || mentions[i].reason == contextMarker {
            guard let word = words(mentions[i].localName).first, words(mentions[i].localName).count == 1,
                  let k = organizations.first(where: { words(mentions[$0].localName).first == word }) else { continue }
            mentions[i].localName = mentions[k].localName
            mentions[i].type = .organization
            mentions[i].reason = "short form of \(mentions[k].localName)"
        }
        // Spelling variants among full names in one document ("Qassem Soleimani", "Qasem Soleimani").
        var names: [String] = []
        var sameCache: [String: String?] = [:]
        for i in mentions.indices where mentions[i].type == .person && mentions[i].reason != unresolvedMarker {
            let name = mentions[i].localName
            let match: String?
            if let cached = sameCache[name] {
                match = cached
            } else {
                let own = words(name)
                match = names.first { $0 != name && sameFullName(words($0), own) }
                sameCache[name] = match
            }
            if let existing = match {
                mentions[i].localName = existing
                mentions[i].reason = "spelling variant of \(existing)"
            } else if !names.contains(name) {
                names.append(name)
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
