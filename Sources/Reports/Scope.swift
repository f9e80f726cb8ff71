import Analysis

/// The `scope` and `group` cells of a row about `group` in the tables that hold the corpus's
/// rows beside the groups' (terms.csv, ngrams.csv, term_intervals.csv, cooccurrence.csv,
/// sentiment_groups.csv, dictionary_groups.csv): the corpus's rows have scope `corpus` and an
/// empty group, so that summing by group never counts the corpus twice and no group name
/// stands for the corpus; a group's rows have scope `group` and its name.
public enum Scope {
    public static func cells(_ group: String) -> (scope: String, group: String) {
        group == CorpusResults.corpusLabel ? ("corpus", "") : ("group", group)
    }

    /// The two cells as an array, to prepend to a row.
    public static func fields(_ group: String) -> [String] {
        let (scope, cell) = cells(group)
        return [scope, cell]
    }
}
