import Text

/// A worker's term and n-gram counting on vocabulary ids, turned into string-keyed
/// `TermFrequencyTable`s at the end.
///
/// Terms are tokens that are not stopwords. N-grams (n = 2, 3) are runs of tokens inside
/// one sentence; one that begins or ends with a stopword is not counted ("secretary of
/// state" is, "of the" is not). With an empty stopword list everything counts.
final class TermCounter {
    private struct GroupCounts {
        var tokens = 0
        var documents = 0
        var counts: [Int] = []
        var documentCounts: [Int] = []
        var ngrams = NgramTable()
    }

    /// An n-gram's count, documents, and the last document that counted it.
    struct NgramCount {
        var count: Int32 = 0
        var documents: Int32 = 0
        var lastDocument: Int32 = 0

        @inline(__always)
        mutating func add(in document: Int32) {
            count += 1
            if lastDocument != document {
                lastDocument = document
                documents += 1
            }
        }
    }

    /// Up to three token ids; unused slots are -1.
    struct NgramKey: Hashable {
        let a: Int32, b: Int32, c: Int32
    }

    /// N-gram counts in an open-addressing table (kept at most half full) with a multiplicative
    /// hash of the three ids: counting runs twice per token, and Swift's seeded `Hasher` cost
    /// more than the rest of the counting. Entries stay in the order they were first counted.
    struct NgramTable {
        private(set) var keys: [NgramKey] = []
        private(set) var values: [NgramCount] = []
        private var slots = [Int32](repeating: 0, count: 1024)   // entry index + 1; 0 is empty

        var count: Int { keys.count }

        @inline(__always)
        private static func hash(_ key: NgramKey) -> Int {
            var h = (UInt64(UInt32(bitPattern: key.a)) | UInt64(UInt32(bitPattern: key.b)) << 32) &* 0x9E37_79B9_7F4A_7C15
            h ^= UInt64(UInt32(bitPattern: key.c)) &* 0xC2B2_AE3D_27D4_EB4F
            h ^= h >> 31
            return Int(truncatingIfNeeded: h)
        }

        /// Counts one occurrence of `key` in document `document`.
        @inline(__always)
        mutating func add(_ key: NgramKey, in document: Int32) {
            let mask = slots.count - 1
            var slot = Self.hash(key) & mask
            while true {
                let entry = Int(slots[slot])
                if entry == 0 { break }
                if keys[entry - 1] == key {
                    values[entry - 1].add(in: document)
                    return
                }
                slot = (slot + 1) & mask
            }
            keys.append(key)
            var value = NgramCount()
            value.add(in: document)
            values.append(value)
            slots[slot] = Int32(keys.count)
            if keys.count * 2 > slots.count { grow() }
        }

        private mutating func grow() {
            var bigger = [Int32](repeating: 0, count: slots.count * 2)
            let mask = bigger.count - 1
            for (index, key) in keys.enumerated() {
                var slot = Self.hash(key) & mask
                while bigger[slot] != 0 { slot = (slot + 1) & mask }
                bigger[slot] = Int32(index + 1)
            }
            slots = bigger
        }

        /// Forgets the last document of every entry (when the document stamps start again).
        mutating func resetDocuments() {
            for i in values.indices { values[i].lastDocument = 0 }
        }
    }

    let vocabulary: Vocabulary
    /// Per-document term counts, for tf-idf and document resampling after the run.
    let spill: DocumentTermSpill
    private var groups: [String: GroupCounts] = [:]
    /// How often each token id is the first, and the second, of two adjacent tokens in a
    /// sentence, and how many such pairs there are: the margins of collocation measures.
    private var firstOfPair: [Int] = []
    private var secondOfPair: [Int] = []
    private var pairs = 0
    /// This document's distinct term ids and their counts (reused between documents).
    private var documentTermIDs: [Int32] = []
    private var documentTermCounts: [Int32] = []
    private var slotInDocument: [Int32] = []
    /// Per-id stamp of the last document that counted it (for document frequencies).
    private var lastDocument: [Int32] = []
    private var documentStamp: Int32 = 0

    /// Whether terms, n-grams, pair margins and per-document counts are counted; without,
    /// only each group's token and document totals (which every report needs).
    let countsTerms: Bool

    init(vocabulary: Vocabulary, countsTerms: Bool = true) throws {
        self.vocabulary = vocabulary
        self.countsTerms = countsTerms
        self.spill = try DocumentTermSpill()
    }

    /// Counts one document under `group`; returns the number of term tokens counted.
    func add(_ doc: TokenizedDocument, group: String) throws -> Int {
        guard countsTerms else {
            var counts = groups[group] ?? GroupCounts()
            counts.tokens += doc.tokenIDs.count
            counts.documents += 1
            groups[group] = counts
            return 0
        }
        documentStamp &+= 1
        if documentStamp == Int32.max {
            // After 2^31 documents on one worker the stamps start again: forget the old ones.
            documentStamp = 1
            for i in lastDocument.indices { lastDocument[i] = 0 }
            groups = groups.mapValues { counts in
                var reset = counts
                reset.ngrams.resetDocuments()
                return reset
            }
        }
        let stamp = documentStamp
        let vocabularySize = vocabulary.count
        if lastDocument.count < vocabularySize {
            let missing = vocabularySize - lastDocument.count
            lastDocument.append(contentsOf: repeatElement(0, count: missing))
            slotInDocument.append(contentsOf: repeatElement(0, count: missing))
            firstOfPair.append(contentsOf: repeatElement(0, count: missing))
            secondOfPair.append(contentsOf: repeatElement(0, count: missing))
        }
        documentTermIDs.removeAll(keepingCapacity: true)
        documentTermCounts.removeAll(keepingCapacity: true)
        var counts = groups[group] ?? GroupCounts()
        groups[group] = nil   // keep the arrays uniquely referenced while we mutate them
        if counts.counts.count < vocabularySize {
            counts.counts.append(contentsOf: repeatElement(0, count: vocabularySize - counts.counts.count))
            counts.documentCounts.append(contentsOf: repeatElement(0, count: vocabularySize - counts.documentCounts.count))
        }
        counts.tokens += doc.tokenIDs.count
        counts.documents += 1
        var terms = 0
        let isStopword = vocabulary.isStopword
        doc.tokenIDs.withUnsafeBufferPointer { ids in
            for id in ids {
                let i = Int(id)
                if isStopword[i] { continue }
                terms += 1
                counts.counts[i] += 1
                if lastDocument[i] != stamp {
                    lastDocument[i] = stamp
                    counts.documentCounts[i] += 1
                    slotInDocument[i] = Int32(documentTermIDs.count)
                    documentTermIDs.append(id)
                    documentTermCounts.append(1)
                } else {
                    documentTermCounts[Int(slotInDocument[i])] += 1
                }
            }
        }
        // N-grams within sentences.
        for s in 0..<doc.sentences.count {
            let sentence = doc.tokens(ofSentence: s)
            guard sentence.count >= 2 else { continue }
            pairs += sentence.count - 1
            for k in sentence.startIndex..<(sentence.endIndex - 1) {
                firstOfPair[Int(sentence[k])] += 1
                secondOfPair[Int(sentence[k + 1])] += 1
            }
            var i = sentence.startIndex
            while i < sentence.endIndex - 1 {
                let first = sentence[i]
                if !isStopword[Int(first)] {
                    let second = sentence[i + 1]
                    if !isStopword[Int(second)] {
                        counts.ngrams.add(NgramKey(a: first, b: second, c: -1), in: stamp)
                    }
                    if i + 2 < sentence.endIndex {
                        let third = sentence[i + 2]
                        if !isStopword[Int(third)] {
                            counts.ngrams.add(NgramKey(a: first, b: second, c: third), in: stamp)
                        }
                    }
                }
                i += 1
            }
        }
        groups[group] = counts
        try spill.append(sequence: doc.document.sequenceNumber, ids: documentTermIDs, counts: documentTermCounts)
        return terms
    }

    /// The collocation margins keyed by term string.
    func pairMargins() -> PairMargins {
        var margins = PairMargins()
        margins.pairs = pairs
        let words = vocabulary.terms
        for i in firstOfPair.indices where firstOfPair[i] > 0 || secondOfPair[i] > 0 {
            margins.add(words[i], first: firstOfPair[i], second: secondOfPair[i])
        }
        return margins
    }

    /// Closes the spill and hands it out with the vocabulary's strings.
    func finishedSpill() throws -> DocumentTermSpill {
        try spill.finish()
        spill.terms = vocabulary.terms
        // Without term counting the spill holds no documents: it says nothing of their words.
        if countsTerms { spill.isStopword = vocabulary.isStopword }
        return spill
    }

    /// The string-keyed tables: single terms, and n-grams (words joined by a space).
    func tables() -> (terms: TermFrequencyTable, ngrams: TermFrequencyTable) {
        var terms = TermFrequencyTable()
        var ngrams = TermFrequencyTable()
        let words = vocabulary.terms
        for (name, counts) in groups {
            var group = TermFrequencyTable.Group()
            group.tokens = counts.tokens
            group.documents = counts.documents
            for i in counts.counts.indices where counts.counts[i] > 0 {
                group.entries[words[i]] = TermFrequencyTable.Entry(count: counts.counts[i], documents: counts.documentCounts[i])
            }
            terms.groups[name] = group
            var ngramGroup = TermFrequencyTable.Group()
            ngramGroup.tokens = counts.tokens
            ngramGroup.documents = counts.documents
            ngramGroup.entries.reserveCapacity(counts.ngrams.count)
            for (key, entry) in zip(counts.ngrams.keys, counts.ngrams.values) {
                var text = words[Int(key.a)] + " " + words[Int(key.b)]
                if key.c >= 0 { text += " " + words[Int(key.c)] }
                ngramGroup.entries[text] = TermFrequencyTable.Entry(count: Int(entry.count), documents: Int(entry.documents))
            }
            ngrams.groups[name] = ngramGroup
        }
        return (terms, ngrams)
    }
}
