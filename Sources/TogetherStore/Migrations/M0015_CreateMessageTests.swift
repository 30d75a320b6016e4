import FluentKit

/// Randomised message tests: arms, questions, anonymous respondents and their answers. A respondent
/// is a number and the hash of a random key in their browser; nothing here names a person.
struct M0015_CreateMessageTests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("message_tests")
            .id()
            .field("title", .string, .required)
            .field("language", .string, .required)
            .field("country", .string, .required)
            .field("status", .string, .required)
            .field("seed", .int64, .required)
            .field("behaviour", .string, .required)
            .field("behaviour_text", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema("message_test_arms")
            .id()
            .field("test_id", .uuid, .required, .references("message_tests", "id"))
            .field("number", .int, .required)
            .field("label", .string, .required)
            .field("text", .string, .required)
            .field("story_id", .uuid)
            .unique(on: "test_id", "number", name: "message_test_arms_number")
            .create()
        try await database.schema("message_test_questions")
            .id()
            .field("test_id", .uuid, .required, .references("message_tests", "id"))
            .field("number", .int, .required)
            .field("phase", .string, .required)
            .field("item", .string, .required)
            .field("text", .string, .required)
            .field("options", .string, .required)
            .unique(on: "test_id", "number", name: "message_test_questions_number")
            .create()
        try await database.schema("message_test_respondents")
            .id()
            .field("test_id", .uuid, .required, .references("message_tests", "id"))
            .field("number", .int, .required)
            .field("key_hash", .string, .required)
            .field("arm", .int, .required)
            .field("step", .string, .required)
            .field("behaviour", .int)
            .field("started_at", .datetime)
            .field("completed_at", .datetime)
            .unique(on: "test_id", "number", name: "message_test_respondents_number")
            .unique(on: "test_id", "key_hash", name: "message_test_respondents_key")
            .create()
        try await database.schema("message_test_answers")
            .id()
            .field("test_id", .uuid, .required, .references("message_tests", "id"))
            .field("respondent_number", .int, .required)
            .field("question_number", .int, .required)
            .field("value", .int, .required)
            .unique(on: "test_id", "respondent_number", "question_number", name: "message_test_answers_cell")
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["message_test_answers", "message_test_respondents", "message_test_questions", "message_test_arms", "message_tests"] {
            try await database.schema(table).delete()
        }
    }
}
