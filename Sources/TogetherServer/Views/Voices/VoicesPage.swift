import Foundation
import Localization
import Stories

/// The voices dashboard: who the published and featured stories let speak, over time, the share of
/// exceptional-achievement stories, and alerts where a voice falls under the share staff set.
struct VoicesPage {
    struct TableRow {
        let label: String
        let published: String
        let featured: String
    }

    struct Section {
        let id: String
        let title: String
        let chart: String
        let rows: [TableRow]
    }

    struct Minimum {
        let voice: String
        let label: String
        let value: String
    }

    let title: String
    let totals: String
    let alerts: [String]
    let hasAlerts: Bool
    let exceptional: String
    let sections: [Section]
    let timeChart: String
    let timeHeader: [String]
    let timeRows: [[String: Any]]
    let minimums: [Minimum]
    let alertsURL: String
    let notice: String?
    let csrf: String

    init(report: VoicesReport, minimums: [String: Double], notice: String?, csrf: String, language: Language, t: Localizer) {
        let format = LocaleFormat(language: language)
        title = t("voices_title")
        totals = t("voices_totals", ["published": format.number(report.total), "featured": format.number(report.featuredTotal)])
        func label(_ dimension: String, _ key: String) -> String {
            if key.isEmpty { return t("voices_not_said") }
            switch dimension {
            case "voice": return t("voice_\(key.replacingOccurrences(of: "-", with: "_"))")
            case "gender": return t("gender_\(key.replacingOccurrences(of: "-", with: "_"))")
            case "age": return t("age_\(key)")
            case "origin": return t("origin_\(key.replacingOccurrences(of: "-", with: "_"))")
            case "theme": return t("theme_\(key)")
            default: return PlaceNames.languageName(key, in: language)
            }
        }
        func text(_ cell: VoicesReport.Cell) -> String {
            guard let count = cell.count else { return t("voices_suppressed") }
            return cell.share.map { "\(format.number(count)) (\(format.percent($0, digits: 0)))" } ?? format.number(count)
        }
        sections = report.dimensions.map { dimension in
            let rows = zip(dimension.published, dimension.featured).map { published, featured in
                TableRow(label: label(dimension.name, published.key), published: text(published), featured: text(featured))
            }
            let chart = BarChart(
                id: "voices-\(dimension.name)", title: t("voices_dimension_\(dimension.name)"),
                series: [t("voices_published"), t("voices_featured")],
                rows: zip(dimension.published, dimension.featured).map { published, featured in
                    BarChart.Row(label: label(dimension.name, published.key), values: [published.share, featured.share])
                }, suppressedLabel: t("voices_suppressed"))
            return Section(id: "voices-\(dimension.name)", title: t("voices_dimension_\(dimension.name)"), chart: chart.svg, rows: rows)
        }
        exceptional = t("voices_exceptional", ["share": text(report.exceptional)])
        let voices = Voice.allCases.map(\.rawValue)
        timeHeader = voices.map { label("voice", $0) }
        timeRows = report.quarters.map { quarter in ["quarter": quarter.quarter, "cells": quarter.cells.map(text)] }
        timeChart =
            BarChart(
                id: "voices-time", title: t("voices_over_time"), series: [t("voices_published")],
                rows: report.quarters.flatMap { quarter in
                    quarter.cells.map { BarChart.Row(label: "\(quarter.quarter) · \(label("voice", $0.key))", values: [$0.share]) }
                }, suppressedLabel: t("voices_suppressed")
            ).svg
        var alerts: [String] = []
        for voice in voices {
            if let minimum = minimums[voice], report.total > 0, (report.voiceShares[voice] ?? 0) < minimum {
                alerts.append(
                    t("voices_alert", ["voice": label("voice", voice), "minimum": format.percent(minimum, digits: 0)]))
            }
        }
        self.alerts = alerts
        hasAlerts = !alerts.isEmpty
        self.minimums = voices.map { voice in
            Minimum(voice: voice, label: label("voice", voice), value: minimums[voice].map { String(Int(($0 * 100).rounded())) } ?? "")
        }
        alertsURL = SiteRoute.staffVoicesAlerts.path(language)
        self.notice = notice
        self.csrf = csrf
    }
}
