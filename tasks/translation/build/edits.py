"""Injected translation errors as explicit edits, and the checks that make their labels verifiable.

An error is ``(type, penalty, before, after)``: the rejected translation is the reference with the
first (and only) occurrence of ``before`` replaced by ``after``. Penalties follow MQM weights
(minor = 1, major = 5), so a translation's gold score is minus the sum of its penalties. The
per-type predicates below are what the tests re-check: a number error must change a number or
unit, an omission must delete text, an addition must only add, an untranslated span must carry
English words of the source, and so on. They are deliberately simple and mechanical: they catch
a mislabelled edit, they do not judge translation quality.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TYPES = {
    "num": "number/unit",
    "ent": "named entity",
    "neg": "negation/polarity",
    "omi": "omission",
    "add": "addition",
    "unt": "untranslated span",
    "sense": "wrong word sense",
    "pron": "wrong pronoun/gender",
}
SEVERITY = {1: "minor", 5: "major"}

# Number words and units: a number/unit error changes at least one of these (or a digit).
_NUMBER_WORDS = {
    "de": "ein eine einmal zwei zweimal drei dreimal vier fünf sechs sieben acht neun zehn elf zwölf dreizehn "
    "fünfzehn sechzehn zwanzig dreißig fünfzig neunzig neunzehn hundert hunderte tausend tausende erste ersten "
    "zweiten dritte dritten vierten fünften zwölften drittel viertel zehntel hälfte doppelt dreifach dreimal zwanziger "
    "zehner zweijährigen zehnjährigen drillingen zwillingen panda-zwillingen panda-drillingen täglich wöchentlich "
    "sekunden minuten stunden tage tagen wochen monate monaten monat jahr jahren jahrhundert millionen milliarden "
    "gramm milligramm kilogramm mb gb uhr grad stock gleis wochenlang",
    "es": "un una uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece quince dieciséis veinte "
    "cincuenta setenta noventa primer primera segunda segundo tercer tercero cuarto quinto tercio décimo cuarta "
    "mitad doble triple veces gemelas crías segundos minutos horas días semanas semana mes meses año años siglo "
    "millones gramos kilogramos vatios mm cm gb piso diario cada mañana ocho nueve andén ii xii g mg",
    "fr": "un une deux trois quatre cinq six sept huit dix douze treize quinze vingt trente cinquante soixante "
    "quatre-vingt-dix soixante-dix première deuxième troisième quart tiers moitié fois secondes minutes heures "
    "jours semaine semaines mois an ans siècle millions grammes kilogrammes watts mm go étage centaines milliers "
    "jour et une iie xiie",
}
_NEGATION = {
    "de": "nicht kein keine keinen keinem keiner niemand niemandem nie weder noch ohne",
    "es": "no ni nunca nadie ningún ninguna sin fuera",
    "fr": "ne n pas plus jamais aucun aucune personne ni sans hors",
}
# Antonyms and converses (unordered pairs of word forms as the tables use them): swapping one for
# the other says the opposite, which is a polarity error (neg), never a wrong word sense (sense).
_ANTONYMS = {
    "de": "kritisiert:gelobt fielen:stiegen erst:schon früher:später bestritt:bestätigte verlieren:behalten "
    "gelassen:erhoben verkürzen:verlängern exporte:importe abzukochen:abzukühlen gesunken:gestiegen "
    "ungerecht:gerecht weniger:mehr kostenlos:kostenpflichtig lehnte:nahm verpflichtet:verbietet nach:vor "
    "köstlich:scheußlich haupteingang:hauptausgang keine:noch klein:groß besetzt:frei leiser:lauter "
    "abzuschließen:aufzuschließen gelandet:gestartet tolle:furchtbare bevor:nachdem behalten:verwerfen "
    "automatisch:manuell nüchternen:mahlzeit selten:häufig brechen:erhöhen unzugänglich:zugänglich "
    "vermeiden:trinken linken:rechten offline-modus:online-modus",
    "es": "criticara:elogiara antes:después negó:admitió perderán:conservarán retiró:presentó "
    "reducirá:alargará hirvieran:enfriaran disminuido:aumentado injusto:justo menos:más rechazó:aceptó "
    "obliga:prohíbe deliciosa:horrible entrada:salida pequeños:grandes ocupado:libre bajar:subir lleno:vacío "
    "cerrar:abrir quedarme:salir aterrices:despegues genial:fatal empeora:mejora conservar:descartar "
    "automáticamente:manualmente ayunas:comer raros:frecuentes fina:gruesa deje:siga evite:beba",
    "fr": "chuté:bondi tôt:tard nié:reconnu abandonné:engagé exportations:importations bouillir:refroidir "
    "baissé:augmenté injuste:juste gratuit:payant oblige:interdit après:avant ouverte:fermée "
    "délicieux:immangeable petites:grandes prise:libre grand:petit baisser:monter complet:vide fermer:ouvrir "
    "rester:sortir atterris:décolles excellent:affreux somnolence:insomnie conserver:supprimer jeun:repas "
    "rares:fréquents arrêtez:continuez sèche:humide évitez:buvez gauche:droite faible:forte",
}
ANTONYMS = {lang: {frozenset(p.split(":")) for p in pairs.split()} for lang, pairs in _ANTONYMS.items()}
# Words that a named-entity error must not hinge on: seasons, parts of the day and the weekend are
# not names (swapping them is a wrong meaning, typed sense).
_NOT_NAMES = set(
    "frühling sommer herbst winter morgen abend nacht wochenende printemps été automne hiver matin soir nuit "
    "week-end primavera verano otoño invierno mañana tarde noche fin semana".split()
)
# Pronouns, possessives and articles: a pronoun/gender error changes one of these (agreement), or
# the source itself marks the gender the translation gets wrong.
_PRONOUNS = {
    "de": "er sie es ihn ihm ihr ihre ihren ihrem ihrer sein seine seinen seinem seiner der die das den dem des "
    "ein eine einen einem einer",
    "es": "él ella ellos ellas lo la los las le su sus el un una",
    "fr": "il elle ils elles le la les lui son sa ses leur leurs un une vous tu",
}
_GENDERED_SOURCE = set(
    "he she his her him hers himself herself sister brother daughter son grandmother "
    "grandfather mother father woman women man men wife husband".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


@dataclass(frozen=True)
class Edit:
    type: str
    penalty: int
    before: str
    after: str

    @property
    def severity(self) -> str:
        return SEVERITY[self.penalty]

    @property
    def type_name(self) -> str:
        return TYPES[self.type]

    def describe(self) -> str:
        shown = f"'{self.after}'" if self.after else "(nothing)"
        return f"{self.severity} {self.type_name} error: '{self.before}' -> {shown}"

    def to_dict(self) -> dict[str, object]:
        return {
            "type": self.type_name,
            "severity": self.severity,
            "penalty": self.penalty,
            "before": self.before,
            "after": self.after,
        }


def parse(raw: tuple[str, int, str, str], where: str) -> Edit:
    kind, penalty, before, after = raw
    if kind not in TYPES:
        raise ValueError(f"{where}: unknown error type {kind!r} (known: {', '.join(TYPES)})")
    if penalty not in SEVERITY:
        raise ValueError(f"{where}: penalty must be 1 (minor) or 5 (major), got {penalty!r}")
    if not before or before == after:
        raise ValueError(f"{where}: an edit needs a non-empty span that changes")
    return Edit(kind, penalty, before, after)


def apply(reference: str, edit: Edit) -> str:
    """The reference with the edit applied; the span must occur exactly once."""
    count = reference.count(edit.before)
    if count != 1:
        raise ValueError(
            f"span {edit.before!r} occurs {count} times in {reference!r}; it must occur exactly once"
        )
    return reference.replace(edit.before, edit.after, 1)


def apply_all(reference: str, edits: list[Edit]) -> str:
    text = reference
    for edit in edits:
        text = apply(text, edit)
    return text


def overlap(reference: str, a: Edit, b: Edit) -> bool:
    i, j = reference.index(a.before), reference.index(b.before)
    return i < j + len(b.before) and j < i + len(a.before)


def flips_negation(before: list[str], after: list[str], lang: str) -> bool:
    negations = set(_NEGATION[lang].split())
    return sum(w in negations for w in before) != sum(w in negations for w in after)


def swaps_antonym(before: list[str], after: list[str], lang: str) -> bool:
    """Does the edit replace a word by its antonym or converse (a pair in the lexicon)?"""
    removed, added = set(before) - set(after), set(after) - set(before)
    return any(frozenset((a, b)) in ANTONYMS[lang] for a in removed for b in added)


def check(edit: Edit, reference: str, source: str, lang: str) -> list[str]:
    """Problems with an edit's recorded type (empty list: the label holds)."""
    problems = []
    try:
        rejected = apply(reference, edit)
    except ValueError as exc:
        return [str(exc)]
    before, after = words(edit.before), words(edit.after)
    changed = set(before) ^ set(after)
    if edit.type == "num":
        digits = [w for w in changed if w[0].isdigit()]
        number_words = set(_NUMBER_WORDS[lang].split())
        if not digits and not (changed & number_words):
            problems.append(
                f"number/unit error changes no number or unit word: {edit.before!r} -> {edit.after!r}"
            )
    elif edit.type == "omi":
        if len(edit.after) >= len(edit.before) or not set(after) <= set(before):
            problems.append(f"omission must only delete words: {edit.before!r} -> {edit.after!r}")
    elif edit.type == "add":
        if len(edit.after) <= len(edit.before) or not set(before) <= set(after):
            problems.append(f"addition must only add words: {edit.before!r} -> {edit.after!r}")
    elif edit.type == "neg":
        if not flips_negation(before, after, lang) and not swaps_antonym(before, after, lang):
            problems.append(
                f"polarity error neither flips a negation nor swaps an antonym: {edit.before!r} -> {edit.after!r}"
            )
    elif edit.type == "sense" and (swaps_antonym(before, after, lang) or flips_negation(before, after, lang)):
        problems.append(
            f"says the opposite (antonym or negation): type it neg, not sense: {edit.before!r} -> {edit.after!r}"
        )
    elif edit.type == "unt":
        source_words = set(words(source))
        pieces = [p for w in after for p in w.split("-")]
        english = [w for w in pieces if w in source_words and w not in set(words(reference))]
        if not english:
            problems.append(f"untranslated span carries no source word: {edit.after!r}")
    elif edit.type == "pron":
        if not (changed & set(_PRONOUNS[lang].split())) and not (set(words(source)) & _GENDERED_SOURCE):
            problems.append(
                f"pronoun/gender error changes no pronoun or article and the source marks no gender: "
                f"{edit.before!r} -> {edit.after!r}"
            )
    elif edit.type == "ent":
        if not changed or changed & _NOT_NAMES:
            problems.append(f"entity error changes no name: {edit.before!r} -> {edit.after!r}")
    elif not changed:
        problems.append(f"{edit.type_name} error changes no word: {edit.before!r} -> {edit.after!r}")
    if rejected == reference:
        problems.append("edit leaves the reference unchanged")
    return problems
