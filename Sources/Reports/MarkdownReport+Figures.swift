import Analysis
import Foundation

/// The report's figure section: the largest disagreements and revisions first, each with
/// the sentences quoted, then the figures that agree across outlets and the groups' spread.
extension MarkdownReport {
    /// A ratio with two significant digits at most: "3.0", "25", "0.25", "0.0018", "1.8e-12".
    static func ratioNumber(_ ratio: Double) -> String {
        guard ratio > 0, ratio.isFinite else { return CSVNumber.fixed(ratio, decimals: 1) }
        if ratio >= 10 { return CSVNumber.fixed(ratio, decimals: 0) }
        if ratio >= 1 { return CSVNumber.fixed(ratio, decimals: 1) }
        if ratio < 0.001 { return scientific(ratio) }
        let decimals = 1 - Int(log10(ratio).rounded(.down))
        return CSVNumber.fixed(ratio, decimals: decimals)
    }

    /// A figure as the report names it: its group, its surface, and its source and time.
    static func describeFigure(_ record: FigureRecord) -> String {
        let f = record.figure
        var details: [String] = []
        if !f.source.isEmpty { details.append(escape(f.source)) }
        if let time = f.time {
            details.append(time.resolved.isEmpty || time.resolved == time.expression ? escape(time.expression)
                           : "\(escape(time.expression)) → \(escape(time.resolved))")
        }
        return "\(escape(record.group)) “\(escape(f.surface))”" + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
    }

    /// "×3.0 (+200%)": a pair's ratio and change; empty without a ratio.
    static func ratioText(_ pair: FigurePair) -> String {
        guard let ratio = pair.ratio else { return "" }
        var text = "×\(ratioNumber(ratio))"
        if let change = pair.change { text += " (\(change >= 0 ? "+" : "")\(CSVNumber.fixed(change, decimals: 0))%)" }
        return text
    }

    /// How far apart a pair's values are: |ln ratio|; infinite for a ratio of 0.
    static func magnitude(_ pair: FigurePair) -> Double {
        pair.ratio.map { $0 > 0 ? abs(log($0)) : .infinity } ?? 0
    }

    /// The pairs furthest apart first; ties by group, then corpus order.
    static func pairsByMagnitude(_ pairs: [FigurePair]) -> [FigurePair] {
        pairs.sorted { magnitude($0) != magnitude($1) ? magnitude($0) > magnitude($1) : ($0.group, $0.earlier, $0.later) < ($1.group, $1.earlier, $1.later) }
    }

    /// Pairs of copies of the same two sentences (a syndicated story) once, with their count.
    static func distinctPairs(_ pairs: [FigurePair], records: [FigureRecord]) -> [(pair: FigurePair, copies: Int)] {
        struct Key: Hashable { let a: String; let b: String; let contextA: [UInt64]; let contextB: [UInt64] }
        var order: [Key] = []
        var seen: [Key: (FigurePair, Int)] = [:]
        for pair in pairs {
            let fa = records[pair.earlier].figure, fb = records[pair.later].figure
            let key = Key(a: fa.surface, b: fb.surface, contextA: fa.context, contextB: fb.context)
            if let (first, count) = seen[key] { seen[key] = (first, count + 1) } else { seen[key] = (pair, 1); order.append(key) }
        }
        return order.map { (seen[$0]!.0, seen[$0]!.1) }
    }

    /// The conflicting and revised pairs, furthest apart first, copies once: the report's
    /// "Largest disagreements and revisions", whose first is the summary's.
    static func largestDisagreements(_ comparison: FigureComparison) -> [(pair: FigurePair, copies: Int)] {
        distinctPairs(pairsByMagnitude(comparison.pairs.filter { $0.agreement == .conflicting || $0.agreement == .revised }),
                      records: comparison.records)
    }

    static func figureSection(_ comparison: FigureComparison, sentences texts: [Int: [Int: FigureSentence]], groupLabel: String, limit: Int) -> String {
        var out = "## Figures compared\n\n"
        let records = comparison.records
        let documents = Set(records.map(\.document)).count
        guard !records.isEmpty else { return out + "No document reports a figure.\n\n" }
        out += "\(records.count) \(records.count == 1 ? "figure" : "figures") in \(documents) \(documents == 1 ? "document" : "documents") "
        out += "(`figures.csv`). Two figures of different documents are linked as the same quantity when the evidence scores at "
        out += "least \(CSVNumber.fixed(comparison.minimumScore, decimals: 2)) (`--figure-link-min`), "
        out += "\(CSVNumber.fixed(comparison.minimumScore + FigureLinker.apartExtra, decimals: 2)) when their values disagree: what they count (head noun and "
        out += "modifiers: \"rockets\" and \"ballistic missiles\" are one kind, \"dead\" and \"people\" killed another), their event, "
        out += "the words of their sentences and next to the numbers, the names their articles share, their values and dates, and "
        out += "their sources; articles that share few names are taken for different stories and never linked, and a figure links "
        out += "only to its best match in the other article. The dead or wounded of an event put in another year are never linked "
        out += "with another year's; each article's largest count of the dead (and of the wounded) is taken for the story's toll, so "
        out += "two such tolls count as sharing their words, and a toll larger on a later day is a rise, not a disagreement. "
        out += "A count next to \"nationwide\" or \"worldwide\" is linked only with another such count, not with a region's. "
        out += "A change or a number of an undated moment (\"fell 32 cents\", \"jobs "
        out += "added last month\") disagrees with another article's only when the two articles give the same number for another "
        out += "such moment, so that two days' oil prices are not compared. Figures of one article keep the rules for one article. `link_score` and "
        out += "`link_reasons` in `figure_comparisons.csv` show each link's evidence. The links form \(comparison.groups.count) "
        out += "\(comparison.groups.count == 1 ? "group" : "groups") (`figure_groups.csv`) and \(comparison.pairs.count) "
        out += "\(comparison.pairs.count == 1 ? "pair" : "pairs") (`figure_comparisons.csv`)"
        let unlisted = comparison.groups.filter { !$0.pairsListed }.count
        if unlisted > 0 {
            out += "; \(unlisted) \(unlisted == 1 ? "group has" : "groups have") more than \(comparison.maximumGroupSizeForPairs) figures "
            out += "and \(unlisted == 1 ? "is" : "are") summarised without pairs (`--figure-pairs-max`)"
        }
        out += ". \"About\", \"roughly\", \"some\" and \"nearly\" "
        out += "widen a number by ±\(Int(FigureExtractor.approximateTolerance * 100))%; \"at least\" and \"more than\" leave it open "
        out += "above; vague amounts (\"hundreds\") are ranges. Two figures are *consistent* when their intervals overlap, *revised* "
        out += "when the same source gives another number for another time, *different times* when they do not overlap but refer "
        out += "to different times, and *conflicting* otherwise.\n\n"
        if comparison.reviewApplied + comparison.reviewUnmatched > 0 {
            out += "The review file (`--figure-review`) judged \(comparison.reviewApplied) \(comparison.reviewApplied == 1 ? "pair" : "pairs") "
            out += "of this run's figures"
            if comparison.reviewUnmatched > 0 {
                out += "; \(comparison.reviewUnmatched) of its judgements name figures this run does not have (an article changed or left the corpus)"
            }
            out += ".\n\n"
        }
        func describe(_ index: Int) -> String { describeFigure(records[index]) }
        func quote(_ index: Int) -> String {
            let record = records[index]
            let text = FigureTables.context(of: record, in: texts[record.document]?[record.figure.sentence])
            // Four spaces keep the quotation inside list items numbered 1 to 99.
            return "    > \(escape(text)) — \(escape(record.documentID)), sentence \(record.figure.sentence + 1)\n"
        }
        func distinct(_ pairs: [FigurePair]) -> [(pair: FigurePair, copies: Int)] { distinctPairs(pairs, records: records) }
        func byMagnitude(_ pairs: [FigurePair]) -> [FigurePair] { pairsByMagnitude(pairs) }
        func list(_ pairs: [(pair: FigurePair, copies: Int)]) {
            for (n, (pair, copies)) in pairs.prefix(limit).enumerated() {
                let group = comparison.groups[pair.group]
                let status = pair.agreement == .differentTimes ? "different times" : pair.agreement.rawValue
                out += "\(n + 1). **\(escape(group.countedKey)) \(escape(group.event))**, \(status)\(pair.ratio == nil ? "" : ", " + ratioText(pair)): "
                out += "\(describe(pair.earlier)) → \(describe(pair.later))"
                out += copies > 1 ? "; the same two sentences in \(copies) pairs of documents.\n" : ".\n"
                out += quote(pair.earlier)
                if records[pair.later].document != records[pair.earlier].document || records[pair.later].figure.sentence != records[pair.earlier].figure.sentence {
                    // An empty quoted line makes the two quotations two paragraphs, not one run-on.
                    out += "    >\n" + quote(pair.later)
                }
            }
            if pairs.count > limit { out += "\n\(pairs.count - limit) more in `figure_comparisons.csv`.\n" }
            out += "\n"
        }
        // Disagreements and revisions first; values of one quantity at different times (a
        // year's result against the year before's) are no disagreement and come after.
        let disagreements = largestDisagreements(comparison)
        out += "### Largest disagreements and revisions\n\n"
        if disagreements.isEmpty {
            out += "No two figures of the same thing disagree.\n\n"
        } else {
            list(disagreements)
        }
        let overTime = distinct(byMagnitude(comparison.pairs.filter { $0.agreement == .differentTimes }))
        if !overTime.isEmpty {
            out += "### The same quantity at different times\n\n"
            list(overTime)
        }

        let agreements = distinct(comparison.pairs.filter { $0.agreement == .consistent && records[$0.earlier].group != records[$0.later].group })
        out += "### Figures that agree across \(groupLabel == "outlet" ? "outlets" : escape(groupLabel))\n\n"
        if agreements.isEmpty {
            out += "No figure is reported consistently by two \(groupLabel == "outlet" ? "outlets" : "groups").\n\n"
        } else {
            for (pair, copies) in agreements.prefix(limit) {
                let group = comparison.groups[pair.group]
                out += "- **\(escape(group.countedKey)) \(escape(group.event))**: \(describe(pair.earlier)) and \(describe(pair.later))"
                out += pair.ratio.map { ", ratio \(ratioNumber($0))" } ?? ""
                out += copies > 1 ? " (the same two sentences in \(copies) pairs of documents).\n" : ".\n"
            }
            if agreements.count > limit { out += "- \(agreements.count - limit) more in `figure_comparisons.csv`.\n" }
            out += "\n"
        }

        if !comparison.groups.isEmpty {
            out += "### Groups of figures\n\n"
            out += "| counted | event | reports | documents | \(escape(groupLabel))s | min | median | max | CV |\n"
            out += "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
            for group in comparison.groups.prefix(limit) {
                let s = group.statistics
                out += "| \(escape(group.countedKey)) | \(escape(group.event)) | \(group.members.count) | \(group.documents) | \(group.groups) "
                out += "| \(FigureTables.plain(s?.minimum)) | \(FigureTables.plain(s?.median)) | \(FigureTables.plain(s?.maximum)) "
                out += "| \(group.coefficientOfVariation.map { CSVNumber.fixed($0, decimals: 2) } ?? "") |\n"
            }
            if comparison.groups.count > limit { out += "\n\(comparison.groups.count - limit) more groups in `figure_groups.csv`.\n" }
            out += "\nMin, median and max are over the figures with a value (a range counts as its middle; vague amounts have none); "
            out += "CV is the standard deviation over the mean (GSL).\n\n"
        }
        return out
    }
}
