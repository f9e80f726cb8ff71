import Dispatch
import Statistics

extension KeynessTable {
    /// Adds the document-level evidence to every row (see `KeynessTable`), from the
    /// per-document term counts of `analysis`, and ranks the rows by `requested`, or, when nil,
    /// by Welch's t on per-document rates if every comparison has at least
    /// `minimumDocuments` documents on each side, else by G².
    ///
    /// The per-document rate of a term is its count over the document's tokens (stopwords
    /// included, as in G²); documents without tokens take no part. The bootstrap test uses
    /// `bootstrap`'s resamples and seed, the same for every comparison.
    ///
    /// Documents in `repeats` (copies of an earlier document, `DuplicateFinder`) take no part:
    /// each set of copies counts once.
    public mutating func addDocumentEvidence(_ analysis: CorpusAnalysis, bootstrap: Bootstrap, requested: KeynessTest?,
                                             repeats: Set<Int> = [], postingsPerBlock: Int = 4 << 20) throws {
        guard !comparisons.isEmpty else { return }
        let documents = analysis.documents
        let tokens = documents.map { Double($0.tokens) }
        // The tested terms, by index, with the documents that use each (an upper bound of its
        // postings: the most over the comparisons).
        var index: [String: Int32] = [:]
        var documentsUsing: [Int] = []
        for comparison in comparisons {
            for row in comparison.rows {
                let using = row.targetDocumentsUsing + row.referenceDocumentsUsing
                if let i = index[row.term] {
                    documentsUsing[Int(i)] = max(documentsUsing[Int(i)], using)
                } else {
                    index[row.term] = Int32(documentsUsing.count)
                    documentsUsing.append(using)
                }
            }
        }
        // Blocks of terms whose postings together stay under `postingsPerBlock`: the term
        // spills are read once per block, so memory does not grow with the corpus.
        var blockOf = [Int32](repeating: 0, count: documentsUsing.count)
        var blocks = 1, filled = 0
        for t in documentsUsing.indices {
            if filled > 0, filled + documentsUsing[t] > postingsPerBlock {
                blocks += 1
                filled = 0
            }
            blockOf[t] = Int32(blocks - 1)
            filled += documentsUsing[t]
        }

        // The two samples of each comparison: documents with tokens, copies left out.
        let samples: [(x: [Int], y: [Int])] = comparisons.map { comparison in
            let x = documents.indices.filter { documents[$0].group == comparison.target && documents[$0].tokens > 0 && !repeats.contains($0) }
            let y = documents.indices.filter {
                documents[$0].tokens > 0 && !repeats.contains($0) && (comparison.reference == Self.restLabel
                    ? documents[$0].group != comparison.target : documents[$0].group == comparison.reference)
            }
            return (x, y)
        }
        let enough = samples.allSatisfy { $0.x.count >= Self.minimumDocuments && $0.y.count >= Self.minimumDocuments }
        let chosen = requested ?? (enough ? .welch : .g2)

        // Only the documents of some sample are read (with `--compare`, those of the two groups).
        var relevant = [Bool](repeating: false, count: documents.count)
        for sample in samples {
            for d in sample.x { relevant[d] = true }
            for d in sample.y { relevant[d] = true }
        }

        // Each comparison's rows by block.
        let rowsByBlock: [[[Int]]] = comparisons.map { comparison in
            var lists = [[Int]](repeating: [], count: blocks)
            for (r, row) in comparison.rows.enumerated() { lists[Int(blockOf[Int(index[row.term] ?? 0)])].append(r) }
            return lists
        }
        var updated = comparisons
        for block in 0..<blocks {
            var postings = [[(document: Int32, count: Int32)]](repeating: [], count: documentsUsing.count)
            let maps = analysis.termSpills.map { spill in spill.terms.map { term -> Int32 in
                guard let t = index[term], blockOf[Int(t)] == Int32(block) else { return -1 }
                return t
            } }
            try DocumentTermReader(analysis).forEachDocument { sequence, pairs, spill in
                guard relevant[sequence] else { return }
                let map = maps[spill]
                var k = pairs.startIndex
                while k + 1 < pairs.endIndex {
                    let term = map[Int(pairs[k])]
                    if term >= 0 { postings[Int(term)].append((Int32(sequence), pairs[k + 1])) }
                    k += 2
                }
            }
            try Self.concurrently(&updated) { c, comparison in
                try Self.measure(&comparison, rows: rowsByBlock[c][block], samples: samples[c], postings: postings, index: index,
                                 tokens: tokens, bootstrap: bootstrap)
            }
        }
        try Self.concurrently(&updated) { _, comparison in try Self.adjustAndRank(&comparison, test: chosen) }
        comparisons = updated
        test = chosen
        if let requested {
            testReason = "The test was chosen with `--keyness-test \(requested.rawValue)`."
            if requested != .g2, samples.contains(where: { $0.x.count < 2 || $0.y.count < 2 }) {
                testReason += " A comparison with a side of fewer than two documents has no document-level test: "
                    + "none of its terms can be significant under it, and `keyness.csv` lists them by G²."
            }
        } else if enough {
            testReason = "Every comparison has at least \(Self.minimumDocuments) documents on each side, so the test's unit is "
                + "the document; G² on token counts is in `keyness.csv` too."
        } else {
            testReason = "Some group has fewer than \(Self.minimumDocuments) documents, too few for a test whose unit is the "
                + "document, so the token counts are tested; `--keyness-test welch` forces the document-level test."
        }
    }

    /// Runs `body` on every comparison on all cores; rethrows the first failure.
    private static func concurrently(_ comparisons: inout [Comparison], _ body: @escaping (Int, inout Comparison) throws -> Void) throws {
        try comparisons.withUnsafeMutableBufferPointer { buffer in
            let slots = buffer   // each job writes only its own slot
            try ParallelJobs.run(slots.indices.map { c in { try body(c, &slots[c]) } })
        }
    }

    /// The document-level columns of the given rows of one comparison. The bootstrap draws
    /// depend only on the seed and the samples, so a row's p is the same in any block.
    private static func measure(_ comparison: inout Comparison, rows: [Int], samples: (x: [Int], y: [Int]),
                                postings: [[(document: Int32, count: Int32)]], index: [String: Int32],
                                tokens: [Double], bootstrap: Bootstrap) throws {
        guard !rows.isEmpty else { return }
        var side = [UInt8](repeating: 0, count: tokens.count)   // 1: target, 2: reference
        for d in samples.x { side[d] = 1 }
        for d in samples.y { side[d] = 2 }
        let targetTokens = samples.x.reduce(0) { $0 + Int(tokens[$1]) }
        var rates: [[(document: Int32, value: Float)]] = []
        rates.reserveCapacity(rows.count)
        for r in rows {
            let list = postings[Int(index[comparison.rows[r].term] ?? 0)]
            var x = DocumentTests.Moments(count: samples.x.count, sum: 0, sumOfSquares: 0)
            var y = DocumentTests.Moments(count: samples.y.count, sum: 0, sumOfSquares: 0)
            var targetCounts: [(count: Int, tokens: Int)] = []
            var values: [(document: Int32, value: Float)] = []
            values.reserveCapacity(list.count)
            for entry in list {
                let d = Int(entry.document)
                guard side[d] != 0 else { continue }
                let rate = Double(entry.count) / tokens[d]
                if side[d] == 1 {
                    x.sum += rate
                    x.sumOfSquares += rate * rate
                    targetCounts.append((Int(entry.count), Int(tokens[d])))
                } else {
                    y.sum += rate
                    y.sumOfSquares += rate * rate
                }
                values.append((entry.document, Float(rate)))
            }
            comparison.rows[r].welch = try DocumentTests.welch(x, y)
            comparison.rows[r].dispersion = DocumentTests.deviationOfProportions(counts: targetCounts, tokens: targetTokens)
            rates.append(values)
        }
        // Like Welch's test, the bootstrap needs two documents on each side: a side of one
        // document is the same in every resample, so the test would compare one document's
        // rate with the other side's mean and call every word of that document significant.
        if samples.x.count >= 2, samples.y.count >= 2 {
            let p = try DocumentTests.bootstrap(values: rates, documents: tokens.count, x: samples.x, y: samples.y,
                                                resamples: bootstrap.resamples, seed: bootstrap.seed)
            for (k, r) in rows.enumerated() { comparison.rows[r].bootstrapP = p[k] }
        }
    }

    /// The BH q-values of one comparison's document-level tests, and its order under `test`.
    private static func adjustAndRank(_ comparison: inout Comparison, test: KeynessTest) throws {
        let booted = comparison.rows.indices.filter { comparison.rows[$0].bootstrapP != nil }
        let bootstrapQ = try MultipleTesting.benjaminiHochberg(booted.compactMap { comparison.rows[$0].bootstrapP })
        for (k, r) in booted.enumerated() { comparison.rows[r].bootstrapQ = bootstrapQ[k] }
        let tested = comparison.rows.indices.filter { comparison.rows[$0].welch != nil }
        let q = try MultipleTesting.benjaminiHochberg(tested.compactMap { comparison.rows[$0].welch?.p })
        for (k, r) in tested.enumerated() { comparison.rows[r].welchQ = q[k] }
        comparison.rows.sort(by: test.ranks)
    }
}

extension KeynessTest: CustomStringConvertible {
    /// What the test is, in the report's words.
    public var description: String {
        switch self {
        case .g2: return "G² on token counts"
        case .welch: return "Welch's t-test on the documents' rates"
        case .bootstrap: return "the bootstrap test on the documents' rates"
        }
    }
}
