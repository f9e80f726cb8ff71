// swift-tools-version:5.10
import PackageDescription

let package = Package(
    name: "NewsCoverage",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "analyze", targets: ["analyze"]),
        .library(name: "NewsCoverage", targets: ["Corpus", "Text", "Analysis", "Reports", "Statistics"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // GSL, found through pkg-config; `make deps` (or apt) installs libgsl-dev.
        .systemLibrary(
            name: "CGSL",
            path: "Sources/CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"])]
        ),
        .target(name: "Statistics", dependencies: ["CGSL"]),
        .systemLibrary(
            name: "CCmarkGFM",
            path: "Sources/CCmarkGFM",
            providers: [.apt(["libcmark-gfm-dev"])]
        ),
        // libxlsxwriter, for --xlsx; `make deps` (or apt) installs libxlsxwriter-dev.
        .systemLibrary(
            name: "CXlsxWriter",
            path: "Sources/CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // libxml2's HTML parser, for .html articles; `make deps` (or apt) installs libxml2-dev.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Nettle's SHA-256, for the input digests of run.json; `make deps` (or apt) installs nettle-dev.
        .systemLibrary(
            name: "CNettle",
            path: "Sources/CNettle",
            pkgConfig: "nettle",
            providers: [.apt(["nettle-dev"])]
        ),
        // What Swift's Glibc module does not expose (an atomic exchange of two folders).
        .target(name: "CPlatform", path: "Sources/CPlatform"),
        .target(name: "Corpus", dependencies: ["Yams", "CLibXML2"]),
        .target(name: "Text", exclude: ["Resources"], plugins: ["EmbedTextPlugin"]),
        // Bundled data kept as files in Sources/Analysis/Resources (the VADER 3.3.2 lexicon and
        // emoji table, byte for byte as published; MIT, Licenses/VADER-LICENSE.txt), compiled
        // into the binary as string constants by the EmbedTextPlugin.
        .target(name: "Analysis", dependencies: ["Corpus", "Text", "Statistics", "Yams"],
                exclude: ["Resources"], plugins: ["EmbedTextPlugin"]),
        .executableTarget(name: "EmbedTextTool", path: "Sources/EmbedTextTool"),
        .plugin(name: "EmbedTextPlugin", capability: .buildTool(), dependencies: ["EmbedTextTool"]),
        // The git commit of the checkout, for `analyze --version`.
        .executableTarget(name: "GitCommitTool", path: "Sources/GitCommitTool"),
        .plugin(name: "GitCommitPlugin", capability: .buildTool(), dependencies: ["GitCommitTool"]),
        .target(name: "Reports", dependencies: ["Analysis", "Corpus", "Text", "Statistics", "CPlatform", "CCmarkGFM", "CXlsxWriter", "CNettle"]),
        .executableTarget(
            name: "analyze",
            dependencies: ["Reports", "Analysis", "Corpus", "Text", "Statistics",
                           .product(name: "ArgumentParser", package: "swift-argument-parser"),
                           .product(name: "Yams", package: "Yams")],
            plugins: ["GitCommitPlugin"]
        ),
        .testTarget(name: "StatisticsTests", dependencies: ["Statistics"], path: "Tests/StatisticsTests"),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus"], path: "Tests/CorpusTests"),
        .testTarget(name: "TextTests", dependencies: ["Text"], path: "Tests/TextTests"),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis"], path: "Tests/AnalysisTests"),
        .testTarget(name: "ReportsTests", dependencies: ["Reports"], path: "Tests/ReportsTests"),
        .testTarget(name: "analyzeTests", dependencies: ["analyze", "Text"], path: "Tests/analyzeTests"),
    ]
)
