/// A problem writing the outputs. Each message names the path and what to do.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    case outputNotAFolder(path: String)
    case outputNotOurs(path: String)
    case outputNotWritable(path: String, reason: String)
    case dumpNotWritable(path: String, reason: String)
    case statistics(String)

    public var description: String {
        switch self {
        case .outputNotAFolder(let path):
            return "\(path): exists and is not a folder; choose another --out"
        case .outputNotOurs(let path):
            return "\(path): is a folder with files that analyze did not write; choose another --out or empty it (analyze replaces its output folder whole)"
        case .outputNotWritable(let path, let reason):
            return "\(path): cannot write the output folder (\(reason)); choose a writable --out"
        case .statistics(let problem):
            return "a statistic could not be computed (\(problem)); please report this with the corpus that caused it"
        case .dumpNotWritable(let path, let reason):
            return "\(path): cannot write the cleaned texts (\(reason)); choose a writable --dump-clean folder"
        }
    }
}
