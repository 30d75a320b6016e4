/// The uses of a story a teller can agree to, each on its own. Stored by raw value.
public enum ConsentScope: String, CaseIterable, Codable, Sendable {
    /// Publish on this site. Needed to submit at all.
    case publish
    /// Partner organisations may reuse it (feeds, embeds).
    case partners
    /// It may be used in campaigns and message tests.
    case campaigns
    /// It may be translated.
    case translate
    /// Photos that show the teller's face may be shown (there is no face detector: the teller and the
    /// moderators say which photos show a face).
    case face
}
