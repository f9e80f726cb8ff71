/// The mergeable aggregate of entity mentions: per document-level entity (type and the name
/// its mentions resolved to in their document), its mentions, documents, groups, surface
/// forms and the reasons of within-document merges. The corpus-wide merge of spelling
/// variants (`EntityResolver`) runs on the merged table.
public struct EntityTable: Sendable {
    public struct Key: Hashable, Sendable, Comparable {
        public let type: EntityType
        public let name: String

        public static func < (lhs: Key, rhs: Key) -> Bool {
            lhs.type != rhs.type ? lhs.type < rhs.type : lhs.name < rhs.name
        }
    }

    public struct Entry: Sendable, Equatable {
        public var mentions = 0
        public var documents = 0
        public var mentionsByGroup: [String: Int] = [:]
        public var surfaces: [String: Int] = [:]
        /// Surfaces with the title before them ("Ayatollah Ali Khamenei").
        public var titledSurfaces: [String: Int] = [:]
        public var reasons: Set<String> = []

        mutating func merge(_ other: Entry) {
            mentions += other.mentions
            documents += other.documents
            mentionsByGroup.merge(other.mentionsByGroup, uniquingKeysWith: +)
            surfaces.merge(other.surfaces, uniquingKeysWith: +)
            titledSurfaces.merge(other.titledSurfaces, uniquingKeysWith: +)
            reasons.formUnion(other.reasons)
        }
    }

    public var entries: [Key: Entry] = [:]

    public init() {}

    /// Adds one document's mentions.
    mutating func add(_ mentions: [EntityMention], group: String) {
        var seen = Set<Key>()
        for mention in mentions {
            let key = Key(type: mention.type, name: mention.localName)
            var entry = entries[key] ?? Entry()
            entry.mentions += 1
            if seen.insert(key).inserted { entry.documents += 1 }
            entry.mentionsByGroup[group, default: 0] += 1
            entry.surfaces[mention.surface, default: 0] += 1
            if let titled = mention.titledSurface { entry.titledSurfaces[titled, default: 0] += 1 }
            if let reason = mention.reason { entry.reasons.insert("\(mention.surface): \(reason)") }
            entries[key] = entry
        }
    }

    /// Adds `other`'s counts.
    public mutating func merge(_ other: EntityTable) {
        for (key, entry) in other.entries {
            entries[key, default: Entry()].merge(entry)
        }
    }
}
