import Analysis

/// The summary at the top of the report: the few findings a reader wants first, each one
/// sentence with its number and the file behind it, chosen by the rules `summaryRules` states
/// (the same selections as the sections below, so the summary never says what they do not).
extension MarkdownReport {
    /// Groups whose distinctive terms the summary names, at most.
    static let summaryGroups = 5
    /// Distinctive terms the summary names per group, at most.
    static let summaryTerms = 3

    /// How the summary's findings are chosen, for the Methods section.
    static let summaryRules = "Summary: the distinctive terms are the first \(summaryTerms) of each group's table under "
        + "\"What sets each … apart\" (over-used, q < 0.05 under the keyness test in use, by log-ratio), for the \(summaryGroups) "
        + "groups with the most documents; the entity pair is the first of \"Strongest pairs\" (largest G²) if it occurs more "
        + "often than expected with q < 0.05; the sentiment difference is the compared pair with the smallest q, named only when "
        + "q < 0.05; the figure disagreement is the first of \"Largest disagreements and revisions\" (the largest ratio)."

    /// "A", "A and B", "A, B and C".
    private static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// A rate per 10,000 tokens with one decimal.
    private static func rate(_ count: Int, _ tokens: Int) -> String {
        CSVNumber.fixed(tokens > 0 ? Double(count) / Double(tokens) * 10_000 : 0, decimals: 1)
    }

    /// What the summary names, chosen by `summaryRules`; the keywords table shows the same.
    struct SummaryFindings {
        /// Each named group's comparison with its distinctive terms (none when it has none);
        /// nil without keyness or with one group.
        var terms: [(comparison: KeynessTable.Comparison, rows: [KeynessTable.Row])]?
        /// The strongest pair, when it co-occurs more often than expected with q < 0.05.
        var pair: CooccurrenceTable.Pair?
        /// The largest disagreement.
        var disagreement: FigurePair?
    }

    static func summaryFindings(_ results: CorpusResults) -> SummaryFindings {
        var findings = SummaryFindings()
        let analysis = results.analysis
        if let keyness = results.keyness, analysis.terms.groupNames.count > 1 {
            let documents = Dictionary(analysis.documents.map { ($0.group, 1) }, uniquingKeysWith: +)
            let shown = Set(shownGroups(keyness.comparisons.map(\.target), documents: { documents[$0] ?? 0 }, limit: summaryGroups))
            findings.terms = keyness.comparisons.filter { shown.contains($0.target) }.map {
                ($0, $0.keyTerms(limit: summaryTerms, test: keyness.test))
            }
        }
        if let cooccurrence = results.cooccurrence, let pair = strongestPairs(cooccurrence, limit: 1).first,
           pair.q < 0.05, Double(pair.count) > pair.expected {
            findings.pair = pair
        }
        if let figures = results.figures { findings.disagreement = largestDisagreements(figures).first?.pair }
        return findings
    }

    static func summarySection(_ results: CorpusResults, groupLabel: String) -> String {
        let plural = groupLabel == "outlet" ? "outlets" : "groups"
        let findings = summaryFindings(results)
        var lines: [String] = []

        if let keyness = results.keyness, let named = findings.terms {
            var found: [String] = [], none: [String] = []
            for (comparison, terms) in named {
                if terms.isEmpty {
                    none.append(escape(comparison.target))
                } else {
                    let list = terms.map { row in
                        "*\(escape(row.term))* (\(rate(row.targetCount, row.targetTokens)) against \(rate(row.referenceCount, row.referenceTokens)))"
                    }.joined(separator: ", ")
                    found.append("\(escape(comparison.target)): \(list)")
                }
            }
            var line = "**Distinctive terms** (used more often than in the "
            line += keyness.comparisons.first?.reference == KeynessTable.restLabel ? "rest of the corpus" : "other group"
            line += ", by \(keyness.test), q < 0.05; rates per 10,000 tokens, the group's against the reference's; `keyness.csv`): "
            if found.isEmpty {
                line += "no term of \(none.count == 1 ? none[0] : "any of the \(none.count) \(plural)") stands out from chance."
            } else {
                line += found.joined(separator: "; ")
                if !none.isEmpty { line += "; no term for \(list(none))" }
                line += "."
            }
            if named.count < keyness.comparisons.count { line += " The \(named.count) \(plural) with the most documents are named." }
            lines.append(line)
        }

        if let resolver = results.entities, let cooccurrence = results.cooccurrence {
            let names = Dictionary(uniqueKeysWithValues: resolver.entities.map { ($0.id, $0.canonical) })
            if let pair = findings.pair {
                lines.append("**Strongest entity pair**: \(escape(names[pair.a] ?? pair.a)) and \(escape(names[pair.b] ?? pair.b)) "
                    + "share a \(cooccurrence.window) \(pair.count) times, \(ratioNumber(Double(pair.count) / pair.expected)) times the "
                    + "\(CSVNumber.fixed(pair.expected, decimals: 2)) their frequencies predict (G² \(CSVNumber.fixed(pair.g2, decimals: 1)), "
                    + "q = \(scientific(pair.q)); `cooccurrence.csv`).")
            } else {
                lines.append("**Entity pairs**: no two entities share a \(cooccurrence.window) more often than chance predicts (q < 0.05; `cooccurrence.csv`).")
            }
        }

        if let sentiment = results.sentiment, !sentiment.comparisons.isEmpty {
            let tested = sentiment.comparisons.filter { $0.q != nil }
                .sorted { ($0.q ?? 2, $0.a, $0.b) < ($1.q ?? 2, $1.a, $1.b) }
            if let best = tested.first, let q = best.q, q < 0.05, let meanA = best.meanA, let meanB = best.meanB {
                let other = best.b == SentimentSummary.restLabel ? "the rest of the corpus" : "those of \(escape(best.b))"
                var line = "**Sentiment**: the documents of \(escape(best.a)) score \(meanA > meanB ? "higher" : "lower") than \(other) "
                line += "(mean VADER compound \(CSVNumber.fixed(meanA, decimals: 3)) against \(CSVNumber.fixed(meanB, decimals: 3)), "
                line += "q = \(scientific(q))"
                if let d = best.cohensD { line += ", Cohen's d = \(CSVNumber.fixed(d, decimals: 2))" }
                let significant = tested.filter { ($0.q ?? 1) < 0.05 }.count
                line += significant == 1 ? "; the only difference that survives the " : "; the strongest of \(significant) differences that survive the "
                line += "Benjamini–Hochberg correction; `sentiment_comparisons.csv`)."
                lines.append(line)
            } else if let best = tested.first, let q = best.q {
                lines.append("**Sentiment**: no difference between \(plural) survives the Benjamini–Hochberg correction "
                    + "(smallest q = \(scientific(q)); `sentiment_comparisons.csv`).")
            } else {
                lines.append("**Sentiment**: not tested: no two \(plural) have \(SentimentSummary.minimumDocuments) documents with "
                    + "sentences each (`sentiment_comparisons.csv`).")
            }
        }

        if let figures = results.figures {
            if let pair = findings.disagreement {
                let group = figures.groups[pair.group]
                let records = figures.records
                let what = group.event == "other" ? group.countedKey : "\(group.countedKey) \(group.event)"
                var line = "**Largest figure disagreement** (\(escape(what))): "
                line += "\(describeFigure(records[pair.earlier])) against \(describeFigure(records[pair.later]))"
                if pair.ratio != nil { line += ", \(ratioText(pair))" }
                line += ", \(pair.agreement.rawValue) (`figure_comparisons.csv`)."
                lines.append(line)
            } else {
                lines.append("**Figures**: no two figures of the same quantity disagree (`figure_comparisons.csv`).")
            }
        }

        guard !lines.isEmpty else { return "" }
        var out = "## Summary\n\n"
        for line in lines { out += "- \(line)\n" }
        return out + "\nHow these are chosen is under Methods; the sections below give the evidence.\n\n"
    }
}

import Foundation
