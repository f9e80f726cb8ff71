/// A problem writing the outputs. Each message names the path and what to do.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    case outputNotAFolder(path: String, option: String)
    case outputNotOurs(path: String, option: String)
    /// An output folder analyze wrote holds a file it did not write (added later by the user).
    case outputHoldsForeignFile(path: String, option: String, file: String)
    case outputIsLink(path: String, option: String)
    /// The output folder is the current working folder or holds it.
    case outputHoldsWorkingFolder(path: String, option: String)
    /// The output folder is the corpus, lies inside it, or holds it.
    case outputOverlapsCorpus(path: String, option: String, corpus: String, outputInsideCorpus: Bool)
    /// `--out` and `--dump-clean` are the same folder or one holds the other.
    case outputsOverlap(out: String, dump: String)
    case outputNotWritable(path: String, reason: String)
    case dumpNotWritable(path: String, reason: String)
    case statistics(String)
    /// A folder given to compare (or found in the history) that cannot be compared.
    case notComparable(path: String, problem: String)
    /// The history folder cannot be read or written.
    case historyNotWritable(path: String, reason: String)
    /// Another run holds the output folder's lock.
    case outputLocked(path: String, holder: String)

    public var description: String {
        switch self {
        case .outputNotAFolder(let path, let option):
            return "\(path): exists and is not a folder; choose another \(option)"
        case .outputNotOurs(let path, let option):
            return "\(path): is a folder with files that analyze did not write; choose another \(option) or empty it (analyze replaces its output folder whole)"
        case .outputHoldsForeignFile(let path, let option, let file):
            return "\(path): holds '\(file)', which analyze did not write, and the folder is replaced whole; move the file out or choose another \(option)"
        case .outputIsLink(let path, let option):
            return "\(path): is a symbolic link, and analyze does not write through links; give the folder it points to, or another \(option)"
        case .outputHoldsWorkingFolder(let path, let option):
            return "\(path): is the current folder or holds it, and the output folder is replaced whole; give \(option) a folder inside or beside it, such as Output"
        case .outputOverlapsCorpus(let path, let option, let corpus, let outputInsideCorpus):
            return outputInsideCorpus
                ? "\(path): is the corpus folder \(corpus) or inside it, so its outputs would be read as articles; give \(option) a folder outside the corpus"
                : "\(path): holds the corpus \(corpus), and the output folder is replaced whole; give \(option) a folder that does not contain the corpus"
        case .outputsOverlap(let out, let dump):
            return "--dump-clean \(dump) and --out \(out) are the same folder or one lies inside the other; give them separate folders"
        case .outputNotWritable(let path, let reason):
            return "\(path): cannot write the output folder (\(reason)); choose a writable --out"
        case .statistics(let problem):
            return "a statistic could not be computed (\(problem)); please report this with the corpus that caused it"
        case .dumpNotWritable(let path, let reason):
            return "\(path): cannot write the cleaned texts (\(reason)); choose a writable --dump-clean folder"
        case .notComparable(let path, let problem):
            return "\(path): \(problem)"
        case .historyNotWritable(let path, let reason):
            return "\(path): cannot keep the run's history there (\(reason)); give --history a writable folder, or none to keep no history"
        case .outputLocked(let path, let holder):
            return "\(path): another analyze run (\(holder)) is writing this output folder; run again when it has finished, or give --wait to wait for it"
        }
    }
}
