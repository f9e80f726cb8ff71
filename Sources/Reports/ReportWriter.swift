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

    public init() {}
}

/// Writes every output of a run into a staged `OutputFolder` and moves it into place.
public enum ReportWriter {
    /// The files a run of every analysis writes (`--only` leaves some out).
    public static let fileNames = ["terms.csv", "ngrams.csv", "documents.csv", "keyness.csv", "collocations.csv",
                                   "doc_terms.csv", "term_intervals.csv", "entities.csv", "entity_mentions.csv", "cooccurrence.csv",
                                   "cooccurrence_matrix.csv", "cooccurrence.graphml", "sentiment_sentences.csv", "sentiment_documents.csv",
                                   "sentiment_groups.csv", "sentiment_comparisons.csv", "figures.csv", "figure_groups.csv",
                                   "figure_comparisons.csv", "kwic.csv", "report.md", "report.html"]

    /// The files a marker of an earlier version (which listed no files) stands for.
    public static let legacyNames = Set(fileNames.filter { $0 != "kwic.csv" && $0 != "report.html" } + ["lexicon_documents.csv", "lexicon_groups.csv"])

    /// Finishes `analysis` (its statistics) and writes the outputs into `folder`; see
    /// `write(_:to:options:context:committingAlso:)`.
    public static func write(_ analysis: CorpusAnalysis, statistics: StatisticsOptions, to folder: OutputFolder,
                             options: OutputOptions, context: ReportContext, committingAlso others: [OutputFolder] = []) throws {
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
    /// `kwic.csv` is written.
    public static func write(_ results: CorpusResults, to folder: OutputFolder, options: OutputOptions, context: ReportContext,
                             keywords: KeywordsInContext.Found? = nil, committingAlso others: [OutputFolder] = []) throws {
        do {
            let analysis = results.analysis
            let statistics = results.options
            let guards = !options.rawCSV
            // The files are independent: build and write them on all cores.
            let analyses = analysis.analyses
            let charts = ReportCharts.charts(results, context: context)
            if !charts.isEmpty {
                try FileManager.default.createDirectory(atPath: folder.file("charts"), withIntermediateDirectories: false)
            }
            var jobs: [() throws -> Void] = [
                { try DocumentTable.csv(results).write(to: folder.file("documents.csv"), guardsFormulas: guards) },
                {
                    let markdown = MarkdownReport.render(results, context: context, charts: charts, keywords: keywords)
                    try Data(markdown.utf8).write(to: URL(fileURLWithPath: folder.file("report.md")))
                    try Data(HTMLReport.render(markdown: markdown, charts: charts).utf8).write(to: URL(fileURLWithPath: folder.file("report.html")))
                },
            ]
            if let keywords {
                jobs.append { try KeywordsInContext.csv(keywords.lines).write(to: folder.file("kwic.csv"), guardsFormulas: guards) }
            }
            for chart in charts {
                jobs.append { try Data(chart.svg.utf8).write(to: URL(fileURLWithPath: folder.file("charts/" + chart.file))) }
            }
            if analyses.contains(.terms), let keyness = results.keyness, let collocations = results.collocations {
                jobs += [
                    { try TermTables.csv(analysis.terms, corpus: results.totals.terms, minCount: options.minCount, top: options.top, ngramColumn: false)
                        .write(to: folder.file("terms.csv"), guardsFormulas: guards) },
                    { try TermTables.csv(analysis.ngrams, corpus: results.totals.ngrams, minCount: options.minCount, top: options.top, ngramColumn: true)
                        .write(to: folder.file("ngrams.csv"), guardsFormulas: guards) },
                    { try StatisticsTables.keyness(keyness).write(to: folder.file("keyness.csv"), guardsFormulas: guards) },
                    { try StatisticsTables.collocations(collocations).write(to: folder.file("collocations.csv"), guardsFormulas: guards) },
                    { try StatisticsTables.documentTerms(results, limit: options.documentTerms)
                        .write(to: folder.file("doc_terms.csv"), guardsFormulas: guards) },
                    { try StatisticsTables.intervals(results.intervals, bootstrap: statistics.bootstrap).write(to: folder.file("term_intervals.csv"), guardsFormulas: guards) },
                ]
            }
            if let resolver = results.entities, let cooccurrence = results.cooccurrence {
                jobs += [
                    { try EntityTables.entities(results, resolver).write(to: folder.file("entities.csv"), guardsFormulas: guards) },
                    { try EntityTables.writeMentions(analysis, resolver, to: folder.file("entity_mentions.csv"), guardsFormulas: guards) },
                    { try EntityTables.cooccurrence(cooccurrence, resolver).write(to: folder.file("cooccurrence.csv"), guardsFormulas: guards) },
                    { try EntityTables.matrix(cooccurrence, resolver, corpusLabel: CorpusResults.corpusLabel)
                        .write(to: folder.file("cooccurrence_matrix.csv"), guardsFormulas: guards) },
                    { try Data(EntityTables.graphML(cooccurrence, resolver, corpusLabel: CorpusResults.corpusLabel).utf8)
                        .write(to: URL(fileURLWithPath: folder.file("cooccurrence.graphml"))) },
                ]
            }
            if let sentiment = results.sentiment {
                jobs += [
                    { try SentimentTables.writeSentences(analysis, to: folder.file("sentiment_sentences.csv"), guardsFormulas: guards) },
                    { try SentimentTables.documents(analysis, sentiment).write(to: folder.file("sentiment_documents.csv"), guardsFormulas: guards) },
                    { try SentimentTables.groups(sentiment, bootstrap: statistics.bootstrap).write(to: folder.file("sentiment_groups.csv"), guardsFormulas: guards) },
                    { try SentimentTables.comparisons(sentiment).write(to: folder.file("sentiment_comparisons.csv"), guardsFormulas: guards) },
                ]
                if let lexicon = analysis.lexicon {
                    jobs.append { try LexiconTables.documents(analysis, lexicon).write(to: folder.file("lexicon_documents.csv"), guardsFormulas: guards) }
                    jobs.append { try LexiconTables.groups(results, lexicon).write(to: folder.file("lexicon_groups.csv"), guardsFormulas: guards) }
                }
            }
            if let figures = results.figures {
                jobs += [
                    { try FigureTables.figures(figures, sentences: results.figureSentences).write(to: folder.file("figures.csv"), guardsFormulas: guards) },
                    { try FigureTables.groups(figures).write(to: folder.file("figure_groups.csv"), guardsFormulas: guards) },
                    { try FigureTables.comparisons(figures).write(to: folder.file("figure_comparisons.csv"), guardsFormulas: guards) },
                ]
            }
            try ParallelJobs.run(jobs)
        } catch let error as ReportError {
            throw error
        } catch let error as StatisticsError {
            throw ReportError.statistics(error.description)
        } catch {
            throw ReportError.outputNotWritable(path: folder.path, reason: OutputFolder.reason(error))
        }
        try OutputFolder.commit([folder] + others)
    }
}
