/// One mention of an entity in a document.
public struct EntityMention: Sendable, Equatable {
    /// The sentence it is in (index into the document's sentences).
    public let sentence: Int
    /// The paragraph it is in.
    public let paragraph: Int
    /// Index of its first token in the document's tokens.
    public let firstToken: Int
    /// Byte range in the document's cleaned text.
    public let byteRange: Range<Int>
    /// The name as written, titles left out ("Mark T. Esper" of "Defense Secretary Mark T. Esper").
    public let surface: String
    /// The name with the title that preceded it, if one did ("Defense Secretary Mark T. Esper").
    public let titledSurface: String?
    public internal(set) var type: EntityType
    /// The entity within the document: the name its mentions resolve to ("Mark T. Esper" for
    /// "Esper"), before the corpus-wide merge.
    public internal(set) var localName: String
    /// Why this mention was given to `localName` when the name differs from the surface.
    public internal(set) var reason: String?
}
