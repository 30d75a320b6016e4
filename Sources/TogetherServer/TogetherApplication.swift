import Hummingbird
import Logging
import TogetherStore

/// Builds the web application around the engines and the store.
public enum TogetherApplication {
    public static func makeRouter(services: AppServices, resources: Resources) -> Router<AppContext> {
        let router = Router(context: AppContext.self, options: [.autoGenerateHeadEndpoints])
        // Outermost first: every response, errors included, passes through the ones above it.
        router.add(middleware: SecurityHeadersMiddleware(behindTLS: services.configuration.isBehindTLS))
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: LanguageMiddleware(translations: services.translations, cookies: services.cookies))
        router.add(middleware: ErrorPageMiddleware(services: services))
        let table = RouteTable()
        router.add(middleware: MethodNotAllowedMiddleware(routes: table))
        router.add(middleware: AuthenticationMiddleware(services: services))
        router.add(middleware: FormProtectionMiddleware(services: services))

        let routes = RouteRegistrar(router: router, languages: services.translations.languages, services: services, table: table)
        PagesController(services: services).register(routes)
        AuthController(services: services).register(routes)
        SetupController(services: services).register(routes)
        DashboardController(services: services).register(routes)
        UsersController(services: services).register(routes)
        StoriesAPIController(services: services).register(routes)
        PhotosController(services: services).register(routes)
        StoryIntakeController(services: services).register(routes)
        StoriesPagesController(services: services).register(routes)
        ReviewController(services: services).register(routes)
        TranslationController(services: services).register(routes)
        AuditLogController(services: services).register(routes)
        CheckController(services: services).register(routes)
        RulePacksController(services: services).register(routes)
        FeedsController(services: services).register(routes)
        MyStoryController(services: services).register(routes)
        ConversationsController(services: services).register(routes)
        ConversationsStaffController(services: services).register(routes)
        MessageTestsController(services: services).register(routes)
        MessageTestsStaffController(services: services).register(routes)
        GatheringsController(services: services).register(routes)
        GatheringsStaffController(services: services).register(routes)
        PledgesController(services: services).register(routes)
        PledgesStaffController(services: services).register(routes)
        ChaptersController(services: services).register(routes)
        VoicesController(services: services).register(routes)
        OperationsController(
            services: services, stylesheet: resources.stylesheet, openAPIDocument: resources.openAPIDocument,
            checkScript: resources.checkScript
        )
        .register(routes)
        return router
    }

    public static func make(services: AppServices, resources: Resources) -> some ApplicationProtocol {
        Application(
            router: ChapterAwareRouter(router: makeRouter(services: services, resources: resources), directory: services.chapters),
            configuration: .init(address: .hostname(services.configuration.host, port: services.configuration.port)),
            services: [
                ConsentExpiryService(services: services), ErasureCompactionService(services: services),
                RetentionService(services: services), ConversationResultsService(services: services),
            ],
            logger: services.logger
        )
    }
}
