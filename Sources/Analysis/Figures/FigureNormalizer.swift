/// Normal forms of counted nouns and sources, so that figures of the same thing compare:
/// "U.S. troops", "US troops", "American troops" and "American service members" are all
/// `us troops`; "the Pentagon" and "Pentagon" are `pentagon`.
public enum FigureNormalizer {
    /// Nationality words and their country form; a plural demonym alone ("Israelis",
    /// "Lebanese") counts people of that country.
    static let nationalities: [String: String] = [
        "u.s.": "us", "us": "us", "u.s": "us", "american": "us", "americans": "us", "america": "us", "america's": "us",
        "iranian": "iran", "iranians": "iran", "iran": "iran",
        "iraqi": "iraq", "iraqis": "iraq", "iraq": "iraq",
        "israeli": "israel", "israelis": "israel", "israel": "israel",
        "lebanese": "lebanon", "lebanon": "lebanon",
        "syrian": "syria", "syrians": "syria", "syria": "syria",
        "afghan": "afghanistan", "afghans": "afghanistan", "afghanistan": "afghanistan",
        "british": "uk", "briton": "uk", "britons": "uk", "u.k.": "uk", "uk": "uk",
        "russian": "russia", "russians": "russia", "russia": "russia",
        "ukrainian": "ukraine", "ukrainians": "ukraine", "ukraine": "ukraine",
        "chinese": "china", "china": "china",
        "french": "france", "france": "france",
        "german": "germany", "germans": "germany", "germany": "germany",
        "palestinian": "palestine", "palestinians": "palestine",
        "saudi": "saudi arabia", "saudis": "saudi arabia",
        "turkish": "turkey", "turks": "turkey",
        "yemeni": "yemen", "yemenis": "yemen",
        "kurdish": "kurds", "kurds": "kurds",
    ]

    /// Nouns that name the same kind of thing.
    static let synonyms: [String: String] = [
        "troop": "troops", "troops": "troops", "soldier": "troops", "soldiers": "troops", "servicemember": "troops",
        "servicemembers": "troops", "servicemen": "troops", "serviceman": "troops", "service members": "troops",
        "service member": "troops", "military personnel": "troops", "personnel": "personnel",
        "death": "people", "deaths": "people", "casualties": "people", "casualty": "people", "lives": "people", "life": "people",
        "persons": "people", "person": "people", "people": "people", "individuals": "people",
        "marines": "marines", "marine": "marines",
        "dollars": "usd", "dollar": "usd", "euros": "eur", "euro": "eur", "pounds": "gbp",
        "percent": "percent", "per cent": "percent", "percentage points": "percentage points",
        // Units written out or abbreviated, British or American.
        "tonne": "tonne", "tonnes": "tonne", "ton": "tonne", "tons": "tonne",
        "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km", "km": "km",
        "metre": "metre", "metres": "metre", "meter": "metre", "meters": "metre",
        "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm", "cm": "cm",
        "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm", "mm": "mm",
        "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg", "kg": "kg",
        "hectare": "hectare", "hectares": "hectare",
        // "eleven others were wounded": the others of a casualty count are people.
        "others": "people",
    ]

    /// Words that carry no meaning for the comparison.
    static let dropped: Set<String> = ["the", "a", "an", "and", "or", "of", "some", "more", "other", "additional", "innocent", "total"]

    /// Sources that are only titles of a speaker.
    static let sourceDropped: Set<String> = ["the", "a", "an"]

    /// Phrases that are one word for the comparison.
    static let phrases: [(String, String, String)] = [
        ("united", "states", "us"), ("service", "members", "service members"), ("service", "member", "service members"),
        ("military", "personnel", "military personnel"), ("per", "cent", "percent"), ("percentage", "points", "percentage points"),
    ]

    public static func key(counted: String, unit: String) -> String {
        if unit != "count" && !unit.isEmpty && counted.isEmpty { return unit }
        // Words, lowercased, without the parentheses of a subject ("percent (U.S. crude oil)").
        var raw: [String] = []
        for piece in counted.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" }) {
            var word = String(piece)
            if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") { word = String(word.dropLast(2)) }
            raw.append(word)
        }
        var nation: [String] = []
        var words: [String] = []
        var k = 0
        while k < raw.count {
            var word = raw[k]
            if k + 1 < raw.count, let phrase = phrases.first(where: { $0.0 == word && $0.1 == raw[k + 1] }) {
                word = phrase.2
                k += 1
            }
            k += 1
            if dropped.contains(word) { continue }
            if let country = nationalities[word] {
                if !nation.contains(country) { nation.append(country) }
                continue
            }
            if let synonym = synonyms[word] {
                words.append(synonym)
            } else if word.hasSuffix("-backed") || word.hasSuffix("-led") {
                words.append(word)
            } else {
                words.append(singular(word))
            }
        }
        if words.isEmpty && !nation.isEmpty { words = ["people"] }
        // Money compares only with money of the same currency: "usd firm".
        let currency = unit.count == 3 && unit.allSatisfy(\.isUppercase) ? unit.lowercased() : nil
        if let currency, !words.contains(currency) { words.insert(currency, at: 0) }
        return (nation + words).joined(separator: " ")
    }

    static func singular(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy({ $0.isLetter || $0 == "-" }) else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
        // "launches", "crashes", "taxes", "losses": the plural "es" after a sibilant; not the
        // "s" of a word that ends in "che" ("avalanches", "headaches", "niches").
        if ["ches", "shes", "sses", "xes", "zzes"].contains(where: { word.hasSuffix($0) }),
           !cheWords.contains(String(word.dropLast())) { return String(word.dropLast(2)) }
        if word.hasSuffix("s") { return String(word.dropLast()) }
        return word
    }

    /// Words that end in "che" (their plural adds only "s").
    static let cheWords: Set<String> = ["avalanche", "niche", "cache", "ache", "headache", "backache", "toothache", "moustache", "mustache", "quiche", "cliche", "creche", "psyche",
                                        "douche", "panache", "attache", "microfiche"]

    public static func sourceKey(_ source: String) -> String {
        let text = source.lowercased().replacingOccurrences(of: "united states", with: "us")
        let words = text.split(separator: " ").map(String.init).filter { !sourceDropped.contains($0) }
        return words.map { nationalities[$0] ?? $0 }
            .reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
            .joined(separator: " ")
    }
}
