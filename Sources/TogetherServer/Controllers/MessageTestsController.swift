import Foundation
import Hummingbird
import Localization
import TogetherStore

/// Taking part in a message test without an account: consent, questions, the message, more
/// questions, the real action, thanks. One address; each step is a plain form post, and a respondent
/// who comes back finds the step they left (their arm never changes).
struct MessageTestsController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.messageTest(id: .key), use: show)
        routes.on(.messageTest(id: .key), .post, use: submit)
    }

    private var desk: MessageTestDesk { services.messageTests }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        let survey = try await Survey.load(desk.test(named: context.parameters), desk: desk, context: context)
        let key = ParticipantKey.read(request, cookies: services.cookies, externalID: nil, create: false)
        let respondent = try await key.hash(for: survey.id).asyncMap { try await desk.respondent(of: survey.id, keyHash: $0) }
        return try await render(survey, respondent: respondent, request: request, context: context)
    }

    @Sendable func submit(_ request: Request, context: AppContext) async throws -> Response {
        let survey = try await Survey.load(desk.test(named: context.parameters), desk: desk, context: context)
        let form = context.form ?? FormFields()
        let key = ParticipantKey.read(request, cookies: services.cookies, externalID: nil, create: true)
        guard let hash = key.hash(for: survey.id) else { throw HTTPError(.badRequest) }
        var respondent = try await desk.respondent(of: survey.id, keyHash: hash)
        guard survey.test.status == .open else {
            return try await render(survey, respondent: respondent, request: request, context: context, status: .conflict)
        }
        guard let current = respondent else {
            respondent = try await desk.start(survey.test, keyHash: hash, armCount: survey.arms.count, plan: survey.plan(arm:))
            var response = redirect(survey, context: context)
            key.setCookie(on: &response, cookies: services.cookies)
            return response
        }
        // A form from an earlier step (the back button, a second tab) shows where the respondent is now.
        guard let step = RespondentStep(rawValue: current.step), form["step"] == current.step else {
            return redirect(survey, context: context)
        }
        let next = survey.plan(arm: current.arm).next(after: step)
        switch step {
        case .before, .after:
            let phase: MessageTestQuestionRecord.Phase = step == .before ? .before : .after
            let asked = survey.questions.filter { $0.phase == phase }
            var answers: [Int: Int] = [:]
            for question in asked {
                if let value = form["q\(question.number)"].flatMap({ Int($0) }), question.accepts(value) {
                    answers[question.number] = value
                }
            }
            guard answers.count == asked.count else {
                return try await render(
                    survey, respondent: current, request: request, context: context, given: answers, status: .unprocessableContent)
            }
            try await desk.answer(current, step: step, answers: answers, next: next)
        case .message:
            try await desk.answer(current, step: step, answers: [:], next: next)
        case .action:
            let took = form["act"] == "yes"
            // A second submission of the same step (a double click) records nothing and takes no action.
            guard try await desk.answer(current, step: step, answers: [:], behaviour: took ? 1 : 0, next: next) else { break }
            // The share is real: the respondent goes on to share, and the click is what was recorded.
            if took, survey.test.behaviour == .share { return .redirect(to: survey.test.behaviourText, type: .found) }
            // So is the signature: it counts on the campaign's own page, once per browser.
            if took, survey.test.behaviour == .sign, let campaign = try await campaign(of: survey),
                let id = campaign.id,
                let hash = ParticipantKey.read(request, cookies: services.cookies, externalID: nil, create: false).hash(for: id)
            {
                _ = try await services.pledges.sign(campaign, keyHash: hash, firstName: "")
            }
            // So is the reservation: the choice to come is the outcome; the place is held if one is free.
            if took, survey.test.behaviour == .rsvp, let gathering = try await gathering(of: survey) {
                let reservation: MessageTestRespondentPage.Reservation
                do {
                    let code = try await services.gatherings.rsvp(gathering, name: "", places: 1)
                    reservation = self.reservation(code: code.description, problem: nil, gathering, context: context)
                } catch let error as GatheringError {
                    let t = services.translations.localizer(for: context.language)
                    reservation = self.reservation(code: nil, problem: t(error.messageKey), gathering, context: context)
                }
                let updated = try await desk.respondent(of: survey.id, keyHash: current.keyHash)
                return try await render(
                    survey, respondent: updated ?? current, request: request, context: context, reservation: reservation)
            }
        case .done:
            break
        }
        return redirect(survey, context: context)
    }

    /// The campaign a test offers to sign, while it takes signatures.
    private func campaign(of survey: Survey) async throws -> PledgeRecord? {
        guard survey.test.behaviour == .sign, let id = UUID(uuidString: survey.test.behaviourText) else { return nil }
        return try await services.pledges.pledge(id)
    }

    /// The gathering a test offers to come to.
    private func gathering(of survey: Survey) async throws -> GatheringDesk.Listed? {
        guard survey.test.behaviour == .rsvp, let id = UUID(uuidString: survey.test.behaviourText) else { return nil }
        return try await services.gatherings.gathering(id)
    }

    private func reservation(code: String?, problem: String?, _ gathering: GatheringDesk.Listed, context: AppContext)
        -> MessageTestRespondentPage.Reservation
    {
        .init(
            code: code, problem: problem, gatheringURL: SiteRoute.gathering(id: .value(gathering.gathering.id)).path(context.language),
            cancelURL: SiteRoute.gatheringCancel.path(context.language))
    }

    private func redirect(_ survey: Survey, context: AppContext) -> Response {
        .redirect(to: SiteRoute.messageTest(id: .value(survey.id)).path(context.language), type: .found)
    }

    private func render(
        _ survey: Survey, respondent: MessageTestRespondentRecord?, request: Request, context: AppContext, given: [Int: Int]? = nil,
        reservation: MessageTestRespondentPage.Reservation? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = services.translations.localizer(for: context.language)
        let step = respondent.flatMap { RespondentStep(rawValue: $0.step) }
        var questions: [SurveyQuestionModel] = []
        if let step, step == .before || step == .after {
            let phase: MessageTestQuestionRecord.Phase = step == .before ? .before : .after
            questions = survey.questions.filter { $0.phase == phase }.map { question in
                let chosen = given?[question.number]
                return SurveyQuestionModel(question, chosen: chosen, error: given != nil && chosen == nil ? t("mt_error_answer") : nil)
            }
        }
        var message: MessageTestRespondentPage.Message?
        if step == .message, let respondent { message = try await survey.message(arm: respondent.arm, stories: services.stories) }
        let page = MessageTestRespondentPage(
            test: survey.test, step: step, questions: questions, message: message,
            signed: [.pledge, .sign].contains(survey.test.behaviour) && respondent?.behaviour == 1,
            gathering: step == .action
                ? try await gathering(of: survey).map {
                    ($0.gathering.title, GatheringCard.when($0.gathering, language: context.language, t: t))
                } : nil,
            campaign: step == .action ? try await campaign(of: survey).map { ($0.text, $0.language) } : nil,
            reservation: reservation,
            surveyLanguage: survey.language, problem: given != nil ? t("mt_error_answers") : nil, csrf: context.csrf.token(),
            language: context.language, t: t)
        return services.views.render(
            "message-test", title: page.title, page: page, request: request, context: context, services: services, status: status)
    }
}
