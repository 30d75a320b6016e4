import Mustache

extension ReviewPage.RedactionRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "field": return self.field
        case "kind": return self.kind
        case "text": return self.text
        case "isHigh": return self.isHigh
        case "isKept": return self.isKept
        case "redactID": return self.redactID
        case "keepID": return self.keepID
        default: return nil
        }
    }
}

extension ReviewPage.Photo: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "url": return self.url
        case "showsFace": return self.showsFace
        case "note": return self.note
        default: return nil
        }
    }
}

extension HighlightedText.Paragraph: MustacheParent {
    func child(named name: String) -> Any? {
        name == "pieces" ? self.pieces : nil
    }
}

extension HighlightedText.Piece: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": return self.text
        case "isMarked": return self.isMarked
        case "kind": return self.kind
        default: return nil
        }
    }
}
