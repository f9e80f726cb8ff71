import Analysis

/// Options of the written outputs.
public struct OutputOptions: Sendable {
    /// Rows with fewer occurrences are left out of terms.csv and ngrams.csv (per group).
    public var minCount = 1
    /// At most this many rows per group in terms.csv and ngrams.csv (nil: all).
    public var top: Int?

    public init(minCount: Int = 1, top: Int? = nil) {
        self.minCount = minCount
        self.top = top
    }
}

/// The whole-corpus term and n-gram counts, merged from the groups once per run.
public struct CorpusTotals {
    public let terms: TermFrequencyTable.Group
    public let ngrams: TermFrequencyTable.Group

    public init(_ analysis: CorpusAnalysis) {
        terms = analysis.terms.corpus
        ngrams = analysis.ngrams.corpus
    }
}

/// Writes every output of a run into a staged `OutputFolder` and moves it into place.
public enum ReportWriter {
    /// The files every run writes.
    public static let fileNames = ["terms.csv", "ngrams.csv", "documents.csv", "report.md"]

    /// Writes the outputs of `analysis` into `folder` and commits it.
    public static func write(_ analysis: CorpusAnalysis, to folder: OutputFolder,
                             options: OutputOptions, context: ReportContext) throws {
        do {
            let totals = CorpusTotals(analysis)
            try TermTables.csv(analysis.terms, corpus: totals.terms, minCount: options.minCount, top: options.top, ngramColumn: false)
                .write(to: folder.file("terms.csv"))
            try TermTables.csv(analysis.ngrams, corpus: totals.ngrams, minCount: options.minCount, top: options.top, ngramColumn: true)
                .write(to: folder.file("ngrams.csv"))
            try DocumentTable.csv(analysis).write(to: folder.file("documents.csv"))
            let report = MarkdownReport.render(analysis, totals: totals, context: context)
            try Array(report.utf8).withUnsafeBufferPointer { buffer in
                try Data(buffer: buffer).write(to: URL(fileURLWithPath: folder.file("report.md")))
            }
        } catch let error as ReportError {
            throw error
        } catch {
            throw ReportError.outputNotWritable(path: folder.path, reason: OutputFolder.reason(error))
        }
        try folder.commit()
    }
}

import Foundation
