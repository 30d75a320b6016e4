import Foundation
import Hummingbird
import Localization
import Stories

/// The voices dashboard for staff who publish: aggregates only, with the minimum shares that raise
/// an alert.
struct VoicesController {
    let services: AppServices

    func register(_ routes: RouteRegistrar) {
        routes.on(.staffVoices, use: show)
        routes.on(.staffVoicesAlerts, .post, use: alerts)
    }

    @Sendable func show(_ request: Request, context: AppContext) async throws -> Response {
        let notice = request.uri.queryParameters.get("done") == "saved" ? "voices_saved" : nil
        return try await render(request: request, context: context, notice: notice)
    }

    /// Minimum shares per voice, in percent (empty: no alert for that voice).
    @Sendable func alerts(_ request: Request, context: AppContext) async throws -> Response {
        let form = context.form ?? FormFields()
        var minimums: [String: Double?] = [:]
        for voice in Voice.allCases.map(\.rawValue) {
            let text = form.trimmed("minimum_\(voice)")
            guard !text.isEmpty else {
                minimums[voice] = .some(nil)
                continue
            }
            guard let percent = Double(text), (0...100).contains(percent) else {
                return try await render(
                    request: request, context: context, problem: "voices_error_minimum", status: .unprocessableContent)
            }
            minimums[voice] = percent / 100
        }
        try await services.stories.setVoiceMinimums(minimums)
        return .redirect(to: SiteRoute.staffVoices.path(context.language) + "?done=saved", type: .found)
    }

    private func render(
        request: Request, context: AppContext, notice: String? = nil, problem: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = services.translations.localizer(for: context.language)
        let page = VoicesPage(
            report: try await services.stories.voicesReport(), minimums: try await services.stories.voiceMinimums(),
            notice: (problem ?? notice).map { t($0) }, csrf: context.csrf.token(), language: context.language, t: t)
        return services.views.render(
            "staff-voices", title: page.title, page: page, request: request, context: context, services: services, status: status)
    }
}
