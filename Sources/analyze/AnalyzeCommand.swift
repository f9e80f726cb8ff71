import ArgumentParser
import Analysis
import Corpus
import Foundation
import Reports
import Statistics
import Text

/// `analyze run CORPUS` (and `analyze CORPUS`, the default subcommand): the main job.
/// Parses options, runs the library, prints progress, warnings and errors. No analysis
/// logic lives here.
struct AnalyzeCommand: ParsableCommand {
    /// Above this many groups, a run warns that the `--group-by` column is very fine.
    static let manyGroups = 100
    /// The fewest bootstrap resamples a run accepts: with fewer, the 2.5th and 97.5th
    /// percentiles fall on the few smallest and largest resamples, and the smallest bootstrap
    /// p, 2 / (resamples + 1), is no longer below 0.05 for fewer than 40.
    static let minimumResamples = 100
    /// The most workers' temporary files of one kind a snapshot may hold for `--since` to add
    /// to it.
    static let maximumSinceSpills = 32
    /// The exit status of a run that found nothing new (`--skip-unchanged`).
    static let unchangedStatus: Int32 = 3
    /// The exit status of a run whose output folder another run is writing (EX_TEMPFAIL).
    static let lockedStatus: Int32 = 75
    /// The most worker threads a run starts (each holds two temporary files open).
    static let maximumJobs = 1024

    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Analyse a corpus of news articles: terms, keyness, entities, sentiment and figures per outlet (the default subcommand).",
        discussion: """
        Reads CORPUS (a folder of .txt/.md articles with an optional metadata.csv, or a .csv \
        or .jsonl file of documents) and writes the CSV files (terms, n-grams, documents, \
        keyness, collocations, entities, co-occurrence, sentiment, figures and their \
        comparisons) and report.md into the output folder, which is replaced whole when the \
        run succeeds.

        Each run keeps its record, tables and snapshot in a history folder (--history) and \
        compares itself with the latest earlier run of the same corpus and options: \
        changes.csv and the report's first section, "Changes since".

        Exit status: 0 on success, 1 when the corpus, an option's file or the output folder \
        is unusable (one line on stderr says which file and what to do), 3 when \
        --skip-unchanged found nothing new, 64 for a usage error, 75 when another run is \
        writing the same output folder (without --wait).

        `analyze CORPUS` runs this subcommand; `analyze run CORPUS` is the explicit form, \
        needed when the corpus folder is named like a subcommand (`analyze run score`).
        """
    )

    @Argument(help: ArgumentHelp("The corpus: a folder of articles, or a .csv or .jsonl file of documents (or `corpus:` in --config).", valueName: "corpus"))
    var corpusArgument: String?

    /// The corpus of a `--config` file (set by `RunConfiguration.expand`).
    @Option(name: .customLong("config-corpus"), help: .private)
    var configCorpus: String?

    /// The corpus: the argument, else the configuration file's.
    var corpus: String { corpusArgument ?? configCorpus ?? "" }

    @Option(name: .long, help: ArgumentHelp("Output folder, replaced whole at the end of a successful run.", valueName: "dir"))
    var out: String = "Output"

    @Option(name: .customLong("group-by"), help: ArgumentHelp("Metadata column to compare groups by.", valueName: "column"))
    var groupBy: String = "outlet"

    @Option(name: .long, help: ArgumentHelp("Stopword file (one word per line, # comments) instead of the bundled English list.", valueName: "file"))
    var stopwords: String?

    @Flag(name: .customLong("keep-stopwords"), inversion: .prefixedNo, help: "Count stopwords as terms too (no stopword list).")
    var keepStopwords = false

    @Flag(name: .long, inversion: .prefixedNo, help: "Count Snowball English (Porter2) stems instead of word forms: attacks, attacked -> attack.")
    var stem = false

    @Option(name: .customLong("min-count"), help: ArgumentHelp("Leave terms and n-grams counted fewer times than this out of terms.csv and ngrams.csv (per group).", valueName: "n"))
    var minCount: Int = 1

    @Option(name: .long, help: ArgumentHelp("Keep only the N most frequent terms and n-grams per group in terms.csv and ngrams.csv (default: all).", valueName: "n"))
    var top: Int?

    @Option(name: .customLong("report-top"), help: ArgumentHelp("Terms and n-grams shown per table in report.md.", valueName: "n"))
    var reportTop: Int = 20

    @Flag(name: .customLong("keep-boilerplate"), inversion: .prefixedNo, help: "Do not remove boilerplate (consent banners, mastheads, credits, repeats, link lines).")
    var keepBoilerplate = false

    @Option(name: .customLong("dump-clean"), help: ArgumentHelp("Also write each document's cleaned text into this folder, to audit the cleaning.", valueName: "dir"))
    var dumpClean: String?

    @Option(name: .customLong("text-column"), help: ArgumentHelp("Column (CSV) or key (JSON Lines) holding each document's text.", valueName: "name"))
    var textColumn: String = "text"

    @Option(name: .customLong("date-format"), help: ArgumentHelp("How numeric dates with the year last are read: dmy (03/01/2020 is 3 January) or mdy (March 1). Without it, such a date is read only when a day above 12 tells the order.", valueName: "order"))
    var dateFormat: String?

    @Flag(name: .long, inversion: .prefixedNo, help: "Treat every warning as an error: stop at the first file skipped or decoded, date not read, or table too long for a spreadsheet, and write nothing (exit status 1).")
    var strict = false

    @Option(name: .long, help: ArgumentHelp("Compare group A with group B for keyness instead of each group with the rest of the corpus (two values: --compare A B).", valueName: "A B"))
    var compare: [String] = []

    @Option(name: .customLong("keyness-min-count"), help: ArgumentHelp("Test a term for keyness only when it occurs at least this often in the two groups together.", valueName: "n"))
    var keynessMinCount: Int = 3

    @Option(name: .customLong("keyness-test"), help: ArgumentHelp("The test that ranks keyness in the report: g2 (token counts), welch or bootstrap (per-document rates). Default: welch when every group has 5 documents or more, else g2.", valueName: "test"))
    var keynessTest: String?

    @Option(name: .customLong("collocation-min-count"), help: ArgumentHelp("Score a bigram as a collocation only when it occurs at least this often.", valueName: "n"))
    var collocationMinCount: Int = 3

    @Option(name: .customLong("doc-terms"), help: ArgumentHelp("Terms listed per document in doc_terms.csv (by tf-idf).", valueName: "n"))
    var docTerms: Int = 10

    @Option(name: .long, help: ArgumentHelp("Seed of the random number generator (bootstrap intervals).", valueName: "n"))
    var seed: UInt = 1

    @Option(name: .long, help: ArgumentHelp("Bootstrap resamples for the intervals of rates.", valueName: "n"))
    var resamples: Int = 1000

    @Option(name: .long, help: ArgumentHelp("Entity file (CSV canonical,type,aliases; aliases separated by |) extending the bundled gazetteer; its entries win.", valueName: "file"))
    var entities: String?

    @Option(name: .long, help: ArgumentHelp("A dictionary or lexicon, repeatable: a VADER-format file replaces the bundled VADER lexicon; an AFINN, CSV (term,score), LIWC .dic or .dicx, or quanteda YAML dictionary gives each category's percentage of the words per document and group, compared between groups (dictionary_*.csv).", valueName: "file"))
    var lexicon: [String] = []

    @Option(name: .long, help: ArgumentHelp("Co-occurrence window of entities: sentence, paragraph, document, or a number of tokens.", valueName: "window"))
    var window: String = "sentence"

    @Option(name: .customLong("graph-min-count"), help: ArgumentHelp("Draw an entity pair in the network files (cooccurrence.graphml, .gexf, graphs/) only when it shares at least N windows.", valueName: "n"))
    var graphMinCount: Int = GraphFilter().minCount

    @Option(name: .customLong("graph-max-q"), help: ArgumentHelp("Draw a pair in the network files only when its q-value is at most Q (1 keeps every pair that co-occurs more often than expected).", valueName: "q"))
    var graphMaxQ: Double = GraphFilter().maxQ

    @Option(name: .customLong("graph-top"), help: ArgumentHelp("Draw at most N pairs in each network file, the strongest by G².", valueName: "n"))
    var graphTop: Int = GraphFilter().top

    @Option(name: .customLong("figure-pairs-max"), help: ArgumentHelp("Compare figures pair by pair in groups of at most N figures; larger groups get only their summary in figure_groups.csv.", valueName: "n"))
    var figurePairsMax: Int = 20

    @Option(name: .customLong("figure-link-min"), help: ArgumentHelp("The score (0 to 1) two figures of different documents need to be compared as the same quantity; link_score and link_reasons in figure_comparisons.csv show each link's evidence.", valueName: "score"))
    var figureLinkMin: Double = FigureLinker.defaultMinimumScore

    @Option(name: .customLong("figure-review"), help: ArgumentHelp("Judged figure pairs that later runs apply: CSV with key_a, key_b and judgement (same or different), e.g. figure_comparisons.csv with a judgement column added.", valueName: "file"))
    var figureReview: String?

    @Flag(name: .customLong("raw-csv"), inversion: .prefixedNo, help: "Write CSV cells as they are: no ' before a text cell that starts with =, +, -, @, a tab or a carriage return (which spreadsheets would run as a formula).")
    var rawCSV = false

    @Flag(name: .long, inversion: .prefixedNo, help: "Start every CSV file with the UTF-8 byte-order mark, so that Excel reads it as UTF-8 when it is opened with a double-click.")
    var excel = false

    @Flag(name: .long, inversion: .prefixedNo, help: "Also write analyze.xlsx: every CSV file as a sheet of one workbook, numbers as numbers and text as text (05 stays 05), with a sheet that describes the columns.")
    var xlsx = false

    @Option(name: .long, help: ArgumentHelp("Read only the documents whose whole date lies on or after this day (ISO: 2020-01-15, or 2020-01 or 2020 for its first day; a document dated 2020-01 is out of --from 2020-01-15); documents without a date are left out too.", valueName: "date"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Read only the documents whose whole date lies on or before this day (ISO: 2020-01-31, or 2020-01 or 2020 for its last day); documents without a date are left out too.", valueName: "date"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("Count documents, the top terms, entity mentions, sentiment and figures per period of this length: day, week, month or year (*_by_period.csv, the report's section of movements).", valueName: "unit"))
    var period: String?

    @Option(name: .long, help: ArgumentHelp("Keep each run's record, tables and snapshot in this folder (default: history beside the output folder), compare the run with the latest earlier one of the same corpus and options (changes.csv, the report's first section); none keeps no history.", valueName: "dir"))
    var history: String?

    @Option(name: .long, help: ArgumentHelp("Analyse only the documents added since an earlier run, a history entry (or last: the latest of this corpus and options), and merge them into its counts; the outputs are a full run's. When files changed or were removed, or new files sort among the old, the run reads the whole corpus and says so.", valueName: "entry"))
    var since: String?

    @Option(name: .customLong("history-keep"), help: ArgumentHelp("Keep only the N latest runs in the history folder, removing older ones (default: keep all).", valueName: "n"))
    var historyKeep: Int?

    @Flag(name: .customLong("skip-unchanged"), inversion: .prefixedNo, help: "When the input files and the files options name (by size and SHA-256) and the options are those of the latest run in the history, and the output folder still holds its run.json, write nothing and exit with status 3.")
    var skipUnchanged = false

    @Flag(name: .long, inversion: .prefixedNo, help: "When another run is writing the same output folder, wait for it to finish instead of exiting with status 75.")
    var wait = false

    @Option(name: .long, help: ArgumentHelp("Do only these analyses, comma-separated: terms, entities, sentiment, figures (default: all). documents.csv and the report's overview come with any.", valueName: "list"))
    var only: String?

    @Option(name: .long, help: ArgumentHelp("Worker threads (default: the number of cores). Results do not depend on it.", valueName: "n"))
    var jobs: Int?

    @Flag(name: .shortAndLong, inversion: .prefixedNo, help: "Print nothing but errors: no progress, warnings or summary.")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp("Read options from this YAML file (keys are the long option names, as --print-config writes them; paths relative to the file's folder). Options on the command line win.", valueName: "file"))
    var config: String?

    @Flag(name: .customLong("print-config"), help: "Print this run's options as YAML, for --config, and exit without running.")
    var printConfig = false

    /// The kind of value of each option a configuration file may set.
    static let configKinds: [String: RunConfiguration.Kind] = [
        "corpus": .text, "out": .text, "group-by": .text, "stopwords": .text, "keep-stopwords": .flag, "stem": .flag,
        "min-count": .integer, "top": .integer, "report-top": .integer, "keep-boilerplate": .flag, "dump-clean": .text,
        "text-column": .text, "date-format": .text, "strict": .flag, "compare": .list, "keyness-min-count": .integer, "keyness-test": .text,
        "collocation-min-count": .integer, "doc-terms": .integer, "seed": .text, "resamples": .integer,
        "entities": .text, "lexicon": .list, "window": .text, "graph-min-count": .integer, "graph-max-q": .number, "graph-top": .integer, "figure-pairs-max": .integer, "figure-link-min": .number,
        "figure-review": .text, "raw-csv": .flag, "excel": .flag, "xlsx": .flag,
        "from": .text, "to": .text, "period": .text, "since": .text, "history": .text, "history-keep": .integer, "skip-unchanged": .flag, "wait": .flag,
        "only": .text, "jobs": .integer, "quiet": .flag,
    ]

    /// Every option of the run with its value, in the order of `analyze help run`.
    var configEntries: [(String, ConfigValue)] {
        func optional(_ text: String?) -> ConfigValue { text.map(ConfigValue.text) ?? .none }
        return [
            ("corpus", corpus.isEmpty ? .none : .text(corpus)), ("out", .text(out)), ("group-by", .text(groupBy)),
            ("stopwords", optional(stopwords)), ("keep-stopwords", .flag(keepStopwords)), ("stem", .flag(stem)),
            ("min-count", .integer(minCount)), ("top", top.map(ConfigValue.integer) ?? .none), ("report-top", .integer(reportTop)),
            ("keep-boilerplate", .flag(keepBoilerplate)), ("dump-clean", optional(dumpClean)), ("text-column", .text(textColumn)),
            ("date-format", optional(dateFormat)), ("strict", .flag(strict)), ("compare", .list(compare)), ("keyness-min-count", .integer(keynessMinCount)), ("keyness-test", optional(keynessTest)),
            ("collocation-min-count", .integer(collocationMinCount)), ("doc-terms", .integer(docTerms)),
            ("seed", seed <= UInt(Int.max) ? .integer(Int(seed)) : .text(String(seed))), ("resamples", .integer(resamples)), ("entities", optional(entities)),
            ("lexicon", .list(lexicon)), ("window", .text(window)),
            ("graph-min-count", .integer(graphMinCount)), ("graph-max-q", .number(graphMaxQ)), ("graph-top", .integer(graphTop)), ("figure-pairs-max", .integer(figurePairsMax)),
            ("figure-link-min", .number(figureLinkMin)), ("figure-review", optional(figureReview)), ("raw-csv", .flag(rawCSV)),
            ("excel", .flag(excel)), ("xlsx", .flag(xlsx)),
            ("from", optional(from)), ("to", optional(to)), ("period", optional(period)), ("since", optional(since)), ("history", optional(history)), ("history-keep", historyKeep.map(ConfigValue.integer) ?? .none),
            ("skip-unchanged", .flag(skipUnchanged)), ("wait", .flag(wait)),
            ("only", optional(only)), ("jobs", jobs.map(ConfigValue.integer) ?? .none), ("quiet", .flag(quiet)),
        ]
    }

    func validate() throws {
        if corpusArgument == nil && configCorpus == nil && !printConfig {
            throw ValidationError("give the corpus, as in: analyze Corpus (a folder, or a .csv or .jsonl file), or `corpus:` in a --config file")
        }
        if minCount < 1 { throw ValidationError("--min-count must be 1 or more") }
        if let top, top < 1 { throw ValidationError("--top must be 1 or more") }
        if reportTop < 1 { throw ValidationError("--report-top must be 1 or more") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        if let jobs, jobs > Self.maximumJobs {
            throw ValidationError("--jobs \(jobs): give at most \(Self.maximumJobs); more threads than the machine has cores only wait")
        }
        if let only, AnalysisKind.parseList(only) == nil {
            throw ValidationError("--only \(only): give one or more of terms, entities, sentiment, figures, separated by commas")
        }
        if let only, !compare.isEmpty, AnalysisKind.parseList(only)?.contains(.terms) == false {
            throw ValidationError("--compare is a keyness option: add terms to --only")
        }
        if keepStopwords && stopwords != nil { throw ValidationError("--keep-stopwords and --stopwords exclude each other") }
        if textColumn.isEmpty { throw ValidationError("--text-column must name a column") }
        if let dateFormat, DateOrder(rawValue: dateFormat) == nil {
            throw ValidationError("--date-format \(dateFormat): give dmy (day first, 03/01/2020 is 3 January) or mdy (month first, March 1)")
        }
        if out.isEmpty { throw ValidationError("--out must name a folder") }
        if dumpClean?.isEmpty == true { throw ValidationError("--dump-clean must name a folder") }
        if !compare.isEmpty && compare.count != 2 { throw ValidationError("--compare takes two group names, as in --compare \"Defense One\" \"The Washington Post\"") }
        if compare.count == 2 && compare[0] == compare[1] { throw ValidationError("--compare needs two different groups") }
        if keynessMinCount < 1 { throw ValidationError("--keyness-min-count must be 1 or more") }
        if let keynessTest, KeynessTest(rawValue: keynessTest) == nil {
            throw ValidationError("--keyness-test \(keynessTest): use one of \(KeynessTest.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if collocationMinCount < 1 { throw ValidationError("--collocation-min-count must be 1 or more") }
        if docTerms < 1 { throw ValidationError("--doc-terms must be 1 or more") }
        if resamples < Self.minimumResamples || resamples > 1_000_000 {
            throw ValidationError("--resamples \(resamples): give \(Self.minimumResamples) to 1000000; fewer resamples cannot place the ends of a 95% interval nor give a bootstrap p below 0.05")
        }
        if graphMinCount < 1 { throw ValidationError("--graph-min-count must be 1 or more") }
        if !(graphMaxQ > 0 && graphMaxQ <= 1) { throw ValidationError("--graph-max-q must lie above 0 and at most 1") }
        if graphTop < 1 { throw ValidationError("--graph-top must be 1 or more") }
        if figurePairsMax < 2 || figurePairsMax > 10_000 { throw ValidationError("--figure-pairs-max must lie between 2 and 10000") }
        if !(0...1).contains(figureLinkMin) { throw ValidationError("--figure-link-min must lie between 0 and 1") }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, !DateRange.isOptionValue(value) {
                throw ValidationError("\(name) \(value): give an ISO date, as 2020, 2020-01 or 2020-01-15")
            }
        }
        if from != nil || to != nil, DateRange(from: from, to: to) == nil {
            throw ValidationError("--from \(from ?? "-") --to \(to ?? "-"): give ISO dates (2020, 2020-01 or 2020-01-15), the first not after the second")
        }
        if let period, PeriodSummary.Unit(rawValue: period) == nil {
            throw ValidationError("--period \(period): give day, week, month or year")
        }
        if history?.isEmpty == true { throw ValidationError("--history must name a folder, or be none") }
        if let historyKeep, historyKeep < 1 { throw ValidationError("--history-keep must be 1 or more") }
        if since == "last" && history == "none" { throw ValidationError("--since last takes the latest run of the history: drop --history none, or give the entry's folder") }
        if since?.isEmpty == true { throw ValidationError("--since must name a history entry, or be last") }
        if since != nil && dumpClean != nil { throw ValidationError("--since analyses only the new documents, and --dump-clean writes every document's text: give one of them") }
        if historyKeep != nil && history == "none" { throw ValidationError("--history-keep keeps runs in the history: drop --history none") }
        if skipUnchanged && history == "none" { throw ValidationError("--skip-unchanged compares with the history: drop --history none") }
        if figureReview?.isEmpty == true { throw ValidationError("--figure-review must name a file") }
        if CooccurrenceWindow(window) == nil { throw ValidationError("--window must be sentence, paragraph, document or a number of tokens from 1 to 10000000") }
    }

    func run() throws {
        if printConfig {
            FileHandle.standardOutput.write(Data(RunConfiguration.yaml(configEntries).utf8))
            return
        }
        try reportingErrors { try execute(console: $0) }
    }

    /// Runs `body` with the console, printing the one-line message of any error it throws and
    /// exiting with status 1.
    func reportingErrors(_ body: (Console) throws -> Void) throws {
        let console = Console(quiet: quiet)
        do {
            try body(console)
        } catch let error as CorpusError {
            console.error(error.description)
            throw ExitCode.failure
        } catch let error as ReportError {
            console.error(error.description)
            if case .outputLocked = error { throw ExitCode(Self.lockedStatus) }
            throw ExitCode.failure
        } catch let error as AnalysisError {
            console.error(error.description)
            throw ExitCode.failure
        } catch let error as StopwordList.FileError {
            console.error(error.description)
            throw ExitCode.failure
        } catch let error as Gazetteer.FileError {
            console.error(error.description)
            throw ExitCode.failure
        } catch let error as SentimentLexicon.FileError {
            console.error(error.description)
            throw ExitCode.failure
        } catch let error as FigureReview.FileError {
            console.error(error.description)
            throw ExitCode.failure
        } catch let error as StrictFailure {
            console.error(error.description)
            throw ExitCode.failure
        } catch let error as SnapshotError {
            console.error(error.description)
            throw ExitCode.failure
        } catch let error as ExitCode {
            throw error
        } catch {
            // Anything else (a temporary file that cannot be written, say) still gets one line.
            console.error("\(error.localizedDescription); check free space and permissions of the temporary folder (TMPDIR)")
            throw ExitCode.failure
        }
    }

    /// A warning, or with `--strict` the error that stops the run.
    private func warn(_ message: String, console: Console) throws {
        if strict { throw StrictFailure(message: message) }
        console.warning(message)
    }

    /// Where a run's analysis comes from.
    enum Source {
        /// The corpus, read and analysed whole: the outputs.
        case corpus
        /// One shard of the corpus, analysed into a snapshot at `--out` (`analyze partial`).
        case shard(Shard)
        /// Snapshots of shards, merged: the outputs (`analyze merge`), or with a path, a
        /// snapshot of the merged shards.
        case snapshots([String], names: [String], header: SnapshotHeader, snapshotOut: String?)
    }

    /// The options that make a run's results, as arguments that `AnalyzeCommand.parse` reads
    /// back, without `--out`, `--jobs`, `--quiet`, `--dump-clean` and the history options. A snapshot records them
    /// with the working folder (relative paths stay as given, for the report), and
    /// `analyze merge` runs with them there.
    var resultArguments: [String] {
        let skipped: Set<String> = ["out", "jobs", "quiet", "dump-clean", "history", "history-keep", "skip-unchanged", "wait", "since"]
        var arguments: [String] = []
        for (key, value) in configEntries where !skipped.contains(key) {
            switch value {
            case .none: continue
            case .flag(let on): arguments.append(on ? "--" + key : "--no-" + key)
            case .list(let items): for item in items { arguments.append("--\(key)=\(item)") }
            case .text(let text): arguments.append(key == "corpus" ? "--config-corpus=\(text)" : "--\(key)=\(text)")
            case .integer(let value): arguments.append("--\(key)=\(value)")
            case .number(let value): arguments.append("--\(key)=\(value)")
            }
        }
        return arguments
    }

    /// The files the options name (stopwords, entities, figure review, lexicons), each with
    /// its size and SHA-256, for run.json: a run with the same options but an edited file is
    /// not "unchanged". A file that cannot be read is left out (reading it fails the run).
    var optionFileRecords: [RunRecord.Input] {
        ([stopwords, entities, figureReview].compactMap { $0 } + lexicon).compactMap { path in
            RunRecord.digest(path: path)
        }
    }

    /// The earlier run `--since` names, when this run can add to it: the same corpus, options
    /// and program, its files unchanged and first in the corpus's order (new files after
    /// them; metadata.csv may have grown). Nil, with the reason on stderr, when the run must
    /// read the whole corpus.
    func sinceBase(_ since: String, inputs: [RunRecord.Input], singleFile: Bool, previous: (name: String, tables: RunTables)?, history: RunHistory?,
                   key: RunHistory.Key, console: Console) throws -> (analysis: CorpusAnalysis, entry: String)? {
        func fallBack(_ reason: String) -> (analysis: CorpusAnalysis, entry: String)? {
            console.info("--since \(since): \(reason); analysing the whole corpus")
            return nil
        }
        let folder: String
        if since == "last" {
            guard let previous, let history else { return fallBack("the history holds no earlier run of this corpus with these options") }
            folder = CorpusPath.join(history.path, previous.name)
        } else {
            folder = since
        }
        let keyData = FileManager.default.contents(atPath: CorpusPath.join(folder, RunHistory.keyName))
        guard let keyData, let entryKey = try? JSONDecoder().decode(RunHistory.Key.self, from: keyData) else {
            // `last` found it a moment ago: another run's --history-keep removed it since.
            if since == "last" { return fallBack("the entry \(folder) is gone") }
            throw ReportError.notComparable(path: folder, problem: "is not an entry of a history folder (it has no \(RunHistory.keyName)); give an entry, as history/2026-12-02T06-00-00Z, or last")
        }
        guard entryKey == key else { return fallBack("that run was of another corpus or other options") }
        guard let record = try? RunRecord.load(folder: folder) else { return fallBack("its run.json is missing or damaged") }
        // A folder's metadata.csv may grow with the new files (the earlier rows are checked as
        // the documents are read); a single-file corpus is its file.
        let grows = { (input: RunRecord.Input) in !singleFile && input.path == "metadata.csv" }
        let old = record.inputs.filter { !grows($0) }, now = inputs.filter { !grows($0) }
        guard now.count >= old.count, Array(now.prefix(old.count)) == old else {
            return fallBack("files were changed or removed since, or new files sort among the earlier ones")
        }
        guard record.optionFiles == optionFileRecords else { return fallBack("the files the options name changed since") }
        let snapshot: (header: SnapshotHeader, analysis: CorpusAnalysis)
        do {
            snapshot = try Snapshot.read(path: CorpusPath.join(folder, RunHistory.snapshotName))
        } catch let error as SnapshotError {
            return fallBack("its snapshot cannot be used (\(error.description))")
        }
        guard snapshot.header.program == BuildInfo.versionLine, snapshot.header.arguments == resultArguments else {
            return fallBack("that run was made by another build of analyze (\(snapshot.header.program)) or with other options")
        }
        guard snapshot.analysis.documents.enumerated().allSatisfy({ $0.offset == $0.element.sequenceNumber }) else {
            return fallBack("its snapshot does not hold every document of that run")
        }
        // Each incremental run adds its workers' temporary files to the snapshot; past a few,
        // a full run writes them anew (reading them back opens them all at once).
        let spills = max(snapshot.analysis.termSpills.count, snapshot.analysis.sentenceSpills.count, snapshot.analysis.entityCollectors.count)
        guard spills <= Self.maximumSinceSpills else {
            return fallBack("its snapshot holds the temporary files of \(spills) workers, from earlier incremental runs; a full run writes them anew")
        }
        return (snapshot.analysis, folder)
    }

    /// A digest of the contents of the files the options name, in option order (a file that
    /// cannot be read counts as empty: reading it fails the run anyway).
    var optionFilesDigest: UInt64 {
        var digest = StableHash.FNV1a()
        for path in [stopwords, entities, figureReview].compactMap({ $0 }) + lexicon {
            digest.add(path.utf8)
            digest.add(CollectionOfOne(0xFF))
            digest.add(FileManager.default.contents(atPath: path) ?? Data())
            digest.add(CollectionOfOne(0xFF))
        }
        return digest.value
    }

    /// How the corpus is read: the text column, the order of numeric dates, the date range.
    var corpusOptions: CorpusOptions {
        CorpusOptions(textColumn: textColumn, dateOrder: dateFormat.flatMap(DateOrder.init(rawValue:)),
                      dateRange: from != nil || to != nil ? DateRange(from: from, to: to) : nil)
    }

    func execute(console: Console, source: Source = .corpus) throws {
        let started = Date()
        var options = AnalysisOptions()
        options.groupBy = groupBy
        options.removesBoilerplate = !keepBoilerplate
        options.stems = stem
        options.workers = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        if case .shard(let shard) = source { options.shard = shard }
        if let only, let analyses = AnalysisKind.parseList(only) { options.analyses = analyses }
        let stopwordsDescription: String
        if keepStopwords {
            options.stopwords = .none
            stopwordsDescription = "none (`--keep-stopwords`)"
        } else if let stopwords {
            options.stopwords = try StopwordList.load(path: stopwords)
            stopwordsDescription = "\(options.stopwords.words.count) words from \(MarkdownReport.code(stopwords))"
        } else {
            stopwordsDescription = "the bundled English list (\(StopwordList.english.words.count) function words)"
        }

        if let entities {
            options.gazetteer = try EntityFileLoader.load(entities)
        }
        var vaderFile: String?
        for path in lexicon {
            let loaded = try SentimentLexicon.load(path: path)
            if loaded.format == .vader {
                if let vaderFile {
                    throw SentimentLexicon.FileError(path: path, line: nil, problem: "a second VADER-format lexicon (\(vaderFile) is the first); give one, which replaces the bundled VADER lexicon")
                }
                vaderFile = path
                options.vader = VaderScorer(lexicon: loaded.scores, emojis: VaderScorer.bundled.emojis)
            } else {
                if let same = options.lexicons.first(where: { $0.name == loaded.name }) {
                    throw SentimentLexicon.FileError(path: path, line: nil, problem: "has the name of \(same.path) (\(loaded.name)); the outputs tell dictionaries apart by file name, so rename one")
                }
                options.lexicons.append(loaded)
            }
        }
        let review = try figureReview.map { try FigureReview.load(path: $0) }
        // Check everything that can fail cheaply before the long part.
        let reader = try CorpusReader(path: corpus, options: corpusOptions)
        let onSkipped: (SkippedFile) throws -> Void = { skipped in
            if strict { throw StrictFailure(message: skipped.message) }
            console.warning(skipped.message)
        }
        // A run that writes an output folder holds its lock, reads the history and records
        // its input files.
        var writesOutput = true
        switch source {
        case .shard: writesOutput = false
        case .snapshots(_, _, _, let snapshotOut): writesOutput = snapshotOut == nil
        case .corpus: break
        }
        var lock: OutputLock?
        var runHistory: RunHistory?
        var previous: (name: String, tables: RunTables)?
        var otherRuns = 0
        var inputs: [RunRecord.Input] = []
        let historyKey = RunHistory.Key(corpus: corpus, arguments: resultArguments)
        let optionFiles = optionFileRecords
        if writesOutput {
            try OutputFolder.checkPlace(path: out, protecting: [corpus])
            lock = try OutputLock(out: out, wait: wait)
            if history != "none" {
                let found = RunHistory(path: history ?? RunHistory.defaultPath(forOutput: out))
                try found.check(out: out, corpus: corpus)
                runHistory = found
                var warnings: [String] = []
                previous = try found.previous(historyKey, warnings: &warnings, others: &otherRuns)
                for warning in warnings { try warn(warning, console: console) }
            }
            console.stage("hashing the input files")
            inputs = RunRecord.inputs(of: reader)
            if skipUnchanged, let previous, previous.tables.record.inputs == inputs, previous.tables.record.optionFiles == optionFiles,
               let current = try? RunRecord.load(folder: out), current == previous.tables.record {
                console.info("nothing new since the run of \(RunHistory.time(ofEntry: previous.name) ?? previous.name): the same \(inputs.count) input files and options; \(out)/ is as that run left it")
                throw ExitCode(Self.unchangedStatus)
            }
        }
        let analysis: CorpusAnalysis
        let folder: OutputFolder
        let dumper: CleanTextDumper?
        switch source {
        case .shard(let shard):
            try Snapshot.checkWritable(out)
            let corpusFolder = URL(fileURLWithPath: corpus).standardizedFileURL.resolvingSymlinksInPath().path
            let snapshotFolder = URL(fileURLWithPath: out).deletingLastPathComponent().standardizedFileURL.resolvingSymlinksInPath().path
            if snapshotFolder == corpusFolder || snapshotFolder.hasPrefix(corpusFolder + "/") {
                throw SnapshotError.notSnapshot(path: out, problem: "is inside the corpus, where the other shards would read it as a file of the corpus; write it outside the corpus folder")
            }
            let analyzer = CorpusAnalyzer(options: options)
            let part = try analyzer.run(
                reader: reader, onSkipped: onSkipped,
                onProgress: { console.reading(bytes: $0.bytes, totalBytes: $0.totalBytes, documents: $0.documents, skipped: $0.skipped, since: started) })
            console.stage("writing the snapshot \(out)")
            var header = SnapshotHeader(program: BuildInfo.versionLine, arguments: resultArguments,
                                        workingDirectory: FileManager.default.currentDirectoryPath, shards: [shard.index], shardCount: shard.count,
                                        corpusDocuments: analyzer.corpusDocuments, corpusDigest: analyzer.corpusDigest)
            header.optionFiles = optionFilesDigest
            try Snapshot.write(part, header: header, to: out)
            let seconds = Date().timeIntervalSince(started)
            console.info("wrote the snapshot \(out) (shard \(shard.index)/\(shard.count): \(part.documents.count) of \(analyzer.corpusDocuments) documents) in \(String(format: "%.2f", seconds)) s (CPU \(String(format: "%.2f", Console.cpuSeconds())) s)")
            return
        case .snapshots(let paths, let names, let header, let snapshotOut):
            guard header.optionFiles == optionFilesDigest else {
                throw SnapshotError.mismatch("the files the options name (stopwords, entities, lexicons or figure review) changed since the shards ran; run the shards again with the files as they are now")
            }
            console.stage("reading \(paths.count) snapshots")
            if let snapshotOut { try Snapshot.checkWritable(snapshotOut) }
            let merged = try SnapshotMerger.merge(paths, names: names, complete: snapshotOut == nil, options: options)
            if let snapshotOut {
                try Snapshot.write(merged, header: header, to: snapshotOut)
                console.info("wrote the snapshot \(snapshotOut) (shards \(header.shardDescription): \(merged.documents.count) of \(header.corpusDocuments) documents)")
                return
            }
            folder = try OutputFolder(path: out, protecting: [corpus], legacyNames: ReportWriter.legacyNames)
            dumper = nil
            for skipped in merged.skipped { try onSkipped(skipped) }
            analysis = merged
        case .corpus:
            if let dumpClean { try OutputFolder.checkSeparate(out: out, dump: dumpClean) }
            folder = try OutputFolder(path: out, protecting: [corpus], legacyNames: ReportWriter.legacyNames)
            dumper = try dumpClean.map { try CleanTextDumper(folder: $0, protecting: [corpus]) }
            var base: (analysis: CorpusAnalysis, entry: String)?
            if let since {
                base = try sinceBase(since, inputs: inputs, singleFile: reader.isSingleFile, previous: previous, history: runHistory, key: historyKey, console: console)
                options.since = base.map { SinceEarlierRun(documents: $0.analysis.documents) }
            }
            let progress: (CorpusAnalyzer.Progress) -> Void = {
                console.reading(bytes: $0.bytes, totalBytes: $0.totalBytes, documents: $0.documents, skipped: $0.skipped, since: started)
            }
            let part = try CorpusAnalyzer(options: options).run(reader: reader, onSkipped: onSkipped,
                                                                onDocument: dumper.map { dumper in { try dumper.write($0) } }, onProgress: progress)
            if let base, let since = options.since {
                if let mismatch = since.mismatch {
                    console.info("--since \(base.entry): \(mismatch); analysing the whole corpus")
                    options.since = nil
                    analysis = try CorpusAnalyzer(options: options).run(reader: reader, onSkipped: { _ in }, onProgress: progress)
                } else {
                    // The earlier run's counts and the new documents', merged as shards are
                    // (without the empty temporary files of a run that found none).
                    var merged = base.analysis
                    if part.documents.isEmpty {
                        merged.skipped = part.skipped
                    } else {
                        merged.skipped = []
                        merged.merge(part)
                    }
                    merged.metadataColumns = part.metadataColumns
                    merged.gazetteer = options.gazetteer
                    merged.lexicons = options.lexicons
                    console.info("--since \(base.entry): \(part.documents.count) new documents analysed, \(base.analysis.documents.count) taken from that run")
                    analysis = merged
                }
            } else {
                analysis = part
            }
        }
        console.stage("computing statistics")
        let leftOut = reader.outsideDateRange + reader.undatedOutsideRange
        let rangeText = from.map { from in to.map { "from \(from) to \($0)" } ?? "on or after \(from)" } ?? "on or before \(to ?? "")"
        if analysis.documents.isEmpty, leftOut > 0 {
            throw CorpusError.noDocumentsInDateRange(path: corpus, range: rangeText, outside: reader.outsideDateRange, undated: reader.undatedOutsideRange)
        }
        if leftOut > 0 {
            console.info("read the documents dated \(rangeText): \(reader.outsideDateRange) dated outside and \(reader.undatedOutsideRange) without a date left out")
        }
        guard !analysis.documents.isEmpty else {
            throw CorpusError.noReadableDocuments(path: corpus, skipped: analysis.skipped.count)
        }
        if groupBy == "outlet", reader.hasMetadataFile, analysis.documents.allSatisfy({ $0.group == "unknown" }) {
            let others = analysis.metadataColumns.filter { $0 != "outlet" }
            let cause = reader.hasOutletColumn
                ? "the 'outlet' column of metadata.csv is empty and the files are in no subfolders; fill it"
                : "metadata.csv has no 'outlet' column and the files are in no subfolders; name the column that holds the outlet 'outlet'"
            try warn("every document's outlet is 'unknown': \(cause)"
                     + (others.isEmpty ? "" : " or give --group-by one of: \(others.joined(separator: ", "))"),
                     console: console)
        }
        let groupCount = analysis.terms.groupNames.count
        if groupCount > Self.manyGroups {
            try warn("--group-by \(groupBy): \(groupCount) groups (about \(analysis.documents.count / max(groupCount, 1)) documents each); "
                            + "each is compared with the rest and the report shows the 20 largest; a coarser column gives firmer comparisons", console: console)
        }
        if compare.count == 2 {
            for name in compare where analysis.terms.groups[name] == nil {
                throw AnalysisError.unknownGroup(name: name, column: groupBy, available: analysis.terms.groupNames)
            }
        }
        var statistics = StatisticsOptions(bootstrap: try Bootstrap(resamples: resamples, seed: seed))
        statistics.keynessMinCount = keynessMinCount
        statistics.keynessTest = keynessTest.flatMap(KeynessTest.init(rawValue:))
        statistics.compare = compare.count == 2 ? (compare[0], compare[1]) : nil
        statistics.collocationMinCount = collocationMinCount
        statistics.window = CooccurrenceWindow(window) ?? .sentence
        statistics.figurePairsMaxGroup = figurePairsMax
        statistics.figureLinkMinimum = figureLinkMin
        if let review { statistics.figureReview = review }
        statistics.intervalTerms = reportTop
        statistics.period = period.flatMap(PeriodSummary.Unit.init(rawValue:))
        var outputOptions = OutputOptions()
        outputOptions.minCount = minCount
        outputOptions.top = top
        outputOptions.documentTerms = docTerms
        outputOptions.rawCSV = rawCSV
        outputOptions.excel = excel
        outputOptions.xlsx = xlsx
        outputOptions.graphFilter = GraphFilter(minCount: graphMinCount, maxQ: graphMaxQ, top: graphTop)
        var context = ReportContext(corpusPath: corpus, version: BuildInfo.version,
                                    stopwordsDescription: stopwordsDescription + (stem ? "; terms are Snowball English stems (`--stem`)" : ""),
                                    removesBoilerplate: !keepBoilerplate, reportTop: reportTop,
                                    graphFilter: outputOptions.graphFilter)

        let results = try ReportWriter.finish(analysis, statistics: statistics, folder: folder)
        // The passages behind the report's findings: the corpus is read a second time, by the
        // reader that listed it (its files and metadata.csv are not listed and parsed again).
        console.stage("finding the passages of kwic.csv (reading the corpus again)")
        let keywords = try KeywordsInContext.find(results, reportTop: reportTop,
                                                  reader: reader,
                                                  removesBoilerplate: !keepBoilerplate, stems: stem, workers: options.workers)
        if from != nil || to != nil {
            // Each read counts the documents it leaves out, the same for both reads (a merge
            // has read the corpus only for kwic.csv).
            context.dateRangeNote = "Documents dated \(rangeText) only (`--from`, `--to`): \(reader.outsideDateRange) dated outside the range and \(reader.undatedOutsideRange) without a date were left out."
        }
        console.stage("writing \(out)/")
        let tokens = analysis.documents.reduce(0) { $0 + $1.tokens }
        let record = RunRecord(program: "analyze \(BuildInfo.version)", corpus: corpus, groupBy: groupBy, arguments: resultArguments,
                               analyses: analysis.analyses.sorted().map(\.rawValue), inputs: inputs, optionFiles: optionFiles,
                               counts: RunRecord.Counts(documents: analysis.documents.count, skipped: analysis.skipped.filter { !$0.documentKept }.count,
                                                        tokens: tokens, groups: groupCount))
        let since = previous.map { previous in
            let time = RunHistory.time(ofEntry: previous.name) ?? previous.name
            return ChangesSource(tables: previous.tables, title: "Changes since \(time)",
                                 earlier: "the run of \(time) (\(MarkdownReport.code(CorpusPath.join(runHistory?.path ?? "", previous.name))))")
        }
        let warnings = try ReportWriter.write(results, to: folder, options: outputOptions, context: context, keywords: keywords,
                                              record: record, since: since,
                                              committingAlso: dumper.map { [$0.folder] } ?? [],
                                              beforeCommit: { if strict, let first = $0.first { throw StrictFailure(message: first) } })
        for warning in warnings { console.warning(warning) }
        if let runHistory {
            var header = SnapshotHeader(program: BuildInfo.versionLine, arguments: resultArguments,
                                        workingDirectory: FileManager.default.currentDirectoryPath, shards: [1], shardCount: 1,
                                        corpusDocuments: analysis.documents.count, corpusDigest: 0)
            if case .snapshots(_, _, let merged, _) = source { header = merged }
            header.optionFiles = optionFilesDigest
            let entry: String
            do {
                entry = try runHistory.save(out: out, key: historyKey, at: Date(), keep: historyKeep) { path in
                    try Snapshot.write(analysis, header: header, to: path)
                }
            } catch let error as ReportError {
                // The output is in place; say so, with the history's problem.
                throw ReportError.notComparable(path: out, problem: "written, but the run could not be kept in the history: \(error.description)")
            }
            if previous == nil, otherRuns > 0 {
                console.info("\(runHistory.path) held no earlier run of this corpus with these options (\(otherRuns) of others): this run starts their history")
            }
            if let previous {
                console.info("compared with the run of \(RunHistory.time(ofEntry: previous.name) ?? previous.name): \(out)/changes.csv; this run is \(CorpusPath.join(runHistory.path, entry))")
            }
        }
        withExtendedLifetime(lock) {}
        let seconds = Date().timeIntervalSince(started)
        console.info("wrote \(out)/ (\(analysis.documents.count) documents, \(tokens) tokens, \(analysis.skipped.filter { !$0.documentKept }.count) skipped) in \(String(format: "%.2f", seconds)) s (CPU \(String(format: "%.2f", Console.cpuSeconds())) s)")
    }
}

/// A warning that `--strict` made an error.
struct StrictFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { "\(message) (an error because of --strict; without it, a warning)" }
}
