/// The corpus-wide merge: document-level entities that are one entity across documents get
/// one id, with every merge reported with its reason. Same type and:
/// - the same name once normalised (case, diacritics, periods: "U.S." and "US" in a
///   gazetteer alias already share the canonical name);
/// - people: full names whose words are pairwise spelling variants ("Qasem Soleimani",
///   "Qassem Soleimani"; "Hassan Rohani", "Hassan Rouhani"), and a one-word name that is the
///   surname of exactly one full name, or a spelling variant of it ("Soliemani");
/// - organisations, places, groups: one-word names that are spelling variants ("Hizballah"
///   and "Hezbollah" when no gazetteer says so).
/// A user's entity file wins: its canonical names are never merged into another entity.
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

    public init(_ table: EntityTable, gazetteer: Gazetteer) {
        let keys = table.entries.keys.sorted()
        var parent = Dictionary(uniqueKeysWithValues: keys.map { ($0, $0) })
        var reasons: [EntityTable.Key: String] = [:]
        func root(_ k: EntityTable.Key) -> EntityTable.Key {
            var r = k
            while let p = parent[r], p != r { r = p }
            return r
        }
        func mentions(_ k: EntityTable.Key) -> Int { table.entries[k]?.mentions ?? 0 }
        func fixed(_ k: EntityTable.Key) -> Bool { gazetteer.entries[k.name]?.fromUser == true }
        func union(_ a: EntityTable.Key, into b: EntityTable.Key, _ reason: String) {
            let ra = root(a), rb = root(b)
            guard ra != rb else { return }
            // Keep the user's or the gazetteer's canonical name, else the more frequent one.
            let keepB = fixed(rb) || (!fixed(ra) && (gazetteer.entries[rb.name] != nil || (gazetteer.entries[ra.name] == nil && mentions(rb) >= mentions(ra))))
            let (child, head) = keepB ? (ra, rb) : (rb, ra)
            parent[child] = head
            reasons[child] = reason
        }
        // Same normalised name.
        var byNormal: [String: EntityTable.Key] = [:]
        for key in keys {
            let normal = "\(key.type.rawValue)|\(EntityNameKey.normalized(key.name))"
            if let other = byNormal[normal] { union(key, into: other, "same name as \(other.name)") } else { byNormal[normal] = key }
        }
        // Spelling variants of full names, then one-word names.
        for type in EntityType.allCases {
            let ofType = keys.filter { $0.type == type }
            let multi = ofType.filter { EntityNameKey.words($0.name).count >= 2 }
            for (i, a) in multi.enumerated() {
                for b in multi[(i + 1)...] where EntityDocumentResolver.sameFullName(a.name, b.name) && !(fixed(a) && fixed(b)) {
                    union(b, into: a, "spelling variant of \(a.name)")
                }
            }
            let single = ofType.filter { EntityNameKey.words($0.name).count == 1 }
            for s in single where !fixed(s) && gazetteer.entries[s.name] == nil {
                guard let word = EntityNameKey.words(s.name).first else { continue }
                if type == .person {
                    let surnames = Set(multi.filter { EntityNameKey.words($0.name).last == word }.map { root($0) })
                    if surnames.count == 1, let target = surnames.first { union(s, into: target, "surname of \(target.name)"); continue }
                    let variants = Set(multi.filter { EntityNameKey.words($0.name).last.map { word.count >= 5 && EntityNameKey.areVariants($0, word) } ?? false }.map { root($0) })
                    if variants.count == 1, let target = variants.first { union(s, into: target, "spelling variant of the surname of \(target.name)"); continue }
                }
                for other in single where other != s && word.count >= 5 {
                    if let w = EntityNameKey.words(other.name).first, EntityNameKey.areVariants(w, word), root(other) != root(s) {
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
            // Documents are counted per document-level entity; several may share a document, so
            // this is an upper bound only when variants meet in one document (rare).
            built.append((head.name, head.type, entry, group.sorted()))
        }
        built.sort { $0.entry.mentions != $1.entry.mentions ? $0.entry.mentions > $1.entry.mentions : ($0.canonical != $1.canonical ? $0.canonical < $1.canonical : $0.type < $1.type) }
        var entities: [Entity] = []
        var idOf: [EntityTable.Key: String] = [:]
        for (index, item) in built.enumerated() {
            let id = "E\(index + 1)"
            entities.append(Entity(id: id, canonical: item.canonical, type: item.type, entry: item.entry, members: item.members.map(\.name)))
            for key in item.members { idOf[key] = id }
        }
        self.entities = entities
        self.idOf = idOf
    }
}
