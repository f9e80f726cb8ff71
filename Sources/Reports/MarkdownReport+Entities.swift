import Analysis

/// The report's section on people, organisations and places.
extension MarkdownReport {
    static func entitySection(_ results: CorpusResults, resolver: EntityResolver, cooccurrence: CooccurrenceTable,
                              groupLabel: String, limit: Int) -> String {
        let analysis = results.analysis
        var out = "## People, organisations and places\n\n"
        guard !resolver.entities.isEmpty else { return out + "No named entity was found.\n\n" }
        let merged = resolver.entities.filter { $0.members.count > 1 || !$0.entry.reasons.isEmpty }.count
        out += "\(resolver.entities.count) entities (PERSON, ORG, GPE places, NORP groups, OTHER names), \(merged) of them with "
        out += "spelling variants or short forms merged (the reasons are in `entities.csv`).\n\n"
        out += "| entity | type | mentions | documents | also written |\n| --- | --- | ---: | ---: | --- |\n"
        let documents = results.entityDocuments
        for entity in resolver.entities.prefix(limit) {
            let variants = entity.entry.surfaces.keys.filter { $0 != entity.canonical }.sorted().prefix(4).joined(separator: ", ")
            out += "| \(escape(entity.canonical)) | \(entity.type.rawValue) | \(entity.entry.mentions) | \(documents[entity.id] ?? 0) | \(escape(variants)) |\n"
        }
        out += "\n"
        let groups = analysis.terms.groupNames
        if groups.count > 1 {
            out += "### Most mentioned per \(escape(groupLabel))\n\n"
            out += "| \(escape(groupLabel)) | entities (mentions) |\n| --- | --- |\n"
            let documents = Dictionary(analysis.documents.map { ($0.group, 1) }, uniquingKeysWith: +)
            let shown = shownGroups(groups, documents: { documents[$0] ?? 0 }, limit: max(limit, 20))
            for group in shown {
                let top = resolver.entities.filter { ($0.entry.mentionsByGroup[group] ?? 0) > 0 }
                    .sorted { ($0.entry.mentionsByGroup[group] ?? 0) != ($1.entry.mentionsByGroup[group] ?? 0)
                        ? ($0.entry.mentionsByGroup[group] ?? 0) > ($1.entry.mentionsByGroup[group] ?? 0) : $0.canonical < $1.canonical }
                    .prefix(8).map { "\(escape($0.canonical)) (\($0.entry.mentionsByGroup[group] ?? 0))" }
                out += "| \(escape(group)) | \(top.joined(separator: ", ")) |\n"
            }
            out += "\n"
            if shown.count < groups.count {
                out += "\(groups.count) groups: the \(shown.count) with the most documents are shown; `entities.csv` has every group's counts.\n\n"
            }
        }
        let names = Dictionary(uniqueKeysWithValues: resolver.entities.map { ($0.id, $0.canonical) })
        let strongest = strongestPairs(cooccurrence, limit: limit)
        out += "### Strongest pairs\n\n"
        if cooccurrence.windowsCapped > 0 {
            out += "\(cooccurrence.windowsCapped) \(cooccurrence.windowsCapped == 1 ? "\(cooccurrence.window) holds" : "\(cooccurrence.window)s hold") more than "
            out += "\(grouped(CooccurrenceTable.maximumEntitiesPerWindow)) entities; in \(cooccurrence.windowsCapped == 1 ? "it" : "each"), only the \(grouped(CooccurrenceTable.maximumEntitiesPerWindow)) most mentioned are paired.\n\n"
        }
        if strongest.isEmpty {
            out += "No pair of entities occurs together in two \(cooccurrence.window)s or more.\n\n"
        } else {
            out += "Entities that occur in the same \(cooccurrence.window) more often than their frequencies predict "
            out += "(co-occurring at least twice; log-likelihood G², Benjamini–Hochberg q over all pairs).\n\n"
            out += "| pair | together | expected | NPMI | G² | q |\n| --- | ---: | ---: | ---: | ---: | ---: |\n"
            for pair in strongest {
                out += "| \(escape(names[pair.a] ?? pair.a)) – \(escape(names[pair.b] ?? pair.b)) | \(pair.count) | \(CSVNumber.fixed(pair.expected, decimals: 2)) "
                out += "| \(CSVNumber.fixed(pair.npmi, decimals: 2)) | \(CSVNumber.fixed(pair.g2, decimals: 1)) | \(scientific(pair.q)) |\n"
            }
            out += "\n"
        }
        return out
    }

    /// The corpus's entity pairs that co-occur at least twice, by G² (descending): the
    /// report's "Strongest pairs", whose first is the summary's.
    static func strongestPairs(_ cooccurrence: CooccurrenceTable, limit: Int) -> ArraySlice<CooccurrenceTable.Pair> {
        cooccurrence.pairs.filter { $0.group == CorpusResults.corpusLabel && $0.count >= 2 }
            .sorted { $0.g2 != $1.g2 ? $0.g2 > $1.g2 : ($0.a, $0.b) < ($1.a, $1.b) }.prefix(limit)
    }
}
