import ArgumentParser
import Corpus
import Foundation
import Reports

/// `analyze compare EARLIER LATER`: what changed between two runs, from their output folders
/// or history entries, without reading any text.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two runs: their output folders, or entries of a history folder.",
        discussion: """
        Reads run.json and the CSV files of both runs (no text is read again) and writes \
        changes.csv and changes.md, the section a run's report starts with when it finds an \
        earlier run in its history, into the output folder. The rows are those the history \
        gives for the same two runs.

        Exit status: 0 on success, 1 when a run's folder or the output folder is unusable, \
        64 for a usage error.
        """
    )

    @Argument(help: ArgumentHelp("The earlier run: an output folder of analyze, or an entry of its history folder.", valueName: "earlier"))
    var earlier: String

    @Argument(help: ArgumentHelp("The later run, likewise.", valueName: "later"))
    var later: String

    @Option(name: .long, help: ArgumentHelp("Output folder for changes.csv and changes.md, replaced whole.", valueName: "dir"))
    var out: String = "Changes"

    @Flag(name: .customLong("raw-csv"), inversion: .prefixedNo, help: "Write CSV cells as they are, without the formula guard.")
    var rawCSV = false

    @Flag(name: .long, inversion: .prefixedNo, help: "Start changes.csv with the UTF-8 byte-order mark, for Excel.")
    var excel = false

    @Flag(name: .shortAndLong, inversion: .prefixedNo, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        if out.isEmpty { throw ValidationError("--out must name a folder") }
    }

    func run() throws {
        let console = Console(quiet: quiet)
        do {
            let before = try RunTables(folder: earlier)
            let after = try RunTables(folder: later)
            var note = ""
            if before.record.arguments != after.record.arguments {
                note = "\(earlier) and \(later) were run with other options or corpora (their run.json differ in arguments); the changes mix what the options changed with what the corpus did"
                console.warning(note)
            }
            let changes = try RunChanges(before: before, after: after)
            let folder = try OutputFolder(path: out, protecting: [earlier, later])
            try ChangesReport.csv(changes).write(to: folder.file("changes.csv"), style: CSVStyle(guardsFormulas: !rawCSV, byteOrderMark: excel))
            var section = ChangesReport.markdown(changes, title: "Changes from \(MarkdownReport.escape(Self.name(earlier))) to \(MarkdownReport.escape(Self.name(later)))",
                                                 earlier: MarkdownReport.code(earlier))
            if !note.isEmpty { section += "**Note.** \(MarkdownReport.escape(note)).\n" }
            try Data(section.utf8).write(to: URL(fileURLWithPath: folder.file("changes.md")))
            try folder.commit()
            console.info("wrote \(out)/changes.csv (\(changes.changes.count) changes) and \(out)/changes.md")
        } catch let error as ReportError {
            console.error(error.description)
            throw ExitCode.failure
        } catch let error as CorpusError {
            console.error(error.description)
            throw ExitCode.failure
        }
    }

    /// A run's name in the heading: its history time, else its folder as given.
    static func name(_ folder: String) -> String {
        let last = (folder as NSString).lastPathComponent
        return RunHistory.time(ofEntry: last) ?? folder
    }
}
