import CommonGround
import Foundation
import Localization
import TogetherStore

/// "What we have in common" first, then the opinion groups and what sets each apart, then the map.
struct ResultsPage {
    struct Item {
        let text: String
        let note: String
    }

    struct GroupItem {
        let name: String
        let size: String
        let statements: [Item]
    }

    let title: String
    let topic: String
    let lang: String
    let dir: String
    let hasResults: Bool
    let summary: String
    let updated: String
    let common: [Item]
    let groups: [GroupItem]
    let map: String
    let conversationURL: String

    init(
        conversation: ConversationRecord, statements: [ConversationStatementRecord], entry: ConversationResults.Entry, language: Language,
        t: Localizer
    ) {
        title = t("conv_results_title")
        topic = conversation.title
        lang = conversation.language
        dir = StoryText.direction(of: conversation.language)
        conversationURL = SiteRoute.conversation(id: .value(conversation.id!)).path(language)
        let format = LocaleFormat(language: language)
        updated = t("conv_results_updated", ["time": format.dateTime(entry.computedAt)])
        guard let analysis = entry.analysis, !analysis.groups.isEmpty else {
            hasResults = false
            summary = ""
            common = []
            groups = []
            map = ""
            return
        }
        hasResults = true
        let shown = Dictionary(
            statements.filter { $0.status == .approved && !$0.isMeta }.map { (String($0.number), $0.text) }, uniquingKeysWith: { a, _ in a }
        )
        func text(_ index: Int) -> String? { shown[analysis.statements[index]] }
        func percent(_ share: Double) -> String { format.number(Int((share * 100).rounded())) }
        summary = t(
            "conv_results_participants",
            [
                "participants": format.number(analysis.participants.count),
                "votes": format.number(analysis.participants.reduce(0) { $0 + $1.votes }),
            ])
        let groupCount = Double(analysis.groups.count)
        common = analysis.groupAwareConsensus.compactMap { score in
            text(score.statement).map {
                Item(text: $0, note: t("conv_results_common_share", ["percent": percent(pow(score.score, 1 / groupCount))]))
            }
        }.prefix(5).map { $0 }
        groups = analysis.groups.map { group in
            GroupItem(
                name: t("conv_results_group", ["letter": Analysis.letter(group.id)]),
                size: t("conv_results_group_size", ["count": format.number(group.size)]),
                statements: group.representative.compactMap { statement in
                    text(statement.statement).map {
                        Item(
                            text: $0,
                            note: t(
                                statement.direction == .agree ? "conv_results_group_agrees" : "conv_results_group_disagrees",
                                ["percent": percent(statement.share)]))
                    }
                })
        }
        map =
            OpinionMap(
                analysis: analysis, title: t("conv_results_map"), description: t("conv_results_map_description"),
                groupName: {
                    t("conv_results_group", ["letter": Analysis.letter($0)])
                }
            ).svg
    }
}
