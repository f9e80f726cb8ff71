import Corpus
import Text

/// The snapshot form of `CorpusAnalysis` (see `Snapshot`): every field the statistics and the
/// outputs read, in declaration order, except the gazetteer and the lexicons, which come from
/// the run's options. The spills are written after this section, in the order returned.
extension CorpusAnalysis {
    func encodeSnapshot(into w: inout SnapshotWriter) -> [SpillFile] {
        var spills: [SpillFile] = []
        w.string(groupBy)
        w.array(documents) { w, d in
            w.string(d.id)
            w.int(d.sequenceNumber)
            w.dictionary(d.metadata) { $0.string($1) }
            w.string(d.group)
            w.ints([d.characters, d.cleanCharacters, d.paragraphs, d.sentences, d.sentencesCut, d.tokens, d.terms])
            w.ints(d.cleaning.removed)
            w.array(d.signature) { $0.uint32($1) }
        }
        w.array(skipped) { w, s in
            w.string(s.path)
            w.string(s.reason.rawValue)
            w.string(s.detail)
            w.bool(s.documentKept)
        }
        // Terms and n-grams as word ids: the word list first, then the tables that use it.
        var words = WordTable()
        var t = SnapshotWriter()
        for table in [terms, ngrams] { Self.encode(table, words: &words, into: &t) }
        t.int(pairMargins.pairs)
        t.int(pairMargins.margins.count)
        for (term, value) in pairMargins.margins.sorted(by: { $0.key < $1.key }) {
            words.encode(term, into: &t)
            t.int(value.first)
            t.int(value.second)
        }
        t.array(termSpills) { t, spill in
            t.array(spill.terms) { words.encode($1, into: &$0) }
            t.int(spills.count)
            spills.append(spill.finishedFile)
        }
        w.array(words.words) { $0.string(String($1)) }
        w.bytes.append(contentsOf: t.bytes)
        w.array(entities.entries.sorted { $0.key < $1.key }) { w, item in
            let (key, entry) = item
            w.string(key.type.rawValue)
            w.string(key.name)
            w.int(entry.mentions)
            w.int(entry.documents)
            w.dictionary(entry.mentionsByGroup) { $0.int($1) }
            w.dictionary(entry.surfaces) { $0.int($1) }
            w.dictionary(entry.titledSurfaces) { $0.int($1) }
            w.strings(entry.reasons.sorted())
        }
        w.array(entityCollectors) { w, collector in
            w.array(collector.keys) { w, key in
                w.string(key.type.rawValue)
                w.string(key.name)
            }
            w.array(collector.positions) { w, p in
                for value in [p.document, p.sentence, p.paragraph, p.token, p.key] { w.int32(value) }
            }
            w.int(spills.count)
            spills.append(collector.spill.finishedFile)
        }
        w.array(sentenceScores) { w, score in
            w.int32(score.document)
            w.int32(score.sentence)
            w.double(score.compound)
            w.double(score.storedParts.quoted)
            w.double(score.storedParts.narrated)
        }
        w.array(sentenceSpills) { w, spill in
            w.int(spills.count)
            spills.append(spill.finishedFile)
        }
        w.array(lexiconTallies.sorted { $0.key < $1.key }) { w, item in
            w.int(item.key)
            w.array(item.value) { w, tally in
                w.ints([tally.tokens, tally.matches, tally.positive, tally.negative])
                w.double(tally.sum)
                w.double(tally.positiveSum)
                w.array(tally.categories.sorted { $0.key < $1.key }) { w, category in
                    w.int(category.key)
                    w.int(category.value)
                }
            }
        }
        w.array(figures) { w, record in
            w.int(record.document)
            w.string(record.documentID)
            w.string(record.group)
            w.string(record.date)
            w.int(record.characterStart)
            w.int(record.characterEnd)
            Self.encode(record.figure, into: &w)
        }
        w.array(figureSentences) { w, sentence in
            w.int(sentence.document)
            w.int(sentence.sentence)
            w.int(sentence.characterStart)
            w.string(sentence.text)
        }
        w.array(figureDocumentNames.sorted { $0.key < $1.key }) { w, item in
            w.int(item.key)
            w.array(item.value) { $0.uint32($1) }
        }
        w.strings(metadataColumns)
        w.strings(analyses.sorted().map(\.rawValue))
        return spills
    }

    /// The analysis of a snapshot's section, with its spills (already copied to temporary files).
    init(snapshot r: inout SnapshotReader, spills: [SpillFile]) throws {
        func spill(_ r: inout SnapshotReader) throws -> SpillFile {
            let index = try r.int()
            guard spills.indices.contains(index) else { throw SnapshotError.damaged("a spill index is out of range") }
            return spills[index]
        }
        self.init(groupBy: try r.string())
        documents = try r.array { r in
            let id = try r.string(), sequence = try r.int(), metadata = try r.dictionary { try $0.string() }, group = try r.string()
            let numbers = try r.ints()
            guard numbers.count == 7, let cleaning = CleaningReport(removed: try r.ints()) else {
                throw SnapshotError.damaged("a document summary has the wrong number of counts")
            }
            let signature = try r.array(minimumSize: 4) { try $0.uint32() }
            return DocumentSummary(id: id, sequenceNumber: sequence, metadata: metadata, group: group, characters: numbers[0],
                                   cleanCharacters: numbers[1], cleaning: cleaning, paragraphs: numbers[2], sentences: numbers[3],
                                   sentencesCut: numbers[4], tokens: numbers[5], terms: numbers[6], signature: signature)
        }
        skipped = try r.array { r in
            SkippedFile(path: try r.string(), reason: try r.value(SkippedFile.Reason.self), detail: try r.string(), documentKept: try r.bool())
        }
        let words = try r.strings()
        terms = try Self.decodeTable(&r, words: words)
        ngrams = try Self.decodeTable(&r, words: words)
        pairMargins.pairs = try r.int()
        for _ in 0..<(try r.count(minimumSize: 4)) {
            pairMargins.margins[try WordTable.term(&r, words: words)] = (first: try r.int(), second: try r.int())
        }
        termSpills = try r.array { r in DocumentTermSpill(terms: try r.array { try WordTable.term(&$0, words: words) }, file: try spill(&r)) }
        for _ in 0..<(try r.count(minimumSize: 8)) {
            let key = EntityTable.Key(type: try r.value(EntityType.self), name: try r.string())
            var entry = EntityTable.Entry()
            entry.mentions = try r.int()
            entry.documents = try r.int()
            entry.mentionsByGroup = try r.dictionary { try $0.int() }
            entry.surfaces = try r.dictionary { try $0.int() }
            entry.titledSurfaces = try r.dictionary { try $0.int() }
            entry.reasons = Set(try r.strings())
            entities.entries[key] = entry
        }
        entityCollectors = try r.array { r in
            let keys = try r.array(minimumSize: 2) { r in EntityTable.Key(type: try r.value(EntityType.self), name: try r.string()) }
            let positions = try r.array(minimumSize: 5) { r in
                EntityMentionPosition(document: try r.int32(), sentence: try r.int32(), paragraph: try r.int32(), token: try r.int32(), key: try r.int32())
            }
            guard positions.allSatisfy({ keys.indices.contains(Int($0.key)) }) else { throw SnapshotError.damaged("a mention names no entity") }
            return EntityCollector(keys: keys, positions: positions, spill: RecordSpill(file: try spill(&r)))
        }
        sentenceScores = try r.array(minimumSize: 26) { r in
            SentenceScore(document: try r.int32(), sentence: try r.int32(), compound: try r.double(), quoted: try r.double(), narrated: try r.double())
        }
        sentenceSpills = try r.array { r in RecordSpill(file: try spill(&r)) }
        for _ in 0..<(try r.count(minimumSize: 2)) {
            let document = try r.int()
            lexiconTallies[document] = try r.array { r in
                var tally = SentimentLexicon.Tally()
                let counts = try r.ints()
                guard counts.count == 4 else { throw SnapshotError.damaged("a lexicon tally has the wrong number of counts") }
                (tally.tokens, tally.matches, tally.positive, tally.negative) = (counts[0], counts[1], counts[2], counts[3])
                tally.sum = try r.double()
                tally.positiveSum = try r.double()
                for _ in 0..<(try r.count(minimumSize: 2)) {
                    let category = try r.int()
                    tally.categories[category] = try r.int()
                }
                return tally
            }
        }
        figures = try r.array { r in
            FigureRecord(document: try r.int(), documentID: try r.string(), group: try r.string(), date: try r.string(),
                         characterStart: try r.int(), characterEnd: try r.int(), figure: try Self.decodeFigure(&r))
        }
        figureSentences = try r.array { r in
            FigureSentence(document: try r.int(), sentence: try r.int(), characterStart: try r.int(), text: try r.string())
        }
        for _ in 0..<(try r.count(minimumSize: 2)) {
            let document = try r.int()
            figureDocumentNames[document] = try r.array(minimumSize: 4) { try $0.uint32() }
        }
        metadataColumns = try r.strings()
        analyses = Set(try r.array { try $0.value(AnalysisKind.self) })
    }

    private static func encode(_ table: TermFrequencyTable, words: inout WordTable, into w: inout SnapshotWriter) {
        w.dictionary(table.groups) { w, group in
            w.int(group.tokens)
            w.int(group.documents)
            w.int(group.entries.count)
            for (term, entry) in group.entries {
                words.encode(term, into: &w)
                w.int(entry.count)
                w.int(entry.documents)
            }
        }
    }

    private static func decodeTable(_ r: inout SnapshotReader, words: [String]) throws -> TermFrequencyTable {
        var table = TermFrequencyTable()
        table.groups = try r.dictionary { r in
            var group = TermFrequencyTable.Group()
            group.tokens = try r.int()
            group.documents = try r.int()
            let n = try r.count(minimumSize: 4)
            group.entries.reserveCapacity(n)
            for _ in 0..<n {
                group.entries[try WordTable.term(&r, words: words)] = TermFrequencyTable.Entry(count: try r.int(), documents: try r.int())
            }
            return group
        }
        return table
    }

    private static func encode(_ f: Figure, into w: inout SnapshotWriter) {
        w.int(f.sentence)
        w.int(f.byteRange.lowerBound)
        w.int(f.byteRange.upperBound)
        w.string(f.surface)
        w.optional(f.value) { $0.double($1) }
        w.double(f.low)
        w.double(f.high)
        w.string(f.qualifier.rawValue)
        for text in [f.unit, f.counted, f.event, f.source] { w.string(text) }
        w.optional(f.time) { w, time in
            w.string(time.expression)
            w.string(time.resolved)
            w.optional(time.referenceDay) { $0.int($1) }
        }
        w.bool(f.inherited)
        w.array(f.context) { $0.uint64($1) }
        w.array(f.near) { $0.uint64($1) }
    }

    private static func decodeFigure(_ r: inout SnapshotReader) throws -> Figure {
        let sentence = try r.int(), lower = try r.int(), upper = try r.int()
        guard lower <= upper else { throw SnapshotError.damaged("a figure's range is reversed") }
        let surface = try r.string(), value = try r.optional { try $0.double() }, low = try r.double(), high = try r.double()
        let qualifier = try r.value(FigureQualifier.self)
        let unit = try r.string(), counted = try r.string(), event = try r.string(), source = try r.string()
        let time = try r.optional { r in
            FigureTime(expression: try r.string(), resolved: try r.string(), referenceDay: try r.optional { try $0.int() })
        }
        return Figure(sentence: sentence, byteRange: lower..<upper, surface: surface, value: value, low: low, high: high,
                      qualifier: qualifier, unit: unit, counted: counted, event: event, source: source, time: time,
                      inherited: try r.bool(), context: try r.array(minimumSize: 8) { try $0.uint64() },
                      near: try r.array(minimumSize: 8) { try $0.uint64() })
    }
}

/// The words of a snapshot's terms and n-grams, each written once: a term is written as the
/// ids of its space-separated words, in the order they were first met.
struct WordTable {
    private var index: [Substring: Int] = [:]
    private(set) var words: [Substring] = []

    mutating func encode(_ term: String, into w: inout SnapshotWriter) {
        let parts = term.split(separator: " ", omittingEmptySubsequences: false)
        w.int(parts.count)
        for part in parts {
            if let id = index[part] {
                w.int(id)
            } else {
                index[part] = words.count
                w.int(words.count)
                words.append(part)
            }
        }
    }

    static func term(_ r: inout SnapshotReader, words: [String]) throws -> String {
        let n = try r.count()
        guard n >= 1 else { throw SnapshotError.damaged("a term has no words") }
        var parts: [String] = []
        parts.reserveCapacity(n)
        for _ in 0..<n {
            let id = try r.int()
            guard words.indices.contains(id) else { throw SnapshotError.damaged("a term names a word the snapshot does not have") }
            parts.append(words[id])
        }
        return n == 1 ? parts[0] : parts.joined(separator: " ")
    }
}
