import Foundation

/// The messages of the findings the checker computes, in the interface languages (English for
/// the others until translated), with {placeholders}.
enum ComputedMessages {
    static let texts: [String: [String: String]] = [
        "length-post": [
            "en": "This post has {count} characters; posts read best under {limit}.",
            "fr": "Ce message compte {count} caractères ; au-delà de {limit}, il se lit moins bien.",
            "es": "Esta publicación tiene {count} caracteres; se lee mejor con menos de {limit}.",
            "ar": "في هذا المنشور {count} حرفًا؛ يُقرأ المنشور أفضل إذا قلّ عن {limit}.",
        ],
        "length-headline": [
            "en": "This headline has {count} characters; short headlines of under {limit} are read more.",
            "fr": "Ce titre compte {count} caractères ; un titre de moins de {limit} est davantage lu.",
            "es": "Este titular tiene {count} caracteres; los titulares de menos de {limit} se leen más.",
            "ar": "في هذا العنوان {count} حرفًا؛ العناوين القصيرة (أقل من {limit}) تُقرأ أكثر.",
        ],
        "length-poster": [
            "en": "A poster with {count} words is hard to take in at a glance; aim for about {limit}.",
            "fr": "Une affiche de {count} mots se lit mal d'un coup d'œil ; visez environ {limit}.",
            "es": "Un cartel con {count} palabras cuesta leerlo de un vistazo; intente unas {limit}.",
            "ar": "ملصق من {count} كلمة يصعب استيعابه بنظرة؛ حاول ألا يزيد عن {limit} كلمة تقريبًا.",
        ],
        "length-script": [
            "en": "This script has {count} words, more than about {limit} (90 seconds read aloud).",
            "fr": "Ce script compte {count} mots, plus qu'environ {limit} (90 secondes à voix haute).",
            "es": "Este guion tiene {count} palabras, más de unas {limit} (90 segundos en voz alta).",
            "ar": "في هذا النص {count} كلمة، أكثر من نحو {limit} (90 ثانية بصوت عالٍ).",
        ],
        "statistics-overload": [
            "en": "{count} figures in {words} words: one person's story or one shared value moves people more than numbers.",
            "fr": "{count} chiffres en {words} mots : l'histoire d'une personne ou une valeur partagée touche davantage que les chiffres.",
            "es": "{count} cifras en {words} palabras: la historia de una persona o un valor compartido conmueve más que los números.",
            "ar": "{count} أرقام في {words} كلمة: قصة إنسان واحد أو قيمة مشتركة تؤثر أكثر من الأرقام.",
        ],
        "readability-long-sentence": [
            "en": "This sentence has {count} words; splitting it makes it easier to follow.",
            "fr": "Cette phrase compte {count} mots ; la couper la rend plus facile à suivre.",
            "es": "Esta frase tiene {count} palabras; dividirla la hace más fácil de seguir.",
            "ar": "في هذه الجملة {count} كلمة؛ تقسيمها يجعلها أسهل للمتابعة.",
        ],
        "migrant-ness": [
            "en": "People are named by their status {count} times. Who are they too: a neighbour, a nurse, a mother?",
            "fr": "Les personnes sont désignées {count} fois par leur statut. Qui sont-elles aussi : une voisine, un infirmier, une mère ?",
            "es": "Se nombra a las personas {count} veces por su estatus. ¿Quiénes son también: una vecina, un enfermero, una madre?",
            "ar": "ذُكر الناس {count} مرات بصفتهم فقط. من هم أيضًا: جارة، ممرض، أم؟",
        ],
        "language-mismatch": [
            "en": "This draft seems to be in {language}, but its audience reads {audience}: messages work best in people's own language.",
            "fr":
                "Ce texte semble être en {language}, mais son public lit le {audience} : un message touche mieux dans la langue des gens.",
            "es": "Este texto parece estar en {language}, pero su público lee {audience}: un mensaje llega mejor en la lengua de la gente.",
            "ar": "يبدو أن هذه المسودة بلغة {language}، لكن جمهورها يقرأ {audience}: تصل الرسالة أفضل بلغة الناس أنفسهم.",
        ],
    ]

    static func text(_ id: String, in language: String, _ values: [String: String]) -> String {
        let entry = texts[id] ?? [:]
        var text = entry[language] ?? entry["en"] ?? id
        for (key, value) in values { text = text.replacingOccurrences(of: "{\(key)}", with: value) }
        return text
    }
}
