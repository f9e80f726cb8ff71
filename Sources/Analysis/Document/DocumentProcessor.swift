import Corpus
import Text

/// Runs one document through clean → segment → tokenize, interning tokens in the
/// worker's vocabulary. One processor per worker thread.
public struct DocumentProcessor {
    /// Whether boilerplate is removed (`--keep-boilerplate` turns it off).
    public let removesBoilerplate: Bool
    private let cleaner = BoilerplateCleaner()
    private let tokenizer = Tokenizer()

    public init(removesBoilerplate: Bool = true) {
        self.removesBoilerplate = removesBoilerplate
    }

    /// The tokenized form of `document`, with tokens interned in `vocabulary`.
    public func process(_ document: Document, vocabulary: Vocabulary) -> TokenizedDocument {
        let paragraphTexts: [String]
        let report: CleaningReport
        if removesBoilerplate {
            (paragraphTexts, report) = cleaner.clean(document.text, outlet: document.value(of: "outlet"))
        } else {
            paragraphTexts = ParagraphSplitter.paragraphs(of: document.text)
            report = CleaningReport()
        }
        var text = paragraphTexts.joined(separator: "\n\n")
        var paragraphs: [Range<Int>] = []
        paragraphs.reserveCapacity(paragraphTexts.count)
        var offset = 0
        for paragraph in paragraphTexts {
            let length = paragraph.utf8.count
            paragraphs.append(offset..<(offset + length))
            offset += length + 2
        }
        var sentences: [Range<Int>] = []
        var sentencesCut = 0
        var sentenceTokenStart: [Int] = []
        var tokenIDs: [Int32] = []
        var tokenStarts: [Int32] = []
        var tokenEnds: [Int32] = []
        tokenIDs.reserveCapacity(text.utf8.count / 5)
        tokenStarts.reserveCapacity(text.utf8.count / 5)
        tokenEnds.reserveCapacity(text.utf8.count / 5)
        text.withUTF8 { buffer in
            for paragraph in paragraphs {
                let local = UnsafeBufferPointer(rebasing: buffer[paragraph])
                let (localSentences, cut) = SentenceSegmenter.boundedSentences(in: local)
                sentencesCut += cut
                for sentence in localSentences {
                    let range = (sentence.lowerBound + paragraph.lowerBound)..<(sentence.upperBound + paragraph.lowerBound)
                    sentences.append(range)
                    sentenceTokenStart.append(tokenIDs.count)
                    tokenizer.forEachToken(in: buffer, range: range) { token, span in
                        tokenIDs.append(vocabulary.id(for: token))
                        tokenStarts.append(Int32(span.lowerBound))
                        tokenEnds.append(Int32(span.upperBound))
                    }
                }
            }
        }
        sentenceTokenStart.append(tokenIDs.count)
        return TokenizedDocument(
            document: document, text: text, cleaning: report, paragraphs: paragraphs,
            sentences: sentences, sentenceTokenStart: sentenceTokenStart, tokenIDs: tokenIDs,
            tokenStarts: tokenStarts, tokenEnds: tokenEnds, sentencesCut: sentencesCut,
            rawCharacters: UTF8Scalars.scalarCount(document.text.utf8))
    }
}
