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
    public mutating func addDocumentEvidence(_ analysis: CorpusAnalysis, bootstrap: Bootstrap, requested: KeynessTest?) throws {
        guard !comparisons.isEmpty else { return }
        let documents = analysis.documents
        // The tested terms, by index, and where each is used: (document, count).
        var index: [String: Int32] = [:]
        for comparison in comparisons {
            for row in comparison.rows where index[row.term] == nil { index[row.term] = Int32(index.count) }
        }
        var postings = [[(document: Int32, count: Int32)]](repeating: [], count: index.count)
        let maps = analysis.termSpills.map { spill in spill.terms.map { index[$0] ?? -1 } }
        try DocumentTermReader(analysis).forEachDocument { sequence, pairs, spill in
            let map = maps[spill]
            var k = pairs.startIndex
            while k + 1 < pairs.endIndex {
                let term = map[Int(pairs[k])]
                if term >= 0 { postings[Int(term)].append((Int32(sequence), pairs[k + 1])) }
                k += 2
            }
        }
        let tokens = documents.map { Double($0.tokens) }

        // The two samples of each comparison: documents with tokens.
        let samples: [(x: [Int], y: [Int])] = comparisons.map { comparison in
            let x = documents.indices.filter { documents[$0].group == comparison.target && documents[$0].tokens > 0 }
            let y = documents.indices.filter {
                documents[$0].tokens > 0 && (comparison.reference == Self.restLabel
                    ? documents[$0].group != comparison.target : documents[$0].group == comparison.reference)
            }
            return (x, y)
        }
        let enough = samples.allSatisfy { $0.x.count >= Self.minimumDocuments && $0.y.count >= Self.minimumDocuments }
        let chosen = requested ?? (enough ? .welch : .g2)

        var updated = comparisons
        var failures = [Error?](repeating: nil, count: comparisons.count)
        updated.withUnsafeMutableBufferPointer { slots in
            failures.withUnsafeMutableBufferPointer { errors in
                DispatchQueue.concurrentPerform(iterations: slots.count) { c in
                    do {
                        try Self.addEvidence(to: &slots[c], samples: samples[c], postings: postings, index: index,
                                             tokens: tokens, bootstrap: bootstrap, test: chosen)
                    } catch {
                        errors[c] = error
                    }
                }
            }
        }
        if let error = failures.compactMap({ $0 }).first { throw error }
        comparisons = updated
        test = chosen
        if let requested {
            testReason = "The test was chosen with `--keyness-test \(requested.rawValue)`."
        } else if enough {
            testReason = "Every comparison has at least \(Self.minimumDocuments) documents on each side, so the test's unit is "
                + "the document; G² on token counts is in `keyness.csv` too."
        } else {
            testReason = "Some group has fewer than \(Self.minimumDocuments) documents, too few for a test whose unit is the "
                + "document, so the token counts are tested; `--keyness-test welch` forces the document-level test."
        }
    }

    /// One comparison's document-level columns, its q-values and its order under `test`.
    private static func addEvidence(to comparison: inout Comparison, samples: (x: [Int], y: [Int]),
                                    postings: [[(document: Int32, count: Int32)]], index: [String: Int32],
                                    tokens: [Double], bootstrap: Bootstrap, test: KeynessTest) throws {
        var side = [UInt8](repeating: 0, count: tokens.count)   // 1: target, 2: reference
        for d in samples.x { side[d] = 1 }
        for d in samples.y { side[d] = 2 }
        let targetTokens = samples.x.reduce(0) { $0 + Int(tokens[$1]) }
        var rates: [[(document: Int32, value: Float)]] = []
        rates.reserveCapacity(comparison.rows.count)
        for r in comparison.rows.indices {
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
        if !samples.x.isEmpty, !samples.y.isEmpty {
            let p = try DocumentTests.bootstrap(values: rates, documents: tokens.count, x: samples.x, y: samples.y,
                                                resamples: bootstrap.resamples, seed: bootstrap.seed)
            for r in comparison.rows.indices { comparison.rows[r].bootstrapP = p[r] }
            let q = try MultipleTesting.benjaminiHochberg(p)
            for r in comparison.rows.indices { comparison.rows[r].bootstrapQ = q[r] }
        }
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
