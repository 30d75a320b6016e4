import Foundation
import TogetherStore

/// The create form, read into a draft. Lines of custom questions are "question | answer | answer"
/// (a choice, asked before the message), "question | low end | high end" (a 0–10 scale) or just the
/// statement (agree–disagree).
extension MessageTestDraft {
    init(form: FormFields, bank: ItemBank, controlLabel: String, story: (id: UUID, label: String)?) {
        func field(_ name: String) -> String { (form[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        func lines(_ name: String) -> [[String]] {
            field(name).split(whereSeparator: \.isNewline).map { line in
                line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            }.filter { !($0.first ?? "").isEmpty }
        }
        title = field("title")
        language = field("language")
        country = field("country")
        arms = [Arm(label: controlLabel, text: field("control_text"), storyID: nil)]
        for slot in 1...Self.messageSlots {
            let text = field("message\(slot)_text")
            guard !text.isEmpty else { continue }
            let label = field("message\(slot)_label")
            arms.append(Arm(label: label.isEmpty ? "\(slot)" : label, text: text, storyID: nil))
        }
        if let story { arms.append(Arm(label: story.label, text: "", storyID: story.id)) }
        var before: [Question] = lines("segments").map {
            Question(phase: .before, item: "choice", text: $0[0], options: Array($0.dropFirst()))
        }
        var after: [Question] = []
        for item in bank.items {
            switch form["item_\(item.id)"] {
            case "before": before.append(Question(phase: .before, item: item.id))
            case "after": after.append(Question(phase: .after, item: item.id))
            default: break
            }
        }
        after += lines("likert").map { Question(phase: .after, item: "likert", text: $0[0]) }
        for line in lines("scales") {
            // Both ends must be named: a scale with unnamed ends cannot be read the same way by everyone.
            after.append(Question(phase: .after, item: "scale", text: line[0], options: Array(line.dropFirst())))
        }
        questions = before + after
        behaviour = MessageTestRecord.Behaviour(rawValue: form["behaviour"] ?? "none") ?? .none
        // A gathering to come to is chosen from a list; the other actions are typed.
        behaviourText =
            switch behaviour {
            case .rsvp: field("gathering")
            case .sign: field("campaign")
            default: field("behaviour_text")
            }
    }
}
