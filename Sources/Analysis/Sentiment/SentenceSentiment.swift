import Text

/// Who speaks in a sentence: the outlet (narrated), a source in quotation marks (quoted), or both.
public enum Voice: String, Sendable {
    case narrated, quoted, mixed
}

/// One sentence's VADER scores, with those of its quoted and narrated parts.
public struct SentenceSentiment: Sendable {
    public let document: Int32
    public let sentence: Int32
    /// Character offsets in the cleaned text.
    public let characterStart: Int32
    public let characterEnd: Int32
    public let text: String
    public let voice: Voice
    /// The whole sentence.
    public let scores: SentimentScores
    /// The words inside quotation marks, and the rest, scored apart (nil when empty).
    public let quoted: SentimentScores?
    public let narrated: SentimentScores?
}

/// What the sentiment statistics need of one sentence, kept in memory for every sentence
/// of the corpus (32 bytes; the rows with their text go to a `RecordSpill`).
public struct SentenceScore: Sendable, Equatable {
    public let document: Int32
    public let sentence: Int32
    /// The whole sentence's compound score.
    public let compound: Double
    private let quotedValue: Double
    private let narratedValue: Double

    /// A score read back from a snapshot (NaN for a part without words).
    init(document: Int32, sentence: Int32, compound: Double, quoted: Double, narrated: Double) {
        self.document = document
        self.sentence = sentence
        self.compound = compound
        quotedValue = quoted
        narratedValue = narrated
    }

    /// The stored form of `quoted` and `narrated` (NaN for none).
    var storedParts: (quoted: Double, narrated: Double) { (quotedValue, narratedValue) }

    public init(_ row: SentenceSentiment) {
        document = row.document
        sentence = row.sentence
        compound = row.scores.compound
        quotedValue = row.quoted?.compound ?? .nan
        narratedValue = row.narrated?.compound ?? .nan
    }

    /// The compound score of the words inside quotation marks (nil when there are none).
    public var quoted: Double? { quotedValue.isNaN ? nil : quotedValue }
    /// The compound score of the words outside quotation marks (nil when there are none).
    public var narrated: Double? { narratedValue.isNaN ? nil : narratedValue }
}

extension SentenceSentiment {
    /// Appends the rows of one document to a spill payload.
    static func encode(_ rows: [SentenceSentiment], into bytes: inout [UInt8]) {
        func append(_ scores: SentimentScores) {
            for value in [scores.negative, scores.neutral, scores.positive, scores.compound] { RecordCoder.append(value, to: &bytes) }
        }
        for row in rows {
            RecordCoder.append(row.sentence, to: &bytes)
            RecordCoder.append(row.characterStart, to: &bytes)
            RecordCoder.append(row.characterEnd, to: &bytes)
            bytes.append(row.voice == .narrated ? 0 : (row.voice == .quoted ? 1 : 2))
            bytes.append((row.quoted == nil ? 0 : 1) | (row.narrated == nil ? 0 : 2))
            append(row.scores)
            if let quoted = row.quoted { append(quoted) }
            if let narrated = row.narrated { append(narrated) }
            RecordCoder.append(row.text, to: &bytes)
        }
    }

    /// The rows of document `document` from a spill payload written by `encode`.
    static func decode(_ bytes: [UInt8], document: Int32) -> [SentenceSentiment] {
        var rows: [SentenceSentiment] = []
        var offset = 0
        func scores() -> SentimentScores {
            SentimentScores(negative: RecordCoder.double(bytes, at: &offset), neutral: RecordCoder.double(bytes, at: &offset),
                            positive: RecordCoder.double(bytes, at: &offset), compound: RecordCoder.double(bytes, at: &offset))
        }
        while offset < bytes.count {
            let sentence = RecordCoder.int32(bytes, at: &offset)
            let start = RecordCoder.int32(bytes, at: &offset)
            let end = RecordCoder.int32(bytes, at: &offset)
            let voice: Voice = bytes[offset] == 0 ? .narrated : (bytes[offset] == 1 ? .quoted : .mixed)
            let parts = bytes[offset + 1]
            offset += 2
            let whole = scores()
            let quoted = parts & 1 != 0 ? scores() : nil
            let narrated = parts & 2 != 0 ? scores() : nil
            let text = RecordCoder.string(bytes, at: &offset)
            rows.append(SentenceSentiment(document: document, sentence: sentence, characterStart: start, characterEnd: end,
                                          text: text, voice: voice, scores: whole, quoted: quoted, narrated: narrated))
        }
        return rows
    }
}

/// Scores every sentence of a document, and its quoted and narrated parts.
///
/// Quotation marks: “ opens and ” closes; a straight " toggles. A quotation may run over
/// several sentences of a paragraph; a new paragraph closes an open quotation.
public struct SentenceSentimentScorer: Sendable {
    public let scorer: VaderScorer

    public init(scorer: VaderScorer = .bundled) {
        self.scorer = scorer
    }

    public func score(_ doc: TokenizedDocument) -> [SentenceSentiment] {
        var result: [SentenceSentiment] = []
        result.reserveCapacity(doc.sentences.count)
        let bytes = Array(doc.text.utf8)
        // Quoted flag per byte, paragraph by paragraph.
        var quoted = [Bool](repeating: false, count: bytes.count)
        for paragraph in doc.paragraphs {
            var inside = false
            var i = paragraph.lowerBound
            while i < paragraph.upperBound {
                let b = bytes[i]
                if b == 0xE2, i + 2 < paragraph.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C {   // “
                    quoted[i] = true; quoted[i + 1] = true; quoted[i + 2] = true
                    inside = true
                    i += 3
                    continue
                }
                if b == 0xE2, i + 2 < paragraph.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9D {   // ”
                    quoted[i] = true; quoted[i + 1] = true; quoted[i + 2] = true
                    inside = false
                    i += 3
                    continue
                }
                if b == UInt8(ascii: "\"") {
                    quoted[i] = true
                    inside.toggle()
                    i += 1
                    continue
                }
                quoted[i] = inside
                i += 1
            }
        }
        var cursor = CharacterOffsets.Cursor()
        func characters(upTo target: Int) -> Int32 {
            bytes.withUnsafeBufferPointer { cursor.offset(of: target, in: $0) }
        }
        for (index, range) in doc.sentences.enumerated() {
            let start = characters(upTo: range.lowerBound)
            let end = characters(upTo: range.upperBound)
            let text = String(decoding: bytes[range], as: UTF8.self)
            var quotedPart: [UInt8] = [], narratedPart: [UInt8] = []
            var lastQuoted: Bool?
            for i in range {
                let q = quoted[i]
                if let last = lastQuoted, last != q {
                    // A space keeps words of different runs apart.
                    if q { quotedPart.append(0x20) } else { narratedPart.append(0x20) }
                }
                if q { quotedPart.append(bytes[i]) } else { narratedPart.append(bytes[i]) }
                lastQuoted = q
            }
            let hasQuoted = Self.hasWords(quotedPart), hasNarrated = Self.hasWords(narratedPart)
            let voice: Voice = hasQuoted && hasNarrated ? .mixed : (hasQuoted ? .quoted : .narrated)
            let whole = bytes.withUnsafeBufferPointer { scorer.score(utf8: UnsafeBufferPointer(rebasing: $0[range])) }
            // A sentence in one voice only is scored once: its part is the sentence.
            let quotedScores = hasQuoted ? (hasNarrated ? quotedPart.withUnsafeBufferPointer { scorer.score(utf8: $0) } : whole) : nil
            let narratedScores = hasNarrated
                ? (hasQuoted || quotedPart.contains(where: { $0 != 0x20 }) ? narratedPart.withUnsafeBufferPointer { scorer.score(utf8: $0) } : whole)
                : nil
            result.append(SentenceSentiment(
                document: Int32(doc.document.sequenceNumber), sentence: Int32(index), characterStart: start, characterEnd: end,
                text: text, voice: voice, scores: whole, quoted: quotedScores, narrated: narratedScores))
        }
        return result
    }

    /// Whether UTF-8 text holds a letter (an alphabetic scalar).
    static func hasWords(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { return true }
                    i += 1
                    continue
                }
                let (value, length) = UTF8Scalars.decode(bytes, at: i)
                if Unicode.Scalar(value)?.properties.isAlphabetic == true { return true }
                i += length
            }
            return false
        }
    }
}
