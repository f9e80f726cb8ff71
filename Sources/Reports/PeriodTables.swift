import Analysis
import Statistics
import Foundation

/// The tables of `--period` (`*_by_period.csv`) and the report's section of movements:
/// formatting only; `PeriodSummary` computes.
public enum PeriodTables {
    /// The files `--period` writes.
    public static let fileNames = ["documents_by_period.csv", "terms_by_period.csv", "entities_by_period.csv",
                                   "sentiment_by_period.csv", "figures_by_period.csv"]

    /// documents_by_period.csv: documents and tokens per group and period.
    public static func documents(_ summary: PeriodSummary) -> CSVTable {
        var csv = CSVTable(header: ["scope", "group", "period", "documents", "tokens"])
        for group in summary.groups {
            for period in summary.periods {
                guard let cell = summary.documents[group]?[period] else { continue }
                csv.append(Scope.fields(group) + [period, String(cell.documents), String(cell.tokens)])
            }
        }
        return csv
    }

    /// terms_by_period.csv: the corpus's top terms per group and period, zero counts included.
    public static func terms(_ summary: PeriodSummary) -> CSVTable {
        var csv = CSVTable(header: ["scope", "group", "period", "term", "count", "tokens", "per_10k"])
        for row in summary.terms {
            csv.append(Scope.fields(row.group) + [row.period, row.term, String(row.count), String(row.tokens),
                                                  CSVNumber.fixed(10_000 * Double(row.count) / Double(max(row.tokens, 1)))])
        }
        return csv
    }

    /// entities_by_period.csv: mentions of each entity per group and period (no zero rows).
    public static func entities(_ summary: PeriodSummary, _ resolver: EntityResolver) -> CSVTable {
        var csv = CSVTable(header: ["scope", "group", "period", "entity_id", "name", "type", "mentions"])
        for row in summary.entities {
            let entity = resolver.entities[row.entity]
            csv.append(Scope.fields(row.group) + [row.period, entity.id, entity.canonical, entity.type.rawValue, String(row.mentions)])
        }
        return csv
    }

    /// sentiment_by_period.csv: the mean compound over sentences with its interval.
    public static func sentiment(_ summary: PeriodSummary, bootstrap: Bootstrap) -> CSVTable {
        var csv = CSVTable(header: ["scope", "group", "period", "documents", "sentences", "mean_compound", "ci_low", "ci_high", "level", "resamples", "seed"])
        for row in summary.sentiment {
            csv.append(Scope.fields(row.group) + [row.period, String(row.documents), String(row.sentences),
                                                  row.mean.map { CSVNumber.fixed($0) } ?? "",
                                                  row.interval.map { CSVNumber.fixed($0.low) } ?? "", row.interval.map { CSVNumber.fixed($0.high) } ?? "",
                                                  CSVNumber.fixed(bootstrap.level, decimals: 2), String(bootstrap.resamples), String(bootstrap.seed)])
        }
        return csv
    }

    /// figures_by_period.csv: figures and the documents holding them per group and period.
    public static func figures(_ summary: PeriodSummary) -> CSVTable {
        var csv = CSVTable(header: ["scope", "group", "period", "figures", "documents"])
        for row in summary.figures {
            csv.append(Scope.fields(row.group) + [row.period, String(row.figures), String(row.documents)])
        }
        return csv
    }

    /// The report's section.
    static func markdown(_ summary: PeriodSummary, resolver: EntityResolver?, groupLabel: String) -> String {
        let esc = MarkdownReport.escape
        var out = "## Coverage over time\n\n"
        let dated = summary.periods.filter { $0 != PeriodSummary.undated && $0 != PeriodSummary.imprecise }
        let label = CorpusResults.corpusLabel
        out += "Periods of a \(summary.unit.rawValue) (`--period`): \(dated.count)"
        if let first = dated.first, let last = dated.last { out += ", \(esc(first)) to \(esc(last))" }
        out += ". "
        for (period, what) in [(PeriodSummary.undated, "no readable date"), (PeriodSummary.imprecise, "a date coarser than a \(summary.unit.rawValue)")] {
            if let cell = summary.documents[label]?[period] {
                out += "\(cell.documents) \(cell.documents == 1 ? "document has" : "documents have") \(what) (period `\(period)` in the tables). "
            }
        }
        out += "Per \(groupLabel == "outlet" ? "outlet" : "group") and period: `documents_by_period.csv`, `terms_by_period.csv` (the corpus's top terms), "
        out += "`entities_by_period.csv`, `sentiment_by_period.csv`, `figures_by_period.csv`.\n\n"
        guard let compared = summary.compared else {
            out += "Fewer than two complete periods with documents: no movements to show.\n\n"
            return out
        }
        guard !summary.movements.isEmpty else {
            out += "Nothing to compare between the last two complete periods with documents, \(esc(compared.before)) and \(esc(compared.after)) (no terms, entities or sentences in one of them).\n\n"
            return out
        }
        let between = dated.firstIndex(of: compared.before).flatMap { a in dated.firstIndex(of: compared.after).map { $0 - a - 1 } } ?? 0
        out += "**Largest movements** between the last two complete periods with documents, \(esc(compared.before)) and \(esc(compared.after))"
        out += between > 0 ? " (\(between) \(between == 1 ? "period" : "periods") without documents between them)" : ""
        out += ":\n\n"
        let terms = summary.movements.filter { $0.kind == .term }
        if !terms.isEmpty {
            out += "| term | per 10,000 tokens, \(esc(compared.before)) | \(esc(compared.after)) | G² | q |\n|---|---:|---:|---:|---:|\n"
            for m in terms {
                out += "| \(MarkdownReport.code(m.item, inTable: true)) | \(String(format: "%.2f", m.before)) | \(String(format: "%.2f", m.after)) | \(String(format: "%.2f", m.statistic ?? 0)) | \(ChangesReport.probability(m.q)) |\n"
            }
            out += "\n"
        }
        let entities = summary.movements.filter { $0.kind == .entity }
        if let resolver, !entities.isEmpty {
            out += "| entity | per 10,000 mentions, \(esc(compared.before)) | \(esc(compared.after)) | G² | q |\n|---|---:|---:|---:|---:|\n"
            for m in entities {
                guard let index = Int(m.item), index < resolver.entities.count else { continue }
                let entity = resolver.entities[index]
                out += "| \(esc(entity.canonical)) (\(entity.type.rawValue)) | \(String(format: "%.1f", m.before)) | \(String(format: "%.1f", m.after)) | \(String(format: "%.2f", m.statistic ?? 0)) | \(ChangesReport.probability(m.q)) |\n"
            }
            out += "\n"
        }
        let sentiment = summary.movements.filter { $0.kind == .sentiment }
        if !sentiment.isEmpty {
            out += "| \(groupLabel == "outlet" ? "outlet" : esc(groupLabel)) | mean compound, \(esc(compared.before)) | \(esc(compared.after)) | difference |\n|---|---:|---:|---:|\n"
            for m in sentiment {
                out += "| \(m.item == label ? "*all*" : esc(m.item)) | \(String(format: "%.3f", m.before)) | \(String(format: "%.3f", m.after)) | \(String(format: "%+.3f", m.statistic ?? 0)) |\n"
            }
            out += "\n"
        }
        return out
    }
}
