import Analysis
import Statistics

/// The sentiment outputs: per sentence, document, group, and pairs of groups.
public enum SentimentTables {
    static func number(_ value: Double?, decimals: Int = 4) -> String {
        value.map { CSVNumber.fixed($0, decimals: decimals) } ?? ""
    }

    /// sentiment_sentences.csv, written to `path` as the rows are read back (one row per
    /// sentence of the corpus: never held whole).
    public static func writeSentences(_ analysis: CorpusAnalysis, to path: String, style: CSVStyle = CSVStyle()) throws {
        let csv = try CSVFileWriter(path: path, header: ["file", "group", "sentence", "char_start", "char_end", "voice", "neg", "neu", "pos", "compound",
                                                         "compound_quoted", "compound_narrated", "text"], style: style)
        try analysis.forEachSentenceRow { row in
            let document = analysis.documents[Int(row.document)]
            csv.field(document.id)
            csv.field(document.group)
            csv.field(Int(row.sentence) + 1)
            csv.field(Int(row.characterStart))
            csv.field(Int(row.characterEnd))
            csv.field(row.voice.rawValue)
            csv.field(fixed: row.scores.negative, decimals: 3)
            csv.field(fixed: row.scores.neutral, decimals: 3)
            csv.field(fixed: row.scores.positive, decimals: 3)
            csv.field(fixed: row.scores.compound)
            csv.field(fixed: row.quoted?.compound)
            csv.field(fixed: row.narrated?.compound)
            csv.field(row.text)
            try csv.endRecord()
        }
        try csv.close()
    }

    /// sentiment_documents.csv.
    public static func documents(_ analysis: CorpusAnalysis, _ summary: SentimentSummary) -> CSVTable {
        var csv = CSVTable(header: ["file", "group", "sentences", "mean_compound", "positive", "neutral", "negative",
                                    "quoted_parts", "mean_quoted", "narrated_parts", "mean_narrated"])
        for doc in summary.documents {
            let document = analysis.documents[doc.index]
            csv.append([document.id, document.group, String(doc.sentences), number(doc.meanCompound), String(doc.positive),
                        String(doc.neutral), String(doc.negative), String(doc.quotedParts), number(doc.meanQuoted),
                        String(doc.narratedParts), number(doc.meanNarrated)])
        }
        return csv
    }

    /// sentiment_groups.csv: estimates with their cluster-bootstrap intervals.
    public static func groups(_ summary: SentimentSummary, bootstrap: Bootstrap) -> CSVTable {
        var csv = CSVTable(header: ["scope", "group", "documents", "sentences", "measure", "value", "ci_low", "ci_high", "level", "resamples", "seed"])
        for group in summary.groups {
            let measures: [(String, SentimentSummary.Estimate?)] = [
                ("mean_compound", group.meanCompound), ("share_positive", group.positiveShare), ("share_neutral", group.neutralShare),
                ("share_negative", group.negativeShare), ("mean_compound_quoted", group.meanQuoted), ("mean_compound_narrated", group.meanNarrated),
            ]
            for (name, estimate) in measures {
                csv.append(Scope.fields(group.name) + [String(group.documents), String(group.sentences), name, number(estimate?.value),
                            number(estimate?.interval?.low), number(estimate?.interval?.high), CSVNumber.fixed(bootstrap.level, decimals: 2),
                            String(bootstrap.resamples), String(bootstrap.seed)])
            }
        }
        return csv
    }

    /// sentiment_comparisons.csv: every pair of groups (or each group against the rest), tested
    /// on the documents' mean compound scores.
    public static func comparisons(_ summary: SentimentSummary) -> CSVTable {
        var csv = CSVTable(header: ["group_a", "group_b", "documents_a", "documents_b", "sentences_a", "sentences_b",
                                    "document_mean_a", "document_mean_b", "difference",
                                    "welch_t", "df", "p", "permutation_p", "cohens_d", "q", "note"])
        for c in summary.comparisons {
            let difference = c.meanA.flatMap { a in c.meanB.map { a - $0 } }
            csv.append([c.a, c.b, String(c.documentsA), String(c.documentsB), String(c.sentencesA), String(c.sentencesB),
                        number(c.meanA), number(c.meanB), number(difference),
                        number(c.welch?.statistic), number(c.welch?.degreesOfFreedom), c.welch.map { StatisticsTables.probability($0.p) } ?? "",
                        c.permutationP.map { StatisticsTables.probability($0) } ?? "", number(c.cohensD),
                        c.q.map { StatisticsTables.probability($0) } ?? "", c.note])
        }
        return csv
    }
}
