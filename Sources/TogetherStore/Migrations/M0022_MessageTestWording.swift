import FluentKit

/// Which questionnaire's wording a message test asks the ESS items in, fixed when the test is
/// created: the code of an ESS national version ("FR"), or empty for Together's translations and
/// the ESS source. Tests created before this keep the wording they were fielded with (empty).
struct M0022_MessageTestWording: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("message_tests").field("ess_wording", .string, .required, .sql(.default(""))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("message_tests").deleteField("ess_wording").update()
    }
}
