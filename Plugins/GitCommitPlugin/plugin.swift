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
            // A linked worktree keeps its branches in the main repository (its `commondir`).
            var folders = [gitDirectory]
            if let common = try? String(contentsOfFile: gitDirectory.appending("commondir").string, encoding: .utf8) {
                let named = common.trimmingCharacters(in: .whitespacesAndNewlines)
                folders.append(named.hasPrefix("/") ? Path(named) : gitDirectory.appending(named))
            }
            if let text = try? String(contentsOfFile: head.string, encoding: .utf8), text.hasPrefix("ref:") {
                let ref = text.dropFirst("ref:".count).trimmingCharacters(in: .whitespacesAndNewlines)
                for folder in folders where FileManager.default.fileExists(atPath: folder.appending(ref).string) {
                    inputs.append(folder.appending(ref))
                }
            }
            for folder in folders where FileManager.default.fileExists(atPath: folder.appending("packed-refs").string) {
                inputs.append(folder.appending("packed-refs"))
            }
        }
        let output = context.pluginWorkDirectory.appending("GitCommit.swift")
        return [.buildCommand(
            displayName: "Reading the git commit for \(target.name)",
            executable: try context.tool(named: "GitCommitTool").path,
            arguments: [output.string, gitDirectory.string],
            inputFiles: inputs,
            outputFiles: [output])]
    }
}
