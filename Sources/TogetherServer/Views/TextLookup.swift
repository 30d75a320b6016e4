import Localization
import Mustache

/// Lets templates write `{{t.home_title}}`: each name is a catalog key, looked up in the page's language.
struct TextLookup: MustacheParent, Sendable {
    let localizer: Localizer

    func child(named key: String) -> Any? { localizer(key) }
}
