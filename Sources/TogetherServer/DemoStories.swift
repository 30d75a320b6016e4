import Foundation
import Stories

/// Short fictional stories in each interface language, for demonstration sites. Every one says it is
/// made up; each follows the guidance the platform teaches (people first, shared everyday life).
enum DemoStories {
    struct Entry {
        let title: String
        let body: String
        let language: String
        let voice: Voice
        let themes: [Theme]
        let country: String
        let region: String
        let credit: Credit
    }

    static let all: [Entry] = [
        Entry(
            title: "Sunday bread",
            body:
                "Every Sunday my neighbour Hanna and I bake bread in her kitchen. She learned from her grandmother in Leipzig, I learned from mine in Aleppo. The recipes are different, the flour on our hands is the same.\nNow the children on our floor come by at noon with a plate.\n(A fictional story, written to show what Together does.)",
            language: "en", voice: .refugee, themes: [.food, .home], country: "DE", region: "Leipzig",
            credit: Credit(mode: .firstName, name: "Rami")),
        Entry(
            title: "The Tuesday football team",
            body:
                "I coach a team of twelve-year-olds. Half of them were born here, half arrived in the last three years. On Tuesdays nobody asks where anyone is from; they ask who has the ball.\n(A fictional story, written to show what Together does.)",
            language: "en", voice: .hostCommunity, themes: [.sport, .school], country: "CA", region: "Winnipeg",
            credit: Credit(mode: .fullName, name: "Claire Dubois")),
        Entry(
            title: "La chorale du quartier",
            body:
                "Le jeudi soir, nous chantons dans la salle de la mairie. Il y a des chansons en wolof, en portugais et en breton. Personne ne lit la même partition, mais nous finissons toujours ensemble.\n(Histoire fictive, écrite pour montrer ce que fait Together.)",
            language: "fr", voice: .migrant, themes: [.music], country: "FR", region: "Rennes",
            credit: Credit(mode: .chosenName, name: "Awa")),
        Entry(
            title: "Le jardin partagé",
            body:
                "Mon voisin du troisième m'a montré comment tailler les tomates. Moi, je lui ai appris à planter la menthe comme chez nous. Cet été, tout l'immeuble a mangé notre salade.\n(Histoire fictive, écrite pour montrer ce que fait Together.)",
            language: "fr", voice: .refugee, themes: [.food, .home], country: "BE", region: "Liège", credit: Credit(mode: .anonymous)),
        Entry(
            title: "La panadería de la esquina",
            body:
                "Abrí la panadería con mi hermana hace dos años. Los vecinos mayores vienen a las siete y nos cuentan cómo era el barrio. Nosotras les contamos cómo era el nuestro.\n(Historia ficticia, escrita para mostrar lo que hace Together.)",
            language: "es", voice: .migrant, themes: [.work, .food], country: "ES", region: "Zaragoza",
            credit: Credit(mode: .firstName, name: "Daniela")),
        Entry(
            title: "El mural de la escuela",
            body:
                "Los niños de quinto pintaron un mural con los pájaros de los lugares de sus abuelos. Ahora hay un cóndor al lado de una cigüeña, y nadie quiere que lo borren.\n(Historia ficticia, escrita para mostrar lo que hace Together.)",
            language: "es", voice: .hostCommunity, themes: [.art, .school], country: "CL", region: "Valparaíso",
            credit: Credit(mode: .fullName, name: "Marta Rojas")),
        Entry(
            title: "قهوة الصباح في الحي",
            body:
                "كل صباح أجلس مع جارتي مريم على الشرفة. هي تحضّر القهوة وأنا أحضر الخبز. نتحدث عن أولادنا وعن المدرسة وعن أسعار الخضار، كأي جارتين في أي مكان.\n(قصة متخيَّلة، كُتبت لتعريف الزوار بما يقدمه Together.)",
            language: "ar", voice: .refugee, themes: [.family, .home], country: "JO", region: "إربد",
            credit: Credit(mode: .firstName, name: "سلمى")),
        Entry(
            title: "فريق الحي لكرة القدم",
            body:
                "نلعب كل جمعة في الملعب القريب من السوق. في الفريق طلاب وعمال وآباء، بعضهم وُلد هنا وبعضهم وصل منذ سنة. حين تُسجَّل الأهداف نحتفل جميعًا باللغة نفسها.\n(قصة متخيَّلة، كُتبت لتعريف الزوار بما يقدمه Together.)",
            language: "ar", voice: .hostCommunity, themes: [.sport], country: "LB", region: "صيدا", credit: Credit(mode: .anonymous)),
    ]
}
