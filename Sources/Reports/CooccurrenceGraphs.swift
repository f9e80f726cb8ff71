import Analysis
import Foundation

/// Which entity pairs the network files draw (`--graph-min-count`, `--graph-max-q`,
/// `--graph-top`): pairs that share windows more often than expected, at least `minCount`
/// times, with q at most `maxQ`, the `top` strongest by G². Every entity is a node either way.
public struct GraphFilter: Sendable, Equatable {
    public var minCount = 3
    public var maxQ = 0.05
    public var top = 500
    /// Groups that get graphs of their own (those with the most mentions).
    public static let maximumGroups = 100

    public init(minCount: Int = 3, maxQ: Double = 0.05, top: Int = 500) {
        self.minCount = minCount
        self.maxQ = maxQ
        self.top = top
    }

    /// The rule in words, for the report.
    public var description: String {
        "pairs that share a window more often than expected, at least \(minCount) times, with q ≤ \(maxQ), the \(top) strongest by G²"
    }
}

/// The co-occurrence networks for Gephi, networkx and igraph: `cooccurrence.graphml` and
/// `cooccurrence.gexf` for the corpus, and `graphs/NAME.graphml` and `.gexf` for each group.
/// Nodes are every entity mentioned (in the group), with its label, type and mentions;
/// edges the pairs `GraphFilter` keeps, with `weight` (the count, which both tools read as
/// the edge weight) and the association measures.
public enum CooccurrenceGraphs {
    /// One network.
    public struct Graph {
        /// The group, or the corpus label.
        public let group: String
        public let nodes: [(entity: EntityResolver.Entity, mentions: Int)]
        public let edges: [CooccurrenceTable.Pair]
    }

    /// The network of `group` (the corpus label for the corpus).
    public static func graph(_ table: CooccurrenceTable, _ resolver: EntityResolver, group: String, corpusLabel: String,
                             filter: GraphFilter) -> Graph {
        let nodes: [(EntityResolver.Entity, Int)] = resolver.entities.compactMap { entity in
            let mentions = group == corpusLabel ? entity.entry.mentions : entity.entry.mentionsByGroup[group] ?? 0
            return mentions > 0 ? (entity, mentions) : nil
        }
        let kept = table.pairs.filter {
            $0.group == group && Double($0.count) > $0.expected && $0.count >= filter.minCount && $0.q.isFinite && $0.q <= filter.maxQ
        }
        let strongest = kept.sorted { x, y in
            if x.g2 != y.g2 { return x.g2 > y.g2 }
            if x.a != y.a { return resolver.precedes(x.a, y.a) }
            return resolver.precedes(x.b, y.b)
        }
        return Graph(group: group, nodes: nodes, edges: Array(strongest.prefix(filter.top)))
    }

    /// The groups that get graphs of their own, by mentions (descending), then name; at
    /// most `GraphFilter.maximumGroups`.
    public static func groups(_ resolver: EntityResolver, corpusLabel: String) -> [String] {
        var mentions: [String: Int] = [:]
        for entity in resolver.entities {
            for (group, count) in entity.entry.mentionsByGroup where group != corpusLabel { mentions[group, default: 0] += count }
        }
        return mentions.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(GraphFilter.maximumGroups).map(\.key)
    }

    /// A file name (without extension) for each group: its letters, digits, `-` and `.`
    /// kept, every other run of characters as one `_`, at most 80 bytes; names that would
    /// collide get `_2`, `_3`, ... in the order of the groups' names.
    public static func fileStems(_ groups: [String]) -> [String: String] {
        var taken: Set<String> = []
        var stems: [String: String] = [:]
        for group in groups.sorted() {
            var stem = ""
            var lastWasUnderscore = false
            for scalar in group.unicodeScalars {
                if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "." {
                    stem.unicodeScalars.append(scalar)
                    lastWasUnderscore = false
                } else if !lastWasUnderscore {
                    stem += "_"
                    lastWasUnderscore = true
                }
            }
            stem = String(stem.prefix(80)).trimmingCharacters(in: CharacterSet(charactersIn: "_."))   // ASCII: 80 bytes
            if stem.isEmpty { stem = "group" }
            var candidate = stem
            var number = 2
            while taken.contains(candidate.lowercased()) {
                candidate = "\(stem)_\(number)"
                number += 1
            }
            taken.insert(candidate.lowercased())
            stems[group] = candidate
        }
        return stems
    }

    static func escape(_ text: String) -> String { XMLText.escaped(text, apostrophes: false) }

    static let edgeMeasures: [(String, String, (CooccurrenceTable.Pair) -> String)] = [
        ("weight", "double", { String($0.count) }),
        ("count", "int", { String($0.count) }),
        ("expected", "double", { CSVNumber.fixed($0.expected) }),
        ("pmi", "double", { CSVNumber.fixed($0.pmi) }),
        ("npmi", "double", { CSVNumber.fixed($0.npmi) }),
        ("g2", "double", { CSVNumber.fixed($0.g2) }),
        ("p", "double", { StatisticsTables.probability($0.p) }),
        ("q", "double", { StatisticsTables.probability($0.q) }),
        ("dice", "double", { CSVNumber.fixed($0.dice) }),
    ]

    /// The network as GraphML 1.0 (undirected).
    public static func graphML(_ graph: Graph, window: String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        out += "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        out += "  <key id=\"group\" for=\"graph\" attr.name=\"group\" attr.type=\"string\"/>\n"
        out += "  <key id=\"window\" for=\"graph\" attr.name=\"window\" attr.type=\"string\"/>\n"
        for (name, kind) in [("label", "string"), ("type", "string"), ("mentions", "int")] {
            out += "  <key id=\"\(name)\" for=\"node\" attr.name=\"\(name)\" attr.type=\"\(kind)\"/>\n"
        }
        for (name, kind, _) in edgeMeasures { out += "  <key id=\"\(name)\" for=\"edge\" attr.name=\"\(name)\" attr.type=\"\(kind)\"/>\n" }
        out += "  <graph id=\"cooccurrence\" edgedefault=\"undirected\">\n"
        out += "    <data key=\"group\">\(escape(graph.group))</data>\n    <data key=\"window\">\(escape(window))</data>\n"
        for (entity, mentions) in graph.nodes {
            out += "    <node id=\"\(entity.id)\"><data key=\"label\">\(escape(entity.canonical))</data>"
            out += "<data key=\"type\">\(entity.type.rawValue)</data><data key=\"mentions\">\(mentions)</data></node>\n"
        }
        for (index, pair) in graph.edges.enumerated() {
            out += "    <edge id=\"e\(index + 1)\" source=\"\(pair.a)\" target=\"\(pair.b)\">"
            for (name, _, value) in edgeMeasures { out += "<data key=\"\(name)\">\(value(pair))</data>" }
            out += "</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// The network as GEXF 1.2 (Gephi's own format; networkx reads it too).
    public static func gexf(_ graph: Graph, window: String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
        out += "  <meta><description>Entity co-occurrence (\(escape(window))) in \(escape(graph.group)), written by analyze</description></meta>\n"
        out += "  <graph mode=\"static\" defaultedgetype=\"undirected\">\n"
        out += "    <attributes class=\"node\">\n"
        out += "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n"
        out += "    </attributes>\n    <attributes class=\"edge\">\n"
        for (name, kind, _) in edgeMeasures.dropFirst() {
            out += "      <attribute id=\"\(name)\" title=\"\(name)\" type=\"\(kind == "int" ? "integer" : kind)\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        for (entity, mentions) in graph.nodes {
            out += "      <node id=\"\(entity.id)\" label=\"\(escape(entity.canonical))\"><attvalues>"
            out += "<attvalue for=\"type\" value=\"\(entity.type.rawValue)\"/><attvalue for=\"mentions\" value=\"\(mentions)\"/></attvalues></node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (index, pair) in graph.edges.enumerated() {
            out += "      <edge id=\"e\(index + 1)\" source=\"\(pair.a)\" target=\"\(pair.b)\" weight=\"\(pair.count)\"><attvalues>"
            for (name, _, value) in edgeMeasures.dropFirst() {
                let text = value(pair)
                if !text.isEmpty { out += "<attvalue for=\"\(name)\" value=\"\(text)\"/>" }
            }
            out += "</attvalues></edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }
}
