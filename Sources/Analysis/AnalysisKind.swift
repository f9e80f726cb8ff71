import Foundation

/// The analyses a run can do (`--only`); documents.csv, the overview and the cleaning
/// totals come with every run.
public enum AnalysisKind: String, CaseIterable, Sendable, Comparable {
    /// Terms, n-grams, keyness, collocations, tf-idf and rate intervals.
    case terms
    /// Named entities and their co-occurrence.
    case entities
    /// VADER scores per sentence, document and group, and a `--lexicon` tally.
    case sentiment
    /// Figures and their comparisons.
    case figures

    public static func < (a: AnalysisKind, b: AnalysisKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Parses a comma-separated list (`terms,figures`); nil when a name is unknown or the list empty.
    public static func parseList(_ text: String) -> Set<AnalysisKind>? {
        let names = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var kinds = Set<AnalysisKind>()
        for name in names {
            guard let kind = AnalysisKind(rawValue: name) else { return nil }
            kinds.insert(kind)
        }
        return kinds
    }
}
