import Analysis
import Statistics

/// The dictionary outputs (`--lexicon`, as LIWC users read them): each category's share of
/// the words, in percent, per document (dictionary_documents.csv), per group with intervals
/// (dictionary_groups.csv), and the groups compared (dictionary_comparisons.csv). Long
/// tables: one row per category, whatever dictionaries the run used.
public enum DictionaryTables {
    static func number(_ value: Double?, decimals: Int = 4) -> String {
        value.map { CSVNumber.fixed($0, decimals: decimals) } ?? ""
    }

    /// dictionary_documents.csv, written to `path` a few MiB at a time (a row per document
    /// and category).
    public static func writeDocuments(_ analysis: CorpusAnalysis, to path: String, style: CSVStyle = CSVStyle()) throws {
        let csv = try CSVFileWriter(path: path, header: ["file", "group", "dictionary", "category", "tokens", "count", "percent", "score_sum"],
                                    style: style)
        let names = analysis.lexicons.map(\.measureNames)
        try DictionarySummary.documentRows(analysis) { row in
            let document = analysis.documents[row.document]
            try csv.append([document.id, document.group, analysis.lexicons[row.dictionary].name, names[row.dictionary][row.measure],
                            String(row.tokens), String(row.count), number(row.percent), number(row.scoreSum)])
        }
        try csv.close()
    }

    /// dictionary_groups.csv: the corpus's rows first, then each group's, by dictionary and
    /// category.
    public static func groups(_ summary: DictionarySummary, bootstrap: Bootstrap) -> CSVTable {
        var csv = CSVTable(header: ["scope", "group", "dictionary", "category", "documents", "tokens", "count", "percent",
                                    "ci_low", "ci_high", "score_sum", "level", "resamples", "seed"])
        for row in summary.groups {
            let lexicon = summary.lexicons[row.dictionary]
            csv.append(Scope.fields(row.group) + [lexicon.name, lexicon.measureNames[row.measure], String(row.documents), String(row.tokens),
                                                  String(row.count), number(row.percent), number(row.interval?.low), number(row.interval?.high),
                                                  number(row.scoreSum), CSVNumber.fixed(bootstrap.level, decimals: 2),
                                                  String(bootstrap.resamples), String(bootstrap.seed)])
        }
        return csv
    }

    /// dictionary_comparisons.csv: per dictionary and category, every pair of groups (or each
    /// group against the rest), tested on the documents' percentages.
    public static func comparisons(_ summary: DictionarySummary) -> CSVTable {
        var csv = CSVTable(header: ["dictionary", "category", "group_a", "group_b", "documents_a", "documents_b",
                                    "mean_percent_a", "mean_percent_b", "difference", "welch_t", "df", "p", "cohens_d", "q", "note"])
        for c in summary.comparisons {
            let lexicon = summary.lexicons[c.dictionary]
            let difference = c.meanA.flatMap { a in c.meanB.map { a - $0 } }
            csv.append([lexicon.name, lexicon.measureNames[c.measure], c.a, c.b, String(c.documentsA), String(c.documentsB),
                        number(c.meanA), number(c.meanB), number(difference), number(c.welch?.statistic), number(c.welch?.degreesOfFreedom),
                        c.welch.map { StatisticsTables.probability($0.p) } ?? "", number(c.cohensD),
                        c.q.map { StatisticsTables.probability($0) } ?? "", c.note])
        }
        return csv
    }
}
