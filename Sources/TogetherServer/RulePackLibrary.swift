import FluentKit
import Foundation
import NarrativeChecker
import TogetherStore

/// Rule packs administrators upload, kept in the database and applied on top of the built-in ones.
struct RulePackLibrary {
    let services: AppServices

    enum UploadError: Error, Equatable {
        case invalid(RulePackError)
        case badName
    }

    /// Checks a pack against the built-in ones and every other upload, then keeps it and puts it
    /// in use. A pack with the same name replaces the earlier one.
    func upload(name: String, yaml: String, by user: UUID) async throws -> RulePackRecord {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 80, trimmed.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) else {
            throw UploadError.badName
        }
        let file = trimmed.hasSuffix(".yaml") ? trimmed : trimmed + ".yaml"
        let pack: RulePack
        do {
            pack = try RulePack.parse(yaml: yaml, file: file)
        } catch {
            throw UploadError.invalid(error)
        }
        let others = try await RulePackRecord.query(on: services.store.database).filter(\.$name != file).sort(\.$name).all()
        var uploaded: [RulePack] = []
        for record in others { if let parsed = try? RulePack.parse(yaml: record.source, file: record.name) { uploaded.append(parsed) } }
        let checker: Checker
        do {
            checker = try services.checkers.checker(adding: uploaded + [pack])
        } catch {
            throw UploadError.invalid(error)
        }
        // A pack whose own examples fail would mislead the campaigners who rely on it.
        if let failure = checker.failingExamples(of: pack).first { throw UploadError.invalid(failure) }
        let record =
            try await RulePackRecord.query(on: services.store.database).filter(\.$name == file).first()
            ?? RulePackRecord(name: file, language: pack.language, source: yaml, uploadedBy: user)
        record.language = pack.language
        record.source = yaml
        record.uploadedBy = user
        try await record.save(on: services.store.database)
        services.checkers.use(checker)
        return record
    }

    func remove(_ id: UUID) async throws {
        try await RulePackRecord.query(on: services.store.database).filter(\.$id == id).delete()
        try await reload()
    }

    func all() async throws -> [RulePackRecord] {
        try await RulePackRecord.query(on: services.store.database).sort(\.$name).all()
    }

    /// Puts the stored packs in use (at start). A stored pack that no longer fits (say, after an
    /// upgrade renamed a built-in rule) is left out and logged, so the built-in packs keep working.
    func reload() async throws {
        var uploaded: [RulePack] = []
        for record in try await all() {
            guard let pack = try? RulePack.parse(yaml: record.source, file: record.name),
                (try? services.checkers.checker(adding: uploaded + [pack])) != nil
            else {
                services.logger.error("an uploaded rule pack was left out", metadata: ["pack": "\(record.name)"])
                continue
            }
            uploaded.append(pack)
        }
        services.checkers.use(try services.checkers.checker(adding: uploaded))
    }
}
