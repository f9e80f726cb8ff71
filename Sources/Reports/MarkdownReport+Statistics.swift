import Analysis
import Statistics

/// The report's statistical sections: keyness, collocations and the methods note.
extension MarkdownReport {
    static func keynessSection(_ keyness: KeynessTable, groupLabel: String, limit: Int) -> String {
        guard !keyness.comparisons.isEmpty else {
            return "## What sets each \(escape(groupLabel)) apart\n\nOnly one group: there is nothing to compare it with.\n\n"
        }
        let pairwise = keyness.comparisons.count == 1 && keyness.comparisons[0].reference != KeynessTable.restLabel
        var out = pairwise
            ? "## What sets \(escape(keyness.comparisons[0].target)) apart from \(escape(keyness.comparisons[0].reference))\n\n"
            : "## What sets each \(escape(groupLabel)) apart\n\n"
        out += "Terms used more often by the group than by \(pairwise ? "the other" : "the rest of the corpus"), "
        out += "significant after the Benjamini–Hochberg correction (q < 0.05), ranked by log-ratio (the binary log of the ratio "
        out += "of relative frequencies: 1 means twice as often). Terms occurring fewer than \(keyness.minimumCount) times "
        out += "in both together are not tested. All tested terms, over- and under-used, are in `keyness.csv`.\n\n"
        let documents = Dictionary(keyness.comparisons.map { ($0.target, $0.targetDocuments) }, uniquingKeysWith: { a, _ in a })
        let shown = Set(shownGroups(keyness.comparisons.map(\.target), documents: { documents[$0] ?? 0 }, limit: max(limit, 20)))
        if shown.count < keyness.comparisons.count {
            out += "\(keyness.comparisons.count) groups: the \(shown.count) with the most documents are shown (each tested on the terms "
            out += "it uses, as with more than \(KeynessTable.allTermsGroupLimit) groups); all are in `keyness.csv`.\n\n"
        }
        for comparison in keyness.comparisons where shown.contains(comparison.target) {
            if !pairwise { out += "### \(escape(comparison.target))\n\n" }
            let rows = comparison.keyTerms(limit: limit)
            if rows.isEmpty {
                out += "No term reaches q < 0.05: \(comparison.targetDocuments) \(comparison.targetDocuments == 1 ? "document" : "documents") "
                out += "and \(comparison.targetTokens) tokens against \(comparison.referenceTokens) in \(comparison.reference == KeynessTable.restLabel ? "the rest" : escape(comparison.reference)) "
                out += "are too few for any difference to stand out from chance among \(comparison.rows.count) terms tested"
                if let p = comparison.smallestP { out += " (smallest p = \(scientific(p)))" }
                out += ".\n\n"
                continue
            }
            out += "| term | count | per 10k | count, \(comparison.reference == KeynessTable.restLabel ? "rest" : escape(comparison.reference)) | per 10k | log-ratio | G² | q |\n"
            out += "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
            for row in rows {
                out += "| \(escape(row.term)) | \(row.targetCount) | \(CSVNumber.fixed(Double(row.targetCount) * 10_000 / Double(row.targetTokens), decimals: 1)) "
                out += "| \(row.referenceCount) | \(CSVNumber.fixed(Double(row.referenceCount) * 10_000 / Double(row.referenceTokens), decimals: 1)) "
                out += "| \(CSVNumber.fixed(row.logRatio, decimals: 2)) | \(CSVNumber.fixed(row.g2, decimals: 1)) | \(scientific(row.q)) |\n"
            }
            out += "\n"
        }
        return out
    }

    static func collocationSection(_ table: CollocationTable, limit: Int) -> String {
        var out = "## Collocations\n\n"
        guard !table.rows.isEmpty else {
            return out + "No bigram of two non-stopwords occurs \(table.minimumCount) times or more.\n\n"
        }
        out += "Word pairs that occur together more often than their separate frequencies predict, within sentences, "
        out += "by log-likelihood G² (bigrams occurring at least \(table.minimumCount) times; all in `collocations.csv`).\n\n"
        out += "| bigram | count | expected | G² | PMI | t-score |\n| --- | ---: | ---: | ---: | ---: | ---: |\n"
        for row in table.rows.prefix(limit) {
            out += "| \(escape(row.bigram)) | \(row.count) | \(CSVNumber.fixed(row.expected, decimals: 2)) | \(CSVNumber.fixed(row.g2, decimals: 1)) "
            out += "| \(CSVNumber.fixed(row.pmi, decimals: 2)) | \(CSVNumber.fixed(row.tScore, decimals: 2)) |\n"
        }
        return out + "\n"
    }

    static func methodsSection(_ results: CorpusResults, analyses: Set<AnalysisKind>) -> String {
        let bootstrap = results.options.bootstrap
        var out = "## Methods\n\n"
        out += "All statistics are computed with GSL, the GNU Scientific Library."
        if analyses.contains(.terms) {
            out += " Keyness: Dunning's log-likelihood G² on the 2×2 table of the term's count and all other tokens in the group "
            out += "and in the reference, p from χ²(1), q by Benjamini–Hochberg over the terms tested in each comparison; "
            out += "log-ratio = log2 of the ratio of relative frequencies, a zero count replaced by \(KeynessTable.zeroCorrection). "
            out += "Intervals of rates: \(Int(bootstrap.level * 100))% percentile intervals from a cluster bootstrap that resamples "
            out += "whole documents (\(bootstrap.resamples) resamples, GSL's mt19937 generator, seed \(bootstrap.seed)); "
            out += "a group of one document has none. "
            out += "Collocations: G² on the 2×2 table of adjacent token pairs, PMI = log2(observed / expected), t = (observed − expected) / √observed. "
            out += "tf-idf: count × log10(documents / documents containing the term)."
        }
        return out + "\n\n"
    }

    /// A probability in short scientific notation.
    static func scientific(_ p: Double) -> String {
        if p == 0 { return "0" }
        if p >= 0.001 { return CSVNumber.fixed(p, decimals: 3) }
        let exponent = Int((log10(p)).rounded(.down))
        let mantissa = p / pow(10, Double(exponent))
        return "\(CSVNumber.fixed(mantissa, decimals: 1))e\(exponent)"
    }
}

import Foundation
