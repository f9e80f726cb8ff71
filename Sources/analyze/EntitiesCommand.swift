import ArgumentParser
import Analysis
import Corpus
import Foundation
import Reports
import Text

/// `analyze entities [FILE ...]`: the named entities of texts, as CSV on stdout.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Print the named entities of text files (or of stdin) as CSV.",
        discussion: """
        Each input is one document, cleaned and segmented as `analyze` does. Stdin is read \
        as a stream: a text over 1 MiB is cut into parts at paragraph breaks (file `stdin:1`, \
        `stdin:2`, ...), each printed as soon as it is read. The columns are \
        file, sentence, char_start, char_end (character offsets in the cleaned text), surface, \
        titled_surface, type, entity (the name the mention resolves to within its document).
        """
    )

    @Argument(help: ArgumentHelp("Text files (UTF-8). Without any, the text is read from stdin.", valueName: "file"))
    var files: [String] = []

    @Option(name: .long, help: ArgumentHelp("Entity file (CSV canonical,type,aliases) extending the bundled gazetteer.", valueName: "file"))
    var entities: String?

    @Flag(name: .customLong("raw-csv"), help: "Write CSV cells as they are, without the formula guard (a ' before a cell that starts with =, +, -, @).")
    var rawCSV = false

    @Flag(name: .customLong("keep-boilerplate"), help: "Do not remove boilerplate before recognising entities.")
    var keepBoilerplate = false

    func run() throws {
        let console = Console(quiet: false)
        do {
            let gazetteer = try entities.map { try EntityFileLoader.load($0) } ?? .bundled
            let recognizer = EntityRecognizer(gazetteer: gazetteer)
            let processor = DocumentProcessor(removesBoilerplate: !keepBoilerplate)
            let output = StandardOutput()
            output.write(CSVTable(header: ["file", "sentence", "char_start", "char_end", "surface", "titled_surface", "type", "entity"])
                .encoded(guardsFormulas: !rawCSV))
            var index = 0
            try TextInputs.forEach(files, console: console, flush: { output.flush() }) { name, text in
                defer { index += 1 }
                var table = CSVTable()
                let input = (name: name, text: text)
                let document = Document(id: input.name, sequenceNumber: index, metadata: [:], text: text, format: .plainText)
                let vocabulary = Vocabulary(stopwords: .english)
                let doc = processor.process(document, vocabulary: vocabulary)
                let characters = CharacterOffsets(doc.text)
                for mention in recognizer.mentions(in: doc, vocabulary: vocabulary) {
                    table.append([input.name, String(mention.sentence + 1), String(characters.offset(of: mention.byteRange.lowerBound)),
                                  String(characters.offset(of: mention.byteRange.upperBound)), mention.surface,
                                  mention.titledSurface ?? "", mention.type.rawValue, mention.localName])
                }
                output.write(table.encoded(guardsFormulas: !rawCSV))
            }
            output.flush()
        } catch let error as Gazetteer.FileError {
            console.error(error.description)
            throw ExitCode.failure
        } catch let failure as RegularFile.Failure {
            console.error("stdin: \(failure.detail); give text files or pipe text in")
            throw ExitCode.failure
        } catch let error as CorpusError {
            console.error(error.description)
            throw ExitCode.failure
        }
    }
}
