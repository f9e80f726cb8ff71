import Corpus
import Foundation

/// `datapackage.json`: a Frictionless Data tabular data package describing every CSV file
/// of a run (its columns, their types and meaning, the missing-value marker and the CSV
/// dialect), so that pandas, R's frictionless, Python's frictionless or a spreadsheet
/// read each column as what it is: `05` and `nan` as text, `p` as a number.
public enum DataPackage {
    /// A CSV file whose header the schema does not know (a program error; a test keeps
    /// every header known).
    public struct UnknownColumn: Error, CustomStringConvertible {
        public let file: String
        public let header: [String]
        public var description: String { "\(file): a column of \(header.joined(separator: ",")) is not in OutputSchema" }
    }

    /// The header of the CSV file at `path` (a byte-order mark dropped).
    static func header(of path: String) throws -> [String] {
        var reader = try CSVRecordReader(path: path, separator: UInt8(ascii: ","))
        guard var fields = try reader.next()?.fields else { return [] }
        if let first = fields.first, first.hasPrefix("\u{FEFF}") { fields[0] = String(first.dropFirst()) }
        return fields
    }

    /// The columns of each CSV file `files` of `folder`, in that order.
    public static func schemas(folder: String, files: [String]) throws -> [(file: String, columns: [OutputSchema.Column])] {
        try files.map { file in
            let header = try header(of: (folder as NSString).appendingPathComponent(file))
            guard let columns = OutputSchema.columns(file: file, header: header) else { throw UnknownColumn(file: file, header: header) }
            return (file, columns)
        }
    }

    /// The descriptor for the CSV files `files` in `folder`. `byteOrderMark`: the files
    /// start with one (`--excel`).
    public static func json(folder: String, files: [String], byteOrderMark: Bool, version: String) throws -> String {
        var resources: [[String: Any]] = []
        for (file, columns) in try schemas(folder: folder, files: files) {
            let fields: [[String: Any]] = columns.map { ["name": $0.name, "type": $0.type.rawValue, "description": $0.description] }
            resources.append([
                "name": String(file.dropLast(4)),
                "path": file,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": byteOrderMark ? "utf-8-sig" : "utf-8",
                "dialect": ["delimiter": ",", "lineTerminator": "\r\n", "quoteChar": "\"", "doubleQuote": true, "header": true] as [String: Any],
                "schema": ["fields": fields, "missingValues": [""]] as [String: Any],
            ])
        }
        let package: [String: Any] = [
            "profile": "tabular-data-package",
            "name": "analyze-output",
            "title": "Outputs of analyze \(version)",
            "description": "CSV files written by analyze; see its README for how each is computed. An empty cell is a missing value. Unless the run had --raw-csv, a text cell that would start with =, +, -, @, a tab or a carriage return starts with ' (the formula guard).",
            "resources": resources,
        ]
        let data = try JSONSerialization.data(withJSONObject: package, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
