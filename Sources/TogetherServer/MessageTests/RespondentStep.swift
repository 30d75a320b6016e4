/// Where a respondent is in a message test. The order is fixed by the design: questions that may
/// define segments and covariates come before the message; outcomes after it; the real action last.
enum RespondentStep: String, Sendable, CaseIterable {
    case before
    case message
    case after
    case action
    case done

    /// Which steps a respondent of a test meets: a control that shows nothing skips the message.
    struct Plan: Sendable, Equatable {
        let asksBefore: Bool
        let showsMessage: Bool
        let asksAfter: Bool
        let offersAction: Bool

        var first: RespondentStep { next(after: nil) }

        /// The step that follows `step` (nil: the start).
        func next(after step: RespondentStep?) -> RespondentStep {
            let order = RespondentStep.allCases
            let start = step.map { order.firstIndex(of: $0)! + 1 } ?? 0
            for candidate in order[min(start, order.count - 1)...] where includes(candidate) { return candidate }
            return .done
        }

        func includes(_ step: RespondentStep) -> Bool {
            switch step {
            case .before: return asksBefore
            case .message: return showsMessage
            case .after: return asksAfter
            case .action: return offersAction
            case .done: return true
            }
        }
    }
}
