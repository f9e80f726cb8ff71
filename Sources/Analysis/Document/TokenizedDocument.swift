import Corpus
import Text

/// A document after cleaning, segmentation and tokenization: it owns the cleaned text,
/// and paragraphs, sentences and tokens are byte ranges into it (the shape of spaCy's
/// `Doc`: later analyses read spans of the same text).
public struct TokenizedDocument {
    /// The document as read.
    public let document: Document
    /// The cleaned text: kept paragraphs joined by blank lines.
    public let text: String
    /// What cleaning removed.
    public let cleaning: CleaningReport
    /// Byte range of each paragraph in `text.utf8`.
    public let paragraphs: [Range<Int>]
    /// Byte range of each sentence in `text.utf8`.
    public let sentences: [Range<Int>]
    /// For each sentence, the index of its first token in `tokenIDs`; one extra entry at the
    /// end holds the token count, so sentence `s` has tokens `sentenceTokenStart[s]..<sentenceTokenStart[s+1]`.
    public let sentenceTokenStart: [Int]
    /// The vocabulary id of each token.
    public let tokenIDs: [Int32]
    /// Byte offset of each token's first byte in `text.utf8`.
    public let tokenStarts: [Int32]
    /// Byte offset just past each token in `text.utf8`.
    public let tokenEnds: [Int32]
    /// Sentences longer than `SentenceSegmenter.maximumSentenceBytes` that were cut into pieces.
    public let sentencesCut: Int
    /// Number of characters (Unicode scalars) of the raw text.
    public let rawCharacters: Int

    /// The text of a byte range of `text` (a sentence, a token).
    public func text(of range: Range<Int>) -> String {
        let utf8 = text.utf8
        return String(decoding: utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)],
                      as: UTF8.self)
    }

    /// The token ids of sentence `index`.
    public func tokens(ofSentence index: Int) -> ArraySlice<Int32> {
        tokenIDs[sentenceTokenStart[index]..<sentenceTokenStart[index + 1]]
    }
}
