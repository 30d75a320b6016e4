import Localization

/// Where a `next=` parameter may send someone after signing in: only a page of this site, never
/// another host (`//evil.example`, `/\evil.example`), so the sign-in page cannot be used to lure people away.
enum SafeRedirect {
    static func path(_ candidate: String, language: Language) -> String? {
        guard candidate.hasPrefix("/"), !candidate.hasPrefix("//"), !candidate.contains("\\"),
            !candidate.contains(where: { $0.isWhitespace || $0.isNewline }), candidate.count <= 512
        else { return nil }
        return candidate
    }
}
