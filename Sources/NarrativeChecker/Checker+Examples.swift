extension Checker {
    /// The examples of `pack`'s rules that this checker gets wrong: a `flag` example its rule does not
    /// find, or a `pass` example it does. Empty when the pack does what it says.
    public func failingExamples(of pack: RulePack) -> [RulePackError] {
        var failures: [RulePackError] = []
        func fail(_ rule: Rule, _ problem: String) {
            failures.append(
                RulePackError(file: pack.file, line: rule.origin.split(separator: ":").last.flatMap { Int($0) }, problem: problem))
        }
        for rule in pack.rules {
            let options = Options(language: pack.language, medium: .article)
            func findings(_ example: String) -> [Finding] { check(example, options: options, mergingSameSpan: false).findings }
            for example in rule.examples.flag where !findings(example).contains(where: { $0.rule == rule.id }) {
                fail(rule, "rule \(rule.id) should flag “\(example)”, and does not.")
            }
            for example in rule.examples.pass where findings(example).contains(where: { $0.rule == rule.id }) {
                fail(rule, "rule \(rule.id) should not flag “\(example)”, and does.")
            }
        }
        return failures
    }
}
