// swift-tools-version:5.10
// libFuzzer harnesses for the parsers and text code of the parent package (issue 18, item 5).
// Built by scripts/fuzz.sh into ../.build-fuzz with `-sanitize=fuzzer,address` on every Swift
// target (see README.md); not part of the parent package, so `swift build` and `swift test`
// at the root never see it.
import PackageDescription

let package = Package(
    name: "NewsCoverageFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        // Named, so that the product below is found whatever the clone's folder is called.
        .package(name: "NewsCoverage", path: ".."),
    ],
    targets: [
        // One binary for all harnesses: the first argument or FUZZ_HARNESS picks one
        // (Harness.swift lists them). Its main hands over to libFuzzer's driver, linked in by
        // -sanitize=fuzzer here (only here: the parent's build tools must keep their own main).
        .executableTarget(
            name: "NewsFuzz",
            dependencies: ["CFuzzerDriver", .product(name: "NewsCoverage", package: "NewsCoverage")],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])]
        ),
        .target(name: "CFuzzerDriver"),
    ]
)
