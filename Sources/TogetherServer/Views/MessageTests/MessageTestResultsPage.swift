import Foundation
import Impact
import Localization

/// A message test's results for staff: how many answered in each arm, then each outcome's effects
/// with 95% intervals (forest plot and table, adjusted p-values), attitudes and behaviour side by
/// side, segments, a realistic-target panel, and plain-language cautions.
struct MessageTestResultsPage {
    /// `?outcome=imbgeco&target=0.3`: the effect a campaign hopes for, on the outcome's own scale.
    struct TargetQuery {
        let outcome: String?
        let effect: Double?

        init(outcome: String?, target: String?) {
            self.outcome = outcome
            effect = target.flatMap { Double($0.replacingOccurrences(of: ",", with: ".")) }.flatMap { $0.isFinite && $0 > 0 ? $0 : nil }
        }
    }

    struct ArmCount {
        let label: String
        let started: String
        let completed: String
    }

    struct EffectRow {
        let arm: String
        let difference: String
        let adjusted: String
        let p: String
        let holm: String
        let bh: String
        let n: String
        let topTwo: String?
    }

    struct OutcomeSection {
        let id: String
        let prompt: String
        let scaleNote: String
        let plot: String
        let rows: [EffectRow]
        let hasTopTwo: Bool
        let detectable: String?
    }

    struct SideBySideRow {
        let arm: String
        let cells: [String]
    }

    struct SegmentRow {
        let outcome: String
        let segment: String
        let arm: String
        let difference: String
        let bh: String
    }

    let title: String
    let testTitle: String
    let lang: String
    let dir: String
    let counts: [ArmCount]
    let seedNote: String
    let noAnswers: Bool
    let problem: String?
    let cautions: [String]
    let hasCautions: Bool
    let engineWarnings: [String]
    let hasEngineWarnings: Bool
    let outcomes: [OutcomeSection]
    let sideBySideHeader: [String]
    let sideBySide: [SideBySideRow]
    let hasSideBySide: Bool
    let segmentQuestion: String?
    let segments: [SegmentRow]
    let hasSegments: Bool
    let targetOptions: [FieldModel.Option]
    let hasTarget: Bool
    let targetValue: String
    let targetAnswer: String?
    let targetWarning: String?
    let typicalEffect: String?
    let resultsURL: String
    let csvURL: String
    let jsonURL: String
    let manageURL: String

    init(survey: Survey, analysis: MessageTestAnalysis, target: TargetQuery, language: Language, t: Localizer) {
        let format = LocaleFormat(language: language)
        title = t("mt_results_title")
        testTitle = survey.test.title
        lang = survey.language
        dir = StoryText.direction(of: survey.language)
        let armLabel = Dictionary(uniqueKeysWithValues: survey.arms.map { ($0.number, $0.label) })
        func label(_ arm: Label) -> String { if case .number(let n) = arm { return armLabel[n] ?? "\(n)" } else { return arm.description } }
        counts = survey.arms.map {
            ArmCount(
                label: $0.label, started: format.number(analysis.started[$0.number] ?? 0),
                completed: format.number(analysis.completed[$0.number] ?? 0))
        }
        seedNote = t("mt_results_seed", ["seed": String(UInt64(bitPattern: survey.test.seed))])
        noAnswers = analysis.started.isEmpty
        problem = analysis.problem.map { t("mt_results_problem", ["problem": $0]) }
        let report = analysis.report
        engineWarnings = report?.warnings ?? []
        hasEngineWarnings = !engineWarnings.isEmpty

        func p(_ value: Double) -> String {
            guard value.isFinite else { return "—" }
            return value < 0.001 ? "< " + format.decimal(0.001, digits: 3) : format.decimal(value, digits: 3)
        }
        var sections: [OutcomeSection] = []
        var columns: [String] = []
        var cells: [Int: [String]] = [:]
        // Actions are shares, shown as percentages; attitudes in the question's own points.
        let behaviourNames = Set(analysis.outcomes.filter(\.isBehaviour).map(\.name))
        func formatter(_ outcome: String) -> (Double) -> String {
            behaviourNames.contains(outcome) ? { format.percent($0) } : { format.decimal($0) }
        }
        func intervalText(_ estimate: Estimate, _ outcome: String) -> String {
            let number = formatter(outcome)
            // An outcome that does not vary in a group has no interval: the estimate stands alone.
            guard estimate.ciLow.isFinite, estimate.ciHigh.isFinite else { return number(estimate.estimate) }
            return t(
                "mt_interval", ["estimate": number(estimate.estimate), "low": number(estimate.ciLow), "high": number(estimate.ciHigh)])
        }
        func outcomeLabel(_ name: String) -> String { behaviourNames.contains(name) ? t("mt_results_behaviour") : name }
        for outcome in analysis.outcomes {
            let number = formatter(outcome.name)
            func interval(_ estimate: Estimate) -> String { intervalText(estimate, outcome.name) }
            let entries = report?.differenceInMeans.filter { $0.outcome == outcome.name } ?? []
            var rows: [EffectRow] = []
            var plotRows: [ForestPlot.Row] = []
            columns.append(outcomeLabel(outcome.name))
            for entry in entries {
                let adjusted = report?.multipleComparisons.first { $0.outcome == outcome.name && $0.arm == entry.arm }
                let lin = report?.lin.first { $0.outcome == outcome.name && $0.arm == entry.arm }
                let armNumber: Int? = if case .number(let n) = entry.arm { n } else { nil }
                let topTwo = analysis.topTwo.first { $0.outcome == outcome.name && $0.arm == armNumber }
                rows.append(
                    EffectRow(
                        arm: label(entry.arm), difference: interval(entry.estimate), adjusted: lin.map { interval($0.estimate) } ?? "—",
                        p: p(entry.estimate.p), holm: adjusted.map { p($0.holm) } ?? "—", bh: adjusted.map { p($0.bh) } ?? "—",
                        n: t("mt_results_n", ["treated": format.number(entry.treated), "control": format.number(entry.control)]),
                        topTwo: topTwo.map {
                            t(
                                "mt_interval",
                                [
                                    "estimate": format.percent($0.result.estimate.estimate),
                                    "low": format.percent($0.result.estimate.ciLow),
                                    "high": format.percent($0.result.estimate.ciHigh),
                                ])
                        }))
                plotRows.append(
                    .init(
                        label: label(entry.arm), estimate: entry.estimate.estimate, low: entry.estimate.ciLow, high: entry.estimate.ciHigh))
                if let armNumber { cells[armNumber, default: []].append(interval(entry.estimate)) }
            }
            for arm in survey.arms where !arm.isControl && (cells[arm.number]?.count ?? 0) < columns.count {
                cells[arm.number, default: []].append("—")
            }
            let mde = report?.mde.filter { $0.outcome == outcome.name }.map(\.mde).filter(\.isFinite).min()
            let id = "outcome-\(sections.count)"
            sections.append(
                OutcomeSection(
                    id: id, prompt: outcome.prompt,
                    scaleNote: t(outcome.isBehaviour ? "mt_results_scale_behaviour" : "mt_results_scale_attitude", ["name": outcome.name]),
                    plot: ForestPlot(
                        id: id, title: t("mt_results_plot_title", ["name": columns.last!]),
                        description: rows.map { "\($0.arm): \($0.difference)" }.joined(separator: "; "), rows: plotRows, format: number
                    ).svg,
                    rows: rows, hasTopTwo: rows.contains { $0.topTwo != nil },
                    detectable: mde.map { t("mt_results_detectable", ["effect": number($0)]) }))
        }
        outcomes = sections
        sideBySideHeader = columns
        sideBySide = survey.arms.filter { !$0.isControl }.map { SideBySideRow(arm: $0.label, cells: cells[$0.number] ?? []) }
        hasSideBySide = report != nil && columns.count > 1

        segmentQuestion = analysis.segmentQuestion?.prompt
        segments = (report?.segments ?? []).map { entry in
            SegmentRow(
                outcome: outcomeLabel(entry.outcome), segment: entry.segment.description, arm: label(entry.arm),
                difference: intervalText(entry.estimate, entry.outcome), bh: p(entry.bh))
        }
        hasSegments = !segments.isEmpty

        var cautions: [String] = []
        let smallest = survey.arms.map { analysis.completed[$0.number] ?? 0 }.min() ?? 0
        if !noAnswers && smallest < 100 { cautions.append(t("mt_caution_small", ["count": format.number(smallest)])) }
        if let family = report?.multipleComparisons.count, family > 1 {
            cautions.append(t("mt_caution_many", ["count": format.number(family)]))
        }
        self.cautions = cautions
        hasCautions = !cautions.isEmpty

        // The realistic target: what a hoped-for effect needs, against what this sample can detect.
        let outcomeNames = analysis.outcomes.map(\.name)
        let chosen = target.outcome.flatMap { outcomeNames.contains($0) ? $0 : nil } ?? outcomeNames.first
        targetOptions = analysis.outcomes.map {
            FieldModel.Option(value: $0.name, label: $0.isBehaviour ? t("mt_results_behaviour") : $0.name, selected: $0.name == chosen)
        }
        hasTarget = report != nil && !outcomeNames.isEmpty
        targetValue = target.effect.map { String($0) } ?? ""
        let entry = report?.mde.first { $0.outcome == chosen }
        let messages = max(survey.arms.count - 1, 1)
        if let chosen, let entry, entry.controlSD.isFinite, entry.controlSD > 0 {
            let isBehaviour = chosen == MessageTestAnalysis.behaviourName
            let number: (Double) -> String = isBehaviour ? { format.percent($0) } : { format.decimal($0) }
            // O'Keefe & Hoeken (2021): the median message effect is r = 0.10, about 0.2 standard deviations.
            let typical = 0.2 * entry.controlSD
            typicalEffect = t(
                "mt_target_typical",
                [
                    "effect": number(typical),
                    "count": format.number(Power.sampleSizePerArm(sd: entry.controlSD, effect: typical, messages: messages)),
                ])
            if let effect = target.effect {
                let needed = Power.sampleSizePerArm(sd: entry.controlSD, effect: effect, messages: messages)
                targetAnswer =
                    needed >= Power.unreachable
                    ? t("mt_target_unreachable", ["effect": number(effect)])
                    : t("mt_target_needs", ["effect": number(effect), "count": format.number(needed)])
                targetWarning = effect < entry.mde ? t("mt_target_not_detectable", ["effect": number(entry.mde)]) : nil
            } else {
                targetAnswer = nil
                targetWarning = nil
            }
        } else {
            typicalEffect = nil
            targetAnswer = nil
            targetWarning = nil
        }
        let id = survey.id
        resultsURL = SiteRoute.staffMessageTestResults(id: .value(id)).path(language)
        csvURL = SiteRoute.staffMessageTestResponsesCSV(id: .value(id)).path(language)
        jsonURL = SiteRoute.staffMessageTestResultsJSON(id: .value(id)).path(language)
        manageURL = SiteRoute.staffMessageTest(id: .value(id)).path(language)
    }
}
