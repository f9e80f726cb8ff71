/// A sentence that holds a figure: where it starts (in characters of the cleaned text) and
/// its text, kept for the figure table and the report's quotations whatever else the run
/// does.
public struct FigureSentence: Sendable, Equatable {
    /// The document's sequence number in the corpus.
    public let document: Int
    /// The sentence's index in its document.
    public let sentence: Int
    public let characterStart: Int
    public let text: String

    public init(document: Int, sentence: Int, characterStart: Int, text: String) {
        self.document = document
        self.sentence = sentence
        self.characterStart = characterStart
        self.text = text
    }
}
