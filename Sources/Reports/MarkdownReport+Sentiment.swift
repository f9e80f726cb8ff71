import Analysis

/// The report's sentiment section.
extension MarkdownReport {
    static func sentimentSection(_ summary: SentimentSummary, groupLabel: String) -> String {
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
        out += "Lexicon: VADER 3.3.2 (MIT licence; Hutto & Gilbert 2014, ICWSM-14) unless `--lexicon` names another.\n\n"
        out += "| \(escape(groupLabel)) | documents | sentences | mean compound | share negative | own voice | quoted |\n"
        out += "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        for group in summary.groups {
            out += "| \(escape(group.name)) | \(group.documents) | \(group.sentences) | \(estimate(group.meanCompound)) "
            out += "| \(estimate(group.negativeShare, decimals: 2)) | \(estimate(group.meanNarrated)) | \(estimate(group.meanQuoted)) |\n"
        }
        out += "\n"
        guard !summary.comparisons.isEmpty else { return out + "Only one group: nothing to compare.\n\n" }
        out += "Pairs of groups compared on their sentences' compound scores: Welch's t-test, a permutation test, Cohen's d, "
        out += "and the Benjamini–Hochberg q over all pairs. Trust a difference when q < 0.05; |d| below 0.2 is small even then.\n\n"
        out += "| pair | mean difference | Welch p | permutation p | Cohen's d | q | note |\n| --- | ---: | ---: | ---: | ---: | ---: | --- |\n"
        for c in summary.comparisons {
            let difference = c.meanA.flatMap { a in c.meanB.map { a - $0 } }
            out += "| \(escape(c.a)) – \(escape(c.b)) | \(difference.map { CSVNumber.fixed($0, decimals: 3) } ?? "") "
            out += "| \(c.welch.map { scientific($0.p) } ?? "") | \(c.permutationP.map { scientific($0) } ?? "") "
            out += "| \(c.cohensD.map { CSVNumber.fixed($0, decimals: 2) } ?? "") | \(c.q.map { scientific($0) } ?? "") | \(escape(c.note)) |\n"
        }
        return out + "\n"
    }
}
