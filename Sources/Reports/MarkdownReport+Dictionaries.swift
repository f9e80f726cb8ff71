import Analysis

/// The report's dictionary section (`--lexicon`).
extension MarkdownReport {
    /// The format of a dictionary, in words.
    static func formatName(_ format: SentimentLexicon.Format) -> String {
        switch format {
        case .vader: return "VADER"
        case .afinn: return "AFINN-style word scores"
        case .csv: return "CSV word scores"
        case .dic: return "LIWC .dic"
        case .dicx: return "LIWC-22 .dicx"
        case .yaml: return "quanteda YAML"
        }
    }

    static func dictionarySection(_ summary: DictionarySummary, groupLabel: String, limit: Int) -> String {
        var out = "## Dictionary categories\n\n"
        out += "Dictionaries (`--lexicon`): "
        out += summary.lexicons.map { lexicon in
            let entries = lexicon.format.isCategorical ? lexicon.entryCategories.count + lexicon.prefixCategories.count : lexicon.scores.count
            return "\(code(lexicon.name)) from \(code(lexicon.path)) (\(formatName(lexicon.format)), \(entries) entries, "
                + "\(lexicon.measureNames.count) categories)"
        }.joined(separator: "; ") + ". "
        out += "Each category's share of the words, in percent, as LIWC reports it: a word (or an entry of several words) found in "
        out += "the dictionary counts for each of its categories, a trailing `*` matching any ending; a lexicon of scores has the "
        out += "categories all, positive and negative (`score_sum` in the files gives their scores). A group's percentage pools its "
        out += "words, with a 95% interval from a cluster bootstrap over documents. Per document in `dictionary_documents.csv`.\n\n"
        // The corpus and the largest groups, as columns.
        let corpusLabel = CorpusResults.corpusLabel
        var documentsOf: [String: Int] = [:]
        for row in summary.groups where row.dictionary == 0 && row.measure == 0 { documentsOf[row.group] = row.documents }
        let shownGroups = documentsOf.keys.filter { $0 != corpusLabel }
            .sorted { (documentsOf[$0] ?? 0, $1) > (documentsOf[$1] ?? 0, $0) }.prefix(6)
        var percent: [String: [Int: [Int: DictionarySummary.GroupRow]]] = [:]
        for row in summary.groups { percent[row.group, default: [:]][row.dictionary, default: [:]][row.measure] = row }
        func cell(_ row: DictionarySummary.GroupRow?, interval: Bool) -> String {
            guard let row, let value = row.percent else { return "" }
            var text = CSVNumber.fixed(value, decimals: 2)
            if interval, let ci = row.interval { text += " (\(CSVNumber.fixed(ci.low, decimals: 2)) to \(CSVNumber.fixed(ci.high, decimals: 2)))" }
            return text
        }
        out += "| dictionary | category | corpus % | " + shownGroups.map { "\(escape($0)) %" }.joined(separator: " | ") + " |\n"
        out += "| --- | --- | ---: |" + String(repeating: " ---: |", count: shownGroups.count) + "\n"
        var cut: [String] = []
        for (d, lexicon) in summary.lexicons.enumerated() {
            if lexicon.measureNames.count > limit { cut.append(code(lexicon.name)) }
            for (m, name) in lexicon.measureNames.enumerated().prefix(limit) {
                out += "| \(escape(lexicon.name)) | \(escape(name)) | \(cell(percent[corpusLabel]?[d]?[m], interval: true)) | "
                out += shownGroups.map { cell(percent[$0]?[d]?[m], interval: false) }.joined(separator: " | ") + " |\n"
            }
        }
        out += "\n"
        if !cut.isEmpty {
            out += "The first \(limit) categories of \(cut.joined(separator: ", ")) are shown; all are in `dictionary_groups.csv`.\n\n"
        }
        if documentsOf.count - 1 > shownGroups.count {
            out += "The \(shownGroups.count) \(escape(groupLabel)) groups with the most documents are shown; all are in `dictionary_groups.csv`.\n\n"
        }
        let tested = summary.comparisons.filter { $0.q != nil }
        guard !summary.comparisons.isEmpty else { return out + "Only one group: nothing to compare.\n\n" }
        out += "The groups are compared on their documents' percentages, category by category: Welch's t-test, Cohen's d, and the "
        out += "Benjamini–Hochberg q over all \(tested.count) tests of the run (\(summary.comparisons.count - tested.count) not tested: "
        out += "a group needs \(SentimentSummary.minimumDocuments) documents with words). "
        let significant = tested.filter { ($0.q ?? 1) < 0.05 }.sorted { ($0.q ?? 2, $0.a, $0.b) < ($1.q ?? 2, $1.a, $1.b) }
        guard !significant.isEmpty else { return out + "No difference has q < 0.05; all are in `dictionary_comparisons.csv`.\n\n" }
        out += "\(significant.count) differences have q < 0.05; those with the smallest q:\n\n"
        out += "| dictionary | category | pair | mean % | Cohen's d | q |\n| --- | --- | --- | ---: | ---: | ---: |\n"
        for c in significant.prefix(limit) {
            let lexicon = summary.lexicons[c.dictionary]
            let means = [c.meanA, c.meanB].map { $0.map { CSVNumber.fixed($0, decimals: 2) } ?? "" }.joined(separator: " – ")
            out += "| \(escape(lexicon.name)) | \(escape(lexicon.measureNames[c.measure])) | \(escape(c.a)) – \(escape(c.b)) | \(means) "
            out += "| \(c.cohensD.map { CSVNumber.fixed($0, decimals: 2) } ?? "") | \(c.q.map { scientific($0) } ?? "") |\n"
        }
        return out + "\nAll comparisons are in `dictionary_comparisons.csv`.\n\n"
    }
}
