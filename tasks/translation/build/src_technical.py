"""Technical and medical sentences (manuals, software, patient leaflets) written for rmbench.

Same edit format as src_news.py: (type, penalty, span before, span after); one minor and one
major error per target language.
"""

from __future__ import annotations

SENTENCES = [
    dict(
        id="tech-001",
        en="Take one tablet twice a day with food.",
        de=(
            "Nehmen Sie zweimal täglich eine Tablette zu einer Mahlzeit ein.",
            [
                ("num", 5, "zweimal täglich", "dreimal täglich"),
                ("omi", 1, " zu einer Mahlzeit", ""),
            ],
        ),
        es=(
            "Tome un comprimido dos veces al día con alimentos.",
            [
                ("num", 5, "dos veces al día", "tres veces al día"),
                ("unt", 1, "con alimentos", "with food"),
            ],
        ),
        fr=(
            "Prenez un comprimé deux fois par jour au cours d'un repas.",
            [
                ("num", 5, "deux fois par jour", "deux fois par semaine"),
                ("add", 1, "un comprimé", "un seul comprimé"),
            ],
        ),
    ),
    dict(
        id="tech-002",
        en="Do not exceed a daily dose of 4 grams of paracetamol.",
        de=(
            "Überschreiten Sie nicht die Tagesdosis von 4 Gramm Paracetamol.",
            [
                ("num", 5, "4 Gramm", "4 Milligramm"),
                ("unt", 1, "Tagesdosis", "Daily Dose"),
            ],
        ),
        es=(
            "No supere una dosis diaria de 4 gramos de paracetamol.",
            [
                ("neg", 5, "No supere", "Supere"),
                ("add", 1, "una dosis diaria", "una dosis diaria total"),
            ],
        ),
        fr=(
            "Ne dépassez pas une dose quotidienne de 4 grammes de paracétamol.",
            [
                ("num", 5, "4 grammes", "40 grammes"),
                ("omi", 1, " quotidienne", ""),
            ],
        ),
    ),
    dict(
        id="tech-003",
        en="Unplug the device before cleaning it with a damp cloth.",
        de=(
            "Ziehen Sie den Netzstecker, bevor Sie das Gerät mit einem feuchten Tuch reinigen.",
            [
                ("neg", 5, "bevor", "nachdem"),
                ("add", 1, "feuchten Tuch", "feuchten, weichen Tuch"),
            ],
        ),
        es=(
            "Desenchufe el aparato antes de limpiarlo con un paño húmedo.",
            [
                ("neg", 5, "antes de limpiarlo", "después de limpiarlo"),
                ("unt", 1, "un paño húmedo", "un damp cloth"),
            ],
        ),
        fr=(
            "Débranchez l'appareil avant de le nettoyer avec un chiffon humide.",
            [
                ("neg", 5, "avant de le nettoyer", "après l'avoir nettoyé"),
                ("omi", 1, " humide", ""),
            ],
        ),
    ),
    dict(
        id="tech-004",
        en="The battery takes about three hours to charge fully.",
        de=(
            "Der Akku braucht etwa drei Stunden, um vollständig aufzuladen.",
            [
                ("num", 5, "drei Stunden", "drei Minuten"),
                ("omi", 1, " vollständig", ""),
            ],
        ),
        es=(
            "La batería tarda unas tres horas en cargarse por completo.",
            [
                ("num", 5, "tres horas", "trece horas"),
                ("add", 1, "La batería", "La batería nueva"),
            ],
        ),
        fr=(
            "La batterie met environ trois heures à se charger complètement.",
            [
                ("num", 5, "trois heures", "trente heures"),
                ("unt", 1, "La batterie", "The battery"),
            ],
        ),
    ),
    dict(
        id="tech-005",
        en="If the pain gets worse or lasts longer than five days, consult a doctor.",
        de=(
            "Wenn die Schmerzen stärker werden oder länger als fünf Tage anhalten, suchen Sie einen Arzt auf.",
            [
                ("num", 5, "fünf Tage", "fünf Wochen"),
                ("add", 1, "suchen Sie einen Arzt auf", "suchen Sie umgehend einen Arzt auf"),
            ],
        ),
        es=(
            "Si el dolor empeora o dura más de cinco días, consulte a un médico.",
            [
                ("neg", 5, "empeora", "mejora"),
                ("omi", 1, " o dura más de cinco días", ""),
            ],
        ),
        fr=(
            "Si la douleur s'aggrave ou dure plus de cinq jours, consultez un médecin.",
            [
                ("num", 5, "cinq jours", "quinze jours"),
                ("add", 1, "consultez un médecin", "consultez rapidement un médecin"),
            ],
        ),
    ),
    dict(
        id="tech-006",
        en="Press and hold the power button for ten seconds to reset the router.",
        de=(
            "Halten Sie die Ein-/Aus-Taste zehn Sekunden lang gedrückt, um den Router zurückzusetzen.",
            [
                ("num", 5, "zehn Sekunden", "zwei Sekunden"),
                ("unt", 1, "zurückzusetzen", "to reset"),
            ],
        ),
        es=(
            "Mantenga pulsado el botón de encendido durante diez segundos para reiniciar el router.",
            [
                ("num", 5, "diez segundos", "dos segundos"),
                ("omi", 1, " de encendido", ""),
            ],
        ),
        fr=(
            "Maintenez le bouton d'alimentation enfoncé pendant dix secondes pour réinitialiser le routeur.",
            [
                ("sense", 5, "réinitialiser", "éteindre"),
                ("add", 1, "le bouton d'alimentation", "le petit bouton d'alimentation"),
            ],
        ),
    ),
    dict(
        id="tech-007",
        en="This medicine may cause drowsiness; do not drive or operate machinery.",
        de=(
            "Dieses Arzneimittel kann Schläfrigkeit verursachen; fahren Sie kein Auto und bedienen Sie keine Maschinen.",
            [
                ("neg", 5, "fahren Sie kein Auto", "fahren Sie ruhig Auto"),
                ("unt", 1, "Schläfrigkeit", "Drowsiness"),
            ],
        ),
        es=(
            "Este medicamento puede causar somnolencia; no conduzca ni utilice máquinas.",
            [
                ("neg", 5, "no conduzca", "conduzca"),
                ("add", 1, "utilice máquinas", "utilice máquinas pesadas"),
            ],
        ),
        fr=(
            "Ce médicament peut provoquer une somnolence ; ne conduisez pas et n'utilisez pas de machines.",
            [
                ("neg", 5, "une somnolence", "une insomnie"),
                ("omi", 1, " et n'utilisez pas de machines", ""),
            ],
        ),
    ),
    dict(
        id="tech-008",
        en="Store the vaccine in a refrigerator between 2 and 8 degrees Celsius.",
        de=(
            "Lagern Sie den Impfstoff im Kühlschrank zwischen 2 und 8 Grad Celsius.",
            [
                ("num", 5, "zwischen 2 und 8", "zwischen 12 und 18"),
                ("add", 1, "im Kühlschrank", "im sauberen Kühlschrank"),
            ],
        ),
        es=(
            "Conserve la vacuna en nevera entre 2 y 8 grados centígrados.",
            [
                ("num", 5, "entre 2 y 8", "entre 2 y 18"),
                ("unt", 1, "en nevera", "en refrigerator"),
            ],
        ),
        fr=(
            "Conservez le vaccin au réfrigérateur entre 2 et 8 degrés Celsius.",
            [
                ("sense", 5, "au réfrigérateur", "au congélateur"),
                ("omi", 1, " Celsius", ""),
            ],
        ),
    ),
    dict(
        id="tech-009",
        en="Click Save to keep your changes, or Cancel to discard them.",
        de=(
            "Klicken Sie auf Speichern, um Ihre Änderungen zu behalten, oder auf Abbrechen, um sie zu verwerfen.",
            [
                ("neg", 5, "zu behalten", "zu verwerfen"),
                ("unt", 1, "auf Speichern", "auf Save"),
            ],
        ),
        es=(
            "Haga clic en Guardar para conservar los cambios o en Cancelar para descartarlos.",
            [
                ("neg", 5, "para conservar", "para descartar"),
                ("omi", 1, " o en Cancelar para descartarlos", ""),
            ],
        ),
        fr=(
            "Cliquez sur Enregistrer pour conserver vos modifications, ou sur Annuler pour les abandonner.",
            [
                ("neg", 5, "pour conserver", "pour supprimer"),
                ("add", 1, "vos modifications", "toutes vos modifications"),
            ],
        ),
    ),
    dict(
        id="tech-010",
        en="Patients with kidney disease should not take this drug.",
        de=(
            "Patienten mit Nierenerkrankungen sollten dieses Medikament nicht einnehmen.",
            [
                ("neg", 5, "nicht einnehmen", "regelmäßig einnehmen"),
                ("add", 1, "dieses Medikament", "dieses neue Medikament"),
            ],
        ),
        es=(
            "Los pacientes con enfermedad renal no deben tomar este fármaco.",
            [
                ("sense", 5, "enfermedad renal", "enfermedad hepática"),
                ("add", 1, "este fármaco", "este fármaco nuevo"),
            ],
        ),
        fr=(
            "Les patients atteints d'une maladie rénale ne doivent pas prendre ce médicament.",
            [
                ("neg", 5, "ne doivent pas prendre", "doivent prendre"),
                ("unt", 1, "rénale", "kidney"),
            ],
        ),
    ),
    dict(
        id="tech-011",
        en="The update will install automatically when the computer restarts.",
        de=(
            "Das Update wird automatisch installiert, wenn der Computer neu startet.",
            [
                ("neg", 5, "automatisch", "manuell"),
                ("omi", 1, " neu", ""),
            ],
        ),
        es=(
            "La actualización se instalará automáticamente cuando se reinicie el ordenador.",
            [
                ("neg", 5, "automáticamente", "manualmente"),
                ("unt", 1, "La actualización", "El update"),
            ],
        ),
        fr=(
            "La mise à jour s'installera automatiquement au redémarrage de l'ordinateur.",
            [
                ("sense", 5, "au redémarrage", "à l'arrêt"),
                ("add", 1, "La mise à jour", "La dernière mise à jour"),
            ],
        ),
    ),
    dict(
        id="tech-012",
        en="Wear protective gloves when handling the cleaning fluid.",
        de=(
            "Tragen Sie beim Umgang mit der Reinigungsflüssigkeit Schutzhandschuhe.",
            [
                ("sense", 5, "Schutzhandschuhe", "Schutzbrillen"),
                ("unt", 1, "Reinigungsflüssigkeit", "Cleaning Fluid"),
            ],
        ),
        es=(
            "Use guantes protectores al manipular el líquido de limpieza.",
            [
                ("sense", 5, "guantes protectores", "gafas protectoras"),
                ("unt", 1, "el líquido de limpieza", "el cleaning fluid"),
            ],
        ),
        fr=(
            "Portez des gants de protection lorsque vous manipulez le liquide de nettoyage.",
            [
                ("sense", 5, "des gants", "des lunettes"),
                ("add", 1, "le liquide de nettoyage", "le liquide de nettoyage concentré"),
            ],
        ),
    ),
    dict(
        id="tech-013",
        en="Children under 12 years of age should not use this spray.",
        de=(
            "Kinder unter 12 Jahren sollten dieses Spray nicht verwenden.",
            [
                ("num", 5, "unter 12 Jahren", "unter 2 Jahren"),
                ("add", 1, "dieses Spray", "dieses starke Spray"),
            ],
        ),
        es=(
            "Los niños menores de 12 años no deben usar este espray.",
            [
                ("num", 5, "menores de 12 años", "menores de 21 años"),
                ("add", 1, "este espray", "este espray nasal"),
            ],
        ),
        fr=(
            "Les enfants de moins de 12 ans ne doivent pas utiliser ce spray.",
            [
                ("neg", 5, "ne doivent pas utiliser", "doivent utiliser"),
                ("unt", 1, "Les enfants", "Children"),
            ],
        ),
    ),
    dict(
        id="tech-014",
        en="Enter your password again to confirm the new settings.",
        de=(
            "Geben Sie Ihr Passwort erneut ein, um die neuen Einstellungen zu bestätigen.",
            [
                ("sense", 5, "zu bestätigen", "zu löschen"),
                ("omi", 1, " erneut", ""),
            ],
        ),
        es=(
            "Vuelva a introducir su contraseña para confirmar la nueva configuración.",
            [
                ("sense", 5, "para confirmar", "para borrar"),
                ("unt", 1, "su contraseña", "su password"),
            ],
        ),
        fr=(
            "Saisissez de nouveau votre mot de passe pour confirmer les nouveaux paramètres.",
            [
                ("sense", 5, "pour confirmer", "pour effacer"),
                ("omi", 1, " de nouveau", ""),
            ],
        ),
    ),
    dict(
        id="tech-015",
        en="The blood test must be taken on an empty stomach.",
        de=(
            "Die Blutuntersuchung muss auf nüchternen Magen erfolgen.",
            [
                ("neg", 5, "auf nüchternen Magen", "nach einer Mahlzeit"),
                ("unt", 1, "Die Blutuntersuchung", "Der Blood Test"),
            ],
        ),
        es=(
            "El análisis de sangre debe realizarse en ayunas.",
            [
                ("neg", 5, "en ayunas", "después de comer"),
                ("add", 1, "El análisis de sangre", "El análisis de sangre rutinario"),
            ],
        ),
        fr=(
            "La prise de sang doit être effectuée à jeun.",
            [
                ("neg", 5, "à jeun", "après le repas"),
                ("unt", 1, "La prise de sang", "Le blood test"),
            ],
        ),
    ),
    dict(
        id="tech-016",
        en="Tighten the four screws on the back panel with a 5 mm Allen key.",
        de=(
            "Ziehen Sie die vier Schrauben an der Rückwand mit einem 5-mm-Inbusschlüssel fest.",
            [
                ("num", 5, "die vier Schrauben", "die sechs Schrauben"),
                ("omi", 1, " an der Rückwand", ""),
            ],
        ),
        es=(
            "Apriete los cuatro tornillos del panel trasero con una llave Allen de 5 mm.",
            [
                ("num", 5, "de 5 mm", "de 5 cm"),
                ("add", 1, "los cuatro tornillos", "los cuatro tornillos largos"),
            ],
        ),
        fr=(
            "Serrez les quatre vis du panneau arrière avec une clé Allen de 5 mm.",
            [
                ("num", 5, "de 5 mm", "de 8 mm"),
                ("add", 1, "les quatre vis", "les quatre petites vis"),
            ],
        ),
    ),
    dict(
        id="tech-017",
        en="Side effects are rare but may include headache and nausea.",
        de=(
            "Nebenwirkungen sind selten, können aber Kopfschmerzen und Übelkeit umfassen.",
            [
                ("neg", 5, "selten", "häufig"),
                ("omi", 1, " und Übelkeit", ""),
            ],
        ),
        es=(
            "Los efectos secundarios son raros, pero pueden incluir dolor de cabeza y náuseas.",
            [
                ("neg", 5, "son raros", "son frecuentes"),
                ("unt", 1, "dolor de cabeza", "headache"),
            ],
        ),
        fr=(
            "Les effets secondaires sont rares mais peuvent inclure des maux de tête et des nausées.",
            [
                ("neg", 5, "sont rares", "sont fréquents"),
                ("add", 1, "des maux de tête", "des maux de tête violents"),
            ],
        ),
    ),
    dict(
        id="tech-018",
        en="The app does not store any personal data on our servers.",
        de=(
            "Die App speichert keine personenbezogenen Daten auf unseren Servern.",
            [
                ("neg", 5, "speichert keine", "speichert alle"),
                ("add", 1, "auf unseren Servern", "auf unseren eigenen Servern"),
            ],
        ),
        es=(
            "La aplicación no almacena ningún dato personal en nuestros servidores.",
            [
                ("neg", 5, "no almacena ningún dato personal", "almacena todos los datos personales"),
                ("unt", 1, "servidores", "servers"),
            ],
        ),
        fr=(
            "L'application ne stocke aucune donnée personnelle sur nos serveurs.",
            [
                ("neg", 5, "ne stocke aucune donnée personnelle", "stocke toutes les données personnelles"),
                ("omi", 1, " sur nos serveurs", ""),
            ],
        ),
    ),
    dict(
        id="tech-019",
        en="Apply a thin layer of the cream to the affected area three times a day.",
        de=(
            "Tragen Sie dreimal täglich eine dünne Schicht der Creme auf die betroffene Stelle auf.",
            [
                ("num", 5, "dreimal täglich", "einmal täglich"),
                ("sense", 1, "dünne Schicht", "dünne Schichtarbeit"),
            ],
        ),
        es=(
            "Aplique una capa fina de la crema sobre la zona afectada tres veces al día.",
            [
                ("neg", 5, "una capa fina", "una capa gruesa"),
                ("omi", 1, " afectada", ""),
            ],
        ),
        fr=(
            "Appliquez une fine couche de crème sur la zone concernée trois fois par jour.",
            [
                ("num", 5, "trois fois par jour", "trois fois par mois"),
                ("unt", 1, "la zone concernée", "the affected area"),
            ],
        ),
    ),
    dict(
        id="tech-020",
        en="The printer cannot connect to the network because the cable is damaged.",
        de=(
            "Der Drucker kann keine Verbindung zum Netzwerk herstellen, weil das Kabel beschädigt ist.",
            [
                ("neg", 5, "kann keine Verbindung", "kann eine Verbindung"),
                ("unt", 1, "Der Drucker", "Der Printer"),
            ],
        ),
        es=(
            "La impresora no puede conectarse a la red porque el cable está dañado.",
            [
                ("neg", 5, "no puede conectarse", "puede conectarse"),
                ("add", 1, "el cable", "el cable principal"),
            ],
        ),
        fr=(
            "L'imprimante ne peut pas se connecter au réseau car le câble est endommagé.",
            [
                ("sense", 5, "au réseau", "au filet"),
                ("add", 1, "le câble", "le câble réseau"),
            ],
        ),
    ),
    dict(
        id="tech-021",
        en="Replace the air filter every six months or after 500 hours of use.",
        de=(
            "Ersetzen Sie den Luftfilter alle sechs Monate oder nach 500 Betriebsstunden.",
            [
                ("num", 5, "alle sechs Monate", "alle sechs Wochen"),
                ("omi", 1, " oder nach 500 Betriebsstunden", ""),
            ],
        ),
        es=(
            "Sustituya el filtro de aire cada seis meses o tras 500 horas de uso.",
            [
                ("num", 5, "cada seis meses", "cada seis años"),
                ("unt", 1, "el filtro de aire", "el air filter"),
            ],
        ),
        fr=(
            "Remplacez le filtre à air tous les six mois ou après 500 heures d'utilisation.",
            [
                ("num", 5, "500 heures", "5 000 heures"),
                ("add", 1, "le filtre à air", "le filtre à air principal"),
            ],
        ),
    ),
    dict(
        id="tech-022",
        en="Pregnant women should talk to their doctor before using this product.",
        de=(
            "Schwangere sollten vor der Anwendung dieses Produkts mit ihrem Arzt sprechen.",
            [
                ("neg", 5, "vor der Anwendung", "nach der Anwendung"),
                ("pron", 1, "mit ihrem Arzt", "mit seinem Arzt"),
            ],
        ),
        es=(
            "Las mujeres embarazadas deben consultar a su médico antes de usar este producto.",
            [
                ("neg", 5, "antes de usar", "después de usar"),
                ("omi", 1, " mujeres", ""),
            ],
        ),
        fr=(
            "Les femmes enceintes doivent consulter leur médecin avant d'utiliser ce produit.",
            [
                ("neg", 5, "avant d'utiliser", "après avoir utilisé"),
                ("pron", 1, "leur médecin", "son médecin"),
            ],
        ),
    ),
    dict(
        id="tech-023",
        en="Do not open the cover while the machine is running.",
        de=(
            "Öffnen Sie die Abdeckung nicht, während die Maschine läuft.",
            [
                ("neg", 5, "Öffnen Sie die Abdeckung nicht", "Öffnen Sie die Abdeckung"),
                ("add", 1, "die Maschine", "die ganze Maschine"),
            ],
        ),
        es=(
            "No abra la tapa mientras la máquina esté en funcionamiento.",
            [
                ("neg", 5, "No abra", "Abra"),
                ("unt", 1, "la tapa", "el cover"),
            ],
        ),
        fr=(
            "N'ouvrez pas le couvercle pendant que la machine fonctionne.",
            [
                ("neg", 5, "N'ouvrez pas", "Ouvrez"),
                ("add", 1, "le couvercle", "le couvercle supérieur"),
            ],
        ),
    ),
    dict(
        id="tech-024",
        en="The results will be sent to your doctor within 48 hours.",
        de=(
            "Die Ergebnisse werden innerhalb von 48 Stunden an Ihren Arzt geschickt.",
            [
                ("num", 5, "48 Stunden", "84 Stunden"),
                ("add", 1, "geschickt", "per Post geschickt"),
            ],
        ),
        es=(
            "Los resultados se enviarán a su médico en un plazo de 48 horas.",
            [
                ("num", 5, "48 horas", "8 horas"),
                ("add", 1, "Los resultados", "Los resultados completos"),
            ],
        ),
        fr=(
            "Les résultats seront envoyés à votre médecin sous 48 heures.",
            [
                ("num", 5, "48 heures", "4 heures"),
                ("unt", 1, "Les résultats", "The results"),
            ],
        ),
    ),
    dict(
        id="tech-025",
        en="To install the software, you need at least 8 GB of free disk space.",
        de=(
            "Zur Installation der Software benötigen Sie mindestens 8 GB freien Speicherplatz.",
            [
                ("num", 5, "8 GB", "8 MB"),
                ("omi", 1, " freien", ""),
            ],
        ),
        es=(
            "Para instalar el software necesita al menos 8 GB de espacio libre en disco.",
            [
                ("num", 5, "8 GB", "80 GB"),
                ("add", 1, "el software", "el software nuevo"),
            ],
        ),
        fr=(
            "Pour installer le logiciel, vous avez besoin d'au moins 8 Go d'espace disque libre.",
            [
                ("num", 5, "8 Go", "18 Go"),
                ("unt", 1, "le logiciel", "le software"),
            ],
        ),
    ),
    dict(
        id="tech-026",
        en="Stop taking the tablets immediately if you develop a rash.",
        de=(
            "Brechen Sie die Einnahme der Tabletten sofort ab, wenn ein Hautausschlag auftritt.",
            [
                (
                    "neg",
                    5,
                    "Brechen Sie die Einnahme der Tabletten sofort ab",
                    "Erhöhen Sie die Dosis der Tabletten sofort",
                ),
                ("unt", 1, "Hautausschlag", "Rash"),
            ],
        ),
        es=(
            "Deje de tomar los comprimidos inmediatamente si le aparece una erupción.",
            [
                ("neg", 5, "Deje de tomar", "Siga tomando"),
                ("unt", 1, "una erupción", "un rash"),
            ],
        ),
        fr=(
            "Arrêtez immédiatement de prendre les comprimés si une éruption cutanée apparaît.",
            [
                ("neg", 5, "Arrêtez immédiatement de prendre", "Continuez à prendre"),
                ("add", 1, "une éruption cutanée", "une légère éruption cutanée"),
            ],
        ),
    ),
    dict(
        id="tech-027",
        en="The sensor measures the temperature every 30 seconds.",
        de=(
            "Der Sensor misst die Temperatur alle 30 Sekunden.",
            [
                ("num", 5, "alle 30 Sekunden", "alle 30 Minuten"),
                ("add", 1, "Der Sensor", "Der interne Sensor"),
            ],
        ),
        es=(
            "El sensor mide la temperatura cada 30 segundos.",
            [
                ("num", 5, "cada 30 segundos", "cada 3 segundos"),
                ("add", 1, "El sensor", "El sensor interno"),
            ],
        ),
        fr=(
            "Le capteur mesure la température toutes les 30 secondes.",
            [
                ("sense", 5, "la température", "l'humidité"),
                ("unt", 1, "Le capteur", "Le sensor"),
            ],
        ),
    ),
    dict(
        id="tech-028",
        en="Shake the bottle well before use and keep it out of the reach of children.",
        de=(
            "Flasche vor Gebrauch gut schütteln und für Kinder unzugänglich aufbewahren.",
            [
                ("neg", 5, "für Kinder unzugänglich", "für Kinder zugänglich"),
                ("omi", 1, " gut", ""),
            ],
        ),
        es=(
            "Agite bien el frasco antes de usarlo y manténgalo fuera del alcance de los niños.",
            [
                ("neg", 5, "fuera del alcance", "al alcance"),
                ("add", 1, "el frasco", "el frasco pequeño"),
            ],
        ),
        fr=(
            "Bien agiter le flacon avant emploi et le tenir hors de portée des enfants.",
            [
                ("neg", 5, "hors de portée", "à portée"),
                ("unt", 1, "le flacon", "la bottle"),
            ],
        ),
    ),
    dict(
        id="tech-029",
        en="Your session will expire after 15 minutes of inactivity.",
        de=(
            "Ihre Sitzung läuft nach 15 Minuten Inaktivität ab.",
            [
                ("num", 5, "15 Minuten", "50 Minuten"),
                ("sense", 1, "Ihre Sitzung", "Ihre Besprechung"),
            ],
        ),
        es=(
            "Su sesión caducará tras 15 minutos de inactividad.",
            [
                ("num", 5, "15 minutos", "5 minutos"),
                ("unt", 1, "de inactividad", "of inactivity"),
            ],
        ),
        fr=(
            "Votre session expirera après 15 minutes d'inactivité.",
            [
                ("num", 5, "15 minutes", "51 minutes"),
                ("add", 1, "Votre session", "Votre session actuelle"),
            ],
        ),
    ),
    dict(
        id="tech-030",
        en="The patient was given antibiotics for a lung infection.",
        de=(
            "Der Patient erhielt Antibiotika gegen eine Lungenentzündung.",
            [
                ("sense", 5, "Lungenentzündung", "Leberentzündung"),
                ("add", 1, "erhielt Antibiotika", "erhielt sofort Antibiotika"),
            ],
        ),
        es=(
            "Al paciente le administraron antibióticos por una infección pulmonar.",
            [
                ("sense", 5, "infección pulmonar", "infección renal"),
                ("unt", 1, "antibióticos", "antibiotics"),
            ],
        ),
        fr=(
            "On a administré au patient des antibiotiques pour une infection pulmonaire.",
            [
                ("sense", 5, "infection pulmonaire", "infection urinaire"),
                ("add", 1, "des antibiotiques", "des antibiotiques puissants"),
            ],
        ),
    ),
    dict(
        id="tech-031",
        en="Back up your files before upgrading the operating system.",
        de=(
            "Sichern Sie Ihre Dateien, bevor Sie das Betriebssystem aktualisieren.",
            [
                ("sense", 5, "Sichern Sie", "Löschen Sie"),
                ("unt", 1, "Betriebssystem", "Operating System"),
            ],
        ),
        es=(
            "Haga una copia de seguridad de sus archivos antes de actualizar el sistema operativo.",
            [
                ("neg", 5, "antes de actualizar", "después de actualizar"),
                ("omi", 1, " operativo", ""),
            ],
        ),
        fr=(
            "Sauvegardez vos fichiers avant de mettre à niveau le système d'exploitation.",
            [
                ("sense", 5, "Sauvegardez", "Supprimez"),
                ("add", 1, "vos fichiers", "tous vos fichiers"),
            ],
        ),
    ),
    dict(
        id="tech-032",
        en="The device must not be exposed to direct sunlight or water.",
        de=(
            "Das Gerät darf weder direktem Sonnenlicht noch Wasser ausgesetzt werden.",
            [
                (
                    "neg",
                    5,
                    "darf weder direktem Sonnenlicht noch Wasser",
                    "muss direktem Sonnenlicht und Wasser",
                ),
                ("add", 1, "Das Gerät", "Das Gerät selbst"),
            ],
        ),
        es=(
            "El dispositivo no debe exponerse a la luz solar directa ni al agua.",
            [
                ("neg", 5, "no debe exponerse", "debe exponerse"),
                ("omi", 1, " ni al agua", ""),
            ],
        ),
        fr=(
            "L'appareil ne doit pas être exposé à la lumière directe du soleil ni à l'eau.",
            [
                ("neg", 5, "ne doit pas être exposé", "doit être exposé"),
                ("unt", 1, "L'appareil", "Le device"),
            ],
        ),
    ),
    dict(
        id="tech-033",
        en="Measure your blood pressure at the same time every morning.",
        de=(
            "Messen Sie Ihren Blutdruck jeden Morgen zur gleichen Zeit.",
            [
                ("sense", 5, "Blutdruck", "Blutzucker"),
                ("omi", 1, " zur gleichen Zeit", ""),
            ],
        ),
        es=(
            "Mídase la tensión arterial a la misma hora todas las mañanas.",
            [
                ("sense", 5, "la tensión arterial", "el azúcar en sangre"),
                ("omi", 1, " a la misma hora", ""),
            ],
        ),
        fr=(
            "Mesurez votre tension artérielle à la même heure chaque matin.",
            [
                ("sense", 5, "votre tension artérielle", "votre glycémie"),
                ("add", 1, "chaque matin", "chaque matin au réveil"),
            ],
        ),
    ),
    dict(
        id="tech-034",
        en="The warranty does not cover damage caused by misuse.",
        de=(
            "Die Garantie deckt keine Schäden ab, die durch unsachgemäßen Gebrauch entstehen.",
            [
                ("neg", 5, "deckt keine Schäden ab", "deckt alle Schäden ab"),
                ("unt", 1, "Die Garantie", "Die Warranty"),
            ],
        ),
        es=(
            "La garantía no cubre los daños causados por un uso indebido.",
            [
                ("neg", 5, "no cubre", "cubre"),
                ("add", 1, "los daños", "los daños materiales"),
            ],
        ),
        fr=(
            "La garantie ne couvre pas les dommages causés par une mauvaise utilisation.",
            [
                ("neg", 5, "ne couvre pas", "couvre"),
                ("omi", 1, " causés par une mauvaise utilisation", ""),
            ],
        ),
    ),
    dict(
        id="tech-035",
        en="Inject the insulin into the skin of the abdomen or thigh.",
        de=(
            "Spritzen Sie das Insulin in die Haut des Bauches oder des Oberschenkels.",
            [
                ("sense", 5, "des Bauches", "des Rückens"),
                ("omi", 1, " oder des Oberschenkels", ""),
            ],
        ),
        es=(
            "Inyecte la insulina bajo la piel del abdomen o del muslo.",
            [
                ("sense", 5, "del abdomen", "de la espalda"),
                ("unt", 1, "del muslo", "del thigh"),
            ],
        ),
        fr=(
            "Injectez l'insuline sous la peau de l'abdomen ou de la cuisse.",
            [
                ("sense", 5, "de l'abdomen", "du dos"),
                ("add", 1, "sous la peau", "lentement sous la peau"),
            ],
        ),
    ),
    dict(
        id="tech-036",
        en="The maximum load for this shelf is 25 kilograms.",
        de=(
            "Die maximale Belastung dieses Regals beträgt 25 Kilogramm.",
            [
                ("num", 5, "25 Kilogramm", "25 Gramm"),
                ("add", 1, "dieses Regals", "dieses einzelnen Regals"),
            ],
        ),
        es=(
            "La carga máxima de esta estantería es de 25 kilogramos.",
            [
                ("num", 5, "25 kilogramos", "52 kilogramos"),
                ("unt", 1, "esta estantería", "este shelf"),
            ],
        ),
        fr=(
            "La charge maximale de cette étagère est de 25 kilogrammes.",
            [
                ("num", 5, "25 kilogrammes", "75 kilogrammes"),
                ("omi", 1, " maximale", ""),
            ],
        ),
    ),
    dict(
        id="tech-037",
        en="Swallow the capsule whole; do not chew or crush it.",
        de=(
            "Schlucken Sie die Kapsel im Ganzen; nicht kauen oder zerkleinern.",
            [
                ("neg", 5, "nicht kauen oder zerkleinern", "gut kauen oder zerkleinern"),
                ("unt", 1, "die Kapsel", "die Capsule"),
            ],
        ),
        es=(
            "Trague la cápsula entera; no la mastique ni la triture.",
            [
                ("neg", 5, "no la mastique ni la triture", "mastíquela o tritúrela"),
                ("omi", 1, " entera", ""),
            ],
        ),
        fr=(
            "Avalez la gélule entière ; ne la croquez pas et ne l'écrasez pas.",
            [
                ("neg", 5, "ne la croquez pas et ne l'écrasez pas", "croquez-la ou écrasez-la"),
                ("add", 1, "la gélule entière", "la gélule entière avec de l'eau"),
            ],
        ),
    ),
    dict(
        id="tech-038",
        en="The server will be unavailable on Sunday from 2 to 4 a.m. for maintenance.",
        de=(
            "Der Server ist am Sonntag von 2 bis 4 Uhr morgens wegen Wartungsarbeiten nicht erreichbar.",
            [
                ("num", 5, "von 2 bis 4 Uhr", "von 2 bis 14 Uhr"),
                ("omi", 1, " morgens", ""),
            ],
        ),
        es=(
            "El servidor no estará disponible el domingo de 2 a 4 de la madrugada por mantenimiento.",
            [
                ("ent", 5, "el domingo", "el lunes"),
                ("omi", 1, " por mantenimiento", ""),
            ],
        ),
        fr=(
            "Le serveur sera indisponible dimanche de 2 h à 4 h du matin pour cause de maintenance.",
            [
                ("num", 5, "de 2 h à 4 h", "de 2 h à 6 h"),
                ("unt", 1, "pour cause de maintenance", "for maintenance"),
            ],
        ),
    ),
    dict(
        id="tech-039",
        en="Keep the wound clean and dry, and change the bandage daily.",
        de=(
            "Halten Sie die Wunde sauber und trocken und wechseln Sie den Verband täglich.",
            [
                ("num", 5, "täglich", "wöchentlich"),
                ("add", 1, "den Verband", "den sterilen Verband"),
            ],
        ),
        es=(
            "Mantenga la herida limpia y seca y cambie el vendaje a diario.",
            [
                ("num", 5, "a diario", "cada semana"),
                ("omi", 1, " y seca", ""),
            ],
        ),
        fr=(
            "Gardez la plaie propre et sèche et changez le pansement chaque jour.",
            [
                ("neg", 5, "propre et sèche", "humide"),
                ("unt", 1, "chaque jour", "daily"),
            ],
        ),
    ),
    dict(
        id="tech-040",
        en="Two-factor authentication adds an extra layer of security to your account.",
        de=(
            "Die Zwei-Faktor-Authentifizierung bietet Ihrem Konto eine zusätzliche Sicherheitsebene.",
            [
                ("sense", 5, "Ihrem Konto", "Ihrem Bankkonto"),
                ("omi", 1, " zusätzliche", ""),
            ],
        ),
        es=(
            "La autenticación en dos pasos añade una capa adicional de seguridad a su cuenta.",
            [
                ("num", 5, "en dos pasos", "en tres pasos"),
                ("unt", 1, "de seguridad", "de security"),
            ],
        ),
        fr=(
            "L'authentification à deux facteurs ajoute un niveau de sécurité supplémentaire à votre compte.",
            [
                ("num", 5, "à deux facteurs", "à trois facteurs"),
                ("add", 1, "votre compte", "votre compte personnel"),
            ],
        ),
    ),
    dict(
        id="tech-041",
        en="Avoid alcohol while taking this medication.",
        de=(
            "Vermeiden Sie Alkohol während der Einnahme dieses Medikaments.",
            [
                ("neg", 5, "Vermeiden Sie Alkohol", "Trinken Sie Alkohol"),
                ("add", 1, "dieses Medikaments", "dieses starken Medikaments"),
            ],
        ),
        es=(
            "Evite el alcohol mientras tome este medicamento.",
            [
                ("neg", 5, "Evite el alcohol", "Beba alcohol"),
                ("unt", 1, "mientras tome", "while taking"),
            ],
        ),
        fr=(
            "Évitez l'alcool pendant la prise de ce médicament.",
            [
                ("neg", 5, "Évitez l'alcool", "Buvez de l'alcool"),
                ("omi", 1, " pendant la prise de ce médicament", ""),
            ],
        ),
    ),
    dict(
        id="tech-042",
        en="The cable must be connected to the red port on the left.",
        de=(
            "Das Kabel muss an den roten Anschluss auf der linken Seite angeschlossen werden.",
            [
                ("neg", 5, "linken Seite", "rechten Seite"),
                ("unt", 1, "Das Kabel", "The cable"),
            ],
        ),
        es=(
            "El cable debe conectarse al puerto rojo de la izquierda.",
            [
                ("sense", 5, "al puerto rojo", "al puerto azul"),
                ("add", 1, "El cable", "El cable largo"),
            ],
        ),
        fr=(
            "Le câble doit être branché sur le port rouge à gauche.",
            [
                ("neg", 5, "à gauche", "à droite"),
                ("omi", 1, " rouge", ""),
            ],
        ),
    ),
    dict(
        id="tech-043",
        en="Symptoms usually improve within a week without treatment.",
        de=(
            "Die Symptome bessern sich in der Regel innerhalb einer Woche ohne Behandlung.",
            [
                ("neg", 5, "ohne Behandlung", "nur mit Behandlung"),
                ("omi", 1, " in der Regel", ""),
            ],
        ),
        es=(
            "Los síntomas suelen mejorar en una semana sin tratamiento.",
            [
                ("num", 5, "en una semana", "en un mes"),
                ("unt", 1, "sin tratamiento", "without treatment"),
            ],
        ),
        fr=(
            "Les symptômes s'améliorent généralement en une semaine sans traitement.",
            [
                ("neg", 5, "sans traitement", "avec un traitement"),
                ("add", 1, "Les symptômes", "Les premiers symptômes"),
            ],
        ),
    ),
    dict(
        id="tech-044",
        en="Select the file and drag it into the upload window.",
        de=(
            "Wählen Sie die Datei aus und ziehen Sie sie in das Upload-Fenster.",
            [
                ("sense", 5, "in das Upload-Fenster", "in den Papierkorb"),
                ("add", 1, "die Datei", "die gewünschte Datei"),
            ],
        ),
        es=(
            "Seleccione el archivo y arrástrelo a la ventana de carga.",
            [
                ("sense", 5, "a la ventana de carga", "a la papelera"),
                ("unt", 1, "el archivo", "el file"),
            ],
        ),
        fr=(
            "Sélectionnez le fichier et faites-le glisser dans la fenêtre de téléversement.",
            [
                ("sense", 5, "dans la fenêtre de téléversement", "dans la corbeille"),
                ("add", 1, "le fichier", "le fichier voulu"),
            ],
        ),
    ),
    dict(
        id="tech-045",
        en="Elderly patients may need a lower dose of 10 mg per day.",
        de=(
            "Ältere Patienten benötigen möglicherweise eine niedrigere Dosis von 10 mg pro Tag.",
            [
                ("num", 5, "10 mg", "100 mg"),
                ("unt", 1, "pro Tag", "per day"),
            ],
        ),
        es=(
            "Los pacientes de edad avanzada pueden necesitar una dosis menor de 10 mg al día.",
            [
                ("num", 5, "10 mg", "10 g"),
                ("omi", 1, " de edad avanzada", ""),
            ],
        ),
        fr=(
            "Les patients âgés peuvent avoir besoin d'une dose plus faible de 10 mg par jour.",
            [
                ("neg", 5, "plus faible", "plus forte"),
                ("unt", 1, "patients âgés", "elderly patients"),
            ],
        ),
    ),
    dict(
        id="tech-046",
        en="The error occurs only when the application runs in offline mode.",
        de=(
            "Der Fehler tritt nur auf, wenn die Anwendung im Offline-Modus läuft.",
            [
                ("neg", 5, "im Offline-Modus", "im Online-Modus"),
                ("omi", 1, " nur", ""),
            ],
        ),
        es=(
            "El error solo se produce cuando la aplicación se ejecuta en modo sin conexión.",
            [
                ("neg", 5, "en modo sin conexión", "en modo conectado"),
                ("add", 1, "El error", "El error grave"),
            ],
        ),
        fr=(
            "L'erreur ne se produit que lorsque l'application fonctionne en mode hors ligne.",
            [
                ("neg", 5, "en mode hors ligne", "en mode en ligne"),
                ("unt", 1, "L'erreur", "The error"),
            ],
        ),
    ),
    dict(
        id="tech-047",
        en="Wash your hands thoroughly before and after changing the dressing.",
        de=(
            "Waschen Sie sich vor und nach dem Verbandswechsel gründlich die Hände.",
            [
                ("omi", 5, "vor und nach dem", "nach dem"),
                ("add", 1, "die Hände", "die Hände mit Seife"),
            ],
        ),
        es=(
            "Lávese bien las manos antes y después de cambiar el apósito.",
            [
                ("omi", 5, "antes y después", "después"),
                ("unt", 1, "el apósito", "el dressing"),
            ],
        ),
        fr=(
            "Lavez-vous soigneusement les mains avant et après avoir changé le pansement.",
            [
                ("omi", 5, "avant et après avoir changé", "après avoir changé"),
                ("add", 1, "soigneusement les mains", "soigneusement les deux mains"),
            ],
        ),
    ),
    dict(
        id="tech-048",
        en="The lamp uses 9 watts and lasts up to 15,000 hours.",
        de=(
            "Die Lampe verbraucht 9 Watt und hält bis zu 15.000 Stunden.",
            [
                ("num", 5, "15.000 Stunden", "1.500 Stunden"),
                ("unt", 1, "Die Lampe", "The lamp"),
            ],
        ),
        es=(
            "La lámpara consume 9 vatios y dura hasta 15.000 horas.",
            [
                ("num", 5, "9 vatios", "90 vatios"),
                ("omi", 1, "hasta ", ""),
            ],
        ),
        fr=(
            "La lampe consomme 9 watts et dure jusqu'à 15 000 heures.",
            [
                ("num", 5, "15 000 heures", "5 000 heures"),
                ("add", 1, "La lampe", "La petite lampe"),
            ],
        ),
    ),
    dict(
        id="tech-049",
        en="Call an ambulance if the person has difficulty breathing.",
        de=(
            "Rufen Sie einen Krankenwagen, wenn die Person Atemnot hat.",
            [
                ("sense", 5, "Atemnot", "Kopfschmerzen"),
                ("add", 1, "einen Krankenwagen", "sofort einen Krankenwagen"),
            ],
        ),
        es=(
            "Llame a una ambulancia si la persona tiene dificultad para respirar.",
            [
                ("sense", 5, "dificultad para respirar", "dificultad para dormir"),
                ("add", 1, "una ambulancia", "una ambulancia enseguida"),
            ],
        ),
        fr=(
            "Appelez une ambulance si la personne a du mal à respirer.",
            [
                ("sense", 5, "à respirer", "à marcher"),
                ("unt", 1, "une ambulance", "an ambulance"),
            ],
        ),
    ),
    dict(
        id="tech-050",
        en="Restart the app after changing the language setting.",
        de=(
            "Starten Sie die App neu, nachdem Sie die Spracheinstellung geändert haben.",
            [
                ("sense", 5, "Spracheinstellung", "Lautstärkeeinstellung"),
                ("omi", 1, " neu,", ","),
            ],
        ),
        es=(
            "Reinicie la aplicación después de cambiar la configuración de idioma.",
            [
                ("sense", 5, "de idioma", "de volumen"),
                ("add", 1, "la aplicación", "la aplicación móvil"),
            ],
        ),
        fr=(
            "Redémarrez l'application après avoir modifié le paramètre de langue.",
            [
                ("sense", 5, "de langue", "de volume"),
                ("unt", 1, "Redémarrez l'application", "Restart the app"),
            ],
        ),
    ),
]
