import Crypto
import FluentKit
import Foundation
import Redaction
import Stories
import TogetherStore

extension StoryDesk {
    /// A personal detail found in one field of a version, as moderators decide on it.
    public struct RedactionSuggestion: Sendable, Equatable {
        public let field: String
        public let span: Span
        /// Names the detail within its story without holding its words (see ``fingerprint(_:in:)``).
        public let key: String
        /// Sure enough that publishing waits for a decision.
        public var isHigh: Bool { span.confidence >= StoryDesk.blockingConfidence }
        /// A moderator decided the detail may stay.
        public let isKept: Bool
    }

    /// Details found with at least this confidence hold publication until a moderator decides.
    public static let blockingConfidence = 0.8

    /// The fingerprint of a detail in a story: a SHA-256 of the story, the kind and the folded words.
    /// The words themselves are in the story's versions; the decision table holds only this.
    static func fingerprint(_ span: Span, in story: UUID) -> String {
        let material = story.uuidString + "\n" + span.type.rawValue + "\n" + span.text.lowercased()
        return SHA256.hash(data: Data(material.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// What the redactor finds in a version's title, summary and body (confidence 0.5 and up).
    public func redactionSuggestions(for version: StoryVersionRecord, of record: StoryRecord) async throws -> [RedactionSuggestion] {
        let id = try record.requireID()
        let kept = Set(try await RedactionDecisionRecord.query(on: database).filter(\.$story.$id == id).all().map(\.fingerprint))
        var suggestions: [RedactionSuggestion] = []
        for (field, text) in [("title", version.title), ("summary", version.summary), ("body", version.body)] where !text.isEmpty {
            for span in try services.redactor.detect(in: text, language: record.language) where span.confidence >= 0.5 {
                let key = Self.fingerprint(span, in: id)
                suggestions.append(RedactionSuggestion(field: field, span: span, key: key, isKept: kept.contains(key)))
            }
        }
        return suggestions
    }

    /// Sure details in the version that would go out, with no decision yet.
    /// `current`: the current version's suggestions when the caller has them already (the review page),
    /// so the words are not read and scanned twice when that is the version that would go out.
    public func unresolvedRedactions(of record: StoryRecord, current: [RedactionSuggestion]? = nil) async throws -> [RedactionSuggestion] {
        let number = record.approvedVersion ?? record.currentVersion
        let suggestions: [RedactionSuggestion]
        if let current, number == record.currentVersion {
            suggestions = current
        } else {
            guard let version = try await version(number, of: record) else { return [] }
            suggestions = try await redactionSuggestions(for: version, of: record)
        }
        return suggestions.filter { $0.isHigh && !$0.isKept }
    }

    /// Applies a moderator's decisions on the current version: details in `redact` are replaced by
    /// their label in a new version (which the teller approves like any edit); details in `keep` are
    /// remembered as decided. Keys not found in the version are ignored.
    public func decideRedactions(_ record: StoryRecord, redact: Set<String>, keep: Set<String>, by actor: Actor) async throws {
        guard let current = try await version(record.currentVersion, of: record) else { throw StoryDeskError.missingVersion }
        let id = try record.requireID()
        let suggestions = try await redactionSuggestions(for: current, of: record)
        let toKeep = suggestions.filter { keep.contains($0.key) && !redact.contains($0.key) && !$0.isKept }
        if !toKeep.isEmpty {
            let now = services.now()
            try await database.transaction { db in
                for suggestion in Dictionary(grouping: toKeep, by: \.key).compactMap(\.value.first) {
                    try await RedactionDecisionRecord(
                        storyID: id, kind: suggestion.span.type.rawValue, fingerprint: suggestion.key, decidedAt: now
                    )
                    .create(on: db)
                }
                try await audit(action: "keep-details", story: id, by: actor, on: db)
            }
        }
        let chosen = suggestions.filter { redact.contains($0.key) }
        guard !chosen.isEmpty else { return }
        func redacted(_ field: String, _ text: String) -> String {
            Redactor.redact(text, spans: chosen.filter { $0.field == field }.map(\.span), style: .label, minimumConfidence: 0)
        }
        try await edit(
            record, title: redacted("title", current.title), summary: redacted("summary", current.summary),
            body: redacted("body", current.body), by: actor, auditAction: "redact")
    }

    /// Publishes, refusing while sure personal details have no decision, unless a moderator
    /// overrides (written to the audit log as such).
    public func publish(_ record: StoryRecord, by actor: Actor, overridingRedactions: Bool = false) async throws {
        let unresolved = try await unresolvedRedactions(of: record)
        if !unresolved.isEmpty {
            guard overridingRedactions else { throw RedactionRefusal(count: unresolved.count) }
            try await apply(.publish, to: record, by: actor)
            try await audit(action: "publish-override-redactions", story: record.id, by: actor, on: database)
            return
        }
        try await apply(.publish, to: record, by: actor)
    }
}

/// Publication waits for a decision on each sure personal detail.
public struct RedactionRefusal: Error, Equatable, CustomStringConvertible {
    public let count: Int

    public var description: String {
        "\(count) personal detail(s) in the version to publish have no decision yet: redact or keep each on the review page, or publish with an override."
    }
}
