/// What is written around the street and number: the flat, floor, stair, door or building ("Hinterhaus,
/// 3. Stock", "escalier B", "boîte 4", "scala B, interno 9", "bajo B", "2n 1a", "الطابق الثاني"), pieces
/// of the number ("14-III", "62/3/14"), and such parts written before the street ("bâtiment C,",
/// "بناية 23،").
extension AddressDetector {
    /// Words that name a part of a building; the word after them (a number, a letter, an ordinal) belongs to it.
    static let unitWords: Set<String> = [
        "flat", "apt", "apartment", "unit", "suite", "floor", "room", "stock", "og", "eg", "dg", "ug", "hinterhaus", "vorderhaus",
        "seitenflügel", "gartenhaus", "stiege", "tür", "top", "wohnung", "escalier", "esc", "bâtiment", "batiment", "bât", "bat", "étage",
        "etage", "appt", "appartement", "app", "porte", "boîte", "boite", "bte", "bus", "piso", "planta", "puerta", "pta", "bajo",
        "escalera", "apartamento",
        "portal", "bloque", "scala", "interno", "int", "piano", "apto", "andar", "verdieping", "huis", "شقة", "الطابق", "طابق", "بناية",
        "بناء", "عمارة", "مبنى", "مدخل", "رقم", "الدور", "دور",
    ]
    /// Ordinal, side and floor words that can stand as a part after a number ("3.º izquierda", "2. OG links", "2e étage").
    static let partWords: Set<String> = [
        "links", "rechts", "mitte", "gauche", "droite", "izquierda", "derecha", "izda", "dcha", "centro", "sinistra", "destra",
        "esquerdo", "direito", "esq", "dto", "bis", "ter", "الأول", "الاول", "الثاني", "الثالث", "الرابع", "الخامس", "الأرضي", "الارضي",
        "º", "ª",
        "ème",
    ]

    /// Extends an address over the parts written after it, each after ", " or a space.
    static func withParts(after end: Int, _ input: DetectionInput) -> Int {
        let tokens = input.tokens
        var end = end
        for _ in 0..<5 {
            let next = input.text.tokenIndex(atOrAfter: end)
            guard next < tokens.count else { break }
            let gap = input.text.text(end, tokens[next].start)
            guard [", ", "، ", "،", " ", "/", "-", ".", ". "].contains(gap) else { break }
            let token = tokens[next]
            if gap == "/" || gap == "-" {
                // "62/3/14", "14-III", "148-C": pieces of the number itself.
                guard token.kind != .word || (token.end - token.start <= 4 && token.isCapitalized) else { break }
                end = token.end
            } else if unitWords.contains(token.folded) {
                var last = next
                // "3. Stock", "escalier B", "interno 9", "الطابق الثاني", "boîte 4"
                if last + 1 < tokens.count, input.text.onlySpaces(tokens[last].end, tokens[last + 1].start),
                    tokens[last + 1].kind != .word || tokens[last + 1].end - tokens[last + 1].start <= 2
                        || partWords.contains(tokens[last + 1].folded)
                        || tokens[last + 1].isArabic
                {
                    last += 1
                }
                end = tokens[last].end
            } else if token.kind != .word, token.end - token.start <= 4, gap != " " || tokens[next].kind == .mixed {
                // "3. Stock", "2e étage", "2n 1a", "3.º izquierda": a floor or door number and its word.
                var last = next
                while last + 1 < tokens.count, last < next + 3 {
                    let between = input.text.text(tokens[last].end, tokens[last + 1].start)
                    let candidate = tokens[last + 1]
                    guard [" ", ".", ". ", ".º ", "º "].contains(between) || between.isEmpty else { break }
                    guard
                        unitWords.contains(candidate.folded) || partWords.contains(candidate.folded)
                            || (candidate.kind == .mixed && candidate.end - candidate.start <= 3)
                            // "3º B": a door letter.
                            || (candidate.end - candidate.start == 1 && candidate.isCapitalized)
                    else { break }
                    last += 1
                }
                guard last > next || tokens[next].kind == .mixed else { break }
                end = tokens[last].end
            } else if partWords.contains(token.folded), gap == " " {
                end = token.end
            } else {
                break
            }
            if end < input.scalars.count, "ºª°".unicodeScalars.contains(input.scalars[end]) { end += 1 }
        }
        return end
    }

    /// Moves the start of an address back over parts written before the street: "bâtiment C, 5 allée …",
    /// "بناية 23، شارع …", "رقم 17، زنقة …".
    static func withParts(before start: Int, _ input: DetectionInput) -> Int {
        let tokens = input.tokens
        let first = input.text.tokenIndex(atOrAfter: start)
        guard first >= 2, [", ", "، ", "،"].contains(input.text.text(tokens[first - 1].end, tokens[first].start)) else { return start }
        let identifier = tokens[first - 1]
        let unit = tokens[first - 2]
        guard unitWords.contains(unit.folded), input.text.onlySpaces(unit.end, identifier.start),
            identifier.kind != .word || identifier.end - identifier.start <= 2 || identifier.isArabic
        else { return start }
        return unit.start
    }

    /// Irish Eircodes ("D09 YF62", "H91 X2K7") and Canadian postcodes ("M4H 1K7") after the address.
    static func withOtherPostcodes(after end: Int, _ input: DetectionInput) -> Int {
        let tokens = input.tokens
        let next = input.text.tokenIndex(atOrAfter: end)
        guard next + 1 < tokens.count, [", ", " "].contains(input.text.text(end, tokens[next].start)),
            input.text.onlySpaces(tokens[next].end, tokens[next + 1].start)
        else { return end }
        let (a, b) = (tokens[next], tokens[next + 1])
        let first = String(String.UnicodeScalarView(input.scalars[a.start..<a.end]))
        let second = String(String.UnicodeScalarView(input.scalars[b.start..<b.end]))
        let eircode = first.count == 3 && second.count == 4 && a.kind == .mixed && b.kind == .mixed
        let canadian =
            first.count == 3 && second.count == 3 && a.kind == .mixed && b.kind == .mixed
            && first.unicodeScalars.first.map(AccountDetector.isUpperASCII) == true
        return eircode || canadian ? b.end : end
    }
}
