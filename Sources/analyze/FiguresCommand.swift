import ArgumentParser
import Analysis
import Corpus
import Foundation
import Reports
import Text

/// `analyze figures [FILE ...]`: the figures of texts, as CSV on stdout.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Print the figures (numbers with what they count) of text files (or of stdin) as CSV.",
        discussion: """
        Each input is one document, cleaned and segmented as `analyze` does. Stdin is read \
        as a stream: a text over 1 MiB is cut into parts at paragraph breaks (file `stdin:1`, \
        `stdin:2`, ...), each printed as soon as it is read. The columns are \
        file, sentence, char_start, char_end (character offsets in the cleaned text), surface, \
        value, low, high (the interval the qualifier gives; "inf" when open), qualifier, unit, \
        counted, counted_key (normalised for comparison), event, source, time, time_resolved, \
        inherited (true when the counted noun comes from an earlier figure, as in "that tally").
        """
    )

    @Argument(help: ArgumentHelp("Text files (UTF-8). Without any, the text is read from stdin.", valueName: "file"))
    var files: [String] = []

    @Option(name: .long, help: ArgumentHelp("The texts' date (YYYY, YYYY-MM or YYYY-MM-DD), to resolve \"this year\", \"last week\", \"on Tuesday\".", valueName: "date"))
    var date: String?

    @Flag(name: .customLong("raw-csv"), help: "Write CSV cells as they are, without the formula guard (a ' before a cell that starts with =, +, -, @).")
    var rawCSV = false

    @Flag(name: .customLong("keep-boilerplate"), help: "Do not remove boilerplate before finding figures.")
    var keepBoilerplate = false

    func validate() throws {
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("--date \(date): not a date; write it as YYYY-MM-DD (or YYYY-MM, YYYY)")
        }
    }

    func run() throws {
        let console = Console(quiet: false)
        do {
            let extractor = FigureExtractor()
            let documentDate = date.flatMap { CalendarDate(iso: $0) }
            let processor = DocumentProcessor(removesBoilerplate: !keepBoilerplate)
            let output = StandardOutput()
            output.write(CSVTable(header: ["file"] + FigureTables.figureColumns).encoded(guardsFormulas: !rawCSV))
            var index = 0
            try TextInputs.forEach(files, console: console, flush: { output.flush() }) { name, text in
                defer { index += 1 }
                var table = CSVTable()
                let input = (name: name, text: text)
                let document = Document(id: input.name, sequenceNumber: index, metadata: [:], text: input.text, format: .plainText)
                let doc = processor.process(document, vocabulary: Vocabulary(stopwords: .english))
                let characters = CharacterOffsets(doc.text)
                for figure in extractor.figures(in: doc, date: documentDate) {
                    table.append([input.name] + FigureTables.figureFields(figure, characterStart: characters.offset(of: figure.byteRange.lowerBound),
                                                                          characterEnd: characters.offset(of: figure.byteRange.upperBound)))
                }
                output.write(table.encoded(guardsFormulas: !rawCSV))
            }
            output.flush()
        } catch let failure as RegularFile.Failure {
            console.error("stdin: \(failure.detail); give text files or pipe text in")
            throw ExitCode.failure
        } catch let error as CorpusError {
            console.error(error.description)
            throw ExitCode.failure
        }
    }
}
