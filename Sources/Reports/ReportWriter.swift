import Analysis
import Foundation
import Statistics

/// Options of the written files: which rows they hold and how cells are written. The
/// statistics' own options are `StatisticsOptions`, applied when the analysis is finished.
public struct OutputOptions: Sendable {
    /// Rows with fewer occurrences are left out of terms.csv and ngrams.csv (per group).
    public var minCount = 1
    /// At most this many rows per group in terms.csv and ngrams.csv (nil: all).
    public var top: Int?
    /// Terms listed per document in doc_terms.csv.
    public var documentTerms = 10
    /// Write CSV cells as they are, without the formula guard (`--raw-csv`; see `CSVTable`).
    public var rawCSV = false
    /// Start every CSV file with the UTF-8 byte-order mark (`--excel`).
    public var excel = false
    /// Also write the CSV files as one workbook, `analyze.xlsx` (`--xlsx`).
    public var xlsx = false
    /// The pairs the network files draw (`--graph-min-count`, `--graph-max-q`, `--graph-top`).
    public var graphFilter = GraphFilter()

    public init() {}
}

/// An earlier run a run is compared with: its tables, the heading of the report's section and
/// how the section names it.
public struct ChangesSource: Sendable {
    public var tables: RunTables
    public var title: String
    public var earlier: String
    public init(tables: RunTables, title: String, earlier: String) {
        self.tables = tables
        self.title = title
        self.earlier = earlier
    }
}

/// Writes every output of a run into a staged `OutputFolder` and moves it into place.
public enum ReportWriter {
    /// The files a run of every analysis writes (`--only` leaves some out).
    public static let fileNames = ["terms.csv", "ngrams.csv", "documents.csv", "keyness.csv", "collocations.csv",
                                   "doc_terms.csv", "term_intervals.csv", "entities.csv", "entity_forms.csv", "entity_groups.csv", "entity_mentions.csv", "cooccurrence.csv",
                                   "cooccurrence_matrix.csv", "cooccurrence.graphml", "cooccurrence.gexf", "sentiment_sentences.csv", "sentiment_documents.csv",
                                   "sentiment_groups.csv", "sentiment_comparisons.csv", "figures.csv", "figure_groups.csv",
                                   "figure_comparisons.csv", "kwic.csv", "changes.csv", "documents_by_period.csv", "terms_by_period.csv", "entities_by_period.csv",
                                   "sentiment_by_period.csv", "figures_by_period.csv", "report.md", "report.html", "datapackage.json", "run.json"]

    /// The files a marker of an earlier version (which listed no files) stands for.
    public static let legacyNames = Set(fileNames.filter { !PeriodTables.fileNames.contains($0) && !["kwic.csv", "changes.csv", "run.json", "report.html", "datapackage.json", "cooccurrence.gexf", "entity_forms.csv", "entity_groups.csv"].contains($0) }
                                        + ["lexicon_documents.csv", "lexicon_groups.csv"])

    /// The order of the CSV files in `datapackage.json` and the workbook.
    static let csvOrder = fileNames.filter { $0.hasSuffix(".csv") } + dictionaryFiles

    /// The files of `--lexicon` dictionaries.
    public static let dictionaryFiles = ["dictionary_documents.csv", "dictionary_groups.csv", "dictionary_comparisons.csv"]


    /// Finishes `analysis` (its statistics) and writes the outputs into `folder`; see
    /// `write(_:to:options:context:committingAlso:)`.
    @discardableResult
    public static func write(_ analysis: CorpusAnalysis, statistics: StatisticsOptions, to folder: OutputFolder,
                             options: OutputOptions, context: ReportContext, committingAlso others: [OutputFolder] = []) throws -> [String] {
        try write(try finish(analysis, statistics: statistics, folder: folder), to: folder, options: options, context: context,
                  committingAlso: others)
    }

    /// The statistics of `analysis`, a failure as a `ReportError`.
    public static func finish(_ analysis: CorpusAnalysis, statistics: StatisticsOptions, folder: OutputFolder) throws -> CorpusResults {
        do {
            return try analysis.finish(statistics)
        } catch let error as StatisticsError {
            throw ReportError.statistics(error.description)
        } catch {
            throw ReportError.outputNotWritable(path: folder.path, reason: OutputFolder.reason(error))
        }
    }

    /// Writes the outputs of `results` into `folder` and commits it, together with `others`
    /// (the `--dump-clean` folder): all are checked before any is replaced.
    /// `keywords`: the passages of `kwic.csv` (`KeywordsInContext.find`); without them no
    /// `kwic.csv` is written. `record`: the run's `run.json`. `since`: an earlier run to
    /// compare with (`changes.csv` and the report's first section; needs `record`).
    /// Returns the warnings for the user: a table longer than a
    /// spreadsheet opens, a workbook sheet or cell cut.
    @discardableResult
    public static func write(_ results: CorpusResults, to folder: OutputFolder, options: OutputOptions, context: ReportContext,
                             keywords: KeywordsInContext.Found? = nil, record: RunRecord? = nil, since: ChangesSource? = nil,
                             committingAlso others: [OutputFolder] = [],
                             beforeCommit: ([String]) throws -> Void = { _ in }) throws -> [String] {
        let rowLog = CSVRowLog()
        var warnings: [String] = []
        do {
            let analysis = results.analysis
            let statistics = results.options
            let style = CSVStyle(guardsFormulas: !options.rawCSV, byteOrderMark: options.excel, log: rowLog)
            // The files are independent: build and write them on all cores.
            let analyses = analysis.analyses
            let charts = ReportCharts.charts(results, context: context)
            if !charts.isEmpty {
                try FileManager.default.createDirectory(atPath: folder.file("charts"), withIntermediateDirectories: false)
            }
            var jobs: [() throws -> Void] = [
                { try DocumentTable.csv(results).write(to: folder.file("documents.csv"), style: style) },
            ]
            if let keywords {
                jobs.append { try KeywordsInContext.csv(keywords.lines).write(to: folder.file("kwic.csv"), style: style) }
            }
            for chart in charts {
                jobs.append { try Data(chart.svg.utf8).write(to: URL(fileURLWithPath: folder.file("charts/" + chart.file))) }
            }
            if analyses.contains(.terms), let keyness = results.keyness, let collocations = results.collocations {
                jobs += [
                    { try TermTables.csv(analysis.terms, corpus: results.totals.terms, minCount: options.minCount, top: options.top, ngramColumn: false)
                        .write(to: folder.file("terms.csv"), style: style) },
                    { try TermTables.csv(analysis.ngrams, corpus: results.totals.ngrams, minCount: options.minCount, top: options.top, ngramColumn: true)
                        .write(to: folder.file("ngrams.csv"), style: style) },
                    { try StatisticsTables.keyness(keyness).write(to: folder.file("keyness.csv"), style: style) },
                    { try StatisticsTables.collocations(collocations).write(to: folder.file("collocations.csv"), style: style) },
                    { try StatisticsTables.documentTerms(results, limit: options.documentTerms)
                        .write(to: folder.file("doc_terms.csv"), style: style) },
                    { try StatisticsTables.intervals(results.intervals, bootstrap: statistics.bootstrap).write(to: folder.file("term_intervals.csv"), style: style) },
                ]
            }
            if let resolver = results.entities, let cooccurrence = results.cooccurrence {
                jobs += [
                    { try EntityTables.entities(results, resolver).write(to: folder.file("entities.csv"), style: style) },
                    { try EntityTables.forms(resolver).write(to: folder.file("entity_forms.csv"), style: style) },
                    { try EntityTables.groups(resolver).write(to: folder.file("entity_groups.csv"), style: style) },
                    { try EntityTables.writeMentions(analysis, resolver, to: folder.file("entity_mentions.csv"), style: style) },
                    { try EntityTables.cooccurrence(cooccurrence, resolver).write(to: folder.file("cooccurrence.csv"), style: style) },
                    { try EntityTables.matrix(cooccurrence, resolver, corpusLabel: CorpusResults.corpusLabel)
                        .write(to: folder.file("cooccurrence_matrix.csv"), style: style) },
                ]
                // The networks: the corpus's, and each group's in graphs/.
                let label = CorpusResults.corpusLabel
                let groups = CooccurrenceGraphs.groups(resolver, corpusLabel: label)
                let stems = CooccurrenceGraphs.fileStems(groups)
                if !groups.isEmpty {
                    try FileManager.default.createDirectory(atPath: folder.file("graphs"), withIntermediateDirectories: false)
                }
                for (group, path) in [(label, "cooccurrence")] + groups.map({ ($0, "graphs/" + (stems[$0] ?? "group")) }) {
                    jobs.append {
                        let graph = CooccurrenceGraphs.graph(cooccurrence, resolver, group: group, corpusLabel: label, filter: options.graphFilter)
                        let window = cooccurrence.window.description
                        try Data(CooccurrenceGraphs.graphML(graph, window: window).utf8).write(to: URL(fileURLWithPath: folder.file(path + ".graphml")))
                        try Data(CooccurrenceGraphs.gexf(graph, window: window).utf8).write(to: URL(fileURLWithPath: folder.file(path + ".gexf")))
                    }
                }
            }
            if let sentiment = results.sentiment {
                jobs += [
                    { try SentimentTables.writeSentences(analysis, to: folder.file("sentiment_sentences.csv"), style: style) },
                    { try SentimentTables.documents(analysis, sentiment).write(to: folder.file("sentiment_documents.csv"), style: style) },
                    { try SentimentTables.groups(sentiment, bootstrap: statistics.bootstrap).write(to: folder.file("sentiment_groups.csv"), style: style) },
                    { try SentimentTables.comparisons(sentiment).write(to: folder.file("sentiment_comparisons.csv"), style: style) },
                ]
                if let dictionaries = results.dictionaries {
                    jobs.append { try DictionaryTables.writeDocuments(analysis, to: folder.file("dictionary_documents.csv"), style: style) }
                    jobs.append { try DictionaryTables.groups(dictionaries, bootstrap: statistics.bootstrap).write(to: folder.file("dictionary_groups.csv"), style: style) }
                    jobs.append { try DictionaryTables.comparisons(dictionaries).write(to: folder.file("dictionary_comparisons.csv"), style: style) }
                }
            }
            if let periods = results.periods {
                jobs.append { try PeriodTables.documents(periods).write(to: folder.file("documents_by_period.csv"), style: style) }
                if analyses.contains(.terms) {
                    jobs.append { try PeriodTables.terms(periods).write(to: folder.file("terms_by_period.csv"), style: style) }
                }
                if let resolver = results.entities {
                    jobs.append { try PeriodTables.entities(periods, resolver).write(to: folder.file("entities_by_period.csv"), style: style) }
                }
                if results.sentiment != nil {
                    jobs.append { try PeriodTables.sentiment(periods, bootstrap: statistics.bootstrap).write(to: folder.file("sentiment_by_period.csv"), style: style) }
                }
                if analyses.contains(.figures) {
                    jobs.append { try PeriodTables.figures(periods).write(to: folder.file("figures_by_period.csv"), style: style) }
                }
            }
            if let figures = results.figures {
                jobs += [
                    { try FigureTables.figures(figures, sentences: results.figureSentences).write(to: folder.file("figures.csv"), style: style) },
                    { try FigureTables.groups(figures).write(to: folder.file("figure_groups.csv"), style: style) },
                    { try FigureTables.comparisons(figures).write(to: folder.file("figure_comparisons.csv"), style: style) },
                ]
            }
            try ParallelJobs.run(jobs)
            if let record { try record.json().write(to: URL(fileURLWithPath: folder.file("run.json"))) }
            // What changed since the earlier run, read from this run's files as written, as
            // `analyze compare` reads two output folders.
            var changesSection = ""
            if let since, record != nil {
                let changes = try RunChanges(before: since.tables, after: RunTables(folder: folder.stagingPath))
                try ChangesReport.csv(changes).write(to: folder.file("changes.csv"), style: style)
                changesSection = ChangesReport.markdown(changes, title: since.title, earlier: since.earlier)
            }
            let markdown = MarkdownReport.render(results, context: context, charts: charts, keywords: keywords, changes: changesSection)
            try Data(markdown.utf8).write(to: URL(fileURLWithPath: folder.file("report.md")))
            try Data(HTMLReport.render(markdown: markdown, charts: charts).utf8).write(to: URL(fileURLWithPath: folder.file("report.html")))
            // What the CSV files hold, for the tools that read them.
            let rows = rowLog.rowsByFile
            let csvFiles = csvOrder.filter { rows[$0] != nil }
            let descriptor = try DataPackage.json(folder: folder.stagingPath, files: csvFiles, byteOrderMark: options.excel,
                                                  version: context.version)
            try Data(descriptor.utf8).write(to: URL(fileURLWithPath: folder.file("datapackage.json")))
            for file in csvFiles where rows[file, default: 0] + 1 > Workbook.maximumRows {
                warnings.append("\(file): \(rows[file, default: 0]) rows, more than a spreadsheet opens (\(Workbook.maximumRows - 1) below the header); "
                                + "read it with pandas or R, or shorten it with --min-count or --top")
            }
            if options.xlsx {
                warnings += try Workbook.write(path: folder.file("analyze.xlsx"), folder: folder.stagingPath, files: csvFiles,
                                               guardsFormulas: !options.rawCSV)
            }
        } catch let error as Workbook.Failure {
            throw ReportError.outputNotWritable(path: folder.path, reason: error.description)
        } catch let error as ReportError {
            throw error
        } catch let error as StatisticsError {
            throw ReportError.statistics(error.description)
        } catch {
            throw ReportError.outputNotWritable(path: folder.path, reason: OutputFolder.reason(error))
        }
        // What this throws (--strict) leaves the previous output in place.
        try beforeCommit(warnings)
        try OutputFolder.commit([folder] + others)
        return warnings
    }
}
