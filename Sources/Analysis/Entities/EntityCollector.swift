import Text

/// One mention as kept for the outputs after the run (entity_mentions.csv, co-occurrence).
public struct EntityMentionRecord: Sendable {
    public let document: Int32
    public let sentence: Int32
    public let paragraph: Int32
    public let token: Int32
    /// Character (Unicode scalar) offsets in the document's cleaned text.
    public let characterStart: Int32
    public let characterEnd: Int32
    /// Index of the document-level entity in the collector's `keys`.
    public let key: Int32
    public let surface: String
    /// The surface with the title before it, if any.
    public let titledSurface: String?
}

/// A worker's entity mentions: the mergeable `EntityTable` and the mention records, whose
/// document-level keys are numbered per worker.
public final class EntityCollector: @unchecked Sendable {
    public private(set) var table = EntityTable()
    public private(set) var keys: [EntityTable.Key] = []
    public private(set) var records: [EntityMentionRecord] = []
    private var keyIndex: [EntityTable.Key: Int32] = [:]

    public init() {}

    /// Adds the mentions of one document.
    func add(_ mentions: [EntityMention], in doc: TokenizedDocument, group: String) {
        table.add(mentions, group: group)
        // Character offsets: one pass over the text counts scalars up to every mention boundary.
        let order = mentions.indices.sorted { mentions[$0].byteRange.lowerBound < mentions[$1].byteRange.lowerBound }
        let boundaries = Set(mentions.flatMap { [$0.byteRange.lowerBound, $0.byteRange.upperBound] }).sorted()
        var characterAt: [Int: Int32] = [:]
        var copy = doc.text
        copy.withUTF8 { bytes in
            var byte = 0
            var character: Int32 = 0
            for boundary in boundaries {
                while byte < boundary && byte < bytes.count {
                    if bytes[byte] & 0xC0 != 0x80 { character += 1 }
                    byte += 1
                }
                characterAt[boundary] = character
            }
        }
        for i in order {
            let mention = mentions[i]
            let key = EntityTable.Key(type: mention.type, name: mention.localName)
            let index: Int32
            if let existing = keyIndex[key] {
                index = existing
            } else {
                index = Int32(keys.count)
                keys.append(key)
                keyIndex[key] = index
            }
            records.append(EntityMentionRecord(
                document: Int32(doc.document.sequenceNumber), sentence: Int32(mention.sentence), paragraph: Int32(mention.paragraph),
                token: Int32(mention.firstToken), characterStart: characterAt[mention.byteRange.lowerBound] ?? 0,
                characterEnd: characterAt[mention.byteRange.upperBound] ?? 0, key: index, surface: mention.surface,
                titledSurface: mention.titledSurface))
        }
    }
}
