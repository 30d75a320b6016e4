import Yams

extension NodeReader {
    static let idCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789-.")

    func rule(_ node: Node, language: String) throws(RulePackError) -> Rule {
        let fields = try mapping(
            node, "a rule",
            keys: [
                "id", "category", "severity", "kind", "terms", "suggestions", "message", "source", "window", "near", "except",
                "migration-only", "context-sentences", "against", "joined-by", "examples",
            ])
        let id = try string(fields, "id", in: node)
        guard id.hasPrefix(language + "."), id.allSatisfy({ Self.idCharacters.contains($0) }) else {
            throw error(fields["id"] ?? node, "the rule id \(id) must start with “\(language).” and use a-z, 0-9, dots and dashes.")
        }
        let categoryName = try string(fields, "category", in: node)
        guard let category = Category(rawValue: categoryName) else {
            throw error(fields["category"] ?? node, "rule \(id): unknown category “\(categoryName)”.")
        }
        guard !Category.computed.contains(category) else {
            throw error(fields["category"] ?? node, "rule \(id): the checker computes “\(categoryName)” itself; packs cannot add to it.")
        }
        let severityName = try string(fields, "severity", in: node)
        guard let severity = Severity(rawValue: severityName) else {
            throw error(fields["severity"] ?? node, "rule \(id): severity must be error, warning or suggestion.")
        }
        let kindName = try optionalString(fields, "kind") ?? "term"
        guard let kind = Rule.Kind(rawValue: kindName) else {
            throw error(fields["kind"] ?? node, "rule \(id): kind must be term, contextual or contrast.")
        }
        // Each list is read once: a contrast rule's three lists are also checked against each other below.
        let writtenTerms = try self.writtenTerms(fields["terms"], "terms") ?? []
        let writtenAgainst = try self.writtenTerms(fields["against"], "against") ?? []
        let writtenJoinedBy = try self.writtenTerms(fields["joined-by"], "joined-by") ?? []
        let terms = writtenTerms.map(\.term)
        guard !terms.isEmpty else {
            throw error(node, "rule \(id): `terms` must list at least one word or phrase.")
        }
        var window = 4
        if let windowNode = fields["window"] {
            guard let value = windowNode.scalar.flatMap({ Int($0.string) }), (1...12).contains(value) else {
                throw error(windowNode, "rule \(id): `window` must be a whole number from 1 to 12.")
            }
            window = value
        }
        let near = try self.terms(fields["near"], "near") ?? []
        let against = writtenAgainst.map(\.term)
        let joinedBy = writtenJoinedBy.map(\.term)
        if kind == .contrast {
            guard !against.isEmpty else {
                throw error(fields["kind"] ?? node, "rule \(id): a contrast rule needs `against`, the other side (ours, us).")
            }
            guard !joinedBy.isEmpty else {
                throw error(
                    fields["against"] ?? node,
                    "rule \(id): a contrast rule needs `joined-by`, the words that set the two sides against each other (or, not).")
            }
            if let twice = listedTwice([("terms", writtenTerms), ("against", writtenAgainst), ("joined-by", writtenJoinedBy)]) {
                let place = twice.first == twice.second ? "twice in \(twice.first)" : "in both \(twice.first) and \(twice.second)"
                throw error(
                    fields[twice.secondKey] ?? node,
                    "rule \(id): “\(twice.text)” is \(place); a term is one side, the other, or what joins them.")
            }
            guard near.isEmpty else {
                throw error(fields["near"] ?? node, "rule \(id): `near` is for contextual rules; a contrast rule has `against`.")
            }
        } else if let extra = fields["against"] ?? fields["joined-by"] {
            throw error(extra, "rule \(id): `against` and `joined-by` belong to contrast rules (kind: contrast).")
        }
        var migrationOnly = false
        if let flag = fields["migration-only"] {
            guard let value = flag.scalar?.string, value == "true" || value == "false" else {
                throw error(flag, "rule \(id): `migration-only` must be true or false.")
            }
            migrationOnly = value == "true"
            guard !migrationOnly || (kind == .contextual && near.isEmpty) else {
                throw error(
                    flag,
                    "rule \(id): `migration-only` applies to contextual rules that use the pack's words for people, not their own `near` list."
                )
            }
        }
        var contextSentences = 0
        if let reachNode = fields["context-sentences"] {
            guard let value = reachNode.scalar.flatMap({ Int($0.string) }), (0...3).contains(value) else {
                throw error(reachNode, "rule \(id): `context-sentences` must be a whole number from 0 to 3.")
            }
            guard kind == .contextual else {
                throw error(reachNode, "rule \(id): `context-sentences` is for contextual rules.")
            }
            guard !migrationOnly else {
                throw error(
                    reachNode,
                    "rule \(id): `context-sentences` already asks for a word for migrants; leave out `migration-only`.")
            }
            contextSentences = value
        }
        return Rule(
            id: id, category: category, severity: severity, kind: kind, terms: terms,
            suggestions: try strings(fields["suggestions"], "suggestions") ?? [],
            messages: try messages(fields["message"], parent: node, required: Array(Set(["en", language]))),
            source: try source(fields["source"], parent: node, rule: id), window: window,
            near: near, exceptions: try self.terms(fields["except"], "except") ?? [], against: against, joinedBy: joinedBy,
            migrationOnly: migrationOnly, contextSentences: contextSentences,
            examples: try examples(fields["examples"], parent: node, rule: id),
            origin: "\(file):\(node.mark?.line ?? 0)")
    }

    /// The first term written twice across the lists, as the pack wrote it the second time, with the
    /// lists it is in.
    private func listedTwice(_ lists: [(key: String, terms: [WrittenTerm])]) -> (
        text: String, first: String, second: String, secondKey: String
    )? {
        var seen: [Term: String] = [:]
        for (key, terms) in lists {
            for written in terms {
                // A word that came through a named list is found where the pack wrote it: in the list.
                let place = written.list.map { "`\(key)` (through `$\($0)`)" } ?? "`\(key)`"
                if let first = seen[written.term] { return (written.text, first, place, key) }
                seen[written.term] = place
            }
        }
        return nil
    }

    private func source(_ node: Node?, parent: Node, rule: String) throws(RulePackError) -> Rule.Source? {
        guard let node else {
            throw error(parent, "rule \(rule): `source` is missing (write `source: none` when there is no published source).")
        }
        if node.scalar?.string == "none" { return nil }
        let fields = try mapping(node, "`source`", keys: ["publisher", "title", "year", "url"])
        let year = fields["year"].flatMap { $0.scalar.flatMap { Int($0.string) } }
        return Rule.Source(
            publisher: try string(fields, "publisher", in: node), title: try string(fields, "title", in: node), year: year,
            url: try optionalString(fields, "url"))
    }

    private func examples(_ node: Node?, parent: Node, rule: String) throws(RulePackError) -> Rule.Examples {
        guard let node else { return Rule.Examples(flag: [], pass: []) }
        let fields = try mapping(node, "`examples`", keys: ["flag", "pass"])
        return Rule.Examples(flag: try strings(fields["flag"], "flag") ?? [], pass: try strings(fields["pass"], "pass") ?? [])
    }

    func strength(_ node: Node) throws(RulePackError) -> StrengthRule {
        let fields = try mapping(node, "a strength", keys: ["id", "kind", "terms", "message"])
        let id = try string(fields, "id", in: node)
        let kindName = try string(fields, "kind", in: node)
        guard let kind = StrengthRule.Kind(rawValue: kindName) else {
            throw error(fields["kind"] ?? node, "strength \(id): kind must be we, shared-values or named-person.")
        }
        // Each list is read once: a contrast rule's three lists are also checked against each other below.
        let writtenTerms = try self.writtenTerms(fields["terms"], "terms") ?? []
        let writtenAgainst = try self.writtenTerms(fields["against"], "against") ?? []
        let writtenJoinedBy = try self.writtenTerms(fields["joined-by"], "joined-by") ?? []
        let terms = writtenTerms.map(\.term)
        guard !terms.isEmpty else {
            throw error(node, "strength \(id): `terms` must list at least one word.")
        }
        return StrengthRule(id: id, kind: kind, terms: terms, messages: try messages(fields["message"], parent: node, required: ["en"]))
    }
}
