import Dispatch
import Analysis

/// `terms.csv` and `ngrams.csv`: long (tidy) tables with one row per group and term.
public enum TermTables {
    /// Rows of `table`: the whole corpus first, then each group in name order; within a group,
    /// terms by count (descending), then term. `minCount` and `top` apply per group.
    /// With `ngramColumn`, an `n` column (2 or 3) follows the term.
    /// `corpus` is `table.corpus`, passed in so that it is merged only once per run.
    public static func csv(_ table: TermFrequencyTable, corpus: TermFrequencyTable.Group,
                           minCount: Int, top: Int?, ngramColumn: Bool) -> CSVTable {
        var csv = CSVTable(header: ngramColumn
            ? ["scope", "group", "term", "n", "count", "per_10k", "doc_freq"]
            : ["scope", "group", "term", "count", "per_10k", "doc_freq"])
        var sections: [(String, TermFrequencyTable.Group)] = [(CorpusResults.corpusLabel, corpus)]
        for name in table.groupNames {
            if let group = table.groups[name] { sections.append((name, group)) }
        }
        // Each section is ranked and formatted on its own core (each writing only its own
        // slot of `parts`), then joined in order.
        var parts = Array(repeating: CSVTable(), count: sections.count)
        parts.withUnsafeMutableBufferPointer { slots in
            DispatchQueue.concurrentPerform(iterations: sections.count) { index in
                let (name, group) = sections[index]
                let (scope, groupCell) = Scope.cells(name)
                var part = CSVTable()
                for row in group.ranked(minCount: minCount, limit: top) {
                    part.field(scope)
                    part.field(groupCell)
                    part.field(row.term)
                    if ngramColumn { part.field(MarkdownReport.wordCount(row.term)) }
                    part.field(row.count)
                    part.field(fixed: row.per10k)
                    part.field(row.documents)
                    part.endRecord()
                }
                slots[index] = part
            }
        }
        for part in parts { csv.append(rowsOf: part) }
        return csv
    }
}

/// `documents.csv`: one row per document with its metadata and what the pipeline made of it.
public enum DocumentTable {
    /// The columns the pipeline computes, after `file` and the metadata columns.
    public static let computedColumns = ["characters", "characters_kept", "characters_removed"]
        + Text.BoilerplateRule.allCases.map(\.columnName)
        + ["paragraphs", "sentences", "tokens", "terms", "duplicate_of", "duplicate_similarity"]

    /// The header names of the metadata columns `columns`: a name that is also a computed
    /// column's (or `file`) gets `meta_` in front, again until it is unique, so that
    /// every column of documents.csv has one name and one type.
    public static func metadataHeader(_ columns: [String]) -> [String] {
        var taken = Set(["file"] + computedColumns)
        var names: [String] = []
        for column in columns {
            var name = column
            while taken.contains(name) { name = "meta_" + name }
            taken.insert(name)
            names.append(name)
        }
        return names
    }

    /// The table for `results`.
    public static func csv(_ results: CorpusResults) -> CSVTable {
        let analysis = results.analysis
        let metadataColumns = analysis.metadataColumns
        let header = ["file"] + metadataHeader(metadataColumns) + computedColumns
        var csv = CSVTable(header: header)
        for (index, doc) in analysis.documents.enumerated() {
            var row = [doc.id]
            row += metadataColumns.map { doc.metadata[$0] ?? "" }
            row += [String(doc.characters), String(doc.cleanCharacters), String(doc.cleaning.total)]
            row += Text.BoilerplateRule.allCases.map { String(doc.cleaning[$0]) }
            row += [String(doc.paragraphs), String(doc.sentences), String(doc.tokens),
                    analysis.analyses.contains(.terms) ? String(doc.terms) : ""]
            let duplicate = results.duplicates[index]
            row += [duplicate.map { analysis.documents[$0.original].id } ?? "", duplicate.map { CSVNumber.fixed($0.similarity, decimals: 2) } ?? ""]
            csv.append(row)
        }
        return csv
    }
}

import Text
