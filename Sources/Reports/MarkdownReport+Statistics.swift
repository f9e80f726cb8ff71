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
        let test = keyness.test
        out += "Terms used more often by the group than by \(pairwise ? "the other" : "the rest of the corpus"), "
        out += "significant by \(test.description) after the Benjamini–Hochberg correction (q < 0.05), ranked by log-ratio "
        out += "(the binary log of the ratio of relative frequencies: 1 means twice as often). \(keyness.testReason) Documents: how many of the group's "
        out += "documents use the term; DP: Gries' deviation of proportions over them (0 spread evenly, towards 1 in few documents). "
        out += "Terms occurring fewer than \(keyness.minimumCount) times in both together are not tested. All tested terms, "
        out += "over- and under-used, with G², Welch's test and the bootstrap test, are in `keyness.csv`.\n\n"
        let documents = Dictionary(keyness.comparisons.map { ($0.target, $0.targetDocuments) }, uniquingKeysWith: { a, _ in a })
        let shown = Set(shownGroups(keyness.comparisons.map(\.target), documents: { documents[$0] ?? 0 }, limit: max(limit, 20)))
        if shown.count < keyness.comparisons.count {
            out += "\(keyness.comparisons.count) groups: the \(shown.count) with the most documents are shown (each tested on the terms "
            out += "it uses, as with more than \(KeynessTable.allTermsGroupLimit) groups); all are in `keyness.csv`.\n\n"
        }
        for comparison in keyness.comparisons where shown.contains(comparison.target) {
            if !pairwise { out += "### \(escape(comparison.target))\n\n" }
            let rows = comparison.keyTerms(limit: limit, test: test)
            if rows.isEmpty {
                out += "No term reaches q < 0.05: \(comparison.targetDocuments) \(comparison.targetDocuments == 1 ? "document" : "documents") "
                out += "and \(comparison.targetTokens) tokens against \(comparison.referenceTokens) in \(comparison.reference == KeynessTable.restLabel ? "the rest" : escape(comparison.reference)) "
                out += "are too few for any difference to stand out from chance among \(comparison.rows.count) terms tested"
                if let p = comparison.smallestP(test: test) { out += " (smallest p = \(scientific(p)))" }
                out += ".\n\n"
                continue
            }
            let testColumn = test == .g2 ? "G²" : (test == .welch ? "Welch t" : "bootstrap p")
            out += "| term | count | per 10k | count, \(comparison.reference == KeynessTable.restLabel ? "rest" : escape(comparison.reference)) | per 10k "
            out += "| documents | DP | log-ratio | \(testColumn) | q |\n"
            out += "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
            for row in rows {
                let statistic: String
                switch test {
                case .g2: statistic = CSVNumber.fixed(row.g2, decimals: 1)
                case .welch: statistic = row.welch.map { CSVNumber.fixed($0.statistic, decimals: 2) } ?? ""
                case .bootstrap: statistic = row.bootstrapP.map(scientific) ?? ""
                }
                out += "| \(escape(row.term)) | \(row.targetCount) | \(CSVNumber.fixed(Double(row.targetCount) * 10_000 / Double(row.targetTokens), decimals: 1)) "
                out += "| \(row.referenceCount) | \(CSVNumber.fixed(Double(row.referenceCount) * 10_000 / Double(row.referenceTokens), decimals: 1)) "
                out += "| \(row.targetDocumentsUsing) of \(comparison.targetDocuments) | \(row.dispersion.map { CSVNumber.fixed($0, decimals: 2) } ?? "") "
                out += "| \(CSVNumber.fixed(row.logRatio, decimals: 2)) | \(statistic) | \(test.q(of: row).map(scientific) ?? "") |\n"
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
            out += "Keyness with the document as the unit: the same term's rate in each document (count / tokens) compared between "
            out += "the groups' documents by Welch's t-test and by the bootstrap test of Lijffijt et al. (\(bootstrap.resamples) resamples "
            out += "of documents, seed \(bootstrap.seed), stopped early once a p-value is clearly large, after Besag and Clifford), "
            out += "BH q within each comparison; both tests need two documents on each side; dispersion by Gries' DP. "
            out += "Why the document: G² treats every token as an independent draw, so a word one article repeats many times looks key "
            out += "for its whole group; tests over documents do not (Lijffijt, Nevalainen, Säily, Papapetrou, Puolamäki and Mannila 2016, "
            out += "\"Significance testing of word frequencies in corpora\", Digital Scholarship in the Humanities 31(2); Gries 2008, "
            out += "\"Dispersions and adjusted frequencies in corpora\", International Journal of Corpus Linguistics 13(4)). "
            out += "The sentiment comparisons likewise test the documents' mean scores, not the sentences. "
            out += "Collocations: G² on the 2×2 table of adjacent token pairs, PMI = log2(observed / expected), t = (observed − expected) / √observed. "
            out += "tf-idf: count × log10(documents / documents containing the term)."
        }
        out += " " + summaryRules
        return out + "\n\n"
    }

    /// A probability in short scientific notation.
    static func scientific(_ p: Double) -> String {
        if p == 0 { return "0" }
        if p >= 0.001 { return CSVNumber.fixed(p, decimals: 3) }
        var exponent = Int((log10(p)).rounded(.down))
        var mantissa = p / pow(10, Double(exponent))
        // 9.99e-4 rounds to 10.0: write it as 1.0e-3.
        if (mantissa * 10).rounded(.toNearestOrAwayFromZero) >= 100 {
            mantissa /= 10
            exponent += 1
        }
        return "\(CSVNumber.fixed(mantissa, decimals: 1))e\(exponent)"
    }
}

import Foundation
