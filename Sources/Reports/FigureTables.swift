import Analysis
import Statistics

/// The figure outputs: every figure, the groups of figures of the same thing, and their pairs.
public enum FigureTables {
    /// A number as short as it is exact: "600", "1.2", "1500000"; "inf" for an open
    /// interval (pandas and R read it as infinity); empty for none.
    public static func plain(_ value: Double?) -> String {
        guard let value else { return "" }
        if value == .infinity { return "inf" }
        if value == -.infinity { return "-inf" }
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = CSVNumber.fixed(value, decimals: 6)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// The columns that describe one figure, shared by figures.csv and `analyze figures`.
    public static let figureColumns = ["sentence", "char_start", "char_end", "surface", "value", "low", "high", "qualifier", "unit",
                                       "counted", "counted_key", "event", "source", "time", "time_resolved", "inherited"]

    public static func figureFields(_ figure: Figure, characterStart: Int, characterEnd: Int) -> [String] {
        [String(figure.sentence + 1), String(characterStart), String(characterEnd), figure.surface, plain(figure.value),
         plain(figure.low), plain(figure.high), figure.qualifier.rawValue, figure.unit, figure.counted, figure.countedKey,
         figure.event, figure.source, figure.time?.expression ?? "", figure.time?.resolved ?? "", figure.inherited ? "true" : "false"]
    }

    /// The words around a figure that its rows and quotations show: the whole sentence when
    /// it has at most `wholeSentenceCharacters` characters, else about `contextCharacters` on
    /// either side of the figure, cut at spaces and marked with "…", so that a row never
    /// repeats a long sentence (a scraped table) for each of its figures.
    public static func context(of record: FigureRecord, in sentence: FigureSentence?) -> String {
        guard let sentence else { return record.figure.surface }
        let scalars = Array(sentence.text.unicodeScalars)
        guard scalars.count > wholeSentenceCharacters else { return sentence.text }
        let figureStart = min(max(0, record.characterStart - sentence.characterStart), scalars.count)
        let figureEnd = min(max(figureStart, record.characterEnd - sentence.characterStart), scalars.count)
        var start = max(0, figureStart - contextCharacters)
        var end = min(scalars.count, figureEnd + contextCharacters)
        // Whole words: move the cuts inwards to a space.
        if start > 0 { while start < figureStart, scalars[start - 1] != " " { start += 1 } }
        if end < scalars.count { while end > figureEnd, scalars[end] != " " { end -= 1 } }
        var text = String(String.UnicodeScalarView(scalars[start..<end])).trimmingCharacters(in: .whitespaces)
        if start > 0 { text = "… " + text }
        if end < scalars.count { text += " …" }
        return text
    }

    /// Sentences of at most this many characters are shown whole with their figures.
    public static let wholeSentenceCharacters = 600
    /// Characters shown on either side of a figure in a longer sentence.
    public static let contextCharacters = 200

    /// figures.csv: every figure in corpus order, with the comparison group it belongs to.
    public static func figures(_ comparison: FigureComparison, sentences texts: [Int: [Int: FigureSentence]]) -> CSVTable {
        var csv = CSVTable(header: ["file", "group", "figure_key"] + figureColumns + ["comparison_group", "sentence_text"])
        var groupOf: [Int: String] = [:]
        let ids = groupIDs(comparison)
        for (g, group) in comparison.groups.enumerated() { for member in group.members { groupOf[member] = ids[g] } }
        for (index, record) in comparison.records.enumerated() {
            csv.append([record.documentID, record.group, FigureReview.key(record)]
                       + figureFields(record.figure, characterStart: record.characterStart, characterEnd: record.characterEnd)
                       + [groupOf[index] ?? "", context(of: record, in: texts[record.document]?[record.figure.sentence])])
        }
        return csv
    }

    /// Each group's id: the key of its earliest report (by the document's date, undated
    /// documents last, then by key in byte order). It depends on the group's members, not on
    /// the order groups are found, so a group keeps its id from run to run while its earliest
    /// report stays in it: new reports of a quantity join its group under the same id.
    public static func groupIDs(_ comparison: FigureComparison) -> [String] {
        comparison.groups.map { group in
            let keys = group.members.map { member -> (date: String, key: String) in
                let record = comparison.records[member]
                return (record.date.isEmpty ? "\u{10FFFF}" : record.date, FigureReview.key(record))
            }
            return keys.min { $0.date != $1.date ? Array($0.date.utf8).lexicographicallyPrecedes(Array($1.date.utf8))
                                                 : Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }?.key ?? ""
        }
    }

    static func groupFields(_ group: FigureGroup, id: String) -> [String] {
        [id, group.countedKey, group.event, String(group.members.count), String(group.documents), String(group.groups),
         plain(group.statistics?.minimum), plain(group.statistics?.median), plain(group.statistics?.maximum),
         group.coefficientOfVariation.map { CSVNumber.fixed($0, decimals: 4) } ?? ""]
    }

    static let groupColumns = ["comparison_group", "counted_key", "event", "group_reports", "group_documents", "group_outlets",
                               "group_min", "group_median", "group_max", "group_cv"]

    /// figure_groups.csv: one row per group of two or more figures of the same thing.
    public static func groups(_ comparison: FigureComparison) -> CSVTable {
        var csv = CSVTable(header: groupColumns + ["with_value", "mean", "sd", "outlets", "pairs_listed"])
        let ids = groupIDs(comparison)
        for (g, group) in comparison.groups.enumerated() {
            let outlets = Array(Set(group.members.map { comparison.records[$0].group })).sorted()
            csv.append(groupFields(group, id: ids[g]) + [
                String(group.statistics?.count ?? 0), group.statistics.map { CSVNumber.fixed($0.mean, decimals: 4) } ?? "",
                group.statistics.map { CSVNumber.fixed($0.standardDeviation, decimals: 4) } ?? "",
                outlets.joined(separator: "; "), group.pairsListed ? "true" : "false",
            ])
        }
        return csv
    }

    /// figure_comparisons.csv: every pair of figures in a group, the earlier first, with the
    /// group's spread repeated on each row.
    public static func comparisons(_ comparison: FigureComparison) -> CSVTable {
        var side: [String] = []
        for suffix in ["a", "b"] {
            side += ["key", "file", "group", "surface", "value", "low", "high", "qualifier", "source", "time", "time_resolved", "sentence"].map { "\($0)_\(suffix)" }
        }
        var csv = CSVTable(header: groupColumns + side + ["ratio", "difference", "change_pct", "intervals_overlap", "status",
                                                          "link_score", "link_kind", "link_reasons"])
        let ids = groupIDs(comparison)
        for pair in comparison.pairs {
            var row = groupFields(comparison.groups[pair.group], id: ids[pair.group])
            for index in [pair.earlier, pair.later] {
                let record = comparison.records[index]
                let f = record.figure
                row += [FigureReview.key(record), record.documentID, record.group, f.surface, plain(f.value), plain(f.low), plain(f.high), f.qualifier.rawValue,
                        f.source, f.time?.expression ?? "", f.time?.resolved ?? "", String(f.sentence + 1)]
            }
            let a = comparison.records[pair.earlier].figure, b = comparison.records[pair.later].figure
            row += [pair.ratio.map { CSVNumber.fixed($0, decimals: 4) } ?? "", plain(pair.difference),
                    pair.change.map { CSVNumber.fixed($0, decimals: 2) } ?? "",
                    a.low <= b.high && b.low <= a.high ? "true" : "false", pair.agreement.rawValue,
                    CSVNumber.fixed(pair.score, decimals: 3), pair.kind.rawValue, pair.reasons]
            csv.append(row)
        }
        return csv
    }
}
