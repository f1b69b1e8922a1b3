"""Source tables for the short-fiction stories (adult readers), written for rmbench.

Each arc is six core template sentences plus one ending per ending kind; ``expand`` gives the
extra sentences a longer piece inserts after a core sentence (index -> sentences). Arcs are
written so that the object is named in sentences 0-2, the setting in 0-2 and the character's
name in 1-3 (dialogue), so that a story whose last sentences drift away still names all three.
Markup: see ``story_render.py``.
"""

from __future__ import annotations

from story_render import Character, Obj, Setting

SETTINGS = [
    Setting(
        "lighthouse",
        "the lighthouse",
        "at the lighthouse",
        "the relief keeper",
        "The lamp [turned|turns] above the stairwell, and its beam [swept|sweeps] the black water every nine seconds.",
    ),
    Setting(
        "night train",
        "the night train",
        "on the night train",
        "the conductor",
        "The carriage [rocked|rocks] through the dark fields, its windows full of reflected faces.",
    ),
    Setting(
        "laundromat",
        "the laundromat",
        "in the laundromat",
        "the night attendant",
        "The dryers [thumped|thump] in a slow rhythm, and the fluorescent tubes [hummed|hum] over the folding tables.",
    ),
    Setting(
        "hospital",
        "the hospital",
        "at the hospital",
        "the night nurse",
        "Machines [blinked|blink] behind the curtains, and somewhere down the corridor a radio [murmured|murmurs] to nobody.",
    ),
    Setting(
        "orchard",
        "the orchard",
        "in the orchard",
        "the old picker",
        "The apple trees [stood|stand] in crooked rows, their branches bent low with fruit that nobody [wanted|wants].",
    ),
    Setting(
        "ferry",
        "the ferry",
        "on the ferry",
        "the deckhand",
        "The engines [shuddered|shudder] beneath the deck, and the gulls [hung|hang] motionless in the wind off the bow.",
    ),
    Setting(
        "bakery",
        "the bakery",
        "in the bakery",
        "the apprentice baker",
        "The ovens [breathed|breathe] heat into the small room, and flour [drifted|drifts] in the air like a fine mist.",
    ),
    Setting(
        "observatory",
        "the observatory",
        "at the observatory",
        "the visiting astronomer",
        "The dome [creaked|creaks] open overhead, and a slice of cold sky [appeared|appears] above the telescope.",
    ),
    Setting(
        "greenhouse",
        "the greenhouse",
        "in the greenhouse",
        "the head gardener",
        "Condensation [ran|runs] down the glass panes, and the air [smelled|smells] of wet soil and tomato leaves.",
    ),
    Setting(
        "bus station",
        "the bus station",
        "at the bus station",
        "the ticket clerk",
        "The departure board [flickered|flickers] above the empty benches, and a vending machine [glowed|glows] in the corner.",
    ),
    Setting(
        "library",
        "the library",
        "in the library",
        "the librarian",
        "The radiators [ticked|tick] under the tall windows, and the reading lamps [threw|throw] small islands of light on the oak tables.",
    ),
    Setting(
        "ice rink",
        "the ice rink",
        "at the ice rink",
        "the rink attendant",
        "The floodlights [buzzed|buzz] over the scarred ice, and the cold [crept|creeps] up through the soles of every shoe.",
    ),
]

OBJECTS = [
    Obj("brass key"),
    Obj("red umbrella"),
    Obj("paper crane"),
    Obj("silver locket"),
    Obj("pocket watch"),
    Obj("blue notebook"),
    Obj("wool scarf"),
    Obj("cracked teacup"),
    Obj("sealed letter"),
    Obj("wedding ring"),
    Obj("tin whistle"),
    Obj("glass marble"),
    Obj("folded map"),
    Obj("leather glove"),
    Obj("music box"),
    Obj("old photograph", "an"),
]

CHARACTERS = [
    Character(n, "she")
    for n in (
        "Mara",
        "Ines",
        "Dolores",
        "Hannah",
        "Priya",
        "Greta",
        "Nadia",
        "Ruth",
        "Yuki",
        "Odile",
        "Lena",
        "Carmen",
    )
] + [
    Character(n, "he")
    for n in (
        "Tomas",
        "Ezra",
        "Felix",
        "Arjun",
        "Samuel",
        "Viktor",
        "Omar",
        "Jonah",
        "Luis",
        "Bram",
        "Kofi",
        "Declan",
    )
]

ENDING_KINDS = ("hopeful", "bittersweet", "open")

ARCS = [
    {
        "id": "found_object",
        "contradiction": (
            "Near midnight an old man [came|comes] in out of the summer heat, fanning himself, [saw|sees] the {OBJ} and [sat|sits] down very slowly.",
            "the night was the first cold night of the year",
        ),
        "core": [
            "{N} <found|finds> {A_OBJ} {PLACE_IN} on the first cold night of the year, wedged beneath a bench.",
            "{DETAIL}",
            '"Somebody will miss that, {NAME}," {PERSON} [said|says] from the doorway.',
            "{S} <turned|turns> the {OBJ} over in {P} hands and <tried|tries> to picture the person who [had lost|has lost] it.",
            "For an hour {S} <asked|asks> everyone who [passed|passes], and nobody [claimed|claims] it.",
            "Near midnight an old man [came|comes] in from the weather, [saw|sees] the {OBJ} and [sat|sits] down very slowly.",
        ],
        "endings": {
            "hopeful": "It [had been|has been] his late wife's, he [said|says], and when {S} <pressed|presses> it into his palm he [laughed|laughs] for the first time in years.",
            "bittersweet": "It [had been|has been] his late wife's, and as he [disappeared|disappears] into the rain with it {S} <felt|feels> {R} lose something {S} <had never owned|has never owned>.",
            "open": "He [looked|looks] at the {OBJ} for a long time, then up at {O}, and [asked|asks] a question {S} <did|does> not know how to answer.",
        },
        "expand": {
            1: ["The hour [was|is] late enough that every sound [seemed|seems] to belong to somebody else."],
            2: ["{S} <smiled|smiles> without meaning to, because {PERSON} [was|is] right about most things."],
            3: [
                "There [was|is] a scratch along one edge, fine as a hair, the kind that only years of handling [made|make].",
                "{S} <wondered|wonders> whether its owner [was|is] still awake somewhere, patting empty pockets.",
            ],
            4: [
                "A few of them [shrugged|shrug], and one young woman [offered|offers] to post a notice by the door."
            ],
        },
    },
    {
        "id": "last_shift",
        "contradiction": (
            "At the end of the night {S} <set|sets> the {OBJ} on the windowsill, glad to be done with a job {S} [had started|started] only two days before.",
            "the character had worked there every night for eleven years",
        ),
        "core": [
            "It [was|is] {P} last shift {PLACE_IN}, and {N} <carried|carries> {A_OBJ} that {S} <meant|means> to leave behind.",
            "{DETAIL}",
            "For eleven years {S} <had come|has come> here every night, and the {OBJ} [had come|has come] with {O}.",
            '"You could stay on, {NAME}," {PERSON} [said|says], not quite looking up.',
            "{N} <shook|shakes> {P} head and <walked|walks> the long way round, touching each familiar surface as if to memorise it.",
            "At the end of the night {S} <set|sets> the {OBJ} on the windowsill where the first light [would|will] find it.",
        ],
        "endings": {
            "hopeful": "Then {S} <stepped|steps> out into the morning, lighter than {S} <had been|has been> in a decade, already curious about what [came|comes] next.",
            "bittersweet": "Then {S} <stepped|steps> out into the morning and <understood|understands> that a place can go on perfectly well without the people who [loved|love] it.",
            "open": "Then {S} <stopped|stops> at the door with one hand on the frame, and {PERSON} [waited|waits] to see which way {S} [would|will] turn.",
        },
        "expand": {
            0: ["Nobody else [knew|knows] it [was|is] the last one, and that [suited|suits] {O} well."],
            2: [
                "{S} <had replaced|has replaced> three coats and two pairs of boots in that time, but never the {OBJ}."
            ],
            3: [
                "The words [hung|hang] between them longer than either of them [expected|expects].",
                "{N} <thought|thinks> of the small flat waiting across town, and of how quiet it [would|will] be.",
            ],
            4: [
                "The railings [were|are] cold, and one of them still [wobbled|wobbles] the way it always [had|has]."
            ],
        },
    },
    {
        "id": "stranger_exchange",
        "contradiction": (
            "She [explained|explains] that the brother [was|is] her neighbour now, although {N} [had grown|grew] up an only child with no brother at all.",
            "only the character's brother knew the story",
        ),
        "core": [
            "{N} <noticed|notices> the stranger {PLACE_IN} only because she [was|is] holding {A_OBJ} exactly like the one {S} [had lost|lost] as a child.",
            "{DETAIL}",
            "{S} <sat|sits> down across from her and, before {S} [could|can] stop {R}, <asked|asks> where she [had found|has found] the {OBJ}.",
            'The stranger [studied|studies] {O} and [said|says], "You must be {NAME}."',
            "{N} <felt|feels> the room tilt, because nobody alive [knew|knows] that story except {P} brother.",
            "She [explained|explains] that the brother [was|is] her neighbour now, and that he [talked|talks] about the {OBJ} every winter.",
        ],
        "endings": {
            "hopeful": "Before they [parted|part], she [wrote|writes] his address on a napkin, and {N} <folded|folds> it twice and <held|holds> it all the way home.",
            "bittersweet": "{N} <thanked|thanks> her and <kept|keeps> the address, knowing {S} <was|is> not yet brave enough to use it.",
            "open": "She [held|holds] out the {OBJ} across the table, and {N} <looked|looks> at it without yet reaching for it.",
        },
        "expand": {
            1: [
                "It [was|is] the sort of place where people [kept|keep] to themselves, and {N} usually <did|does> too."
            ],
            2: ["{P} voice <came|comes> out smaller than {S} <intended|intends>, like a child's."],
            3: ["{S} <had not heard|has not heard> {P} own name in a stranger's mouth for a very long time."],
            4: [
                "They [had not spoken|have not spoken] in nineteen years, not since the funeral and the argument after it.",
                "{N} <remembered|remembers> his coat, his laugh, the way he always <won|wins> at cards.",
            ],
        },
    },
    {
        "id": "storm_wait",
        "contradiction": (
            "{PERSON} [listened|listens] without interrupting, squinting against the cloudless sunshine that [had shone|has shone] all day.",
            "a storm kept the character there and the other person came in shaking off rain",
        ),
        "core": [
            "{N} <stayed|stays> {PLACE_IN} long after everyone else [had gone|has gone] home, kept there by the storm.",
            "{DETAIL}",
            "{S} <took|takes> {A_OBJ} from {P} bag and <set|sets> it on the table, the way {S} always <did|does> when {S} <needed|needs> to think.",
            '"Still here, {NAME}?" {PERSON} [asked|asks], shaking rain from a hood.',
            "They [talked|talk] for an hour about nothing, and then, carefully, about the thing {N} <had been avoiding|has been avoiding> all week.",
            "{PERSON} [listened|listens] without interrupting and [turned|turns] the {OBJ} slowly between two fingers.",
        ],
        "endings": {
            "hopeful": "By the time the rain [eased|eases], {N} <knew|knows> what {S} [would|will] say in the morning, and the knowing [felt|feels] like warmth.",
            "bittersweet": "When the rain [eased|eases], {N} <walked|walks> out with a decision made and the quiet certainty that it [would|will] cost {O} a friend.",
            "open": "When the rain [stopped|stops], neither of them [moved|moves], and the {OBJ} [lay|lies] between them like a question.",
        },
        "expand": {
            0: [
                "The forecast [had promised|has promised] a shower, and the sky [had delivered|has delivered] something closer to a flood."
            ],
            2: ["Its small weight [steadied|steadies] {O}, a habit older than {S} <cared|cares> to admit."],
            3: [
                "{PERSON} [made|makes] two cups of tea without asking, and {N} <accepted|accepts> one gratefully."
            ],
            4: [
                "The decision [was|is] about a job in another city, and a person {S} [would have|will have] to leave behind.",
                "{S} <spoke|speaks> slowly, as if the words might break if {S} <dropped|drops> them.",
            ],
        },
    },
    {
        "id": "old_rival",
        "contradiction": (
            "{N} <listened|listens>, although {S} [had won|won] that scholarship thirty years before and [had kept|kept] the certificate ever since.",
            "the character lost the scholarship",
        ),
        "core": [
            "{N} <had not expected|does not expect> to meet {P} old rival {PLACE_IN}, least of all holding {A_OBJ}.",
            "{DETAIL}",
            "Thirty years earlier they [had competed|competed] for the same scholarship, and {N} [had lost|lost].",
            '"{NAME}," the rival [said|says], with a smile that [was|is] almost shy, "I hoped it would be you."',
            "She [explained|explains] that the {OBJ} [had been|has been] the prize's forgotten second half, never delivered.",
            "{N} <listened|listens> while the old resentment [loosened|loosens] like a knot in warm water.",
        ],
        "endings": {
            "hopeful": "They [agreed|agree] to meet again the next week, and {N} <walked|walks> home feeling younger than {S} <had felt|has felt> in years.",
            "bittersweet": "{N} <accepted|accepts> the {OBJ} with thanks, though it <arrived|arrives> three decades after it could have changed anything.",
            "open": "The rival [held|holds] the {OBJ} out, and {N} <hesitated|hesitates>, unsure whether taking it [would|will] mean forgiving her.",
        },
        "expand": {
            1: [
                "The rival [looked|looks] smaller than {S} <remembered|remembers>, and greyer, and much kinder around the eyes."
            ],
            2: [
                "{S} <had told|has told> the story so often that the details [had hardened|have hardened] into something like stone."
            ],
            3: ["{N} <said|says> the rival's name back, carefully, as though it [was|is] breakable."],
            4: [
                "The committee [had mixed|has mixed] up the envelopes, and by the time anyone [noticed|notices] the matter [was|is] closed.",
                "She [had kept|has kept] the {OBJ} all this time, meaning every year to send it on.",
            ],
        },
    },
    {
        "id": "secret_note",
        "contradiction": (
            "They [laughed|laugh] about it, though the note [bore|bears] no name at all, only a blank space where a name should be.",
            "the note was addressed to the character by name",
        ),
        "core": [
            "{N} <found|finds> a note addressed to {O} by name, wrapped around {A_OBJ} that {S} <had bought|has bought> at a flea market.",
            "{S} <read|reads> it twice {PLACE_IN}, where the note [said|says] to wait.",
            "{DETAIL}",
            '"You came, {NAME}," [said|says] a voice, and {PERSON} [stepped|steps] out of the shadows looking embarrassed.',
            "The note, it [turned|turns] out, [was|is] meant for another person with the same name, who never [came|comes].",
            "They [laughed|laugh] about it, then [talked|talk], and the talk [went|goes] on well past the point where either of them [needed|needs] an excuse.",
        ],
        "endings": {
            "hopeful": "When {N} <left|leaves>, {S} <wrapped|wraps> the note back around the {OBJ}, already planning to answer it {R}.",
            "bittersweet": "{N} <left|leaves> the note and the {OBJ} with {PERSON}, since they [belonged|belong] to someone else's story, and <walked|walks> home alone.",
            "open": "At the door {PERSON} [asked|asks] whether {S} [would|will] come again, and {N} <held|holds> the {OBJ} and <said|says> nothing yet.",
        },
        "expand": {
            0: ["The paper [was|is] soft with age, the ink faded to the colour of weak tea."],
            1: [
                "{S} <arrived|arrives> early and <chose|chooses> a spot where {S} [could|can] see whoever [came|comes] in."
            ],
            2: [
                "Ten minutes [passed|pass], then twenty, and {N} <began|begins> to feel foolish for believing a note."
            ],
            4: [
                "{PERSON} [had written|wrote] it to a cousin years ago, and the {OBJ} [had wandered|has wandered] off to a charity shop.",
                "Neither of them [could|can] explain why the cousin never [received|receives] it.",
            ],
        },
    },
    {
        "id": "mending",
        "contradiction": (
            "By the time the lights [dimmed|dim], the {OBJ} [was|is] whole again, though {S} [had bought|bought] it new that afternoon from a stranger.",
            "the object had belonged to the character's father",
        ),
        "core": [
            "{N} <spent|spends> the long evening {PLACE_IN} mending {A_OBJ} that [had belonged|belongs] to {P} father.",
            "{DETAIL}",
            "It [was|is] slow work, and {S} <enjoyed|enjoys> that it [asked|asks] for all of {P} attention and none of {P} grief.",
            '"Your father would laugh at you, {NAME}," {PERSON} [said|says] gently, watching over {P} shoulder.',
            "{N} <laughed|laughs> too, because it [was|is] true, and because it [was|is] the first time anyone [had mentioned|has mentioned] him aloud in weeks.",
            "By the time the lights [dimmed|dim], the {OBJ} [was|is] whole again, if not quite the same.",
        ],
        "endings": {
            "hopeful": "{N} <wrapped|wraps> it carefully and <decided|decides> to give it to {P} niece, who [had|has] his eyes and his stubbornness.",
            "bittersweet": "{N} <held|holds> it in {P} lap for a while, repaired and useless, and <let|lets> {R} miss him properly at last.",
            "open": "{N} <turned|turns> it over and <found|finds> initials scratched on the underside that [were|are] not {P} father's.",
        },
        "expand": {
            0: ["{S} <had put|has put> the job off since the funeral, moving it from shelf to shelf."],
            2: [
                "{P} fingers [knew|know] the movements before {P} mind [did|does], an inheritance of a different kind."
            ],
            3: [
                "{PERSON} [pulled|pulls] up a stool and [stayed|stays] there, saying nothing more, which [was|is] a kindness."
            ],
            4: [
                "They [traded|trade] stories about him until the stories [ran|run] thin, then [sat|sit] quietly."
            ],
        },
    },
    {
        "id": "wrong_turn",
        "contradiction": (
            "On the way they [passed|pass] the school where {S} and the cousin [had shared|shared] a desk for six years.",
            "the character had never met the cousin",
        ),
        "core": [
            "{N} <arrived|arrives> {PLACE_IN} by mistake, clutching {A_OBJ} and a set of directions meant for somewhere else entirely.",
            "{DETAIL}",
            '"Lost, {NAME}?" {PERSON} [asked|asks], reading the name off the label on {P} luggage.',
            "{S} <admitted|admits> it, and <explained|explains> that the {OBJ} [was|is] a gift for a cousin {S} <had never met|has never met>.",
            "{PERSON} [recognised|recognises] the cousin's name at once and [offered|offers] to walk {O} there after closing.",
            "On the way they [passed|pass] houses {S} <seemed|seems> to remember, though {S} <had never been|has never been> there before.",
        ],
        "endings": {
            "hopeful": "The cousin [opened|opens] the door, [saw|sees] the {OBJ}, and [pulled|pulls] {O} inside as if {S} <had always been|has always been> expected.",
            "bittersweet": "The cousin [had moved|has moved] away the spring before, so {N} <left|leaves> the {OBJ} on the step with a note and <walked|walks> back slowly.",
            "open": "At the cousin's gate {N} <stopped|stops>, the {OBJ} heavy in {P} hands, and <listened|listens> to voices {S} almost <recognised|recognises>.",
        },
        "expand": {
            0: [
                "The directions [were|are] in {P} aunt's handwriting, and they [were|are] wrong from the second line."
            ],
            2: [
                "{S} <blushed|blushes>, because {S} <had forgotten|has forgotten> the label [was|is] there at all."
            ],
            3: [
                "The family [had split|split] two generations back over money, and nobody [remembered|remembers] the details now."
            ],
            4: [
                "{S} <helped|helps> stack chairs while {S} <waited|waits>, glad of something to do with {P} hands.",
                "{PERSON} [told|tells] {O} about the cousin's dog, the cousin's garden, the cousin's terrible jokes.",
            ],
        },
    },
    {
        "id": "small_lie",
        "contradiction": (
            "Before closing {S} <went|goes> to {PERSON}, although the {OBJ} [had been|has been] {P} own since childhood and there [was|is] nothing to confess.",
            "the character had picked the object up from a neighbouring table",
        ),
        "core": [
            "{N} <told|tells> a small lie {PLACE_IN}, saying that the {OBJ} on the table [was|is] {P} own.",
            "{DETAIL}",
            "In truth {S} <had picked|has picked> it up from a neighbouring table, simply because it [was|is] beautiful.",
            '"That\'s a lovely thing, {NAME}," {PERSON} [said|says], and the praise [made|makes] the lie heavier.',
            "All evening {N} <felt|feels> its weight, as if the {OBJ} [had doubled|has doubled] in size.",
            "Before closing {S} <went|goes> to {PERSON} and <confessed|confesses>, cheeks burning, every word of it.",
        ],
        "endings": {
            "hopeful": "{PERSON} only [smiled|smiles] and [said|says] that honesty [was|is] rarer than beauty, and [told|tells] {O} to keep it.",
            "bittersweet": "{PERSON} [took|takes] the {OBJ} back without a word, and {N} <knew|knows> the small warmth between them [was|is] gone.",
            "open": "{PERSON} [listened|listens], [turned|turns] the {OBJ} over once, and [said|says] it [was|is] not the first time it [had happened|has happened].",
        },
        "expand": {
            0: [
                "It [was|is] the kind of lie that [cost|costs] nothing at the time and [grew|grows] larger by the hour."
            ],
            2: ["{S} <had told|has told> {R} {S} [would|will] return it before anyone [noticed|notices]."],
            3: [
                "{N} <smiled|smiles> and <thanked|thanks> {PERSON}, which [was|is] somehow worse than the lie."
            ],
            4: [
                "{S} <rehearsed|rehearses> three different confessions and <discarded|discards> each of them."
            ],
        },
    },
    {
        "id": "first_snow",
        "contradiction": (
            "At half past nine the door [opened|opens], and warm summer air [drifted|drifts] in ahead of a figure in a too-thin coat.",
            "the first snow of the year was falling",
        ),
        "core": [
            "The first snow [began|begins] while {N} <waited|waits> {PLACE_IN} with {A_OBJ} in {P} lap.",
            "{DETAIL}",
            "{S} <was|is> waiting for {P} daughter, who [had promised|has promised] to come and then [had stopped|has stopped] answering her phone.",
            '"She\'ll come, {NAME}," {PERSON} [said|says], though neither of them quite [believed|believes] it.',
            "{N} <polished|polishes> the {OBJ} with {P} sleeve, because it [was|is] the one thing {S} [could|can] do.",
            "At half past nine the door [opened|opens], and snow [blew|blows] in ahead of a figure in a too-thin coat.",
        ],
        "endings": {
            "hopeful": "{P} daughter [crossed|crosses] the room without a word and [sat|sits] beside {O}, and {S} <gave|gives> her the {OBJ} and <took|takes> her cold hands.",
            "bittersweet": "It [was|is] not her daughter but a stranger sheltering from the weather, and {N} <offered|offers> him the seat {S} <had saved|has saved>.",
            "open": "The figure [stood|stands] in the doorway brushing snow from its shoulders, and {N} <rose|rises> before {S} [could|can] see its face.",
        },
        "expand": {
            0: [
                "Flakes [drifted|drift] past the glass, slow and enormous, and the street [went|goes] quiet under them."
            ],
            2: [
                "They [had argued|argued] in the summer about something that [seemed|seems] smaller every week."
            ],
            3: ["{PERSON} [brought|brings] {O} a blanket and [pretended|pretends] it [was|is] spare."],
            4: [
                "The {OBJ} [was|is] a birthday present from years ago, from a girl of seven.",
                "Outside the snow [thickened|thickens] until the streetlights [wore|wear] white halos.",
            ],
        },
    },
]
