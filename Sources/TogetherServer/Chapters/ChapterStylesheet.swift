/// The few custom properties a chapter changes in the platform's stylesheet.
enum ChapterStylesheet {
    static func css(for chapter: Chapter) -> String {
        """
        @media (prefers-color-scheme: light) {
        :root{--primary:\(chapter.colour);--primary-h:\(ColourContrast.darker(chapter.colour));--link:\(chapter.colour)}
        }
        .site-header{border-block-start:.375rem solid \(chapter.accent)}
        .brand img{block-size:2.5rem;inline-size:auto;vertical-align:middle}

        """
    }
}
