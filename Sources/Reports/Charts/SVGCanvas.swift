import Foundation

/// A small SVG writer for the report's charts: drawn by the program itself, so that no
/// plotting runtime is needed, with the same bytes for the same input.
///
/// Every string from the corpus goes through `escape`; coordinates are written with one
/// decimal. Text widths are estimated (no font is measured): `textWidth` errs on the wide
/// side, so that a label that is said to fit does fit in any common sans-serif font.
struct SVGCanvas {
    let width: Double
    let height: Double
    private(set) var body = ""

    /// The palette: Okabe and Ito's colours, distinct for colour-blind readers. Charts never
    /// rely on colour alone: series also differ in marker shape or fill.
    static let blue = "#0072B2", orange = "#E69F00", green = "#009E73", vermillion = "#D55E00", grey = "#6B6B6B"
    static let font = "font-family=\"Helvetica, Arial, sans-serif\""

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// The finished document, with a title and description for screen readers.
    func document(title: String, description: String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" "
        out += "viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" role=\"img\">\n"
        out += "<title>\(Self.escape(title))</title>\n<desc>\(Self.escape(description))</desc>\n"
        out += "<rect x=\"0\" y=\"0\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" fill=\"#FFFFFF\"/>\n"
        out += body
        out += "</svg>\n"
        return out
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil, tooltip: String? = nil) {
        body += "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(max(0, width)))\" height=\"\(Self.number(max(0, height)))\" fill=\"\(fill)\""
        if let stroke { body += " stroke=\"\(stroke)\" stroke-width=\"1\"" }
        body += tooltip.map { "><title>\(Self.escape($0))</title></rect>\n" } ?? "/>\n"
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dashed: Bool = false) {
        body += "<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\" "
        body += "stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\"\(dashed ? " stroke-dasharray=\"4 3\"" : "")/>\n"
    }

    mutating func circle(x: Double, y: Double, radius: Double, fill: String, stroke: String, tooltip: String? = nil) {
        body += "<circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(radius))\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"1.5\""
        body += tooltip.map { "><title>\(Self.escape($0))</title></circle>\n" } ?? "/>\n"
    }

    /// Text; `anchor` is start, middle or end. Text longer than `maxWidth` is cut and ends
    /// with "…", the whole of it kept as a tooltip.
    mutating func text(_ value: String, x: Double, y: Double, size: Double = 12, anchor: String = "start",
                       maxWidth: Double? = nil, bold: Bool = false, fill: String = "#222222") {
        var shown = value
        var cut = false
        if let maxWidth, Self.textWidth(value, size: size, bold: bold) > maxWidth {
            shown = Self.truncated(value, toWidth: maxWidth, size: size, bold: bold)
            cut = true
        }
        body += "<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" font-size=\"\(Self.number(size))\" \(Self.font) "
        body += "text-anchor=\"\(anchor)\" fill=\"\(fill)\"\(bold ? " font-weight=\"bold\"" : "")>"
        body += Self.escape(shown)
        if cut { body += "<title>\(Self.escape(value))</title>" }
        body += "</text>\n"
    }

    // MARK: - Measures

    /// A generous estimate of a string's width: 0.68 of the font size per character (wide
    /// enough for DejaVu Sans, the widest common fallback), a full size for wide characters
    /// (CJK, emoji), 0.35 for narrow punctuation and spaces; a tenth more in bold.
    static func textWidth(_ text: String, size: Double, bold: Bool = false) -> Double {
        var units = 0.0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x2C, 0x2E, 0x3A, 0x3B, 0x27, 0x69, 0x6A, 0x6C, 0x7C, 0x21: units += 0.35
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0x1F300...0x1FAFF: units += 1.0
            case 0x0300...0x036F: units += 0
            default: units += 0.68
            }
        }
        return units * size * (bold ? 1.1 : 1)
    }

    /// The longest prefix of `text` that fits `width` with "…" after it.
    static func truncated(_ text: String, toWidth width: Double, size: Double, bold: Bool = false) -> String {
        var shown = ""
        for character in text {
            let next = shown + String(character)
            if textWidth(next + "…", size: size, bold: bold) > width { break }
            shown = next
        }
        return shown + "…"
    }

    /// A round step (1, 2 or 5 × 10^k) giving about `count` ticks from `low` to `high`.
    static func step(low: Double, high: Double, count: Int = 5) -> Double {
        guard high > low, low.isFinite, high.isFinite else { return 1 }
        let raw = (high - low) / Double(max(1, count))
        var magnitude = 1.0
        while magnitude > raw { magnitude /= 10 }
        while magnitude * 10 <= raw { magnitude *= 10 }
        return [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw * (1 - 1e-12) } ?? raw
    }

    /// The multiples of `step` from `low` to `high` (both included when they are multiples).
    static func ticks(low: Double, high: Double, step: Double) -> [Double] {
        guard step > 0, high >= low else { return [] }
        var values: [Double] = []
        var k = (low / step - 1e-9).rounded(.up)
        while k * step <= high + step * 1e-9 {
            let value = k * step
            values.append(abs(value) < step * 1e-9 ? 0 : value)
            k += 1
        }
        return values
    }

    /// A tick label: no more decimals than the step needs.
    static func tickLabel(_ value: Double, step: Double) -> String {
        let decimals = step >= 1 ? 0 : min(4, Int((-log10(step) - 1e-9).rounded(.up)))
        return CSVNumber.fixed(value, decimals: decimals)
    }

    /// A coordinate with one decimal.
    static func number(_ value: Double) -> String {
        CSVNumber.fixed(value, decimals: 1)
    }

    /// Text for an element or attribute (`XMLText.escaped`, apostrophes included).
    static func escape(_ text: String) -> String {
        XMLText.escaped(text, apostrophes: true)
    }
}
