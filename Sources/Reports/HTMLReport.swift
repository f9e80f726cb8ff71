import CCmarkGFM
import Foundation

/// `report.html`: the Markdown report rendered by cmark-gfm (GitHub's CommonMark with its
/// table extension) into one self-contained page: the charts inline as data, the tables
/// sortable by a small script of the page's own, no font, script or request from elsewhere.
///
/// Safety: the Markdown already escapes everything from the corpus, and cmark-gfm renders
/// in its safe mode, which omits any raw HTML and any `javascript:` link; the page's
/// Content-Security-Policy then lets nothing be loaded from anywhere (`default-src 'none'`)
/// but the page's own style and script and the `data:` images of its charts.
public enum HTMLReport {
    /// The page's Content-Security-Policy.
    public static let policy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
        + "base-uri 'none'; form-action 'none'"

    /// The page for `markdown`, with the images of `charts` (linked as `charts/FILE`) inline.
    public static func render(markdown: String, charts: [ReportCharts.Chart], title: String = "News coverage report") -> String {
        var body = html(markdown)
        for chart in charts {
            let data = "data:image/svg+xml;base64," + Data(chart.svg.utf8).base64EncodedString()
            body = body.replacingOccurrences(of: "src=\"charts/\(chart.file)\"", with: "src=\"\(data)\"")
        }
        var page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<title>\(XMLText.escaped(title, apostrophes: false))</title>\n<style>\n\(style)</style>\n</head>\n<body>\n<main>\n"
        page += body
        page += "</main>\n<script>\n\(script)</script>\n</body>\n</html>\n"
        return page
    }

    /// cmark-gfm's HTML for `markdown` (tables on, raw HTML omitted).
    static func html(_ markdown: String) -> String {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return "" }
        defer { cmark_parser_free(parser) }
        if let table = cmark_find_syntax_extension("table") { _ = cmark_parser_attach_syntax_extension(parser, table) }
        var bytes = Array(markdown.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    static let style = """
    body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; margin: 0; }
    main { max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
    h1, h2, h3 { line-height: 1.25; } h2 { border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2.2rem; }
    table { border-collapse: collapse; margin: 1rem 0; font-size: .9rem; display: block; overflow-x: auto; }
    th, td { border: 1px solid #d0d0d0; padding: .25rem .5rem; vertical-align: top; }
    th { background: #f2f2f2; cursor: pointer; user-select: none; white-space: nowrap; }
    th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
    tr:nth-child(even) td { background: #fafafa; }
    img { max-width: 100%; height: auto; display: block; margin: 1rem 0; }
    blockquote { margin: .5rem 0 .5rem 1rem; padding-left: .8rem; border-left: 3px solid #bbb; color: #333; }
    code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; background: #f4f4f4; padding: 0 .2em; }

    """

    /// Sorts a table by the column whose header is clicked (or given Enter), numbers as
    /// numbers ("1.0e-3", "−0.5", "50+"), other text alphabetically; again to reverse.
    static let script = """
    (function () {
      function key(cell) {
        var text = cell ? cell.textContent.trim() : "";
        var number = text.replace(/\\u2212/g, "-").replace(/[,+%]/g, "").split(" ")[0];
        return /^-?[0-9.]+(e-?[0-9]+)?$/.test(number) ? parseFloat(number) : text.toLowerCase();
      }
      function compare(x, y) {
        if (typeof x === typeof y) { return x < y ? -1 : x > y ? 1 : 0; }
        return typeof x === "number" ? -1 : 1;
      }
      Array.prototype.forEach.call(document.querySelectorAll("table"), function (table) {
        if (!table.tHead || !table.tBodies.length) { return; }
        var headers = table.tHead.rows[0].cells;
        Array.prototype.forEach.call(headers, function (header, column) {
          header.tabIndex = 0;
          header.title = "Sort by this column";
          function sort() {
            var ascending = header.getAttribute("aria-sort") !== "ascending";
            Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
            header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows).map(function (row, index) { return [key(row.cells[column]), index, row]; });
            rows.sort(function (a, b) { return (ascending ? compare(a[0], b[0]) : compare(b[0], a[0])) || a[1] - b[1]; });
            rows.forEach(function (entry) { body.appendChild(entry[2]); });
          }
          header.addEventListener("click", sort);
          header.addEventListener("keydown", function (event) { if (event.key === "Enter") { sort(); } });
        });
      });
    })();

    """
}
