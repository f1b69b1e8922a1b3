"""Phrase pools shared by preferred and rejected responses.

Openers, closers and length fillers are drawn from the same pools whatever the label, so no
single word separates a good reply from a bad one; only the dismissive pools mark a tone flaw,
and they are varied so that no one word carries it.
"""

POLITE_OPENERS = [
    "Thanks for getting in touch.",
    "Thank you for reaching out to us.",
    "Hello, and thanks for your message.",
    "Hi, thanks for contacting us.",
    "Thanks for the details.",
    "Good to hear from you, and thanks for writing in.",
    "Hello, I can help with this.",
    "Hi there, happy to look into this for you.",
    "Thank you for your patience.",
    "Hello, thanks for bringing this to us.",
    "Honestly, I'm glad you asked about this.",
    "Good question; this part of the terms can be confusing.",
    "Let me go through it step by step.",
    "Right, let me look at this with you.",
    "OK, happy to help with this one.",
]

POLITE_CLOSERS = [
    "Is there anything else I can help with today?",
    "Let me know if there is anything else you need.",
    "Please reply here if you have any other questions.",
    "I'm here if you need anything further.",
    "Thanks again for contacting us.",
    "Have a good rest of your day.",
    "Feel free to write back if anything is unclear.",
    "Take care, and thanks for your patience.",
    "I hope that's clear; I'm happy to go over it again.",
    "That's everything on my side, but do ask if anything else comes up.",
    "Thanks for bearing with me on this one.",
    "I hope this helps, and thanks for your understanding.",
]

DISMISSIVE_OPENERS = [
    "This is all on our website, but fine.",
    "As anyone who read the terms would know,",
    "We get this question constantly.",
    "Right, let's get this over with.",
    "I'll go through it one more time.",
    "You could have checked this yourself.",
    "OK, this is pretty basic.",
    "Honestly, this should be obvious.",
]

DISMISSIVE_CLOSERS = [
    "Please read the policy before writing in next time.",
    "That's all there is to it.",
    "Nothing more I can add.",
    "Hopefully that's clear enough now.",
    "Try to keep track of this yourself in future.",
    "No need to contact us again about it.",
    "That's the answer, whether you like it or not.",
    "I trust we won't need to go over this again.",
]

EMPATHY_OPENERS = [
    "I'm really sorry this has been so frustrating.",
    "I understand why you're upset, and I'm sorry for the hassle.",
    "I'm sorry you've had to chase this; let's sort it out.",
    "I can hear how annoying this has been, and I apologise.",
    "You're right to want this fixed, and I'm sorry it's taken effort.",
]

CURT_OPENERS = [
    "There's no need for that tone.",
    "Shouting at me won't change anything.",
    "Calm down, please.",
    "Getting worked up doesn't help.",
    "Complaining louder changes nothing here.",
]

# Length fillers: acknowledgements that state no fee, date, offer, promise or other fact beyond
# the policy and the record (clause ACC-1), so a preferred reply stays correct whatever it draws.
FILLERS = [
    "I've read through your message and the details we have on file.",
    "I understand why you're asking about this.",
    "Thanks for setting out the details so clearly.",
    "I appreciate you taking the time to explain what happened.",
    "I've checked this against our policy.",
    "I know this matters to you, so I want to be clear about it.",
]

# Extra-violation layers used by rankings (and some pairs).
INVENTED_PROMISES = [
    "As a goodwill gesture I've added a {amt} voucher to your account.",
    "I've put a {amt} credit on your account for the trouble.",
    "You'll receive a {amt} refund on top of that for the inconvenience.",
    "I've arranged a {amt} loyalty bonus for you as well.",
]

EXTRA_ESCALATIONS = [
    "I've also flagged this to a supervisor, who will call you about it.",
    "I'm copying a supervisor in as well so they can follow up.",
    "A team lead will also review this and contact you separately.",
    "I've raised this with my manager too, who will be in touch.",
]

VERIFIED_ACKS = [
    "I've checked, and the order number and email match, so I can confirm the order is yours.",
    "Thanks, those details match our records.",
    "The order number and email you gave match, so I can go ahead.",
    "Thanks for confirming your details; they check out.",
]

# Used both by correct escalations (policy requires them) and by needless ones.
ESCALATION_LINES = [
    "I'm passing this to a supervisor, who will review it and get back to you.",
    "I've escalated this to a team lead; they will contact you once they've looked at it.",
    "This needs to go to my manager, so I've forwarded it and they'll reply by email.",
    "I'll hand this over to a senior colleague, who will follow up with you shortly.",
]

NEEDLESS_ESCALATIONS = ESCALATION_LINES
