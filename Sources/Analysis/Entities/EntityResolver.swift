/// The corpus-wide merge: document-level entities that are one entity across documents get
/// one id, with every merge reported with its reason. Same type and:
/// - the same name once normalised (case, diacritics, periods);
/// - people: full names whose words are pairwise spelling variants ("Qasem Soleimani",
///   "Qassem Soleimani"; "Hassan Rohani", "Hassan Rouhani"), and a one-word name that is the
///   surname of exactly one full name, or a spelling variant of it ("Soliemani");
/// - organisations, places, groups, other names: one-word names that are spelling variants
///   ("Hizballah" and "Hezbollah" when no gazetteer says so).
/// A user's entity file wins: its canonical names are never merged into another entity.
///
/// Candidates are compared only within blocks that share the consonant skeleton of their
/// last word, so the merge stays near-linear in the number of names.
public struct EntityResolver {
    /// One resolved entity.
    public struct Entity: Sendable, Equatable {
        public let id: String
        public let canonical: String
        public let type: EntityType
        public let entry: EntityTable.Entry
        /// The document-level names merged into it.
        public let members: [String]
    }

    /// Entities by mentions (descending), then canonical name; ids E1, E2, ... in that order.
    public let entities: [Entity]
    /// Entity id by document-level key.
    public let idOf: [EntityTable.Key: String]
    /// Index in `entities` by document-level key.
    public let indexOf: [EntityTable.Key: Int32]
    /// Index in `entities` by entity id.
    public let rankOf: [String: Int]

    public init(_ table: EntityTable, gazetteer: Gazetteer) {
        let keys = table.entries.keys.sorted()
        let position = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        var sets = UnionFind(count: keys.count)
        var reasons: [EntityTable.Key: String] = [:]
        func root(_ k: EntityTable.Key) -> EntityTable.Key {
            guard let p = position[k] else { return k }
            return keys[sets.find(p)]
        }
        func mentions(_ k: EntityTable.Key) -> Int { table.entries[k]?.mentions ?? 0 }
        func fixed(_ k: EntityTable.Key) -> Bool { gazetteer.entries[k.name]?.fromUser == true }
        func union(_ a: EntityTable.Key, into b: EntityTable.Key, _ reason: String) {
            let ra = root(a), rb = root(b)
            guard ra != rb else { return }
            // Keep the user's or the gazetteer's canonical name, else the more frequent one.
            let keepB = fixed(rb) || (!fixed(ra) && (gazetteer.entries[rb.name] != nil || (gazetteer.entries[ra.name] == nil && mentions(rb) >= mentions(ra))))
            let (child, head) = keepB ? (ra, rb) : (rb, ra)
            guard let c = position[child], let h = position[head] else { return }   // every key is a table key
            sets.attach(c, under: h)
            reasons[child] = reason
        }
        var words: [EntityTable.Key: [String]] = [:]
        for key in keys { words[key] = EntityNameKey.words(key.name) }
        // Same normalised name.
        var byNormal: [String: EntityTable.Key] = [:]
        for key in keys {
            let normal = "\(key.type.rawValue)|\(EntityNameKey.normalized(key.name))"
            if let other = byNormal[normal] { union(key, into: other, "same name as \(other.name)") } else { byNormal[normal] = key }
        }
        // Blocks: type and the skeleton of the last word.
        struct Block: Hashable { let type: EntityType; let skeleton: String }
        var multiByBlock: [Block: [EntityTable.Key]] = [:]
        var singleByBlock: [Block: [EntityTable.Key]] = [:]
        var multiByLastWord: [String: [EntityTable.Key]] = [:]   // "TYPE|word"
        for key in keys {
            guard let w = words[key], let last = w.last else { continue }
            let block = Block(type: key.type, skeleton: EntityNameKey.skeleton(last))
            if w.count >= 2 {
                multiByBlock[block, default: []].append(key)
                multiByLastWord["\(key.type.rawValue)|\(last)", default: []].append(key)
            } else {
                singleByBlock[block, default: []].append(key)
            }
        }
        // Spelling variants of full names.
        for block in multiByBlock.keys.sorted(by: { ($0.type, $0.skeleton) < ($1.type, $1.skeleton) }) {
            let names = multiByBlock[block] ?? []
            for (i, a) in names.enumerated() {
                for b in names[(i + 1)...] where !(fixed(a) && fixed(b)) && EntityDocumentResolver.sameFullName(words[a] ?? [], words[b] ?? []) {
                    union(b, into: a, "spelling variant of \(a.name)")
                }
            }
        }
        // One-word names: surnames of people, then spelling variants.
        for block in singleByBlock.keys.sorted(by: { ($0.type, $0.skeleton) < ($1.type, $1.skeleton) }) {
            let singles = singleByBlock[block] ?? []
            for s in singles where !fixed(s) && gazetteer.entries[s.name] == nil {
                guard let word = words[s]?.first else { continue }
                if s.type == .person {
                    let surnames = Set((multiByLastWord["\(s.type.rawValue)|\(word)"] ?? []).map { root($0) })
                    if surnames.count == 1, let target = surnames.first { union(s, into: target, "surname of \(target.name)"); continue }
                    let variants = Set((multiByBlock[block] ?? []).filter { k in
                        (words[k]?.last).map { word.count >= 5 && EntityNameKey.areVariants($0, word) } ?? false
                    }.map { root($0) })
                    if variants.count == 1, let target = variants.first { union(s, into: target, "spelling variant of the surname of \(target.name)"); continue }
                }
                for other in singles where other != s && word.count >= 5 {
                    if let w = words[other]?.first, EntityNameKey.areVariants(w, word), root(other) != root(s) {
                        union(s, into: other, "spelling variant of \(other.name)")
                    }
                }
            }
        }
        // Collect the clusters.
        var members: [EntityTable.Key: [EntityTable.Key]] = [:]
        for key in keys { members[root(key), default: []].append(key) }
        var built: [(canonical: String, type: EntityType, entry: EntityTable.Entry, members: [EntityTable.Key])] = []
        for (head, group) in members {
            var entry = EntityTable.Entry()
            for key in group {
                if let e = table.entries[key] { entry.merge(e) }
                if let reason = reasons[key] { entry.reasons.insert("\(key.name): \(reason)") }
            }
            built.append((head.name, head.type, entry, group.sorted()))
        }
        built.sort { $0.entry.mentions != $1.entry.mentions ? $0.entry.mentions > $1.entry.mentions : ($0.canonical != $1.canonical ? $0.canonical < $1.canonical : $0.type < $1.type) }
        var entities: [Entity] = []
        var idOf: [EntityTable.Key: String] = [:]
        var indexOf: [EntityTable.Key: Int32] = [:]
        var rankOf: [String: Int] = [:]
        for (index, item) in built.enumerated() {
            var id = Self.stableID(canonical: item.canonical, type: item.type)
            // Two names of one hash (48 bits: for a million entities, a chance of about 0.2% that
            // any two share one): the later by rank is salted, so only those two ids can change
            // between runs.
            var salt = 1
            while rankOf[id] != nil {
                salt += 1
                id = Self.stableID(canonical: item.canonical + "#\(salt)", type: item.type)
            }
            rankOf[id] = index
            entities.append(Entity(id: id, canonical: item.canonical, type: item.type, entry: item.entry, members: item.members.map(\.name)))
            for key in item.members {
                idOf[key] = id
                indexOf[key] = Int32(index)
            }
        }
        self.entities = entities
        self.idOf = idOf
        self.indexOf = indexOf
        self.rankOf = rankOf
    }

    /// An entity's id: `E` and 12 hexadecimal digits of the FNV-1a hash of its type and
    /// canonical name. It depends on nothing else, so an entity keeps its id from run to run
    /// (and between corpora) as long as its canonical name does, and two runs' tables join on it.
    public static func stableID(canonical: String, type: EntityType) -> String {
        var hash = StableHash.FNV1a()
        hash.add(type.rawValue.utf8)
        hash.add(CollectionOfOne(0x1F))
        hash.add(canonical.utf8)
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = [UInt8(ascii: "E")]
        for shift in stride(from: 44, through: 0, by: -4) { text.append(digits[Int((hash.value >> UInt64(shift)) & 15)]) }
        return String(decoding: text, as: UTF8.self)
    }

    /// Whether entity `a` comes before `b` in rank (mentions, then name): the order of
    /// `entities`; an id not in it comes last.
    public func precedes(_ a: String, _ b: String) -> Bool {
        let x = rankOf[a] ?? Int.max, y = rankOf[b] ?? Int.max
        return x != y ? x < y : a < b
    }
}
