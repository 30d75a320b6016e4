import Mustache

extension AuditLogPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "caption": return self.caption
        case "rows": return self.rows
        case "isEmpty": return self.isEmpty
        case "nextURL": return self.nextURL
        case "previousURL": return self.previousURL
        default: return nil
        }
    }
}

extension AuditLogPage.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "when": return self.when
        case "who": return self.who
        case "action": return self.action
        case "story": return self.story
        case "storyURL": return self.storyURL
        default: return nil
        }
    }
}
