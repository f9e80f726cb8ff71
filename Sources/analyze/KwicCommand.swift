import ArgumentParser
import Analysis
import Corpus
import Foundation
import Reports
import Text

/// `analyze kwic CORPUS QUERY ...`: keywords in context, as CSV on stdout.
struct KwicCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kwic",
        abstract: "Print every place a word or phrase occurs in a corpus, with its context, as CSV (keywords in context).",
        discussion: """
        Each QUERY is a word or a phrase ("Qasem Soleimani"), matched on the documents' \
        tokens as the analysis counts them: case does not matter, punctuation inside the \
        query is ignored, and a phrase matches within one sentence. The corpus is read and \
        cleaned as `analyze` does. The columns are item (the query), file, group, sentence \
        (from 1), char_start and char_end (character offsets of the match in the cleaned \
        text), raw_char_start and raw_char_end (in the file's text as read; empty when the \
        cleaning changed that sentence), left, match, right.
        """
    )

    @Argument(help: ArgumentHelp("The corpus: a folder of articles, or a .csv or .jsonl file of documents.", valueName: "corpus"))
    var corpus: String

    @Argument(help: ArgumentHelp("Words or phrases to find.", valueName: "query"))
    var queries: [String]

    @Option(name: .long, help: ArgumentHelp("Tokens of context on each side.", valueName: "n"))
    var window: Int = 5

    @Flag(name: .long, help: "Show the match's whole sentence as its context instead of --window tokens.")
    var sentence = false

    @Option(name: .long, help: ArgumentHelp("Lines per query, at most (the first in corpus order).", valueName: "n"))
    var limit: Int?

    @Option(name: .customLong("group-by"), help: ArgumentHelp("Metadata column whose value fills the group column.", valueName: "column"))
    var groupBy: String = "outlet"

    @Option(name: .customLong("text-column"), help: ArgumentHelp("Column (CSV) or key (JSON Lines) holding the text.", valueName: "name"))
    var textColumn: String = "text"

    @Flag(name: .long, help: "Match Snowball English stems, as `analyze --stem` counts them: attack finds attacks, attacked.")
    var stem = false

    @Flag(name: .customLong("keep-boilerplate"), help: "Do not remove boilerplate before searching.")
    var keepBoilerplate = false

    @Flag(name: .customLong("raw-csv"), help: "Write CSV cells as they are, without the formula guard (a ' before a cell that starts with =, +, -, @).")
    var rawCSV = false

    func validate() throws {
        if window < 0 || window > 1000 { throw ValidationError("--window \(window): give a number of tokens from 0 to 1000") }
        if let limit, limit < 1 { throw ValidationError("--limit \(limit): give at least 1 line per query") }
        if queries.isEmpty { throw ValidationError("give a word or phrase to find after the corpus, as in: analyze kwic Corpus soleimani") }
    }

    func run() throws {
        let console = Console(quiet: false)
        do {
            let reader = try CorpusReader(path: corpus, options: CorpusOptions(textColumn: textColumn))
            let concordance = Concordance(queries: queries.map { Concordance.Query(item: $0, phrases: [$0]) },
                                          context: sentence ? .sentence : .tokens(window), limit: limit, groupBy: groupBy,
                                          removesBoilerplate: !keepBoilerplate, stemmer: stem ? SnowballStemmer() : nil)
            for (q, query) in queries.enumerated() where concordance.isEmpty(q) {
                console.error("query \"\(query)\": no word to find in it; give letters or digits")
                throw ExitCode(64)
            }
            let output = StandardOutput()
            output.write(CSVTable(header: KeywordsInContext.columns).encoded(guardsFormulas: !rawCSV))
            var found = [Int](repeating: 0, count: queries.count)
            var documents = 0
            var skipped = 0
            var hasGroupColumn = groupBy == "outlet"
            try reader.read { item in
                let document: Document
                switch item {
                case .skipped(let file):
                    if !file.documentKept { skipped += 1 }
                    console.warning(file.message)
                    return
                case .document(let read):
                    document = read
                }
                documents += 1
                if document.value(of: groupBy) != nil { hasGroupColumn = true }
                var table = CSVTable()
                var rows = 0
                for (q, lines) in concordance.lines(in: document).enumerated() {
                    for line in lines {
                        if let limit, found[q] >= limit { break }
                        found[q] += 1
                        rows += 1
                        table.append(KeywordsInContext.fields(line))
                    }
                }
                if rows > 0 { output.write(table.encoded(guardsFormulas: !rawCSV)) }
            }
            output.flush()
            guard documents > 0 else {
                throw CorpusError.noReadableDocuments(path: corpus, skipped: skipped)
            }
            if !hasGroupColumn {
                console.warning("--group-by \(groupBy): no document has a '\(groupBy)' column, so every group is empty; the columns are: \(reader.metadataColumns.joined(separator: ", "))")
            }
        } catch let error as CorpusError {
            console.error(error.description)
            throw ExitCode.failure
        }
    }
}
