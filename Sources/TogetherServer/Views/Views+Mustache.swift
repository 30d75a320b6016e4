import Mustache

// Templates look values up by name. Answering with a switch, rather than letting the renderer
// reflect on each struct with Mirror for every lookup, makes a page render several times faster
// (docs/benchmarks.md). A name a template uses but no case answers renders empty: the snapshot
// tests catch that.

extension ViewRenderer.Envelope: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": return self.chrome
        case "page": return self.page
        case "t": return self.t
        default: return nil
        }
    }
}

extension Chrome: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": return self.lang
        case "dir": return self.dir
        case "title": return self.title
        case "stylesheet": return self.stylesheet
        case "homeURL": return self.homeURL
        case "siteName": return self.siteName
        case "chapterStylesheet": return self.chapterStylesheet
        case "logoURL": return self.logoURL
        case "platformBrand": return self.platformBrand
        case "aboutURL": return self.aboutURL
        case "privacyURL": return self.privacyURL
        case "loginURL": return self.loginURL
        case "storiesURL": return self.storiesURL
        case "logoutURL": return self.logoutURL
        case "nav": return self.nav
        case "alternates": return self.alternates
        case "user": return self.user
        case "csrfToken": return self.csrfToken
        case "isDemo": return self.isDemo
        case "notice": return self.notice
        default: return nil
        }
    }
}

extension Chrome.Link: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": return self.label
        case "href": return self.href
        case "current": return self.current
        default: return nil
        }
    }
}

extension Chrome.Alternate: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "code": return self.code
        case "name": return self.name
        case "href": return self.href
        case "current": return self.current
        default: return nil
        }
    }
}

extension HomePage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "storiesURL": return self.storiesURL
        case "conversationsURL": return self.conversationsURL
        case "latest": return self.latest
        case "hasLatest": return !self.latest.isEmpty
        case "tellURL": return self.tellURL
        case "aboutURL": return self.aboutURL
        case "privacyURL": return self.privacyURL
        case "features": return self.features
        case "common": return self.common
        case "gatherings": return self.gatherings
        case "hasGatherings": return !self.gatherings.isEmpty
        case "gatheringsURL": return self.gatheringsURL
        case "pledge": return self.pledge
        case "pledgesURL": return self.pledgesURL
        default: return nil
        }
    }
}

extension HomePage.Feature: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "text": return self.text
        default: return nil
        }
    }
}

extension ProsePage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "sections": return self.sections
        default: return nil
        }
    }
}

extension ProsePage.Section: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": return self.heading
        case "paragraphs": return self.paragraphs
        default: return nil
        }
    }
}

extension FormPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "intro": return self.intro
        case "action": return self.action
        case "csrf": return self.csrf
        case "hidden": return self.hidden
        case "fields": return self.fields
        case "submit": return self.submit
        case "errorSummary": return self.errorSummary
        case "reference": return self.reference
        default: return nil
        }
    }
}

extension FormPage.Reference: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": return self.heading
        case "title": return self.title
        case "paragraphs": return self.paragraphs
        case "lang": return self.lang
        case "dir": return self.dir
        default: return nil
        }
    }
}

extension FormPage.HiddenField: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "value": return self.value
        default: return nil
        }
    }
}

extension FieldModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "name": return self.name
        case "label": return self.label
        case "type": return self.type
        case "value": return self.value
        case "autocomplete": return self.autocomplete
        case "hint": return self.hint
        case "error": return self.error
        case "required": return self.required
        case "options": return self.options
        case "isSelect": return self.isSelect
        case "describedBy": return self.describedBy
        case "isTextarea": return self.isTextarea
        case "lang": return self.lang
        case "dir": return self.dir
        case "isChoices": return self.isChoices
        case "isInput": return self.isInput
        case "choiceType": return self.choiceType
        default: return nil
        }
    }
}

extension FieldModel.Option: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "value": return self.value
        case "label": return self.label
        case "selected": return self.selected
        default: return nil
        }
    }
}

extension ErrorSummary: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "items": return self.items
        default: return nil
        }
    }
}

extension ErrorSummary.Item: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "field": return self.field
        case "message": return self.message
        default: return nil
        }
    }
}

extension ErrorPage.Model: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "text": return self.text
        case "linkURL": return self.linkURL
        case "linkLabel": return self.linkLabel
        default: return nil
        }
    }
}

extension DashboardController.Page: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "welcome": return self.welcome
        case "roleCounts": return self.roleCounts
        case "links": return self.links
        default: return nil
        }
    }
}

extension DashboardController.Page.RoleCount: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": return self.text
        case "description": return self.description
        default: return nil
        }
    }
}

extension DashboardController.Page.Link: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": return self.label
        case "href": return self.href
        default: return nil
        }
    }
}

extension UsersPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return self.title
        case "caption": return self.caption
        case "rows": return self.rows
        case "invitation": return self.invitation
        case "invite": return self.invite
        case "inviteAction": return self.inviteAction
        case "csrf": return self.csrf
        case "errorText": return self.errorText
        default: return nil
        }
    }
}

extension UsersPage.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return self.id
        case "name": return self.name
        case "email": return self.email
        case "roleLabel": return self.roleLabel
        case "status": return self.status
        case "since": return self.since
        case "roleAction": return self.roleAction
        case "activeAction": return self.activeAction
        case "activeValue": return self.activeValue
        case "activeButton": return self.activeButton
        case "roleButton": return self.roleButton
        case "roleFieldLabel": return self.roleFieldLabel
        case "roleOptions": return self.roleOptions
        case "csrf": return self.csrf
        default: return nil
        }
    }
}

extension UsersPage.Invitation: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": return self.text
        case "link": return self.link
        default: return nil
        }
    }
}

extension UsersPage.InviteForm: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "fields": return self.fields
        case "errorSummary": return self.errorSummary
        default: return nil
        }
    }
}

extension SignedInUser: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "displayName": return self.displayName
        default: return nil
        }
    }
}
