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
        let missing = (1...max(1, first.shardCount)).filter { shards[$0] == nil }
        if complete, !missing.isEmpty {
            throw SnapshotError.mismatch("shard\(missing.count == 1 ? "" : "s") \(missing.map { "\($0)/\(first.shardCount)" }.joined(separator: ", ")) missing; give the snapshot of every shard (analyze partial --shard K/\(first.shardCount))")
        }
        var merged = first
        merged.shards = shards.keys.sorted()
        return merged
    }

    /// The analyses of the snapshots at `paths`, merged (the skipped files once: every shard
    /// reads the whole corpus, so each lists them all), with the gazetteer and lexicons of
    /// `options` (the options the shards ran with), ready for `finish`.
    /// `names`: the paths as the user gave them, for messages.
    public static func merge(_ paths: [String], names: [String]? = nil, options: AnalysisOptions) throws -> CorpusAnalysis {
        var merged: CorpusAnalysis?
        for (index, path) in paths.enumerated() {
            var (_, analysis) = try Snapshot.read(path: path, name: names?[index])
            if merged == nil {
                merged = analysis
            } else {
                analysis.skipped = []
                merged!.merge(analysis)
            }
        }
        guard var merged else { throw SnapshotError.mismatch("give the snapshots to merge") }
        merged.gazetteer = options.gazetteer
        merged.lexicons = options.lexicons
        if !merged.documents.isEmpty, !merged.metadataColumns.contains(merged.groupBy) {
            throw AnalysisError.unknownGroupColumn(column: merged.groupBy, available: merged.metadataColumns)
        }
        return merged
    }
}
