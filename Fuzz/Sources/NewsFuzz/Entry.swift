import CFuzzerDriver

#if canImport(Glibc)
import Glibc
#endif

/// The harness this process runs.
nonisolated(unsafe) private var selected: Harness?

/// libFuzzer calls this for every input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    selected?.run(bytes)
    return 0
}

/// `NewsFuzz [HARNESS] [libFuzzer flags and corpus folders]`: the harness is the first
/// argument or, when that is not a harness name, `FUZZ_HARNESS`. A first argument is moved
/// into `FUZZ_HARNESS`, so that the processes libFuzzer starts itself (-minimize_crash,
/// -fork, -merge) run the same harness.
@main
enum NewsFuzz {
    static func main() {
        var arguments = Array(UnsafeBufferPointer(start: CommandLine.unsafeArgv, count: Int(CommandLine.argc)))
        if arguments.count > 1, let first = arguments[1], Harness(rawValue: String(cString: first)) != nil {
            setenv("FUZZ_HARNESS", first, 1)
            arguments.remove(at: 1)
        }
        let name = getenv("FUZZ_HARNESS").map { String(cString: $0) } ?? ""
        guard let harness = Harness(rawValue: name) else {
            let names = Harness.allCases.map(\.rawValue).joined(separator: ", ")
            fputs("usage: NewsFuzz HARNESS [libFuzzer flags] [corpus folders]\n(or FUZZ_HARNESS=HARNESS); the harnesses: \(names)\n", stderr)
            exit(2)
        }
        selected = harness
        Scratch.prepare()
        var argc = Int32(arguments.count)
        arguments.append(nil)
        let status = arguments.withUnsafeMutableBufferPointer { buffer -> Int32 in
            var argv = buffer.baseAddress
            return LLVMFuzzerRunDriver(&argc, &argv, fuzzerTestOneInput)
        }
        exit(status)
    }
}
