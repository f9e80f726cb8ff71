import Analysis
import Statistics

/// The CSV tables of the statistics: keyness.csv, collocations.csv, doc_terms.csv and
/// term_intervals.csv.
public enum StatisticsTables {
    /// p- and q-values in scientific notation keep their precision (17 significant digits).
    static func probability(_ value: Double) -> String {
        value == 0 ? "0" : (value == 1 ? "1" : "\(value)")
    }

    /// `part / whole` with 4 decimals; empty for an empty whole.
    static func share(_ part: Int, of whole: Int) -> String {
        whole > 0 ? CSVNumber.fixed(Double(part) / Double(whole)) : ""
    }

    /// keyness.csv: one row per (comparison, term) tested.
    public static func keyness(_ table: KeynessTable) -> CSVTable {
        var csv = CSVTable(header: ["group", "reference", "term", "count", "count_reference", "tokens", "tokens_reference",
                                    "expected", "expected_reference", "per_10k", "per_10k_reference",
                                    "g2", "p", "q", "log_ratio", "direction",
                                    "documents", "documents_reference", "documents_total", "documents_total_reference", "document_share", "document_share_reference",
                                    "dp", "welch_t", "welch_df", "welch_p", "welch_q", "bootstrap_p", "bootstrap_q"])
        for comparison in table.comparisons {
            for row in comparison.rows {
                csv.append([row.target, row.reference, row.term, String(row.targetCount), String(row.referenceCount),
                            String(row.targetTokens), String(row.referenceTokens),
                            CSVNumber.fixed(row.targetExpected), CSVNumber.fixed(row.referenceExpected),
                            CSVNumber.fixed(Double(row.targetCount) * 10_000 / Double(row.targetTokens)),
                            CSVNumber.fixed(Double(row.referenceCount) * 10_000 / Double(row.referenceTokens)),
                            CSVNumber.fixed(row.g2), probability(row.p), probability(row.q),
                            CSVNumber.fixed(row.logRatio), row.direction,
                            String(row.targetDocumentsUsing), String(row.referenceDocumentsUsing),
                            String(comparison.targetDocuments), String(comparison.referenceDocuments),
                            share(row.targetDocumentsUsing, of: comparison.targetDocuments),
                            share(row.referenceDocumentsUsing, of: comparison.referenceDocuments),
                            row.dispersion.map { CSVNumber.fixed($0) } ?? "",
                            row.welch.map { CSVNumber.fixed($0.statistic) } ?? "", row.welch?.degreesOfFreedom.map { CSVNumber.fixed($0) } ?? "",
                            row.welch.map { probability($0.p) } ?? "", row.welchQ.map(probability) ?? "",
                            row.bootstrapP.map(probability) ?? "", row.bootstrapQ.map(probability) ?? ""])
            }
        }
        return csv
    }

    /// collocations.csv: bigrams by G².
    public static func collocations(_ table: CollocationTable) -> CSVTable {
        var csv = CSVTable(header: ["bigram", "word1", "word2", "count", "word1_count", "word2_count", "pairs",
                                    "expected", "g2", "p", "pmi", "t_score"])
        for row in table.rows {
            csv.append([row.bigram, row.first, row.second, String(row.count), String(row.firstCount), String(row.secondCount),
                        String(row.pairs), CSVNumber.fixed(row.expected), CSVNumber.fixed(row.g2), probability(row.p),
                        CSVNumber.fixed(row.pmi), CSVNumber.fixed(row.tScore)])
        }
        return csv
    }

    /// doc_terms.csv: each document's top terms by tf-idf.
    public static func documentTerms(_ results: CorpusResults, limit: Int) throws -> CSVTable {
        var csv = CSVTable(header: ["file", "group", "rank", "term", "count", "doc_freq", "tf_idf"])
        try results.forEachDocumentTopTerms(limit: limit) { document, terms in
            for (rank, term) in terms.enumerated() {
                csv.append([document.id, document.group, String(rank + 1), term.term, String(term.count),
                            String(term.documentFrequency), CSVNumber.fixed(term.tfIdf)])
            }
        }
        return csv
    }

    /// term_intervals.csv: the report's top terms with cluster-bootstrap intervals.
    public static func intervals(_ intervals: [String: [String: DocumentTermReader.RateInterval]], bootstrap: Bootstrap) -> CSVTable {
        var csv = CSVTable(header: ["scope", "group", "term", "count", "tokens", "documents", "per_10k", "ci_low", "ci_high",
                                    "level", "resamples", "seed"])
        for group in intervals.keys.sorted() {
            let rows = (intervals[group] ?? [:]).values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.term < $1.term }
            for rate in rows {
                csv.append(Scope.fields(group) + [rate.term, String(rate.count), String(rate.tokens), String(rate.documents),
                            CSVNumber.fixed(rate.per10k), rate.interval.map { CSVNumber.fixed($0.low) } ?? "",
                            rate.interval.map { CSVNumber.fixed($0.high) } ?? "", CSVNumber.fixed(bootstrap.level, decimals: 2),
                            String(bootstrap.resamples), String(bootstrap.seed)])
            }
        }
        return csv
    }
}
