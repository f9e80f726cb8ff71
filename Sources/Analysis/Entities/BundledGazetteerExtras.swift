/// Bundled entries beyond countries, places and organisations: regions and waters (type
/// OTHER), and heads of state and government and other people named by surname alone in
/// news ("Obama", "Putin") (`Sources/Analysis/Resources/gazetteer_extras.csv`). Same format
/// as `BundledGazetteer`.
enum BundledGazetteerExtras {
    static let csv = EmbeddedText.gazetteer_extras_csv
}
