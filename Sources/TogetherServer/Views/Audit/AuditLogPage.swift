import Foundation
import Localization
import Stories

/// The audit log as a table: when, who (role and name), what, which story.
struct AuditLogPage {
    struct Row {
        let when: String
        let who: String
        let action: String
        let story: String?
        let storyURL: String?
    }

    let title: String
    let caption: String
    let rows: [Row]
    let isEmpty: Bool
    let nextURL: String?
    let previousURL: String?

    init(
        _ entries: [StoryDesk.AuditEntry], hasMore: Bool, offset: Int, story: UUID?, baseURL: String, language: Language, t: Localizer
    ) {
        let format = LocaleFormat(language: language)
        title = t("audit_title")
        caption = story.map { t("audit_caption_story", ["id": $0.uuidString.lowercased()]) } ?? t("audit_caption")
        rows = entries.map { entry in
            Row(
                when: format.dateTime(entry.at), who: Self.who(entry, t: t), action: Self.action(entry.action, t: t),
                story: entry.storyID.map { String($0.uuidString.lowercased().prefix(8)) },
                storyURL: entry.storyID.map { baseURL + "?story=" + $0.uuidString.lowercased() })
        }
        isEmpty = entries.isEmpty
        let filter = story.map { "story=\($0.uuidString.lowercased())&" } ?? ""
        nextURL = hasMore ? baseURL + "?" + filter + "cursor=\(offset + entries.count)" : nil
        previousURL = offset > 0 ? baseURL + "?" + filter + "cursor=\(max(0, offset - 50))" : nil
    }

    /// "Moderator · Amal", "API token (moderator) · nightly import", "The teller".
    static func who(_ entry: StoryDesk.AuditEntry, t: Localizer) -> String {
        let role: String
        if entry.role.hasPrefix("api:") {
            role = t("audit_role_api", ["role": t("role_\(entry.role.dropFirst(4))")])
        } else if entry.role == "teller" {
            role = t("audit_role_teller")
        } else if entry.role == "system" {
            role = t("audit_role_system")
        } else {
            role = t("role_\(entry.role)")
        }
        return [role, entry.actorName].compactMap { $0 }.joined(separator: " · ")
    }

    static let knownActions: Set<String> = Set([
        "submit", "translate", "start-review", "edit", "request-approval", "approve", "request-changes", "publish", "reject", "withdraw",
        "change-consent", "show-contact", "upload-pack", "remove-pack", "feature", "unfeature", "redact", "keep-details",
        "publish-override-redactions", "purge", "withdraw-replayed", "mark-exceptional", "unmark-exceptional", "purge-contact", "add-photo",
        "remove-photo", "mark-face",
        "mark-no-face",
    ]).union(ConversationDesk.AuditAction.allCases.map(\.rawValue)).union(MessageTestDesk.AuditAction.allCases.map(\.rawValue))
        .union(GatheringDesk.AuditAction.allCases.map(\.rawValue)).union(PledgeDesk.AuditAction.allCases.map(\.rawValue))

    static func action(_ name: String, t: Localizer) -> String {
        knownActions.contains(name) ? t("audit_action_\(name.replacingOccurrences(of: "-", with: "_"))") : name
    }
}
