"""Independent second reference translations (reference B), written for rmbench.

The preferred response of every built-in item is reference A (in the domain tables); reference B is
a different, correct wording of the same English sentence. ``meta.reference`` carries reference B,
so the chrF and BLEU baselines compare candidates against a translation that is NOT one of the
candidates, as in WMT metric evaluation; otherwise they would find the preferred response verbatim
and score 100% by construction. Tuples are (German, Spanish, French).
"""

from __future__ import annotations

REFS_B = {
    # ---------------------------------------------------------------- news
    "news-001": (
        "Am Dienstag genehmigte der Gemeinderat 12 Millionen Euro für den Bau neuer Fahrradspuren.",
        "El martes, el consejo municipal dio luz verde a 12 millones de euros para construir nuevos carriles para bicicletas.",
        "Mardi, les élus municipaux ont voté une enveloppe de 12 millions d'euros destinée à de nouvelles voies cyclables.",
    ),
    "news-002": (
        "Nach Angaben der Polizei trug der Verdächtige keine Waffe, als er nahe dem Bahnhof festgenommen wurde.",
        "Según la policía, el sospechoso iba desarmado cuando fue arrestado por los agentes junto a la estación.",
        "Selon la police, le suspect ne portait pas d'arme quand les policiers l'ont interpellé aux abords de la gare.",
    ),
    "news-003": (
        "Wegen heftiger Regenfälle mussten in dieser Woche in Norditalien drei Schulen geschlossen werden.",
        "Esta semana, tres colegios del norte de Italia tuvieron que cerrar a causa de las intensas lluvias.",
        "Cette semaine, trois établissements scolaires du nord de l'Italie ont dû fermer à cause de pluies torrentielles.",
    ),
    "news-004": (
        "Nachdem ein Bericht ihr Krisenmanagement bemängelt hatte, gab die Ministerin ihren Rücktritt bekannt.",
        "La ministra presentó su dimisión tras un informe que cuestionaba cómo había manejado la crisis.",
        "La ministre a quitté ses fonctions après qu'un rapport a dénoncé sa façon de gérer la crise.",
    ),
    "news-005": (
        "Nach der Senkung seiner Verkaufsprognose verlor der Autohersteller an der Börse 4 Prozent.",
        "El fabricante de coches se dejó un 4 por ciento en bolsa tras rebajar sus previsiones de venta.",
        "Le titre du constructeur automobile a perdu 4 pour cent après l'abaissement de ses objectifs de ventes.",
    ),
    "news-006": (
        "Weil die Firma Chemikalien in den Fluss geleitet hatte, wurde sie vom Gericht zu einer Strafzahlung verurteilt.",
        "La compañía fue sancionada por la justicia con una multa por verter sustancias químicas al río.",
        "La justice a infligé une amende à la société pour avoir contaminé le cours d'eau avec des substances chimiques.",
    ),
    "news-007": (
        "Am Samstag beteiligten sich über 2.000 Personen an der Demonstration in Berlin.",
        "El sábado, más de 2.000 manifestantes salieron a la calle en Berlín.",
        "Samedi, plus de 2 000 manifestants ont défilé à Berlin.",
    ),
    "news-008": (
        "Vor dem kommenden Frühling wird die Airline keine Flüge zur Insel mehr anbieten.",
        "La compañía aérea no volverá a volar a la isla antes de la primavera que viene.",
        "La compagnie n'assurera plus de liaisons aériennes avec l'île jusqu'au printemps prochain.",
    ),
    "news-009": (
        "Im ecuadorianischen Regenwald haben Forscher eine bisher unbekannte Froschart gefunden.",
        "Investigadores han hallado en la selva ecuatoriana una especie de rana hasta ahora desconocida.",
        "Des chercheurs ont identifié une espèce de grenouille jusqu'ici inconnue dans la forêt équatorienne.",
    ),
    "news-010": (
        "Das Gesetz wurde mit 310 zu 45 Stimmen verabschiedet.",
        "La ley salió adelante por 310 votos frente a 45.",
        "Le texte a été voté par 310 voix contre 45.",
    ),
    "news-011": (
        "Nach sechs Stunden hatten die Feuerwehrleute das Feuer unter Kontrolle gebracht.",
        "Tras seis horas de trabajo, los bomberos lograron dominar las llamas.",
        "Il a fallu six heures aux sapeurs-pompiers pour maîtriser le feu.",
    ),
    "news-012": (
        "Bereits im dritten Monat hintereinander hat die Notenbank den Leitzins nicht verändert.",
        "Por tercer mes seguido, el banco central no ha tocado los tipos de interés.",
        "Pour le troisième mois d'affilée, la banque centrale n'a pas touché à ses taux.",
    ),
    "news-013": (
        "Mediziner befürchten, dass die Grippewelle dieses Jahr früher einsetzen könnte als sonst.",
        "Los sanitarios alertaron de que este año la gripe podría llegar antes que de costumbre.",
        "Selon les médecins, l'épidémie de grippe pourrait arriver plus tôt que les autres années.",
    ),
    "news-014": (
        "Nach zwei Jahren Umbau hat das Museum am Montag wieder geöffnet.",
        "Después de dos años de obras, el museo volvió a abrir sus puertas el lunes.",
        "Après deux années de travaux, le musée a rouvert ses portes lundi.",
    ),
    "news-015": (
        "Die Arbeitslosenquote fiel auf 5,2 Prozent und erreichte damit den tiefsten Wert seit 2008.",
        "La tasa de paro cayó hasta el 5,2 por ciento, la más baja desde 2008.",
        "Le taux de chômage a reculé à 5,2 pour cent, un niveau inédit depuis 2008.",
    ),
    "news-016": (
        "Zu den Spekulationen über seinen Gesundheitszustand nahm der Präsident keine Stellung.",
        "El presidente guardó silencio sobre las especulaciones acerca de su estado de salud.",
        "Le chef de l'État n'a fait aucun commentaire sur les bruits concernant son état de santé.",
    ),
    "news-017": (
        "Am Freitag legte ein Lokführerstreik den Bahnverkehr im ganzen Land lahm.",
        "El viernes, un paro de los maquinistas de tren complicó los desplazamientos en todo el país.",
        "Vendredi, un mouvement de grève des conducteurs de train a désorganisé les transports dans tout le pays.",
    ),
    "news-018": (
        "Die Firma will in Madrid binnen zwei Jahren 500 Ingenieurinnen und Ingenieure anstellen.",
        "La compañía tiene previsto incorporar a 500 ingenieros en Madrid durante los dos próximos años.",
        "La société compte recruter 500 ingénieurs à Madrid d'ici deux ans.",
    ),
    "news-019": (
        "Tausende Wohnungen waren nach dem Unwetter mehrere Tage ohne Elektrizität.",
        "Tras el temporal, miles de viviendas se quedaron sin luz varios días.",
        "Après la tempête, des milliers de logements sont restés plusieurs jours sans courant.",
    ),
    "news-020": (
        "Im Mai sind die schottischen Wählerinnen und Wähler erneut zur Stimmabgabe aufgerufen.",
        "En mayo, los escoceses estarán de nuevo llamados a votar.",
        "En mai, les Écossais seront de nouveau appelés aux urnes.",
    ),
    "news-021": (
        "Die Regierung wies Vorwürfe zurück, den Rebellen im Geheimen Waffen geliefert zu haben.",
        "El ejecutivo rechazó haber suministrado armamento a escondidas a los insurgentes.",
        "Le gouvernement a démenti avoir livré des armes en cachette aux insurgés.",
    ),
    "news-022": (
        "Binnen zehn Minuten waren sämtliche Karten für das Endspiel weg.",
        "En menos de diez minutos no quedaba ni una entrada para la final.",
        "Il n'a pas fallu dix minutes pour que tous les billets de la finale s'arrachent.",
    ),
    "news-023": (
        "Als erste Frau übernahm sie die Leitung des Nationalorchesters.",
        "Ha sido la primera mujer al frente de la orquesta nacional.",
        "Elle est la première femme à prendre la tête de l'orchestre national.",
    ),
    "news-024": (
        "Im Juni macht das Werk zu; etwa 800 Arbeitnehmer werden ihre Stelle verlieren.",
        "La planta echará el cierre en junio y alrededor de 800 empleados se quedarán sin trabajo.",
        "L'usine fermera ses portes en juin, ce qui coûtera leur poste à quelque 800 salariés.",
    ),
    "news-025": (
        "Bis zum Jahr 2030 sollen laut dem Bürgermeister 1.500 erschwingliche Wohnungen entstehen.",
        "El regidor se comprometió a levantar 1.500 pisos a precios asequibles antes de 2030.",
        "Le maire s'est engagé à bâtir 1 500 logements à prix accessible avant 2030.",
    ),
    "news-026": (
        "Kommende Woche beginnt in Wien das Verfahren gegen den früheren Bankchef.",
        "La semana que viene arranca en Viena el proceso contra el antiguo responsable del banco.",
        "Le procès de l'ex-dirigeant bancaire débutera à Vienne la semaine prochaine.",
    ),
    "news-027": (
        "Als der Bus auf der glatten Fahrbahn von der Straße abkam, wurde niemand der Insassen verletzt.",
        "Los viajeros salieron ilesos cuando el autobús derrapó en la calzada congelada.",
        "Personne parmi les voyageurs n'a été blessé quand le car a dérapé sur la chaussée gelée.",
    ),
    "news-028": (
        "Mit 40.000 Gästen kamen doppelt so viele Menschen zum Festival wie letztes Jahr.",
        "El festival recibió a 40.000 asistentes, el doble que en la edición anterior.",
        "Avec 40 000 spectateurs, le festival a accueilli deux fois plus de monde que l'année précédente.",
    ),
    "news-029": (
        "Am Donnerstag stellten die Ankläger das Verfahren gegen den Reporter ein.",
        "El jueves, los fiscales desistieron de las acusaciones contra el reportero.",
        "Jeudi, les procureurs ont renoncé aux charges qui pesaient sur le reporter.",
    ),
    "news-030": (
        "Dank der neuen Brücke sind die beiden Orte künftig 20 Minuten schneller zu erreichen.",
        "Gracias al nuevo puente, el viaje entre ambas localidades será 20 minutos más corto.",
        "Grâce au nouveau pont, il faudra 20 minutes de moins pour aller d'une ville à l'autre.",
    ),
    "news-031": (
        "Eine Infektion im Hals zwang die Sängerin, ihre Konzertreise abzusagen.",
        "Una infección en la garganta obligó a la artista a suspender su gira.",
        "Une infection de la gorge a contraint la chanteuse à annuler ses concerts.",
    ),
    "news-032": (
        "Im ersten Vierteljahr nahmen die Ausfuhren nach China um 9 Prozent zu.",
        "En el primer trimestre, las ventas al exterior con destino a China crecieron un 9 por ciento.",
        "Au cours du premier trimestre, les ventes à destination de la Chine ont progressé de 9 pour cent.",
    ),
    "news-033": (
        "Die Bewohner sollen Wasser aus der Leitung vor dem Trinken kochen.",
        "Se recomendó a los residentes hervir el agua corriente antes de consumirla.",
        "On a demandé aux riverains de faire bouillir l'eau courante avant de la consommer.",
    ),
    "news-034": (
        "Laut dem Coach hat das Team noch nie so gut gespielt wie in der zweiten Hälfte.",
        "Según el técnico, el conjunto jamás había rendido tan bien como en el segundo tiempo.",
        "Selon le coach, l'équipe n'avait jamais été aussi bonne qu'en deuxième mi-temps.",
    ),
    "news-035": (
        "Unweit des Hafens stießen Archäologen auf Geldstücke aus dem zweiten Jahrhundert.",
        "Un equipo de arqueólogos encontró junto al puerto monedas que datan del siglo II.",
        "À proximité du port, des archéologues ont mis au jour des monnaies du IIe siècle.",
    ),
    "news-036": (
        "Für den Hackerangriff auf die Klinik hat bislang niemand die Verantwortung übernommen.",
        "Hasta ahora nadie se ha atribuido el ataque informático al hospital.",
        "L'attaque informatique contre l'hôpital n'a été revendiquée par personne.",
    ),
    "news-037": (
        "Brot ist seit Januar um ein Drittel teurer geworden.",
        "Desde enero, el pan cuesta un tercio más.",
        "Depuis janvier, le pain coûte un tiers plus cher.",
    ),
    "news-038": (
        "Die Suche nach zwei in den Alpen verschollenen Alpinisten dauert an.",
        "Continúa la búsqueda de dos montañeros desaparecidos en los Alpes.",
        "Les secours poursuivent les recherches pour retrouver deux grimpeurs disparus dans les Alpes.",
    ),
    "news-039": (
        "Dem Bericht zufolge ist die Luft in der Hauptstadt seit dem Dieselverbot sauberer geworden.",
        "Según el informe, el aire de la capital está menos contaminado desde que se vetaron los vehículos diésel.",
        "D'après le rapport, l'air de la capitale est moins pollué depuis que les véhicules diesel sont interdits.",
    ),
    "news-040": (
        "Sein Verteidiger kündigte an, das Urteil anzufechten.",
        "Su defensa anunció que apelaría el fallo.",
        "Son défenseur a annoncé qu'il contesterait le jugement en appel.",
    ),
    "news-041": (
        "Vor der portugiesischen Küste ist ein Frachter mit 300 Containern auf Grund gelaufen.",
        "Un buque con 300 contenedores a bordo quedó varado ante el litoral portugués.",
        "Un cargo chargé de 300 conteneurs s'est échoué au large des côtes portugaises.",
    ),
    "news-042": (
        "Nach Angaben der Bauern aus der Region hat die Trockenheit die halbe Ernte dieses Jahres zerstört.",
        "Según los campesinos de la zona, la falta de lluvia ha arruinado la mitad de la cosecha de este año.",
        "D'après les exploitants de la région, le manque de pluie a anéanti la moitié des récoltes de l'année.",
    ),
    "news-043": (
        "Eine Einigung gab es bei den Verhandlungen nicht, im April wollen sich beide Seiten aber wieder zusammensetzen.",
        "Las negociaciones acabaron sin pacto, aunque las dos partes se verán otra vez en abril.",
        "Les négociations n'ont débouché sur aucun accord, mais les deux camps se reverront en avril.",
    ),
    "news-044": (
        "Für 8 Millionen Dollar kam bei einer Auktion ein seltenes Werk des holländischen Meisters unter den Hammer.",
        "Una obra poco común del maestro neerlandés alcanzó los 8 millones de dólares en una subasta.",
        "Une œuvre rare du maître hollandais a été adjugée 8 millions de dollars lors d'une vente aux enchères.",
    ),
    "news-045": (
        "In der Klinik gibt es nun eine neue Abteilung für Kinder mit Krebs.",
        "El hospital ha inaugurado una nueva unidad para niños enfermos de cáncer.",
        "L'hôpital a inauguré une nouvelle unité pour les enfants malades du cancer.",
    ),
    "news-046": (
        "Nach Ansicht des Oppositionschefs benachteiligt der Steuerplan junge Familien.",
        "El jefe de la oposición consideró que el plan tributario perjudica injustamente a las familias jóvenes.",
        "Pour le leader de l'opposition, la réforme fiscale est injuste pour les jeunes familles.",
    ),
    "news-047": (
        "In Madrid wurden 43 Grad gemessen, womit der Rekord von 2017 übertroffen wurde.",
        "Madrid registró 43 grados y superó así la marca de 2017.",
        "Madrid a enregistré 43 degrés, pulvérisant le record de 2017.",
    ),
    "news-048": (
        "Der Flughafen rechnet diesen Sommer mit weniger Fluggästen als vor der Pandemie.",
        "El aeropuerto prevé este verano un número de viajeros inferior al de antes de la pandemia.",
        "L'aéroport prévoit cet été moins de voyageurs qu'avant la pandémie.",
    ),
    "news-049": (
        "Im jüngsten Roman des Schriftstellers geht es um eine Familie, die der Krieg auseinanderreißt.",
        "La novela más reciente del escritor narra la historia de una familia separada por la guerra.",
        "Le nouveau roman de l'écrivain raconte l'histoire d'une famille que la guerre a brisée.",
    ),
    "news-050": (
        "Offiziell bestätigt: Alle über 65-Jährigen bekommen die Impfung gratis.",
        "Las autoridades confirmaron que todas las personas de más de 65 años recibirán la vacuna sin coste.",
        "Les responsables ont confirmé que la vaccination sera gratuite pour tous les plus de 65 ans.",
    ),
    "news-051": (
        "In der Nacht ist der Fluss über seine Ufer getreten und hat die Altstadt unter Wasser gesetzt.",
        "Por la noche, el río se salió de su cauce y anegó el centro histórico.",
        "Dans la nuit, le fleuve a débordé et submergé le centre historique.",
    ),
    "news-052": (
        "Eine Gehaltserhöhung um 3 Prozent wies die Gewerkschaft zurück.",
        "El sindicato dijo no a la propuesta de subir los sueldos un 3 por ciento.",
        "Le syndicat a refusé la proposition d'augmentation salariale de 3 pour cent.",
    ),
    "news-053": (
        "Wer den gestohlenen Wagen gefahren hat, weiß die Polizei bislang nicht.",
        "La policía todavía no sabe quién conducía el vehículo robado.",
        "Les enquêteurs ne savent toujours pas qui conduisait le véhicule volé.",
    ),
    "news-054": (
        "Wegen eines Problems mit den Bremsen holt der Konzern 40.000 Fahrzeuge in die Werkstätten zurück.",
        "La compañía ha retirado 40.000 vehículos por un defecto de los frenos.",
        "Le groupe rappelle 40 000 véhicules à cause d'un problème de freinage.",
    ),
    "news-055": (
        "Kommenden Monat reist der Regierungschef nach Japan und Südkorea.",
        "El jefe del Gobierno viajará el mes que viene a Japón y Corea del Sur.",
        "Le chef du gouvernement effectuera le mois prochain une visite au Japon et en Corée du Sud.",
    ),
    "news-056": (
        "Nicht einmal ein Viertel der Schülerinnen und Schüler bestand die neue Mathematikprüfung.",
        "Ni siquiera una cuarta parte del alumnado superó el nuevo examen de matemáticas.",
        "Même pas un quart des élèves a réussi la nouvelle épreuve de maths.",
    ),
    "news-057": (
        "Am Sonntag meldete der Tierpark, dass zwei Pandababys zur Welt gekommen sind.",
        "El domingo, el zoo informó del nacimiento de dos oseznos de panda gemelos.",
        "Dimanche, le parc zoologique a fait part de la naissance de deux bébés pandas jumeaux.",
    ),
    "news-058": (
        "Nach dem neuen Gesetz müssen sämtliche Läden Plastiktüten kostenpflichtig abgeben.",
        "Según la nueva normativa, todos los comercios tendrán que cobrar las bolsas de plástico.",
        "Avec la nouvelle loi, tous les commerces devront rendre les sacs plastiques payants.",
    ),
    "news-059": (
        "Vor dem Stadion harrten Tausende Anhänger im Regen aus.",
        "Miles de seguidores aguardaron bajo la lluvia a las puertas del estadio.",
        "Des milliers de fans ont patienté sous la pluie aux abords du stade.",
    ),
    "news-060": (
        "In Venedig gewann der Film den Hauptpreis des Festivals, ins Kino kam er jedoch nie.",
        "La cinta se llevó el máximo galardón del festival de Venecia, pero jamás llegó a las salas.",
        "Le film a décroché la récompense suprême à la Mostra de Venise, mais n'a jamais été distribué en salles.",
    ),
    # ---------------------------------------------------------------- conversation
    "conv-001": (
        "Könntest du mich morgen um 7 Uhr früh am Flughafen abholen?",
        "¿Me podrías ir a buscar al aeropuerto mañana a las 7 de la mañana?",
        "Est-ce que tu pourrais me récupérer à l'aéroport demain matin à 7 heures ?",
    ),
    "conv-002": (
        "Tut mir leid, ich wollte dich nicht aufwecken.",
        "Perdona, no era mi intención despertarte.",
        "Pardon, je n'avais pas l'intention de te réveiller.",
    ),
    "conv-003": (
        "Meine Schwester lebt in Hamburg, daher treffen wir uns nur zwei Mal pro Jahr.",
        "Mi hermana está en Hamburgo, por eso solo nos vemos un par de veces al año.",
        "Ma sœur vit à Hambourg, du coup on ne se voit que deux fois dans l'année.",
    ),
    "conv-004": (
        "Hast du Lust, nach der Besprechung einen Kaffee zu holen?",
        "¿Te apetece ir a por un café cuando acabe la reunión?",
        "Ça te dit d'aller boire un café après la réunion ?",
    ),
    "conv-005": (
        "Denk bitte daran, die Blumen zu gießen, solange ich nicht da bin.",
        "Acuérdate de regar las plantas mientras no estoy.",
        "Pense à arroser les plantes quand je ne serai pas là.",
    ),
    "conv-006": (
        "Der Vierertisch ist für 20:30 Uhr reserviert.",
        "Tenemos reservada una mesa para cuatro a las ocho y media.",
        "La table de quatre est réservée à vingt heures trente.",
    ),
    "conv-007": (
        "Er meinte, er ruft zurück, aber das hat er nie gemacht.",
        "Me dijo que me devolvería la llamada, pero no lo hizo nunca.",
        "Il m'a dit qu'il me rappellerait, mais il ne l'a jamais fait.",
    ),
    "conv-008": (
        "Würden Sie bitte ein bisschen langsamer reden?",
        "¿Le importaría hablar un poco más despacio?",
        "Est-ce que vous pourriez parler un peu moins vite, s'il vous plaît ?",
    ),
    "conv-009": (
        "Meine Schlüssel liegen seit heute früh auf dem Küchentisch, da habe ich sie vergessen.",
        "Esta mañana me olvidé las llaves encima de la mesa de la cocina.",
        "Ce matin, j'ai oublié mes clés sur la table de la cuisine.",
    ),
    "conv-010": (
        "Wegen des Staus kommen wir ungefähr eine Viertelstunde später.",
        "Por culpa del tráfico llegamos con unos quince minutos de retraso.",
        "À cause des bouchons, on a à peu près un quart d'heure de retard.",
    ),
    "conv-011": (
        "Gibt es in der Nähe eine Apotheke, die auch sonntags aufhat?",
        "¿Hay cerca de aquí alguna farmacia abierta los domingos?",
        "Est-ce qu'il y a une pharmacie ouverte le dimanche dans le coin ?",
    ),
    "conv-012": (
        "Vielen Dank fürs Essen, es hat köstlich geschmeckt, aber ich bin pappsatt.",
        "Gracias por la cena, estaba riquísima, pero no me cabe nada más.",
        "Merci pour le repas, c'était délicieux, mais je n'en peux plus.",
    ),
    "conv-013": (
        "Meine Tochter hat Fieber und kann heute nicht zur Schule kommen.",
        "Mi hija tiene fiebre y hoy no va a ir a clase.",
        "Ma fille a de la fièvre, elle n'ira pas en classe aujourd'hui.",
    ),
    "conv-014": (
        "Treffen wir uns doch am Haupteingang vom Bahnhof.",
        "Nos vemos en la entrada principal de la estación de trenes.",
        "On se retrouve devant l'entrée principale de la gare.",
    ),
    "conv-015": (
        "Sobald ich daheim bin, schicke ich dir die Bilder.",
        "En cuanto llegue a casa te envío las fotos.",
        "Je t'envoie les photos dès que je suis chez moi.",
    ),
    "conv-016": (
        "Bist du schon mal in Lissabon gewesen? Ich reise im Juni zum ersten Mal dorthin.",
        "¿Conoces Lisboa? Yo voy en junio y será la primera vez.",
        "Tu connais Lisbonne ? J'y vais en juin, pour la première fois.",
    ),
    "conv-017": (
        "Die Waschmaschine ist wieder defekt, und der Handwerker kommt frühestens am Freitag.",
        "Otra vez se ha roto la lavadora y el técnico no viene hasta el viernes.",
        "Le lave-linge est de nouveau en panne, et le dépanneur ne peut pas passer avant vendredi.",
    ),
    "conv-018": (
        "Ich glaube, das Wechselgeld stimmt nicht: Ich habe Ihnen einen Zwanzigeuroschein gegeben.",
        "Creo que me ha devuelto mal: le he dado un billete de veinte.",
        "Je pense que vous ne m'avez pas rendu la bonne monnaie : je vous ai donné un billet de vingt.",
    ),
    "conv-019": (
        "Die Milch ist alle, ich besorge auf dem Nachhauseweg neue.",
        "Se nos ha acabado la leche, así que compro al volver a casa.",
        "On n'a plus de lait, j'en prendrai sur le chemin du retour.",
    ),
    "conv-020": (
        "Dein Bruder wirkt echt sympathisch; studiert er immer noch Rechtswissenschaften?",
        "Tu hermano parece majísimo; ¿todavía estudia Derecho?",
        "Ton frère a l'air très gentil ; il étudie encore le droit ?",
    ),
    "conv-021": (
        "Mein Handy ist verschwunden; rufst du mich mal an, damit ich es klingeln höre?",
        "No encuentro el móvil en ningún sitio; ¿me haces una llamada?",
        "Impossible de trouver mon portable ; tu peux me faire sonner ?",
    ),
    "conv-022": (
        "Seit Jahren betteln die Kinder um einen Hund.",
        "Los críos llevan años pidiéndonos un perro.",
        "Ça fait des années que les enfants demandent un chien.",
    ),
    "conv-023": (
        "Gib mir bitte Bescheid, wenn es bei dir am Samstag nicht klappt.",
        "Si el sábado no puedes, dímelo, por favor.",
        "Dis-moi si samedi ça ne va pas pour toi.",
    ),
    "conv-024": (
        "Meine Oma hatte letzte Woche ihren neunzigsten Geburtstag und radelt trotzdem noch jeden Tag.",
        "Mi abuela cumplió los noventa la semana pasada y sigue montando en bicicleta cada día.",
        "Ma grand-mère a eu quatre-vingt-dix ans la semaine dernière et elle fait toujours du vélo chaque jour.",
    ),
    "conv-025": (
        "Ich würde diese Schuhe gern umtauschen, sie sind mir zu klein.",
        "Me gustaría devolver estos zapatos porque me quedan chicos.",
        "J'aimerais rapporter ces chaussures, elles sont trop petites pour moi.",
    ),
    "conv-026": (
        "Heute Nacht soll Schnee fallen, fahr also bitte vorsichtig.",
        "Esta noche se espera nieve, así que ten cuidado al volante.",
        "Il doit neiger cette nuit, alors sois prudent sur la route.",
    ),
    "conv-027": (
        "Den Film kenne ich noch nicht, also erzähl mir bloß nicht das Ende.",
        "Aún no he visto la película, así que no me reveles el final.",
        "Je n'ai pas encore vu le film, alors ne me raconte pas la fin.",
    ),
    "conv-028": (
        "Soll ich zum Grillen einen Salat oder eine Nachspeise mitnehmen?",
        "¿Quieres que lleve a la barbacoa una ensalada o algo de postre?",
        "Je prends une salade ou un dessert pour le barbecue ?",
    ),
    "conv-029": (
        "Der Arzt meinte, ich soll zwei Tage Ruhe halten und viel trinken.",
        "La doctora me ha dicho que haga reposo dos días y que beba bastante agua.",
        "La médecin m'a conseillé de rester au repos deux jours et de bien m'hydrater.",
    ),
    "conv-030": (
        "Verzeihung, ist hier noch frei?",
        "Disculpe, ¿este sitio está ocupado?",
        "Pardon, cette place est occupée ?",
    ),
    "conv-031": (
        "Wir haben eine größere Wohnung bezogen, weil im März das Baby kommt.",
        "Nos mudamos a un piso mayor porque el bebé llega en marzo.",
        "On a déménagé dans un logement plus grand, car le bébé arrive en mars.",
    ),
    "conv-032": (
        "Machst du die Musik ein bisschen leiser? Ich will schlafen.",
        "¿Bajas un poco la música? Es que quiero dormir.",
        "Tu pourrais mettre la musique moins fort ? J'essaie de dormir.",
    ),
    "conv-033": (
        "Im Bus ist mir das Portemonnaie abhandengekommen, aber jemand hat es im Büro abgegeben.",
        "Se me cayó la cartera en el autobús, pero alguien la llevó a la oficina.",
        "J'ai égaré mon portefeuille dans le bus, mais quelqu'un l'a rapporté au bureau.",
    ),
    "conv-034": (
        "Meine Chefin braucht den Bericht bis Montag, darum arbeite ich am Wochenende durch.",
        "Mi jefa necesita el informe el lunes, así que me toca trabajar el fin de semana entero.",
        "Ma cheffe veut le rapport lundi, alors je vais bosser tout le week-end.",
    ),
    "conv-035": (
        "Herzlichen Glückwunsch zum Geburtstag! Mögen all deine Wünsche wahr werden.",
        "¡Feliz cumple! Ojalá se te cumpla todo lo que deseas.",
        "Bon anniversaire ! Que tous tes souhaits se réalisent.",
    ),
    "conv-036": (
        "Im Restaurant war kein Tisch frei, darum haben wir Pizza bestellt und daheim gegessen.",
        "No había sitio en el restaurante, así que encargamos pizza y cenamos en casa.",
        "Il n'y avait plus de place au restaurant, donc on s'est fait livrer une pizza à la maison.",
    ),
    "conv-037": (
        "Das mit deiner Nussallergie hättest du mir eher sagen müssen.",
        "Me tendrías que haber avisado antes de que tienes alergia a los frutos secos.",
        "Tu aurais dû me prévenir plus tôt que tu es allergique aux fruits à coque.",
    ),
    "conv-038": (
        "In zehn Minuten fährt auf Gleis 12 der Zug nach München.",
        "El tren con destino a Múnich sale de la vía 12 en diez minutos.",
        "Le train à destination de Munich partira voie 12 dans dix minutes.",
    ),
    "conv-039": (
        "Hunger habe ich noch keinen; lass uns ein wenig später essen.",
        "Aún no tengo hambre; mejor comemos algo más tarde.",
        "Je n'ai pas faim pour l'instant ; on mange un peu plus tard ?",
    ),
    "conv-040": (
        "Unsere Nachbarn machen gerade drei Wochen Urlaub in Griechenland.",
        "Nuestros vecinos se han ido tres semanas de vacaciones a Grecia.",
        "Nos voisins passent trois semaines de vacances en Grèce.",
    ),
    "conv-041": (
        "Hast du die Hintertür zugesperrt?",
        "¿Has echado la llave a la puerta trasera?",
        "Tu n'as pas oublié de verrouiller la porte de derrière ?",
    ),
    "conv-042": (
        "Heute Abend möchte ich lieber daheim bleiben; ich bin total erschöpft.",
        "Esta noche prefiero no salir; estoy agotado.",
        "Ce soir, je préfère ne pas sortir ; je suis vraiment crevé.",
    ),
    "conv-043": (
        "Was kostet eine Einzelfahrt in die Innenstadt?",
        "¿Qué precio tiene un billete de ida al centro?",
        "C'est combien, un aller simple jusqu'au centre ?",
    ),
    "conv-044": (
        "Sie hat versprochen, die Überraschungsparty niemandem zu verraten.",
        "Me prometió que no diría nada a nadie de la fiesta sorpresa.",
        "Elle a juré de ne rien dire à personne au sujet de la fête surprise.",
    ),
    "conv-045": (
        "Melde dich, wenn du gelandet bist, dann komme ich dich holen.",
        "Escríbeme cuando aterrices e iré a recogerte.",
        "Envoie-moi un message quand tu as atterri, je passerai te prendre.",
    ),
    "conv-046": (
        "Seit einem halben Jahr lerne ich Spanisch, doch am Telefon bin ich noch immer nervös.",
        "Hace seis meses que estudio español, pero al teléfono sigo poniéndome nervioso.",
        "Cela fait six mois que j'apprends l'espagnol, mais au téléphone je reste stressé.",
    ),
    "conv-047": (
        "Die Heizung geht nicht, und es ist hier drinnen bitterkalt.",
        "La calefacción no va y aquí dentro se congela uno.",
        "Le chauffage est en panne, et il fait un froid glacial ici.",
    ),
    "conv-048": (
        "Hilfst du mir, die Kartons in den dritten Stock hochzutragen?",
        "¿Me echas una mano para subir las cajas a la tercera planta?",
        "Tu m'aides à porter ces cartons jusqu'au troisième étage ?",
    ),
    "conv-049": (
        "Es tut mir leid, aber unser Mittagessen muss ausfallen; mir ist bei der Arbeit etwas dazwischengekommen.",
        "Lo siento, pero tengo que anular nuestra comida; me ha surgido algo en el trabajo.",
        "Désolé, je dois annuler notre déjeuner ; j'ai un contretemps au boulot.",
    ),
    "conv-050": (
        "Es war wunderschön auf eurer Hochzeit; vielen Dank für die Einladung.",
        "Nos lo pasamos de maravilla en vuestra boda; gracias por la invitación.",
        "On s'est régalés à votre mariage ; merci pour l'invitation.",
    ),
    # ---------------------------------------------------------------- technical / medical
    "tech-001": (
        "Zweimal am Tag eine Tablette mit dem Essen einnehmen.",
        "Tomar un comprimido cada doce horas junto con las comidas.",
        "Prendre un comprimé matin et soir pendant le repas.",
    ),
    "tech-002": (
        "Nehmen Sie pro Tag höchstens 4 Gramm Paracetamol ein.",
        "La dosis diaria de paracetamol no debe ser superior a 4 gramos.",
        "La dose journalière de paracétamol ne doit pas dépasser 4 grammes.",
    ),
    "tech-003": (
        "Vor der Reinigung mit einem angefeuchteten Lappen das Gerät vom Stromnetz trennen.",
        "Antes de limpiar el aparato con un trapo húmedo, desconéctelo de la corriente.",
        "Avant de nettoyer l'appareil avec un linge humide, débranchez-le du secteur.",
    ),
    "tech-004": (
        "Eine vollständige Ladung der Batterie dauert rund drei Stunden.",
        "La carga completa de la batería lleva aproximadamente tres horas.",
        "Une recharge complète de la batterie prend à peu près trois heures.",
    ),
    "tech-005": (
        "Falls sich die Beschwerden verschlimmern oder mehr als fünf Tage andauern, gehen Sie zum Arzt.",
        "Acuda al médico si el dolor aumenta o persiste durante más de cinco días.",
        "Consultez un médecin si la douleur augmente ou persiste au-delà de cinq jours.",
    ),
    "tech-006": (
        "Um den Router zurückzusetzen, den Netzschalter zehn Sekunden lang gedrückt halten.",
        "Para restablecer el router, mantenga presionado el botón de encendido diez segundos.",
        "Pour réinitialiser le routeur, appuyez sur le bouton marche/arrêt pendant dix secondes.",
    ),
    "tech-007": (
        "Das Medikament kann müde machen; setzen Sie sich nicht ans Steuer und bedienen Sie keine Maschinen.",
        "Este fármaco puede producir somnolencia; evite conducir y manejar maquinaria.",
        "Ce médicament peut entraîner de la somnolence ; évitez de conduire ou d'utiliser des machines.",
    ),
    "tech-008": (
        "Den Impfstoff bei 2 bis 8 Grad Celsius im Kühlschrank aufbewahren.",
        "Guarde la vacuna en el frigorífico a una temperatura de 2 a 8 grados centígrados.",
        "Le vaccin se conserve au réfrigérateur, à une température comprise entre 2 et 8 degrés Celsius.",
    ),
    "tech-009": (
        "Mit Speichern übernehmen Sie die Änderungen, mit Abbrechen verwerfen Sie sie.",
        "Pulse Guardar para mantener los cambios o Cancelar para desecharlos.",
        "Pour garder les modifications, cliquez sur Enregistrer ; pour les annuler, cliquez sur Annuler.",
    ),
    "tech-010": (
        "Bei Nierenerkrankungen darf dieses Arzneimittel nicht angewendet werden.",
        "Este medicamento no debe administrarse a pacientes con enfermedades renales.",
        "Ce médicament est déconseillé aux patients souffrant d'une maladie des reins.",
    ),
    "tech-011": (
        "Beim nächsten Neustart des Rechners wird das Update automatisch eingespielt.",
        "La actualización se instala sola la próxima vez que se reinicie el equipo.",
        "La mise à jour sera installée automatiquement au prochain redémarrage de l'ordinateur.",
    ),
    "tech-012": (
        "Beim Hantieren mit dem Reinigungsmittel Schutzhandschuhe anziehen.",
        "Póngase guantes de protección para manipular el producto de limpieza.",
        "Mettez des gants de protection pour manipuler le produit de nettoyage.",
    ),
    "tech-013": (
        "Das Spray ist nicht für Kinder unter 12 Jahren geeignet.",
        "Este espray no es apto para niños de menos de 12 años.",
        "Ce spray ne convient pas aux enfants de moins de 12 ans.",
    ),
    "tech-014": (
        "Bestätigen Sie die neuen Einstellungen, indem Sie Ihr Passwort noch einmal eingeben.",
        "Para confirmar los nuevos ajustes, escriba otra vez su contraseña.",
        "Pour valider les nouveaux réglages, entrez une nouvelle fois votre mot de passe.",
    ),
    "tech-015": (
        "Für die Blutabnahme müssen Sie nüchtern sein.",
        "Para la extracción de sangre debe acudir sin haber comido.",
        "Le prélèvement sanguin doit se faire le ventre vide.",
    ),
    "tech-016": (
        "Die vier Schrauben der Rückwand mit einem Inbusschlüssel (5 mm) anziehen.",
        "Con una llave Allen de 5 mm, apriete los cuatro tornillos de la parte trasera.",
        "À l'aide d'une clé Allen de 5 mm, serrez les quatre vis situées à l'arrière.",
    ),
    "tech-017": (
        "Nebenwirkungen treten selten auf, möglich sind jedoch Kopfweh und Übelkeit.",
        "Los efectos adversos son poco frecuentes, aunque pueden aparecer cefaleas y náuseas.",
        "Les effets indésirables sont peu fréquents, mais des céphalées et des nausées sont possibles.",
    ),
    "tech-018": (
        "Die App legt auf unseren Servern keinerlei persönliche Daten ab.",
        "La app no guarda datos personales de ningún tipo en nuestros servidores.",
        "L'appli n'enregistre aucune donnée personnelle sur nos serveurs.",
    ),
    "tech-019": (
        "Die Creme dreimal am Tag dünn auf die betroffene Hautstelle auftragen.",
        "Extienda la crema en una capa delgada sobre la zona afectada tres veces al día.",
        "Étalez une couche mince de crème sur la zone atteinte trois fois par jour.",
    ),
    "tech-020": (
        "Da das Kabel defekt ist, kann sich der Drucker nicht mit dem Netzwerk verbinden.",
        "La impresora no logra conectarse a la red porque el cable está roto.",
        "Le câble étant abîmé, l'imprimante n'arrive pas à se connecter au réseau.",
    ),
    "tech-021": (
        "Der Luftfilter ist halbjährlich oder nach 500 Betriebsstunden zu wechseln.",
        "Cambie el filtro de aire cada medio año o después de 500 horas de funcionamiento.",
        "Changez le filtre à air tous les semestres ou toutes les 500 heures de fonctionnement.",
    ),
    "tech-022": (
        "Schwangere sollten das Produkt erst nach Rücksprache mit ihrem Arzt verwenden.",
        "Si está embarazada, hable con su médico antes de utilizar este producto.",
        "En cas de grossesse, demandez l'avis de votre médecin avant d'employer ce produit.",
    ),
    "tech-023": (
        "Die Abdeckung darf bei laufender Maschine nicht geöffnet werden.",
        "No retire la tapa con la máquina en marcha.",
        "Ne pas ouvrir le capot lorsque la machine est en marche.",
    ),
    "tech-024": (
        "Ihr Arzt erhält die Ergebnisse binnen 48 Stunden.",
        "Su médico recibirá los resultados en 48 horas como máximo.",
        "Votre médecin recevra les résultats dans un délai de 48 heures.",
    ),
    "tech-025": (
        "Für die Installation der Software sind mindestens 8 GB freier Festplattenspeicher erforderlich.",
        "La instalación del programa requiere como mínimo 8 GB libres en el disco.",
        "L'installation du logiciel nécessite au minimum 8 Go libres sur le disque.",
    ),
    "tech-026": (
        "Bei Auftreten eines Hautausschlags die Tabletten sofort absetzen.",
        "Si le sale una erupción en la piel, interrumpa de inmediato el tratamiento con los comprimidos.",
        "En cas d'éruption cutanée, cessez tout de suite de prendre les comprimés.",
    ),
    "tech-027": (
        "Alle 30 Sekunden erfasst der Fühler die Temperatur.",
        "El sensor toma la temperatura a intervalos de 30 segundos.",
        "Le capteur relève la température à intervalles de 30 secondes.",
    ),
    "tech-028": (
        "Vor der Anwendung kräftig schütteln. Außerhalb der Reichweite von Kindern aufbewahren.",
        "Agitar enérgicamente antes de usar. Mantener lejos del alcance de los niños.",
        "Agiter vigoureusement avant utilisation. Conserver hors de la portée des enfants.",
    ),
    "tech-029": (
        "Wenn Sie 15 Minuten lang inaktiv sind, wird Ihre Sitzung beendet.",
        "Si pasa 15 minutos sin actividad, su sesión se cerrará.",
        "Au bout de 15 minutes sans activité, votre session sera fermée.",
    ),
    "tech-030": (
        "Wegen einer Infektion der Lunge wurde der Patient mit Antibiotika behandelt.",
        "El paciente recibió tratamiento antibiótico por una infección en los pulmones.",
        "Le patient a été mis sous antibiotiques en raison d'une infection des poumons.",
    ),
    "tech-031": (
        "Erstellen Sie vor dem Upgrade des Betriebssystems eine Sicherungskopie Ihrer Dateien.",
        "Antes de actualizar el sistema operativo, guarde una copia de sus archivos.",
        "Avant la mise à niveau du système d'exploitation, faites une copie de sauvegarde de vos fichiers.",
    ),
    "tech-032": (
        "Setzen Sie das Gerät weder Wasser noch direkter Sonneneinstrahlung aus.",
        "No exponga el aparato al agua ni a la luz directa del sol.",
        "N'exposez l'appareil ni à l'eau ni aux rayons directs du soleil.",
    ),
    "tech-033": (
        "Messen Sie Ihren Blutdruck jeden Tag morgens zur selben Uhrzeit.",
        "Tómese la presión arterial cada mañana siempre a la misma hora.",
        "Prenez votre tension tous les matins à heure fixe.",
    ),
    "tech-034": (
        "Schäden durch falsche Benutzung sind von der Garantie ausgeschlossen.",
        "Los daños derivados de un mal uso quedan excluidos de la garantía.",
        "Les dégâts dus à une utilisation incorrecte sont exclus de la garantie.",
    ),
    "tech-035": (
        "Das Insulin unter die Haut am Bauch oder am Oberschenkel spritzen.",
        "Administre la insulina por vía subcutánea en el vientre o en el muslo.",
        "Faites l'injection d'insuline sous la peau du ventre ou de la cuisse.",
    ),
    "tech-036": (
        "Dieses Regal darf mit höchstens 25 Kilogramm belastet werden.",
        "Esta balda soporta un peso máximo de 25 kilogramos.",
        "Cette étagère supporte au maximum 25 kilogrammes.",
    ),
    "tech-037": (
        "Die Kapsel unzerkaut und unzerkleinert herunterschlucken.",
        "La cápsula debe tragarse entera, sin masticarla ni triturarla.",
        "La gélule doit être avalée telle quelle, sans être mâchée ni écrasée.",
    ),
    "tech-038": (
        "Wegen Wartung ist der Server am Sonntag zwischen 2 und 4 Uhr nachts nicht verfügbar.",
        "Por tareas de mantenimiento, el servidor estará fuera de servicio el domingo entre las 2 y las 4 de la madrugada.",
        "En raison d'une maintenance, le serveur sera inaccessible dimanche entre 2 h et 4 h du matin.",
    ),
    "tech-039": (
        "Die Wunde sauber und trocken halten und den Verband jeden Tag erneuern.",
        "Conserve la herida limpia y seca, y renueve la venda todos los días.",
        "Maintenez la plaie propre et sèche, et refaites le pansement tous les jours.",
    ),
    "tech-040": (
        "Mit der Zwei-Faktor-Authentifizierung ist Ihr Konto durch eine weitere Sicherheitsstufe geschützt.",
        "La verificación en dos pasos protege su cuenta con una capa extra de seguridad.",
        "La double authentification protège votre compte par un niveau de sécurité supplémentaire.",
    ),
    "tech-041": (
        "Während der Behandlung mit diesem Medikament keinen Alkohol trinken.",
        "No consuma alcohol durante el tratamiento con este medicamento.",
        "Ne consommez pas d'alcool pendant le traitement par ce médicament.",
    ),
    "tech-042": (
        "Schließen Sie das Kabel an die rote Buchse links an.",
        "Conecte el cable a la toma roja situada a la izquierda.",
        "Branchez le câble dans la prise rouge située à gauche.",
    ),
    "tech-043": (
        "Meist klingen die Beschwerden binnen einer Woche auch ohne Therapie ab.",
        "Por lo general, los síntomas remiten en una semana sin necesidad de tratamiento.",
        "En général, les symptômes disparaissent en une semaine, même sans traitement.",
    ),
    "tech-044": (
        "Markieren Sie die Datei und ziehen Sie sie ins Fenster zum Hochladen.",
        "Elija el archivo y arrástrelo hasta la ventana de subida.",
        "Choisissez le fichier, puis déposez-le dans la fenêtre d'envoi.",
    ),
    "tech-045": (
        "Bei älteren Patienten kann eine geringere Dosis von 10 mg täglich nötig sein.",
        "En personas mayores puede ser necesaria una dosis más baja, de 10 mg diarios.",
        "Chez les personnes âgées, une dose réduite de 10 mg par jour peut être nécessaire.",
    ),
    "tech-046": (
        "Der Fehler tritt ausschließlich auf, wenn die Anwendung offline läuft.",
        "El fallo únicamente aparece cuando la aplicación funciona sin conexión.",
        "Le bug n'apparaît que lorsque l'application tourne hors connexion.",
    ),
    "tech-047": (
        "Vor und nach dem Wechseln des Verbands gründlich die Hände waschen.",
        "Lávese las manos a conciencia antes y después de cambiar la gasa.",
        "Lavez-vous bien les mains avant et après le changement de pansement.",
    ),
    "tech-048": (
        "Die Leuchte hat eine Leistung von 9 Watt und eine Lebensdauer von bis zu 15.000 Stunden.",
        "La bombilla consume 9 vatios y tiene una vida útil de hasta 15.000 horas.",
        "L'ampoule a une puissance de 9 watts et une durée de vie pouvant atteindre 15 000 heures.",
    ),
    "tech-049": (
        "Wenn die Person schlecht Luft bekommt, verständigen Sie den Rettungsdienst.",
        "Si la persona respira con dificultad, pida una ambulancia.",
        "Si la personne respire difficilement, faites venir une ambulance.",
    ),
    "tech-050": (
        "Nach dem Ändern der Sprache die App neu starten.",
        "Tras modificar el idioma, reinicie la aplicación.",
        "Après avoir changé la langue, relancez l'application.",
    ),
}
