import Foundation
import PackagePlugin

/// Writes `GitCommit.swift` (`enum GitCommit { static let id }`) into a target: the commit
/// the package's git checkout is at, for `analyze --version`. It reads the files under
/// `.git` (HEAD, the branch's ref, packed-refs), with no git command, and names them as the
/// command's inputs, so a new commit rebuilds it. Without a checkout the id is empty.
@main
struct GitCommitPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directory
        var gitDirectory = root.appending(".git")
        // A worktree or submodule has a `.git` file that names the real folder.
        if let text = try? String(contentsOfFile: gitDirectory.string, encoding: .utf8), text.hasPrefix("gitdir:") {
            let named = text.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespacesAndNewlines)
            gitDirectory = named.hasPrefix("/") ? Path(named) : root.appending(named)
        }
        var inputs: [Path] = []
        let head = gitDirectory.appending("HEAD")
        if FileManager.default.fileExists(atPath: head.string) {
            inputs.append(head)
            if let text = try? String(contentsOfFile: head.string, encoding: .utf8), text.hasPrefix("ref:") {
                let ref = text.dropFirst("ref:".count).trimmingCharacters(in: .whitespacesAndNewlines)
                let loose = gitDirectory.appending(ref)
                if FileManager.default.fileExists(atPath: loose.string) { inputs.append(loose) }
            }
            let packed = gitDirectory.appending("packed-refs")
            if FileManager.default.fileExists(atPath: packed.string) { inputs.append(packed) }
        }
        let output = context.pluginWorkDirectory.appending("GitCommit.swift")
        return [.buildCommand(
            displayName: "Reading the git commit for \(target.name)",
            executable: try context.tool(named: "EmbedTextTool").path,
            arguments: ["--git-commit", output.string, gitDirectory.string],
            inputFiles: inputs,
            outputFiles: [output])]
    }
}
