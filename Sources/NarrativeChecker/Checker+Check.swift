/// Checking one draft: words once, then the language's rules, then what the checker computes itself.
extension Checker {
    /// Checks one draft. Drafts are messages: offsets are kept in 32 bits, so a draft must stay under
    /// 2 GB (the command line reads at most 8 MB, the web page and API 20,000 characters).
    public func check(_ text: String, options: Options = Options()) -> Report {
        check(text, options: options, mergingSameSpan: true)
    }

    /// `mergingSameSpan: false` keeps every rule's own finding where two rules of one category found
    /// the same words: a rule's examples are about that rule, not the one a reader is shown.
    func check(_ text: String, options: Options, mergingSameSpan: Bool) -> Report {
        let cut = Tokenizer.tokenize(text)
        // Detection reads every letter: only when the language is not given or the audience's matters.
        let detected = options.language == nil || options.audienceLanguage != nil ? LanguageDetector.detect(text, cut: cut) : nil
        let language = Self.readingLanguage(options, detected: detected)
        var context = FindingContext(
            cut: cut, readerLanguage: options.readerLanguage, packLanguage: language, rules: packs[language]?.rules ?? [])
        var strengths: [Strength] = []
        if let pack = packs[language] {
            let spans = matchRules(pack, &context)
            strengths = Self.strengths(spans, pack: pack, context: context, readerLanguage: options.readerLanguage)
        }
        let trailingSpace = text.unicodeScalars.reversed().prefix { $0.properties.isWhitespace }.count
        ComputedRules(
            medium: options.medium, language: language, cut: cut, namesPeople: strengths.contains { $0.kind == .namedPerson },
            characters: cut.scalarCount - trailingSpace
        ).apply(&context)
        let tokens = cut.tokens
        if let audience = options.audienceLanguage, let detected, detected != audience, !tokens.isEmpty {
            context.addComputed(
                "language-mismatch", .languageMismatch, .warning, start: tokens[0].start, end: tokens[tokens.count - 1].end,
                values: ["language": detected, "audience": audience])
        }
        return Report(language: language, findings: context.finished(mergingSameSpan: mergingSameSpan), strengths: strengths)
    }

    /// Adds every rule's findings to `context` and returns the words where strengths showed, in one pass.
    private func matchRules(_ pack: CompiledPack, _ context: inout FindingContext) -> [(strength: Int, words: Range<Int>)] {
        let ruleCount = pack.rules.count
        var matches: [(rule: Int, start: Int, end: Int, term: Int, wholly: Bool)] = []
        var strengths: [(strength: Int, words: Range<Int>)] = []
        // Words someone else said or the writer holds up are no strength of the writer's either: a
        // placard's “one of us” is no “we”.
        var heldUp: [Range<Int>] = []
        context.cut.withWords { words in
            let tokens = words.tokens
            pack.terms.forEachMatch(in: words) { payload, position, end in
                guard payload < ruleCount else {
                    strengths.append((payload - ruleCount, position..<end))
                    return
                }
                let rule = payload
                let kind = pack.kinds[rule]
                var span = position..<end
                // A match is quoted where any of its words is: "as 'illegals'" is the label 'illegals'.
                let quoted = (position..<end).first { tokens[$0].isQuoted }
                if kind != .term || pack.exceptions[rule] != nil {
                    // A metaphor in quotation marks is a label being reported ("called them 'an invasion'"):
                    // the people it is pinned on may be anywhere in the sentence. Two sides set against each
                    // other stand close in or out of quotation marks.
                    let width = kind == .contextual && quoted != nil ? tokens.count : pack.windows[rule]
                    let window = Self.window(around: span, width: width, in: tokens)
                    switch kind {
                    case .term: break
                    case .contextual: guard Self.hasContext(rule: rule, window, pack: pack, in: words) else { return }
                    case .contrast:
                        guard let pair = Self.contrast(span, rule: rule, window, pack: pack, in: words) else { return }
                        span = pair
                    }
                    if let exceptions = pack.exceptions[rule], exceptions.occurs(in: words, window) { return }
                }
                if quoted != nil, let quotation = Self.heldUpQuotation(position..<end, pack: pack, in: words) {
                    heldUp.append(quotation)
                    return
                }
                // Scare quotes on one word ("never be “real” Viennese") do not make the phrase reported speech.
                let wholly = quoted != nil && (position..<end).allSatisfy { tokens[$0].isQuoted }
                matches.append((rule, span.lowerBound, span.upperBound, quoted ?? position, wholly))
            }
        }
        for match in matches {
            context.add(match.rule, start: match.start, end: match.end, quotedAt: match.term, whollyQuoted: match.wholly)
        }
        return Self.outside(matches.map { $0.start..<$0.end } + heldUp, strengths)
    }

    /// Whether a contextual rule's match has what gives it its sense within `window`: its own `near`
    /// words, or a word for migrants, or a word for anyone — for a `migration-only` rule, only when
    /// this sentence or the one before speaks of migration. A rule with `context-sentences` looks in
    /// whole sentences around the match instead.
    static func hasContext(rule: Int, _ window: Range<Int>, pack: CompiledPack, in words: Words) -> Bool {
        let reach = pack.contextSentences[rule]
        if reach > 0 {
            let passage = sentences(around: window, before: reach, after: reach, in: words.tokens)
            // Words for migrants only: "our country" or "the border" a sentence away says too little.
            return (pack.near[rule] ?? pack[.people]).occurs(in: words, passage)
        }
        if let near = pack.near[rule] { return near.occurs(in: words, window) }
        if pack[.people].occurs(in: words, window) { return true }
        guard pack[.everyone].occurs(in: words, window) else { return false }
        guard pack.migrationOnly[rule] else { return true }
        return pack[.migration].occurs(in: words, sentences(around: window, before: 1, after: 0, in: words.tokens))
    }

    /// The words of the sentence of `range`, with `before` sentences before it and `after` after it.
    static func sentences(around range: Range<Int>, before: Int, after: Int, in tokens: UnsafeBufferPointer<Token>) -> Range<Int> {
        let sentence = tokens[range.lowerBound].sentence
        var lower = range.lowerBound
        while lower > 0, tokens[lower - 1].sentence >= sentence - before { lower -= 1 }
        var upper = range.upperBound
        while upper < tokens.count, tokens[upper].sentence <= sentence + after { upper += 1 }
        return lower..<upper
    }

    /// The quotation around the words when it is a short one held up rather than used: near a word
    /// about words (“Why we stopped writing "illegals": the word…”), reported (the leaflet called them
    /// “illegals”) or denied in the same breath (they are not “illegals”) — unless the writer sides
    /// with the speaker (decision 0015). Nil when the words are used: a longer quotation ("Send the
    /// illegals home, every last one of them, tonight") is a sentence used, not a label or slogan held
    /// up, and stays a finding, one step gentler.
    static func heldUpQuotation(_ range: Range<Int>, pack: CompiledPack, in words: Words) -> Range<Int>? {
        let tokens = words.tokens
        // The whole quotation, across its sentences: "We are full. Families flood in." is speech, not
        // a label or a slogan, which is one phrase. Counting stops as soon as the quotation is too long.
        var lower = range.lowerBound
        while lower > 0, tokens[lower - 1].isQuoted, range.upperBound - lower <= longestLabel { lower -= 1 }
        var upper = range.upperBound
        while upper < tokens.count, tokens[upper].isQuoted, upper - lower <= longestLabel { upper += 1 }
        guard upper - lower <= longestLabel, tokens[lower].sentence == tokens[upper - 1].sentence else { return nil }
        // Words in quotation marks are a speaker's — the label's own or another quotation's ("Their
        // reply: “the leaflet is wrong”") —, words outside them the writer's, even those of the match
        // ("so-called “refugees”").
        func occurs(_ index: TermIndex<Void>, within passage: Range<Int>) -> Bool {
            index.occurs(in: words, passage, unquoted: true)
        }
        // A bare word about words ("the word", "term") holds up a label; a longer slogan only a phrase
        // that reports or rejects it ("reject the slogan", "criticised for calling"): in "“Send the
        // illegals back home now” — my words" the words are owned, not discussed. Or words that say
        // the quotation is someone else's, near it and the writer's: in "“The leaflet said it: illegals
        // out!”" they are the speaker's and report nothing. Decision 0015's second amendment: a report
        // needs no rejection beside it — rejections are said in too many ways for a list, and siding
        // with the speaker is what `endorsements` looks for.
        // Or words that deny the quotation in the same breath ("are not “illegals”", "there was no
        // «invasion»", "‘kaçak göçmen’ diye bir şey yok"): the writer holds it up to reject it.
        let passage = sentences(around: range, before: 1, after: 1, in: tokens)
        // Someone else's words stand outside the match: the "called" of "so-called “refugees”" is the writer's.
        func reported() -> Bool {
            occurs(pack[.reports], within: passage.lowerBound..<range.lowerBound)
                || occurs(pack[.reports], within: range.upperBound..<passage.upperBound)
        }
        guard
            pack[.mentions].occurs(in: words, passage, minimumWords: upper - lower <= longestWord ? 1 : 2)
                || reported()
                || isDenied(lower..<upper, pack: pack, in: words)
        else { return nil }
        // A writer who sides with the speaker ("…which is exactly what they are", "As the mayor said,
        // it is an “invasion”", "The presenter cut him off. Typical.") uses the label, however it is
        // discussed or reported.
        guard !occurs(pack[.endorsements], within: sentences(around: range, before: 2, after: 2, in: tokens)) else { return nil }
        return lower..<upper
    }

    /// Whether the writer denies the quotation `quote` in the same breath: words of the pack's
    /// `negations` end right before its first quoted word, or words of `negations-after` start right
    /// after its last quoted word. Not in a question ("If they are not “illegals”, what are they?",
    /// "‘kaçak göçmen’ değil mi?"). A denial in someone else's words ("The paper claims they are not
    /// “illegals”") is reported speech, and an endorsement undoes it like any report.
    static func isDenied(_ quote: Range<Int>, pack: CompiledPack, in words: Words) -> Bool {
        let tokens = words.tokens
        let sentence = tokens[quote.lowerBound].sentence
        guard !words.asks(sentence) else { return false }
        // Right beside the quotation marks, which may stand inside the match (« pas des « illégaux » »
        // with the term "des illégaux"): in "not illegal “immigrants”" the denial is of a word the
        // writer says unquoted.
        guard let first = quote.first(where: { tokens[$0].isQuoted }), let last = quote.last(where: { tokens[$0].isQuoted }) else {
            return false
        }
        return pack[.negations].borders(first, in: words) || pack[.negationsAfter].borders(last + 1, startingAt: true, in: words)
    }

    /// The most words a quotation may have and still be held up by a single word about words.
    static let longestWord = 3

    /// The most words a quotation may have and still be a label or slogan under discussion ('a flood',
    /// « submersion migratoire », «casas primeiro para os portugueses») — past ``longestWord``, only
    /// next to a phrase of two words or more. Decision 0013's amendment says how it was measured.
    static let longestLabel = 8

    /// The words within `width` of `range`, in the same sentence.
    static func window(around range: Range<Int>, width: Int, in tokens: UnsafeBufferPointer<Token>) -> Range<Int> {
        let sentence = tokens[range.lowerBound].sentence
        var lower = range.lowerBound
        while lower > 0, range.lowerBound - lower < width, tokens[lower - 1].sentence == sentence { lower -= 1 }
        var upper = range.upperBound
        while upper < tokens.count, upper - range.upperBound < width, tokens[upper].sentence == sentence { upper += 1 }
        return lower..<upper
    }
}
