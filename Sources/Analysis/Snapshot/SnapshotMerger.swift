import Foundation

/// Merges snapshots of shards of one corpus (`analyze merge`): they must come from the same
/// program with the same options, from the same corpus, and hold different shards.
public enum SnapshotMerger {
    /// The header of the merge of snapshots with these headers (by path), or the reason they
    /// do not merge. `complete`: every shard must be there (for the outputs).
    public static func header(of parts: [(path: String, header: SnapshotHeader)], complete: Bool) throws -> SnapshotHeader {
        guard let (firstPath, first) = parts.first else { throw SnapshotError.mismatch("give the snapshots to merge") }
        var shards: [Int: String] = [:]
        for (path, header) in parts {
            if header.program != first.program {
                throw SnapshotError.mismatch("\(path) was written by analyze \(header.program), \(firstPath) by \(first.program); write every shard with the same program")
            }
            if header.workingDirectory != first.workingDirectory {
                throw SnapshotError.mismatch("\(path) was made in \(header.workingDirectory), \(firstPath) in \(first.workingDirectory); run every shard from the same folder")
            }
            if header.optionFiles != first.optionFiles {
                throw SnapshotError.mismatch("\(path) and \(firstPath) read different option files (stopwords, entities, lexicons or figure review); run every shard with the same files")
            }
            if header.arguments != first.arguments {
                let a = Set(header.arguments), b = Set(first.arguments)
                let differences = (a.symmetricDifference(b)).sorted().prefix(4).joined(separator: " ")
                throw SnapshotError.mismatch("\(path) and \(firstPath) were made with different options (\(differences.isEmpty ? "their order" : differences)); run every shard with the same options")
            }
            if header.shardCount != first.shardCount {
                throw SnapshotError.mismatch("\(path) is a shard of \(header.shardCount), \(firstPath) of \(first.shardCount); give the shards of one --shard K/N split")
            }
            if header.corpusDocuments != first.corpusDocuments || header.corpusDigest != first.corpusDigest {
                throw SnapshotError.mismatch("\(path) and \(firstPath) read different corpora (\(header.corpusDocuments) and \(first.corpusDocuments) documents, or other ids); the corpus changed between shards: run them again")
            }
            for shard in header.shards {
                if let other = shards[shard] {
                    throw SnapshotError.mismatch("\(path) and \(other) both hold shard \(shard)/\(header.shardCount); give each shard once")
                }
                shards[shard] = path
            }
        }
        guard (1...Shard.maximumCount).contains(first.shardCount), shards.keys.allSatisfy({ (1...first.shardCount).contains($0) }) else {
            throw SnapshotError.damaged("\(firstPath): its shards (\(first.shardDescription)) are impossible")
        }
        if complete, shards.count < first.shardCount {
            let missing = (1...first.shardCount).lazy.filter { shards[$0] == nil }
            let named = missing.prefix(10).map { "\($0)/\(first.shardCount)" }.joined(separator: ", ")
            let count = first.shardCount - shards.count
            throw SnapshotError.mismatch("shard\(count == 1 ? "" : "s") \(named)\(count > 10 ? " and \(count - 10) more" : "") missing; give the snapshot of every shard (analyze partial --shard K/\(first.shardCount))")
        }
        var merged = first
        merged.shards = shards.keys.sorted()
        return merged
    }

    /// The analyses of the snapshots at `paths`, merged (the skipped files once: every shard
    /// reads the whole corpus, so each lists them all), with the gazetteer and lexicons of
    /// `options` (the options the shards ran with), ready for `finish`.
    /// `names`: the paths as the user gave them, for messages. The headers are checked again
    /// as read (`header(of:complete:)`), and the merged analysis against them.
    public static func merge(_ paths: [String], names: [String]? = nil, complete: Bool = true, options: AnalysisOptions) throws -> CorpusAnalysis {
        var merged: CorpusAnalysis?
        var headers: [(path: String, header: SnapshotHeader)] = []
        for (index, path) in paths.enumerated() {
            var (header, analysis) = try Snapshot.read(path: path, name: names?[index])
            let name = names?[index] ?? path
            headers.append((name, header))
            if var sum = merged {
                // Every shard reads the whole corpus, so each lists the same skipped files.
                guard analysis.skipped == sum.skipped else {
                    throw SnapshotError.mismatch("\(name) and \(headers[0].path) list different skipped files: the corpus changed between shards (or a snapshot was written inside it); run them again")
                }
                analysis.skipped = []
                merged = nil   // one owner of the arrays, so that merging appends in place
                sum.merge(analysis)
                merged = sum
            } else {
                merged = analysis
            }
        }
        guard var merged else { throw SnapshotError.mismatch("give the snapshots to merge") }
        let header = try header(of: headers, complete: complete)
        // What later steps index by: document numbers within the corpus, once each, and one
        // tally per lexicon.
        var seen = Set<Int>()
        for document in merged.documents {
            guard (0..<header.corpusDocuments).contains(document.sequenceNumber), seen.insert(document.sequenceNumber).inserted else {
                throw SnapshotError.damaged("\(headers[0].path) and the others: document numbers repeat or exceed the corpus's \(header.corpusDocuments)")
            }
        }
        if complete, merged.documents.count != header.corpusDocuments {
            throw SnapshotError.damaged("the snapshots hold \(merged.documents.count) of the corpus's \(header.corpusDocuments) documents")
        }
        guard merged.lexiconTallies.values.allSatisfy({ $0.count == options.lexicons.count }) else {
            throw SnapshotError.mismatch("the snapshots tallied another number of --lexicon dictionaries than the options give now; run the shards again")
        }
        merged.gazetteer = options.gazetteer
        merged.lexicons = options.lexicons
        if !merged.documents.isEmpty, !merged.metadataColumns.contains(merged.groupBy) {
            throw AnalysisError.unknownGroupColumn(column: merged.groupBy, available: merged.metadataColumns)
        }
        return merged
    }
}
