"""Source tables for the fables for children (the ``form`` shift), written for rmbench.

Same markup and arc layout as ``tables_fiction.py`` (a fact told twice, a beat in two wordings, an
aside that passes by another object and place). The secondary character is another animal of the
table (``{PNAME} the {PSPECIES}``); the ending kinds are a stated moral, a happy ending without a
moral, or a closing question to the young reader. Fables have no long version.
"""

from __future__ import annotations

from .render import Character, Obj, Setting

SETTINGS = [
    Setting(
        "riverbank",
        "the riverbank",
        "on the riverbank",
        "the old heron",
        "The water [chattered|chatters] over the stones, and dragonflies [zipped|zip] between the reeds.",
    ),
    Setting(
        "meadow",
        "the meadow",
        "in the meadow",
        "the wise old owl",
        "Buttercups [nodded|nod] in the grass, and the bees [hummed|hum] a busy little song.",
    ),
    Setting(
        "farmyard",
        "the farmyard",
        "in the farmyard",
        "the farm dog",
        "The hens [scratched|scratch] in the dust, and the big red barn [creaked|creaks] in the breeze.",
    ),
    Setting(
        "pine forest",
        "the pine forest",
        "in the pine forest",
        "the old woodpecker",
        "The tall trees [whispered|whisper] overhead, and the ground [smelled|smells] of needles and rain.",
    ),
    Setting(
        "pond",
        "the pond",
        "by the pond",
        "the bullfrog",
        "Lily pads [floated|float] like green plates, and the water [winked|winks] in the sunshine.",
    ),
    Setting(
        "hillside",
        "the hillside",
        "on the hillside",
        "the shepherd's cat",
        "The wind [tumbled|tumbles] over the grass, and the sheep [dotted|dot] the slope like clouds.",
    ),
    Setting(
        "cornfield",
        "the cornfield",
        "in the cornfield",
        "the scarecrow",
        "The corn [rustled|rustles] high above every head, and crows [called|call] from the fence posts.",
    ),
    Setting(
        "snowy wood",
        "the snowy wood",
        "in the snowy wood",
        "the white hare",
        "Snow [sat|sits] in soft heaps on every branch, and each footprint [squeaked|squeaks] underfoot.",
    ),
]

OBJECTS = [
    Obj("shiny button"),
    Obj("golden feather"),
    Obj("blue pebble"),
    Obj("red berry"),
    Obj("silver bell"),
    Obj("lost mitten"),
    Obj("honey jar"),
    Obj("acorn", "an"),
    Obj("green ribbon"),
    Obj("tiny lantern"),
]

CHARACTERS = [
    Character(n, "he", s)
    for n, s in (
        ("Pip", "hedgehog"),
        ("Bramble", "badger"),
        ("Otto", "otter"),
        ("Moss", "tortoise"),
        ("Barley", "goat"),
        ("Rufus", "bear"),
    )
] + [
    Character(n, "she", s)
    for n, s in (
        ("Wren", "sparrow"),
        ("Clover", "rabbit"),
        ("Tansy", "mouse"),
        ("Fern", "fox"),
        ("Juniper", "squirrel"),
        ("Poppy", "duck"),
    )
]

ENDING_KINDS = ("moral", "happy", "question")

ARCS = [
    {
        "id": "sharing",
        "fact": {
            "a": ("under a leaf", "its leafy hiding place"),
            "b": ("inside an old boot", "the toe of the boot"),
        },
        "fact_note": {"a": "hidden under a leaf", "b": "hidden inside an old boot"},
        "restate": (
            "{N} <thought|thinks> about the {OBJ} and how much a sad little one might love it.",
            "{S} <pictured|pictures> the poorly little one at home, and how that small face might light up at the sight of the {OBJ}.",
        ),
        "core": [
            "One bright morning {INTRO} <found|finds> {A_OBJ} {PLACE_IN}.",
            "{DETAIL}",
            "{S} <had wandered|has wandered> over from {PLACE2}, where {S} <kept|keeps> {A_OBJ2} safe in a hollow log.",
            '"Mine, all mine!" {S} <cried|cries>, and {S} <hid|hides> the {OBJ} {F1} so nobody else [could|can] see it.',
            'Soon {PNAME} the {PSPECIES} [came|comes] by and [said|says], "Good morning, {NAME}, my little one at home is feeling poorly."',
            "{RESTATE}",
            "So {S} <pulled|pulls> it out from {F2} and <gave|gives> it away gladly.",
        ],
        "endings": {
            "moral": "And that [was|is] how {N} <learned|learns> that a gift shared [was|is] worth twice a treasure kept.",
            "happy": "The little one [giggled|giggles] with delight, and {N} <felt|feels> warm right down to {P} toes.",
            "question": "What would you have done with the {OBJ} in {P} place?",
        },
    },
    {
        "id": "boasting",
        "fact": {
            "a": ("into the tall grass", "among the long green stalks"),
            "b": ("down a rabbit hole", "deep underground in a burrow"),
        },
        "fact_note": {"a": "lost in the tall grass", "b": "lost down a rabbit hole"},
        "restate": (
            "{S} <boasted|boasts> so loudly and so long that {S} <forgot|forgets> to watch where {S} <was|is> going.",
            "All that bragging [kept|keeps] {P} eyes on the sky instead of on the path ahead.",
        ),
        "core": [
            "{INTRO} <was|is> very proud of {P} {OBJ}, and {S} <showed|shows> it to everyone {PLACE_IN}.",
            "{DETAIL}",
            "{S} <had swapped|has swapped> {A_OBJ2} for it on the way from {PLACE2}, and <thought|thinks> it the best bargain ever made.",
            '"Look at me, {NAME} the magnificent!" {S} <called|calls>, holding up the {OBJ} as high as {S} [could|can] reach.',
            "{RESTATE}",
            "Down {S} <tumbled|tumbles> into a muddy ditch, and the {OBJ} [rolled|rolls] away {F1}.",
            "It [was|is] {PNAME} the {PSPECIES} who [found|finds] it {F2}, and who [helped|helps] {O} climb out of the mud.",
        ],
        "endings": {
            "moral": "From that day on {N} <remembered|remembers> that pride [was|is] a poor thing to carry and a heavy thing to fall with.",
            "happy": "{N} <said|says> thank you very quietly, and then {WE} [walked|walk] home together, muddy and laughing.",
            "question": "Do you think {N} [would boast|will boast] quite so loudly the next time?",
        },
    },
    {
        "id": "patience",
        "fact": {
            "a": ("beside a big flat stone", "next to the wide grey rock"),
            "b": ("under the old oak tree", "at the foot of that great trunk"),
        },
        "fact_note": {"a": "planted beside a flat stone", "b": "planted under the oak tree"},
        "restate": (
            "So {N} <waited|waits> through the rain and the wind, and {S} <checked|checks> on the {OBJ} only once a day.",
            "Through wet days and windy days {S} <kept|keeps> on waiting, visiting the {OBJ} just once each morning.",
        ),
        "core": [
            "{INTRO} <planted|plants> {A_OBJ} {PLACE_IN} {F1} and <waited|waits> for something wonderful to happen.",
            "{DETAIL}",
            "{S} <had found|has found> it on the path from {PLACE2}, right beside {A_OBJ2} that nobody [wanted|wants].",
            "Every morning {S} <ran|runs> to look, and every morning nothing at all [had changed|has changed].",
            '"Patience, {NAME}," [said|says] {PNAME} the {PSPECIES}, "good things take their own time."',
            "{RESTATE}",
            "One day a tiny green shoot [peeked|peeks] out of the ground {F2}, exactly where the {OBJ} [had been|has been] planted.",
        ],
        "endings": {
            "moral": "And {N} <learned|learns> that the best things [grew|grow] slowly for those who [waited|wait] kindly.",
            "happy": "{N} <danced|dances> a little dance of joy, and {PNAME} [danced|dances] too, though not very well.",
            "question": "What do you think [grew|grows] from the {OBJ} in the end?",
        },
    },
    {
        "id": "helping",
        "fact": {
            "a": ("high in the old oak", "up among the topmost branches"),
            "b": ("down among the reeds", "low by the water's edge"),
        },
        "fact_note": {"a": "the nest is high in an oak", "b": "the nest is among the reeds"},
        "restate": (
            "{N} <was|is> tired and hungry, but {S} <carried|carries> the bird and the {OBJ} all the way across the fields.",
            "Though {S} <was|is> weary and {P} tummy [rumbled|rumbles], {S} <bore|bears> the little bird and its {OBJ} over field after field.",
        ),
        "core": [
            "{INTRO} <was|is> hurrying home when {S} <heard|hears> a small voice crying {PLACE_IN}.",
            "{DETAIL}",
            "It [was|is] a baby bird that [had lost|has lost] its way, holding {A_OBJ} in its beak.",
            "{S} <was|is> on the way back from {PLACE2} with {A_OBJ2} for a friend, and already late.",
            '"Please help me, {NAME}," it [said|says], "my nest is {F1}, and I cannot find it."',
            "{RESTATE}",
            "At last {WE} [found|find] the nest {F2}, where {PNAME} the {PSPECIES} [was|is] keeping watch over the other chicks.",
        ],
        "endings": {
            "moral": "So {N} <discovered|discovers> that no act of kindness, however small, [was|is] ever wasted.",
            "happy": "The baby bird [snuggled|snuggles] in beside its brothers and sisters, and {N} <went|goes> home humming.",
            "question": "Have you ever helped someone find the way home?",
        },
    },
    {
        "id": "honesty",
        "fact": {
            "a": ("with a great big crack down one side", "cracked but still in one piece"),
            "b": ("broken clean in two", "gathering up both halves"),
        },
        "fact_note": {"a": "cracked but in one piece", "b": "broken in two"},
        "restate": (
            "Nobody [had seen|has seen], and for a moment {N} <thought|thinks> about running away.",
            "No one [was|is] watching, and the idea of slipping off quietly [crossed|crosses] {P} mind.",
        ),
        "core": [
            "{INTRO} <was|is> playing {PLACE_IN} when {S} <knocked|knocks> over {A_OBJ} that [belonged|belongs] to {PNAME} the {PSPECIES}.",
            "{DETAIL}",
            '"Come straight home from {PLACE2}, {NAME}, and take care of {A_OBJ2}," {P} mother [had warned|warned] {O} that morning.',
            "The {OBJ} [lay|lies] in the grass {F1}.",
            "{RESTATE}",
            "But {N} <picked|picks> up the {OBJ}, {F2}, and <carried|carries> it straight to {PNAME}, with {P} head hanging low.",
            '"I broke it," {N} <said|says>, "and I am very sorry."',
        ],
        "endings": {
            "moral": "{PNAME} [smiled|smiles] and [said|says] that a true heart [was|is] worth far more than anything a clumsy moment [could|can] break.",
            "happy": "{PNAME} [gave|gives] {O} a big hug, and together {WE} [mended|mend] the {OBJ} with a dab of glue.",
            "question": "Would you have been brave enough to tell the truth like {NAME}?",
        },
    },
    {
        "id": "bedtime",
        "fact": {
            "a": ("beside the bed", "the bedside stool"),
            "b": ("up on a high shelf", "up near the ceiling"),
        },
        "fact_note": {"a": "the object is beside the bed", "b": "the object is on a high shelf"},
        "restate": (
            "Every shadow [looked|looks] like a monster, and every creak [sounded|sounds] like a giant's footstep.",
            "To {O}, the dark [seemed|seems] full of monsters, and each little noise [became|becomes] the tread of some enormous giant.",
        ),
        "core": [
            "When the sun [went|goes] down {PLACE_IN}, {INTRO} <was|is> too frightened to sleep, even with {A_OBJ} {F1}.",
            "{DETAIL}",
            "{S} <had begged|has begged> to sleep near {PLACE2} instead, where {A_OBJ2} [hung|hangs] by the door, but nobody [had listened|has listened].",
            "{RESTATE}",
            '"What is the matter, {NAME}?" [asked|asks] {PNAME} the {PSPECIES}, peering down kindly.',
            "{PNAME} [moved|moves] the {OBJ} from {F2} right up close to the pillow to keep the dark company.",
            "{N} <held|holds> on to the {OBJ} and <watched|watches> as the shadows [turned|turn] back into ordinary things.",
        ],
        "endings": {
            "moral": "That night {N} <learned|learns> that fear [grew|grows] smaller the moment it [was|is] shared.",
            "happy": "Soon {N} <was|is> snoring softly, and the whole world [kept|keeps] watch until morning.",
            "question": "What do you keep beside your bed when the night feels very dark?",
        },
    },
]
