import ArgumentParser
import Foundation
import Yams

/// A value of one option in a configuration file (`--config`, `--print-config`).
enum ConfigValue: Equatable {
    case text(String)
    case integer(Int)
    case number(Double)
    case flag(Bool)
    case list([String])
    case none

    /// The value as YAML: text in double quotes (JSON's escapes, which YAML reads), lists
    /// in flow style, `null` for an unset option.
    var yaml: String {
        switch self {
        case .text(let text): return Self.quoted(text)
        case .integer(let value): return String(value)
        case .number(let value): return "\(value)"
        case .flag(let value): return value ? "true" : "false"
        case .list(let items): return "[" + items.map(Self.quoted).joined(separator: ", ") + "]"
        case .none: return "null"
        }
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// `analyze run --config FILE`: a YAML mapping from long option names (without `--`) to
/// values, as `--print-config` writes it, read into command-line arguments before
/// parsing. Options given on the command line win over the file's. Relative paths in the
/// file are taken relative to the file's folder, so a replication package can be run from
/// anywhere. `corpus` is the corpus argument.
enum RunConfiguration {
    /// A configuration file that cannot be used, with the fix.
    struct FileError: Error, CustomStringConvertible {
        let description: String
    }

    /// The keys whose values are paths.
    static let pathKeys: Set<String> = ["corpus", "out", "stopwords", "dump-clean", "entities", "lexicon", "figure-review", "history", "since"]

    /// The subcommands other than `run`: their arguments are left alone.
    static let otherSubcommands: Set<String> = ["merge", "compare", "kwic", "entities", "figures", "score", "help"]

    /// `arguments` with the options of the `--config` file (when the run subcommand has
    /// one) put in front, less those the command line gives itself.
    static func expand(_ given: [String]) throws -> [String] {
        let joined = joiningNegativeNumbers(given)
        if let first = joined.first, otherSubcommands.contains(first) { return joined }
        let arguments = splittingCompare(joined)
        var path: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--config", index + 1 < arguments.count {
                path = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix("--config=") {
                path = String(argument.dropFirst("--config=".count))
            }
            index += 1
        }
        guard let path else { return arguments }
        let entries = try load(path: path)
        var prefix: [String] = []
        for (key, value) in entries where !givesOption(arguments, key: key) {
            if key == "corpus" {
                if case .text(let corpus) = value { prefix.append("--config-corpus=" + corpus) }
                continue
            }
            // `--key=value`, so that a value starting with - stays a value.
            switch value {
            case .flag(let on): prefix.append(on ? "--" + key : "--no-" + key)
            case .none: continue
            case .list(let items): for item in items { prefix.append("--\(key)=\(item)") }
            case .text(let text): prefix.append("--\(key)=\(text)")
            case .integer(let value): prefix.append("--\(key)=\(value)")
            case .number(let value): prefix.append("--\(key)=\(value)")
            }
        }
        // After `run`, if the command line names it, so that the options go to that subcommand.
        if let first = arguments.first, first == "run" || first == "partial" { return [first] + prefix + arguments.dropFirst() }
        return prefix + arguments
    }

    /// `--jobs -1` as `--jobs=-1`: a negative number after an option is its value, so that the
    /// option's own check names the problem ("--jobs must be 1 or more") instead of the parser
    /// taking `-1` for an option and saying the value is missing.
    static func joiningNegativeNumbers(_ arguments: [String]) -> [String] {
        var out: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                out += arguments[index...]
                break
            }
            if argument.hasPrefix("--"), !argument.contains("="), index + 1 < arguments.count,
               arguments[index + 1].hasPrefix("-"), Double(arguments[index + 1]) != nil {
                out.append(argument + "=" + arguments[index + 1])
                index += 2
                continue
            }
            out.append(argument)
            index += 1
        }
        return out
    }

    /// `--compare A B` as `--compare A --compare B`: the option takes two values and no
    /// more, so a corpus after them stays the corpus (`--compare A B Corpus`).
    static func splittingCompare(_ arguments: [String]) -> [String] {
        var out: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                out += arguments[index...]
                break
            }
            out.append(argument)
            index += 1
            if argument == "--compare" {
                // The first value is taken whatever it looks like, as the parser would.
                if index < arguments.count {
                    out.append(arguments[index])
                    index += 1
                }
                if index < arguments.count, !arguments[index].hasPrefix("-") {
                    out += ["--compare", arguments[index]]
                    index += 1
                }
            }
        }
        return out
    }

    /// Whether the command line gives option `key` itself (`--key`, `--key=...`, a flag's
    /// `--no-key`, or its short form).
    static func givesOption(_ arguments: [String], key: String) -> Bool {
        var forms: Set<String> = ["--" + key, "--no-" + key]
        if key == "quiet" { forms.insert("-q") }
        return arguments.contains { argument in
            forms.contains(argument) || forms.contains { argument.hasPrefix($0 + "=") }
        }
    }

    /// The entries of the file at `path`, checked against the run's options and with its
    /// relative paths resolved.
    static func load(path: String) throws -> [(String, ConfigValue)] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileError(description: "\(path): cannot read the configuration file; check the path given to --config")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw FileError(description: "\(path): the configuration file is not UTF-8 text; save it as UTF-8")
        }
        let loaded: Any?
        do {
            loaded = try Yams.load(yaml: text)
        } catch {
            let detail = "\(error)".split(separator: "\n").first.map(String.init) ?? "not YAML"
            throw FileError(description: "\(path): not a YAML file (\(detail)); write one option per line as `min-count: 2`, or start from `analyze run CORPUS --print-config`")
        }
        guard let loaded else { return [] }
        guard let mapping = loaded as? [String: Any] else {
            throw FileError(description: "\(path): the configuration must be a mapping of option names to values, one per line as `min-count: 2`")
        }
        let kinds = AnalyzeCommand.configKinds
        // The folder as given (empty for a file in the working folder), so that a file
        // written by --print-config in the working folder reads back to the same paths.
        let folder = (path as NSString).deletingLastPathComponent
        var entries: [(String, ConfigValue)] = []
        for key in mapping.keys.sorted() {
            let raw = mapping[key]!
            let name = key.hasPrefix("--") ? String(key.dropFirst(2)) : key
            guard let kind = kinds[name] else {
                throw FileError(description: "\(path): `\(key)` is not an option of analyze run; `analyze run CORPUS --print-config` lists them")
            }
            guard var value = convert(raw, to: kind) else {
                throw FileError(description: "\(path): `\(key)` needs \(kind.expected), not \(describe(raw))")
            }
            if pathKeys.contains(name), !folder.isEmpty {
                func resolved(_ text: String) -> String { text.hasPrefix("/") ? text : (folder as NSString).appendingPathComponent(text) }
                // `history: none` switches the history off; it is no path.
                if case .text(let text) = value, !(name == "history" && text == "none"), !(name == "since" && text == "last") { value = .text(resolved(text)) }
                if case .list(let items) = value { value = .list(items.map(resolved)) }
            }
            entries.append((name, value))
        }
        return entries
    }

    /// The kind of value an option takes.
    enum Kind {
        case text, integer, number, flag, list

        var expected: String {
            switch self {
            case .text: return "a text"
            case .integer: return "a whole number"
            case .number: return "a number"
            case .flag: return "true or false"
            case .list: return "a list, as [\"A\", \"B\"]"
            }
        }
    }

    static func convert(_ raw: Any, to kind: Kind) -> ConfigValue? {
        if raw is NSNull { return ConfigValue.none }
        switch kind {
        case .flag:
            return (raw as? Bool).map(ConfigValue.flag)
        case .integer:
            if raw is Bool { return nil }
            return (raw as? Int).map(ConfigValue.integer)
        case .number:
            if raw is Bool { return nil }
            if let value = raw as? Double { return .number(value) }
            return (raw as? Int).map { .number(Double($0)) }
        case .text:
            if let text = raw as? String { return .text(text) }
            if raw is Bool { return nil }
            if let value = raw as? Int { return .text(String(value)) }
            return nil
        case .list:
            // One value stands for a list of one (`lexicon: liwc.dic`).
            if let text = raw as? String { return .list([text]) }
            guard let items = raw as? [Any] else { return nil }
            var texts: [String] = []
            for item in items {
                if let text = item as? String { texts.append(text) } else if let value = item as? Int { texts.append(String(value)) } else { return nil }
            }
            return .list(texts)
        }
    }

    static func describe(_ raw: Any) -> String {
        if let text = raw as? String { return "\"\(text)\"" }
        if raw is [Any] { return "a list" }
        if raw is [String: Any] { return "a mapping" }
        return "\(raw)"
    }

    /// The YAML `--print-config` prints: every option of the run, one per line, in the
    /// order of `analyze help run`.
    static func yaml(_ entries: [(String, ConfigValue)]) -> String {
        var out = "# analyze \(BuildInfo.version) run options; use with: analyze run --config FILE\n"
            + "# Relative paths are read from the folder that holds FILE: save it in the folder this was printed in, or edit them.\n"
        for (key, value) in entries { out += "\(key): \(value.yaml)\n" }
        return out
    }
}
