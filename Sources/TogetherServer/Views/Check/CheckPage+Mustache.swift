import Mustache

extension CheckPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "action": return self.action
        case "csrf": return self.csrf
        case "fields": return self.fields
        case "problem": return self.problem
        case "hasReport": return self.hasReport
        case "languageNote": return self.languageNote
        case "segments": return self.segments
        case "items": return self.items.isEmpty ? nil : self.items
        case "strengths": return self.strengths.isEmpty ? nil : self.strengths
        case "lang": return self.lang
        case "dir": return self.dir
        case "apiURL": return self.apiURL
        case "scriptURL": return self.scriptURL
        default: return nil
        }
    }
}

extension CheckPage.Segment: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": return self.text
        case "number": return self.number.map(String.init)
        case "severity": return self.severity
        default: return nil
        }
    }
}

extension CheckPage.Item: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": return String(self.number)
        case "severity": return self.severity
        case "severityLabel": return self.severityLabel
        case "categoryLabel": return self.categoryLabel
        case "message": return self.message
        case "text": return self.text
        case "suggestions": return self.suggestions
        case "source": return self.source
        case "sourceURL": return self.sourceURL
        case "quotedNote": return self.quotedNote
        default: return nil
        }
    }
}

extension CheckPage.StrengthItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "message": return self.message
        case "examples": return self.examples
        default: return nil
        }
    }
}
