import Analysis

/// lexicon_documents.csv and lexicon_groups.csv: a user lexicon's tallies (`--lexicon`).
public enum LexiconTables {
    static func header(_ lexicon: SentimentLexicon) -> [String] {
        ["tokens", "matches", "sum", "mean_per_token", "positive", "negative", "positive_per_1000", "negative_per_1000"]
            + lexicon.categories.keys.sorted().map { "category_\(lexicon.categories[$0] ?? String($0))" }
    }

    static func fields(_ tally: SentimentLexicon.Tally, _ lexicon: SentimentLexicon) -> [String] {
        let tokens = Double(max(tally.tokens, 1))
        return [String(tally.tokens), String(tally.matches), CSVNumber.fixed(tally.sum), CSVNumber.fixed(tally.sum / tokens),
                String(tally.positive), String(tally.negative), CSVNumber.fixed(Double(tally.positive) * 1000 / tokens),
                CSVNumber.fixed(Double(tally.negative) * 1000 / tokens)]
            + lexicon.categories.keys.sorted().map { String(tally.categories[$0] ?? 0) }
    }

    public static func documents(_ analysis: CorpusAnalysis, _ lexicon: SentimentLexicon) -> CSVTable {
        var csv = CSVTable(header: ["file", "group"] + header(lexicon))
        for (index, document) in analysis.documents.enumerated() {
            csv.append([document.id, document.group] + fields(analysis.lexiconTallies[index] ?? .init(), lexicon))
        }
        return csv
    }

    public static func groups(_ results: CorpusResults, _ lexicon: SentimentLexicon) -> CSVTable {
        let byGroup = results.lexiconGroups
        let corpusLabel = CorpusResults.corpusLabel
        var csv = CSVTable(header: ["scope", "group"] + header(lexicon))
        for name in [corpusLabel] + byGroup.keys.filter({ $0 != corpusLabel }).sorted() {
            csv.append(Scope.fields(name) + fields(byGroup[name] ?? .init(), lexicon))
        }
        return csv
    }
}
