/// The kinds of named entity recognised.
public enum EntityType: String, CaseIterable, Sendable, Comparable {
    /// People.
    case person = "PERSON"
    /// Organisations: governments' departments, armed groups, companies, media, parties' bodies.
    case organization = "ORG"
    /// Countries, cities, states and provinces (geo-political entities).
    case place = "GPE"
    /// Nationalities, religious and political groups ("Iranian", "Shiite", "Republicans").
    case group = "NORP"
    /// Other names: regions, facilities, events, documents ("Middle East", "Green Zone",
    /// "Baghdad International Airport", "Iraq War").
    case other = "OTHER"

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
