import Analysis

/// The report's sentiment section.
extension MarkdownReport {
    static func sentimentSection(_ summary: SentimentSummary, groupLabel: String, limit: Int, chart: String = "") -> String {
        func estimate(_ e: SentimentSummary.Estimate?, decimals: Int = 3) -> String {
            guard let e else { return "" }
            var text = CSVNumber.fixed(e.value, decimals: decimals)
            if let interval = e.interval {
                text += " (\(CSVNumber.fixed(interval.low, decimals: decimals)) to \(CSVNumber.fixed(interval.high, decimals: decimals)))"
            }
            return text
        }
        var out = "## Sentiment\n\n"
        out += "VADER scores (vaderSentiment 3.3.2 rules and lexicon) of every sentence; a document's or group's score is the mean "
        out += "of its sentences, with 95% intervals from a cluster bootstrap over documents. Own voice: the words outside quotation "
        out += "marks; quoted: the words inside them. Sentences with compound ≥ 0.05 count as positive, ≤ −0.05 as negative. "
        out += "Lexicon: VADER 3.3.2 (MIT licence; Hutto & Gilbert 2014, ICWSM-14) unless a VADER-format `--lexicon` replaces it.\n\n"
        out += "| \(escape(groupLabel)) | documents | sentences | mean compound | share negative | own voice | quoted |\n"
        out += "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        // Many groups: the corpus row and the groups with the most documents; the rest are in
        // sentiment_groups.csv.
        let shown = summary.groups.count <= limit + 1 ? summary.groups
            : [summary.groups[0]] + summary.groups.dropFirst().sorted { $0.documents != $1.documents ? $0.documents > $1.documents : $0.name < $1.name }.prefix(limit)
        for group in shown {
            out += "| \(escape(group.name)) | \(group.documents) | \(group.sentences) | \(estimate(group.meanCompound)) "
            out += "| \(estimate(group.negativeShare, decimals: 2)) | \(estimate(group.meanNarrated)) | \(estimate(group.meanQuoted)) |\n"
        }
        out += "\n"
        if shown.count < summary.groups.count {
            out += "The \(limit) groups with the most documents are shown; all \(summary.groups.count - 1) are in `sentiment_groups.csv`.\n\n"
        }
        out += chart
        guard !summary.comparisons.isEmpty else { return out + "Only one group: nothing to compare.\n\n" }
        if summary.comparisons.first?.b == SentimentSummary.restLabel {
            out += "With more than \(SentimentSummary.pairwiseLimit) groups, each group is compared with the rest of the corpus on its "
            out += "documents' mean compound scores: Welch's t-test, Cohen's d, and the Benjamini–Hochberg q over all groups. "
        } else {
            out += "Pairs of groups compared on their documents' mean compound scores: Welch's t-test, a permutation test that "
            out += "permutes documents, Cohen's d, and the Benjamini–Hochberg q over all pairs. "
        }
        out += "The document is the unit: each article counts once, by the mean of its sentences, because the sentences of one "
        out += "article are not independent. A group needs \(SentimentSummary.minimumDocuments) documents with sentences to be tested. "
        out += "Trust a difference when q < 0.05; |d| below 0.2 is small even then.\n\n"
        out += "| pair | documents | difference of document means | Welch p | permutation p | Cohen's d | q | note |\n"
        out += "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n"
        // Many comparisons: the smallest q first, up to the limit; all are in sentiment_comparisons.csv.
        let comparisons = summary.comparisons.count <= limit ? summary.comparisons
            : Array(summary.comparisons.sorted { ($0.q ?? 2, $0.a, $0.b) < ($1.q ?? 2, $1.a, $1.b) }.prefix(limit))
        for c in comparisons {
            let difference = c.meanA.flatMap { a in c.meanB.map { a - $0 } }
            out += "| \(escape(c.a)) – \(escape(c.b)) | \(c.documentsA) – \(c.documentsB) | \(difference.map { CSVNumber.fixed($0, decimals: 3) } ?? "") "
            out += "| \(c.welch.map { scientific($0.p) } ?? "") | \(c.permutationP.map { scientific($0) } ?? "") "
            out += "| \(c.cohensD.map { CSVNumber.fixed($0, decimals: 2) } ?? "") | \(c.q.map { scientific($0) } ?? "") | \(escape(c.note)) |\n"
        }
        if comparisons.count < summary.comparisons.count {
            out += "\nThe \(limit) comparisons with the smallest q are shown; all \(summary.comparisons.count) are in `sentiment_comparisons.csv`.\n"
        }
        return out + "\n"
    }
}
