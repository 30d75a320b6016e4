/// A ``TermIndex``'s terms laid out in flat blocks of memory (bucket starts, terms, payloads, words,
/// the alternatives of words written several ways, bytes), written once and then only read.
/// A term's words used to be arrays inside enums inside arrays: each word compared cost a pointer
/// followed and a reference counted. Here an exact word is turned away by its hash alone.
///
/// `@unchecked Sendable`: the blocks are filled in `init` and never written again.
final class FlatTerms<Payload: Sendable>: @unchecked Sendable {
    struct FlatWord {
        /// `anyOf`: `start` and `length` give its alternatives in `choices`, its exact words first, in
        /// order of hash, then its stems.
        enum Kind: UInt8 { case exact, prefix, suffix, figure, anyOf }
        let kind: Kind
        let length: Int32
        let start: Int32
        /// ``BitFilter/hash(_:)`` of an exact word's folded UTF-8; for `anyOf`, how many of its
        /// alternatives are exact words (read it as ``exactAlternatives``).
        let hash: UInt64

        var exactAlternatives: Int { Int(hash) }
    }

    /// A term's words are read only when what is kept here inline does not already turn it away:
    /// the terms of a bucket lie side by side, its words anywhere in a few megabytes, and reading a
    /// word per term compared was most of the matcher's time.
    struct FlatTerm {
        let firstWord: Int32
        let wordCount: Int16
        /// Its first word is the bucket's word ("the", "our"), compared once for the whole bucket.
        let startsWithBucketWord: Bool
        /// A term whose second word has several spellings is listed once per spelling; a walk over
        /// all of a bucket's terms reads only the first listing.
        let isFirstListing: Bool
        /// Index into `payloads`.
        let payload: Int32
        /// ``BitFilter/hash(_:)`` of the spelling of its second word this listing is for; 0 when the
        /// second word has no exact spelling (no check).
        let secondWordHash: UInt64

        func withPayload(_ payload: Int32) -> FlatTerm {
            FlatTerm(
                firstWord: firstWord, wordCount: wordCount, startsWithBucketWord: startsWithBucketWord, isFirstListing: isFirstListing,
                payload: payload, secondWordHash: secondWordHash)
        }
    }

    /// Bucket `b` is terms `bucketStarts[b]..<bucketStarts[b + 1]`.
    private let bucketStarts: UnsafeMutableBufferPointer<Int32>
    /// Bucket `b`'s terms from `keyedStarts[b]` on are listed once per exact spelling of their second
    /// word, sorted by its hash: after "the", only the terms whose second word can be the draft's next
    /// word are read, found by a binary search — a bucket of a hundred "the …" terms, or one "the
    /// {a hundred demonyms}", costs a few compares.
    private let keyedStarts: UnsafeMutableBufferPointer<Int32>
    /// Per bucket: the first exact word its terms start with ("our", "the"), as an index into `words`,
    /// or -1; it is compared once for the bucket rather than once per term that starts with it.
    private let bucketWords: UnsafeMutableBufferPointer<Int32>
    /// Per bucket: whether every one of its terms starts with its word, so a draft word that is not
    /// it ends the bucket at once.
    private let allStartWithBucketWord: UnsafeMutableBufferPointer<Bool>
    private let terms: UnsafeMutableBufferPointer<FlatTerm>
    private let payloads: UnsafeMutableBufferPointer<Payload>
    private let words: UnsafeMutableBufferPointer<FlatWord>
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    /// The alternatives of `anyOf` words, each an exact word or a stem.
    private let choices: UnsafeMutableBufferPointer<FlatWord>

    init(_ buckets: [[TermIndex<Payload>.Entry]]) {
        var starts: [Int32] = [0]
        var keyed: [Int32] = []
        var bucketWordIndices: [Int32] = []
        var allStartWithIt: [Bool] = []
        var flatTerms: [FlatTerm] = []
        var flatPayloads: [Payload] = []
        var flatWords: [FlatWord] = []
        var flatBytes: [UInt8] = []
        var flatChoices: [FlatWord] = []
        // Keyed by the alternatives' array, valid while `buckets`, which holds every term, lives:
        // only during this init.
        var laidOutChoices: [UnsafeRawPointer: FlatWord] = [:]
        for bucket in buckets {
            let bucketWord = bucket.lazy.map { $0.term.words[0] }.first { if case .exact = $0 { true } else { false } }
            bucketWordIndices.append(-1)
            allStartWithIt.append(bucketWord != nil && bucket.allSatisfy { $0.term.words[0] == bucketWord })
            // Each term's words are laid out once; the term itself is listed once if its second word
            // has no exact spelling, else once per spelling: those lists come after the others, in
            // order of the spelling's hash.
            var unkeyed: [FlatTerm] = []
            var keyedTerms: [(key: UInt64, order: Int, term: FlatTerm)] = []
            var bucketPayloads: [Payload] = []
            for (order, entry) in bucket.enumerated() {
                let words = entry.term.words
                let startsWithBucketWord = bucketWord != nil && words[0] == bucketWord
                if startsWithBucketWord, bucketWordIndices[bucketWordIndices.count - 1] < 0 {
                    bucketWordIndices[bucketWordIndices.count - 1] = Int32(flatWords.count)
                }
                // At most Term.maximumWords words: a pack's reader refuses longer terms with their line.
                let firstWord = Int32(flatWords.count)
                for word in words {
                    flatWords.append(
                        Self.flat(word, bytes: &flatBytes, choices: &flatChoices, laidOut: &laidOutChoices))
                }
                let keys = Self.secondWordHashes(words)
                func term(_ key: UInt64, _ isFirstListing: Bool) -> FlatTerm {
                    FlatTerm(
                        firstWord: firstWord, wordCount: Int16(words.count), startsWithBucketWord: startsWithBucketWord,
                        isFirstListing: isFirstListing, payload: Int32(bucketPayloads.count), secondWordHash: key)
                }
                if keys.isEmpty {
                    unkeyed.append(term(0, true))
                } else {
                    keyedTerms += keys.enumerated().map { (key: $0.element, order: order, term: term($0.element, $0.offset == 0)) }
                }
                bucketPayloads.append(entry.payload)
            }
            let payloadBase = Int32(flatPayloads.count)
            flatPayloads += bucketPayloads
            func rebased(_ term: FlatTerm) -> FlatTerm { term.withPayload(payloadBase + term.payload) }
            flatTerms += unkeyed.map(rebased)
            keyed.append(Int32(flatTerms.count))
            flatTerms += keyedTerms.sorted { ($0.key, $0.order) < ($1.key, $1.order) }.map { rebased($0.term) }
            starts.append(Int32(flatTerms.count))
        }
        bucketStarts = Self.copy(starts)
        keyedStarts = Self.copy(keyed)
        bucketWords = Self.copy(bucketWordIndices)
        allStartWithBucketWord = Self.copy(allStartWithIt)
        terms = Self.copy(flatTerms)
        payloads = Self.copy(flatPayloads)
        words = Self.copy(flatWords)
        bytes = Self.copy(flatBytes)
        choices = Self.copy(flatChoices)
    }

    deinit {
        bucketStarts.deallocate()
        keyedStarts.deallocate()
        bucketWords.deallocate()
        allStartWithBucketWord.deallocate()
        terms.deallocate()
        payloads.deinitialize().deallocate()
        words.deallocate()
        bytes.deallocate()
        choices.deallocate()
    }

    /// The hashes of the spellings of a term's second word when it is one exact word or a choice
    /// among exact words only; empty when it has none or is (or offers) a stem.
    private static func secondWordHashes(_ words: [Term.Word]) -> [UInt64] {
        guard words.count > 1 else { return [] }
        switch words[1] {
        case .exact(let second): return [BitFilter.hash(second)]
        case .anyOf(let alternatives):
            var hashes: [UInt64] = []
            for alternative in alternatives {
                guard case .exact(let spelling) = alternative else { return [] }
                hashes.append(BitFilter.hash(spelling))
            }
            return Array(Set(hashes)).sorted()
        case .prefix, .suffix, .figure: return []
        }
    }

    /// A word laid out: its bytes appended to `bytes`, the alternatives of `anyOf` to `choices` —
    /// once for all the terms that share its array of alternatives (`laidOut`).
    private static func flat(
        _ word: Term.Word, bytes: inout [UInt8], choices: inout [FlatWord], laidOut: inout [UnsafeRawPointer: FlatWord]
    ) -> FlatWord {
        guard case .anyOf(let alternatives) = word else { return flat(word, into: &bytes) }
        // Terms that wrote the same braces share one array (a pack reads each piece once), found by
        // its address: hashing and comparing hundreds of alternatives cost more than laying them out.
        // Equal alternatives in separate arrays (two packs) are laid out twice, which only costs memory.
        let address = alternatives.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        if let address, let known = laidOut[address] { return known }
        // Exact words sorted by hash are found by a binary search: "the {a hundred demonyms}" after
        // every "the" of a draft compared them one by one.
        let flatAlternatives = alternatives.map { flat($0, into: &bytes) }
        let exact = flatAlternatives.filter { $0.kind == .exact }.sorted { $0.hash < $1.hash }
        let flatWord = FlatWord(
            kind: .anyOf, length: Int32(flatAlternatives.count), start: Int32(choices.count), hash: UInt64(exact.count))
        choices += exact + flatAlternatives.filter { $0.kind != .exact }
        if let address { laidOut[address] = flatWord }
        return flatWord
    }

    /// A word other than `anyOf`, its bytes appended to `bytes`.
    private static func flat(_ word: Term.Word, into bytes: inout [UInt8]) -> FlatWord {
        let (kind, text): (FlatWord.Kind, [UInt8]) =
            switch word {
            case .exact(let text): (.exact, text)
            case .prefix(let text): (.prefix, text)
            case .suffix(let text): (.suffix, text)
            case .figure: (.figure, [])
            case .anyOf: preconditionFailure("alternatives hold single words; the caller lays out anyOf itself")
            }
        defer { bytes += text }
        return FlatWord(kind: kind, length: Int32(text.count), start: Int32(bytes.count), hash: BitFilter.hash(text))
    }

    private static func copy<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return UnsafeMutableBufferPointer(rebasing: buffer[0..<array.count])
    }

    /// Calls `body` for every term of `bucket` that the words from `position` on spell.
    @inline(__always)
    func check(_ bucket: Int, _ position: Int, _ draft: Words, _ body: (Payload, Int) -> Void) {
        let range = Int(bucketStarts[bucket])..<Int(bucketStarts[bucket + 1])
        let bucketWord = Int(bucketWords[bucket])
        let bucketWordMatches = bucketWord >= 0 && matches(words[bucketWord], position, draft)
        if !bucketWordMatches, allStartWithBucketWord[bucket] { return }
        // The next word's hash turns a term away only when the word has no other forms to match.
        let next = position + 1 < draft.count ? draft.tokens.baseAddress! + position + 1 : nil
        let nextHash = next.flatMap { $0.pointee.alternates.isEmpty ? $0.pointee.key.hash : nil }
        let keyed = Int(keyedStarts[bucket])
        for index in range.lowerBound..<keyed { check(term: index, position, draft, bucketWordMatches, body) }
        guard keyed < range.upperBound else { return }
        guard let nextHash else {
            for index in keyed..<range.upperBound where terms[index].isFirstListing {
                check(term: index, position, draft, bucketWordMatches, body)
            }
            return
        }
        var low = keyed
        var high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if terms[middle].secondWordHash < nextHash { low = middle + 1 } else { high = middle }
        }
        while low < range.upperBound, terms[low].secondWordHash == nextHash {
            check(term: low, position, draft, bucketWordMatches, body)
            low += 1
        }
    }

    /// Calls `body` if term `index` is spelled by the words from `position` on (every word compared;
    /// the caller's binary search has only chosen which listings to try).
    @inline(__always)
    private func check(term index: Int, _ position: Int, _ draft: Words, _ bucketWordMatches: Bool, _ body: (Payload, Int) -> Void) {
        let term = terms[index]
        let count = Int(term.wordCount)
        guard position + count <= draft.count else { return }
        var offset = 0
        if term.startsWithBucketWord {
            guard bucketWordMatches else { return }
            offset = 1
        }
        while offset < count, matches(words[Int(term.firstWord) + offset], position + offset, draft) { offset += 1 }
        if offset == count { body(payloads[Int(term.payload)], position + count) }
    }

    /// Whether the draft's word at `position` (or one of its other forms) is `word`. The token is
    /// read where it lies: copying its 64 bytes for each term compared cost more than the compare.
    @inline(__always)
    private func matches(_ word: FlatWord, _ position: Int, _ draft: Words) -> Bool {
        let token = draft.tokens.baseAddress! + position
        if word.kind == .figure { return token.pointee.isFigure }
        if word.kind == .anyOf {
            let start = Int(word.start)
            let stems = start + word.exactAlternatives
            if stems > start {
                if isOneOf(start..<stems, token.pointee.key, draft) { return true }
                for alternate in token.pointee.alternates where isOneOf(start..<stems, draft.alternates[alternate], draft) {
                    return true
                }
            }
            return (stems..<start + Int(word.length)).contains { matches(choices[$0], position, draft) }
        }
        if matches(word, token.pointee.key, draft) { return true }
        for alternate in token.pointee.alternates where matches(word, draft.alternates[alternate], draft) { return true }
        return false
    }

    @inline(__always)
    private func matches(_ word: FlatWord, _ key: WordKey, _ draft: Words) -> Bool {
        let length = Int(word.length)
        switch word.kind {
        case .exact:
            guard key.hash == word.hash, key.length == length else { return false }
            return same(word, draft, at: key.offset)
        case .prefix:
            return key.length >= length && same(word, draft, at: key.offset)
        case .suffix:
            return key.length >= length && same(word, draft, at: key.offset + key.length - length)
        case .figure, .anyOf:
            return false
        }
    }

    /// Whether `key` is one of the exact words `range` of `choices`, sorted by hash.
    @inline(__always)
    private func isOneOf(_ range: Range<Int>, _ key: WordKey, _ draft: Words) -> Bool {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if choices[middle].hash < key.hash { low = middle + 1 } else { high = middle }
        }
        while low < range.upperBound, choices[low].hash == key.hash {
            if matches(choices[low], key, draft) { return true }
            low += 1
        }
        return false
    }

    /// Whether the draft's folded bytes from `offset` on begin with the word's bytes.
    @inline(__always)
    private func same(_ word: FlatWord, _ draft: Words, at offset: Int) -> Bool {
        let start = Int(word.start)
        for index in 0..<Int(word.length) where draft.folded[offset + index] != bytes[start + index] { return false }
        return true
    }
}
