"""News sentences written for rmbench, with references into German, Spanish and French.

Each error is an explicit edit of the reference: (type, penalty, span before, span after). The
rejected translation is ``reference.replace(before, after, 1)``; ``before`` occurs exactly once.
Types: num (number/unit), ent (named entity), neg (negation/polarity), omi (omission), add
(addition), unt (untranslated span), sense (wrong word sense), pron (wrong pronoun/gender).
Penalty: 1 = minor, 5 = major (MQM weights). German news carries four errors per sentence (the
in-distribution subset); the other languages carry one minor and one major error each.
"""

from __future__ import annotations

SENTENCES = [
    dict(
        id="news-001",
        en="The city council approved a budget of 12 million euros for new bike lanes on Tuesday.",
        de=(
            "Der Stadtrat hat am Dienstag ein Budget von 12 Millionen Euro für neue Radwege bewilligt.",
            [
                ("num", 5, "12 Millionen", "21 Millionen"),
                ("omi", 1, " neue", ""),
                ("add", 1, "Der Stadtrat hat", "Der Stadtrat hat überraschend"),
                ("sense", 5, "Radwege", "Fahrradgeschäfte"),
            ],
        ),
        es=(
            "El ayuntamiento aprobó el martes un presupuesto de 12 millones de euros para nuevos carriles bici.",
            [
                ("num", 5, "12 millones", "2 millones"),
                ("omi", 1, " nuevos", ""),
            ],
        ),
        fr=(
            "Le conseil municipal a approuvé mardi un budget de 12 millions d'euros pour de nouvelles pistes cyclables.",
            [
                ("ent", 5, "mardi", "jeudi"),
                ("add", 1, "a approuvé", "a rapidement approuvé"),
            ],
        ),
    ),
    dict(
        id="news-002",
        en="Police said the suspect was not armed when officers arrested him near the station.",
        de=(
            "Die Polizei teilte mit, der Verdächtige sei nicht bewaffnet gewesen, als die Beamten ihn in der Nähe des Bahnhofs festnahmen.",
            [
                ("neg", 5, "sei nicht bewaffnet", "sei bewaffnet"),
                ("pron", 1, "ihn in der Nähe", "sie in der Nähe"),
                ("unt", 1, "des Bahnhofs", "der station"),
                ("add", 5, "festnahmen.", "nach einer Schießerei festnahmen."),
            ],
        ),
        es=(
            "La policía dijo que el sospechoso no estaba armado cuando los agentes lo detuvieron cerca de la estación.",
            [
                ("neg", 5, "no estaba armado", "estaba armado"),
                ("pron", 1, "lo detuvieron", "la detuvieron"),
            ],
        ),
        fr=(
            "La police a indiqué que le suspect n'était pas armé lorsque les agents l'ont arrêté près de la gare.",
            [
                ("neg", 5, "n'était pas armé", "était armé"),
                ("pron", 1, "l'ont arrêté", "l'ont arrêtée"),
            ],
        ),
    ),
    dict(
        id="news-003",
        en="Heavy rain forced the closure of three schools in northern Italy this week.",
        de=(
            "Starker Regen hat diese Woche die Schließung von drei Schulen in Norditalien erzwungen.",
            [
                ("num", 5, "drei Schulen", "dreißig Schulen"),
                ("ent", 5, "Norditalien", "Nordspanien"),
                ("omi", 1, "Starker Regen", "Regen"),
                ("add", 1, "diese Woche", "diese Woche erneut"),
            ],
        ),
        es=(
            "Las fuertes lluvias obligaron a cerrar tres escuelas en el norte de Italia esta semana.",
            [
                ("ent", 5, "Italia", "Francia"),
                ("omi", 1, " esta semana", ""),
            ],
        ),
        fr=(
            "De fortes pluies ont entraîné la fermeture de trois écoles dans le nord de l'Italie cette semaine.",
            [
                ("num", 5, "trois écoles", "treize écoles"),
                ("add", 1, "De fortes pluies", "De très fortes pluies"),
            ],
        ),
    ),
    dict(
        id="news-004",
        en="The minister resigned after the report criticised her handling of the crisis.",
        de=(
            "Die Ministerin trat zurück, nachdem der Bericht ihren Umgang mit der Krise kritisiert hatte.",
            [
                ("pron", 1, "ihren Umgang", "seinen Umgang"),
                ("neg", 5, "trat zurück", "trat nicht zurück"),
                ("neg", 5, "kritisiert", "gelobt"),
                ("omi", 1, " mit der Krise", ""),
            ],
        ),
        es=(
            "La ministra dimitió después de que el informe criticara su gestión de la crisis.",
            [
                ("neg", 5, "criticara", "elogiara"),
                ("pron", 1, "La ministra", "El ministro"),
            ],
        ),
        fr=(
            "La ministre a démissionné après que le rapport a critiqué sa gestion de la crise.",
            [
                ("neg", 5, "a démissionné", "n'a pas démissionné"),
                ("pron", 1, "La ministre", "Le ministre"),
            ],
        ),
    ),
    dict(
        id="news-005",
        en="Shares in the carmaker fell by 4 percent after it cut its sales forecast.",
        de=(
            "Die Aktien des Autobauers fielen um 4 Prozent, nachdem er seine Absatzprognose gesenkt hatte.",
            [
                ("num", 5, "4 Prozent", "14 Prozent"),
                ("neg", 5, "fielen", "stiegen"),
                ("unt", 1, "Absatzprognose", "Sales-Forecast"),
                ("add", 1, "gesenkt hatte", "deutlich gesenkt hatte"),
            ],
        ),
        es=(
            "Las acciones del fabricante de automóviles cayeron un 4 por ciento después de que redujera su previsión de ventas.",
            [
                ("num", 5, "un 4 por ciento", "un 40 por ciento"),
                ("unt", 1, "previsión de ventas", "sales forecast"),
            ],
        ),
        fr=(
            "Les actions du constructeur automobile ont chuté de 4 pour cent après qu'il a réduit ses prévisions de ventes.",
            [
                ("neg", 5, "ont chuté", "ont bondi"),
                ("add", 1, "ses prévisions", "encore ses prévisions"),
            ],
        ),
    ),
    dict(
        id="news-006",
        en="The court fined the company for polluting the river with chemicals.",
        de=(
            "Das Gericht verhängte gegen das Unternehmen eine Geldstrafe, weil es den Fluss mit Chemikalien verschmutzt hatte.",
            [
                ("sense", 5, "Das Gericht", "Der Hof"),
                ("omi", 5, " mit Chemikalien", ""),
                ("add", 1, "den Fluss", "den nahen Fluss"),
                ("pron", 1, "weil es den", "weil er den"),
            ],
        ),
        es=(
            "El tribunal multó a la empresa por contaminar el río con productos químicos.",
            [
                ("sense", 5, "El tribunal", "La cancha"),
                ("add", 1, "el río", "el gran río"),
            ],
        ),
        fr=(
            "Le tribunal a condamné l'entreprise à une amende pour avoir pollué la rivière avec des produits chimiques.",
            [
                ("sense", 5, "Le tribunal", "La cour de récréation"),
                ("omi", 1, " avec des produits chimiques", ""),
            ],
        ),
    ),
    dict(
        id="news-007",
        en="More than 2,000 people attended the protest in Berlin on Saturday.",
        de=(
            "Mehr als 2.000 Menschen nahmen am Samstag an dem Protest in Berlin teil.",
            [
                ("num", 5, "2.000", "20.000"),
                ("ent", 5, "in Berlin", "in Bern"),
                ("omi", 1, "Mehr als ", ""),
                ("unt", 1, "am Samstag", "am Saturday"),
            ],
        ),
        es=(
            "Más de 2.000 personas participaron el sábado en la protesta de Berlín.",
            [
                ("ent", 5, "Berlín", "Bonn"),
                ("unt", 1, "el sábado", "el Saturday"),
            ],
        ),
        fr=(
            "Plus de 2 000 personnes ont participé samedi à la manifestation à Berlin.",
            [
                ("num", 5, "2 000", "200"),
                ("omi", 1, "Plus de ", ""),
            ],
        ),
    ),
    dict(
        id="news-008",
        en="The airline will not resume flights to the island until next spring.",
        de=(
            "Die Fluggesellschaft wird die Flüge auf die Insel erst im nächsten Frühjahr wieder aufnehmen.",
            [
                ("neg", 5, "erst im nächsten Frühjahr", "schon vor dem nächsten Frühjahr"),
                ("sense", 5, "Flüge", "Fluchten"),
                ("add", 1, "wieder aufnehmen", "vollständig wieder aufnehmen"),
                ("omi", 1, " nächsten", ""),
            ],
        ),
        es=(
            "La aerolínea no reanudará los vuelos a la isla hasta la próxima primavera.",
            [
                ("neg", 5, "no reanudará", "reanudará"),
                ("add", 1, "los vuelos", "todos los vuelos"),
            ],
        ),
        fr=(
            "La compagnie aérienne ne reprendra pas ses vols vers l'île avant le printemps prochain.",
            [
                ("sense", 5, "le printemps prochain", "l'automne prochain"),
                ("pron", 1, "ses vols", "leurs vols"),
            ],
        ),
    ),
    dict(
        id="news-009",
        en="Scientists discovered a new species of frog in the rainforest of Ecuador.",
        de=(
            "Wissenschaftler haben im Regenwald von Ecuador eine neue Froschart entdeckt.",
            [
                ("ent", 5, "Ecuador", "Kolumbien"),
                ("sense", 5, "Froschart", "Fischart"),
                ("add", 1, "eine neue", "eine seltene neue"),
                ("unt", 1, "Regenwald", "Rainforest"),
            ],
        ),
        es=(
            "Unos científicos descubrieron una nueva especie de rana en la selva de Ecuador.",
            [
                ("ent", 5, "Ecuador", "Perú"),
                ("add", 1, "una nueva especie", "una nueva y rara especie"),
            ],
        ),
        fr=(
            "Des scientifiques ont découvert une nouvelle espèce de grenouille dans la forêt tropicale de l'Équateur.",
            [
                ("sense", 5, "grenouille", "crapaud-buffle"),
                ("unt", 1, "forêt tropicale", "rainforest"),
            ],
        ),
    ),
    dict(
        id="news-010",
        en="The bill passed with 310 votes in favour and 45 against.",
        de=(
            "Der Gesetzentwurf wurde mit 310 Ja-Stimmen bei 45 Gegenstimmen angenommen.",
            [
                ("sense", 5, "Der Gesetzentwurf", "Die Rechnung"),
                ("num", 5, "310", "130"),
                ("add", 1, "angenommen", "knapp angenommen"),
                ("omi", 5, " bei 45 Gegenstimmen", ""),
            ],
        ),
        es=(
            "El proyecto de ley fue aprobado con 310 votos a favor y 45 en contra.",
            [
                ("sense", 5, "El proyecto de ley", "La factura"),
                ("omi", 1, " y 45 en contra", ""),
            ],
        ),
        fr=(
            "Le projet de loi a été adopté par 310 voix pour et 45 contre.",
            [
                ("num", 5, "45 contre", "145 contre"),
                ("add", 1, "a été adopté", "a été facilement adopté"),
            ],
        ),
    ),
    dict(
        id="news-011",
        en="Firefighters brought the blaze under control after six hours.",
        de=(
            "Die Feuerwehr brachte den Brand nach sechs Stunden unter Kontrolle.",
            [
                ("num", 5, "sechs Stunden", "sechzehn Stunden"),
                ("neg", 5, "unter Kontrolle", "nicht unter Kontrolle"),
                ("unt", 1, "den Brand", "the blaze"),
                ("add", 1, "Die Feuerwehr", "Die örtliche Feuerwehr"),
            ],
        ),
        es=(
            "Los bomberos controlaron el incendio después de seis horas.",
            [
                ("num", 5, "seis horas", "dieciséis horas"),
                ("unt", 1, "el incendio", "el blaze"),
            ],
        ),
        fr=(
            "Les pompiers ont maîtrisé l'incendie au bout de six heures.",
            [
                ("neg", 5, "ont maîtrisé", "n'ont pas maîtrisé"),
                ("add", 1, "Les pompiers", "Les pompiers locaux"),
            ],
        ),
    ),
    dict(
        id="news-012",
        en="The central bank kept interest rates unchanged for the third month in a row.",
        de=(
            "Die Zentralbank ließ die Zinsen den dritten Monat in Folge unverändert.",
            [
                ("sense", 5, "die Zinsen", "das Interesse"),
                ("num", 5, "den dritten Monat", "den fünften Monat"),
                ("omi", 1, " in Folge", ""),
                ("pron", 1, "Die Zentralbank", "Der Zentralbank"),
            ],
        ),
        es=(
            "El banco central mantuvo sin cambios los tipos de interés por tercer mes consecutivo.",
            [
                ("num", 5, "tercer mes", "quinto mes"),
                ("omi", 1, " consecutivo", ""),
            ],
        ),
        fr=(
            "La banque centrale a maintenu ses taux d'intérêt inchangés pour le troisième mois consécutif.",
            [
                ("sense", 5, "ses taux d'intérêt", "son intérêt"),
                ("pron", 1, "La banque centrale", "Le banque central"),
            ],
        ),
    ),
    dict(
        id="news-013",
        en="Doctors warned that the flu season could start earlier than usual this year.",
        de=(
            "Ärzte warnten, dass die Grippesaison in diesem Jahr früher als üblich beginnen könnte.",
            [
                ("neg", 5, "früher", "später"),
                ("add", 5, "beginnen könnte", "beginnen und tödlich verlaufen könnte"),
                ("omi", 1, " in diesem Jahr", ""),
                ("unt", 1, "Grippesaison", "Flu-Saison"),
            ],
        ),
        es=(
            "Los médicos advirtieron de que la temporada de gripe podría empezar este año antes de lo habitual.",
            [
                ("neg", 5, "antes de lo habitual", "después de lo habitual"),
                ("omi", 1, " este año", ""),
            ],
        ),
        fr=(
            "Les médecins ont averti que la saison de la grippe pourrait commencer plus tôt que d'habitude cette année.",
            [
                ("neg", 5, "plus tôt", "plus tard"),
                ("unt", 1, "de la grippe", "du flu"),
            ],
        ),
    ),
    dict(
        id="news-014",
        en="The museum reopened on Monday after a two-year renovation.",
        de=(
            "Das Museum wurde am Montag nach einer zweijährigen Renovierung wiedereröffnet.",
            [
                ("num", 5, "zweijährigen", "zehnjährigen"),
                ("ent", 5, "am Montag", "am Mittwoch"),
                ("add", 1, "Das Museum", "Das berühmte Museum"),
                ("omi", 1, " nach einer zweijährigen Renovierung", " nach einer Renovierung"),
            ],
        ),
        es=(
            "El museo reabrió el lunes tras una renovación de dos años.",
            [
                ("ent", 5, "el lunes", "el viernes"),
                ("add", 1, "El museo", "El famoso museo"),
            ],
        ),
        fr=(
            "Le musée a rouvert lundi après deux ans de rénovation.",
            [
                ("num", 5, "deux ans", "douze ans"),
                ("omi", 1, "lundi ", ""),
            ],
        ),
    ),
    dict(
        id="news-015",
        en="Unemployment dropped to 5.2 percent, its lowest level since 2008.",
        de=(
            "Die Arbeitslosigkeit sank auf 5,2 Prozent, den niedrigsten Stand seit 2008.",
            [
                ("num", 5, "5,2 Prozent", "2,5 Prozent"),
                ("num", 5, "seit 2008", "seit 1998"),
                ("add", 1, "sank auf", "sank leicht auf"),
                ("sense", 1, "Stand", "Stehplatz"),
            ],
        ),
        es=(
            "El desempleo bajó al 5,2 por ciento, su nivel más bajo desde 2008.",
            [
                ("num", 5, "desde 2008", "desde 2018"),
                ("add", 1, "bajó al", "bajó ligeramente al"),
            ],
        ),
        fr=(
            "Le chômage est tombé à 5,2 pour cent, son plus bas niveau depuis 2008.",
            [
                ("num", 5, "5,2 pour cent", "2,5 pour cent"),
                ("pron", 1, "son plus bas niveau", "leur plus bas niveau"),
            ],
        ),
    ),
    dict(
        id="news-016",
        en="The president did not comment on the rumours about his health.",
        de=(
            "Der Präsident äußerte sich nicht zu den Gerüchten über seine Gesundheit.",
            [
                ("neg", 5, "äußerte sich nicht", "äußerte sich ausführlich"),
                ("pron", 1, "seine Gesundheit", "ihre Gesundheit"),
                ("omi", 1, " über seine Gesundheit", ""),
                ("unt", 1, "Gerüchten", "Rumours"),
            ],
        ),
        es=(
            "El presidente no comentó los rumores sobre su salud.",
            [
                ("neg", 5, "no comentó", "comentó"),
                ("unt", 1, "los rumores", "los rumours"),
            ],
        ),
        fr=(
            "Le président ne s'est pas exprimé sur les rumeurs concernant sa santé.",
            [
                ("neg", 5, "ne s'est pas exprimé", "s'est longuement exprimé"),
                ("omi", 1, " concernant sa santé", ""),
            ],
        ),
    ),
    dict(
        id="news-017",
        en="A strike by train drivers disrupted travel across the country on Friday.",
        de=(
            "Ein Streik der Lokführer hat am Freitag den Reiseverkehr im ganzen Land gestört.",
            [
                ("sense", 5, "Ein Streik", "Ein Schlag"),
                ("ent", 5, "am Freitag", "am Sonntag"),
                ("add", 1, "gestört", "stark gestört"),
                ("unt", 1, "der Lokführer", "der train drivers"),
            ],
        ),
        es=(
            "Una huelga de maquinistas alteró los viajes en todo el país el viernes.",
            [
                ("sense", 5, "Una huelga", "Un golpe"),
                ("add", 1, "alteró", "alteró gravemente"),
            ],
        ),
        fr=(
            "Une grève des conducteurs de train a perturbé les déplacements dans tout le pays vendredi.",
            [
                ("sense", 5, "Une grève", "Une frappe"),
                ("omi", 1, " vendredi", ""),
            ],
        ),
    ),
    dict(
        id="news-018",
        en="The company plans to hire 500 engineers in Madrid over the next two years.",
        de=(
            "Das Unternehmen plant, in den nächsten zwei Jahren 500 Ingenieure in Madrid einzustellen.",
            [
                ("num", 5, "500 Ingenieure", "50 Ingenieure"),
                ("ent", 5, "in Madrid", "in Mailand"),
                ("omi", 1, " in den nächsten zwei Jahren", ""),
                ("add", 1, "einzustellen", "dauerhaft einzustellen"),
            ],
        ),
        es=(
            "La empresa prevé contratar a 500 ingenieros en Madrid en los próximos dos años.",
            [
                ("num", 5, "500 ingenieros", "5.000 ingenieros"),
                ("omi", 1, " en los próximos dos años", ""),
            ],
        ),
        fr=(
            "L'entreprise prévoit d'embaucher 500 ingénieurs à Madrid au cours des deux prochaines années.",
            [
                ("ent", 5, "à Madrid", "à Milan"),
                ("add", 1, "500 ingénieurs", "500 ingénieurs qualifiés"),
            ],
        ),
    ),
    dict(
        id="news-019",
        en="The storm left thousands of homes without power for several days.",
        de=(
            "Der Sturm ließ Tausende Haushalte mehrere Tage lang ohne Strom.",
            [
                ("sense", 5, "ohne Strom", "ohne Macht"),
                ("num", 5, "mehrere Tage", "mehrere Wochen"),
                ("unt", 1, "Der Sturm", "Der Storm"),
                ("add", 1, "ohne Strom", "ohne Strom und Wasser"),
            ],
        ),
        es=(
            "La tormenta dejó a miles de hogares sin electricidad durante varios días.",
            [
                ("num", 5, "varios días", "varias semanas"),
                ("add", 1, "sin electricidad", "sin electricidad ni agua"),
            ],
        ),
        fr=(
            "La tempête a privé des milliers de foyers d'électricité pendant plusieurs jours.",
            [
                ("sense", 5, "d'électricité", "de pouvoir"),
                ("omi", 1, " pendant plusieurs jours", ""),
            ],
        ),
    ),
    dict(
        id="news-020",
        en="Voters in Scotland will go to the polls again in May.",
        de=(
            "Die Wähler in Schottland werden im Mai erneut an die Urnen gehen.",
            [
                ("ent", 5, "Schottland", "Irland"),
                ("ent", 5, "im Mai", "im März"),
                ("omi", 1, " erneut", ""),
                ("unt", 1, "an die Urnen gehen", "to the polls gehen"),
            ],
        ),
        es=(
            "Los votantes de Escocia volverán a las urnas en mayo.",
            [
                ("ent", 5, "Escocia", "Irlanda"),
                ("pron", 1, "Los votantes", "Las votantes"),
            ],
        ),
        fr=(
            "Les électeurs écossais retourneront aux urnes en mai.",
            [
                ("ent", 5, "en mai", "en mars"),
                ("unt", 1, "retourneront aux urnes", "will go to the polls"),
            ],
        ),
    ),
    dict(
        id="news-021",
        en="The government denied that it had secretly sold weapons to the rebels.",
        de=(
            "Die Regierung bestritt, heimlich Waffen an die Rebellen verkauft zu haben.",
            [
                ("neg", 5, "bestritt", "bestätigte"),
                ("omi", 1, "heimlich ", ""),
                ("sense", 5, "Waffen", "Wappen"),
                ("add", 1, "an die Rebellen", "an die bewaffneten Rebellen"),
            ],
        ),
        es=(
            "El gobierno negó haber vendido armas en secreto a los rebeldes.",
            [
                ("neg", 5, "negó", "admitió"),
                ("omi", 1, " en secreto", ""),
            ],
        ),
        fr=(
            "Le gouvernement a nié avoir vendu secrètement des armes aux rebelles.",
            [
                ("neg", 5, "a nié", "a reconnu"),
                ("add", 1, "aux rebelles", "aux rebelles armés"),
            ],
        ),
    ),
    dict(
        id="news-022",
        en="Tickets for the final sold out in less than ten minutes.",
        de=(
            "Die Tickets für das Finale waren in weniger als zehn Minuten ausverkauft.",
            [
                ("num", 5, "zehn Minuten", "zehn Stunden"),
                ("sense", 5, "das Finale", "das Ende"),
                ("omi", 1, "in weniger als zehn Minuten", "in zehn Minuten"),
                ("add", 1, "Die Tickets", "Die teuren Tickets"),
            ],
        ),
        es=(
            "Las entradas para la final se agotaron en menos de diez minutos.",
            [
                ("num", 5, "diez minutos", "diez horas"),
                ("add", 1, "se agotaron", "se agotaron todas"),
            ],
        ),
        fr=(
            "Les billets pour la finale se sont vendus en moins de dix minutes.",
            [
                ("num", 5, "dix minutes", "dix heures"),
                ("add", 1, "Les billets", "Les billets très chers"),
            ],
        ),
    ),
    dict(
        id="news-023",
        en="She became the first woman to lead the national orchestra.",
        de=(
            "Sie ist die erste Frau an der Spitze des Nationalorchesters.",
            [
                ("pron", 1, "Sie ist die erste Frau", "Er ist die erste Frau"),
                ("num", 5, "die erste Frau", "die dritte Frau"),
                ("unt", 1, "des Nationalorchesters", "des National Orchestra"),
                ("add", 1, "erste Frau", "erste junge Frau"),
            ],
        ),
        es=(
            "Se convirtió en la primera mujer en dirigir la orquesta nacional.",
            [
                ("num", 5, "la primera mujer", "la segunda mujer"),
                ("unt", 1, "la orquesta nacional", "la national orchestra"),
            ],
        ),
        fr=(
            "Elle est devenue la première femme à diriger l'orchestre national.",
            [
                ("pron", 1, "Elle est devenue", "Il est devenu"),
                ("num", 5, "la première femme", "la deuxième femme"),
            ],
        ),
    ),
    dict(
        id="news-024",
        en="The factory will close in June, and about 800 workers will lose their jobs.",
        de=(
            "Die Fabrik schließt im Juni, und rund 800 Beschäftigte verlieren ihre Arbeit.",
            [
                ("num", 5, "800 Beschäftigte", "80 Beschäftigte"),
                ("neg", 5, "verlieren ihre Arbeit", "behalten ihre Arbeit"),
                ("omi", 1, "rund ", ""),
                ("ent", 5, "im Juni", "im Juli"),
            ],
        ),
        es=(
            "La fábrica cerrará en junio y unos 800 trabajadores perderán su empleo.",
            [
                ("neg", 5, "perderán su empleo", "conservarán su empleo"),
                ("omi", 1, "unos ", ""),
            ],
        ),
        fr=(
            "L'usine fermera en juin et environ 800 ouvriers perdront leur emploi.",
            [
                ("num", 5, "800 ouvriers", "8 000 ouvriers"),
                ("omi", 1, "environ ", ""),
            ],
        ),
    ),
    dict(
        id="news-025",
        en="The mayor promised to build 1,500 affordable homes by 2030.",
        de=(
            "Der Bürgermeister versprach, bis 2030 1.500 bezahlbare Wohnungen zu bauen.",
            [
                ("num", 5, "bis 2030", "bis 2050"),
                ("sense", 5, "bezahlbare", "bezahlte"),
                ("add", 1, "Der Bürgermeister", "Der neue Bürgermeister"),
                ("unt", 1, "bezahlbare Wohnungen", "affordable Wohnungen"),
            ],
        ),
        es=(
            "El alcalde prometió construir 1.500 viviendas asequibles para 2030.",
            [
                ("num", 5, "1.500 viviendas", "15.000 viviendas"),
                ("add", 1, "construir", "construir rápidamente"),
            ],
        ),
        fr=(
            "Le maire a promis de construire 1 500 logements abordables d'ici 2030.",
            [
                ("sense", 5, "abordables", "accostables"),
                ("add", 1, "a promis", "a solennellement promis"),
            ],
        ),
    ),
    dict(
        id="news-026",
        en="The trial of the former bank manager begins next week in Vienna.",
        de=(
            "Der Prozess gegen den ehemaligen Bankmanager beginnt nächste Woche in Wien.",
            [
                ("ent", 5, "in Wien", "in Zürich"),
                ("sense", 5, "Der Prozess", "Der Versuch"),
                ("omi", 1, " ehemaligen", ""),
                ("unt", 1, "nächste Woche", "next week"),
            ],
        ),
        es=(
            "El juicio contra el exdirector del banco comienza la próxima semana en Viena.",
            [
                ("sense", 5, "El juicio", "La prueba"),
                ("omi", 1, " la próxima semana", ""),
            ],
        ),
        fr=(
            "Le procès de l'ancien directeur de banque s'ouvre la semaine prochaine à Vienne.",
            [
                ("ent", 5, "à Vienne", "à Genève"),
                ("unt", 1, "la semaine prochaine", "next week"),
            ],
        ),
    ),
    dict(
        id="news-027",
        en="No passengers were injured when the bus slid off the icy road.",
        de=(
            "Kein Fahrgast wurde verletzt, als der Bus von der vereisten Straße rutschte.",
            [
                ("neg", 5, "Kein Fahrgast wurde verletzt", "Ein Fahrgast wurde verletzt"),
                ("omi", 1, " vereisten", ""),
                ("add", 5, "rutschte.", "rutschte und umkippte."),
                ("sense", 5, "rutschte", "fuhr"),
            ],
        ),
        es=(
            "Ningún pasajero resultó herido cuando el autobús se salió de la carretera helada.",
            [
                ("neg", 5, "Ningún pasajero", "Un pasajero"),
                ("add", 1, "la carretera helada", "la estrecha carretera helada"),
            ],
        ),
        fr=(
            "Aucun passager n'a été blessé lorsque le bus a glissé sur la route verglacée.",
            [
                ("neg", 5, "Aucun passager n'a été blessé", "Un passager a été blessé"),
                ("omi", 1, " verglacée", ""),
            ],
        ),
    ),
    dict(
        id="news-028",
        en="The festival attracted 40,000 visitors, twice as many as last year.",
        de=(
            "Das Festival zog 40.000 Besucher an, doppelt so viele wie im Vorjahr.",
            [
                ("num", 5, "40.000", "14.000"),
                ("num", 5, "doppelt so viele", "dreimal so viele"),
                ("add", 1, "Besucher", "begeisterte Besucher"),
                ("unt", 1, "im Vorjahr", "last year"),
            ],
        ),
        es=(
            "El festival atrajo a 40.000 visitantes, el doble que el año pasado.",
            [
                ("num", 5, "el doble", "el triple"),
                ("add", 1, "40.000 visitantes", "40.000 visitantes entusiastas"),
            ],
        ),
        fr=(
            "Le festival a attiré 40 000 visiteurs, deux fois plus que l'an dernier.",
            [
                ("num", 5, "40 000", "4 000"),
                ("unt", 1, "l'an dernier", "last year"),
            ],
        ),
    ),
    dict(
        id="news-029",
        en="Prosecutors dropped the charges against the journalist on Thursday.",
        de=(
            "Die Staatsanwaltschaft hat die Anklage gegen den Journalisten am Donnerstag fallen gelassen.",
            [
                ("neg", 5, "fallen gelassen", "erhoben"),
                ("unt", 1, "die Anklage", "die Charges"),
                ("ent", 5, "am Donnerstag", "am Dienstag"),
                ("omi", 1, " am Donnerstag", ""),
            ],
        ),
        es=(
            "La fiscalía retiró el jueves los cargos contra el periodista.",
            [
                ("neg", 5, "retiró", "presentó"),
                ("add", 1, "los cargos", "todos los cargos"),
            ],
        ),
        fr=(
            "Le parquet a abandonné jeudi les poursuites contre le journaliste.",
            [
                ("neg", 5, "a abandonné", "a engagé"),
                ("add", 1, "les poursuites", "toutes les poursuites"),
            ],
        ),
    ),
    dict(
        id="news-030",
        en="The new bridge will cut the journey between the two towns by 20 minutes.",
        de=(
            "Die neue Brücke wird die Fahrt zwischen den beiden Städten um 20 Minuten verkürzen.",
            [
                ("num", 5, "20 Minuten", "2 Minuten"),
                ("neg", 5, "verkürzen", "verlängern"),
                ("add", 1, "Die neue Brücke", "Die neue, moderne Brücke"),
                ("unt", 1, "Brücke", "Bridge"),
            ],
        ),
        es=(
            "El nuevo puente reducirá en 20 minutos el trayecto entre las dos ciudades.",
            [
                ("neg", 5, "reducirá", "alargará"),
                ("unt", 1, "puente", "bridge"),
            ],
        ),
        fr=(
            "Le nouveau pont réduira de 20 minutes le trajet entre les deux villes.",
            [
                ("num", 5, "20 minutes", "12 minutes"),
                ("add", 1, "Le nouveau pont", "Le nouveau grand pont"),
            ],
        ),
    ),
    dict(
        id="news-031",
        en="The singer cancelled her tour because of a throat infection.",
        de=(
            "Die Sängerin sagte ihre Tournee wegen einer Halsentzündung ab.",
            [
                ("pron", 1, "ihre Tournee", "seine Tournee"),
                ("sense", 5, "Halsentzündung", "Halskette"),
                ("omi", 5, " wegen einer Halsentzündung", ""),
                ("add", 1, "ihre Tournee", "ihre gesamte Tournee"),
            ],
        ),
        es=(
            "La cantante canceló su gira por una infección de garganta.",
            [
                ("omi", 5, " por una infección de garganta", ""),
                ("pron", 1, "La cantante", "El cantante"),
            ],
        ),
        fr=(
            "La chanteuse a annulé sa tournée en raison d'une angine.",
            [
                ("sense", 5, "d'une angine", "d'une angoisse"),
                ("pron", 1, "La chanteuse", "Le chanteur"),
            ],
        ),
    ),
    dict(
        id="news-032",
        en="Exports to China rose by 9 percent in the first quarter.",
        de=(
            "Die Exporte nach China stiegen im ersten Quartal um 9 Prozent.",
            [
                ("ent", 5, "nach China", "nach Japan"),
                ("num", 5, "ersten Quartal", "dritten Quartal"),
                ("neg", 5, "Exporte", "Importe"),
                ("unt", 1, "im ersten Quartal", "im first quarter"),
            ],
        ),
        es=(
            "Las exportaciones a China aumentaron un 9 por ciento en el primer trimestre.",
            [
                ("ent", 5, "a China", "a Japón"),
                ("unt", 1, "el primer trimestre", "el first quarter"),
            ],
        ),
        fr=(
            "Les exportations vers la Chine ont augmenté de 9 pour cent au premier trimestre.",
            [
                ("neg", 5, "Les exportations", "Les importations"),
                ("omi", 1, " au premier trimestre", ""),
            ],
        ),
    ),
    dict(
        id="news-033",
        en="Residents were asked to boil tap water before drinking it.",
        de=(
            "Die Anwohner wurden gebeten, Leitungswasser vor dem Trinken abzukochen.",
            [
                ("neg", 5, "abzukochen", "abzukühlen"),
                ("neg", 5, "wurden gebeten", "wurden nicht gebeten"),
                ("unt", 1, "Leitungswasser", "Tap-Wasser"),
                ("add", 1, "Die Anwohner", "Die besorgten Anwohner"),
            ],
        ),
        es=(
            "Se pidió a los vecinos que hirvieran el agua del grifo antes de beberla.",
            [
                ("neg", 5, "hirvieran", "enfriaran"),
                ("add", 1, "los vecinos", "los vecinos preocupados"),
            ],
        ),
        fr=(
            "Les habitants ont été priés de faire bouillir l'eau du robinet avant de la boire.",
            [
                ("neg", 5, "faire bouillir", "faire refroidir"),
                ("unt", 1, "l'eau du robinet", "le tap water"),
            ],
        ),
    ),
    dict(
        id="news-034",
        en="The coach said the team had never played better than in the second half.",
        de=(
            "Der Trainer sagte, die Mannschaft habe nie besser gespielt als in der zweiten Halbzeit.",
            [
                ("neg", 5, "nie besser", "selten schlechter"),
                ("sense", 5, "Der Trainer", "Der Reisebus"),
                ("sense", 5, "zweiten Halbzeit", "ersten Halbzeit"),
                ("add", 1, "die Mannschaft", "die junge Mannschaft"),
            ],
        ),
        es=(
            "El entrenador dijo que el equipo nunca había jugado mejor que en la segunda parte.",
            [
                ("sense", 5, "El entrenador", "El autocar"),
                ("add", 1, "el equipo", "el equipo local"),
            ],
        ),
        fr=(
            "L'entraîneur a déclaré que l'équipe n'avait jamais mieux joué qu'en seconde période.",
            [
                ("neg", 5, "n'avait jamais mieux joué", "avait rarement plus mal joué"),
                ("unt", 1, "l'équipe", "la team"),
            ],
        ),
    ),
    dict(
        id="news-035",
        en="Archaeologists found coins dating back to the second century near the harbour.",
        de=(
            "Archäologen fanden in der Nähe des Hafens Münzen aus dem zweiten Jahrhundert.",
            [
                ("num", 5, "zweiten Jahrhundert", "zwölften Jahrhundert"),
                ("sense", 5, "Münzen", "Minzen"),
                ("omi", 1, " in der Nähe des Hafens", ""),
                ("add", 1, "Münzen", "goldene Münzen"),
            ],
        ),
        es=(
            "Unos arqueólogos hallaron cerca del puerto monedas del siglo II.",
            [
                ("num", 5, "siglo II", "siglo XII"),
                ("omi", 1, " cerca del puerto", ""),
            ],
        ),
        fr=(
            "Des archéologues ont découvert près du port des pièces datant du IIe siècle.",
            [
                ("num", 5, "IIe siècle", "XIIe siècle"),
                ("add", 1, "des pièces", "des pièces d'or"),
            ],
        ),
    ),
    dict(
        id="news-036",
        en="Nobody has claimed responsibility for the cyber attack on the hospital.",
        de=(
            "Bisher hat sich niemand zu dem Cyberangriff auf das Krankenhaus bekannt.",
            [
                ("neg", 5, "niemand", "eine Gruppe"),
                ("sense", 5, "Krankenhaus", "Gasthaus"),
                ("omi", 1, "Bisher hat", "Hat"),
                ("unt", 1, "Cyberangriff", "Cyber Attack"),
            ],
        ),
        es=(
            "Nadie ha reivindicado el ciberataque contra el hospital.",
            [
                ("neg", 5, "Nadie ha reivindicado", "Un grupo ha reivindicado"),
                ("add", 1, "el hospital", "el hospital universitario"),
            ],
        ),
        fr=(
            "Personne n'a revendiqué la cyberattaque contre l'hôpital.",
            [
                ("neg", 5, "Personne n'a revendiqué", "Un groupe a revendiqué"),
                ("unt", 1, "l'hôpital", "le hospital"),
            ],
        ),
    ),
    dict(
        id="news-037",
        en="The price of bread has risen by a third since January.",
        de=(
            "Der Brotpreis ist seit Januar um ein Drittel gestiegen.",
            [
                ("num", 5, "ein Drittel", "ein Zehntel"),
                ("ent", 5, "seit Januar", "seit Juni"),
                ("add", 1, "gestiegen", "deutlich gestiegen"),
                ("unt", 1, "Der Brotpreis", "Der Bread-Preis"),
            ],
        ),
        es=(
            "El precio del pan ha subido un tercio desde enero.",
            [
                ("num", 5, "un tercio", "un décimo"),
                ("add", 1, "ha subido", "ha subido bastante"),
            ],
        ),
        fr=(
            "Le prix du pain a augmenté d'un tiers depuis janvier.",
            [
                ("ent", 5, "depuis janvier", "depuis juin"),
                ("add", 1, "a augmenté", "a encore augmenté"),
            ],
        ),
    ),
    dict(
        id="news-038",
        en="Rescue teams are still searching for two climbers missing in the Alps.",
        de=(
            "Rettungsteams suchen noch immer nach zwei in den Alpen vermissten Bergsteigern.",
            [
                ("num", 5, "zwei in den Alpen", "drei in den Alpen"),
                ("ent", 5, "in den Alpen", "in den Pyrenäen"),
                ("omi", 1, " noch immer", ""),
                ("sense", 5, "vermissten", "verpassten"),
            ],
        ),
        es=(
            "Los equipos de rescate siguen buscando a dos alpinistas desaparecidos en los Alpes.",
            [
                ("ent", 5, "en los Alpes", "en los Andes"),
                ("add", 1, "Los equipos de rescate", "Los equipos de rescate locales"),
            ],
        ),
        fr=(
            "Les équipes de secours recherchent toujours deux alpinistes disparus dans les Alpes.",
            [
                ("num", 5, "deux alpinistes", "trois alpinistes"),
                ("omi", 1, " toujours", ""),
            ],
        ),
    ),
    dict(
        id="news-039",
        en="The report shows that air pollution in the capital has fallen since diesel cars were banned.",
        de=(
            "Der Bericht zeigt, dass die Luftverschmutzung in der Hauptstadt gesunken ist, seit Dieselautos verboten wurden.",
            [
                ("neg", 5, "gesunken", "gestiegen"),
                ("sense", 5, "Hauptstadt", "Hauptsache"),
                ("add", 1, "Der Bericht", "Der neue Bericht"),
                ("omi", 1, " in der Hauptstadt", ""),
            ],
        ),
        es=(
            "El informe muestra que la contaminación del aire en la capital ha disminuido desde que se prohibieron los coches diésel.",
            [
                ("neg", 5, "ha disminuido", "ha aumentado"),
                ("add", 1, "El informe", "El nuevo informe"),
            ],
        ),
        fr=(
            "Le rapport montre que la pollution de l'air dans la capitale a baissé depuis l'interdiction des voitures diesel.",
            [
                ("neg", 5, "a baissé", "a augmenté"),
                ("omi", 1, " dans la capitale", ""),
            ],
        ),
    ),
    dict(
        id="news-040",
        en="His lawyer said he would appeal the verdict.",
        de=(
            "Sein Anwalt sagte, er werde gegen das Urteil Berufung einlegen.",
            [
                ("neg", 5, "er werde gegen", "er werde nicht gegen"),
                ("pron", 1, "Sein Anwalt", "Ihr Anwalt"),
                ("sense", 5, "Urteil", "Vorurteil"),
                ("add", 1, "Sein Anwalt", "Sein langjähriger Anwalt"),
            ],
        ),
        es=(
            "Su abogado dijo que recurriría la sentencia.",
            [
                ("neg", 5, "que recurriría", "que no recurriría"),
                ("add", 1, "Su abogado", "Su abogado principal"),
            ],
        ),
        fr=(
            "Son avocat a déclaré qu'il ferait appel du verdict.",
            [
                ("neg", 5, "qu'il ferait appel", "qu'il ne ferait pas appel"),
                ("add", 1, "Son avocat", "Son avocat principal"),
            ],
        ),
    ),
    dict(
        id="news-041",
        en="The ship carrying 300 containers ran aground off the coast of Portugal.",
        de=(
            "Das Schiff mit 300 Containern ist vor der Küste Portugals auf Grund gelaufen.",
            [
                ("num", 5, "300 Containern", "30 Containern"),
                ("ent", 5, "Portugals", "Marokkos"),
                ("unt", 1, "auf Grund gelaufen", "aground gelaufen"),
                ("add", 1, "Das Schiff", "Das große Schiff"),
            ],
        ),
        es=(
            "El barco que transportaba 300 contenedores encalló frente a la costa de Portugal.",
            [
                ("ent", 5, "Portugal", "Marruecos"),
                ("add", 1, "El barco", "El enorme barco"),
            ],
        ),
        fr=(
            "Le navire transportant 300 conteneurs s'est échoué au large du Portugal.",
            [
                ("num", 5, "300 conteneurs", "3 000 conteneurs"),
                ("unt", 1, "s'est échoué", "a ran aground"),
            ],
        ),
    ),
    dict(
        id="news-042",
        en="Local farmers say the drought has destroyed half of this year's harvest.",
        de=(
            "Örtliche Landwirte sagen, die Dürre habe die Hälfte der diesjährigen Ernte vernichtet.",
            [
                ("num", 5, "die Hälfte", "ein Viertel"),
                ("omi", 1, "Örtliche Landwirte", "Landwirte"),
                ("sense", 5, "Dürre", "Dauer"),
                ("unt", 1, "Ernte", "Harvest"),
            ],
        ),
        es=(
            "Los agricultores locales dicen que la sequía ha destruido la mitad de la cosecha de este año.",
            [
                ("num", 5, "la mitad", "una cuarta parte"),
                ("omi", 1, " locales", ""),
            ],
        ),
        fr=(
            "Les agriculteurs locaux affirment que la sécheresse a détruit la moitié de la récolte de cette année.",
            [
                ("num", 5, "la moitié", "un quart"),
                ("unt", 1, "la sécheresse", "la drought"),
            ],
        ),
    ),
    dict(
        id="news-043",
        en="The talks ended without an agreement, but both sides will meet again in April.",
        de=(
            "Die Gespräche endeten ohne Einigung, doch beide Seiten wollen sich im April erneut treffen.",
            [
                ("neg", 5, "ohne Einigung", "mit einer Einigung"),
                ("ent", 5, "im April", "im August"),
                ("omi", 5, ", doch beide Seiten wollen sich im April erneut treffen", ""),
                ("add", 1, "Die Gespräche", "Die langen Gespräche"),
            ],
        ),
        es=(
            "Las conversaciones terminaron sin acuerdo, pero ambas partes volverán a reunirse en abril.",
            [
                ("neg", 5, "sin acuerdo", "con un acuerdo"),
                ("add", 1, "Las conversaciones", "Las largas conversaciones"),
            ],
        ),
        fr=(
            "Les pourparlers se sont achevés sans accord, mais les deux parties se retrouveront en avril.",
            [
                ("neg", 5, "sans accord", "par un accord"),
                ("omi", 1, " en avril", ""),
            ],
        ),
    ),
    dict(
        id="news-044",
        en="A rare painting by the Dutch master was sold at auction for 8 million dollars.",
        de=(
            "Ein seltenes Gemälde des niederländischen Meisters wurde für 8 Millionen Dollar versteigert.",
            [
                ("num", 5, "8 Millionen Dollar", "8 Milliarden Dollar"),
                ("ent", 5, "niederländischen", "flämischen"),
                ("omi", 1, "seltenes ", ""),
                ("unt", 1, "Gemälde", "Painting"),
            ],
        ),
        es=(
            "Un raro cuadro del maestro holandés se vendió en una subasta por 8 millones de dólares.",
            [
                ("num", 5, "8 millones", "18 millones"),
                ("sense", 1, "raro cuadro", "extraño cuadro"),
            ],
        ),
        fr=(
            "Un tableau rare du maître néerlandais a été vendu aux enchères pour 8 millions de dollars.",
            [
                ("ent", 5, "néerlandais", "flamand"),
                ("omi", 1, " rare", ""),
            ],
        ),
    ),
    dict(
        id="news-045",
        en="The hospital has opened a new ward for children with cancer.",
        de=(
            "Das Krankenhaus hat eine neue Station für krebskranke Kinder eröffnet.",
            [
                ("sense", 5, "Station", "Haltestelle"),
                ("omi", 5, " für krebskranke Kinder", ""),
                ("add", 1, "eine neue Station", "eine neue, helle Station"),
                ("unt", 1, "Kinder", "Children"),
            ],
        ),
        es=(
            "El hospital ha abierto una nueva planta para niños con cáncer.",
            [
                ("sense", 5, "una nueva planta", "una nueva fábrica"),
                ("add", 1, "El hospital", "El hospital municipal"),
            ],
        ),
        fr=(
            "L'hôpital a ouvert un nouveau service pour les enfants atteints de cancer.",
            [
                ("omi", 5, " atteints de cancer", ""),
                ("add", 1, "un nouveau service", "un nouveau service moderne"),
            ],
        ),
    ),
    dict(
        id="news-046",
        en="The opposition leader called the tax plan unfair to young families.",
        de=(
            "Der Oppositionsführer bezeichnete den Steuerplan als ungerecht gegenüber jungen Familien.",
            [
                ("neg", 5, "als ungerecht", "als gerecht"),
                ("sense", 5, "Steuerplan", "Lenkplan"),
                ("unt", 1, "bezeichnete", "called"),
                ("add", 1, "jungen Familien", "jungen und armen Familien"),
            ],
        ),
        es=(
            "El líder de la oposición calificó el plan fiscal de injusto para las familias jóvenes.",
            [
                ("neg", 5, "de injusto", "de justo"),
                ("unt", 1, "plan fiscal", "tax plan"),
            ],
        ),
        fr=(
            "Le chef de l'opposition a qualifié le projet fiscal d'injuste envers les jeunes familles.",
            [
                ("neg", 5, "d'injuste", "de juste"),
                ("add", 1, "les jeunes familles", "les jeunes familles pauvres"),
            ],
        ),
    ),
    dict(
        id="news-047",
        en="Temperatures in Madrid reached 43 degrees, breaking a record set in 2017.",
        de=(
            "Die Temperaturen in Madrid erreichten 43 Grad und brachen damit einen Rekord aus dem Jahr 2017.",
            [
                ("num", 5, "43 Grad", "34 Grad"),
                ("num", 5, "Jahr 2017", "Jahr 2007"),
                ("sense", 5, "einen Rekord", "eine Schallplatte"),
                ("omi", 1, " aus dem Jahr 2017", ""),
            ],
        ),
        es=(
            "Las temperaturas en Madrid alcanzaron los 43 grados, batiendo un récord de 2017.",
            [
                ("num", 5, "43 grados", "34 grados"),
                ("omi", 1, " de 2017", ""),
            ],
        ),
        fr=(
            "Les températures à Madrid ont atteint 43 degrés, battant un record établi en 2017.",
            [
                ("ent", 5, "à Madrid", "à Séville"),
                ("unt", 1, "battant un record", "breaking un record"),
            ],
        ),
    ),
    dict(
        id="news-048",
        en="The airport expects fewer passengers this summer than before the pandemic.",
        de=(
            "Der Flughafen erwartet in diesem Sommer weniger Passagiere als vor der Pandemie.",
            [
                ("neg", 5, "weniger Passagiere", "mehr Passagiere"),
                ("sense", 5, "in diesem Sommer", "in diesem Winter"),
                ("add", 1, "Der Flughafen", "Der kleine Flughafen"),
                ("unt", 1, "Passagiere", "Passengers"),
            ],
        ),
        es=(
            "El aeropuerto espera menos pasajeros este verano que antes de la pandemia.",
            [
                ("neg", 5, "menos pasajeros", "más pasajeros"),
                ("unt", 1, "este verano", "this summer"),
            ],
        ),
        fr=(
            "L'aéroport s'attend à moins de passagers cet été qu'avant la pandémie.",
            [
                ("neg", 5, "moins de passagers", "plus de passagers"),
                ("add", 1, "cet été", "cet été encore"),
            ],
        ),
    ),
    dict(
        id="news-049",
        en="The author's latest novel tells the story of a family torn apart by war.",
        de=(
            "Der neueste Roman des Autors erzählt die Geschichte einer vom Krieg zerrissenen Familie.",
            [
                ("sense", 5, "Roman", "Römer"),
                ("unt", 1, "Geschichte", "Story"),
                ("omi", 1, "neueste ", ""),
                ("add", 1, "einer vom Krieg", "einer jüdischen vom Krieg"),
            ],
        ),
        es=(
            "La última novela del autor cuenta la historia de una familia destrozada por la guerra.",
            [
                ("sense", 5, "novela", "novedad"),
                ("unt", 1, "la historia", "la story"),
            ],
        ),
        fr=(
            "Le dernier roman de l'auteur raconte l'histoire d'une famille déchirée par la guerre.",
            [
                ("sense", 5, "roman", "romain"),
                ("omi", 1, " dernier", ""),
            ],
        ),
    ),
    dict(
        id="news-050",
        en="Officials confirmed that the vaccine will be free for everyone over 65.",
        de=(
            "Behördenvertreter bestätigten, dass der Impfstoff für alle über 65 kostenlos sein wird.",
            [
                ("num", 5, "über 65", "über 56"),
                ("neg", 5, "kostenlos", "kostenpflichtig"),
                ("unt", 1, "Impfstoff", "Vaccine"),
                ("add", 1, "für alle über 65", "für alle Rentner über 65"),
            ],
        ),
        es=(
            "Las autoridades confirmaron que la vacuna será gratuita para todos los mayores de 65 años.",
            [
                ("num", 5, "65 años", "56 años"),
                ("unt", 1, "la vacuna", "el vaccine"),
            ],
        ),
        fr=(
            "Les autorités ont confirmé que le vaccin sera gratuit pour toutes les personnes de plus de 65 ans.",
            [
                ("neg", 5, "sera gratuit", "sera payant"),
                ("add", 1, "ont confirmé", "ont officiellement confirmé"),
            ],
        ),
    ),
    dict(
        id="news-051",
        en="The river burst its banks and flooded the old town overnight.",
        de=(
            "Der Fluss trat über die Ufer und überschwemmte über Nacht die Altstadt.",
            [
                ("sense", 5, "über die Ufer", "über die Banken"),
                ("omi", 1, " über Nacht", ""),
                ("add", 1, "die Altstadt", "die gesamte Altstadt"),
                ("unt", 1, "die Altstadt", "die old town"),
            ],
        ),
        es=(
            "El río se desbordó e inundó el casco antiguo durante la noche.",
            [
                ("sense", 5, "el casco antiguo", "el viejo casco"),
                ("omi", 1, " durante la noche", ""),
            ],
        ),
        fr=(
            "La rivière est sortie de son lit et a inondé la vieille ville pendant la nuit.",
            [
                ("sense", 5, "sortie de son lit", "sortie de sa banque"),
                ("add", 1, "la vieille ville", "toute la vieille ville"),
            ],
        ),
    ),
    dict(
        id="news-052",
        en="The union rejected the offer of a 3 percent pay rise.",
        de=(
            "Die Gewerkschaft lehnte das Angebot einer Lohnerhöhung von 3 Prozent ab.",
            [
                ("neg", 5, "lehnte das Angebot", "nahm das Angebot"),
                ("num", 5, "3 Prozent", "8 Prozent"),
                ("sense", 5, "Die Gewerkschaft", "Die Vereinigung"),
                ("omi", 1, " von 3 Prozent", ""),
            ],
        ),
        es=(
            "El sindicato rechazó la oferta de una subida salarial del 3 por ciento.",
            [
                ("neg", 5, "rechazó", "aceptó"),
                ("omi", 1, " del 3 por ciento", ""),
            ],
        ),
        fr=(
            "Le syndicat a rejeté l'offre d'une hausse de salaire de 3 pour cent.",
            [
                ("num", 5, "3 pour cent", "13 pour cent"),
                ("add", 1, "l'offre", "l'offre finale"),
            ],
        ),
    ),
    dict(
        id="news-053",
        en="Police have not yet identified the driver of the stolen car.",
        de=(
            "Die Polizei hat den Fahrer des gestohlenen Autos noch nicht identifiziert.",
            [
                ("neg", 5, "noch nicht identifiziert", "bereits identifiziert"),
                ("omi", 5, " des gestohlenen Autos", ""),
                ("add", 1, "identifiziert", "eindeutig identifiziert"),
                ("unt", 1, "gestohlenen", "stolen"),
            ],
        ),
        es=(
            "La policía aún no ha identificado al conductor del coche robado.",
            [
                ("neg", 5, "aún no ha identificado", "ya ha identificado"),
                ("add", 1, "del coche robado", "del coche robado ayer"),
            ],
        ),
        fr=(
            "La police n'a pas encore identifié le conducteur de la voiture volée.",
            [
                ("neg", 5, "n'a pas encore identifié", "a déjà identifié"),
                ("unt", 1, "volée", "stolen"),
            ],
        ),
    ),
    dict(
        id="news-054",
        en="The company recalled 40,000 cars because of a fault in the brakes.",
        de=(
            "Das Unternehmen rief wegen eines Defekts an den Bremsen 40.000 Autos zurück.",
            [
                ("num", 5, "40.000 Autos", "4.000 Autos"),
                ("add", 5, "an den Bremsen", "an den Bremsen und am Motor"),
                ("unt", 1, "eines Defekts", "eines Fault"),
                ("add", 1, "40.000 Autos", "40.000 neue Autos"),
            ],
        ),
        es=(
            "La empresa llamó a revisión 40.000 coches por un fallo en los frenos.",
            [
                ("num", 5, "40.000 coches", "14.000 coches"),
                ("add", 1, "un fallo", "un grave fallo"),
            ],
        ),
        fr=(
            "L'entreprise a rappelé 40 000 voitures en raison d'un défaut des freins.",
            [
                ("sense", 5, "des freins", "des phares"),
                ("add", 1, "40 000 voitures", "40 000 voitures neuves"),
            ],
        ),
    ),
    dict(
        id="news-055",
        en="The prime minister will visit Japan and South Korea next month.",
        de=(
            "Der Premierminister wird im nächsten Monat Japan und Südkorea besuchen.",
            [
                ("ent", 5, "Südkorea", "Nordkorea"),
                ("omi", 5, " und Südkorea", ""),
                ("unt", 1, "im nächsten Monat", "next month"),
                ("add", 1, "besuchen", "offiziell besuchen"),
            ],
        ),
        es=(
            "El primer ministro visitará Japón y Corea del Sur el próximo mes.",
            [
                ("ent", 5, "Corea del Sur", "Corea del Norte"),
                ("add", 1, "visitará", "visitará oficialmente"),
            ],
        ),
        fr=(
            "Le Premier ministre se rendra au Japon et en Corée du Sud le mois prochain.",
            [
                ("omi", 5, " et en Corée du Sud", ""),
                ("unt", 1, "le mois prochain", "next month"),
            ],
        ),
    ),
    dict(
        id="news-056",
        en="Less than a quarter of the students passed the new maths exam.",
        de=(
            "Weniger als ein Viertel der Schüler hat die neue Matheprüfung bestanden.",
            [
                ("neg", 5, "Weniger als", "Mehr als"),
                ("num", 5, "ein Viertel", "ein Drittel"),
                ("omi", 1, " neue", ""),
                ("unt", 1, "Matheprüfung", "Maths-Exam"),
            ],
        ),
        es=(
            "Menos de una cuarta parte de los alumnos aprobó el nuevo examen de matemáticas.",
            [
                ("neg", 5, "Menos de", "Más de"),
                ("omi", 1, " nuevo", ""),
            ],
        ),
        fr=(
            "Moins d'un quart des élèves ont réussi le nouvel examen de mathématiques.",
            [
                ("neg", 5, "Moins d'un quart", "Plus d'un quart"),
                ("unt", 1, "examen de mathématiques", "maths exam"),
            ],
        ),
    ),
    dict(
        id="news-057",
        en="The zoo announced the birth of twin panda cubs on Sunday.",
        de=(
            "Der Zoo gab am Sonntag die Geburt von Panda-Zwillingen bekannt.",
            [
                ("num", 5, "Panda-Zwillingen", "Panda-Drillingen"),
                ("ent", 5, "am Sonntag", "am Samstag"),
                ("add", 1, "Der Zoo", "Der städtische Zoo"),
                ("sense", 1, "gab", "schenkte"),
            ],
        ),
        es=(
            "El zoológico anunció el domingo el nacimiento de dos crías gemelas de panda.",
            [
                ("num", 5, "dos crías gemelas", "tres crías"),
                ("add", 1, "El zoológico", "El zoológico municipal"),
            ],
        ),
        fr=(
            "Le zoo a annoncé dimanche la naissance de jumeaux pandas.",
            [
                ("ent", 5, "dimanche", "samedi"),
                ("unt", 1, "de jumeaux", "de twin"),
            ],
        ),
    ),
    dict(
        id="news-058",
        en="The new law requires all shops to charge for plastic bags.",
        de=(
            "Das neue Gesetz verpflichtet alle Geschäfte, für Plastiktüten Geld zu verlangen.",
            [
                ("neg", 5, "verpflichtet alle Geschäfte", "verbietet allen Geschäften"),
                ("sense", 5, "Geschäfte", "Geschäftsreisen"),
                ("add", 1, "alle Geschäfte", "alle kleinen Geschäfte"),
                ("unt", 1, "Plastiktüten", "Plastic Bags"),
            ],
        ),
        es=(
            "La nueva ley obliga a todas las tiendas a cobrar por las bolsas de plástico.",
            [
                ("neg", 5, "obliga a todas las tiendas a cobrar", "prohíbe a todas las tiendas cobrar"),
                ("unt", 1, "las bolsas de plástico", "las plastic bags"),
            ],
        ),
        fr=(
            "La nouvelle loi oblige tous les magasins à faire payer les sacs en plastique.",
            [
                ("neg", 5, "oblige tous les magasins à", "interdit à tous les magasins de"),
                ("add", 1, "les sacs en plastique", "les sacs en plastique jetables"),
            ],
        ),
    ),
    dict(
        id="news-059",
        en="Thousands of fans waited outside the stadium in the rain.",
        de=(
            "Tausende Fans warteten im Regen vor dem Stadion.",
            [
                ("num", 5, "Tausende Fans", "Hunderte Fans"),
                ("sense", 5, "Fans", "Ventilatoren"),
                ("omi", 1, " im Regen", ""),
                ("add", 1, "vor dem Stadion", "stundenlang vor dem Stadion"),
            ],
        ),
        es=(
            "Miles de aficionados esperaron bajo la lluvia frente al estadio.",
            [
                ("sense", 5, "aficionados", "ventiladores"),
                ("omi", 1, " bajo la lluvia", ""),
            ],
        ),
        fr=(
            "Des milliers de supporters ont attendu sous la pluie devant le stade.",
            [
                ("num", 5, "Des milliers", "Des centaines"),
                ("add", 1, "ont attendu", "ont longuement attendu"),
            ],
        ),
    ),
    dict(
        id="news-060",
        en="The film won the top prize at the Venice festival but was never released in cinemas.",
        de=(
            "Der Film gewann den Hauptpreis beim Festival in Venedig, kam aber nie in die Kinos.",
            [
                ("neg", 5, "kam aber nie in die Kinos", "kam aber bald in die Kinos"),
                ("ent", 5, "in Venedig", "in Cannes"),
                ("omi", 1, " in Venedig", ""),
                ("unt", 1, "den Hauptpreis", "den Top-Prize"),
            ],
        ),
        es=(
            "La película ganó el premio principal en el festival de Venecia, pero nunca se estrenó en los cines.",
            [
                ("ent", 5, "Venecia", "Cannes"),
                ("unt", 1, "el premio principal", "el top prize"),
            ],
        ),
        fr=(
            "Le film a remporté le premier prix au festival de Venise mais n'est jamais sorti en salles.",
            [
                ("neg", 5, "n'est jamais sorti", "est bientôt sorti"),
                ("omi", 1, " de Venise", ""),
            ],
        ),
    ),
]
