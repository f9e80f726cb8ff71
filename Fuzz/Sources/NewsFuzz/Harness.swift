import Analysis
import Corpus
import Text

#if canImport(Glibc)
import Glibc
#endif

/// The harnesses: each runs one reader or text stage of the parent package on an input and
/// asserts nothing beyond not crashing, except for invariants that always hold (token and
/// sentence ranges inside the text, in order). Inputs that are not UTF-8 reach every API that
/// takes bytes or a file; String APIs get `String(decoding:as:)` of them. Fuzz/README.md says
/// what each one covers.
enum Harness: String, CaseIterable {
    case tokenizer, sentences, cleaner, figures, csv, jsonl, frontmatter, lexicon, html

    func run(_ bytes: [UInt8]) {
        switch self {
        case .tokenizer: Self.tokenizer(bytes)
        case .sentences: Self.sentences(bytes)
        case .cleaner: Self.cleaner(bytes)
        case .figures: Self.figures(bytes)
        case .csv: Self.csv(bytes)
        case .jsonl: Self.jsonLines(bytes)
        case .frontmatter: Self.frontMatter(bytes)
        case .lexicon: Self.lexicon(bytes)
        case .html: Self.html(bytes)
        }
    }

    /// Stops the process with a message that libFuzzer reports as a crash.
    static func fail(_ message: String) -> Never {
        fputs("NewsFuzz invariant broken: \(message)\n", stderr)
        abort()
    }

    // MARK: Text

    /// Text.Tokenizer on the raw bytes, whole and sentence by sentence as DocumentProcessor
    /// runs it, on the decoded text, and the Snowball stemmer on every token. Tokens are
    /// never empty and come in order; they stay inside the range tokenized when the input is
    /// UTF-8, as the tokenizer requires (a stray lead byte before the end of a range decodes
    /// together with the bytes after it, which can lie past the range).
    static func tokenizer(_ bytes: [UInt8]) {
        let tokenizer = Tokenizer()
        let isUTF8 = UTF8Validation.isValid(bytes)
        bytes.withUnsafeBufferPointer { buffer in
            let ranges = [0..<buffer.count] + SentenceSegmenter.sentences(in: buffer)
            for (k, range) in ranges.enumerated() {
                var previousEnd = range.lowerBound
                tokenizer.forEachToken(in: buffer, range: range) { token, span in
                    guard !token.isEmpty else { fail("empty token at \(span)") }
                    guard span.lowerBound >= previousEnd, span.lowerBound < span.upperBound, span.upperBound <= buffer.count else {
                        fail("token range \(span) out of order or outside the input (previous token ended at \(previousEnd))")
                    }
                    if k > 0 && isUTF8 && span.upperBound > range.upperBound {
                        fail("token range \(span) outside the range \(range) tokenized")
                    }
                    previousEnd = span.upperBound
                }
            }
        }
        let stemmer = SnowballStemmer()
        for token in tokenizer.tokens(of: String(decoding: bytes, as: UTF8.self)) {
            guard !token.isEmpty else { fail("empty token") }
            _ = stemmer.stem(token)
        }
    }

    /// Text.SentenceSegmenter on the raw bytes and, as DocumentProcessor runs it, on every
    /// paragraph of Text.ParagraphSplitter.
    static func sentences(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { checkSentences(SentenceSegmenter.sentences(in: $0), in: $0, bounded: false) }
        let text = String(decoding: bytes, as: UTF8.self)
        _ = SentenceSegmenter.sentences(of: text)
        for paragraph in ParagraphSplitter.paragraphs(of: text) {
            guard !paragraph.isEmpty else { fail("empty paragraph") }
            var copy = paragraph
            copy.withUTF8 { buffer in
                let (sentences, _) = SentenceSegmenter.boundedSentences(in: buffer)
                checkSentences(sentences, in: buffer, bounded: true)
            }
        }
    }

    static func checkSentences(_ sentences: [Range<Int>], in buffer: UnsafeBufferPointer<UInt8>, bounded: Bool) {
        var previousEnd = 0
        for sentence in sentences {
            guard sentence.lowerBound >= previousEnd, !sentence.isEmpty, sentence.upperBound <= buffer.count else {
                fail("sentence range \(sentence) empty, out of order or outside 0..<\(buffer.count)")
            }
            if bounded, sentence.count > SentenceSegmenter.maximumSentenceBytes {
                fail("a bounded sentence of \(sentence.count) bytes")
            }
            previousEnd = sentence.upperBound
        }
    }

    /// Text.BoilerplateCleaner on the decoded text (with and without an outlet whose rules
    /// apply) and Text.ScrapedTextCleaner on the whole text and on each of its lines.
    static func cleaner(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let boilerplate = BoilerplateCleaner()
        _ = boilerplate.clean(text, outlet: nil)
        _ = boilerplate.clean(text, outlet: "The Washington Post")
        let scraped = ScrapedTextCleaner()
        _ = scraped.clean(text)
        for line in text.split(separator: "\n") { _ = scraped.clean(String(line)) }
    }

    // MARK: Analysis

    /// Analysis.FigureExtractor on the document DocumentProcessor makes of the text, dated as
    /// the bundled corpus is (relative times resolve against it).
    static func figures(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let document = Document(id: "fuzz.txt", sequenceNumber: 0, metadata: ["outlet": "Fuzz", "date": "2020-01-03"],
                                text: text, format: .plainText)
        let doc = DocumentProcessor().process(document, vocabulary: Vocabulary(stopwords: .english))
        for figure in FigureExtractor().figures(in: doc, date: CalendarDate(iso: "2020-01-03")) {
            guard figure.byteRange.upperBound <= doc.text.utf8.count else {
                fail("figure range \(figure.byteRange) outside the text of \(doc.text.utf8.count) bytes")
            }
        }
    }

    // MARK: Files

    /// Corpus.CSVRecordReader over every record of the bytes as a file (the separator sniffed
    /// from the header, and each of the three given), then CorpusReader reading the same file
    /// as a one-file CSV corpus.
    static func csv(_ bytes: [UInt8]) {
        let path = Scratch.write(bytes, name: "input.csv")
        for separator in [nil, UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")] {
            guard var reader = try? CSVRecordReader(path: path, separator: separator) else { continue }
            var lastLine = 0
            // A malformed record costs that record only: reading goes on after one that is
            // marked recovered.
            while true {
                do {
                    guard let record = try reader.next() else { break }
                    guard record.line > lastLine else { fail("record line \(record.line) after line \(lastLine)") }
                    lastLine = record.line
                } catch let malformed as CSVRecordReader.Malformed where malformed.recovered {
                    continue
                } catch {
                    break
                }
            }
            _ = reader.encodingWarnings
        }
        readCorpus(path)
    }

    /// Corpus.CorpusReader on the bytes as a one-file JSON Lines corpus, every item read.
    static func jsonLines(_ bytes: [UInt8]) {
        readCorpus(Scratch.write(bytes, name: "input.jsonl"))
    }

    static func readCorpus(_ path: String) {
        guard let reader = try? CorpusReader(path: path) else { return }
        try? reader.read { item in
            if case .document(let document) = item { _ = document.text.utf8.count + document.metadata.count }
        }
    }

    /// Corpus.FrontMatter.split as a .txt or .md file is read (TextFileDecoder on the bytes,
    /// then the split, then MarkdownText on the body), and on the decoded text with an
    /// opening `---` line put in front when it has none.
    static func frontMatter(_ bytes: [UInt8]) {
        if let decoded = try? TextFileDecoder.decodeDetectingEncoding(bytes) {
            var body = decoded.text
            do {
                if let split = try FrontMatter.split(decoded.text) { body = split.body }
            } catch let malformed as FrontMatter.Malformed {
                body = malformed.body
            } catch {}
            _ = MarkdownText.plainText(from: body)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        _ = try? FrontMatter.split(text.hasPrefix("---\n") ? text : "---\n" + text)
    }

    /// Analysis.SentimentLexicon.load on the bytes saved under every extension it reads
    /// (.dic, .dicx, .yml, .yaml, .csv; .txt is VADER or AFINN by the shape of the lines),
    /// a tally of the input's own tokens with each lexicon read, and StopwordList.load.
    static func lexicon(_ bytes: [UInt8]) {
        let tokens = Tokenizer().tokens(of: String(decoding: bytes, as: UTF8.self)).prefix(512)
        let sample = Array(tokens) + ["good", "bad", "not", "happy", "war", "killed"]
        for name in ["lexicon.dic", "lexicon.dicx", "lexicon.yml", "lexicon.yaml", "lexicon.csv", "lexicon.txt"] {
            let path = Scratch.write(bytes, name: name)
            guard let lexicon = try? SentimentLexicon.load(path: path) else { continue }
            let tally = lexicon.tally(sample)
            for k in lexicon.measureNames.indices {
                _ = lexicon.count(tally, measure: k)
                _ = lexicon.scoreSum(tally, measure: k)
            }
        }
        if let list = try? StopwordList.load(path: Scratch.write(bytes, name: "stopwords.txt")) {
            for word in list.words where !list.contains(word) { fail("stopword \(word) not found in its own list") }
        }
    }

    /// Corpus.HTMLText (libxml2's HTML parser, then the walk that keeps the article's text and
    /// the head's metadata) on the bytes, and the text through TextFileDecoder's line ends.
    static func html(_ bytes: [UInt8]) {
        guard let page = HTMLText.parse(bytes) else { return }
        _ = TextFileDecoder.normaliseLineEnds(page.text).utf8.count + page.metadata.count
    }
}
