/// The kinds of personal detail the detectors find. The raw values are a contract (`together redact
/// --format json`, the review screen, the evaluation set).
public enum DetailType: String, Sendable, CaseIterable, Codable {
    case name, email, url, handle, phone, iban, card, document, dob, gps, address
    /// Quasi-identifiers: not a detail on their own, worth generalising (reported as suggestions).
    case employer, arrival, place, date

    /// What replaces the detail with the label operator.
    public var label: String {
        switch self {
        case .dob: return "[DATE OF BIRTH]"
        case .gps: return "[LOCATION]"
        case .card: return "[CARD]"
        default: return "[\(rawValue.uppercased())]"
        }
    }

    /// Structured details are found by their shape and check digits; the others by words around them.
    public var isStructured: Bool {
        switch self {
        case .email, .url, .handle, .phone, .iban, .card, .document, .gps: return true
        default: return false
        }
    }
}
