"""Authored value pools for the fictional-entity passages.

The passages describe invented towns, people and things written in an encyclopedic register, so an
answer can only come from the passage, never from a model's memory of the world, and every label is
settled by the text alone. Each pool is large enough that a wrong entity is drawn from the same
distribution as a right one (the response-only artifact probe cannot tell them apart by vocabulary).
"""

from __future__ import annotations

TOWNS = [
    "Harrowgate", "Velmora", "Castellane", "Brindlewick", "Oskarvik", "Tamsworth", "Drevnik", "Lorient Bay",
    "Ashcombe", "Pellmoor", "Kestrel Ford", "Vandria", "Morrow Cross", "Saltmarsh", "Eldham", "Quillon",
    "Rothbury", "Ystrad Mawr", "Calderon", "Fenwick", "Marisol", "Nordhavn", "Ostermark", "Pradella",
    "Greywater", "Hollin", "Tarvik", "Bellmonte", "Corvane", "Dunmere", "Lindqvist", "Sorrento Vale",
]
RIVERS = [
    "Alder", "Wend", "Oskel", "Marrow", "Tessa", "Vell", "Kinnet", "Drave", "Lune", "Sorrel", "Brim", "Caddon",
    "Esk", "Fallow", "Garra", "Hest", "Ivel", "Jorun", "Kell", "Loddon",
]
FIRST = [
    "Mara", "Tobias", "Ingrid", "Anselm", "Lucia", "Henrik", "Odette", "Rafael", "Greta", "Silas", "Noor",
    "Emil", "Beatrix", "Casimir", "Delphine", "Joaquim", "Helga", "Matthias", "Yara", "Lorenz", "Ilse",
    "Piotr", "Rosalind", "Teodor", "Vera", "August", "Clara", "Dmitri", "Elena", "Felix",
]
LAST = [
    "Velsen", "Ashdown", "Marchetti", "Lindgren", "Okafor", "Brandt", "Castell", "Duvall", "Eriksen", "Falkner",
    "Grieve", "Holloway", "Iversen", "Jansky", "Kowal", "Larkin", "Moreau", "Nyberg", "Ostrow", "Pellegrini",
    "Quist", "Rahimi", "Sandoval", "Thorne", "Ulloa", "Varga", "Wexley", "Ybarra", "Zielinski", "Aaltonen",
]
SHIPS = [
    "Northern Star", "Gannet", "Resolute", "Halcyon", "Petrel", "Meridian", "Cormorant", "Aurora", "Tern",
    "Wayfarer", "Albatross", "Constance", "Kittiwake", "Osprey", "Fulmar", "Endeavour",
]
REGIONS = [
    "the Arctic coast", "the southern ice shelf", "the Kestrel Islands", "the inland delta", "the northern fjords",
    "the western archipelago", "the high plateau", "the Marrow estuary",
]
CAUSES = [
    "flood damage", "a fire in the timber deck", "subsidence of the foundations", "a ship collision",
    "storm damage", "corrosion of the cables", "an earthquake", "ice pressure on the piers",
]
FISH = ["trout", "perch", "pike", "char", "whitefish", "eel", "carp", "grayling", "bream", "roach"]
MUSEUM_ITEMS = [
    "a bronze astrolabe", "a whale skeleton", "an illuminated psalter", "a steam fire engine", "a jade burial suit",
    "a Viking longship", "a mechanical orchestra", "a meteorite", "a silk tapestry", "a Roman mosaic floor",
    "a printing press", "a mammoth tusk",
]
DEVICES = [
    ("a pocket barometer", "forecast storms at sea"), ("a spring-driven fan", "cool hospital wards"),
    ("a folding stretcher", "carry injured miners"), ("a tide calculator", "predict harbour depths"),
    ("a seed drill", "sow grain in straight rows"), ("a signal lamp", "send messages between ships"),
    ("a water filter", "clean drinking water in villages"), ("a loom attachment", "weave patterned cloth"),
    ("a rain gauge", "measure rainfall on farms"), ("a pressure cooker", "preserve vegetables"),
    ("a frost alarm", "warn orchard growers of cold nights"), ("a chimney cowl", "stop smoke blowing back"),
]
FESTIVAL_EVENTS = [
    "a lantern procession", "a boat race", "a cheese-rolling contest", "an open-air opera", "a kite competition",
    "a horse parade", "a chess marathon", "a bread-baking contest", "a choir competition", "a fireworks display",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
RANGES = ["Tessaline Range", "Grey Spine", "Varro Massif", "Kell Mountains", "Ostrow Alps", "Hollin Hills",
          "Drave Highlands", "Corvane Peaks"]
PEAKS = ["Mount Veyra", "Skarn Peak", "Mount Adeline", "Halvard Spire", "Mount Orrin", "Crag Tesh", "Mount Belen",
         "Norrack Peak", "Mount Ysolde", "Farrow Pike", "Mount Calder", "Ruin Horn"]
CLUB_SPORTS = ["football", "rugby", "ice hockey", "basketball", "handball", "volleyball"]
COLOURS = ["green and white", "red and black", "blue and gold", "orange and navy", "maroon and sky blue",
           "black and white", "yellow and green", "purple and silver"]

# Specialist pools (domain shift).
DRUGS = ["Corvalin", "Tespirol", "Maxadine", "Lunoprex", "Oradel", "Venistat", "Halomide", "Priscolan",
         "Dravoxin", "Estrium", "Felopar", "Quenadol"]
CONDITIONS = ["high blood pressure", "migraine", "seasonal allergies", "acid reflux", "mild asthma",
              "nerve pain", "insomnia", "joint inflammation"]
SIDE_EFFECTS = ["dizziness", "dry mouth", "headache", "nausea", "drowsiness", "a mild rash", "constipation",
                "blurred vision"]
INTERACTIONS = ["warfarin", "grapefruit juice", "alcohol", "lithium", "St John's wort", "antacids",
                "ibuprofen", "iron supplements"]
COMPANIES = ["Halden Foods", "Marisol Energy", "Quillon Systems", "Brindle Logistics", "Tarvik Mining",
             "Ostermark Textiles", "Pellmoor Pharma", "Corvane Retail", "Eldham Water", "Nordhavn Shipping",
             "Velmora Telecom", "Fenwick Insurance"]
SEGMENTS = ["retail", "wholesale", "online sales", "export", "licensing", "services", "manufacturing", "leasing"]
PARTIES_LANDLORD = ["Greywater Estates Ltd", "Harrowgate Homes", "Velmora Property Trust", "Ashcombe Lettings",
                    "Dunmere Housing", "Saltmarsh Rentals", "Hollin Properties", "Calderon Realty"]
COURTS = ["the District Court of Harrowgate", "the County Court of Velmora", "the Civil Court of Ashcombe",
          "the Regional Court of Tarvik", "the District Court of Eldham", "the Civil Court of Quillon"]
