import Foundation
import Localization
import TogetherStore

/// The staff list with its forms, as plain values for the template.
struct UsersPage {
    /// What the last action left to show: an invitation link, or problems to fix.
    struct Outcome {
        var form = FormFields()
        var errors = FieldErrors()
        var invitedName: String?
        var invitationLink: String?
        var tableError: String?
    }

    struct Row {
        let id: String
        let name: String
        let email: String
        let roleLabel: String
        let status: String
        let since: String
        let roleAction: String
        let activeAction: String
        let activeValue: String
        let activeButton: String
        let roleButton: String
        let roleFieldLabel: String
        let roleOptions: [FieldModel.Option]
        let chapterLabel: String
        let chapterFieldLabel: String
        let chapterOptions: [FieldModel.Option]
        let csrf: String
    }

    struct Invitation {
        let text: String
        let link: String
    }

    struct InviteForm {
        let fields: [FieldModel]
        let errorSummary: ErrorSummary?
    }

    let title: String
    let caption: String
    let rows: [Row]
    let invitation: Invitation?
    let invite: InviteForm
    let inviteAction: String
    let csrf: String
    let errorText: String?
    /// Chapter columns and choices appear once the installation has a chapter.
    let hasChapters: Bool

    init(users: [User], chapters: [Chapter], space: UUID?, outcome: Outcome, language: Language, csrf: String, t: Localizer) {
        hasChapters = !chapters.isEmpty
        func chapterOptions(selected: String) -> [FieldModel.Option] {
            [FieldModel.Option(value: "", label: t("users_chapter_main"), selected: selected.isEmpty)]
                + chapters.map { .init(value: $0.id.uuidString, label: $0.name, selected: $0.id.uuidString == selected) }
        }
        let format = LocaleFormat(language: language)
        title = t("users_title")
        caption = t.plural("users_caption", count: users.count)
        self.csrf = csrf
        inviteAction = SiteRoute.users.path(language)
        errorText = outcome.tableError.map { t($0) }
        rows = users.compactMap { user in
            guard let id = user.id else { return nil }
            return Row(
                id: id.uuidString.lowercased(), name: user.displayName, email: user.email,
                roleLabel: t("role_\(user.role.rawValue)"),
                status: user.isActive
                    ? (user.passwordHash.isEmpty ? t("users_status_invited") : t("users_status_active")) : t("users_status_inactive"),
                since: user.createdAt.map { format.date($0) } ?? "",
                roleAction: SiteRoute.userRole(id: .value(id)).path(language),
                activeAction: SiteRoute.userActive(id: .value(id)).path(language),
                activeValue: user.isActive ? "false" : "true",
                activeButton: t(user.isActive ? "users_deactivate" : "users_activate", ["name": user.displayName]),
                roleButton: t("users_change_role"),
                roleFieldLabel: t("users_role_for", ["name": user.displayName]),
                roleOptions: Role.allCases.map { .init(value: $0.rawValue, label: t("role_\($0.rawValue)"), selected: $0 == user.role) },
                chapterLabel: chapters.first { $0.id == user.chapterID }?.name ?? t("users_chapter_main"),
                chapterFieldLabel: t("users_col_chapter") + ": " + user.displayName,
                chapterOptions: chapterOptions(selected: user.chapterID?.uuidString ?? ""),
                csrf: csrf)
        }
        invitation = outcome.invitationLink.map { Invitation(text: t("users_invited", ["name": outcome.invitedName ?? ""]), link: $0) }
        let error = { (field: String) in outcome.errors.message(for: field).map { t($0) } }
        let selectedRole = outcome.form["role"] ?? Role.facilitator.rawValue
        var fields = [
            FieldModel(
                id: "invite-name", name: "name", label: t("field_name"), value: outcome.form.trimmed("name"), autocomplete: "off",
                error: error("name")),
            FieldModel(
                id: "invite-email", name: "email", label: t("field_email"), type: "email", value: outcome.form.trimmed("email"),
                autocomplete: "off", error: error("email")),
            FieldModel(
                id: "invite-role", name: "role", label: t("field_role"), error: error("role"),
                options: Role.allCases.map {
                    .init(value: $0.rawValue, label: t("role_\($0.rawValue)"), selected: $0.rawValue == selectedRole)
                }),
        ]
        if hasChapters {
            fields.append(
                FieldModel(
                    id: "invite-chapter", name: "chapter", label: t("users_col_chapter"), error: error("chapter"),
                    options: chapterOptions(selected: outcome.form["chapter"] ?? space?.uuidString ?? "")))
        }
        invite = InviteForm(fields: fields, errorSummary: ErrorSummary(outcome.errors, fields: fields, t: t))
    }
}
