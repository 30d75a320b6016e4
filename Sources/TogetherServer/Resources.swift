import Foundation
import Localization
import Mustache
import NarrativeChecker
import Redaction

/// Templates and translation catalogs, loaded and checked once at start.
public struct Resources: Sendable {
    let templates: MustacheLibrary
    let translations: Translations
    let stylesheet: String
    let openAPIDocument: String
    let checkScript: String
    /// The narrative checker's built-in rule packs, read once, and the checker compiled from them.
    let rulePacks: [RulePack]
    let checker: Checker
    let redactor: Redactor
    /// The survey items message tests can ask.
    let itemBank: ItemBank

    static let languages: [Language] = [.english, .french, .spanish, .arabic]

    /// Loads from the package's bundled resources; a broken template or catalog stops the start
    /// with the file and line named.
    public static func load() async throws -> Resources {
        guard let root = Bundle.module.resourceURL else { throw ResourceError.missing("resource bundle") }
        let templates = try templateLibrary(at: root.appendingPathComponent("templates"))
        let locales = root.appendingPathComponent("locales")
        let source = try catalog(at: locales.appendingPathComponent("messages.pot"), languageCode: "en")
        var catalogs: [Catalog] = []
        for language in languages where language != .english {
            catalogs.append(try catalog(at: locales.appendingPathComponent("\(language.code).po"), languageCode: language.code))
        }
        let rulePacks = try Checker.builtInPacks()
        return Resources(
            templates: templates,
            translations: Translations(languages: languages, source: source, catalogs: catalogs),
            stylesheet: StylesheetMinifier.minify(
                try String(contentsOf: root.appendingPathComponent("public/together.css"), encoding: .utf8)),
            openAPIDocument: try String(contentsOf: root.appendingPathComponent("api/openapi.json"), encoding: .utf8),
            checkScript: try String(contentsOf: root.appendingPathComponent("public/check.js"), encoding: .utf8),
            rulePacks: rulePacks,
            checker: try Checker(packs: rulePacks),
            redactor: try Redactor.builtIn(),
            itemBank: try ItemBank.load(
                from: root.appendingPathComponent("items/ess-immigration.json"), languages: languages.map(\.code))
        )
    }

    /// Every template is switched to ``HTMLEscaping`` before it is parsed (partials and layouts start
    /// again from the engine's default, so each file needs the switch).
    static func templateLibrary(at directory: URL) throws -> MustacheLibrary {
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.contentTypeName)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var library = MustacheLibrary()
        let files = names.filter { $0.hasSuffix(".mustache") }.sorted()
        guard !files.isEmpty else { throw ResourceError.missing("templates") }
        for file in files {
            guard let text = try? String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8) else {
                throw ResourceError.missing(file)
            }
            do {
                // On the first line, without a line break of its own: line numbers in errors stay right.
                try library.register("{{% CONTENT_TYPE: \(HTMLEscaping.contentTypeName)}}" + text, named: String(file.dropLast(9)))
            } catch let error as MustacheTemplate.ParserError {
                throw ResourceError.brokenTemplate(file, line: error.context.lineNumber, reason: "\(error.error)")
            }
        }
        return library
    }

    private static func catalog(at url: URL, languageCode: String) throws -> Catalog {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ResourceError.missing(url.lastPathComponent)
        }
        do {
            return try Catalog(po: text, languageCode: languageCode)
        } catch var error {
            error.file = url.lastPathComponent
            throw error
        }
    }
}

enum ResourceError: Error, CustomStringConvertible {
    case missing(String)
    case brokenTemplate(String, line: Int, reason: String)
    case brokenData(String, reason: String)

    var description: String {
        switch self {
        case .missing(let name): return "A bundled resource is missing: \(name). Reinstall Together."
        case .brokenTemplate(let file, let line, let reason): return "The template \(file) cannot be read at line \(line): \(reason)."
        case .brokenData(let file, let reason): return "The bundled file \(file) cannot be used: \(reason). Reinstall Together."
        }
    }
}

enum Assets {
    /// Changes whenever the stylesheet does, so browsers may cache it for a year.
    static let stylesheetVersion: String = {
        guard let url = Bundle.module.url(forResource: "together", withExtension: "css", subdirectory: "public"),
            let data = try? Data(contentsOf: url)
        else { return "0" }
        return String(SecretToken.hash(String(decoding: data, as: UTF8.self)).prefix(12))
    }()

    /// The same for the checker's script.
    static let checkScriptVersion: String = {
        guard let url = Bundle.module.url(forResource: "check", withExtension: "js", subdirectory: "public"),
            let data = try? Data(contentsOf: url)
        else { return "0" }
        return String(SecretToken.hash(String(decoding: data, as: UTF8.self)).prefix(12))
    }()
}
