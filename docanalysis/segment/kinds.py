"""Is a sentence a statement, and of which kind? Rules from Dutch policy prose.

A plan's own voice says what it will achieve and do: "We gaan ...", "Wij
versterken ...", "In 2025 realiseren we ...", "Per december 2025 staan ...", a bullet
that opens with an infinitive ("Versterken van de voordeur"), or a role as subject
("Teammanagers sturen op ..."). Labels over a list ("Doelen:", "Acties:", "We
stoppen met:") decide for the lines below them. Not statements: questions,
observations ("we zien dat ..."), quotes of people, mission and vision prose
(sections "Missie", "Visie", "Waar staan wij voor?"), and past tense (history in
a plan; a result in a report).

Kinds: `stop` stops or freezes work ("stoppen met", "niet meer", "continueren ...
en intensiveren niet"); `goal` is a desired state (beogen, streven, ambitie, a
state with a deadline); `commitment` is an action; `result` is what a report says
was done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..nlp import lemmatize_word
from .attributes import COUNT_NUMBER, normalise_deadline
from .tense import PAST_AUXILIARY, is_past, is_perfect

REPORT_TYPES = {"halfjaarrapportage", "jaarverslag"}
# "we"/"wij" as the subject of the main clause: within the first words, and not after a
# subordinator ("Dit betekent dat we ...", "De context waarin we ..." are about something else).
_FIRST_PERSON = re.compile(
    r"^(?:(?!(?:dat|waarin|waarop|waarmee|waar|die|omdat|zodat|als|wat|welke|hoe|wanneer|of|waarbij|terwijl|zoals)\b)\S+\s+){0,9}?(?:we|wij)\b",
    re.IGNORECASE,
)
_OWN = re.compile(r"^(?:Ons|Onze)\b")
_TIME_OPENING = re.compile(
    r"^(?:In|Per|Eind|Uiterlijk|Medio|Begin|Vanaf|Voor|Vóór|Na|Komend|Volgend|Dit|De komende|De (?:eerste|tweede) helft|In de loop van|In het (?:eerste|tweede))\b"
    r"(?:\s+\S+){0,6}?\s+(?:(?:19|20)\d{2}|Q[1-4]|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"(?<![\d-] )(?:jaar|jaren)|halfjaar|zomer|najaar|voorjaar)\b"
)
# "Voor jongeren van 12-18 jaar" is an age, not a moment: a count before "jaar" is no deadline.
_ROLE_SUBJECT = re.compile(
    r"^(?:De |Onze |Alle |Iedere? |Elke? )?(?:teammanagers?|teamleiders?|gezinswerkers?|TM|teams?|buurtteams?|medewerkers|iedereen|bestuurder|directie|"
    r"opgavemanagers?|coördinatoren|coördinator|"
    r"contactpersonen|professionals|gemeente, [A-Z]\w+)\b",
    re.IGNORECASE,
)
# Future tense or a time still to come: "zullen", "in de komende weken", "na de zomer".
_FUTURE = re.compile(
    r"^(?:\S+\s+){0,10}?(?:zal|zullen)\b|\b(?:in de komende (?:weken|maanden|periode|jaren)|na de zomer|dit najaar|volgend jaar|"
    r"in de tweede helft van (?:het|dit) jaar|in het tweede (?:deel|half ?jaar))\b",
    re.IGNORECASE,
)
_OBSERVATION = re.compile(
    r"\b(?:(?:zien|zagen|merken|merkten|constateren|constateerden|signaleren|signaleerden|lezen|hoorden|horen)\s+(?:we|wij)\b"
    r"|(?:we|wij)\s+(?:zien|zagen|merken|merkten|constateren|constateerden|ervaren|concluderen)\b|\bconcluderen (?:we|wij)\b|\bblijkt\b|\bbleek\b"
    r"|\b(?:lijkt|lijken|leek|leken)\b)",
    re.IGNORECASE,
)
# The document talking about itself ("In dit jaarplan lichten we toe", "hieronder") or the writers' beliefs.
_META = re.compile(
    r"\b(?:dit (?:jaar)?plan|deze (?:rapportage|notitie|vooruitblik|paragraaf)|hieronder|hierboven|volgende (?:\w+ )?pagina|in het schema|"
    r"lichten we\b.*\btoe|leest u|beschrijven we|zijn ons (?:ervan )?bewust|"
    r"(?:geloven|hopen|vermoeden|duiden|vinden) (?:we|wij)|(?:we|wij) (?:geloven|hopen|vermoeden|duiden|vinden)|kunnen (?:we|wij) ons .*vinden|"
    r"hebben (?:we|wij) de indruk|(?:we|wij) hebben de indruk|weten (?:we|wij) dat|(?:we|wij) weten dat|"
    r"(?:(?:we|wij) (?:lichten|zoomen)|(?:lichten|zoomen) (?:we|wij))\b.*\b(?:uit|in)|nemen (?:we|wij) (?:je|u)\b)\b",
    re.IGNORECASE,
)
# How people feel about the present ("Medewerkers zijn wel tevreden over ..."): an evaluation, unless a
# goals label or title makes it a desired state ("Doelen: Klanten zijn tevreden over ...").
_EVALUATION = re.compile(r"\b(?:is|zijn|waren|was)\s+(?:\w+\s+){0,2}?(?:tevreden|ontevreden|trots|blij|positief|kritisch)\s+(?:over|op|met)\b", re.IGNORECASE)
_QUOTE = re.compile(r"^[“\"‘']|\b(?:zegt|vertelt|aldus|vertelde|zei)\b")
_STOP = re.compile(
    r"\b(?:stoppen|stopt|stop)\s+(?:we\s+|wij\s+)?met\b|\bniet\s+m[eé]{2}r\b|\bintensiveren\b.{0,40}\bniet\b|\bniet\s+(?:\w+\s+){0,2}intensiveren\b"
    r"|\bbouwen\b.{0,30}\baf\b|\bafbouwen\b|\bafgebouwd\b|\bbeëindig(?:en|d|t)\b|\bgestopt\b|\bcontinueren\b|\bverminderen\b|\bheroverwegen\b",
    re.IGNORECASE,
)
_GOAL = re.compile(
    r"\b(?:beogen|beoogt|beoogd|streven|streeft|ambitie|ambiëren|doel\s+(?:is|van)|doelstelling|willen\s+(?!\w+\s+(?:onderzoeken|verkennen|kijken))"
    r"|moet\s+bijdragen|zorgen\s+(?:we\s+)?voor\s+goede)\b",
    re.IGNORECASE,
)
# An end with its means ("We verlagen het verzuim door:", "... door het toepassen van ...") or a
# measurable target ("naar 7%", "60 procent") is a goal, however active its verb.
_MEANS = re.compile(r"\bdoor\s*:|\bdoor\s+(?:te|het|op|middel|samen|in te zetten)\b", re.IGNORECASE)
_TARGET = re.compile(r"\d\s*(?:%|procent)", re.IGNORECASE)
# A quantity moved to a value ("De wachttijd gaat naar tien werkdagen", "We brengen het verzuim terug naar 6"):
# a measurable target, so a goal.
_MOVED_TO_VALUE = re.compile(
    r"\b(?:gaat|gaan|daalt|dalen|stijgt|stijgen|groeit|groeien|verlagen|verhogen|brengen|brengt|terug|uit)\s+(?:\S+\s+){0,4}?naar\s+"
    rf"(?:maximaal\s+|minimaal\s+|ten minste\s+|hooguit\s+)?{COUNT_NUMBER}\b",
    re.IGNORECASE,
)
# An inline label opening a line: "Doel: ...", "Ambitie: ...", "Resultaat eind 2026: ...", "Acties: ...".
_INLINE_LABEL = re.compile(r"^(Doel|Doelen|Ambitie|Beoogd resultaat|Resultaat|Streefwaarde|Streefcijfer|Indicator|Prestatie-indicator|KPI|Mijlpaal|Actie|Acties|Activiteit)\b[^:.]{0,30}:\s*\S", re.IGNORECASE)
_GOAL_LABEL = re.compile(r"\b(?:doel|doelen|ambitie|ambities|beoogd resultaat|beoogde resultaten|streefwaarde|streefcijfer|indicator|prestatie-indicator|kpi|mijlpaal)\b", re.IGNORECASE)
_ACTION_LABEL = re.compile(r"\b(?:actie|acties|activiteit|activiteiten|inzet|aanpak|regulier werk|gezinswerker|teammanager|werkwijze)\b", re.IGNORECASE)
_CONTEXT_LABEL = re.compile(
    r"^(?:context|achtergrond|aanleiding|volgen|monitoren|monitoring|terugblik|inhoudsopgave|leeswijzer|bronnen|voorwoord|inhoud|"
    r"hoe ziet de situatie eruit|voor wie|cijfers|kerncijfers|inleiding|samenvatting|bijlagen?|"
    r"missie|visie|missie en visie|waarom bestaan (?:wij|we)|waar staan (?:wij|we) voor|wie zijn (?:wij|we)|kernwaarden|"
    # a heading that asks why ("Waar zetten we op in en waarom?") announces the reasons for the goals that follow
    r"[^?]*\bwaarom\s*\?)",
    re.IGNORECASE,
)
# Sections that look back: in a plan they are context, in a report they hold its results.
_RESULT_LABEL = re.compile(r"^(?:resultaten|behaalde resultaten|terugblik|evaluatie|tussenevaluatie|wat hebben we bereikt)\b", re.IGNORECASE)
# A fragment that leans on the sentence before it ("Met oog voor de langere termijn.").
_FRAGMENT = re.compile(r"^(?:Met|Van|En|Door|Om|Zodat|Waarbij|Waarmee|Maar|Of|Bijvoorbeeld|Zoals|Vanuit|Naar)\b")
# "En een visie op ...": a phrase joined to the line before it, however long, has no verb of its own.
_COORDINATED_PHRASE = re.compile(r"^(?:En|Of|Maar)\s+(?:ook\s+)?(?:een|de|het)\s+\w+\s+(?:op|van|voor|over|om)\b(?!.*\b(?:we|wij)\b)")
_COPULA_STATE = re.compile(r"^(?:\S+\s+){0,8}?(?:is|zijn|staat|staan|heeft|hebben|kennen|weten|ervaren|voelen|beschikken)\b", re.IGNORECASE)
# A state reached: "De aanpak is doorontwikkeld", "We hebben de inzet verstevigd" (a goal, written as done).
_STATE = re.compile(
    r"^(?:\S+\s+){0,10}?(?:is|zijn|hebben)\s+(?:\S+\s+){0,10}?(?:ge|ver|be|ont|door|in|toe|aan|op|uit)\w{2,}[dt]\b[.!]?(?:\s|$)(?![a-z])",
    re.IGNORECASE,
)
_UNIVERSAL_SUBJECT = re.compile(r"^(?:Elke|Elk|Ieder|Iedere|Alle)\s+(?:[a-zà-ÿ-]{3,}\s+){1,2}?(?!(?:die|dat|met|van|in|op|voor)\b)[a-zà-ÿ]+(?:t|en)\b")
_COUNTED = re.compile(rf"(?<![A-Za-z]){COUNT_NUMBER}\b", re.IGNORECASE)
_NOUN_IN_EN = {"jongeren", "kinderen", "ouders", "gezinnen", "teams", "scholen", "wijken", "partners", "medewerkers", "klanten", "inwoners"}
MIN_WORDS = 4


@dataclass
class Verdict:
    is_statement: bool
    kind: str = "commitment"
    strength: float = 0.0
    """How sure the rules are (0–1); becomes `Statement.confidence`."""
    cues: tuple[str, ...] = ()
    """Names of the cues that fired (read by `benchmarks/bench_statement_classifier.py`)."""


def is_context_label(label: str | None) -> bool:
    return bool(label and _CONTEXT_LABEL.search(label.strip()))


_INTRODUCTION = re.compile(r"^(?:inleiding|introductie|voorwoord|samenvatting|leeswijzer|managementsamenvatting)\b", re.IGNORECASE)


def is_introduction(title: str | None) -> bool:
    """An introduction or summary announces the plan; its intentions are stated again where the plan makes them,
    so even its forward-looking sentences are not statements (unlike a "Context:" block that turns into a plan)."""
    return bool(title and _INTRODUCTION.search(title.strip()))


# A section title that announces a list of statements ("Doelen 2025", "Acties opgave").
_LIST_TITLE = re.compile(
    r"^(?:onze\s+)?(?:doelen|doel|acties|actie|activiteiten|ambities|ambitie|speerpunten|afspraken|wat gaan we doen|wat doen we|hoe gaan we|"
    r"wat (?:we|wij) niet meer doen|waar (?:we|wij) mee stoppen|stoppen|afbouw)\b",
    re.IGNORECASE,
)


# Header row of a flattened plan table: "Onderwerp Doel Wie verantwoordelijk?".
_COLUMN_WORDS = {
    "onderwerp", "doel", "doelen", "wie", "verantwoordelijk", "verantwoordelijke", "actie", "acties", "activiteit",
    "activiteiten", "wanneer", "planning", "termijn", "thema", "resultaat", "beoogd", "indicator", "eigenaar", "status",
    "toelichting", "en", "inzet", "wat", "hoe", "taak", "taken",
}
_COLUMN_KEYS = {"doel", "doelen", "actie", "acties", "activiteit", "activiteiten", "resultaat", "taak", "taken"}


def is_table_header(text: str) -> bool:
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    return 2 <= len(words) <= 8 and set(words) <= _COLUMN_WORDS and bool(set(words) & _COLUMN_KEYS)


def title_lists_statements(title: str | None) -> bool:
    """Whether a section title or table header (not a label) says that the lines below it are goals or actions."""
    return bool(title and (_LIST_TITLE.search(title.strip()) or is_table_header(title)))


def label_kind(label: str | None) -> str | None:
    """The kind a label imposes on the lines under it, or None for no opinion."""
    if not label or is_context_label(label):
        return None
    if _STOP.search(label):
        return "stop"
    if _GOAL_LABEL.search(label):
        return "goal"
    if _ACTION_LABEL.search(label):
        return "commitment"
    return None


def is_fragment(sentence: str) -> bool:
    """A short phrase without a clause of its own ("Met een aansprekende ambitie en ondersteuning.")
    finishes the sentence before it."""
    return bool(_FRAGMENT.match(sentence)) and len(sentence.split()) < 14 or bool(_COORDINATED_PHRASE.match(sentence))


_SUBORDINATE = re.compile(r"\b(?:welke|dat|die|hoe|wat|waar|waarin|waarmee|waarop|wanneer|omdat|zodat|als|of)\s+(?:\S+\s+){0,3}?(?:we|wij|ze|zij|u)\b", re.IGNORECASE)


def _future_in_main_clause(sentence: str) -> bool:
    """The future of the sentence itself ("We zullen ...", "Volgend jaar openen we ..."), not of a clause
    inside it ("Hun ervaringen bepalen welke activiteiten we volgend jaar voortzetten")."""
    future = _FUTURE.search(sentence)
    if not future:
        return False
    clause = _SUBORDINATE.search(sentence)
    return not (clause and clause.start() < future.start() and not _FIRST_PERSON.search(sentence[: clause.start()]))


def _before_the_period(sentence: str, year: int | None) -> bool:
    """History in a report ("In 2018 werd de stichting opgericht"): only years before the one it reports on."""
    years = [int(found) for found in re.findall(r"\b((?:19|20)\d{2})\b", sentence)]
    return bool(year and years and max(years) < year)


_NORM = re.compile(rf"\b(?:binnen|uiterlijk|maximaal|hooguit)\s+{COUNT_NUMBER}\s+(?:werkdagen|dagen|weken|maanden)\b", re.IGNORECASE)
_PASSIVE_PLAN = re.compile(r"^Er\s+(?:wordt|worden|zal|zullen)\s+(?:\S+\s+){0,12}?(?:ge|be|ver|ont|in|op|uit|aan)\w+[dt]\b", re.IGNORECASE)
_OWN_HEAD_NOUN = re.compile(r"^(Gemeente|Stichting|Vereniging|Coöperatie|Provincie)\s+\S")


def _names_itself(sentence: str, organisation: str | None) -> bool:
    """The organisation as subject: its name ("Spoor030 zet in op ..."), or for "Gemeente Rijnstad"
    also "De gemeente ...", as its own documents call it."""
    if not organisation:
        return False
    head = _OWN_HEAD_NOUN.match(organisation)
    return sentence.startswith(organisation) or bool(head and sentence.lower().startswith(f"de {head.group(1).lower()} "))


def _first_word(sentence: str) -> str:
    match = re.match(r"[A-Za-zÀ-ÿ-]+", sentence)
    return match.group(0) if match else ""


def opens_with_infinitive(sentence: str) -> bool:
    """"Versterken van ...", "Opvolgen en implementeren ...", "Het versterken van ...", "Te komen tot ..."."""
    if re.match(r"^(?:Te|Om)\s+\w+", sentence) or re.match(r"^Het\s+(?:\S+\s+){0,3}?\w+en\s+(?:van|en|we)\b", sentence):
        return True
    word = _first_word(sentence).lower()
    return len(word) > 4 and word.endswith("en") and word not in _NOUN_IN_EN and lemmatize_word(word) == word


def _kind(sentence: str, label: str | None, has_deadline_opening: bool) -> str:
    if _STOP.search(sentence):
        return "stop"
    inline = _INLINE_LABEL.match(sentence)
    imposed = label_kind(inline.group(1) if inline else label)
    if imposed:
        return imposed
    if _GOAL.search(sentence) or _MEANS.search(sentence) or _TARGET.search(sentence) or _MOVED_TO_VALUE.search(sentence) or _NORM.search(sentence):
        return "goal"
    first_person = bool(_FIRST_PERSON.search(sentence))
    if has_deadline_opening and (sentence.startswith("Per ") or _COPULA_STATE.search(sentence) and not first_person):
        return "goal"
    if _STATE.search(sentence) or (_COPULA_STATE.search(sentence) and not first_person and not _ROLE_SUBJECT.match(sentence)):
        return "goal"
    if _UNIVERSAL_SUBJECT.match(sentence) and not _ROLE_SUBJECT.match(sentence):
        return "goal"  # a state that is to hold for every school, family, wijk
    return "commitment"


def judge(
    sentence: str,
    label: str | None,
    doc_type: str,
    organisation: str | None,
    in_list: bool,
    section_title: str | None = None,
    year: int | None = None,
) -> Verdict:
    """Whether a sentence (or list item) is a statement of the document's own voice, and its kind.

    A label ("Doelen:") decides both; a section title such as "Doelen 2025" only
    says that the lines under it are statements, not which kind.
    """
    sentence = sentence.strip()
    words = sentence.split()
    if len(words) < MIN_WORDS or sentence.endswith("?") or is_context_label(label):
        return Verdict(False)
    if _QUOTE.search(sentence) or _OBSERVATION.search(sentence) or _META.search(sentence):
        return Verdict(False)
    deadline_opening = bool(_TIME_OPENING.match(sentence))
    cues = {
        "own_voice": bool(_FIRST_PERSON.match(sentence)) or _names_itself(sentence, organisation),
        # A municipality's plan in the passive: "Er wordt in 2026 een pilot gestart", "Er worden twee teams gevormd".
        "passive_plan": bool(_PASSIVE_PLAN.match(sentence)) and doc_type not in REPORT_TYPES,
        "deadline_opening": deadline_opening,
        "role_subject": bool(_ROLE_SUBJECT.match(sentence)),
        "goal_word": bool(_GOAL.search(sentence) or _MOVED_TO_VALUE.search(sentence)),
        "stop_word": bool(_STOP.search(sentence) and in_list),
        "infinitive": bool((in_list or title_lists_statements(section_title)) and opens_with_infinitive(sentence)),
        "future": _future_in_main_clause(sentence),
        "inline_label": bool(_INLINE_LABEL.match(sentence)),
        # A bullet that says what holds for all ("Elke school krijgt een vaste jeugdprofessional").
        "universal_subject": in_list and bool(_UNIVERSAL_SUBJECT.match(sentence)),
        # "Onze inzet richt zich op ...", "Onze aanpak is doorontwikkeld"; not "Ons bereik is groot" (a description).
        # ... or "Ons crisisteam is vanaf 1 april 2026 ook 's avonds bereikbaar" (a state by a date).
        "own_subject": bool(
            _OWN.match(sentence)
            and (re.search(r"\b(?:richt|zal|gaat|blijft)\b", sentence) or _STATE.search(sentence) or normalise_deadline(sentence, year))
        ),
        # A service norm: "Gezinnen met geldzorgen krijgen binnen twee weken een budgetcoach".
        "norm": bool(_NORM.search(sentence)) and doc_type not in REPORT_TYPES,
    }
    cue = any(cues.values())
    labelled = label_kind(label) is not None or title_lists_statements(section_title)
    if _EVALUATION.search(sentence) and not labelled:
        return Verdict(False)
    if any(_RESULT_LABEL.search(title or "") for title in (label, section_title)):
        return Verdict(True, "result", 0.5) if doc_type in REPORT_TYPES else Verdict(False)
    # In a report the present tense of a role ("Gezinswerkers wijzen klanten op ...") tells how the work
    # is done today; what the organisation intends is written in its own voice or looks ahead.
    if doc_type in REPORT_TYPES and not labelled and {name for name, on in cues.items() if on} == {"role_subject"}:
        return Verdict(False)
    # A report's figures need no "we": "Op zes scholen is een jeugdprofessional gestart", "Het verzuim bedroeg 6,8%".
    if doc_type in REPORT_TYPES and not cue and not labelled and _COUNTED.search(sentence) and (is_past(sentence, year) or is_perfect(sentence, anywhere=True)):
        return Verdict(False) if _before_the_period(sentence, year) else Verdict(True, "result", 0.5)
    fragment = is_fragment(sentence)
    if not cue and not (labelled and (in_list or len(words) >= 6) and not fragment):
        return Verdict(False)
    narrative_perfect = not labelled and (not in_list or doc_type in REPORT_TYPES) and is_perfect(sentence, anywhere=doc_type in REPORT_TYPES)
    # "We beogen eind dit jaar gestart te zijn" looks ahead; "Het doel was ..." does not.
    looks_ahead = (cues["goal_word"] or cues["future"]) and not PAST_AUXILIARY.search(sentence)
    if not looks_ahead and (is_past(sentence, year) or narrative_perfect):
        if doc_type in REPORT_TYPES:
            return Verdict(False) if _before_the_period(sentence, year) else Verdict(True, "result", 0.5)
        if not labelled:
            return Verdict(False)
    kind = _kind(sentence, label, deadline_opening)
    strength = 0.9 if labelled and cue else 0.75 if cue else 0.6
    return Verdict(True, kind, strength, tuple(name for name, on in cues.items() if on))
