import ArgumentParser
import Foundation
import XCTest
@testable import analyze

/// `--config` and `--print-config`, in process: the file read into arguments, the command
/// line winning, paths relative to the file, and the messages for a bad file.
final class RunConfigurationTests: XCTestCase {
    private func parse(_ arguments: [String]) throws -> AnalyzeCommand {
        let expanded = try RunConfiguration.expand(arguments)
        let command = try Analyze.parseAsRoot(expanded)
        return try XCTUnwrap(command as? AnalyzeCommand)
    }

    func testPrintConfigReadsBackToTheSameOptions() throws {
        let folder = try TemporaryFolder()
        let first = try parse(["Corpus", "--min-count", "2", "--compare", "A B", "C", "--stem", "--figure-link-min", "0.55",
                               "--only", "terms,entities", "--seed", "7", "--print-config"])
        let yaml = RunConfiguration.yaml(first.configEntries)
        XCTAssertTrue(yaml.contains("compare: [\"A B\", \"C\"]\n"), yaml)
        XCTAssertTrue(yaml.contains("min-count: 2\n"))
        XCTAssertTrue(yaml.contains("top: null\n"))
        let file = try folder.write("run.yaml", yaml)
        // In the working folder, relative paths read back as written.
        let cwd = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(folder.url.path)
        defer { FileManager.default.changeCurrentDirectoryPath(cwd) }
        let second = try parse(["--config", "run.yaml", "--print-config"])
        XCTAssertEqual(RunConfiguration.yaml(second.configEntries), yaml)
        XCTAssertEqual(second.corpus, "Corpus")
        XCTAssertEqual(second.compare, ["A B", "C"])
        _ = file
    }

    func testEveryOptionOfTheRunIsInTheConfiguration() throws {
        let command = try parse(["Corpus"])
        let keys = Set(command.configEntries.map(\.0))
        XCTAssertEqual(keys, Set(AnalyzeCommand.configKinds.keys))
        // Every long option the help lists, but those about the configuration itself.
        let help = AnalyzeCommand.helpMessage(columns: 1000)
        let regex = try NSRegularExpression(pattern: "--([a-z][a-z0-9-]+)")
        let range = NSRange(help.startIndex..., in: help)
        var options = Set(regex.matches(in: help, range: range).compactMap { Range($0.range(at: 1), in: help).map { String(help[$0]) } })
        options.subtract(["help", "config", "print-config", "version"])
        // Words after -- in the help's prose that are not options of their own.
        options = options.filter { AnalyzeCommand.configKinds[$0] != nil || help.contains("  --\($0)") }
        XCTAssertEqual(options.subtracting(keys), [], "options missing from --print-config")
    }

    func testTheCommandLineWinsAndPathsAreRelativeToTheFile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("conf/run.yaml", "corpus: articles\nout: results\nmin-count: 3\nquiet: true\ncompare: [A, B]\n")
        let fromFile = try parse(["--config", file])
        XCTAssertEqual(fromFile.corpus, folder.url.appendingPathComponent("conf").path + "/articles")
        XCTAssertEqual(fromFile.out, folder.url.appendingPathComponent("conf").path + "/results")
        XCTAssertEqual(fromFile.minCount, 3)
        XCTAssertTrue(fromFile.quiet)
        XCTAssertEqual(fromFile.compare, ["A", "B"])
        let overridden = try parse(["Other", "--config", file, "--min-count", "5", "--compare", "C", "D", "--out=elsewhere"])
        XCTAssertEqual(overridden.corpus, "Other")
        XCTAssertEqual(overridden.minCount, 5)
        XCTAssertEqual(overridden.compare, ["C", "D"])
        XCTAssertEqual(overridden.out, "elsewhere")
        XCTAssertTrue(overridden.quiet)
        // A value that starts with - stays a value; a flag the file sets is switched off by --no-.
        let dashed = try folder.write("dashed.yaml", "out: \"-results\"\nseed: 7\nquiet: true\nstem: true\n")
        let fromDashed = try parse(["Corpus", "--config", dashed, "--no-quiet"])
        XCTAssertEqual(fromDashed.out, folder.url.path + "/-results")
        XCTAssertFalse(fromDashed.quiet)
        XCTAssertTrue(fromDashed.stem)
        // One value for a repeatable option is a list of one, its path relative to the file.
        let single = try folder.write("conf/one.yaml", "lexicon: liwc.dic\n")
        XCTAssertEqual(try parse(["Corpus", "--config", single]).lexicon, [folder.url.appendingPathComponent("conf").path + "/liwc.dic"])
        // `run` first keeps the options with the subcommand.
        let explicit = try parse(["run", "--config", file])
        XCTAssertEqual(explicit.minCount, 3)
    }

    func testABadFileIsNamedWithTheFix() throws {
        let folder = try TemporaryFolder()
        let cases: [(String, String)] = [
            ("min-cuont: 2\n", "`min-cuont` is not an option of analyze run"),
            ("min-count: two\n", "`min-count` needs a whole number, not \"two\""),
            ("stem: 1\n", "`stem` needs true or false"),
            ("compare: 3\n", "`compare` needs a list"),
            ("- min-count\n", "must be a mapping of option names to values"),
            ("min-count: [\n", "not a YAML file"),
        ]
        for (index, (text, message)) in cases.enumerated() {
            let file = try folder.write("bad\(index).yaml", text)
            XCTAssertThrowsError(try RunConfiguration.expand(["Corpus", "--config", file])) { error in
                let description = (error as? RunConfiguration.FileError)?.description ?? ""
                XCTAssertTrue(description.hasPrefix(file + ": "), description)
                XCTAssertTrue(description.contains(message), "\(text): \(description)")
            }
        }
        XCTAssertThrowsError(try RunConfiguration.expand(["Corpus", "--config", folder.path("missing.yaml")]))
        // An empty file sets nothing.
        let empty = try folder.write("empty.yaml", "")
        XCTAssertEqual(try RunConfiguration.expand(["Corpus", "--config", empty]), ["Corpus", "--config", empty])
    }

    func testCompareTakesTwoValuesAndNoMore() {
        XCTAssertEqual(RunConfiguration.splittingCompare(["--compare", "A", "B", "Corpus"]),
                       ["--compare", "A", "--compare", "B", "Corpus"])
        XCTAssertEqual(RunConfiguration.splittingCompare(["Corpus", "--compare", "A", "--out", "X"]),
                       ["Corpus", "--compare", "A", "--out", "X"])
        XCTAssertEqual(RunConfiguration.splittingCompare(["--", "--compare", "A", "B"]), ["--", "--compare", "A", "B"])
    }

    /// A negative number is an option's value, so the option's own check names the problem;
    /// too few resamples are refused with the minimum.
    func testNegativeValuesAndTooFewResamples() throws {
        XCTAssertEqual(RunConfiguration.joiningNegativeNumbers(["Corpus", "--jobs", "-1", "--seed", "-2.5", "--out", "-x", "--", "--jobs", "-1"]),
                       ["Corpus", "--jobs=-1", "--seed=-2.5", "--out", "-x", "--", "--jobs", "-1"])
        func message(_ arguments: [String]) -> String {
            do {
                _ = try Analyze.parseAsRoot(try RunConfiguration.expand(arguments))
                return ""
            } catch {
                return Analyze.message(for: error)
            }
        }
        XCTAssertEqual(message(["Corpus", "--jobs", "-1"]), "--jobs must be 1 or more")
        XCTAssertTrue(message(["Corpus", "--resamples", "1"]).hasPrefix("--resamples 1: give 100 to 1000000"), message(["Corpus", "--resamples", "1"]))
        XCTAssertEqual(message(["Corpus", "--resamples", "100"]), "")
        XCTAssertTrue(message(["kwic", "Corpus", "war", "--window", "-3"]).contains("--window -3: give a number of tokens from 0 to 1000"))
    }

    func testOtherSubcommandsAreLeftAlone() throws {
        XCTAssertEqual(try RunConfiguration.expand(["kwic", "Corpus", "--compare", "x", "--config", "nothing"]),
                       ["kwic", "Corpus", "--compare", "x", "--config", "nothing"])
    }
}

/// The citation file names the release `--version` prints, and is the YAML CFF 1.2 asks for.
final class CitationTests: XCTestCase {
    func testCitationFileMatchesTheRelease() throws {
        let text = try String(contentsOf: AnalyzeRunner.packageRoot.appendingPathComponent("CITATION.cff"), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains("cff-version: 1.2.0"))
        XCTAssertTrue(lines.contains("version: \"\(BuildInfo.version)\""), "CITATION.cff's version is not \(BuildInfo.version)")
        XCTAssertTrue(lines.contains("license: GPL-3.0-or-later"))
        for key in ["message:", "title:", "authors:"] {
            XCTAssertTrue(lines.contains { $0.hasPrefix(key) }, "CITATION.cff lacks \(key)")
        }
        let licence = try String(contentsOf: AnalyzeRunner.packageRoot.appendingPathComponent("LICENSE"), encoding: .utf8)
        XCTAssertTrue(licence.contains("GNU GENERAL PUBLIC LICENSE") && licence.contains("Version 3, 29 June 2007"))
    }
}
