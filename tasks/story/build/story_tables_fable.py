"""Source tables for the fables for children (the ``form`` shift), written for rmbench.

Same markup and arc layout as ``story_tables_fiction.py``; the character's species is the ``{SPECIES}``
slot and the ending kinds are a stated moral, a happy ending without a moral, or a closing question
to the young reader.
"""

from __future__ import annotations

from story_render import Character, Obj, Setting

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

SPECIES = {
    "Pip": "hedgehog",
    "Bramble": "badger",
    "Otto": "otter",
    "Moss": "tortoise",
    "Barley": "goat",
    "Rufus": "bear",
    "Wren": "sparrow",
    "Clover": "rabbit",
    "Tansy": "mouse",
    "Fern": "fox",
    "Juniper": "squirrel",
    "Poppy": "duck",
}

CHARACTERS = [Character(n, "he") for n in ("Pip", "Bramble", "Otto", "Moss", "Barley", "Rufus")] + [
    Character(n, "she") for n in ("Wren", "Clover", "Tansy", "Fern", "Juniper", "Poppy")
]

ENDING_KINDS = ("moral", "happy", "question")

ARCS = [
    {
        "id": "sharing",
        "contradiction": (
            "So {S} <pulled|pulls> it out of {P} pocket, where it [had been|has been] all along, and <gave|gives> it away with both paws.",
            "the object was hidden under a leaf",
        ),
        "core": [
            "One bright morning {INTRO} <found|finds> {A_OBJ} {PLACE_IN}.",
            "{DETAIL}",
            '"Mine, all mine!" {S} <cried|cries>, and {S} <hid|hides> the {OBJ} under a leaf so nobody else [could|can] see it.',
            'Soon {PERSON} [came|comes] by and [said|says], "Good morning, {NAME}, my little one at home is feeling poorly."',
            "{N} <thought|thinks> about the {OBJ} and how much a sad little one might love it.",
            "So {S} <pulled|pulls> it out from under the leaf and <gave|gives> it away with both paws.",
        ],
        "endings": {
            "moral": "And that [was|is] how {N} <learned|learns> that a gift shared [was|is] worth twice a treasure kept.",
            "happy": "The little one [giggled|giggles] with delight, and {N} <felt|feels> warm right down to {P} toes.",
            "question": "What would you have done with the {OBJ} if you [had found|find] it that morning?",
        },
    },
    {
        "id": "boasting",
        "contradiction": (
            "It [was|is] {PERSON} who [found|finds] it, though {N} <had held|has held> it tightly the whole time and never <dropped|drops> it at all.",
            "the object rolled away when the character fell",
        ),
        "core": [
            "{INTRO} <was|is> very proud of {P} {OBJ}, and {S} <showed|shows> it to everyone {PLACE_IN}.",
            "{DETAIL}",
            '"Look at me, {NAME} the magnificent!" {S} <called|calls>, holding up {A_OBJ} as high as {S} [could|can] reach.',
            "{S} <boasted|boasts> so loudly and so long that {S} <forgot|forgets> to watch where {S} <was|is> going.",
            "Down {S} <tumbled|tumbles> into a muddy ditch, and the {OBJ} [rolled|rolls] away out of sight.",
            "It [was|is] {PERSON} who [found|finds] it, and who [helped|helps] {O} climb out of the mud.",
        ],
        "endings": {
            "moral": "From that day on {N} <remembered|remembers> that pride [was|is] a poor thing to carry and a heavy thing to fall with.",
            "happy": "{N} <said|says> thank you very quietly, and then the two friends [walked|walk] home together, muddy and laughing.",
            "question": "Do you think {N} <boasted|boasts> quite so loudly the next time?",
        },
    },
    {
        "id": "patience",
        "contradiction": (
            "One day a tiny green shoot [peeked|peeks] out of the ground, even though nobody [had ever planted|has ever planted] the {OBJ} at all.",
            "the character planted the object",
        ),
        "core": [
            "{INTRO} <planted|plants> {A_OBJ} {PLACE_IN} and <waited|waits> for something wonderful to happen.",
            "{DETAIL}",
            "Every morning {S} <ran|runs> to look, and every morning nothing at all [had changed|has changed].",
            '"Patience, {NAME}," [said|says] {PERSON}, "good things take their own time."',
            "So {N} <waited|waits> through the rain and the wind, and {S} <checked|checks> on the {OBJ} only once a day.",
            "One day a tiny green shoot [peeked|peeks] out of the ground exactly where the {OBJ} [had been|has been] planted.",
        ],
        "endings": {
            "moral": "And {N} <learned|learns> that the best things [grew|grow] slowly for those who [waited|wait] kindly.",
            "happy": "{N} <danced|dances> a little dance of joy, and {PERSON} [danced|dances] too, though not very well.",
            "question": "What do you think [grew|grows] from the {OBJ} in the end?",
        },
    },
    {
        "id": "helping",
        "contradiction": (
            "At last they [found|find] the nest, right beside the spot where they [had started|started], without taking a single step.",
            "the character carried the bird all the way across the fields",
        ),
        "core": [
            "{INTRO} <was|is> hurrying home when {S} <heard|hears> a small voice crying {PLACE_IN}.",
            "{DETAIL}",
            "It [was|is] a baby bird that [had lost|has lost] its way, holding {A_OBJ} in its beak.",
            '"Please help me, {NAME}," it [said|says], "my nest has a matching one, and I cannot find it."',
            "{N} <was|is> tired and hungry, but {S} <carried|carries> the bird and the {OBJ} all the way across the fields.",
            "At last they [found|find] the nest, where {PERSON} [was|is] keeping watch over the other chicks.",
        ],
        "endings": {
            "moral": "So {N} <discovered|discovers> that no act of kindness, however small, [was|is] ever wasted.",
            "happy": "The baby bird [snuggled|snuggles] in beside its brothers and sisters, and {N} <went|goes> home humming.",
            "question": "Have you ever helped someone find their way home?",
        },
    },
    {
        "id": "honesty",
        "contradiction": (
            '"I broke it," {S} <said|says>, although {PERSON} [had watched|has watched] the whole thing happen from the start.',
            "nobody had seen the accident",
        ),
        "core": [
            "{INTRO} <was|is> playing {PLACE_IN} when {S} <knocked|knocks> over {A_OBJ} that [belonged|belongs] to {PERSON}.",
            "{DETAIL}",
            "The {OBJ} [lay|lies] in the grass with a great big crack down one side.",
            "Nobody [had seen|has seen], and for a moment {S} <thought|thinks> about running away.",
            "But {N} <picked|picks> up the {OBJ} and <carried|carries> it straight to {PERSON}, with {P} ears drooping.",
            '"I broke it," {S} <said|says>, "and I am very sorry."',
        ],
        "endings": {
            "moral": "{PERSON} [smiled|smiles] and [said|says] that a true heart [was|is] worth far more than anything a paw [could|can] break.",
            "happy": "{PERSON} [gave|gives] {O} a big hug, and together they [mended|mend] the {OBJ} with a dab of glue.",
            "question": "Would you have been brave enough to tell the truth like {NAME}?",
        },
    },
    {
        "id": "bedtime",
        "contradiction": (
            "{N} <held|holds> on to the {OBJ}, though {S} <had never been|has never been> afraid of the dark in {P} whole life.",
            "the character was too frightened to sleep",
        ),
        "core": [
            "When the sun [went|goes] down {PLACE_IN}, {INTRO} <was|is> too frightened to sleep, even with {A_OBJ} beside the bed.",
            "{DETAIL}",
            "Every shadow [looked|looks] like a monster, and every creak [sounded|sounds] like a giant's footstep.",
            '"What is the matter, {NAME}?" [asked|asks] {PERSON}, peering down kindly.',
            "{PERSON} [moved|moves] the {OBJ} right up close to the pillow to keep the dark company.",
            "{N} <held|holds> on to the {OBJ} and <watched|watches> as the shadows [turned|turn] back into ordinary things.",
        ],
        "endings": {
            "moral": "That night {N} <learned|learns> that fear [grew|grows] smaller the moment it [was|is] shared.",
            "happy": "Soon {N} <was|is> snoring softly, and the whole world [kept|keeps] watch until morning.",
            "question": "What do you keep beside your bed when the night feels very dark?",
        },
    },
]
