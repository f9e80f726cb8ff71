/// The cleaning rules, each recorded separately in `documents.csv` so that a researcher can
/// see how much text each one took out of each document.
public enum BoilerplateRule: String, CaseIterable, Sendable {
    /// A leading metadata prefix glued to the text, such as `date 2020-01`.
    case metadataPrefix = "metadata_prefix"
    /// Cookie, consent and privacy banners.
    case consentBanner = "consent_banner"
    /// The outlet's masthead line at the top, and bare page-navigation lines
    /// ("Advertisement", "Skip to main content").
    case masthead = "masthead"
    /// "Related: ...", "Read more: ..." link lines.
    case relatedLinks = "related_links"
    /// A paragraph that repeats an earlier one of the same document (identically, or but
    /// for a trailing credit).
    case repeatedParagraph = "repeated_paragraph"
    /// Agency and photo credits: an all-capitals credit run after the last sentence of a
    /// paragraph, and `(Video: ...)` / `(Photo: ...)` credits. (Contributor lines, "X reported
    /// from Y.", are kept: they name the reporters.)
    case credit = "credit"
    /// Web and e-mail addresses in the text (`https://...`, `www.`, `bbc.co.uk/news`,
    /// `name@example.org`).
    case webAddress = "web_address"
    /// Social-media embed signatures: "— Name (@handle) January 7, 2020".
    case socialEmbed = "social_embed"
    /// Markup left in the text: Markdown link targets and images (a link's text is kept),
    /// HTML tags, and HTML entities (replaced by their character).
    case markup = "markup"
    /// Image and other file names (`photo-articleLarge-v2.jpg?quality=75`).
    case fileName = "file_name"
    /// Percent-encoded runs (`%D8%B3%D9%84`) and long ids (nine digits or more, or hash-like
    /// runs of letters and digits).
    case encodedID = "encoded_id"

    /// The `documents.csv` column for the characters this rule removed.
    public var columnName: String { "removed_\(rawValue)" }
}

/// How many characters (Unicode scalars) each rule removed from one document.
public struct CleaningReport: Equatable, Sendable {
    /// Characters removed, indexed like `BoilerplateRule.allCases`.
    public private(set) var removed: [Int] = Array(repeating: 0, count: BoilerplateRule.allCases.count)

    public init() {}

    /// A report of stored counts, indexed like `removed` (nil unless there is one per rule).
    public init?(removed: [Int]) {
        guard removed.count == BoilerplateRule.allCases.count else { return nil }
        self.removed = removed
    }

    /// Characters removed by `rule`.
    public subscript(rule: BoilerplateRule) -> Int {
        get { removed[Self.index(of: rule)] }
        set { removed[Self.index(of: rule)] = newValue }
    }

    /// Characters removed by all rules together.
    public var total: Int { removed.reduce(0, +) }

    /// Adds another report's counts to this one.
    public mutating func add(_ other: CleaningReport) {
        for i in removed.indices { removed[i] += other.removed[i] }
    }

    static func index(of rule: BoilerplateRule) -> Int {
        switch rule {
        case .metadataPrefix: return 0
        case .consentBanner: return 1
        case .masthead: return 2
        case .relatedLinks: return 3
        case .repeatedParagraph: return 4
        case .credit: return 5
        case .webAddress: return 6
        case .socialEmbed: return 7
        case .markup: return 8
        case .fileName: return 9
        case .encodedID: return 10
        }
    }
}
