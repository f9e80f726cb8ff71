import CXlsxWriter
import Corpus
import Foundation

/// `--xlsx`: the run's CSV files as one Excel workbook (`analyze.xlsx`), written with
/// libxlsxwriter: a sheet per file, its header frozen and filterable, each cell typed by
/// `OutputSchema` (numbers as numbers, text as text, so `05`, `nan` and `1e5` stay as
/// written), and a first sheet, `columns`, that describes every column. Text cells cannot
/// run as formulas in a workbook, so they hold the values without the CSV's formula guard.
public enum Workbook {
    /// Rows a sheet holds, its header included (Excel's and LibreOffice's limit).
    public static let maximumRows = 1_048_576
    /// Characters a cell holds.
    public static let maximumCellCharacters = 32_767
    /// Columns a sheet holds.
    public static let maximumColumns = 16_384
    /// The largest integer a double holds exactly: a larger one is written as text.
    static let exactIntegers = 9_007_199_254_740_992.0

    /// A workbook that could not be written.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Writes `path` from the CSV files `files` of `folder` (in that order); returns a
    /// warning for each sheet cut at the row limit and each cell cut at the length limit.
    /// `guardsFormulas`: the CSV files carry the formula guard, which the cells drop.
    /// `rowLimit`: rows a sheet holds (a smaller one in tests).
    public static func write(path: String, folder: String, files: [String], guardsFormulas: Bool,
                             rowLimit: Int = maximumRows) throws -> [String] {
        let schemas = Dictionary(uniqueKeysWithValues: try DataPackage.schemas(folder: folder, files: files).map { ($0.file, $0.columns) })
        let temporary = NSTemporaryDirectory()
        var options = lxw_workbook_options()
        options.constant_memory = UInt8(LXW_TRUE.rawValue)
        let workbook: UnsafeMutablePointer<lxw_workbook>? = temporary.withCString { tmpdir in
            options.tmpdir = UnsafeMutablePointer(mutating: tmpdir)
            return workbook_new_opt(path, &options)
        }
        guard let workbook else { throw Failure(description: "\(path): cannot create the workbook") }
        var closed = false
        defer { if !closed { workbook_close(workbook) } }
        // A fixed creation time, so that the same input gives the same bytes.
        var properties = lxw_doc_properties()
        properties.created = 315_532_800   // 1980-01-01, the earliest date a ZIP file holds
        workbook_set_properties(workbook, &properties)
        let bold = workbook_add_format(workbook)
        format_set_bold(bold)
        var warnings: [String] = []

        // The `columns` sheet: what each column of each sheet holds.
        guard let about = workbook_add_worksheet(workbook, "columns") else { throw Failure(description: "\(path): cannot add the sheet columns") }
        var row: UInt32 = 0
        for (column, title) in ["sheet", "column", "type", "description"].enumerated() {
            worksheet_write_string(about, 0, UInt16(column), title, bold)
        }
        for file in files {
            for field in schemas[file] ?? [] {
                row += 1
                worksheet_write_string(about, row, 0, String(file.dropLast(4)), nil)
                worksheet_write_string(about, row, 1, field.name, nil)
                worksheet_write_string(about, row, 2, field.type.rawValue, nil)
                worksheet_write_string(about, row, 3, field.description, nil)
            }
        }
        worksheet_freeze_panes(about, 1, 0)

        for file in files {
            var columns = schemas[file] ?? []
            // Sheet names are the CSV files' own (at most 31 characters, none "columns").
            guard let sheet = workbook_add_worksheet(workbook, String(file.dropLast(4)).prefix(31).description) else {
                throw Failure(description: "\(path): cannot add a sheet for \(file)")
            }
            if columns.count > maximumColumns {
                warnings.append("\(file): \(columns.count) columns; the workbook's sheet holds the first \(maximumColumns) (a spreadsheet's limit); the CSV file has them all")
                columns.removeLast(columns.count - maximumColumns)
            }
            var reader = try CSVRecordReader(path: (folder as NSString).appendingPathComponent(file), separator: UInt8(ascii: ","))
            var rowIndex: UInt32 = 0
            var cutCells = 0
            var lastRow = 0
            while let record = try reader.next() {
                if Int(rowIndex) >= rowLimit {
                    var rest = 1
                    while try reader.next() != nil { rest += 1 }
                    warnings.append("\(file): \(lastRow + rest) rows; the workbook's sheet holds the first \(rowLimit - 1) (a spreadsheet's limit); the CSV file has them all")
                    break
                }
                for (index, var value) in record.fields.enumerated() where index < columns.count {
                    let column = UInt16(index)
                    if rowIndex == 0 {
                        if index == 0, value.hasPrefix("\u{FEFF}") { value.removeFirst() }
                        worksheet_write_string(sheet, 0, column, value, bold)
                        continue
                    }
                    if value.isEmpty { continue }
                    switch columns[index].type {
                    case .integer, .number:
                        if let number = Double(value), number.isFinite, abs(number) <= exactIntegers || columns[index].type == .number {
                            worksheet_write_number(sheet, rowIndex, column, number, nil)
                        } else {
                            worksheet_write_string(sheet, rowIndex, column, value, nil)
                        }
                    case .boolean where value == "true" || value == "false":
                        worksheet_write_boolean(sheet, rowIndex, column, value == "true" ? 1 : 0, nil)
                    case .boolean, .string:
                        if guardsFormulas { value = unguarded(value) }
                        if value.unicodeScalars.count > maximumCellCharacters {
                            value = String(String.UnicodeScalarView(value.unicodeScalars.prefix(maximumCellCharacters)))
                            cutCells += 1
                        }
                        worksheet_write_string(sheet, rowIndex, column, value, nil)
                    }
                }
                lastRow = Int(rowIndex)
                rowIndex += 1
            }
            worksheet_freeze_panes(sheet, 1, 0)
            if !columns.isEmpty {
                worksheet_autofilter(sheet, 0, 0, UInt32(max(lastRow, 0)), UInt16(columns.count - 1))
            }
            if cutCells > 0 {
                warnings.append("\(file): \(cutCells) cells longer than \(maximumCellCharacters) characters are cut in the workbook (a spreadsheet's limit); the CSV file has them whole")
            }
        }
        closed = true
        let result = workbook_close(workbook)
        guard result == LXW_NO_ERROR else {
            throw Failure(description: "\(path): the workbook could not be written (\(String(cString: lxw_strerror(result))))")
        }
        return warnings
    }

    /// `value` without the `'` the CSV formula guard put in front of it (see `CSVTable`).
    static func unguarded(_ value: String) -> String {
        guard value.hasPrefix("'") else { return value }
        let rest = String(value.dropFirst())
        return CSVTable.needsFormulaGuard(rest) ? rest : value
    }
}
