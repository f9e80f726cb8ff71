import Foundation
import PackagePlugin

/// Compiles the text files (`.txt`, `.csv`) in a target's `Resources/` folder into the target as string
/// constants (`EmbeddedText.<file name with _ for .>`): data stays a data file in the
/// repository, kept as its authors publish it, and the binary needs no resource bundle.
/// (SwiftPM's `.embedInCode` does the same with an array of byte literals, which took
/// minutes to compile for the 1.7 MB VADER lexicon; a string literal compiles at once.)
@main
struct EmbedTextPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        // The Path API of tools version 5.10 (the URL one needs 6.1).
        let folder = target.directory.appending("Resources")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.string)) ?? []
        let inputs = names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".csv") }.sorted().map { folder.appending($0) }
        guard !inputs.isEmpty else { return [] }
        let output = context.pluginWorkDirectory.appending("EmbeddedText.swift")
        return [.buildCommand(
            displayName: "Embedding \(inputs.count) text files in \(target.name)",
            executable: try context.tool(named: "EmbedTextTool").path,
            arguments: [output.string] + inputs.map(\.string),
            inputFiles: inputs,
            outputFiles: [output])]
    }
}
