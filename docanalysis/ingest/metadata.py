"""Organisation, document type, year, title and language of a document.

Detection reads the opening of the document (where title pages and letterheads
are) and the file name; a manifest row overrides any field, and `detected` lists
the fields whose value was detected rather than given.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import DocumentMeta
from ..resources import load_json
from .clean import OPEN_ENDINGS

_YEAR = r"(20[0-9]{2})"
# Document-type words, most specific first: "halfjaarrapportage" also contains "jaar".
_DOC_TYPE_WORDS: list[tuple[str, str]] = [
    ("opdrachtbrief", r"opdrachtbrief|opdrachtverlening"),
    ("halfjaarrapportage", r"half[- ]?jaar(?:rapportage|verslag|rapport|bericht)"),
    ("jaarverslag", r"jaarverslag|jaarrapportage|jaarrekening|jaarbericht"),
    ("vooruitblik", r"vooruitblik"),
    ("jaarplan", r"jaarplan|werkplan|jaarprogramma|uitvoeringsplan|meerjarenplan"),
]
# A letter greets and signs off; "Onderwerp" or "kenmerk" alone also head tables and forms.
SALUTATION = re.compile(r"^\s*(Geachte?|Beste)\b", re.M)  # "Geacht college", "Geachte heer"
CLOSING = re.compile(r"^\s*(Hoogachtend|Met (vriendelijke|hartelijke) groet(en)?|Namens (burgemeester|het college))\b", re.I | re.M)
_LETTERHEAD = re.compile(r"\b(Onderwerp|Ons kenmerk|Uw kenmerk|Datum)\b(?!\s*\|)")
_ASKED_YEAR = re.compile(
    rf"(?:subsidie|jaarplan|plan|begroting|werkplan|opdracht)\s+(?:voor\s+)?(?:het\s+jaar\s+)?{_YEAR}", re.I
)
_STOPWORDS = {
    "nl": {"de", "het", "een", "en", "van", "in", "is", "op", "te", "voor", "met", "niet", "wij", "we", "dat", "zijn", "ook", "aan", "bij", "om"},
    "en": {"the", "and", "of", "to", "in", "is", "for", "with", "not", "we", "that", "are", "on", "by", "this", "be", "as", "at", "our", "will"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "für", "auf", "wir", "sind", "den", "dem", "ein", "eine", "zu", "von", "auch", "sich", "wird"},
    "fr": {"le", "la", "les", "et", "des", "est", "pour", "dans", "une", "du", "que", "nous", "sont", "pas", "avec", "sur", "par", "qui", "au", "ce"},
}


def detect_language(text: str) -> str | None:
    """The language whose function words are most frequent ('nl', 'en', ...), or None for too little text."""
    words = re.findall(r"[a-zäëïöüéèàç]+", text[:20000].lower())
    if len(words) < 30:
        return None
    counts = {lang: sum(1 for word in words if word in stop) for lang, stop in _STOPWORDS.items()}
    best = max(counts, key=counts.get)
    return best if counts[best] >= 0.05 * len(words) else None


def _doc_type(opening: str, filename: str) -> str:
    for source in (filename, opening):
        for doc_type, pattern in _DOC_TYPE_WORDS:
            if re.search(pattern, source, re.I):
                if doc_type == "jaarplan" and source is opening and _is_letter(opening):
                    return "opdrachtbrief"  # a letter that asks for a jaarplan
                return doc_type
    return "opdrachtbrief" if _is_letter(opening) else "other"


def _is_letter(opening: str) -> bool:
    """A salutation plus a letterhead field: the shape of a Dutch official letter."""
    return bool((SALUTATION.search(opening) or CLOSING.search(opening)) and _LETTERHEAD.search(opening))


def _year(opening: str, filename: str, text: str, doc_type: str) -> int | None:
    if doc_type == "opdrachtbrief":
        asked = _ASKED_YEAR.search(opening)
        if asked:
            return int(asked.group(1))
    in_name = re.findall(_YEAR, filename)
    if in_name:
        return int(in_name[-1])
    # "Jaarplan 2025" in a title or running footer; the most frequent pairing wins,
    # so "zoals in ons jaarplan 2024 stond" does not decide the year of a 2025 plan.
    pattern = dict(_DOC_TYPE_WORDS).get(doc_type)
    if pattern:
        named = Counter(int(year) for year in re.findall(rf"(?:{pattern})[^0-9\n]{{0,40}}?{_YEAR}", text, re.I))
        if named:
            return max(named, key=lambda year: (named[year], year))
    years = Counter(re.findall(rf"\b{_YEAR}\b", text))
    return int(years.most_common(1)[0][0]) if years else None


def _organisation(opening: str, text: str, doc_type: str) -> str | None:
    known: list[dict] = load_json("organisations.json")
    if doc_type == "opdrachtbrief":
        # The sender of a letter is named in its letterhead, before the salutation.
        head = opening.split("Geachte", 1)[0]
        city = re.search(r"\bwww\.([a-z\-]+)\.nl\b|\bGemeente\s+([A-Z][a-z\-]+)", head)
        if city:
            return f"Gemeente {(city.group(1) or city.group(2)).replace('-', ' ').title()}"
    counts: Counter[str] = Counter()
    for org in known:
        for alias in org["aliases"]:
            counts[org["name"]] += len(re.findall(rf"\b{re.escape(alias)}\b", text))
    if counts and counts.most_common(1)[0][1] >= 2:
        return counts.most_common(1)[0][0]
    stichting = re.search(r"\bStichting\s+([A-Z][\w\-]+)", text)
    if stichting:
        return stichting.group(1)
    # A municipality's own plan names it in its title block ("Gemeente Rijnstad" + "Uitvoeringsplan Jeugd 2026").
    lines = opening.splitlines()[:3]
    for number, line in enumerate(lines):
        municipality = re.match(r"^Gemeente\s+([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s*$", line)
        runs_on = number and lines[number - 1].split()[-1].lower() in OPEN_ENDINGS  # "Wij werken samen met" + "Gemeente X"
        if municipality and not runs_on:
            return f"Gemeente {municipality.group(1)}"
    return None


def _title(lines: list[str], meta: DocumentMeta) -> str | None:
    """A letter's subject line; else a short line naming the document type; else a made-up one."""
    if meta.doc_type == "opdrachtbrief":
        for number, line in enumerate(lines[:60]):
            subject = re.search(r"\bOnderwerp:?\s+(.+)", line)
            if subject:
                title = subject.group(1)
                if number + 1 < len(lines) and lines[number + 1][:1].islower():
                    title += " " + lines[number + 1]
                return re.split(r"\s+(?:Bijlage|Uw kenmerk|Ons kenmerk)", title)[0].strip()
    pattern = dict(_DOC_TYPE_WORDS).get(meta.doc_type)
    for line in lines[:40]:
        if pattern and re.search(pattern, line, re.I) and len(line) <= 90:
            return line.strip()
    if meta.doc_type != "other":
        return " ".join(str(part) for part in (meta.organisation, meta.doc_type.capitalize(), meta.year) if part)
    return next((line.strip() for line in lines[:10] if 3 <= len(line) <= 90), None)


def detect(text: str, filename: str, manifest: dict[str, str] | None = None) -> DocumentMeta:
    """Metadata of a document from its text and file name, overridden by a manifest row."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    opening = "\n".join(lines[:60])
    doc_type = _doc_type(opening, filename)
    detected = DocumentMeta(
        organisation=_organisation(opening, text, doc_type),
        doc_type=doc_type,
        year=_year(opening, filename, text, doc_type),
        language=detect_language(text),
    )
    detected.title = _title(lines, detected)
    meta = DocumentMeta(language=detected.language)
    manifest = {key: value for key, value in (manifest or {}).items() if value not in (None, "")}
    for name in ("organisation", "doc_type", "year", "title"):
        if name in manifest:
            value = manifest[name]
            setattr(meta, name, int(value) if name == "year" else value)
        else:
            setattr(meta, name, getattr(detected, name))
            meta.detected.append(name)
    return meta
