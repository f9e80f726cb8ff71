import ArgumentParser
import Analysis
import Foundation
import Corpus
import Reports

/// `analyze score`: VADER scores of one text per line of stdin, as CSV.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score one text per line of stdin with VADER and print neg,neu,pos,compound as CSV.",
        discussion: """
        The scores are those of the original vaderSentiment 3.3.2 (the bundled VADER lexicon, \
        MIT licence). Each line is scored as one text; an empty line scores 0,0,0,0. Output: a \
        header row, then one row per input line, in order, each printed as soon as its line \
        is read. A line that is not UTF-8 or is longer than 1 MiB gets an empty row and a warning.
        """
    )

    @Flag(name: .customLong("raw-csv"), help: "Write CSV cells as they are, without the formula guard (a ' before a cell that starts with =, +, -, @).")
    var rawCSV = false

    /// The longest line scored; a longer one gets an empty row and a warning.
    static let maximumLineBytes = 1 << 20

    func run() throws {
        let console = Console(quiet: false)
        let scorer = VaderScorer.bundled
        let output = StandardOutput()
        output.write(CSVTable(header: ["neg", "neu", "pos", "compound"]).encoded(guardsFormulas: !rawCSV))
        // Line by line: each row is printed before the next line is awaited.
        var reader = BufferedByteReader(handle: FileHandle.standardInput)
        reader.beforeWaiting = { output.flush() }
        var lineNumber = 0
        while true {
            let next: BufferedByteReader.BoundedLine?
            do {
                next = try reader.readLine(limit: Self.maximumLineBytes)
            } catch let failure as RegularFile.Failure {
                output.flush()
                console.error("stdin: \(failure.detail); pipe the texts in, one per line")
                throw ExitCode.failure
            }
            guard let line = next else { break }
            lineNumber += 1
            var row = CSVTable()
            switch line {
            case .tooLong(let bytes):
                console.warning("stdin line \(lineNumber): \(bytes) bytes, longer than the limit of \(Self.maximumLineBytes); not scored (empty row)")
                row.append(["", "", "", ""])
            case .line(var bytes):
                if lineNumber == 1 {
                    if let encoding = TextInputs.wideEncoding(bytes) {
                        output.flush()
                        console.error("stdin: \(encoding) (it starts with that byte-order mark); convert it first: iconv -f \(encoding) -t UTF-8 | analyze score")
                        throw ExitCode.failure
                    }
                    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
                }
                if let text = String(validating: bytes, as: UTF8.self) {
                    let s = scorer.score(text)
                    row.append([Self.format(s.negative), Self.format(s.neutral), Self.format(s.positive), Self.format(s.compound)])
                } else {
                    console.warning("stdin line \(lineNumber): not valid UTF-8; not scored (empty row); re-save the text as UTF-8")
                    row.append(["", "", "", ""])
                }
            }
            output.write(row.encoded(guardsFormulas: !rawCSV))
        }
        output.flush()
    }

    /// The shortest decimal of a rounded score ("0.254", "0.0").
    static func format(_ value: Double) -> String {
        value == 0 ? "0.0" : "\(value)"
    }
}
