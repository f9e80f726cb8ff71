import ArgumentParser
import Foundation

/// `analyze`: the root command. `analyze CORPUS` runs `analyze run CORPUS`, the default
/// subcommand; the others print what one analysis finds, as CSV on stdout.
@main
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse news coverage: terms, keyness, entities, sentiment and figures per outlet.",
        discussion: """
        `analyze CORPUS [options]` (or `analyze run CORPUS`) analyses a corpus and writes CSV \
        files, charts and a report; `analyze help run` lists its options. The other \
        subcommands print one analysis as CSV on stdout.

        Exit status: 0 on success, 1 when an input, an option's file or the output folder is \
        unusable (one line on stderr names the file and what to do), 64 for a usage error.
        """,
        version: BuildInfo.versionLine,
        subcommands: [AnalyzeCommand.self, PartialCommand.self, MergeCommand.self, CompareCommand.self, KwicCommand.self, EntitiesCommand.self, FiguresCommand.self, ScoreCommand.self],
        defaultSubcommand: AnalyzeCommand.self
    )

    /// Reads `--config FILE` of the run subcommand into options before parsing (and joins a
    /// negative number to the option before it); a bad configuration file ends the program
    /// with one line and status 1.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            main(try RunConfiguration.expand(arguments))
        } catch let error as RunConfiguration.FileError {
            Console(quiet: false).error(error.description)
            Foundation.exit(ExitCode.failure.rawValue)
        } catch {
            Console(quiet: false).error("\(error)")
            Foundation.exit(ExitCode.failure.rawValue)
        }
    }
}

/// What `--version` and the report say about the build.
enum BuildInfo {
    /// The release; the report names it, so that the committed outputs do not change with
    /// every commit.
    static let version = "0.1.0"
    /// The git commit the binary was built from (empty when built outside a checkout).
    static let commit = GitCommit.id
    /// `--version`'s line: the release and the commit's first 12 digits.
    static var versionLine: String {
        commit.isEmpty ? "\(version) (commit unknown)" : "\(version) (commit \(commit.prefix(12)))"
    }
}
