import Text

/// Where one mention is, as the co-occurrence windows and document counts need it (kept in
/// memory for every mention: 20 bytes).
public struct EntityMentionPosition: Sendable {
    public let document: Int32
    public let sentence: Int32
    public let paragraph: Int32
    public let token: Int32
    /// Index of the document-level entity in the collector's `keys`.
    public let key: Int32
}

/// One mention's row of entity_mentions.csv, spilled to disk as documents pass and read back
/// in corpus order (`CorpusAnalysis.forEachMentionRecord`).
public struct EntityMentionRecord: Sendable {
    public let document: Int32
    public let sentence: Int32
    /// Character (Unicode scalar) offsets in the document's cleaned text.
    public let characterStart: Int32
    public let characterEnd: Int32
    /// Index of the document-level entity in the collector's `keys`.
    public let key: Int32
    public let surface: String
    /// The surface with the title before it, if any.
    public let titledSurface: String?

    /// Appends one document's records to a spill payload.
    static func encode(_ records: [EntityMentionRecord], into bytes: inout [UInt8]) {
        for record in records {
            for value in [record.sentence, record.characterStart, record.characterEnd, record.key] { RecordCoder.append(value, to: &bytes) }
            RecordCoder.append(record.surface, to: &bytes)
            bytes.append(record.titledSurface == nil ? 0 : 1)
            if let titled = record.titledSurface { RecordCoder.append(titled, to: &bytes) }
        }
    }

    /// The records of document `document` from a payload written by `encode`.
    static func decode(_ bytes: [UInt8], document: Int32) -> [EntityMentionRecord] {
        var records: [EntityMentionRecord] = []
        var offset = 0
        while offset < bytes.count {
            let sentence = RecordCoder.int32(bytes, at: &offset), start = RecordCoder.int32(bytes, at: &offset)
            let end = RecordCoder.int32(bytes, at: &offset), key = RecordCoder.int32(bytes, at: &offset)
            let surface = RecordCoder.string(bytes, at: &offset)
            let hasTitled = bytes[offset] != 0
            offset += 1
            let titled = hasTitled ? RecordCoder.string(bytes, at: &offset) : nil
            records.append(EntityMentionRecord(document: document, sentence: sentence, characterStart: start, characterEnd: end,
                                               key: key, surface: surface, titledSurface: titled))
        }
        return records
    }
}

/// A worker's entity mentions: the mergeable `EntityTable`, the position of every mention,
/// and the mention rows in a spill; document-level keys are numbered per worker.
public final class EntityCollector: @unchecked Sendable {
    public private(set) var table = EntityTable()
    public private(set) var keys: [EntityTable.Key] = []
    /// Every mention's position, in corpus order and by position in its document.
    public private(set) var positions: [EntityMentionPosition] = []
    /// The rows of entity_mentions.csv, one record per document.
    public let spill: RecordSpill
    private var keyIndex: [EntityTable.Key: Int32] = [:]

    public init() throws {
        spill = try RecordSpill()
    }

    /// A collector read back from a snapshot (its table is not kept: the analysis holds the
    /// merged one).
    init(keys: [EntityTable.Key], positions: [EntityMentionPosition], spill: RecordSpill) {
        self.keys = keys
        self.positions = positions
        self.spill = spill
    }

    /// Ends the run: the spill can be read.
    func finish() throws {
        try spill.finish()
    }

    /// Adds the mentions of one document.
    func add(_ mentions: [EntityMention], in doc: TokenizedDocument, group: String) throws {
        table.add(mentions, group: group)
        guard !mentions.isEmpty else { return }
        // Character offsets: one pass over the text counts scalars up to every mention boundary.
        let order = mentions.indices.sorted {
            let a = mentions[$0].byteRange, b = mentions[$1].byteRange
            return a.lowerBound != b.lowerBound ? a.lowerBound < b.lowerBound : a.upperBound < b.upperBound
        }
        let boundaries = Set(mentions.flatMap { [$0.byteRange.lowerBound, $0.byteRange.upperBound] }).sorted()
        var characterAt: [Int: Int32] = [:]
        var copy = doc.text
        copy.withUTF8 { bytes in
            var cursor = CharacterOffsets.Cursor()
            for boundary in boundaries { characterAt[boundary] = cursor.offset(of: boundary, in: bytes) }
        }
        var records: [EntityMentionRecord] = []
        records.reserveCapacity(mentions.count)
        let document = Int32(doc.document.sequenceNumber)
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
            positions.append(EntityMentionPosition(document: document, sentence: Int32(mention.sentence), paragraph: Int32(mention.paragraph),
                                                   token: Int32(mention.firstToken), key: index))
            records.append(EntityMentionRecord(
                document: document, sentence: Int32(mention.sentence), characterStart: characterAt[mention.byteRange.lowerBound] ?? 0,
                characterEnd: characterAt[mention.byteRange.upperBound] ?? 0, key: index, surface: mention.surface,
                titledSurface: mention.titledSurface))
        }
        var payload: [UInt8] = []
        EntityMentionRecord.encode(records, into: &payload)
        try spill.append(sequence: Int(document), payload: payload)
    }
}
