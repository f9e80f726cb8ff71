import Analysis

/// The entity outputs: entities.csv, entity_mentions.csv, cooccurrence.csv,
/// cooccurrence_matrix.csv (the networks: `CooccurrenceGraphs`).
public enum EntityTables {
    /// "form:count; form:count" by count (descending), then form.
    static func counted(_ values: [String: Int]) -> String {
        values.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.key):\($0.value)" }.joined(separator: "; ")
    }

    /// entities.csv.
    public static func entities(_ results: CorpusResults, _ resolver: EntityResolver) -> CSVTable {
        let documents = results.entityDocuments
        var csv = CSVTable(header: ["entity_id", "name", "type", "mentions", "documents", "groups", "surface_forms", "titled_forms", "merge_reasons"])
        for entity in resolver.entities {
            csv.append([entity.id, entity.canonical, entity.type.rawValue, String(entity.entry.mentions), String(documents[entity.id] ?? 0),
                        counted(entity.entry.mentionsByGroup), counted(entity.entry.surfaces), counted(entity.entry.titledSurfaces),
                        entity.entry.reasons.sorted().joined(separator: "; ")])
        }
        return csv
    }

    /// entity_forms.csv: each entity's forms as written, one row per form (without and with a
    /// title or role), by entity, then count (descending), then form: the long form of the
    /// surface_forms and titled_forms cells of entities.csv.
    public static func forms(_ resolver: EntityResolver) -> CSVTable {
        var csv = CSVTable(header: ["entity_id", "name", "form", "titled", "count"])
        for entity in resolver.entities {
            for (titled, forms) in [("false", entity.entry.surfaces), ("true", entity.entry.titledSurfaces)] {
                for (form, count) in forms.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
                    csv.append([entity.id, entity.canonical, form, titled, String(count)])
                }
            }
        }
        return csv
    }

    /// entity_groups.csv: each entity's mentions per group, by entity, then mentions
    /// (descending), then group: the long form of the groups cell of entities.csv.
    public static func groups(_ resolver: EntityResolver) -> CSVTable {
        var csv = CSVTable(header: ["entity_id", "name", "group", "mentions"])
        for entity in resolver.entities {
            for (group, count) in entity.entry.mentionsByGroup.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
                csv.append([entity.id, entity.canonical, group, String(count)])
            }
        }
        return csv
    }

    /// entity_mentions.csv, in corpus order, written to `path` as the mention rows are read
    /// back (never held whole).
    public static func writeMentions(_ analysis: CorpusAnalysis, _ resolver: EntityResolver, to path: String, style: CSVStyle = CSVStyle()) throws {
        let csv = try CSVFileWriter(path: path, header: ["file", "group", "sentence", "char_start", "char_end", "surface", "titled_surface", "entity_id", "type"],
                                    style: style)
        try analysis.forEachMentionRecord { record, key in
            guard let index = resolver.indexOf[key] else { return }
            let entity = resolver.entities[Int(index)]
            let document = analysis.documents[Int(record.document)]
            csv.field(document.id)
            csv.field(document.group)
            csv.field(Int(record.sentence) + 1)
            csv.field(Int(record.characterStart))
            csv.field(Int(record.characterEnd))
            csv.field(record.surface)
            csv.field(record.titledSurface ?? "")
            csv.field(entity.id)
            csv.field(entity.type.rawValue)
            try csv.endRecord()
        }
        try csv.close()
    }

    /// cooccurrence.csv.
    public static func cooccurrence(_ table: CooccurrenceTable, _ resolver: EntityResolver) -> CSVTable {
        let names = Dictionary(uniqueKeysWithValues: resolver.entities.map { ($0.id, $0.canonical) })
        var csv = CSVTable(header: ["scope", "group", "entity_a", "entity_b", "name_a", "name_b", "count", "windows_a", "windows_b", "windows",
                                    "expected", "pmi", "npmi", "g2", "p", "q", "dice", "window"])
        for pair in table.pairs {
            csv.append(Scope.fields(pair.group) + [pair.a, pair.b, names[pair.a] ?? "", names[pair.b] ?? "", String(pair.count), String(pair.windowsA),
                        String(pair.windowsB), String(pair.windows), CSVNumber.fixed(pair.expected), CSVNumber.fixed(pair.pmi),
                        CSVNumber.fixed(pair.npmi), CSVNumber.fixed(pair.g2), StatisticsTables.probability(pair.p),
                        StatisticsTables.probability(pair.q), CSVNumber.fixed(pair.dice), table.window.description])
        }
        return csv
    }

    /// cooccurrence_matrix.csv: the corpus counts among the `limit` most mentioned entities; the
    /// diagonal holds the windows each entity occurs in.
    public static func matrix(_ table: CooccurrenceTable, _ resolver: EntityResolver, corpusLabel: String, limit: Int = 30) -> CSVTable {
        let top = Array(resolver.entities.prefix(limit))
        var counts: [String: Int] = [:]
        for pair in table.pairs where pair.group == corpusLabel { counts["\(pair.a)|\(pair.b)"] = pair.count }
        var csv = CSVTable(header: ["entity"] + top.map { "\($0.canonical) (\($0.id))" })
        for row in top {
            var fields = ["\(row.canonical) (\(row.id))"]
            for column in top {
                if row.id == column.id {
                    fields.append(String(table.windowsWith[corpusLabel]?[row.id] ?? 0))
                } else {
                    let (a, b) = resolver.precedes(row.id, column.id) ? (row.id, column.id) : (column.id, row.id)
                    fields.append(String(counts["\(a)|\(b)"] ?? 0))
                }
            }
            csv.append(fields)
        }
        return csv
    }
}

import Foundation
