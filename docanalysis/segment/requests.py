"""Requests of a commissioning letter (opdrachtbrief), or of its summary inside a plan.

A Dutch commissioning letter asks in a few recognisable ways: questions ("Hoe ...?",
"Welke inzet ...?"), the formal ask ("Wij vragen u ...", "Ook verzoeken wij u ..."),
the polite wish ("Wij zien graag ...", "dat wij graag in uw plan terugzien"), stated
expectations ("Wij vinden het belangrijk dat ...", "Daarbij is van belang hoe ...")
and imperatives ("Geef in uw plan concreet aan ..."). A plan that summarises its
letter keeps the imperatives ("Zet samen met partners in op ...") under a heading
such as "Samenvatting opdrachtbrief 2023". Those patterns, not any one letter, are
what this module reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ..ingest.metadata import CLOSING as _CLOSING
from ..ingest.metadata import SALUTATION as _SALUTATION
from ..model import Block, Document, Statement
from .themes import normalise_theme

_LETTER_SUMMARY_TITLE = re.compile(
    r"^(samenvatting\s+(van\s+)?(de\s+)?)?"
    r"(opdracht(verlenings)?brief|(beleids-\s+en\s+)?aandachtspuntenbrief|uitvraag(brief)?|kaderbrief)"
    r"(\s+[\w\-]+){0,3}?(\s+(19|20)\d{2})?\s*:?$",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-ZÀ-Ý0-9])")
_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
# The ask in a letter's body; each describes how Dutch administrations phrase one.
_ASKS = [
    re.compile(p, re.I)
    for p in (
        r"\b(wij|we)\s+(vragen|verzoeken)\s+(u|jullie)\b",
        r"\b(vragen|verzoeken)\s+(wij|we)\s+(u|jullie)\b",
        r"\b(wij|we)\s+(zien|lezen|horen|ontvangen)\s+graag\b",
        r"\b(zien|lezen|horen)\s+(wij|we)\s+graag\b",
        r"\bgraag\b[^.?!]*\b(terug\s*(zien|lezen)|terugzien|uitgewerkt|beschreven|opgenomen)\b",
        r"\bgraag\b[^.?!]*\bin\s+gesprek\b",
        r"\b(wij|we)\s+(vinden|achten)\s+het\s+(belangrijk|van\s+belang|wenselijk|noodzakelijk)\b",
        r"\b(wij|we)\s+verwachten\b",
        r"\bverwachten\s+(wij|we)\b",
        r"^(daarbij|daarnaast|hierbij|verder|ook)\s+is\s+(het\s+)?van\s+belang\b",
        r"\bhet\s+is\s+(van\s+belang|belangrijk|noodzakelijk|wenselijk|gewenst)\s+dat\s+(u|uw)\b",
        r"\b(u|uw\s+organisatie)\s+(dient|moet|wordt\s+gevraagd|wordt\s+verzocht)\b",
    )
]
# Asks about the letter's own procedure, not about the work: "vragen wij u om een
# plan", "Wij ontvangen uw jaarplan graag uiterlijk 15 november". A date alone does not
# make one: "Wij verwachten dat u uiterlijk 1 juli afspraken maakt met de scholen" asks for work.
_PROCEDURE = re.compile(
    r"\bom\s+een\s+(jaar|werk)?plan\b"
    r"|\b(?:uw|het|een)\s+(?:\w+\s+)?(?:(?:jaar|werk|uitvoerings)?plan|rapportage|reactie|verantwoording|begroting|aanvraag)(?:\s+\d{4})?\s+"
    r"(?:\w+\s+){0,3}?(?:uiterlijk|vóór|voor)\s+\d{1,2}\s+[a-z]+",
    re.I,
)
_QUESTION_WORDS = r"(?:welke|hoe|wat|waar|wanneer|wie|waarom|in\s+hoeverre|op\s+welke\s+wijze)"
_QUESTION_SPLIT = re.compile(rf"(?:,\s+|,?\s+en\s+)(?={_QUESTION_WORDS}\s)", re.I)
_FUNCTION_WORDS = frozenset(
    "de het een dat die dit deze wat wie als en of maar ook zo er hier daar dan toen nu wel niet geen al"
    " wij we u ze zij hij ik men ons onze uw hun".split()
)
_THEME_PREFIX = re.compile(r"^(?:\*\*([^*]{2,60}?):?\*\*:?|([^:*.?!]{2,40}):)\s+(?=\S)")


@dataclass
class _Sentence:
    text: str
    block_index: int
    page: int | None
    theme: str | None


def _normalise_theme(title: str) -> str:
    return normalise_theme(title) or title


@cache
def _is_known_word(word: str) -> bool:
    import simplemma

    return simplemma.is_known(word, lang="nl")


def _verb_candidates(word: str) -> set[str]:
    """Infinitives whose stem (the Dutch imperative) could be `word`: geef→geven, zet→zetten."""
    stems = {word, re.sub(r"f$", "v", word), re.sub(r"s$", "z", word)}
    undoubled = {re.sub(r"([aeou])\1([^aeiou]+)$", r"\1\2", stem) for stem in stems}
    candidates = {stem + "en" for stem in stems | undoubled}
    if re.search(r"[^aeiou][aeiou][^aeiouw]$", word):
        candidates.add(word + word[-1] + "en")
    if word.endswith(("eer", "eel")):
        candidates.add(word[:-3] + "eren" if word.endswith("eer") else word[:-3] + "elen")
    return candidates


def is_imperative(word: str, lenient: bool = False) -> bool:
    """Whether `word` reads as a Dutch imperative (the bare verb stem).

    Strict: simplemma lemmatises it to an infinitive of which it is the stem.
    Lenient also accepts stems of known verbs that are nouns too ("werk", "focus"),
    which is safe only where every sentence is an ask (a letter summary).
    """
    import simplemma

    word = word.lower()
    if len(word) < 2:
        return False
    candidates = _verb_candidates(word)
    lemma = simplemma.lemmatize(word, lang="nl")
    if lemma in candidates:
        return True
    if lemma != word and lemma.endswith("en"):
        return False  # a conjugated form of another verb: "gaat", "onderschrijft"
    if not lenient or word in _FUNCTION_WORDS:
        return False
    if word.endswith("t"):  # "rust" → rusten, but "staat" is not the stem of "staten"
        candidates = {word + "en", word + "ten"}
    return any(_is_known_word(candidate) for candidate in candidates)


def _first_word(text: str) -> str:
    match = _WORD.search(text)
    return match.group(0) if match and match.start() < 3 else ""


def _is_heading_like(block: Block) -> bool:
    """A heading, or a short line standing alone (text extraction rarely marks headings)."""
    if block.kind == "heading":
        return True
    text = block.text.strip()
    return block.kind == "paragraph" and len(text.split()) <= 8 and not re.search(r"[.!?,;]$", text) and "](" not in text


def _letter_body(document: Document) -> tuple[int, int] | None:
    """Block range of a letter's body, salutation to closing, when the document is a letter."""
    blocks = document.blocks
    salutation = next((i for i, block in enumerate(blocks[:60]) if _SALUTATION.search(block.text)), None)
    is_letter = document.meta.doc_type == "opdrachtbrief"
    if salutation is None and not is_letter:
        return None
    start = salutation if salutation is not None else 0
    end = next((i for i in range(start, len(blocks)) if _CLOSING.search(blocks[i].text)), len(blocks))
    if not is_letter:
        body = " ".join(block.text for block in blocks[start:end])
        asks_plan = re.search(r"\b(jaar|werk)?plan\b", body, re.I) and sum(1 for ask in _ASKS if ask.search(body)) >= 2
        if not asks_plan:
            return None
    return start, end


def _summary_sections(document: Document) -> Iterator[tuple[int, int]]:
    """Block ranges (heading included) of sections that summarise the commissioning letter."""
    blocks = document.blocks
    for i, block in enumerate(blocks):
        if block.kind == "list_item" or not _is_heading_like(block):
            continue
        if not _LETTER_SUMMARY_TITLE.match(block.text.strip().strip("*#").strip()):
            continue
        end = next((j for j in range(i + 1, len(blocks)) if _is_heading_like(blocks[j])), len(blocks))
        if end > i + 1:
            yield i, end


def _sentences(blocks: list[Block], start: int, end: int) -> Iterator[_Sentence]:
    """Sentences of blocks[start:end], joining paragraphs that extraction broke mid-sentence.

    A short list item standing alone ("• Corona") names the aandachtspunt the
    following paragraphs stand under; a bold or colon prefix ("**Veiligheid:** ...")
    names the theme of its own item.
    """
    theme: str | None = None
    pending: list[tuple[int, str]] = []

    def flush() -> Iterator[_Sentence]:
        if not pending:
            return
        text = " ".join(part for _, part in pending)
        offsets, position = [], 0
        for index, part in pending:
            offsets.append((position, index))
            position += len(part) + 1
        cursor = 0
        for sentence in _SENTENCE_END.split(text):
            where = text.find(sentence, cursor)
            cursor = where + len(sentence)
            index = max(index for offset, index in offsets if offset <= max(where, 0))
            yield _Sentence(sentence.strip(), index, blocks[index].page, theme)
        pending.clear()

    for index in range(start, end):
        block = blocks[index]
        text = block.text.strip()
        if not text:
            continue
        if _is_point_title(blocks, index, end) or block.kind == "heading":
            yield from flush()
            theme = _normalise_theme(text.rstrip(".").strip("*").strip())
            continue
        prefix = _THEME_PREFIX.match(text) if block.kind == "list_item" else None
        if prefix:
            yield from flush()
            theme = _normalise_theme((prefix.group(1) or prefix.group(2)).strip())
            text = text[prefix.end() :]
        if block.kind == "list_item" and pending:
            yield from flush()
        pending.append((index, text))
        if re.search(r"[.!?:][\"'”’)]*$", text) or block.kind == "list_item":
            yield from flush()
    yield from flush()


def _is_point_title(blocks: list[Block], index: int, end: int) -> bool:
    """A short bullet followed by prose ("• Wachttijden", then a paragraph): the aandachtspunt's title."""
    block, text = blocks[index], blocks[index].text.strip()
    if block.kind != "list_item" or len(text.split()) > 12 or text.endswith(("?", ":")) or _ASKS_ANY(text) or _THEME_PREFIX.match(text):
        return False
    return index + 1 < end and blocks[index + 1].kind == "paragraph"


def _ASKS_ANY(text: str) -> bool:
    return any(ask.search(text) for ask in _ASKS)


def _split_conjoined_imperatives(sentence: str) -> list[str]:
    """"Werk mee aan X en draag bij aan Y." → two asks; "X en/of Y" stays one."""
    parts, last = [], 0
    for match in re.finditer(r"\s+en\s+([a-zà-ÿ]+)\b", sentence):
        before, after = sentence[last : match.start()], sentence[match.end(1) :]
        if len(before.split()) >= 4 and len(after.split()) >= 3 and is_imperative(match.group(1)):
            parts.append(before.strip())
            last = match.start() + len(match.group(0)) - len(match.group(1))
    parts.append(sentence[last:].strip())
    return parts


def split_request(sentence: str, summary: bool = False) -> list[str]:
    """One ask per part: several questions in one sentence, or imperatives joined by "en"."""
    if sentence.endswith("?"):
        return [part.strip() for part in _QUESTION_SPLIT.split(sentence) if part.strip()]
    if summary or is_imperative(_first_word(sentence)):
        return _split_conjoined_imperatives(sentence)
    return [sentence]


def is_request(sentence: str, summary: bool = False) -> bool:
    """Whether a sentence of letter text asks the addressee for something."""
    text = sentence.strip()
    if len(text.split()) < 4 or text.endswith(":") or _PROCEDURE.search(text):
        return False
    if text.endswith("?") or _ASKS_ANY(text):
        return True
    return is_imperative(_first_word(text), lenient=summary)


def _requests_in(document: Document, start: int, end: int, summary: bool) -> list[Statement]:
    found = []
    for sentence in _sentences(document.blocks, start, end):
        if not is_request(sentence.text, summary):
            continue
        for part in split_request(sentence.text, summary):
            found.append(
                Statement(id="", document_id=document.id, kind="request", text=part, page=sentence.page, theme=sentence.theme)
            )
    return found


def extract_requests(document: Document) -> tuple[list[Statement], set[int]]:
    """The requests in `document`, and the indices into `document.blocks` of letter text.

    Letter text (a whole opdrachtbrief, or a plan's "Samenvatting Opdrachtbrief"
    section) is not the document's own voice: the segmenter must not read those
    blocks as goals or commitments, and coverage must not count them as answers.
    Request ids are left empty ("") for the segmenter to number.
    """
    body = _letter_body(document)
    if body is not None:
        return _requests_in(document, *body, summary=False), set(range(len(document.blocks)))
    requests: list[Statement] = []
    letter_blocks: set[int] = set()
    for start, end in _summary_sections(document):
        requests.extend(_requests_in(document, start + 1, end, summary=True))
        letter_blocks.update(range(start, end))
    return requests, letter_blocks
