import ArgumentParser
import Foundation
import Impact

/// `together impact`: analyse a message test, or plan one with a realistic target.
struct ImpactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "impact", abstract: "Analyse a randomised message test, or plan the sample a target needs.",
        subcommands: [Analyze.self, Plan.self])

    struct Analyze: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "analyze",
            abstract: "Effects of each message on each outcome, as estimatr computes them (docs/impact.md).",
            discussion: "Exit code 0, or 2 for a usage or input error (named by file and line).")

        enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

        @Option(help: "The CSV file: one row per respondent.") var data: String
        @Option(help: "The column with each respondent's arm.") var arm: String
        @Option(help: "The control arm's label (default: 0 if present, else control).") var control: String?
        @Option(help: "An outcome column (repeatable).") var outcome: [String] = []
        @Option(help: "A pre-treatment covariate for Lin's adjustment (repeatable).") var covariate: [String] = []
        @Option(help: "A pre-treatment segment column: estimates within each segment.") var segment: String?
        @Option(help: "Output: json or text.") var format: Format = .text
        @Option(
            name: .customLong("missing-code"),
            help: "A code that means no answer, beside empty cells, NA, 77 and 88 (repeatable; 7 and 8 on 4-point ESS items).")
        var missingCodes: [String] = []

        static let maximumBytes = 512 * 1024 * 1024

        func validate() throws {
            guard !outcome.isEmpty else { throw ValidationError("Name at least one --outcome.") }
        }

        func run() throws {
            do {
                let missing = Responses.defaultMissing.union(missingCodes)
                let report: MessageTestReport
                if data == "-" {
                    // Standard input cannot be read twice: it is held in memory (up to the limit).
                    let bytes = try InputFile.read(data, maximumBytes: Self.maximumBytes, nothingTo: "analyse")
                    guard let text = String(data: bytes, encoding: .utf8) else { throw CheckFailure("standard input: is not UTF-8 text.") }
                    report = try MessageTest.analyze(
                        try Responses.read(
                            csv: text, file: "standard input", arm: arm, control: control, outcomes: outcome, covariates: covariate,
                            segment: segment, missing: missing))
                } else {
                    // A file is read in passes, a piece at a time: memory grows with the columns, not the respondents.
                    report = try MessageTest.analyze(
                        ResponseStream(
                            source: try InputFile.source(data), file: data, arm: arm, control: control, outcomes: outcome,
                            covariates: covariate, segment: segment, missing: missing))
                }
                switch format {
                case .json:
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                    FileHandle.standardOutput.write(try encoder.encode(report) + Data("\n".utf8))
                case .text:
                    FileHandle.standardOutput.write(Data(report.text.utf8))
                }
            } catch let error as ImpactError {
                FileHandle.standardError.write(Data("together impact: \(error)\n".utf8))
                throw ExitCode(2)
            } catch let failure as CheckFailure {
                FileHandle.standardError.write(Data("together impact: \(failure)\n".utf8))
                throw ExitCode(2)
            }
        }
    }

    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: "The sample each arm needs to detect an effect, and what a given sample can detect.",
            discussion: """
                Binary outcome (share who sign a pledge): --baseline 0.12 --effect 0.02. Continuous outcome: --sd 1.2 --effect 0.1.
                Two-sided alpha 0.05 and power 0.8; with several messages, alpha is divided among them (Bonferroni).
                """)
        @Option(help: "The control group's expected share for a yes/no outcome (0 to 1).") var baseline: Double?
        @Option(help: "The outcome's standard deviation, for a scale.") var sd: Double?
        @Option(help: "The effect to detect (a share for yes/no outcomes, points on the scale otherwise).") var effect: Double
        @Option(help: "Message arms, each compared with one control.") var arms: Int = 1
        @Option(help: "Respondents per arm you expect: what they can detect.") var perArm: Int?

        func validate() throws {
            guard (baseline == nil) != (sd == nil) else {
                throw ValidationError("Give --baseline (yes/no outcome) or --sd (scale), one of them.")
            }
            if let baseline, !(baseline > 0 && baseline < 1) { throw ValidationError("--baseline must be between 0 and 1.") }
            if let sd, !(sd > 0) { throw ValidationError("--sd must be positive.") }
            guard effect > 0 else { throw ValidationError("--effect must be positive.") }
            guard (1...50).contains(arms) else { throw ValidationError("--arms must be between 1 and 50.") }
            if let perArm, perArm < 2 { throw ValidationError("--per-arm must be at least 2.") }
        }

        func run() throws {
            let deviation = sd ?? Power.binarySD(baseRate: baseline!)
            let alpha = 0.05 / Double(arms)
            let needed = Power.sampleSizePerArm(sd: deviation, effect: effect, messages: arms)
            guard needed < Power.unreachable else {
                print("An effect of \(effect) is too small for any test to detect: it would need more than a trillion respondents per arm.")
                return
            }
            var lines = [
                "To detect \(effect) with 80% power (two-sided, alpha \(String(format: "%.4g", alpha)) per comparison):",
                "  \(needed) respondents per arm, \(needed * (arms + 1)) in all (\(arms) message arm\(arms == 1 ? "" : "s") and a control).",
            ]
            if let perArm {
                let detectable = Power.minimumDetectableEffect(sd: deviation, treated: perArm, control: perArm, alpha: alpha)
                lines.append(
                    "With \(perArm) per arm, the smallest effect you can expect to detect is \(String(format: "%.4g", detectable)).")
                if detectable > effect {
                    lines.append("  That is larger than the target: the test would likely miss an effect of \(effect).")
                }
            }
            lines.append("Persuasion effects are usually small (a median near r = 0.10 across studies): plan for them.")
            print(lines.joined(separator: "\n"))
        }
    }
}
