/// The bundled gazetteer: countries, their nationality words, major cities, U.S. states and their
/// abbreviations, and major organisations, with their common aliases and spellings
/// (`Sources/Analysis/Resources/gazetteer.csv`, compiled in by the EmbedTextPlugin).
/// Same format as a user's `--entities` file: `canonical,type,aliases` with aliases separated by `|`.
enum BundledGazetteer {
    static let csv = EmbeddedText.gazetteer_csv
}
