"""Attributes of a statement: deadline, targets, scope, responsible, places, partners.

Deadlines are normalised with the document's year as context, because plans write
"in Q1" or "voor de zomer" and mean their own year: "2025-Q1", "2025-07",
"2025-02-01", "2025-H2". Places and partners come from gazetteers in
`docanalysis/data/` (places.json, partners.json, roles.json), never from code.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language

from ..model import Statement, Target
from ..resources import load_json

MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
}
_MONTH = "(" + "|".join(MONTHS) + ")"
_YEAR = r"((?:19|20)\d{2})"
NUMBER_WORDS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "twaalf": 12}
COUNT_NUMBER = r"(?:\d+|" + "|".join(word for word in NUMBER_WORDS if word not in {"een", "één"}) + r")"
"""A number that counts something: digits or a number word, not the article "een" nor "één"."""
# Vague moments of a year, as the month or part they point to.
_SEASONS = [
    (r"voor de zomer(?:vakantie)?", "-06"), (r"na de zomer(?:vakantie)?", "-09"), (r"(?:dit |het )?najaar", "-Q4"),
    (r"(?:dit |het )?voorjaar", "-Q2"), (r"(?:in )?het eerste half ?jaar", "-H1"), (r"(?:in )?het tweede half ?jaar", "-H2"),
    (r"(?:de )?eerste helft van", "-H1"), (r"(?:de )?tweede helft van", "-H2"), (r"eind(?:e)? (?:van )?dit jaar", "-12"),
]


def _year_near(text: str, start: int, default: int | None) -> int | None:
    """The year written right after a vague moment ("eerste halfjaar van 2025"), else the document's."""
    match = re.match(r"\s*(?:van\s+)?(?:het\s+jaar\s+)?" + _YEAR, text[start:])
    return int(match.group(1)) if match else default


def normalise_deadline(text: str, year: int | None = None) -> str | None:
    """The most specific deadline a text names, ISO-like; None when it names none.

    Tried from specific to vague: a full date, a quarter, a month, a season or
    half-year, "eind"/"begin"/"medio" of a year, and a bare year after a time
    preposition ("in 2025", "per 2026").
    """
    lowered = text.lower()
    match = re.search(r"\b(\d{1,2})\s+" + _MONTH + r"(?:\s+" + _YEAR + r")?", lowered)
    if match and (match.group(3) or year):
        return f"{match.group(3) or year}-{MONTHS[match.group(2)]:02d}-{int(match.group(1)):02d}"
    match = re.search(r"\bq([1-4])(?:\s*(?:van\s+)?" + _YEAR + r")?\b", lowered)
    if match and (match.group(2) or year):
        return f"{match.group(2) or year}-Q{match.group(1)}"
    match = re.search(r"\b(?:per|in|vanaf|voor|vóór|uiterlijk|eind|begin|medio)?\s*" + _MONTH + r"(?:\s+" + _YEAR + r")?\b", lowered)
    if match and (match.group(2) or year):
        return f"{match.group(2) or year}-{MONTHS[match.group(1)]:02d}"
    for pattern, suffix in _SEASONS:
        found = re.search(r"\b" + pattern, lowered)
        if found:
            found_year = _year_near(lowered, found.end(), year)
            if found_year:
                return f"{found_year}{suffix}"
    match = re.search(r"\b(eind|einde|begin|medio|mid|halverwege)\s+(?:van\s+)?" + _YEAR, lowered)
    if match:
        part = {"eind": "-12", "einde": "-12", "begin": "-Q1"}.get(match.group(1), "-06")
        return f"{match.group(2)}{part}"
    match = re.search(r"\b(?:in|per|vanaf|voor|vóór|uiterlijk|tot|t/m|na)\s+" + _YEAR + r"\b", lowered)
    if match:
        return match.group(1)
    match = re.match(r"^\s*(?:doel|doelen|resultaat|ambitie|acties?|planning)\s+" + _YEAR + r"\s*:", lowered)  # "Doel 2026: ..."
    return match.group(1) if match else None


_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*(%|procent)(?:\s+van\s+(?:de\s+|het\s+|alle\s+)?\w+)?")
_EURO = re.compile(r"€\s*(\d+(?:[.,]\d+)?)\s*(miljoen|mln|duizend|k)?")
_DURATION = re.compile(r"\b(?:binnen|na|uiterlijk|maximaal|minimaal)\s+(?:uiterlijk\s+)?(\d+|" + "|".join(NUMBER_WORDS) + r")\s+(werkdagen|dagen|weken|maanden)\b")
# "een" is the article far more often than the number ("met een klant"), so a
# count needs digits or another number word; "één" with accents stays a number.
_COUNT = re.compile(
    r"\b(?:minimaal|maximaal|ten minste|tenminste|op|met|voor|naar)\s+(\d+|"
    + "|".join(word for word in NUMBER_WORDS if word != "een")
    + r")(?:\s+à\s+\d+)?\s+([a-zà-ÿ']{3,})\b"
)


def _number(token: str) -> float:
    return float(NUMBER_WORDS[token]) if token in NUMBER_WORDS else float(token.replace(",", "."))


def extract_targets(text: str) -> list[Target]:
    """Measurable targets: percentages, amounts, durations, counts ("minimaal 1 casus")."""
    targets: list[Target] = []
    for match in _PERCENT.finditer(text):
        targets.append(Target(_number(match.group(1)), "%", match.group(0).strip()))
    for match in _EURO.finditer(text):
        scale = {"miljoen": 1e6, "mln": 1e6, "duizend": 1e3, "k": 1e3}.get(match.group(2) or "", 1.0)
        targets.append(Target(_number(match.group(1)) * scale, "EUR", match.group(0).strip()))
    lowered = text.lower()
    for match in _DURATION.finditer(lowered):
        targets.append(Target(_number(match.group(1)), match.group(2), text[match.start():match.end()]))
    for match in _COUNT.finditer(lowered):
        if match.group(2) not in {"procent", "werkdagen", "dagen", "weken", "maanden", "jaar"}:
            targets.append(Target(_number(match.group(1)), match.group(2), text[match.start():match.end()]))
    return targets


_SCOPES = [
    ("alle teams", r"\b(?:alle (?:buurt|wijk)?teams|ieder(?:e)? (?:buurt)?team|elk (?:buurt)?team|alle gezinswerkers|iedere gezinswerker|organisatiebreed|alle wijken)\b"),
    ("enkele teams", r"\b(?:enkele (?:buurt|wijk)?teams|een aantal (?:buurt|wijk)?teams|een aantal wijken|enkele wijken|drie teams|twee teams)\b"),
    ("stedelijk", r"\b(?:stedelijk|stadsbreed|in de hele stad|citybreed)\b"),
]


def extract_scope(text: str, places: list[str]) -> str | None:
    """Which part of the organisation a statement covers: all teams, some, the city, or named wijken."""
    lowered = text.lower()
    for scope, pattern in _SCOPES:
        if re.search(pattern, lowered):
            return scope
    return "wijk: " + ", ".join(places) if places else None


@lru_cache(maxsize=None)
def _gazetteer(name: str, key: str) -> list[tuple[re.Pattern[str], str]]:
    """Alias patterns of a gazetteer, longest first so "Overvecht De Gagel" wins over "Overvecht"."""
    entries = []
    for entry in load_json(name)[key]:
        for alias in {entry["name"], *entry.get("aliases", [])}:
            entries.append((re.compile(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])"), entry["name"], len(alias)))
    entries.sort(key=lambda item: -item[2])
    return [(pattern, name) for pattern, name, _ in entries]


def find_names(text: str, gazetteer: str, key: str) -> list[str]:
    """Names of a gazetteer mentioned in a text, each once, in order of first mention."""
    found: dict[str, int] = {}
    taken: list[tuple[int, int]] = []
    for pattern, name in _gazetteer(gazetteer, key):
        for match in pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            taken.append((match.start(), match.end()))
            found.setdefault(name, match.start())
    return sorted(found, key=found.__getitem__)


_NAME = r"[A-Z][\w'’-]+(?:[ -](?:(?:aan|op|de|den|het|in)\s+)*[A-Z][\w'’-]+)*"
# Places of a town the gazetteer does not know, named the way plans name them:
# "in de wijken Lindenhof, De Akker en Oosterpark", "in de buurt Zuiderhof", "in Zuidhaven-Noord".
_PLACE_LIST = re.compile(
    r"\b(?:wijk|wijken|buurt|buurten|stadsdeel|stadsdelen|kern|kernen|dorp|dorpen|wijkteamgebied)\s+"
    rf"({_NAME}(?:\s*,\s*{_NAME})*(?:\s+en\s+{_NAME})?)"
)
_COMPASS_PLACE = re.compile(r"\b[A-Z][a-zà-ÿ]+-(?:Noord|Zuid|Oost|West|Centrum|Noordoost|Noordwest|Zuidoost|Zuidwest)\b")


def find_places(text: str) -> list[str]:
    """Wijken and buurten a statement names: from the gazetteer (`data/places.json`), and for a town it
    does not know from how plans introduce them ("in de wijken A, B en C", "Zuidhaven-Noord")."""
    places = find_names(text, "places.json", "places")
    named = [name.strip() for match in _PLACE_LIST.finditer(text) for name in re.split(r"\s*,\s*|\s+en\s+", match.group(1))]
    named += _COMPASS_PLACE.findall(text)
    for name in named:
        if name and name not in places and not any(name in known or known in name for known in places):
            places.append(name)
    return places


def is_role_line(text: str) -> bool:
    """A short line made only of roles ("Alle teams", "Teammanager, enkele teams"): a "Wie?" table cell."""
    words = re.findall(r"[\w&+/-]+", text.lower())
    roles = load_json("roles.json")
    vocabulary, heads = set(roles["words"]) | set(roles["heads"]), set(roles["heads"])
    unknown = [word for word in words if word not in vocabulary and not word.isdigit()]
    # Role words only, up to abbreviations of teams or wijken ("Alle teams (kernteams ZW, W en LR)").
    return 0 < len(words) <= 14 and all(len(word) <= 3 for word in unknown) and any(word in heads for word in words)


def responsible_from_subject(text: str) -> list[str]:
    """The role that is the subject of a statement ("Teammanagers volgen ...", "Alle teams rapporteren ...")."""
    match = re.match(r"^(?:De |Iedere? |Elke? |Alle )?(" + "|".join(load_json("roles.json")["subjects"]) + r")\b", text)
    return [match.group(0).strip()] if match else []


def annotate(statement: Statement, year: int | None, organisation: str | None) -> None:
    """Fill a statement's attributes from its text (responsible and deadline may already come from table cells)."""
    text = statement.text
    statement.deadline = normalise_deadline(text, year) or statement.deadline  # else a table's "Wanneer" cell
    statement.targets = extract_targets(text)
    statement.places = find_places(text)
    statement.partners = [name for name in find_names(text, "partners.json", "partners") if name != organisation]
    statement.scope = extract_scope(text, statement.places)
    if not statement.responsible:
        statement.responsible = responsible_from_subject(text)


def add_organisations(statements: list[Statement], nlp: Language, organisation: str | None) -> None:
    """Organisations a trained pipeline recognises (ORG entities) join the gazetteer's partners.

    Only when the pipeline has an entity recogniser (`nl_core_news_md`); the blank
    pipeline has none and the gazetteer stands alone.
    """
    if not nlp.has_pipe("ner"):
        return
    for statement, doc in zip(statements, nlp.pipe(statement.text for statement in statements)):
        for entity in doc.ents:
            name = entity.text.strip()
            if entity.label_ == "ORG" and name != organisation and name not in statement.partners:
                statement.partners.append(name)
