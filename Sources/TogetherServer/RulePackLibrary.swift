import FluentKit
import Foundation
import NarrativeChecker
import TogetherStore

/// Rule packs administrators upload, kept in the database and applied on top of the built-in ones.
struct RulePackLibrary {
    let services: AppServices

    enum UploadError: Error, Equatable {
        case invalid(RulePackError)
        /// Every example of the pack that its own rules get wrong, so an administrator mends them in one go.
        case failingExamples([RulePackError])
        case badName
        /// File names are unique in the installation: another space has a pack with this one.
        case nameTaken
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
        // A chapter's packs go on top of the main space's, so they can override its rules.
        let space = ChapterScope.space
        let sameName = try await RulePackRecord.query(on: services.store.database).filter(\.$name == file).all()
        if sameName.contains(where: { $0.chapterID != space }) { throw UploadError.nameTaken }
        var uploaded = try await packs(in: nil, except: space == nil ? file : nil)
        if let space { uploaded += try await packs(in: space, except: file) }
        let checker: Checker
        do {
            checker = try services.checkers.checker(adding: uploaded + [pack])
        } catch {
            throw UploadError.invalid(error)
        }
        // A pack whose own examples fail would mislead the campaigners who rely on it.
        let failures = checker.failingExamples(of: pack)
        guard failures.isEmpty else { throw UploadError.failingExamples(failures) }
        let record =
            try await RulePackRecord.query(on: services.store.database).filter(\.$name == file).filter(\.$chapterID == space).first()
            ?? RulePackRecord(name: file, language: pack.language, source: yaml, uploadedBy: user)
        record.chapterID = space
        record.language = pack.language
        record.source = yaml
        record.uploadedBy = user
        try await record.save(on: services.store.database)
        // The main space's packs are under every chapter's: rebuild them all.
        if space == nil { try await reload() } else { services.checkers.use(checker, for: space) }
        return record
    }

    func remove(_ id: UUID) async throws {
        try await RulePackRecord.query(on: services.store.database).filter(\.$id == id).delete()
        try await reload()
    }

    /// Why a stored pack is not in use — it no longer reads, say after an upgrade made the format
    /// stricter — as its file and line and the problem; nil when it reads.
    func problem(of record: RulePackRecord) -> String? {
        do {
            _ = try RulePack.parse(yaml: record.source, file: record.name)
            return nil
        } catch {
            return error.description
        }
    }

    /// The packs of the request's space.
    func all() async throws -> [RulePackRecord] {
        try await RulePackRecord.query(on: services.store.database).filter(\.$chapterID == ChapterScope.space).sort(\.$name).all()
    }

    private func packs(in space: UUID?, except name: String?) async throws -> [RulePack] {
        var query = RulePackRecord.query(on: services.store.database).filter(\.$chapterID == space).sort(\.$name)
        if let name { query = query.filter(\.$name != name) }
        return try await query.all().compactMap { try? RulePack.parse(yaml: $0.source, file: $0.name) }
    }

    /// Puts the stored packs in use (at start). A stored pack that no longer fits (say, after an
    /// upgrade renamed a built-in rule) is left out and logged, so the built-in packs keep working.
    func reload() async throws {
        let records = try await RulePackRecord.query(on: services.store.database).sort(\.$name).all()
        let main = usable(records.filter { $0.chapterID == nil }, over: [])
        var chapters: [UUID: Checker] = [:]
        for space in Set(records.compactMap(\.chapterID)) {
            let own = usable(records.filter { $0.chapterID == space }, over: main)
            chapters[space] = try services.checkers.checker(adding: main + own)
        }
        services.checkers.use(main: try services.checkers.checker(adding: main), chapters: chapters)
    }

    /// The packs of `records` that parse and compile on top of `base`, in order.
    private func usable(_ records: [RulePackRecord], over base: [RulePack]) -> [RulePack] {
        var uploaded: [RulePack] = []
        for record in records {
            do {
                let pack = try RulePack.parse(yaml: record.source, file: record.name)
                _ = try services.checkers.checker(adding: base + uploaded + [pack])
                uploaded.append(pack)
            } catch {
                // The pack's file and line and what is wrong with it: rule text written by staff, no personal data.
                services.logger.error(
                    "an uploaded rule pack was left out", metadata: ["pack": "\(record.name)", "problem": "\(error)"])
            }
        }
        return uploaded
    }
}
