import Analysis
import Statistics
import Foundation

/// The report's charts as SVG files in `charts/`: drawn from `CorpusResults` (the charts only
/// format what the analyses computed), linked from `report.md` where their section is.
public enum ReportCharts {
    /// One chart: its file name in `charts/`, its alternative text and its SVG.
    public struct Chart: Sendable {
        public let file: String
        public let title: String
        public let svg: String
    }

    static let width = 720.0
    static let rowHeight = 20.0
    static let labelSize = 12.0

    /// Every chart the results hold data for.
    public static func charts(_ results: CorpusResults, context: ReportContext) -> [Chart] {
        var charts: [Chart] = []
        let analysis = results.analysis
        if analysis.analyses.contains(.terms) {
            let limit = min(max(context.reportTop, 10), 25)
            let corpus = results.totals.terms.ranked(limit: limit)
            if !corpus.isEmpty {
                let intervals = results.intervals[CorpusResults.corpusLabel] ?? [:]
                let title = "Top terms per 10,000 tokens, with 95% bootstrap intervals"
                charts.append(Chart(file: "top_terms.svg", title: title, svg: bars(
                    title: title, axis: "occurrences per 10,000 tokens",
                    panels: [Panel(name: nil, rows: corpus.map { row in
                        Bar(label: row.term, value: row.per10k, interval: intervals[row.term]?.interval.map { ($0.low, $0.high) })
                    })])))
            }
            let groups = analysis.terms.groupNames
            if groups.count > 1 {
                let shown = MarkdownReport.shownGroups(groups, documents: { analysis.terms.groups[$0]?.documents ?? 0 }, limit: 12)
                let panels = shown.compactMap { name -> Panel? in
                    guard let group = analysis.terms.groups[name] else { return nil }
                    let intervals = results.intervals[name] ?? [:]
                    return Panel(name: name, rows: group.ranked(limit: 10).map { row in
                        Bar(label: row.term, value: row.per10k, interval: intervals[row.term]?.interval.map { ($0.low, $0.high) })
                    })
                }
                let title = "Top terms per \(analysis.groupBy), per 10,000 tokens of each"
                charts.append(Chart(file: "top_terms_by_group.svg", title: title, svg: bars(
                    title: title + (shown.count < groups.count ? " (the \(shown.count) largest of \(groups.count))" : ""),
                    axis: "occurrences per 10,000 tokens", panels: panels)))
            }
        }
        if let keyness = results.keyness, !keyness.comparisons.isEmpty {
            let test = keyness.test
            let documents = Dictionary(keyness.comparisons.map { ($0.target, $0.targetDocuments) }, uniquingKeysWith: { a, _ in a })
            let shown = Set(MarkdownReport.shownGroups(keyness.comparisons.map(\.target), documents: { documents[$0] ?? 0 }, limit: 12))
            let panels = keyness.comparisons.filter { shown.contains($0.target) }.map { comparison -> DivergingPanel in
                // The strongest terms each way by G², drawn by their log-ratio.
                func strongest(_ direction: String) -> [KeynessTable.Row] {
                    comparison.rows.filter { $0.direction == direction }
                        .sorted { $0.g2 != $1.g2 ? $0.g2 > $1.g2 : $0.term < $1.term }.prefix(8).map { $0 }
                }
                let rows = (strongest("over") + strongest("under")).sorted { $0.logRatio != $1.logRatio ? $0.logRatio > $1.logRatio : $0.term < $1.term }
                let reference = comparison.reference == KeynessTable.restLabel ? "the rest" : comparison.reference
                return DivergingPanel(name: "\(comparison.target) against \(reference)", rows: rows.map {
                    DivergingBar(label: $0.term, value: $0.logRatio, significant: (test.q(of: $0) ?? 1) < 0.05)
                })
            }
            if panels.contains(where: { !$0.rows.isEmpty }) {
                let title = "What sets each \(analysis.groupBy) apart: log-ratio of the strongest terms"
                charts.append(Chart(file: "keyness.svg", title: title, svg: diverging(
                    title: title, axis: "log-ratio (1: twice as often as the reference; −1: half as often)", panels: panels,
                    legend: "filled: q < 0.05 (\(test.description)); hollow: not significant")))
            }
        }
        if let resolver = results.entities, let cooccurrence = results.cooccurrence, resolver.entities.count >= 2 {
            let top = Array(resolver.entities.prefix(15))
            var counts: [String: Int] = [:]
            for pair in cooccurrence.pairs where pair.group == CorpusResults.corpusLabel { counts["\(pair.a)|\(pair.b)"] = pair.count }
            let cells = top.map { row in
                top.map { column -> Int? in
                    guard row.id != column.id else { return nil }
                    let (a, b) = resolver.precedes(row.id, column.id) ? (row.id, column.id) : (column.id, row.id)
                    return counts["\(a)|\(b)"] ?? 0
                }
            }
            let title = "Who appears with whom: the \(top.count) most mentioned entities (window: \(cooccurrence.window.description))"
            charts.append(Chart(file: "cooccurrence.svg", title: title, svg: heatmap(
                title: title, labels: top.map { "\($0.canonical) (\($0.type.rawValue))" }, cells: cells)))
        }
        if let sentiment = results.sentiment {
            let shown = sentiment.groups.count <= 31 ? sentiment.groups
                : [sentiment.groups[0]] + sentiment.groups.dropFirst().sorted { $0.documents != $1.documents ? $0.documents > $1.documents : $0.name < $1.name }.prefix(30)
            let rows = shown.map { group in
                IntervalRow(label: group.name, points: [
                    group.meanCompound.map { Point(series: 0, value: $0.value, interval: $0.interval.map { ($0.low, $0.high) }) },
                    group.meanNarrated.map { Point(series: 1, value: $0.value, interval: $0.interval.map { ($0.low, $0.high) }) },
                    group.meanQuoted.map { Point(series: 2, value: $0.value, interval: $0.interval.map { ($0.low, $0.high) }) },
                ].compactMap { $0 })
            }
            if rows.contains(where: { !$0.points.isEmpty }) {
                let title = "Mean VADER compound per \(analysis.groupBy), with 95% intervals"
                charts.append(Chart(file: "sentiment.svg", title: title, svg: intervals(
                    title: title + (shown.count < sentiment.groups.count ? " (the \(shown.count - 1) largest groups)" : ""),
                    axis: "mean compound score (−1 negative to +1 positive)",
                    series: ["all sentences", "own voice", "quoted"], rows: rows)))
            }
        }
        if let resolver = results.entities, let cooccurrence = results.cooccurrence, let chart = networkChart(resolver, cooccurrence) {
            charts.append(chart)
        }
        if let figures = results.figures, let chart = figureChart(figures) { charts.append(chart) }
        if let coverage = results.coverage {
            let totals = coverage.counts.mapValues { $0.reduce(0, +) }
            let shown = coverage.counts.keys.sorted { (totals[$0] ?? 0, $1) > (totals[$1] ?? 0, $0) }.prefix(6)
            let panels = shown.map { group in
                Panel(name: group, rows: zip(coverage.periods, coverage.counts[group] ?? []).map { Bar(label: $0, value: Double($1), interval: nil) })
            }
            let title = "Documents per \(coverage.unit.rawValue), per \(analysis.groupBy)"
                + (shown.count < coverage.counts.count ? " (the \(shown.count) with the most of \(coverage.counts.count))" : "")
            charts.append(Chart(file: "coverage.svg", title: title, svg: bars(title: title, axis: "documents", panels: panels)))
        }
        return charts
    }

    // MARK: - Entity network

    /// The network of the strongest pairs: the report's "Strongest pairs" (largest G²) that
    /// co-occur more often than expected with q < 0.05, up to 40, among at most 20 entities
    /// placed on a circle, a pair's two side by side; a line per pair, the thicker the higher
    /// its NPMI; a circle's size by mentions, its colour by type.
    static func networkChart(_ resolver: EntityResolver, _ cooccurrence: CooccurrenceTable) -> Chart? {
        let pairs = MarkdownReport.strongestPairs(cooccurrence, limit: 40).filter { $0.q < 0.05 && Double($0.count) > $0.expected }
        let byID = Dictionary(uniqueKeysWithValues: resolver.entities.map { ($0.id, $0) })
        // The entities of the strongest pairs first, a pair's two together, so that every
        // entity drawn has a line and partners sit near each other on the circle.
        var nodes: [EntityResolver.Entity] = []
        for pair in pairs {
            let new = [pair.a, pair.b].filter { id in !nodes.contains { $0.id == id } }
            guard nodes.count + new.count <= 20 else { continue }
            nodes += new.compactMap { byID[$0] }
        }
        guard nodes.count >= 2 else { return nil }
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.id, $0) })
        let edges = pairs.filter { index[$0.a] != nil && index[$0.b] != nil }
        let title = "The strongest entity pairs as a network (window: \(cooccurrence.window.description))"
        let size = width, radius = 160.0, centreX = size / 2, centreY = 60 + radius + 80
        var canvas = SVGCanvas(width: size, height: centreY + radius + 110)
        canvas.text(title, x: 10, y: 22, size: 14, maxWidth: size - 20, bold: true)
        let colours: [EntityType: String] = [.person: SVGCanvas.blue, .organization: SVGCanvas.orange, .place: SVGCanvas.green, .group: SVGCanvas.vermillion]
        func position(_ k: Int) -> (x: Double, y: Double, angle: Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(k) / Double(nodes.count)
            return (centreX + radius * cos(angle), centreY + radius * sin(angle), angle)
        }
        for edge in edges {
            let a = position(index[edge.a]!), b = position(index[edge.b]!)
            canvas.line(x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: "#7A7A7A", width: 0.8 + 4 * max(0, edge.npmi))
        }
        let maxMentions = Double(nodes.map(\.entry.mentions).max() ?? 1)
        for (k, node) in nodes.enumerated() {
            let p = position(k)
            let r = 4 + 8 * (Double(node.entry.mentions) / max(maxMentions, 1)).squareRoot()
            let tip = "\(node.canonical) (\(node.type.rawValue)): \(node.entry.mentions) mentions"
            canvas.circle(x: p.x, y: p.y, radius: r, fill: colours[node.type] ?? SVGCanvas.grey, stroke: "#FFFFFF", tooltip: tip)
            // Labels outside the circle: to the right on the right half, to the left on the left.
            let c = cos(p.angle), s = sin(p.angle)
            let anchor = abs(c) < 0.2 ? "middle" : (c > 0 ? "start" : "end")
            let lx = centreX + (radius + r + 8) * c, ly = centreY + (radius + r + 8) * s + (s > 0.2 ? 10 : s < -0.2 ? -2 : 4)
            let room = anchor == "middle" ? 200.0 : (c > 0 ? size - lx - 8 : lx - 8)
            canvas.text("\(node.canonical) (\(node.type.rawValue))", x: lx, y: ly, size: 11, anchor: anchor, maxWidth: max(40, room))
        }
        var legendX = 10.0
        let legendY = canvas.height - 40
        for (type, name) in [(EntityType.person, "PERSON"), (.organization, "ORG"), (.place, "GPE"), (.group, "NORP"), (.other, "OTHER")] {
            canvas.circle(x: legendX + 6, y: legendY - 4, radius: 5, fill: colours[type] ?? SVGCanvas.grey, stroke: "#FFFFFF")
            canvas.text(name, x: legendX + 16, y: legendY, size: 11)
            legendX += 30 + SVGCanvas.textWidth(name, size: 11)
        }
        canvas.text("\(edges.count) pairs with q < 0.05 that co-occur more than expected; a circle's size: mentions; a line's width: NPMI.",
                    x: 10, y: canvas.height - 16, size: 11, maxWidth: size - 20)
        return Chart(file: "network.svg", title: title, svg: canvas.document(title: title, description:
            "The entities of the strongest co-occurring pairs on a circle, coloured by type, joined by a line per pair."))
    }

    // MARK: - Figures compared

    /// Up to eight compared quantities (those of the report's largest disagreements first,
    /// then those reported alike by two groups): each figure of the quantity a row, by the
    /// time it refers to, its value a point with its interval on the quantity's own axis,
    /// revisions (the same source, a later time) an arrow from the earlier value to the later.
    static func figureChart(_ comparison: FigureComparison) -> Chart? {
        let records = comparison.records
        var chosen: [Int] = []
        for (pair, _) in MarkdownReport.largestDisagreements(comparison) where !chosen.contains(pair.group) { chosen.append(pair.group) }
        for pair in comparison.pairs where pair.agreement == .consistent && records[pair.earlier].group != records[pair.later].group
            && !chosen.contains(pair.group) { chosen.append(pair.group) }
        chosen = Array(chosen.prefix(8))
        guard !chosen.isEmpty else { return nil }
        let title = "Figures compared, with the intervals their wording gives"
        let rowHeight = 22.0, panelHead = 30.0, axisHeight = 30.0, top = 44.0, bottom = 50.0
        var panels: [(group: FigureGroup, rows: [Int], revisions: [(Int, Int)])] = []
        for g in chosen {
            let group = comparison.groups[g]
            let rows = group.members.filter { records[$0].figure.low.isFinite }
                .sorted { (records[$0].referenceDay ?? Int.min, $0) < (records[$1].referenceDay ?? Int.min, $1) }.prefix(10).map { $0 }
            let revisions = comparison.pairs.filter { $0.group == g && $0.agreement == .revised && rows.contains($0.earlier) && rows.contains($0.later) }
                .map { ($0.earlier, $0.later) }
            if rows.count >= 2 { panels.append((group, rows, revisions)) }
        }
        guard !panels.isEmpty else { return nil }
        func label(_ index: Int) -> String {
            let record = records[index]
            let when = record.figure.time.map { $0.resolved.isEmpty ? $0.expression : $0.resolved } ?? (record.date.isEmpty ? "" : record.date)
            return record.group + (when.isEmpty ? "" : " · " + when)
        }
        let labels = panels.flatMap { $0.rows.map(label) }
        let left = min(width * 0.45, (labels.map { SVGCanvas.textWidth($0, size: labelSize) }.max() ?? 40) + 16)
        let right = 40.0
        let plotWidth = width - left - right
        let height = top + panels.reduce(0) { $0 + panelHead + Double($1.rows.count) * rowHeight + axisHeight } + bottom
        var canvas = SVGCanvas(width: width, height: height)
        canvas.text(title, x: 10, y: 22, size: 14, maxWidth: width - 20, bold: true)
        var y = top
        for panel in panels {
            let what = panel.group.event == "other" ? panel.group.countedKey : "\(panel.group.countedKey) \(panel.group.event)"
            canvas.text(what.isEmpty ? "(unnamed quantity)" : what, x: 10, y: y + 18, size: 13, maxWidth: width - 20, bold: true)
            y += panelHead
            // The quantity's own axis, from 0 to past its largest finite bound.
            let highest = panel.rows.map { index -> Double in
                let f = records[index].figure
                return f.high.isFinite ? f.high : f.low * FigureLinker.openIntervalReach
            }.max() ?? 1
            let step = SVGCanvas.step(low: 0, high: max(highest, 1e-9) * 1.05)
            var scaleMax = (max(highest, 1e-9) * 1.05 / step).rounded(.up) * step
            // A number beyond what a double can scale ("at least 1" and 308 zeros): its own axis
            // to the largest double, with no ticks between.
            if !scaleMax.isFinite || scaleMax / step > 1000 { scaleMax = .greatestFiniteMagnitude }
            func x(_ v: Double) -> Double { left + plotWidth * max(0, min(v, scaleMax)) / scaleMax }
            let rowsTop = y
            var centres: [Int: Double] = [:]
            for (r, index) in panel.rows.enumerated() {
                let centre = rowsTop + Double(r) * rowHeight + rowHeight / 2
                centres[index] = centre
                if r % 2 == 1 { canvas.rect(x: left, y: centre - rowHeight / 2, width: plotWidth, height: rowHeight, fill: "#F4F4F4") }
                canvas.text(label(index), x: left - 8, y: centre + 4, size: labelSize, anchor: "end", maxWidth: left - 16)
                let f = records[index].figure
                let open = !f.high.isFinite
                canvas.line(x1: x(f.low), y1: centre, x2: open ? left + plotWidth : x(f.high), y2: centre, stroke: SVGCanvas.blue, width: 1.5)
                if open {
                    // An open interval ("at least 600") runs off the axis: an arrowhead at its end.
                    let end = left + plotWidth
                    canvas.line(x1: end - 6, y1: centre - 4, x2: end, y2: centre, stroke: SVGCanvas.blue, width: 1.5)
                    canvas.line(x1: end - 6, y1: centre + 4, x2: end, y2: centre, stroke: SVGCanvas.blue, width: 1.5)
                }
                let point = f.point ?? f.low
                let tip = "\(records[index].group): \(f.surface)" + (f.source.isEmpty ? "" : " (\(f.source))") + " — \(records[index].documentID)"
                marker(&canvas, series: f.qualifier == .exact ? 0 : 2, x: x(point), y: centre, colour: SVGCanvas.blue, tooltip: tip)
            }
            for (earlier, later) in panel.revisions {
                guard let y1 = centres[earlier], let y2 = centres[later] else { continue }
                let x1 = x(records[earlier].figure.point ?? records[earlier].figure.low), x2 = x(records[later].figure.point ?? records[later].figure.low)
                canvas.line(x1: x1, y1: y1 + 5, x2: x2, y2: y2 - 6, stroke: SVGCanvas.orange, width: 1.5, dashed: true)
                let direction = y2 > y1 ? -1.0 : 1.0
                canvas.line(x1: x2 - 4, y1: y2 - 6 + 6 * direction, x2: x2, y2: y2 - 6, stroke: SVGCanvas.orange, width: 1.5)
                canvas.line(x1: x2 + 4, y1: y2 - 6 + 6 * direction, x2: x2, y2: y2 - 6, stroke: SVGCanvas.orange, width: 1.5)
            }
            y = rowsTop + Double(panel.rows.count) * rowHeight
            canvas.line(x1: left, y1: y, x2: left + plotWidth, y2: y, stroke: "#444444")
            for tick in scaleMax == .greatestFiniteMagnitude ? [0] : SVGCanvas.ticks(low: 0, high: scaleMax, step: step) {
                canvas.line(x1: x(tick), y1: y, x2: x(tick), y2: y + 4, stroke: "#444444")
                canvas.text(compact(tick, step: step, scaleMax: scaleMax), x: x(tick), y: y + 16, size: 11, anchor: "middle")
            }
            y += axisHeight
        }
        canvas.text("Filled circle: an exact number; hollow: an approximate, open or vague one, its line the interval", x: 10,
                    y: height - 30, size: 11, maxWidth: width - 20)
        canvas.text("(an arrowhead: open above). Dashed orange arrow: a revision by the same source.", x: 10, y: height - 14, size: 11,
                    maxWidth: width - 20)
        return Chart(file: "figures.svg", title: title, svg: canvas.document(title: title, description:
            "For each compared quantity, every report of it as a point with the interval its wording gives, on the quantity's own axis; "
            + "revisions as arrows from the earlier value to the later."))
    }

    /// A tick label of an axis running to `scaleMax`, in billions ("bn"), millions ("m") or,
    /// from 10,000, thousands ("k"): 2,500,000 on an axis to 5 million is "2.5m".
    static func compact(_ value: Double, step: Double, scaleMax: Double) -> String {
        if value == 0 { return "0" }
        for (size, suffix) in [(1e9, "bn"), (1e6, "m"), (1e4, "k")] where scaleMax >= size {
            let unit = suffix == "k" ? 1e3 : size
            return SVGCanvas.tickLabel(value / unit, step: step / unit) + suffix
        }
        return SVGCanvas.tickLabel(value, step: step)
    }

    // MARK: - Horizontal bars

    struct Bar {
        let label: String
        let value: Double
        let interval: (Double, Double)?
    }

    struct Panel {
        /// Shown above the panel's bars (nil: a single panel).
        let name: String?
        let rows: [Bar]
    }

    /// Horizontal bars, one panel under the other, on one scale; intervals as whiskers.
    static func bars(title: String, axis: String, panels: [Panel]) -> String {
        let labels = panels.flatMap { $0.rows.map(\.label) }
        let left = min(width * 0.4, (labels.map { SVGCanvas.textWidth($0, size: labelSize) }.max() ?? 40) + 16)
        let right = 28.0, top = 44.0, bottom = 52.0, panelGap = 30.0
        let plotWidth = width - left - right
        let maximum = panels.flatMap { $0.rows.map { max($0.value, $0.interval?.1 ?? 0) } }.max() ?? 1
        let step = SVGCanvas.step(low: 0, high: maximum > 0 ? maximum : 1)
        let scaleMax = max(step, ((maximum > 0 ? maximum : 1) / step).rounded(.up) * step)
        let ticks = SVGCanvas.ticks(low: 0, high: scaleMax, step: step)
        var height = top + bottom
        for panel in panels { height += Double(panel.rows.count) * rowHeight + (panel.name == nil ? 0 : panelGap) }
        var canvas = SVGCanvas(width: width, height: height)
        canvas.text(title, x: 10, y: 22, size: 14, maxWidth: width - 20, bold: true)
        func x(_ v: Double) -> Double { left + plotWidth * max(0, min(v, scaleMax)) / scaleMax }
        let plotBottom = height - bottom
        for tick in ticks where tick <= scaleMax {
            canvas.line(x1: x(tick), y1: top - 4, x2: x(tick), y2: plotBottom, stroke: "#DDDDDD")
            canvas.text(SVGCanvas.tickLabel(tick, step: step), x: x(tick), y: plotBottom + 16, size: 11, anchor: "middle")
        }
        canvas.line(x1: left, y1: plotBottom, x2: left + plotWidth, y2: plotBottom, stroke: "#444444")
        canvas.text(axis, x: left + plotWidth / 2, y: plotBottom + 38, size: 12, anchor: "middle", maxWidth: plotWidth)
        var y = top
        for panel in panels {
            if let name = panel.name {
                canvas.text(name, x: 10, y: y + 16, size: 13, maxWidth: width - 20, bold: true)
                y += panelGap
            }
            for bar in panel.rows {
                let barTop = y + 3, barHeight = rowHeight - 6
                var tip = "\(bar.label): \(CSVNumber.fixed(bar.value, decimals: 1))"
                if let (low, high) = bar.interval { tip += " (95% interval \(CSVNumber.fixed(low, decimals: 1)) to \(CSVNumber.fixed(high, decimals: 1)))" }
                canvas.rect(x: left, y: barTop, width: x(bar.value) - left, height: barHeight, fill: SVGCanvas.blue, tooltip: tip)
                if let (low, high) = bar.interval {
                    let mid = barTop + barHeight / 2
                    canvas.line(x1: x(low), y1: mid, x2: x(high), y2: mid, stroke: "#222222", width: 1.5)
                    canvas.line(x1: x(low), y1: mid - 4, x2: x(low), y2: mid + 4, stroke: "#222222", width: 1.5)
                    canvas.line(x1: x(high), y1: mid - 4, x2: x(high), y2: mid + 4, stroke: "#222222", width: 1.5)
                }
                canvas.text(bar.label, x: left - 8, y: y + rowHeight / 2 + 4, size: labelSize, anchor: "end", maxWidth: left - 16)
                y += rowHeight
            }
        }
        return canvas.document(title: title, description: "Horizontal bars; the thin black lines are 95% bootstrap intervals.")
    }

    // MARK: - Diverging bars

    struct DivergingBar {
        let label: String
        let value: Double
        let significant: Bool
    }

    struct DivergingPanel {
        let name: String
        let rows: [DivergingBar]
    }

    /// Bars left and right of zero (right in blue, left in vermillion), filled when
    /// significant and hollow when not, one panel per comparison on one scale.
    static func diverging(title: String, axis: String, panels: [DivergingPanel], legend: String) -> String {
        let labels = panels.flatMap { $0.rows.map(\.label) }
        let left = min(width * 0.35, (labels.map { SVGCanvas.textWidth($0, size: labelSize) }.max() ?? 40) + 16)
        let right = 28.0, top = 62.0, bottom = 52.0, panelGap = 30.0
        let plotWidth = width - left - right
        let largest = max(0.5, panels.flatMap { $0.rows.map { abs($0.value) } }.filter(\.isFinite).max() ?? 1)
        let step = SVGCanvas.step(low: -largest, high: largest)
        let bound = (largest / step).rounded(.up) * step
        let ticks = SVGCanvas.ticks(low: -bound, high: bound, step: step)
        var height = top + bottom
        for panel in panels { height += Double(max(1, panel.rows.count)) * rowHeight + panelGap }
        var canvas = SVGCanvas(width: width, height: height)
        canvas.text(title, x: 10, y: 22, size: 14, maxWidth: width - 20, bold: true)
        canvas.text(legend, x: 10, y: 44, size: 12, maxWidth: width - 20)
        func x(_ v: Double) -> Double { left + plotWidth * (max(-bound, min(v, bound)) + bound) / (2 * bound) }
        let plotBottom = height - bottom
        for tick in ticks {
            canvas.line(x1: x(tick), y1: top - 4, x2: x(tick), y2: plotBottom, stroke: tick == 0 ? "#444444" : "#DDDDDD")
            canvas.text(SVGCanvas.tickLabel(tick, step: step), x: x(tick), y: plotBottom + 16, size: 11, anchor: "middle")
        }
        canvas.line(x1: left, y1: plotBottom, x2: left + plotWidth, y2: plotBottom, stroke: "#444444")
        canvas.text(axis, x: left + plotWidth / 2, y: plotBottom + 38, size: 12, anchor: "middle", maxWidth: plotWidth)
        var y = top
        for panel in panels {
            canvas.text(panel.name, x: 10, y: y + 16, size: 13, maxWidth: width - 20, bold: true)
            y += panelGap
            if panel.rows.isEmpty {
                canvas.text("no term tested", x: left + 8, y: y + rowHeight / 2 + 4, size: labelSize, fill: SVGCanvas.grey)
                y += rowHeight
                continue
            }
            for bar in panel.rows {
                let colour = bar.value >= 0 ? SVGCanvas.blue : SVGCanvas.vermillion
                let from = x(min(0, bar.value)), to = x(max(0, bar.value))
                let tip = "\(bar.label): log-ratio \(CSVNumber.fixed(bar.value, decimals: 2))\(bar.significant ? ", q < 0.05" : ", not significant")"
                canvas.rect(x: from, y: y + 3, width: to - from, height: rowHeight - 6, fill: bar.significant ? colour : "#FFFFFF",
                            stroke: colour, tooltip: tip)
                canvas.text(bar.label, x: left - 8, y: y + rowHeight / 2 + 4, size: labelSize, anchor: "end", maxWidth: left - 16)
                y += rowHeight
            }
        }
        return canvas.document(title: title, description: "Bars to the right: terms used more by the group than by its reference; "
                               + "to the left: less. " + legend + ".")
    }

    // MARK: - Heat map

    /// A symmetric matrix of counts: rows named and numbered, columns numbered (no label can
    /// collide with another), cells shaded from white to dark blue by their count with the
    /// count written in them; the diagonal is left grey.
    static func heatmap(title: String, labels: [String], cells: [[Int?]]) -> String {
        let n = labels.count
        let numbered = labels.enumerated().map { "\($0 + 1). \($1)" }
        let left = min(width * 0.45, (numbered.map { SVGCanvas.textWidth($0, size: labelSize) }.max() ?? 40) + 16)
        let top = 74.0, bottom = 20.0
        let cell = max(16, min(34, (width - left - 20) / Double(max(1, n))))
        let height = top + Double(n) * cell + bottom
        var canvas = SVGCanvas(width: width, height: height)
        canvas.text(title, x: 10, y: 22, size: 14, maxWidth: width - 20, bold: true)
        let largest = max(1, cells.flatMap { $0.compactMap { $0 } }.max() ?? 1)
        canvas.text("cells: count, darker when larger (largest \(largest)); columns numbered as the rows", x: 10, y: 44, size: 12, maxWidth: width - 20)
        for j in 0..<n {
            canvas.text(String(j + 1), x: left + (Double(j) + 0.5) * cell, y: top - 8, size: 11, anchor: "middle")
        }
        for i in 0..<n {
            let y = top + Double(i) * cell
            canvas.text(numbered[i], x: left - 8, y: y + cell / 2 + 4, size: labelSize, anchor: "end", maxWidth: left - 16)
            for j in 0..<n {
                let x = left + Double(j) * cell
                guard let count = cells[i][j] else {
                    canvas.rect(x: x, y: y, width: cell, height: cell, fill: "#BDBDBD", stroke: "#FFFFFF")
                    continue
                }
                let share = Double(count) / Double(largest)
                canvas.rect(x: x, y: y, width: cell, height: cell, fill: shade(share), stroke: "#FFFFFF",
                            tooltip: "\(labels[i]) and \(labels[j]): \(count)")
                if count > 0 && cell >= 18 {
                    canvas.text(String(count), x: x + cell / 2, y: y + cell / 2 + 4, size: count >= 1000 ? 9 : 11, anchor: "middle",
                                fill: share > 0.5 ? "#FFFFFF" : "#222222")
                }
            }
        }
        return canvas.document(title: title, description: "A matrix of counts among the most mentioned entities; darker cells hold larger counts.")
    }

    /// White (0) to dark blue (1), lightness falling evenly (readable in greyscale).
    static func shade(_ share: Double) -> String {
        let t = max(0, min(1, share))
        let from = (255.0, 255.0, 255.0), to = (8.0, 48.0, 107.0)
        func channel(_ a: Double, _ b: Double) -> String {
            let v = Int((a + (b - a) * t).rounded())
            let digits = Array("0123456789ABCDEF")
            return String([digits[v / 16], digits[v % 16]])
        }
        return "#" + channel(from.0, to.0) + channel(from.1, to.1) + channel(from.2, to.2)
    }

    // MARK: - Points with intervals

    struct Point {
        let series: Int
        let value: Double
        let interval: (Double, Double)?
    }

    struct IntervalRow {
        let label: String
        let points: [Point]
    }

    /// Points with interval lines, one row per group, up to three series told apart by
    /// colour, marker shape and fill (so also in greyscale).
    static func intervals(title: String, axis: String, series: [String], rows: [IntervalRow]) -> String {
        let rowHeight = 26.0
        let left = min(width * 0.4, (rows.map { SVGCanvas.textWidth($0.label, size: labelSize) }.max() ?? 40) + 16)
        let right = 28.0, top = 70.0, bottom = 52.0
        let plotWidth = width - left - right
        var values: [Double] = [0]
        for row in rows {
            for point in row.points {
                values.append(point.value)
                if let (a, b) = point.interval { values.append(a); values.append(b) }
            }
        }
        var low: Double = max(-1, values.min() ?? -1), high: Double = min(1, values.max() ?? 1)
        if high - low < 0.1 { low = max(-1, low - 0.05); high = min(1, high + 0.05) }
        let step = SVGCanvas.step(low: low, high: high)
        low = (low / step).rounded(.down) * step
        high = (high / step).rounded(.up) * step
        let ticks = SVGCanvas.ticks(low: low, high: high, step: step)
        let height = top + Double(rows.count) * rowHeight + bottom
        var canvas = SVGCanvas(width: width, height: height)
        canvas.text(title, x: 10, y: 22, size: 14, maxWidth: width - 20, bold: true)
        let colours = [SVGCanvas.blue, SVGCanvas.orange, SVGCanvas.green]
        // Legend.
        var legendX = 10.0
        for (k, name) in series.enumerated() {
            marker(&canvas, series: k, x: legendX + 6, y: 46, colour: colours[k % 3], tooltip: nil)
            canvas.text(name, x: legendX + 16, y: 50, size: 12)
            legendX += 30 + SVGCanvas.textWidth(name, size: 12)
        }
        func x(_ v: Double) -> Double { left + plotWidth * (max(low, min(v, high)) - low) / (high - low) }
        let plotBottom = height - bottom
        for tick in ticks where tick >= low - 1e-9 && tick <= high + 1e-9 {
            canvas.line(x1: x(tick), y1: top - 4, x2: x(tick), y2: plotBottom, stroke: tick == 0 ? "#888888" : "#DDDDDD", dashed: tick == 0)
            canvas.text(SVGCanvas.tickLabel(tick, step: step), x: x(tick), y: plotBottom + 16, size: 11, anchor: "middle")
        }
        canvas.line(x1: left, y1: plotBottom, x2: left + plotWidth, y2: plotBottom, stroke: "#444444")
        canvas.text(axis, x: left + plotWidth / 2, y: plotBottom + 38, size: 12, anchor: "middle", maxWidth: plotWidth)
        for (r, row) in rows.enumerated() {
            let centre = top + Double(r) * rowHeight + rowHeight / 2
            if r % 2 == 1 { canvas.rect(x: left, y: centre - rowHeight / 2, width: plotWidth, height: rowHeight, fill: "#F4F4F4") }
            canvas.text(row.label, x: left - 8, y: centre + 4, size: labelSize, anchor: "end", maxWidth: left - 16)
            for point in row.points {
                let y = centre + Double(point.series - 1) * 7
                let colour = colours[point.series % 3]
                if let (a, b) = point.interval { canvas.line(x1: x(a), y1: y, x2: x(b), y2: y, stroke: colour, width: 1.5) }
                var tip = "\(row.label), \(series[point.series % series.count]): \(CSVNumber.fixed(point.value, decimals: 3))"
                if let (a, b) = point.interval { tip += " (95% interval \(CSVNumber.fixed(a, decimals: 3)) to \(CSVNumber.fixed(b, decimals: 3)))" }
                marker(&canvas, series: point.series, x: x(point.value), y: y, colour: colour, tooltip: tip)
            }
        }
        return canvas.document(title: title, description: "Points are means, lines their 95% bootstrap intervals; "
                               + series.enumerated().map { "\($1): \(["filled circle", "filled square", "hollow circle"][$0 % 3])" }.joined(separator: ", ") + ".")
    }

    /// Series 0 a filled circle, 1 a filled square, 2 a hollow circle.
    static func marker(_ canvas: inout SVGCanvas, series: Int, x: Double, y: Double, colour: String, tooltip: String?) {
        switch series % 3 {
        case 0: canvas.circle(x: x, y: y, radius: 4, fill: colour, stroke: colour, tooltip: tooltip)
        case 1: canvas.rect(x: x - 4, y: y - 4, width: 8, height: 8, fill: colour, stroke: colour, tooltip: tooltip)
        default: canvas.circle(x: x, y: y, radius: 4, fill: "#FFFFFF", stroke: colour, tooltip: tooltip)
        }
    }
}
