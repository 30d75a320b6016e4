/// Shown once, right after a story is sent: the receipt code and what it is for.
struct ReceiptPage {
    let title: String
    let intro: String
    let code: String
    let manageURL: String
    /// The two optional questions about the teller, answered with the code just shown.
    var describeFields: [FieldModel] = []
    var describeURL = ""
    var csrf = ""
}
