import Mustache

// The story pages' values for templates, answered by name (see Views+Mustache.swift for why).

extension ReceiptPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "intro": return self.intro
        case "code": return self.code
        case "manageURL": return self.manageURL
        case "describeFields": return self.describeFields
        case "hasDescribe": return !self.describeFields.isEmpty
        case "describeURL": return self.describeURL
        case "csrf": return self.csrf
        default: return nil
        }
    }
}

extension MyStoryPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "describeFields": return self.describeFields
        case "describeURL": return self.describeURL
        case "photoURL": return self.photoURL
        case "photoNote": return self.photoNote
        case "photoError": return self.photoError
        case "title": return self.title
        case "code": return self.code
        case "csrf": return self.csrf
        case "statusText": return self.statusText
        case "storyTitle": return self.storyTitle
        case "summary": return self.summary
        case "paragraphs": return self.paragraphs
        case "version": return self.version
        case "canApprove": return self.canApprove
        case "canRequestChanges": return self.canRequestChanges
        case "rejectionReason": return self.rejectionReason
        case "consentLines": return self.consentLines
        case "consentFields": return self.consentFields
        case "consentURL": return self.consentURL
        case "approveURL": return self.approveURL
        case "changesURL": return self.changesURL
        case "withdrawURL": return self.withdrawURL
        case "messageError": return self.messageError
        case "translations": return self.translations
        case "hasTranslations": return !self.translations.isEmpty
        default: return nil
        }
    }
}

extension MyStoryPage.Translation: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "languageName": return self.languageName
        case "lang": return self.lang
        case "dir": return self.dir
        case "statusText": return self.statusText
        case "storyTitle": return self.storyTitle
        case "paragraphs": return self.paragraphs
        case "version": return self.version
        case "canApprove": return self.canApprove
        case "canRequestChanges": return self.canRequestChanges
        default: return nil
        }
    }
}

extension StoryCard: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": return self.href
        case "title": return self.title
        case "excerpt": return self.excerpt
        case "paragraphs": return self.paragraphs
        case "summary": return self.summary
        case "lang": return self.lang
        case "dir": return self.dir
        case "credit": return self.credit
        case "place": return self.place
        case "themes": return self.themes.isEmpty ? nil : self.themes
        case "languageName": return self.languageName
        case "otherLanguages": return self.otherLanguages.isEmpty ? nil : self.otherLanguages
        case "translateURL": return self.translateURL
        case "photoURL": return self.photoURL
        default: return nil
        }
    }
}

extension StoryCard.LanguageLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": return self.href
        case "label": return self.label
        case "lang": return self.lang
        default: return nil
        }
    }
}

extension StoryListPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "action": return self.action
        case "query": return self.query
        case "filtersHTML": return self.filtersHTML
        case "filters": return self.filters
        case "cards": return self.cards
        case "nextURL": return self.nextURL
        case "resultsHeading": return self.resultsHeading
        case "isEmpty": return self.isEmpty
        default: return nil
        }
    }
}

extension ReviewQueuePage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "action": return self.action
        case "filters": return self.filters
        case "title": return self.title
        case "caption": return self.caption
        case "rows": return self.rows
        case "isEmpty": return self.isEmpty
        default: return nil
        }
    }
}

extension ReviewQueuePage.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": return self.href
        case "title": return self.title
        case "lang": return self.lang
        case "dir": return self.dir
        case "language": return self.language
        case "status": return self.status
        case "submitted": return self.submitted
        case "childNote": return self.childNote
        default: return nil
        }
    }
}

extension ReviewPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "storyTitle": return self.storyTitle
        case "lang": return self.lang
        case "dir": return self.dir
        case "statusText": return self.statusText
        case "childNote": return self.childNote
        case "versionText": return self.versionText
        case "changes": return self.changes
        case "hasChanges": return self.hasChanges
        case "editFields": return self.editFields
        case "editAction": return self.editAction
        case "actionURL": return self.actionURL
        case "contactURL": return self.contactURL
        case "csrf": return self.csrf
        case "canRequestApproval": return self.canRequestApproval
        case "canPublish": return self.canPublish
        case "canReject": return self.canReject
        case "tellerMessage": return self.tellerMessage
        case "rejectionReason": return self.rejectionReason
        case "consentLines": return self.consentLines
        case "hasContact": return self.hasContact
        case "contact": return self.contact
        case "problem": return self.problem
        case "facilitationNote": return self.facilitationNote
        case "changesHeading": return self.changesHeading
        case "compareField": return self.compareField
        case "compareURL": return self.compareURL
        case "history": return self.history.isEmpty ? nil : self.history
        case "original": return self.original
        case "translations": return self.translations.isEmpty ? nil : self.translations
        case "checkNotes": return self.checkNotes.isEmpty ? nil : self.checkNotes
        case "redactions": return self.redactions
        case "hasRedactions": return !self.redactions.isEmpty
        case "redactionsURL": return self.redactionsURL
        case "unresolvedNote": return self.unresolvedNote
        case "photo": return self.photo
        case "highlighted": return self.highlighted?.paragraphs
        case "canFeature": return self.canFeature
        case "canUnfeature": return self.canUnfeature
        case "isExceptional": return self.isExceptional
        case "canMarkExceptional": return self.canMarkExceptional
        case "featuredNote": return self.featuredNote
        case "translateURL": return self.translateURL
        default: return nil
        }
    }
}

extension ReviewPage.Change: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "isSame": return self.isSame
        case "isAdded": return self.isAdded
        case "isRemoved": return self.isRemoved
        case "text": return self.text
        default: return nil
        }
    }
}

extension EmbedPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": return self.lang
        case "dir": return self.dir
        case "stylesheet": return self.stylesheet
        case "card": return self.card
        case "url": return self.url
        case "readLabel": return self.readLabel
        default: return nil
        }
    }
}

extension ReviewPage.HistoryRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "when": return self.when
        case "who": return self.who
        case "action": return self.action
        default: return nil
        }
    }
}

extension ReviewPage.Original: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": return self.href
        case "title": return self.title
        case "paragraphs": return self.paragraphs
        case "lang": return self.lang
        case "dir": return self.dir
        default: return nil
        }
    }
}

extension ReviewPage.TranslationLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": return self.href
        case "label": return self.label
        default: return nil
        }
    }
}

extension ReviewPage.CheckNote: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "field": return self.field
        case "text": return self.text
        case "message": return self.message
        case "suggestions": return self.suggestions
        default: return nil
        }
    }
}

/// The filters alone, for ``FragmentCache``.
struct StoryFiltersFragment: MustacheParent {
    let filters: [FieldModel]

    func child(named name: String) -> Any? {
        name == "filters" ? filters : nil
    }
}
