"""Conversational sentences (chat, phone, everyday requests) written for rmbench.

Same edit format as src_news.py: (type, penalty, span before, span after); one minor and one
major error per target language.
"""

from __future__ import annotations

SENTENCES = [
    dict(
        id="conv-001",
        en="Can you pick me up from the airport at 7 tomorrow morning?",
        de=(
            "Kannst du mich morgen früh um 7 vom Flughafen abholen?",
            [
                ("num", 5, "um 7", "um 9"),
                ("omi", 1, " früh", ""),
            ],
        ),
        es=(
            "¿Puedes recogerme en el aeropuerto mañana a las 7 de la mañana?",
            [
                ("num", 5, "a las 7", "a las 11"),
                ("add", 1, "¿Puedes recogerme", "¿Puedes venir a recogerme"),
            ],
        ),
        fr=(
            "Tu peux venir me chercher à l'aéroport demain à 7 heures du matin ?",
            [
                ("sense", 5, "venir me chercher", "venir me voir"),
                ("omi", 1, " du matin", ""),
            ],
        ),
    ),
    dict(
        id="conv-002",
        en="I'm sorry, I didn't mean to wake you up.",
        de=(
            "Entschuldige, ich wollte dich nicht wecken.",
            [
                ("neg", 5, "ich wollte dich nicht wecken", "ich wollte dich wecken"),
                ("add", 1, "Entschuldige,", "Entschuldige bitte,"),
            ],
        ),
        es=(
            "Lo siento, no quería despertarte.",
            [
                ("neg", 5, "no quería despertarte", "quería despertarte"),
                ("unt", 1, "Lo siento", "Sorry"),
            ],
        ),
        fr=(
            "Désolé, je ne voulais pas te réveiller.",
            [
                ("neg", 5, "je ne voulais pas te réveiller", "je voulais te réveiller"),
                ("unt", 1, "Désolé", "Sorry"),
            ],
        ),
    ),
    dict(
        id="conv-003",
        en="My sister lives in Hamburg, so we only see each other twice a year.",
        de=(
            "Meine Schwester wohnt in Hamburg, deshalb sehen wir uns nur zweimal im Jahr.",
            [
                ("ent", 5, "in Hamburg", "in Bremen"),
                ("pron", 1, "Meine Schwester", "Mein Bruder"),
            ],
        ),
        es=(
            "Mi hermana vive en Hamburgo, así que solo nos vemos dos veces al año.",
            [
                ("num", 5, "dos veces al año", "dos veces al mes"),
                ("pron", 1, "Mi hermana", "Mi hermano"),
            ],
        ),
        fr=(
            "Ma sœur habite à Hambourg, alors nous ne nous voyons que deux fois par an.",
            [
                ("ent", 5, "à Hambourg", "à Hanovre"),
                ("pron", 1, "Ma sœur", "Mon frère"),
            ],
        ),
    ),
    dict(
        id="conv-004",
        en="Do you want to grab a coffee after the meeting?",
        de=(
            "Wollen wir nach dem Meeting einen Kaffee trinken gehen?",
            [
                ("neg", 5, "nach dem Meeting", "vor dem Meeting"),
                ("add", 1, "einen Kaffee", "einen schnellen Kaffee"),
            ],
        ),
        es=(
            "¿Quieres tomar un café después de la reunión?",
            [
                ("sense", 5, "tomar un café", "comprar una cafetera"),
                ("unt", 1, "la reunión", "el meeting"),
            ],
        ),
        fr=(
            "Tu veux prendre un café après la réunion ?",
            [
                ("neg", 5, "après la réunion", "avant la réunion"),
                ("add", 1, "un café", "un petit café"),
            ],
        ),
    ),
    dict(
        id="conv-005",
        en="Don't forget to water the plants while I'm away.",
        de=(
            "Vergiss nicht, die Pflanzen zu gießen, während ich weg bin.",
            [
                ("neg", 5, "Vergiss nicht", "Vergiss bitte"),
                ("add", 1, "die Pflanzen", "die Pflanzen im Garten"),
            ],
        ),
        es=(
            "No olvides regar las plantas mientras estoy fuera.",
            [
                ("sense", 5, "regar las plantas", "regar las fábricas"),
                ("omi", 1, " mientras estoy fuera", ""),
            ],
        ),
        fr=(
            "N'oublie pas d'arroser les plantes pendant mon absence.",
            [
                ("neg", 5, "N'oublie pas", "Oublie"),
                ("unt", 1, "d'arroser", "de water"),
            ],
        ),
    ),
    dict(
        id="conv-006",
        en="The table for four is booked for half past eight.",
        de=(
            "Der Tisch für vier Personen ist für halb neun reserviert.",
            [
                ("num", 5, "für vier Personen", "für zwei Personen"),
                ("add", 1, "Der Tisch", "Der runde Tisch"),
            ],
        ),
        es=(
            "La mesa para cuatro está reservada para las ocho y media.",
            [
                ("num", 5, "las ocho y media", "las nueve y media"),
                ("add", 1, "La mesa", "La mesa grande"),
            ],
        ),
        fr=(
            "La table pour quatre est réservée pour vingt heures trente.",
            [
                ("num", 5, "vingt heures trente", "vingt et une heures trente"),
                ("unt", 1, "La table pour quatre", "The table for four"),
            ],
        ),
    ),
    dict(
        id="conv-007",
        en="He said he would call back, but he never did.",
        de=(
            "Er sagte, er würde zurückrufen, hat es aber nie getan.",
            [
                ("neg", 5, "hat es aber nie getan", "hat es dann auch getan"),
                ("pron", 1, "Er sagte, er", "Sie sagte, sie"),
            ],
        ),
        es=(
            "Dijo que volvería a llamar, pero nunca lo hizo.",
            [
                ("neg", 5, "pero nunca lo hizo", "y lo hizo"),
                ("add", 1, "volvería a llamar", "volvería a llamar pronto"),
            ],
        ),
        fr=(
            "Il a dit qu'il rappellerait, mais il ne l'a jamais fait.",
            [
                ("neg", 5, "mais il ne l'a jamais fait", "et il l'a fait"),
                ("pron", 1, "Il a dit qu'il", "Elle a dit qu'elle"),
            ],
        ),
    ),
    dict(
        id="conv-008",
        en="Could you speak a little more slowly, please?",
        de=(
            "Könnten Sie bitte etwas langsamer sprechen?",
            [
                ("sense", 5, "langsamer", "lauter"),
                ("omi", 1, " bitte", ""),
            ],
        ),
        es=(
            "¿Podría hablar un poco más despacio, por favor?",
            [
                ("sense", 5, "más despacio", "más alto"),
                ("omi", 1, ", por favor", ""),
            ],
        ),
        fr=(
            "Pourriez-vous parler un peu plus lentement, s'il vous plaît ?",
            [
                ("sense", 5, "plus lentement", "plus fort"),
                ("omi", 1, ", s'il vous plaît", ""),
            ],
        ),
    ),
    dict(
        id="conv-009",
        en="I left my keys on the kitchen table this morning.",
        de=(
            "Ich habe heute Morgen meine Schlüssel auf dem Küchentisch liegen lassen.",
            [
                ("sense", 5, "Küchentisch", "Schreibtisch"),
                ("omi", 1, " heute Morgen", ""),
            ],
        ),
        es=(
            "Esta mañana me dejé las llaves en la mesa de la cocina.",
            [
                ("sense", 5, "las llaves", "las claves"),
                ("unt", 1, "de la cocina", "de la kitchen"),
            ],
        ),
        fr=(
            "J'ai laissé mes clés sur la table de la cuisine ce matin.",
            [
                ("sense", 5, "ce matin", "ce soir"),
                ("add", 1, "mes clés", "toutes mes clés"),
            ],
        ),
    ),
    dict(
        id="conv-010",
        en="We're running about fifteen minutes late because of the traffic.",
        de=(
            "Wir verspäten uns wegen des Verkehrs um etwa fünfzehn Minuten.",
            [
                ("num", 5, "fünfzehn Minuten", "fünfzig Minuten"),
                ("add", 1, "des Verkehrs", "des starken Verkehrs"),
            ],
        ),
        es=(
            "Vamos a llegar unos quince minutos tarde por el tráfico.",
            [
                ("num", 5, "quince minutos", "cincuenta minutos"),
                ("omi", 1, " por el tráfico", ""),
            ],
        ),
        fr=(
            "Nous aurons environ quinze minutes de retard à cause de la circulation.",
            [
                ("num", 5, "quinze minutes", "cinquante minutes"),
                ("unt", 1, "de la circulation", "du traffic"),
            ],
        ),
    ),
    dict(
        id="conv-011",
        en="Is there a pharmacy near here that is open on Sundays?",
        de=(
            "Gibt es hier in der Nähe eine Apotheke, die sonntags geöffnet hat?",
            [
                ("ent", 5, "sonntags", "samstags"),
                ("unt", 1, "Apotheke", "Pharmacy"),
            ],
        ),
        es=(
            "¿Hay alguna farmacia por aquí cerca que abra los domingos?",
            [
                ("ent", 5, "los domingos", "los sábados"),
                ("add", 1, "alguna farmacia", "alguna farmacia grande"),
            ],
        ),
        fr=(
            "Y a-t-il une pharmacie près d'ici qui est ouverte le dimanche ?",
            [
                ("neg", 5, "qui est ouverte", "qui est fermée"),
                ("omi", 1, " près d'ici", ""),
            ],
        ),
    ),
    dict(
        id="conv-012",
        en="Thanks for dinner, it was delicious, but I couldn't eat another bite.",
        de=(
            "Danke für das Abendessen, es war köstlich, aber ich kann keinen Bissen mehr essen.",
            [
                ("neg", 5, "es war köstlich", "es war scheußlich"),
                ("add", 1, "Danke für das", "Danke nochmals für das"),
            ],
        ),
        es=(
            "Gracias por la cena, estaba deliciosa, pero no podría comer ni un bocado más.",
            [
                ("neg", 5, "estaba deliciosa", "estaba horrible"),
                ("unt", 1, "la cena", "el dinner"),
            ],
        ),
        fr=(
            "Merci pour le dîner, c'était délicieux, mais je ne pourrais plus avaler une bouchée.",
            [
                ("neg", 5, "c'était délicieux", "c'était immangeable"),
                ("omi", 1, " pour le dîner", ""),
            ],
        ),
    ),
    dict(
        id="conv-013",
        en="My daughter has a fever, so she won't come to school today.",
        de=(
            "Meine Tochter hat Fieber, deshalb kommt sie heute nicht in die Schule.",
            [
                ("pron", 1, "Meine Tochter", "Mein Sohn"),
                ("neg", 5, "kommt sie heute nicht", "kommt sie heute"),
            ],
        ),
        es=(
            "Mi hija tiene fiebre, así que hoy no irá al colegio.",
            [
                ("neg", 5, "hoy no irá", "hoy irá"),
                ("pron", 1, "Mi hija", "Mi hijo"),
            ],
        ),
        fr=(
            "Ma fille a de la fièvre, donc elle ne viendra pas à l'école aujourd'hui.",
            [
                ("sense", 5, "de la fièvre", "de la colère"),
                ("pron", 1, "donc elle ne", "donc il ne"),
            ],
        ),
    ),
    dict(
        id="conv-014",
        en="Let's meet at the main entrance of the train station.",
        de=(
            "Lass uns am Haupteingang des Bahnhofs treffen.",
            [
                ("neg", 5, "Haupteingang", "Hauptausgang"),
                ("unt", 1, "des Bahnhofs", "der train station"),
            ],
        ),
        es=(
            "Quedamos en la entrada principal de la estación de tren.",
            [
                ("neg", 5, "la entrada principal", "la salida trasera"),
                ("unt", 1, "de tren", "of the train"),
            ],
        ),
        fr=(
            "Retrouvons-nous à l'entrée principale de la gare.",
            [
                ("sense", 5, "de la gare", "du garage"),
                ("add", 1, "l'entrée principale", "l'entrée principale nord"),
            ],
        ),
    ),
    dict(
        id="conv-015",
        en="I'll send you the photos as soon as I get home.",
        de=(
            "Ich schicke dir die Fotos, sobald ich zu Hause bin.",
            [
                ("sense", 5, "Ich schicke dir", "Ich zeige dir"),
                ("add", 1, "die Fotos", "die Fotos vom Urlaub"),
            ],
        ),
        es=(
            "Te mando las fotos en cuanto llegue a casa.",
            [
                ("sense", 5, "Te mando", "Te borro"),
                ("unt", 1, "las fotos", "las photos"),
            ],
        ),
        fr=(
            "Je t'enverrai les photos dès que je serai rentré.",
            [
                ("sense", 5, "Je t'enverrai", "Je supprimerai"),
                ("add", 1, "les photos", "toutes les photos"),
            ],
        ),
    ),
    dict(
        id="conv-016",
        en="Have you ever been to Lisbon? I'm going there for the first time in June.",
        de=(
            "Warst du schon einmal in Lissabon? Ich fahre im Juni zum ersten Mal hin.",
            [
                ("ent", 5, "in Lissabon", "in Porto"),
                ("omi", 1, " im Juni", ""),
            ],
        ),
        es=(
            "¿Has estado alguna vez en Lisboa? Voy por primera vez en junio.",
            [
                ("ent", 5, "en junio", "en julio"),
                ("add", 1, "Voy por primera vez", "Voy de vacaciones por primera vez"),
            ],
        ),
        fr=(
            "Tu es déjà allé à Lisbonne ? J'y vais pour la première fois en juin.",
            [
                ("ent", 5, "à Lisbonne", "à Madrid"),
                ("unt", 1, "pour la première fois", "for the first time"),
            ],
        ),
    ),
    dict(
        id="conv-017",
        en="The washing machine is broken again, and the repairman can't come until Friday.",
        de=(
            "Die Waschmaschine ist schon wieder kaputt, und der Techniker kann erst am Freitag kommen.",
            [
                ("ent", 5, "erst am Freitag", "erst am Montag"),
                ("omi", 1, " schon wieder", ""),
            ],
        ),
        es=(
            "La lavadora se ha vuelto a estropear y el técnico no puede venir hasta el viernes.",
            [
                ("neg", 5, "no puede venir hasta el viernes", "puede venir antes del viernes"),
                ("pron", 1, "el técnico", "la técnica"),
            ],
        ),
        fr=(
            "La machine à laver est encore en panne, et le réparateur ne peut pas venir avant vendredi.",
            [
                ("sense", 5, "La machine à laver", "Le lave-vaisselle"),
                ("add", 1, "encore en panne", "encore complètement en panne"),
            ],
        ),
    ),
    dict(
        id="conv-018",
        en="I think you gave me the wrong change: I paid with a twenty.",
        de=(
            "Ich glaube, Sie haben mir falsch herausgegeben: Ich habe mit einem Zwanziger bezahlt.",
            [
                ("num", 5, "einem Zwanziger", "einem Zehner"),
                ("add", 1, "Ich glaube,", "Ich glaube wirklich,"),
            ],
        ),
        es=(
            "Creo que me ha dado mal el cambio: he pagado con un billete de veinte.",
            [
                ("num", 5, "de veinte", "de cincuenta"),
                ("omi", 1, "Creo que me", "Me"),
            ],
        ),
        fr=(
            "Je crois que vous vous êtes trompé en me rendant la monnaie : j'ai payé avec un billet de vingt.",
            [
                ("num", 5, "de vingt", "de dix"),
                ("omi", 1, "Je crois que vous", "Vous"),
            ],
        ),
    ),
    dict(
        id="conv-019",
        en="We don't have any milk left, so I'll buy some on the way home.",
        de=(
            "Wir haben keine Milch mehr, also kaufe ich auf dem Heimweg welche.",
            [
                ("neg", 5, "Wir haben keine Milch mehr", "Wir haben noch Milch"),
                ("unt", 1, "auf dem Heimweg", "on the way home"),
            ],
        ),
        es=(
            "No nos queda leche, así que compraré de camino a casa.",
            [
                ("neg", 5, "No nos queda leche", "Nos queda leche"),
                ("add", 1, "compraré", "compraré un poco"),
            ],
        ),
        fr=(
            "Il n'y a plus de lait, alors j'en achèterai en rentrant.",
            [
                ("neg", 5, "Il n'y a plus de lait", "Il y a encore du lait"),
                ("omi", 1, " en rentrant", ""),
            ],
        ),
    ),
    dict(
        id="conv-020",
        en="Your brother seems really nice; is he still studying law?",
        de=(
            "Dein Bruder scheint wirklich nett zu sein; studiert er noch Jura?",
            [
                ("sense", 5, "Jura", "Medizin"),
                ("pron", 1, "Dein Bruder", "Deine Schwester"),
            ],
        ),
        es=(
            "Tu hermano parece muy simpático; ¿sigue estudiando Derecho?",
            [
                ("sense", 5, "Derecho", "Medicina"),
                ("pron", 1, "Tu hermano", "Tu hermana"),
            ],
        ),
        fr=(
            "Ton frère a l'air vraiment sympa ; il fait toujours des études de droit ?",
            [
                ("sense", 5, "de droit", "de médecine"),
                ("pron", 1, "Ton frère", "Ta sœur"),
            ],
        ),
    ),
    dict(
        id="conv-021",
        en="I can't find my phone anywhere; could you ring it for me?",
        de=(
            "Ich finde mein Handy nirgends; könntest du es mal anrufen?",
            [
                ("sense", 5, "mein Handy", "meinen Ring"),
                ("add", 1, "nirgends", "nirgends im Haus"),
            ],
        ),
        es=(
            "No encuentro mi móvil por ninguna parte; ¿puedes llamarme?",
            [
                ("neg", 5, "No encuentro mi móvil", "Encontré mi móvil"),
                ("add", 1, "por ninguna parte", "por ninguna parte de la casa"),
            ],
        ),
        fr=(
            "Je ne trouve mon téléphone nulle part ; tu pourrais l'appeler ?",
            [
                ("sense", 5, "tu pourrais l'appeler", "tu pourrais le sonner à la porte"),
                ("omi", 1, " nulle part", ""),
            ],
        ),
    ),
    dict(
        id="conv-022",
        en="The kids have been asking for a dog for years.",
        de=(
            "Die Kinder wünschen sich seit Jahren einen Hund.",
            [
                ("sense", 5, "einen Hund", "eine Katze"),
                ("omi", 1, " seit Jahren", ""),
            ],
        ),
        es=(
            "Los niños llevan años pidiendo un perro.",
            [
                ("sense", 5, "un perro", "un gato"),
                ("add", 1, "Los niños", "Los niños pequeños"),
            ],
        ),
        fr=(
            "Les enfants réclament un chien depuis des années.",
            [
                ("num", 5, "depuis des années", "depuis deux jours"),
                ("unt", 1, "un chien", "un dog"),
            ],
        ),
    ),
    dict(
        id="conv-023",
        en="Please let me know if you can't make it on Saturday.",
        de=(
            "Sag mir bitte Bescheid, falls du am Samstag nicht kommen kannst.",
            [
                ("neg", 5, "nicht kommen kannst", "kommen kannst"),
                ("sense", 1, "am Samstag", "am Wochenende"),
            ],
        ),
        es=(
            "Avísame, por favor, si no puedes venir el sábado.",
            [
                ("neg", 5, "si no puedes venir", "si puedes venir"),
                ("omi", 1, ", por favor,", ""),
            ],
        ),
        fr=(
            "Préviens-moi si tu ne peux pas venir samedi, s'il te plaît.",
            [
                ("ent", 5, "samedi", "dimanche"),
                ("omi", 1, ", s'il te plaît", ""),
            ],
        ),
    ),
    dict(
        id="conv-024",
        en="My grandmother turned ninety last week, and she still rides her bike every day.",
        de=(
            "Meine Großmutter ist letzte Woche neunzig geworden und fährt immer noch jeden Tag Fahrrad.",
            [
                ("num", 5, "neunzig", "neunzehn"),
                ("pron", 1, "Meine Großmutter", "Mein Großvater"),
            ],
        ),
        es=(
            "Mi abuela cumplió noventa años la semana pasada y todavía monta en bici todos los días.",
            [
                ("num", 5, "noventa años", "setenta años"),
                ("pron", 1, "Mi abuela", "Mi abuelo"),
            ],
        ),
        fr=(
            "Ma grand-mère a fêté ses quatre-vingt-dix ans la semaine dernière, et elle fait encore du vélo tous les jours.",
            [
                ("num", 5, "quatre-vingt-dix ans", "soixante-dix ans"),
                ("pron", 1, "et elle fait", "et il fait"),
            ],
        ),
    ),
    dict(
        id="conv-025",
        en="I'd like to return these shoes; they are too small.",
        de=(
            "Ich möchte diese Schuhe zurückgeben, sie sind zu klein.",
            [
                ("neg", 5, "zu klein", "zu groß"),
                ("unt", 1, "diese Schuhe", "these shoes"),
            ],
        ),
        es=(
            "Quisiera devolver estos zapatos; me quedan pequeños.",
            [
                ("neg", 5, "me quedan pequeños", "me quedan grandes"),
                ("add", 1, "estos zapatos", "estos zapatos nuevos"),
            ],
        ),
        fr=(
            "Je voudrais rendre ces chaussures ; elles sont trop petites.",
            [
                ("neg", 5, "trop petites", "trop grandes"),
                ("pron", 1, "elles sont", "ils sont"),
            ],
        ),
    ),
    dict(
        id="conv-026",
        en="It's supposed to snow tonight, so drive carefully.",
        de=(
            "Heute Nacht soll es schneien, also fahr vorsichtig.",
            [
                ("sense", 5, "schneien", "regnen"),
                ("add", 1, "fahr vorsichtig", "fahr bitte vorsichtig"),
            ],
        ),
        es=(
            "Dicen que esta noche va a nevar, así que conduce con cuidado.",
            [
                ("sense", 5, "va a nevar", "va a llover"),
                ("omi", 1, "Dicen que esta", "Esta"),
            ],
        ),
        fr=(
            "Il paraît qu'il va neiger ce soir, alors conduis prudemment.",
            [
                ("sense", 5, "va neiger", "va pleuvoir"),
                ("add", 1, "ce soir", "ce soir et demain"),
            ],
        ),
    ),
    dict(
        id="conv-027",
        en="I haven't seen that film yet, so don't tell me how it ends.",
        de=(
            "Ich habe den Film noch nicht gesehen, also verrate mir nicht, wie er endet.",
            [
                ("neg", 5, "noch nicht gesehen", "schon gesehen"),
                ("omi", 1, ", wie er endet", ""),
            ],
        ),
        es=(
            "Todavía no he visto esa película, así que no me cuentes cómo termina.",
            [
                ("neg", 5, "Todavía no he visto", "Ya he visto"),
                ("unt", 1, "no me cuentes", "don't tell me"),
            ],
        ),
        fr=(
            "Je n'ai pas encore vu ce film, alors ne me dis pas comment il se termine.",
            [
                ("neg", 5, "ne me dis pas", "dis-moi"),
                ("add", 1, "ce film", "ce film récent"),
            ],
        ),
    ),
    dict(
        id="conv-028",
        en="Shall I bring a salad or a dessert to the barbecue?",
        de=(
            "Soll ich zum Grillfest einen Salat oder einen Nachtisch mitbringen?",
            [
                ("omi", 5, " oder einen Nachtisch", ""),
                ("unt", 1, "mitbringen", "bring"),
            ],
        ),
        es=(
            "¿Llevo una ensalada o un postre a la barbacoa?",
            [
                ("omi", 5, " o un postre", ""),
                ("add", 1, "una ensalada", "una ensalada grande"),
            ],
        ),
        fr=(
            "J'apporte une salade ou un dessert pour le barbecue ?",
            [
                ("omi", 5, " ou un dessert", ""),
                ("pron", 1, "J'apporte", "Vous apportez"),
            ],
        ),
    ),
    dict(
        id="conv-029",
        en="The doctor told me to rest for two days and drink plenty of water.",
        de=(
            "Die Ärztin hat mir gesagt, ich soll mich zwei Tage ausruhen und viel Wasser trinken.",
            [
                ("num", 5, "zwei Tage", "zwei Wochen"),
                ("add", 1, "viel Wasser", "viel stilles Wasser"),
            ],
        ),
        es=(
            "El médico me dijo que descansara dos días y bebiera mucha agua.",
            [
                ("num", 5, "dos días", "diez días"),
                ("omi", 1, " mucha", ""),
            ],
        ),
        fr=(
            "Le médecin m'a dit de me reposer pendant deux jours et de boire beaucoup d'eau.",
            [
                ("omi", 5, " et de boire beaucoup d'eau", ""),
                ("add", 1, "deux jours", "deux jours entiers"),
            ],
        ),
    ),
    dict(
        id="conv-030",
        en="Excuse me, is this seat taken?",
        de=(
            "Entschuldigung, ist dieser Platz besetzt?",
            [
                ("neg", 5, "besetzt", "frei"),
                ("add", 1, "Entschuldigung,", "Entschuldigung bitte,"),
            ],
        ),
        es=(
            "Perdone, ¿está ocupado este asiento?",
            [
                ("neg", 5, "ocupado", "libre"),
                ("add", 1, "este asiento", "este asiento de aquí"),
            ],
        ),
        fr=(
            "Excusez-moi, cette place est prise ?",
            [
                ("neg", 5, "est prise", "est libre"),
                ("unt", 1, "Excusez-moi", "Excuse me"),
            ],
        ),
    ),
    dict(
        id="conv-031",
        en="We moved into a bigger flat because the baby is due in March.",
        de=(
            "Wir sind in eine größere Wohnung gezogen, weil das Baby im März kommt.",
            [
                ("ent", 5, "im März", "im Mai"),
                ("add", 1, "eine größere Wohnung", "eine größere, hellere Wohnung"),
            ],
        ),
        es=(
            "Nos hemos mudado a un piso más grande porque el bebé nacerá en marzo.",
            [
                ("ent", 5, "en marzo", "en mayo"),
                ("sense", 1, "un piso", "una planta"),
            ],
        ),
        fr=(
            "Nous avons emménagé dans un appartement plus grand parce que le bébé doit naître en mars.",
            [
                ("neg", 5, "plus grand", "plus petit"),
                ("omi", 1, " en mars", ""),
            ],
        ),
    ),
    dict(
        id="conv-032",
        en="Could you turn the music down a bit? I'm trying to sleep.",
        de=(
            "Kannst du die Musik etwas leiser machen? Ich versuche zu schlafen.",
            [
                ("neg", 5, "leiser", "lauter"),
                ("unt", 1, "zu schlafen", "to sleep"),
            ],
        ),
        es=(
            "¿Puedes bajar un poco la música? Estoy intentando dormir.",
            [
                ("neg", 5, "bajar un poco", "subir un poco"),
                ("add", 1, "intentando dormir", "intentando dormir un rato"),
            ],
        ),
        fr=(
            "Tu peux baisser un peu la musique ? J'essaie de dormir.",
            [
                ("neg", 5, "baisser", "monter"),
                ("omi", 1, " un peu", ""),
            ],
        ),
    ),
    dict(
        id="conv-033",
        en="I lost my wallet on the bus, but someone handed it in at the office.",
        de=(
            "Ich habe meine Geldbörse im Bus verloren, aber jemand hat sie im Büro abgegeben.",
            [
                ("sense", 5, "abgegeben", "gestohlen"),
                ("omi", 1, " im Bus", ""),
            ],
        ),
        es=(
            "Perdí la cartera en el autobús, pero alguien la entregó en la oficina.",
            [
                ("sense", 5, "la entregó", "la robó"),
                ("unt", 1, "la cartera", "la wallet"),
            ],
        ),
        fr=(
            "J'ai perdu mon portefeuille dans le bus, mais quelqu'un l'a déposé au bureau.",
            [
                ("sense", 5, "l'a déposé", "l'a volé"),
                ("add", 1, "dans le bus", "dans le bus bondé"),
            ],
        ),
    ),
    dict(
        id="conv-034",
        en="My boss wants the report by Monday, so I'll be working all weekend.",
        de=(
            "Mein Chef will den Bericht bis Montag, also arbeite ich das ganze Wochenende.",
            [
                ("ent", 5, "bis Montag", "bis Freitag"),
                ("unt", 1, "das ganze Wochenende", "all weekend"),
            ],
        ),
        es=(
            "Mi jefe quiere el informe para el lunes, así que trabajaré todo el fin de semana.",
            [
                ("ent", 5, "para el lunes", "para el viernes"),
                ("omi", 1, " todo", ""),
            ],
        ),
        fr=(
            "Mon patron veut le rapport pour lundi, donc je vais travailler tout le week-end.",
            [
                ("ent", 5, "pour lundi", "pour vendredi"),
                ("add", 1, "le rapport", "le rapport complet"),
            ],
        ),
    ),
    dict(
        id="conv-035",
        en="Happy birthday! I hope all your wishes come true.",
        de=(
            "Alles Gute zum Geburtstag! Ich hoffe, all deine Wünsche gehen in Erfüllung.",
            [
                ("sense", 5, "zum Geburtstag", "zum Hochzeitstag"),
                ("add", 1, "all deine Wünsche", "all deine großen Wünsche"),
            ],
        ),
        es=(
            "¡Feliz cumpleaños! Espero que se cumplan todos tus deseos.",
            [
                ("sense", 5, "cumpleaños", "aniversario"),
                ("unt", 1, "todos tus deseos", "all your wishes"),
            ],
        ),
        fr=(
            "Joyeux anniversaire ! J'espère que tous tes vœux se réaliseront.",
            [
                ("neg", 5, "se réaliseront", "ne se réaliseront jamais"),
                ("omi", 1, " tous", ""),
            ],
        ),
    ),
    dict(
        id="conv-036",
        en="The restaurant was full, so we ordered pizza and ate at home.",
        de=(
            "Das Restaurant war voll, also haben wir Pizza bestellt und zu Hause gegessen.",
            [
                ("sense", 5, "war voll", "war geschlossen"),
                ("unt", 1, "zu Hause", "at home"),
            ],
        ),
        es=(
            "El restaurante estaba lleno, así que pedimos pizza y cenamos en casa.",
            [
                ("neg", 5, "estaba lleno", "estaba vacío"),
                ("add", 1, "pedimos pizza", "pedimos pizza a domicilio"),
            ],
        ),
        fr=(
            "Le restaurant était complet, alors nous avons commandé une pizza et mangé à la maison.",
            [
                ("neg", 5, "était complet", "était vide"),
                ("omi", 1, " à la maison", ""),
            ],
        ),
    ),
    dict(
        id="conv-037",
        en="You should have told me earlier that you were allergic to nuts.",
        de=(
            "Du hättest mir früher sagen sollen, dass du gegen Nüsse allergisch bist.",
            [
                ("sense", 5, "gegen Nüsse", "gegen Milch"),
                ("omi", 1, " früher", ""),
            ],
        ),
        es=(
            "Deberías haberme dicho antes que eras alérgico a los frutos secos.",
            [
                ("sense", 5, "a los frutos secos", "a la leche"),
                ("omi", 1, " antes", ""),
            ],
        ),
        fr=(
            "Tu aurais dû me dire plus tôt que tu étais allergique aux noix.",
            [
                ("sense", 5, "aux noix", "au lait"),
                ("add", 1, "plus tôt", "beaucoup plus tôt"),
            ],
        ),
    ),
    dict(
        id="conv-038",
        en="The train to Munich leaves from platform 12 in ten minutes.",
        de=(
            "Der Zug nach München fährt in zehn Minuten von Gleis 12 ab.",
            [
                ("num", 5, "Gleis 12", "Gleis 21"),
                ("omi", 1, " in zehn Minuten", ""),
            ],
        ),
        es=(
            "El tren a Múnich sale del andén 12 dentro de diez minutos.",
            [
                ("num", 5, "andén 12", "andén 2"),
                ("omi", 1, " dentro de diez minutos", ""),
            ],
        ),
        fr=(
            "Le train pour Munich part du quai 12 dans dix minutes.",
            [
                ("num", 5, "dans dix minutes", "dans deux minutes"),
                ("unt", 1, "du quai 12", "du platform 12"),
            ],
        ),
    ),
    dict(
        id="conv-039",
        en="I'm not hungry yet; let's eat a little later.",
        de=(
            "Ich habe noch keinen Hunger; lass uns etwas später essen.",
            [
                ("neg", 5, "noch keinen Hunger", "schon großen Hunger"),
                ("omi", 1, " etwas", ""),
            ],
        ),
        es=(
            "Todavía no tengo hambre; comamos un poco más tarde.",
            [
                ("neg", 5, "Todavía no tengo hambre", "Ya tengo mucha hambre"),
                ("add", 1, "comamos", "comamos juntos"),
            ],
        ),
        fr=(
            "Je n'ai pas encore faim ; mangeons un peu plus tard.",
            [
                ("neg", 5, "Je n'ai pas encore faim", "J'ai déjà très faim"),
                ("unt", 1, "un peu plus tard", "a little later"),
            ],
        ),
    ),
    dict(
        id="conv-040",
        en="Our neighbours are on holiday in Greece for three weeks.",
        de=(
            "Unsere Nachbarn sind drei Wochen lang im Urlaub in Griechenland.",
            [
                ("ent", 5, "in Griechenland", "in der Türkei"),
                ("num", 1, "drei Wochen lang", "wochenlang"),
            ],
        ),
        es=(
            "Nuestros vecinos están de vacaciones en Grecia durante tres semanas.",
            [
                ("num", 5, "tres semanas", "trece semanas"),
                ("unt", 1, "de vacaciones", "de holiday"),
            ],
        ),
        fr=(
            "Nos voisins sont en vacances en Grèce pour trois semaines.",
            [
                ("ent", 5, "en Grèce", "en Turquie"),
                ("add", 1, "Nos voisins", "Nos voisins âgés"),
            ],
        ),
    ),
    dict(
        id="conv-041",
        en="Did you remember to lock the back door?",
        de=(
            "Hast du daran gedacht, die Hintertür abzuschließen?",
            [
                ("neg", 5, "abzuschließen", "aufzuschließen"),
                ("unt", 1, "die Hintertür", "die back door"),
            ],
        ),
        es=(
            "¿Te acordaste de cerrar con llave la puerta de atrás?",
            [
                ("neg", 5, "cerrar con llave", "abrir"),
                ("omi", 1, " de atrás", ""),
            ],
        ),
        fr=(
            "Tu as pensé à fermer à clé la porte de derrière ?",
            [
                ("neg", 5, "fermer à clé", "ouvrir"),
                ("omi", 1, " de derrière", ""),
            ],
        ),
    ),
    dict(
        id="conv-042",
        en="I'd rather stay in tonight; I'm really tired.",
        de=(
            "Ich bleibe heute Abend lieber zu Hause; ich bin wirklich müde.",
            [
                ("sense", 5, "zu Hause", "im Büro"),
                ("add", 1, "wirklich müde", "wirklich sehr müde"),
            ],
        ),
        es=(
            "Prefiero quedarme en casa esta noche; estoy muy cansado.",
            [
                ("neg", 5, "quedarme en casa", "salir de fiesta"),
                ("add", 1, "muy cansado", "muy cansado hoy"),
            ],
        ),
        fr=(
            "Je préfère rester à la maison ce soir ; je suis vraiment fatigué.",
            [
                ("neg", 5, "rester à la maison", "sortir en boîte"),
                ("omi", 1, " vraiment", ""),
            ],
        ),
    ),
    dict(
        id="conv-043",
        en="How much does a single ticket to the city centre cost?",
        de=(
            "Wie viel kostet eine einfache Fahrkarte ins Stadtzentrum?",
            [
                ("sense", 5, "eine einfache Fahrkarte", "eine Rückfahrkarte"),
                ("unt", 1, "ins Stadtzentrum", "ins City Centre"),
            ],
        ),
        es=(
            "¿Cuánto cuesta un billete sencillo al centro de la ciudad?",
            [
                ("sense", 5, "un billete sencillo", "un billete de ida y vuelta"),
                ("omi", 1, " de la ciudad", ""),
            ],
        ),
        fr=(
            "Combien coûte un aller simple pour le centre-ville ?",
            [
                ("sense", 5, "un aller simple", "un aller-retour"),
                ("add", 1, "le centre-ville", "le centre-ville historique"),
            ],
        ),
    ),
    dict(
        id="conv-044",
        en="She promised she wouldn't tell anyone about the surprise party.",
        de=(
            "Sie hat versprochen, niemandem von der Überraschungsparty zu erzählen.",
            [
                ("neg", 5, "niemandem", "allen"),
                ("pron", 1, "Sie hat versprochen", "Er hat versprochen"),
            ],
        ),
        es=(
            "Prometió que no le contaría a nadie lo de la fiesta sorpresa.",
            [
                ("neg", 5, "no le contaría a nadie", "se lo contaría a todos"),
                ("unt", 1, "la fiesta sorpresa", "la surprise party"),
            ],
        ),
        fr=(
            "Elle a promis de ne parler à personne de la fête surprise.",
            [
                ("neg", 5, "de ne parler à personne", "de parler à tout le monde"),
                ("pron", 1, "Elle a promis", "Il a promis"),
            ],
        ),
    ),
    dict(
        id="conv-045",
        en="Let me know when you land, and I'll come and get you.",
        de=(
            "Sag mir Bescheid, wenn du gelandet bist, dann hole ich dich ab.",
            [
                ("neg", 5, "gelandet", "gestartet"),
                ("add", 1, "dann hole ich dich ab", "dann hole ich dich sofort ab"),
            ],
        ),
        es=(
            "Avísame cuando aterrices y voy a buscarte.",
            [
                ("neg", 5, "aterrices", "despegues"),
                ("omi", 1, " y voy a buscarte", ""),
            ],
        ),
        fr=(
            "Préviens-moi quand tu atterris, et je viendrai te chercher.",
            [
                ("neg", 5, "tu atterris", "tu décolles"),
                ("unt", 1, "Préviens-moi", "Let me know"),
            ],
        ),
    ),
    dict(
        id="conv-046",
        en="I've been learning Spanish for six months, but I still get nervous on the phone.",
        de=(
            "Ich lerne seit sechs Monaten Spanisch, werde am Telefon aber immer noch nervös.",
            [
                ("num", 5, "sechs Monaten", "sechs Jahren"),
                ("unt", 1, "am Telefon", "on the phone"),
            ],
        ),
        es=(
            "Llevo seis meses aprendiendo español, pero todavía me pongo nervioso al teléfono.",
            [
                ("num", 5, "seis meses", "seis años"),
                ("omi", 1, " todavía", ""),
            ],
        ),
        fr=(
            "J'apprends l'espagnol depuis six mois, mais je suis encore nerveux au téléphone.",
            [
                ("ent", 5, "l'espagnol", "l'italien"),
                ("omi", 1, " encore", ""),
            ],
        ),
    ),
    dict(
        id="conv-047",
        en="The heating doesn't work, and it's freezing in here.",
        de=(
            "Die Heizung funktioniert nicht, und hier drin ist es eiskalt.",
            [
                ("neg", 5, "funktioniert nicht", "funktioniert gut"),
                ("unt", 1, "eiskalt", "freezing"),
            ],
        ),
        es=(
            "La calefacción no funciona y aquí dentro hace un frío horrible.",
            [
                ("neg", 5, "no funciona", "funciona bien"),
                ("omi", 1, " horrible", ""),
            ],
        ),
        fr=(
            "Le chauffage ne marche pas, et on gèle ici.",
            [
                ("neg", 5, "ne marche pas", "marche bien"),
                ("add", 1, "on gèle ici", "on gèle complètement ici"),
            ],
        ),
    ),
    dict(
        id="conv-048",
        en="Could you help me carry these boxes up to the third floor?",
        de=(
            "Könntest du mir helfen, diese Kisten in den dritten Stock zu tragen?",
            [
                ("num", 5, "dritten Stock", "fünften Stock"),
                ("add", 1, "diese Kisten", "diese schweren Kisten"),
            ],
        ),
        es=(
            "¿Me ayudas a subir estas cajas al tercer piso?",
            [
                ("num", 5, "tercer piso", "cuarto piso"),
                ("unt", 1, "estas cajas", "estas boxes"),
            ],
        ),
        fr=(
            "Tu peux m'aider à monter ces cartons au troisième étage ?",
            [
                ("num", 5, "troisième étage", "deuxième étage"),
                ("add", 1, "ces cartons", "ces gros cartons"),
            ],
        ),
    ),
    dict(
        id="conv-049",
        en="I'm afraid I have to cancel our lunch; something came up at work.",
        de=(
            "Leider muss ich unser Mittagessen absagen; bei der Arbeit ist etwas dazwischengekommen.",
            [
                ("sense", 5, "absagen", "bezahlen"),
                ("omi", 1, "Leider muss", "Muss"),
            ],
        ),
        es=(
            "Me temo que tengo que cancelar nuestra comida; ha surgido algo en el trabajo.",
            [
                ("sense", 5, "cancelar", "pagar"),
                ("add", 1, "nuestra comida", "nuestra comida de mañana"),
            ],
        ),
        fr=(
            "Je crains de devoir annuler notre déjeuner ; j'ai un imprévu au travail.",
            [
                ("sense", 5, "annuler", "payer"),
                ("unt", 1, "au travail", "at work"),
            ],
        ),
    ),
    dict(
        id="conv-050",
        en="We had a great time at your wedding; thank you for inviting us.",
        de=(
            "Wir hatten auf eurer Hochzeit eine tolle Zeit; danke, dass ihr uns eingeladen habt.",
            [
                ("neg", 5, "eine tolle Zeit", "eine furchtbare Zeit"),
                ("add", 1, "danke,", "danke nochmals,"),
            ],
        ),
        es=(
            "Lo pasamos genial en vuestra boda; gracias por invitarnos.",
            [
                ("neg", 5, "Lo pasamos genial", "Lo pasamos fatal"),
                ("unt", 1, "vuestra boda", "vuestro wedding"),
            ],
        ),
        fr=(
            "Nous avons passé un excellent moment à votre mariage ; merci de nous avoir invités.",
            [
                ("neg", 5, "un excellent moment", "un affreux moment"),
                ("omi", 1, " à votre mariage", ""),
            ],
        ),
    ),
]
