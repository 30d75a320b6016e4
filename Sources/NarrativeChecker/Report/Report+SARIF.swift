import Foundation

/// SARIF 2.1.0, for code-scanning tools and editors. Columns count Unicode code points, as the
/// run declares (`columnKind`).
public enum SARIF {
    public static func document(_ reports: [(file: String, report: Report)], rules: [Rule]) -> [String: Any] {
        let used = Set(reports.flatMap { $0.report.findings.map(\.rule) })
        let ruleEntries: [[String: Any]] = used.sorted().map { id in
            let rule = rules.first { $0.id == id }
            var entry: [String: Any] = [
                "id": id,
                "shortDescription": ["text": rule?.message(in: "en") ?? id],
                "properties": ["category": rule?.category.rawValue ?? id.replacingOccurrences(of: "-post", with: "")],
            ]
            if let url = rule?.source?.url { entry["helpUri"] = url }
            return entry
        }
        let results: [[String: Any]] = reports.flatMap { file, report in
            report.findings.map { finding in
                [
                    "ruleId": finding.rule,
                    "level": level(finding.severity),
                    "message": ["text": finding.message],
                    "locations": [
                        [
                            "physicalLocation": [
                                "artifactLocation": ["uri": file],
                                "region": [
                                    "startLine": finding.line, "startColumn": finding.column, "charOffset": finding.start,
                                    "charLength": finding.end - finding.start,
                                ],
                            ]
                        ]
                    ],
                    "properties": ["category": finding.category.rawValue, "suggestions": finding.suggestions],
                ] as [String: Any]
            }
        }
        return [
            "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
            "version": "2.1.0",
            "runs": [
                [
                    "tool": ["driver": ["name": "together check", "rules": ruleEntries]],
                    "columnKind": "unicodeCodePoints",
                    "results": results,
                ] as [String: Any]
            ],
        ]
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .suggestion: return "note"
        }
    }
}
