/// Word lists the recognizer uses: titles that mark a person, heads of organisation and place
/// names, connectors inside names, and capitalised words that are not names.
enum EntityVocabulary {
    /// Titles and honorifics (lowercased surface tokens), longest first. They mark the name
    /// after them as a person and are not part of it.
    static let titles: [[String]] = [
        ["lieutenant", "general"], ["maj", "gen"], ["brig", "gen"], ["lt", "gen"], ["lt", "col"], ["major", "general"],
        ["brigadier", "general"], ["rear", "adm"], ["vice", "adm"], ["secretary", "of", "state"], ["secretary", "of", "defense"],
        ["defense", "secretary"], ["defence", "secretary"], ["foreign", "secretary"], ["home", "secretary"], ["state", "secretary"],
        ["prime", "minister"], ["foreign", "minister"], ["defense", "minister"], ["defence", "minister"], ["interior", "minister"],
        ["finance", "minister"], ["vice", "president"], ["supreme", "leader"], ["house", "speaker"], ["chief", "justice"],
        ["gen"], ["general"], ["maj"], ["brig"], ["lt"], ["col"], ["colonel"], ["capt"], ["captain"], ["sgt"], ["sergeant"],
        ["adm"], ["admiral"], ["cmdr"], ["commander"], ["sen"], ["senator"], ["rep"], ["representative"], ["gov"], ["governor"],
        ["president"], ["secretary"], ["minister"], ["ayatollah"], ["hajj"], ["haji"], ["sheikh"], ["sheik"], ["imam"],
        ["king"], ["queen"], ["prince"], ["princess"], ["pope"], ["dr"], ["mr"], ["mrs"], ["ms"], ["prof"], ["professor"],
        ["mayor"], ["judge"], ["justice"], ["chancellor"], ["chairman"], ["chairwoman"], ["speaker"], ["ambassador"], ["envoy"],
        ["cleric"], ["sayyed"], ["mullah"], ["emir"], ["crown", "prince"], ["pm"],
    ]

    /// The titles by their first word, longest first.
    static let titlesByFirstWord: [String: [[String]]] = {
        var index: [String: [[String]]] = [:]
        for title in titles { index[title[0], default: []].append(title) }
        return index.mapValues { $0.sorted { $0.count > $1.count } }
    }()

    /// Last words that make a name an organisation.
    static let organizationHeads: Set<String> = [
        "agency", "army", "association", "authority", "bank", "board", "brigade", "brigades", "bureau", "center",
        "centre", "command", "commission", "committee", "company", "congress", "corporation", "corps", "council",
        "court", "department", "division", "embassy", "exchange", "federation", "force", "forces", "foundation",
        "front", "group", "guard", "guards", "inc", "institute", "institution", "league", "ltd", "media", "militia",
        "ministry", "movement", "navy", "network", "news", "office", "organization", "organisation", "parliament",
        "party", "police", "post", "press", "regiment", "service", "services", "times", "tribunal", "union",
        "university", "battalion", "academy", "assembly", "cabinet", "court", "mission", "unit", "units", "squadron",
        // Companies.
        "motors", "motor", "airlines", "airways", "holdings", "corp", "plc", "industries", "technologies", "systems",
        "pharmaceuticals", "energy", "petroleum", "telecom", "communications", "entertainment", "studios", "records",
        "capital", "partners", "fund", "insurance", "securities", "electric", "electronics", "steel", "foods", "bancorp",
        "club", "fc", "united",
    ]

    /// Words that make a name a region, facility, event or document (type OTHER) when they end
    /// it, or open it before "of".
    static let otherHeads: Set<String> = [
        "zone", "strait", "gulf", "sea", "ocean", "river", "lake", "mountains", "mountain", "valley", "desert", "airport",
        "base", "bridge", "square", "street", "avenue", "road", "highway", "palace", "mosque", "church", "temple", "shrine",
        "order", "war", "revolution", "agreement", "accord", "accords", "treaty", "act", "plan", "deal", "award", "prize",
        "medal", "summit", "conference", "constitution", "charter", "declaration", "games", "cup", "olympics", "crisis",
        "uprising", "spring", "operation", "peninsula", "canal", "island", "islands", "coast", "bay", "plant", "field",
    ]

    /// Last words that make a name a place.
    static let placeHeads: Set<String> = ["province", "county", "district", "governorate", "city", "state", "region", "prefecture", "oblast"]

    /// Lowercase words allowed inside a name between capitalised words.
    static let connectors: Set<String> = ["of", "for", "de", "del", "da", "bin", "ibn"]
    /// Articles allowed right after "of" or "for" inside a name ("Office of the Supreme Leader").
    static let connectorArticles: Set<String> = ["the", "a"]

    /// Capitalised words that are not names on their own: days, months, and words that open
    /// sentences or headlines.
    static let notNames: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "god", "related", "video", "photo", "update", "updated", "breaking", "advertisement", "x",
        "earlier", "later", "meanwhile", "however", "already", "still", "mostly", "despite", "following", "under",
        "after", "before", "several", "senior", "officials", "critics", "members", "supporters", "speaking",
        "unfortunately", "just", "last", "then", "thursday's", "plumes", "according", "since", "although", "while",
        "why", "how", "what", "who", "where", "when", "if", "as", "at", "in", "on", "by", "with", "from", "to",
        "like", "unlike", "amid", "among", "during", "over", "about", "last", "next", "first", "many", "most",
        "some", "all", "both", "each", "every", "this", "that", "these", "those", "there", "here", "it", "its",
        "they", "their", "he", "his", "she", "her", "we", "our", "you", "your", "i", "a", "an", "the", "and", "but",
        "or", "so", "yet", "no", "not", "yes", "also", "even", "only", "more", "less", "much", "such", "other",
        "et", "est", "edt", "gmt", "utc", "pt", "pst", "cet", "am", "pm", "a.m.", "p.m.", "tv", "ok",
    ]

    /// Words after which a capitalised name is a place: "the Iraqi town of Tal Ksaiba".
    static let placeNouns: Set<String> = ["city", "town", "village", "province", "capital", "region", "district", "port"]

    /// Verbs after a single unknown capitalised word that mark it as a person ("Esper said").
    static let speechVerbs: Set<String> = ["said", "says", "told", "added", "wrote", "tweeted", "reported", "asked", "argued", "warned", "stated"]
    /// Prepositions before a single unknown capitalised word that suggest a place ("in Kirkuk").
    static let placePrepositions: Set<String> = ["in", "from", "to", "near", "into", "outside", "across", "toward", "towards"]
}
