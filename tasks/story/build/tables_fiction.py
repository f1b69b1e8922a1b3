"""Source tables for the short-fiction stories (adult readers), written for rmbench.

An arc is seven core template sentences plus one ending per ending kind. Every arc names, in
this order of importance: the protagonist (addressed by name in one line of dialogue), the
secondary character ``{PNAME}`` (in narration only), the required object (two or more times),
the setting (its locative phrase exactly once), and in one "aside" sentence an object and a
place that the story only passes by. Each arc also has:

- ``fact``: one checkable fact stated twice, early (``{F1}``) and late (``{F2}``), in two
  versions ``a`` and ``b``. A preferred story uses one version in both places; the
  ``contradiction`` damage states one version early and the other late. Both versions occur in
  preferred stories, so no sentence exists only in damaged ones.
- ``restate``: two wordings of the same beat (``{RESTATE}``). A preferred story uses one; the
  ``redundant`` damage tells the beat twice, once in each wording.
- ``expand``: the extra sentences a longer piece inserts after a core sentence (index -> sentences).

The drifting damage keeps core sentences 0-4, so the required words are all named there.
Markup: see ``render.py``.
"""

from __future__ import annotations

from .render import Character, Obj, Setting

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
        "The apple trees [stood|stand] in crooked rows, branches bent low with fruit that nobody [wanted|wants].",
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
        "fact": {
            "a": ("on the first cold night of the year", "out of the sleet, stamping his frozen boots"),
            "b": ("on the hottest night of the summer", "out of the heat, fanning himself with his hat"),
        },
        "fact_note": {"a": "a cold, sleety night", "b": "a hot summer night"},
        "restate": (
            "{S} <turned|turns> the {OBJ} over in {P} hands and <tried|tries> to picture the person who [had lost|has lost] it.",
            "Weighing the {OBJ} in {P} palm, {S} <imagined|imagines> its owner somewhere in the dark, patting empty pockets.",
        ),
        "core": [
            "{N} <found|finds> {A_OBJ} {PLACE_IN} {F1}, wedged beneath a bench.",
            "{DETAIL}",
            "{S} <had come|has come> straight from {PLACE2}, where {S} <had left|has left> {A_OBJ2} without a second thought, and <was|is> in no hurry to go home.",
            '"Somebody will miss that, {NAME}," {PNAME}, {PERSON}, [said|says] from the doorway.',
            "{RESTATE}",
            "For an hour {S} <asked|asks> everyone who [passed|passes], and nobody [claimed|claims] it.",
            "Near midnight an old man [came|comes] in {F2}, [saw|sees] the {OBJ} and [sat|sits] down very slowly.",
        ],
        "endings": {
            "hopeful": "It [had been|has been] his late wife's, he [said|says], and when {N} <handed|hands> it over the old man [laughed|laughs] for the first time in years.",
            "bittersweet": "It [had been|has been] his late wife's, and as the old man [disappeared|disappears] into the night with it, {N} <felt|feels> {R} lose something {S} <had never owned|has never owned>.",
            "open": "The old man [looked|looks] at the {OBJ} for a long time, then up at {O}, and [asked|asks] a question {N} <did|does> not know how to answer.",
        },
        "expand": {
            1: ["The hour [was|is] late enough that every sound [seemed|seems] to belong to somebody else."],
            3: ["{S} <smiled|smiles> without meaning to, because {PNAME} [was|is] right about most things."],
            4: [
                "There [was|is] a scratch along one edge, fine as a hair, the kind that only years of handling [made|make]."
            ],
            5: [
                "A few people [shrugged|shrug], and one young woman [offered|offers] to post a notice by the door.",
                "{N} <began|begins> to think the {OBJ} [would|will] stay unclaimed until morning.",
            ],
        },
    },
    {
        "id": "last_shift",
        "fact": {"a": ("eleven years", "more than a decade"), "b": ("three winters", "a few short years")},
        "fact_note": {"a": "more than ten years of nights", "b": "only a few years of nights"},
        "restate": (
            "{N} <shook|shakes> {P} head and <walked|walks> the long way round, touching each familiar surface as if to memorise it.",
            "Instead of answering, {S} <made|makes> one slow last circuit of the place, laying a hand on every rail and doorframe {S} <knew|knows> by heart.",
        ),
        "core": [
            "It [was|is] {P} last shift {PLACE_IN}, and {N} <carried|carries> {A_OBJ} that {S} <meant|means> to leave behind.",
            "{DETAIL}",
            "{S} <had walked|has walked> over from {PLACE2}, where {S} [had finally returned|finally returned] {A_OBJ2} borrowed long ago.",
            "For {F1} {N} <had come|has come> here every night, and the {OBJ} [had come|has come] with {O}.",
            '"You could stay on, {NAME}," {PNAME}, {PERSON}, [said|says], not quite looking up.',
            "{RESTATE}",
            "At the end of the night {S} <set|sets> the {OBJ} on the windowsill, thinking of {F2} of nights it [had kept|has kept] {O} company.",
        ],
        "endings": {
            "hopeful": "Then {S} <stepped|steps> out into the morning, lighter than {S} <had been|has been> in a decade, already curious about what [came|comes] next.",
            "bittersweet": "Then {S} <stepped|steps> out into the morning and <understood|understands> that a place can go on perfectly well without the people who [loved|love] it.",
            "open": "Then {S} <stopped|stops> at the door with one hand on the frame, and {PNAME} [waited|waits] to see which way {S} [would|will] turn.",
        },
        "expand": {
            0: ["Nobody else [knew|knows] it [was|is] the last one, and that [suited|suits] {O} well."],
            3: [
                "{S} <had replaced|has replaced> three coats and two pairs of boots in that time, but never the {OBJ}."
            ],
            4: [
                "The words [hung|hang] between {US} longer than either of {US} [expected|expects].",
                "{N} <thought|thinks> of the small flat waiting across town, and of how quiet it [would|will] be.",
            ],
            5: ["The railings [were|are] cold, and one still [wobbled|wobbles] the way it always [had|has]."],
        },
    },
    {
        "id": "stranger_exchange",
        "fact": {
            "a": ("at seven, on a crowded beach", "into the summer sea"),
            "b": ("at ten, in a snowdrift", "under the winter snow"),
        },
        "fact_note": {"a": "lost on a beach", "b": "lost in a snowdrift"},
        "restate": (
            "{N} <felt|feels> the room tilt, because nobody alive [knew|knows] that story except {P} brother.",
            "The floor [seemed|seems] to shift under {O}, since the only other person who [knew|knows] that story [was|is] {P} brother.",
        ),
        "core": [
            "{N} <noticed|notices> the stranger {PLACE_IN} only because {PS} [was|is] holding {A_OBJ} exactly like the one {S} [had lost|lost] {F1}.",
            "{DETAIL}",
            "{S} <had stopped|has stopped> on the way back from {PLACE2}, with {A_OBJ2} for {P} sister wrapped in brown paper.",
            "{S} <sat|sits> down across from {PO} and, before {S} [could|can] stop {R}, <asked|asks> where {PS} [had found|found] the {OBJ}.",
            'The stranger [studied|studies] {O} and [said|says], "You must be {NAME}."',
            "{RESTATE}",
            "The stranger, whose name [was|is] {PNAME}, [explained|explains] that the brother [was|is] {PP} neighbour now and [talked|talks] about how the {OBJ} [had vanished|vanished] {F2}.",
        ],
        "endings": {
            "hopeful": "Before {WE} [parted|part], {PNAME} [wrote|writes] the brother's address on a napkin, and {N} <folded|folds> it twice and <held|holds> it all the way home.",
            "bittersweet": "{N} <thanked|thanks> {PNAME} and <took|takes> the brother's address, knowing {S} <was|is> not yet brave enough to use it.",
            "open": "{PNAME} [held|holds] out the {OBJ} across the table, and {N} <looked|looks> at it without yet reaching for it.",
        },
        "expand": {
            1: [
                "It [was|is] the sort of place where nobody [spoke|speaks] to strangers, and {N} usually <did|does> not either."
            ],
            3: ["{P} voice [came|comes] out smaller than {S} <intended|intends>, like a child's."],
            4: ["{S} <had not heard|has not heard> {P} own name in a stranger's mouth for a very long time."],
            5: [
                "{WE} [had not spoken|have not spoken] in nineteen years, not since the funeral and the argument after it.",
                "{N} <remembered|remembers> the brother's coat, his laugh, the way he always [won|wins] at cards.",
            ],
        },
    },
    {
        "id": "storm_wait",
        "fact": {
            "a": (
                "the one thing {P} grandmother [had left|left] {O}",
                "careful with something that [had been|has been] in the family for three generations",
            ),
            "b": (
                "still pleased with it, since {S} [had bought|bought] it new that morning",
                "careful with something that still [smelled|smells] of the shop",
            ),
        },
        "fact_note": {"a": "an heirloom from the grandmother", "b": "bought new that morning"},
        "restate": (
            "{WE} [talked|talk] for an hour about nothing, and then, carefully, about the thing {N} <had been avoiding|has been avoiding> all week.",
            "The small talk [lasted|lasts] an hour before {N} <found|finds> the nerve to raise what {S} <had dodged|has dodged> for days.",
        ),
        "core": [
            "{N} <stayed|stays> {PLACE_IN} long after everyone else [had gone|has gone] home, kept there by the storm.",
            "{DETAIL}",
            "{S} <had planned|has planned> to catch the last ride home from {PLACE2}, where {A_OBJ2} [waited|waits] still, forgotten in a locker.",
            "{S} <took|takes> {A_OBJ} from {P} bag and <set|sets> it on the table, {F1}.",
            '"Still here, {NAME}?" {PNAME}, {PERSON}, [asked|asks], shaking rain from a hood.',
            "{RESTATE}",
            "{PNAME} [listened|listens] without interrupting and [turned|turns] the {OBJ} between two fingers, {F2}.",
        ],
        "endings": {
            "hopeful": "By the time the storm [eased|eases], {N} <knew|knows> what {S} [would|will] say in the morning, and the knowing [felt|feels] like warmth.",
            "bittersweet": "When the storm [eased|eases], {N} <walked|walks> out with a decision made and the quiet certainty that it [would|will] cost {O} a friend.",
            "open": "When the rain [stopped|stops], neither of {US} [moved|moves], and the {OBJ} [lay|lies] between {US} like a question.",
        },
        "expand": {
            0: [
                "The forecast [had promised|has promised] a shower, and the sky [had delivered|has delivered] something closer to a flood."
            ],
            3: ["Its small weight [steadied|steadies] {O}, a habit older than {S} <cared|cares> to admit."],
            4: [
                "{PNAME} [made|makes] two cups of tea without asking, and {N} <accepted|accepts> one gratefully."
            ],
            5: [
                "The thing [was|is] a job in another city, and a person {S} [would have|will have] to leave behind.",
                "{S} <spoke|speaks> slowly, as if each word might break if {S} <dropped|drops> it.",
            ],
        },
    },
    {
        "id": "old_rival",
        "fact": {"a": ("Thirty", "three decades"), "b": ("Twenty", "two decades")},
        "fact_note": {"a": "thirty years", "b": "twenty years"},
        "restate": (
            "{PS} [explained|explains] that the {OBJ} [had been|has been] the prize's forgotten second half, never delivered.",
            "The {OBJ}, {PS} [said|says], [was|is] the half of the prize that nobody [had ever sent|ever sent].",
        ),
        "core": [
            "{N} <had not expected|does not expect> to meet {P} old rival {PLACE_IN}, least of all holding {A_OBJ}.",
            "{DETAIL}",
            "{S} <was|is> only passing through on the way from {PLACE2}, with {A_OBJ2} tucked under one arm.",
            "{F1} years earlier {WE} [had competed|competed] for the same scholarship, and {N} [had lost|lost].",
            '"{NAME}," {PNAME} [said|says], with a smile that [was|is] almost shy, "I hoped it would be you."',
            "{RESTATE}",
            "{N} <listened|listens> while {F2} of resentment [loosened|loosen] like a knot in warm water.",
        ],
        "endings": {
            "hopeful": "{WE} [agreed|agree] to meet again the next week, and {N} <walked|walks> home feeling younger than {S} <had felt|has felt> in years.",
            "bittersweet": "{N} <accepted|accepts> the {OBJ} with thanks, though it [arrived|arrives] far too late to change anything.",
            "open": "{PNAME} [held|holds] the {OBJ} out, and {N} <hesitated|hesitates>, unsure whether taking it [would|will] mean forgiving {PO}.",
        },
        "expand": {
            1: [
                "{PNAME} [looked|looks] smaller than {S} <remembered|remembers>, and greyer, and much kinder around the eyes."
            ],
            3: [
                "{S} <had told|has told> the story so often that the details [had hardened|have hardened] into something like stone."
            ],
            4: ["{N} <said|says> the rival's name back, carefully, as though it [was|is] breakable."],
            5: [
                "The committee [had mixed|has mixed] up the envelopes, and the mistake [had never been|has never been] put right.",
                "{PS} [had kept|has kept] the {OBJ} all this time, meaning every year to send it on.",
            ],
        },
    },
    {
        "id": "secret_note",
        "fact": {
            "a": ("at a flea market for a single coin", "on a trestle table of junk"),
            "b": (
                "from an antique shop for far too much money",
                "behind polished glass among expensive curiosities",
            ),
        },
        "fact_note": {"a": "bought at a flea market", "b": "bought in an antique shop"},
        "restate": (
            "The note, it [turned|turns] out, [was|is] meant for another person with the same name, who never [came|comes].",
            "It [had been|has been] written for somebody else entirely, a namesake who [had never turned|never turned] up.",
        ),
        "core": [
            "{N} <found|finds> a note addressed to {O} by name, wrapped around {A_OBJ} that {S} <had bought|has bought> {F1}.",
            "{N} <read|reads> it twice {PLACE_IN}, where the note [said|says] to wait.",
            "{DETAIL}",
            "{S} <had hurried|has hurried> there from {PLACE2}, leaving {A_OBJ2} on a chair in {P} haste.",
            '"You came, {NAME}," [said|says] a voice, and {PNAME}, {PERSON}, [stepped|steps] out of the shadows looking embarrassed.',
            "{RESTATE}",
            "{PS} [had written|wrote] it to that namesake years ago, and never [knew|knows] how the {OBJ} [had ended|ended] up {F2}.",
        ],
        "endings": {
            "hopeful": "When {N} <left|leaves>, {S} <wrapped|wraps> the note back around the {OBJ}, already planning to answer it {R}.",
            "bittersweet": "{N} <left|leaves> the note and the {OBJ} with {PNAME}, since both [belonged|belong] to someone else's story, and <walked|walks> home alone.",
            "open": "At the door {PNAME} [asked|asks] whether {S} [would|will] come again, and {N} <held|holds> the {OBJ} and <said|says> nothing yet.",
        },
        "expand": {
            0: ["The paper [was|is] soft with age, the ink faded to the colour of weak tea."],
            1: [
                "{S} <arrived|arrives> early and <chose|chooses> a spot where {S} [could|can] see whoever [came|comes] in."
            ],
            3: [
                "Ten minutes [passed|pass], then twenty, and {N} <began|begins> to feel foolish for believing a note."
            ],
            5: [
                "{WE} [laughed|laugh] about the mix-up, then [talked|talk], and the talk [went|goes] on well past the point where either of {US} [needed|needs] an excuse.",
                "Neither of {US} [could|can] say why the namesake never [came|comes].",
            ],
        },
    },
    {
        "id": "mending",
        "fact": {"a": ("in the spring", "April"), "b": ("in December", "the week before Christmas")},
        "fact_note": {"a": "the father died in the spring", "b": "the father died in December"},
        "restate": (
            "It [was|is] slow work, and {S} <liked|likes> that it [asked|asks] for all of {P} attention and none of {P} grief.",
            "The repair [went|goes] slowly, which [suited|suits] {O}, because it [took|takes] up every thought and [left|leaves] no room for sorrow.",
        ),
        "core": [
            "{N} <spent|spends> the long evening {PLACE_IN} mending {A_OBJ} that [had belonged|belonged] to {P} father, who [had died|died] {F1}.",
            "{DETAIL}",
            "{S} <had carried|has carried> it all the way from {PLACE2}, along with {A_OBJ2} that {S} never <used|uses>.",
            "{RESTATE}",
            '"Your father would laugh at you, {NAME}," {PNAME}, {PERSON}, [said|says] gently, watching over {P} shoulder.',
            "{N} <laughed|laughs> too, because it [was|is] true, and because it [was|is] the first time anyone [had mentioned|has mentioned] him aloud since the funeral in {F2}.",
            "By the time the lights [dimmed|dim], the {OBJ} [was|is] whole again, if not quite the same.",
        ],
        "endings": {
            "hopeful": "{N} <wrapped|wraps> it carefully and <decided|decides> to give it to {P} niece, who [had|has] her grandfather's eyes and his stubbornness.",
            "bittersweet": "{N} <held|holds> it in {P} lap for a while, repaired and useless, and <let|lets> {R} miss him properly at last.",
            "open": "{N} <turned|turns> it over and <found|finds> initials scratched on the underside that [were|are] not {P} father's.",
        },
        "expand": {
            0: ["{S} <had put|has put> the job off for months, moving it from shelf to shelf."],
            3: [
                "{P} fingers [knew|know] the movements before {P} mind [did|does], an inheritance of a different kind."
            ],
            4: [
                "{PNAME} [pulled|pulls] up a stool and [stayed|stays] there, saying nothing more, which [was|is] a kindness."
            ],
            5: [
                "{WE} [traded|trade] stories about him until the stories [ran|run] thin, then [sat|sit] quietly."
            ],
        },
    },
    {
        "id": "wrong_turn",
        "fact": {
            "a": (
                "{S} <had never met|has never met>",
                "that [felt|feel] oddly familiar, though {S} <had never once met|has never once met> this cousin",
            ),
            "b": (
                "{S} [had sat|sat] beside at school for six years",
                "where this cousin and {S} [had played|played] every summer as children",
            ),
        },
        "fact_note": {"a": "a cousin never met", "b": "a cousin known since school"},
        "restate": (
            "{PS} [recognised|recognises] the cousin's name at once and [offered|offers] to walk {O} there after closing.",
            "As it [happened|happens], {PS} [knew|knows] the cousin well and [said|says] {PS} [would|will] show {O} the way once {PS} [was|is] free.",
        ),
        "core": [
            "{N} <arrived|arrives> {PLACE_IN} by mistake, clutching {A_OBJ} and a set of directions meant for somewhere else entirely.",
            "{DETAIL}",
            "The directions [had sent|have sent] {O} from {PLACE2} on a long loop, and somewhere along the way {S} <had lost|has lost> {A_OBJ2} as well.",
            '"Lost, {NAME}?" {PNAME}, {PERSON}, [asked|asks], reading the name off the label on {P} luggage.',
            "{N} <admitted|admits> it, and <explained|explains> that the {OBJ} [was|is] a gift for a cousin {F1}.",
            "{RESTATE}",
            "On the way {WE} [passed|pass] houses {F2}.",
        ],
        "endings": {
            "hopeful": "The cousin [opened|opens] the door, [saw|sees] the {OBJ}, and [pulled|pulls] {O} inside as if {S} <had always been|has always been> expected.",
            "bittersweet": "The cousin [had moved|has moved] away the spring before, so {N} <left|leaves> the {OBJ} on the step with a note and <walked|walks> back slowly.",
            "open": "At the cousin's gate {N} <stopped|stops>, the {OBJ} heavy in {P} hands, and <listened|listens> to voices {S} almost <recognised|recognises>.",
        },
        "expand": {
            0: ["The directions [were|are] in {P} aunt's handwriting, and wrong from the second line."],
            3: [
                "{S} <blushed|blushes>, because {S} <had forgotten|has forgotten> the label [was|is] there at all."
            ],
            4: [
                "The family [had scattered|has scattered] over the years, and nobody [kept|keeps] track of addresses any more."
            ],
            5: [
                "{S} <helped|helps> stack chairs while {S} <waited|waits>, glad of something to do with {P} hands.",
                "{PNAME} [told|tells] {O} about the cousin's dog, the cousin's garden, the cousin's terrible jokes.",
            ],
        },
    },
    {
        "id": "small_lie",
        "fact": {
            "a": ("from a neighbouring table", "from a diner sitting nearby"),
            "b": ("from the lost-property box", "from among the things people forget and never collect"),
        },
        "fact_note": {"a": "taken from a neighbouring table", "b": "taken from the lost-property box"},
        "restate": (
            "All evening {N} <felt|feels> its weight, as if the {OBJ} [had doubled|has doubled] in size.",
            "The longer the evening [went|goes] on, the heavier the {OBJ} [seemed|seems] to grow in {P} hands.",
        ),
        "core": [
            "{N} <told|tells> a small lie {PLACE_IN}, saying that the {OBJ} on the table [was|is] {P} own.",
            "{DETAIL}",
            "In truth {N} <had picked|has picked> it up {F1}, simply because it [was|is] beautiful.",
            "{S} <had lost|has lost> {A_OBJ2} that week somewhere between home and {PLACE2}, which [was|is] perhaps why {S} <wanted|wants> something beautiful to keep.",
            '"That\'s a lovely thing, {NAME}," {PNAME}, {PERSON}, [said|says], and the praise [made|makes] the lie heavier.',
            "{RESTATE}",
            "Before closing {N} <went|goes> back to {PERSON} and <confessed|confesses>, cheeks burning, that the {OBJ} [had come|came] {F2}.",
        ],
        "endings": {
            "hopeful": "{PNAME} only [smiled|smiles], [said|says] that honesty [was|is] rarer than beauty, and [helped|helps] {O} find the rightful owner.",
            "bittersweet": "{PNAME} [took|takes] the {OBJ} without a word, and {N} <knew|knows> the small warmth between {US} [was|is] gone.",
            "open": "{PNAME} [listened|listens], [turned|turns] the {OBJ} over once, and [said|says] it [was|is] not the first time it [had happened|has happened].",
        },
        "expand": {
            0: [
                "It [was|is] the kind of lie that [cost|costs] nothing at the time and [grew|grows] larger by the hour."
            ],
            2: ["{S} <had told|has told> {R} {S} [would|will] return it before anyone [noticed|notices]."],
            4: [
                "{N} <smiled|smiles> and <thanked|thanks> {PNAME}, which [was|is] somehow worse than the lie."
            ],
            5: ["{S} <rehearsed|rehearses> three different confessions and <discarded|discards> each one."],
        },
    },
    {
        "id": "first_snow",
        "fact": {
            "a": ("The first snow of the winter [began|begins] to fall", "a flurry of white [blew|blows] in"),
            "b": (
                "A warm summer rain [began|begins] to fall",
                "the scent of cut grass and hot pavement [drifted|drifts] in",
            ),
        },
        "fact_note": {"a": "a winter night with the first snow", "b": "a warm summer night"},
        "restate": (
            "{N} <polished|polishes> the {OBJ} with {P} sleeve, because it [was|is] the one thing {S} [could|can] do.",
            "With nothing else to do, {S} <rubbed|rubs> the {OBJ} against {P} cuff until it [shone|shines].",
        ),
        "core": [
            "{F1} while {N} <waited|waits> {PLACE_IN} with {A_OBJ} in {P} lap.",
            "{DETAIL}",
            "{S} <had come|has come> from {PLACE2} in a hurry, leaving {A_OBJ2} behind on a counter there.",
            "{N} <was|is> waiting for {P} daughter, who [had promised|has promised] to come and then [had stopped|has stopped] answering the phone.",
            '"She\'ll come, {NAME}," {PNAME}, {PERSON}, [said|says], though neither of {US} quite [believed|believes] it.',
            "{RESTATE}",
            "At half past nine the door [opened|opens], and {F2} ahead of a figure in a shabby coat.",
        ],
        "endings": {
            "hopeful": "{P} daughter [crossed|crosses] the room without a word and [sat|sits] beside {O}, and {S} <gave|gives> her the {OBJ} and <took|takes> her hands.",
            "bittersweet": "It [was|is] not {P} daughter but a stranger sheltering from the weather, and {N} <offered|offers> him the seat {S} <had saved|has saved>.",
            "open": "The figure [stood|stands] in the doorway, shaking off the weather, and {N} <rose|rises> before {S} [could|can] see its face.",
        },
        "expand": {
            0: ["The street outside [went|goes] quiet, and the windows [fogged|fog] at the edges."],
            3: [
                "{WE} [had argued|argued] months ago about something that [seemed|seems] smaller every week."
            ],
            4: ["{PNAME} [brought|brings] {O} a blanket and [pretended|pretends] it [was|is] spare."],
            5: [
                "The {OBJ} [was|is] a birthday present from years ago, from a girl of seven.",
                "Outside, the streetlights [wore|wear] soft halos in the wet air.",
            ],
        },
    },
]
