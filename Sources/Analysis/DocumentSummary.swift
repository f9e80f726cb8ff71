import Corpus
import Text

/// One row of `documents.csv`: a document's metadata and what the pipeline made of it.
public struct DocumentSummary: Sendable {
    /// The document's id (its path, or file and line for a CSV or JSON Lines record).
    public let id: String
    /// Its position in the corpus order.
    public let sequenceNumber: Int
    /// Its metadata.
    public let metadata: [String: String]
    /// The group it counts under (`--group-by`).
    public let group: String
    /// Characters (Unicode scalars) of the raw text.
    public let characters: Int
    /// Characters not removed by a cleaning rule: `characters` minus the removed ones (the
    /// cleaned text itself also evens out white space between paragraphs).
    public let cleanCharacters: Int
    /// Characters removed, by rule.
    public let cleaning: CleaningReport
    /// Paragraphs, sentences and tokens after cleaning.
    public let paragraphs: Int
    public let sentences: Int
    /// Sentences cut into pieces for length (`SentenceSegmenter.maximumSentenceBytes`).
    public let sentencesCut: Int
    public let tokens: Int
    /// Tokens counted as terms (tokens that are not stopwords): the sum of this document's
    /// counts in `terms.csv`.
    public let terms: Int
    /// The MinHash signature of its word 5-shingles (`ShingleSignature`), for finding
    /// duplicates; empty without tokens.
    public let signature: [UInt32]

    /// A summary read back from a snapshot.
    init(id: String, sequenceNumber: Int, metadata: [String: String], group: String, characters: Int, cleanCharacters: Int,
         cleaning: CleaningReport, paragraphs: Int, sentences: Int, sentencesCut: Int, tokens: Int, terms: Int, signature: [UInt32]) {
        self.id = id
        self.sequenceNumber = sequenceNumber
        self.metadata = metadata
        self.group = group
        self.characters = characters
        self.cleanCharacters = cleanCharacters
        self.cleaning = cleaning
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.sentencesCut = sentencesCut
        self.tokens = tokens
        self.terms = terms
        self.signature = signature
    }

    public init(_ doc: TokenizedDocument, group: String, terms: Int, signature: [UInt32] = []) {
        id = doc.document.id
        sequenceNumber = doc.document.sequenceNumber
        metadata = doc.document.metadata
        self.group = group
        characters = doc.rawCharacters
        cleanCharacters = doc.rawCharacters - doc.cleaning.total
        cleaning = doc.cleaning
        paragraphs = doc.paragraphs.count
        sentences = doc.sentences.count
        sentencesCut = doc.sentencesCut
        tokens = doc.tokenIDs.count
        self.terms = terms
        self.signature = signature
    }
}
