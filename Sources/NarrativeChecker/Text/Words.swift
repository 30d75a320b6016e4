/// The words of a draft as the matcher reads them: tokens, their folded bytes and their alternate
/// forms, as buffers, so the hot loop neither copies arrays nor builds strings.
struct Words {
    let tokens: UnsafeBufferPointer<Token>
    let folded: UnsafeBufferPointer<UInt8>
    let alternates: UnsafeBufferPointer<WordKey>
    /// Per sentence: whether it ends with a question mark.
    let questions: UnsafeBufferPointer<Bool>

    /// Whether sentence `index` asks a question (a sentence cut off at the end of the draft does not).
    func asks(_ sentence: Int) -> Bool { sentence < questions.count && questions[sentence] }

    var count: Int { tokens.count }

    /// Whether the token's word, or one of its alternate forms, passes `predicate`.
    @inline(__always)
    func anyKey(_ token: Token, _ predicate: (WordKey) -> Bool) -> Bool {
        if predicate(token.key) { return true }
        for index in token.alternates where predicate(alternates[index]) { return true }
        return false
    }

    /// Whether the folded word is exactly `bytes`.
    @inline(__always)
    func equals(_ key: WordKey, _ bytes: [UInt8]) -> Bool {
        key.length == bytes.count && hasPrefix(key, bytes)
    }

    @inline(__always)
    func hasPrefix(_ key: WordKey, _ stem: [UInt8]) -> Bool {
        guard key.length >= stem.count else { return false }
        var index = 0
        while index < stem.count {
            if folded[key.offset + index] != stem[index] { return false }
            index += 1
        }
        return true
    }

    func string(_ key: WordKey) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: folded[key.offset..<key.offset + key.length]), as: UTF8.self)
    }
}
