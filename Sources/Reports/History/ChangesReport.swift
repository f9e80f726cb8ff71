import Foundation

/// `changes.csv` and the report's section of what changed since an earlier run: formatting
/// only; `RunChanges` computes.
public enum ChangesReport {
    /// changes.csv's columns.
    public static let header = ["kind", "item", "group", "key", "before", "after", "difference", "ci_low", "ci_high", "statistic", "p", "q", "detail"]

    /// changes.csv: one row per change, in the order `RunChanges` lists them.
    public static func csv(_ changes: RunChanges) -> CSVTable {
        var table = CSVTable(header: header)
        for change in changes.changes {
            let value = { (number: Double?) -> String in number.map { change.counts ? count($0) : Self.value($0) } ?? "" }
            table.append([change.kind.rawValue, change.item, change.group, change.key, value(change.before), value(change.after),
                          change.difference.map { change.counts ? count($0) : Self.value($0) } ?? "",
                          change.low.map { CSVNumber.fixed($0) } ?? "", change.high.map { CSVNumber.fixed($0) } ?? "",
                          change.statistic.map { CSVNumber.fixed($0) } ?? "",
                          change.p.map(StatisticsTables.probability) ?? "", change.q.map(StatisticsTables.probability) ?? "",
                          change.detail])
        }
        return table
    }

    /// A whole number as such, another with 4 decimals.
    static func value(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : CSVNumber.fixed(number)
    }

    static func count(_ number: Double) -> String { String(Int(number.rounded())) }

    /// The rows each list of the section shows at most.
    public static let sectionTop = 10

    /// The report's section: `title` is its heading ("Changes since 2026-12-01 06:00 UTC").
    public static func markdown(_ changes: RunChanges, title: String, earlier: String) -> String {
        let esc = MarkdownReport.escape
        var out = "## \(title)\n\n"
        let added = changes.of(.fileAdded).count, removed = changes.of(.fileRemoved).count, changed = changes.of(.fileChanged).count
        let before = changes.before, after = changes.after
        out += "Compared with \(earlier): "
        if changes.sameInputs {
            out += "the same \(after.record.inputs.count) input files, unchanged.\n\n"
        } else {
            out += "\(added) \(added == 1 ? "file" : "files") added, \(changed) changed, \(removed) removed; "
            out += "\(before.documents.count) → \(after.documents.count) documents "
            out += "(\(changes.of(.documentAdded).count) new, \(changes.of(.documentRemoved).count) gone).\n\n"
        }
        let groupsAdded = changes.of(.groupAdded), groupsRemoved = changes.of(.groupRemoved)
        if !groupsAdded.isEmpty { out += "New \(groupWord(after)): \(groupsAdded.map { esc($0.item) }.joined(separator: ", ")).\n\n" }
        if !groupsRemoved.isEmpty { out += "No longer in the corpus: \(groupsRemoved.map { esc($0.item) }.joined(separator: ", ")).\n\n" }

        let revised = changes.of(.figureRevised)
        if !revised.isEmpty {
            out += "**Figures revised** (a new report of a quantity the earlier run's articles gave another value):\n\n"
            out += "| quantity | \(groupWord(after, singular: true)) | before | after | ratio | reports |\n|---|---|---:|---:|---:|---|\n"
            for change in revised.prefix(sectionTop) {
                out += "| \(esc(change.item)) | \(esc(change.group)) | \(change.before.map(value) ?? "") | \(change.after.map(value) ?? "") "
                out += "| \(change.statistic.map { String(format: "×%.2f", $0) } ?? "") | \(esc(change.detail)) |\n"
            }
            out += more(revised.count)
        }
        let newFigures = changes.of(.figureNew)
        if !newFigures.isEmpty {
            out += "**New figures**: \(newFigures.count) in the new articles"
            out += newFigures.count > sectionTop ? ", the first \(sectionTop):\n\n" : ":\n\n"
            out += "| quantity | \(groupWord(after, singular: true)) | value | as written |\n|---|---|---:|---|\n"
            for change in newFigures.prefix(sectionTop) {
                out += "| \(esc(change.item)) | \(esc(change.group)) | \(change.after.map(value) ?? "") | \(esc(change.detail)) |\n"
            }
            out += "\n"
        }
        let rates = changes.of(.termRate).filter { $0.group.isEmpty }
        if !rates.isEmpty {
            out += "**Terms whose rate changed** (corpus, per 10,000 tokens, G², q < 0.05; the strongest):\n\n"
            out += "| term | before | after | G² | q |\n|---|---:|---:|---:|---:|\n"
            for change in rates.prefix(sectionTop) {
                out += "| \(MarkdownReport.code(change.item, inTable: true)) | \(fixed(change.before, 2)) | \(fixed(change.after, 2)) | \(fixed(change.statistic, 2)) | \(probability(change.q)) |\n"
            }
            out += more(rates.count)
        }
        let newTerms = changes.of(.termNew).filter { $0.group.isEmpty }.sorted { ($0.after ?? 0) > ($1.after ?? 0) }
        if !newTerms.isEmpty {
            out += "**New terms** (\(newTerms.count)): " + newTerms.prefix(sectionTop * 2).map { MarkdownReport.code($0.item) }.joined(separator: ", ")
            out += newTerms.count > sectionTop * 2 ? ", …\n\n" : ".\n\n"
        }
        let newEntities = changes.of(.entityNew), goneEntities = changes.of(.entityGone)
        if !newEntities.isEmpty {
            out += "**New entities** (\(newEntities.count)): " + newEntities.prefix(sectionTop).map { "\(esc($0.item)) \(count($0.after ?? 0))" }.joined(separator: "; ")
            out += newEntities.count > sectionTop ? "; …\n\n" : ".\n\n"
        }
        if !goneEntities.isEmpty {
            out += "**Entities no longer mentioned** (\(goneEntities.count)): " + goneEntities.prefix(sectionTop).map { esc($0.item) }.joined(separator: "; ")
            out += goneEntities.count > sectionTop ? "; …\n\n" : ".\n\n"
        }
        let renamed = changes.of(.entityRenamed)
        if !renamed.isEmpty {
            out += "**Entities renamed**: " + renamed.prefix(sectionTop).map { "\(esc(String($0.detail.dropFirst(4)))) → \(esc($0.item))" }.joined(separator: "; ")
            out += renamed.count > sectionTop ? "; …\n\n" : ".\n\n"
        }
        let ranks = changes.of(.entityRank).sorted { abs(($0.after ?? 0) - ($0.before ?? 0)) > abs(($1.after ?? 0) - ($1.before ?? 0)) }
        if !ranks.isEmpty {
            out += "**Entities that moved** (rank by mentions, top \(RunChanges.rankTop)): "
            out += ranks.prefix(sectionTop).map { "\(esc($0.item)) \(count($0.before ?? 0)) → \(count($0.after ?? 0))" }.joined(separator: "; ") + ".\n\n"
        }
        let newPairs = changes.of(.pairNew)
        if !newPairs.isEmpty {
            out += "**New entity pairs** (\(newPairs.count), the most frequent): " + newPairs.prefix(sectionTop).map { "\(esc($0.item)) \(count($0.after ?? 0))" }.joined(separator: "; ") + ".\n\n"
        }
        let sentiment = changes.of(.sentiment)
        if !sentiment.isEmpty, !changes.sameInputs {
            out += "**Sentiment** (mean VADER compound per sentence; the interval of the difference resamples the documents of both runs):\n\n"
            out += "| \(groupWord(after, singular: true)) | before | after | difference [95% interval] | p | q |\n|---|---:|---:|---|---:|---:|\n"
            for change in sentiment {
                out += "| \(change.group.isEmpty ? "*all*" : esc(change.group)) | \(fixed(change.before, 3)) | \(fixed(change.after, 3)) "
                out += "| \(fixed(change.difference, 3)) [\(fixed(change.low, 3)), \(fixed(change.high, 3))] | \(probability(change.p)) | \(probability(change.q)) |\n"
            }
            out += "\n"
        }
        out += "Every change is a row of `changes.csv`.\n\n"
        return out
    }

    static func groupWord(_ tables: RunTables, singular: Bool = false) -> String {
        tables.record.groupBy == "outlet" ? (singular ? "outlet" : "outlets") : (singular ? MarkdownReport.escape(tables.record.groupBy) : "groups")
    }

    static func more(_ count: Int) -> String {
        count > sectionTop ? "\n\(count - sectionTop) more in `changes.csv`.\n\n" : "\n"
    }

    static func fixed(_ number: Double?, _ decimals: Int) -> String {
        number.map { String(format: "%.\(decimals)f", $0) } ?? ""
    }

    static func probability(_ p: Double?) -> String {
        guard let p else { return "" }
        return p < 0.001 ? "< 0.001" : String(format: "%.3f", p)
    }
}
