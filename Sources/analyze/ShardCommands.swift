import ArgumentParser
import Analysis
import Foundation

/// `analyze partial CORPUS --shard K/N --out PART`: one shard of a corpus, analysed into a
/// snapshot, for a cluster's job array. `analyze merge` makes the outputs of all of them.
struct PartialCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partial",
        abstract: "Analyse one shard of a corpus into a snapshot file, to be merged with the others by analyze merge.",
        discussion: """
        Takes every option of `analyze run`. The corpus's documents are split into N shards by \
        a hash of their ids (the same on every machine and run); this run reads the whole \
        corpus, analyses the documents of shard K and writes what it counted to the file \
        --out (a snapshot, not a folder). `analyze merge` on the N snapshots writes the \
        outputs a single run with the same options writes, byte for byte.

        Exit status: 0 on success, 1 when the corpus, an option's file or the snapshot is \
        unusable, 64 for a usage error.
        """
    )

    @Option(name: .long, help: ArgumentHelp("The shard to analyse: K/N, K from 1 to N.", valueName: "K/N"))
    var shard: String

    @OptionGroup var options: AnalyzeCommand

    func validate() throws {
        guard Shard(shard) != nil else {
            throw ValidationError("--shard \(shard): give K/N with 1 <= K <= N <= \(Shard.maximumCount), as in --shard 2/8")
        }
        if options.out == "Output" {
            throw ValidationError("give --out the snapshot file to write, as in --out part-1.snapshot (partial writes one file, not an output folder)")
        }
        if options.since != nil {
            throw ValidationError("--since adds to a run's output, and partial writes a shard's snapshot: run the shards without it")
        }
        if options.dumpClean != nil { throw ValidationError("--dump-clean writes a folder per run: use it with analyze run, not partial") }
        if options.printConfig { throw ValidationError("--print-config: use it with analyze run") }
    }

    func run() throws {
        guard let shard = Shard(shard) else { throw ExitCode.validationFailure }
        try options.reportingErrors { try options.execute(console: $0, source: .shard(shard)) }
    }
}

/// `analyze merge PART... --out DIR`: the outputs of the snapshots of every shard.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the snapshots of analyze partial into the outputs of one run.",
        discussion: """
        Reads the snapshots (any order), checks that they come from this program, with the \
        same options, from the same corpus, each shard once, and writes the output folder a \
        single `analyze run` with those options writes. The corpus must still be readable \
        at its path: kwic.csv quotes its passages. With --snapshot-out, writes the merged \
        snapshot instead (some shards may be missing), which merges again like the others.

        Exit status: 0 on success, 1 when a snapshot, the corpus or the output folder is \
        unusable (one line says which and what to do), 64 for a usage error.
        """
    )

    @Argument(help: ArgumentHelp("Snapshots written by analyze partial (or by merge --snapshot-out).", valueName: "part"))
    var parts: [String] = []

    @Option(name: .long, help: ArgumentHelp("Output folder, replaced whole at the end of a successful merge.", valueName: "dir"))
    var out: String = "Output"

    @Option(name: .customLong("snapshot-out"), help: ArgumentHelp("Write the merged snapshot to this file instead of the outputs.", valueName: "file"))
    var snapshotOut: String?

    @Option(name: .long, help: ArgumentHelp("The history folder, as in analyze run (default: history beside the output folder; none keeps no history).", valueName: "dir"))
    var history: String?

    @Option(name: .long, help: ArgumentHelp("Worker threads of the statistics and of kwic.csv's reading (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .shortAndLong, inversion: .prefixedNo, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        if parts.isEmpty { throw ValidationError("give the snapshots to merge, as in: analyze merge part-*.snapshot --out Output") }
        if let jobs, jobs < 1 || jobs > AnalyzeCommand.maximumJobs { throw ValidationError("--jobs must lie between 1 and \(AnalyzeCommand.maximumJobs)") }
        if out.isEmpty { throw ValidationError("--out must name a folder") }
    }

    func run() throws {
        let console = Console(quiet: quiet)
        let header: SnapshotHeader
        var command: AnalyzeCommand
        // The shards' relative paths are read from the folder they ran in, this command's
        // from here.
        let here = FileManager.default.currentDirectoryPath
        func absolute(_ path: String) -> String { path.hasPrefix("/") ? path : (here as NSString).appendingPathComponent(path) }
        let parts = self.parts.map(absolute)
        let snapshotOut = self.snapshotOut.map(absolute)
        do {
            let headers = try zip(parts, self.parts).map { (path: $1, header: try Snapshot.readHeader(path: $0, name: $1)) }
            header = try SnapshotMerger.header(of: headers, complete: snapshotOut == nil)
            guard header.program == BuildInfo.versionLine else {
                throw SnapshotError.mismatch("\(self.parts[0]) was written by analyze \(header.program), and this is \(BuildInfo.versionLine); merge with the program that wrote the shards, or run them again with this one")
            }
            guard FileManager.default.changeCurrentDirectoryPath(header.workingDirectory) else {
                throw SnapshotError.mismatch("\(self.parts[0]): the shards ran in \(header.workingDirectory), which this machine does not have; merge where that folder is (its relative paths start there)")
            }
            var arguments = header.arguments + ["--out=\(absolute(out))"]
            if quiet { arguments.append("--quiet") }
            if let jobs { arguments.append("--jobs=\(jobs)") }
            if let history { arguments.append("--history=\(history == "none" ? history : absolute(history))") }
            do {
                command = try AnalyzeCommand.parse(arguments)
            } catch {
                throw SnapshotError.mismatch("\(self.parts[0]): its options do not parse (\(AnalyzeCommand.message(for: error))); write the snapshots again with this program")
            }
        } catch let error as SnapshotError {
            console.error(error.description)
            throw ExitCode.failure
        }
        try command.reportingErrors { try command.execute(console: $0, source: .snapshots(parts, names: self.parts, header: header, snapshotOut: snapshotOut)) }
    }
}
