// swift-tools-version:6.1
import Foundation
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "together",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "together", targets: ["together"]),
        .library(name: "Localization", targets: ["Localization"]),
        .library(name: "Stories", targets: ["Stories"]),
        .library(name: "NarrativeChecker", targets: ["NarrativeChecker"]),
        .library(name: "Redaction", targets: ["Redaction"]),
        .library(name: "Photos", targets: ["Photos"]),
        .library(name: "CommonGround", targets: ["CommonGround"]),
        .library(name: "Impact", targets: ["Impact"]),
        .library(name: "Gatherings", targets: ["Gatherings"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing.git", from: "1.19.7"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
    ],
    targets: [
        // Engines: pure Swift, no web, no database.
        .target(
            name: "Localization",
            swiftSettings: swiftSettings
        ),

        .target(
            name: "Stories",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),

        .target(
            name: "NarrativeChecker",
            dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/packs")],
            swiftSettings: swiftSettings
        ),

        .target(
            name: "Redaction",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Resources/lexicon"), .copy("Resources/names"), .copy("Resources/ATTRIBUTION.md")],
            swiftSettings: swiftSettings
        ),

        .target(
            name: "Photos",
            swiftSettings: swiftSettings
        ),

        .target(
            name: "CommonGround",
            swiftSettings: swiftSettings
        ),

        .target(
            name: "Impact",
            swiftSettings: swiftSettings
        ),

        .target(
            name: "Gatherings",
            swiftSettings: swiftSettings
        ),

        // Persistence: FluentKit models and migrations on SQLite or PostgreSQL.
        .target(
            name: "TogetherStore",
            dependencies: [
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),

        // The web shell.
        .target(
            name: "TogetherServer",
            dependencies: [
                "CommonGround",
                "Gatherings",
                "Impact",
                "Localization",
                "NarrativeChecker",
                "Photos",
                "Redaction",
                "Stories",
                "TogetherStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [
                .copy("Resources/templates"), .copy("Resources/public"), .copy("Resources/locales"), .copy("Resources/api"),
                .copy("Resources/items"),
            ],
            swiftSettings: swiftSettings
        ),

        .executableTarget(
            name: "together",
            dependencies: [
                "CommonGround",
                "Impact",
                "NarrativeChecker",
                "Redaction",
                "TogetherServer",
                "TogetherStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),

        .testTarget(
            name: "LocalizationTests",
            dependencies: ["Localization"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "NarrativeCheckerTests",
            dependencies: ["NarrativeChecker"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RedactionTests",
            dependencies: ["Redaction"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ImpactTests",
            dependencies: ["Impact"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CommonGroundTests",
            dependencies: ["CommonGround"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PhotosTests",
            dependencies: ["Photos"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GatheringsTests",
            dependencies: ["Gatherings"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StoriesTests",
            dependencies: ["Stories"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TogetherServerTests",
            dependencies: [
                "NarrativeChecker",
                "Localization",
                "TogetherServer",
                "TogetherStore",
                "Stories",
                "Gatherings",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"],
            swiftSettings: swiftSettings
        ),
    ]
)

// Fuzz targets (libFuzzer): only with TOGETHER_FUZZ=1, built by scripts/fuzz.sh with -sanitize=fuzzer,
// which supplies their main function; an ordinary build leaves them out.
if ProcessInfo.processInfo.environment["TOGETHER_FUZZ"] == "1" {
    package.targets += [
        .target(name: "FuzzDriver", path: "Fuzz/Driver", swiftSettings: swiftSettings),
        .executableTarget(
            name: "FuzzRedaction", dependencies: ["FuzzDriver", "Redaction"], path: "Fuzz/Redaction", swiftSettings: swiftSettings),
        .executableTarget(name: "FuzzPhotos", dependencies: ["FuzzDriver", "Photos"], path: "Fuzz/Photos", swiftSettings: swiftSettings),
        .executableTarget(
            name: "FuzzRulePacks", dependencies: ["FuzzDriver", "NarrativeChecker"], path: "Fuzz/RulePacks", swiftSettings: swiftSettings),
        .executableTarget(
            name: "FuzzChecker", dependencies: ["FuzzDriver", "NarrativeChecker"], path: "Fuzz/Checker", swiftSettings: swiftSettings),
        .executableTarget(
            name: "FuzzPolisCSV", dependencies: ["FuzzDriver", "CommonGround"], path: "Fuzz/PolisCSV", swiftSettings: swiftSettings),
        .executableTarget(
            name: "FuzzImpactCSV", dependencies: ["FuzzDriver", "Impact"], path: "Fuzz/ImpactCSV", swiftSettings: swiftSettings),
    ]
}
