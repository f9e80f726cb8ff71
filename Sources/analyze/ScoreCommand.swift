import ArgumentParser
import Analysis
import Foundation
import Corpus
import Reports

/// `analyze score`: VADER scores of one text per line of stdin, as CSV.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze score",
        abstract: "Score one text per line of stdin with VADER and print neg,neu,pos,compound as CSV.",
        discussion: """
        The scores are those of the original vaderSentiment 3.3.2 (the bundled VADER lexicon, \
        MIT licence). Each line is scored as one text; an empty line scores 0,0,0,0. Output: a \
        header row, then one row per input line, in order.
        """
    )

    func run() throws {
        let scorer = VaderScorer.bundled
        var table = CSVTable(header: ["neg", "neu", "pos", "compound"])
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(data: data, encoding: .utf8) else {
            FileHandle.standardError.write(Data("error: stdin is not valid UTF-8; re-save the text as UTF-8\n".utf8))
            throw ExitCode.failure
        }
        // CRLF is one Character in Swift: normalise line ends before splitting.
        var lines = TextFileDecoder.normaliseLineEnds(text).components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        for line in lines {
            let s = scorer.score(line)
            table.append([Self.format(s.negative), Self.format(s.neutral), Self.format(s.positive), Self.format(s.compound)])
        }
        FileHandle.standardOutput.write(Data(table.text.utf8))
    }

    /// The shortest decimal of a rounded score ("0.254", "0.0").
    static func format(_ value: Double) -> String {
        value == 0 ? "0.0" : "\(value)"
    }
}
