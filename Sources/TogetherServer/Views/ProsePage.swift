import Localization

/// A page of plain-language text (About, Privacy), laid out from catalog keys so that every
/// word is translated.
struct ProsePage {
    /// The catalog keys of a page: its title and, per section, a heading and paragraphs.
    struct Outline {
        let titleKey: String
        let sections: [(heading: String?, paragraphs: [String])]
    }

    struct Section {
        let heading: String?
        let paragraphs: [String]
    }

    let title: String
    let sections: [Section]

    init(outline: Outline, t: Localizer) {
        title = t(outline.titleKey)
        sections = outline.sections.map { section in
            Section(heading: section.heading.map { t($0) }, paragraphs: section.paragraphs.map { t($0) })
        }
    }

    static let about = Outline(
        titleKey: "about_title",
        sections: [
            (nil, ["about_intro"]),
            ("about_why_heading", ["about_why_1", "about_why_2"]),
            ("about_how_heading", ["about_how_1", "about_how_2"]),
            ("about_open_heading", ["about_open_1"]),
        ])

    static let privacy = Outline(
        titleKey: "privacy_title",
        sections: [
            (nil, ["privacy_intro"]),
            ("privacy_collect_heading", ["privacy_collect_1", "privacy_collect_2"]),
            ("privacy_cookies_heading", ["privacy_cookies_1"]),
            ("privacy_stories_heading", ["privacy_stories_1"]),
            ("privacy_rights_heading", ["privacy_rights_1"]),
        ])
}
