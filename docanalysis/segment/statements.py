"""Blocks → statements: which text units are goals, commitments, stops or results.

The unit a reader recognises is a list item, or a sentence of running text
together with the sentences that go on about it ("We zijn goed toegankelijk. We
besteden daarbij aandacht aan ..."), even in the plan's own voice. A list item or
paragraph is split only where a later sentence starts something new by a deadline,
a goal word, the future or a stop (`OPENING_CUES`); a line that introduces a list ("We versterken X door:") is
one statement with the items that complete it. A statement broken over lines or
pages arrives as one block from ingest, so it stays whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Block, Document, Statement
from ..nlp import split_sentences
from .attributes import is_role_line, normalise_deadline
from .kinds import Verdict, is_context_label, is_fragment, is_introduction, is_table_header, judge, label_kind, title_lists_statements
from .sections import Context

MAX_UNIT_CHARS = 500
SHORT_SENTENCE = 90
"""A statement sentence shorter than this takes the next sentence along: alone it rarely says enough."""
# ... or it cannot be read without the sentence before it ("... zal deze beschikbaar zijn",
# "... om hier stappen in te maken"); "dit jaar" points at time, not back.
_REFERS_BACK = re.compile(
    r"^(?:\S+\s+){0,9}?(?:deze|dit|hier|daar)\b(?!\s+(?:jaar|najaar|voorjaar|half|kwartaal|periode|moment|week|maand|keer|plan|jaarplan))",
    re.IGNORECASE,
)

RESTATED_SHARE = 0.7
"""Share of a line's content words that a following sentence repeats when it says the line again."""
# A sentence that opens with one of these leans on the one before it.
_ELABORATION = re.compile(
    r"^(?:Daarbij|Hierbij|Daarmee|Hiermee|Daarvoor|Hiervoor|Daardoor|Hierdoor|Zodat|Waarbij|Waarmee|Door|Dit|Deze|Dat|Zo|Bijdragend|"
    r"Inclusief|Dat betekent|Op basis|Daartoe|Hiertoe|Met als (?:doel|resultaat|gevolg)|Ook hier)\b"
)

# ... or points back to it within its first words ("We letten daarbij op ...").
_POINTS_BACK = re.compile(
    r"^(?:\S+\s+){0,4}(?:daarbij|hierbij|daarmee|hiermee|daarvoor|hiervoor|daarin|hierin|daartoe|hiertoe|daardoor|hierdoor)\b",
    re.I,
)

# Flattened goal tables glue their cells onto the statement: the "Onderwerp" cell before it
# ("Huisartsen We continueren ...") and the "Wie verantwoordelijk?" cell after it ("... niet.
# Teammanager"). A capital "We" after words with no sentence end before it only occurs there.
_GLUED_SUBJECT = re.compile(r"^(?P<label>[A-Z0-9][^.!?:;]{0,60}?[^\s,.!?:;])\s+(?=(?:We|Wij)\s+[a-zé])")
_GLUED_ROLE = re.compile(r"^(?P<text>.*[.!?])\s+(?P<role>[^.!?]{2,60})$")
MAX_LABEL_WORDS = 7


def split_glued_cells(text: str) -> tuple[str, list[str]]:
    """A statement without the table cells glued to it, and the responsible role cell if any."""
    label = _GLUED_SUBJECT.match(text)
    if label and len(label.group("label").split()) <= MAX_LABEL_WORDS:
        text = text[label.end():]
    role = _GLUED_ROLE.match(text)
    if role and is_role_line(role.group("role")):
        return role.group("text"), [role.group("role").strip()]
    return text, []


@dataclass
class Candidate:
    text: str
    block_index: int
    block: Block
    verdict: Verdict
    responsible: list[str] = field(default_factory=list)
    when: str | None = None
    """The "Wanneer"/"Planning" cell of its table row, if any: its deadline when the text names none."""


def _independent_parts(text: str, judge_sentence) -> list[str]:
    """A text cut where a sentence opens a statement by its own words (not only by the label
    above it); elaborations stay with the one before, and context before the first statement
    ("We zien dat ... In 2025 gaan we ...") is cut off."""
    sentences = split_sentences(text)
    parts: list[list[str]] = []
    for sentence in sentences:
        previous = " ".join(parts[-1]) if parts else ""
        previous_is_statement = bool(parts) and judge_sentence(previous).is_statement
        starts_new = (
            parts
            and not _ELABORATION.match(sentence)
            and not is_fragment(sentence)
            and (_opens(sentence, judge_sentence) if previous_is_statement else _strong(sentence, judge_sentence))
            and (not previous_is_statement or len(previous) >= SHORT_SENTENCE)
        )
        if not parts or starts_new:
            parts.append([sentence])
        else:
            parts[-1].append(sentence)
    # Goals listed in one sentence with semicolons ("we openen X; we starten Y") are statements of their own.
    return [clause for part in parts for clause in _clauses(" ".join(part), judge_sentence)]


def _clauses(sentence: str, judge_sentence) -> list[str]:
    """A sentence cut at semicolons when every clause after the first is a statement by its own words."""
    clauses = [clause.strip() for clause in re.split(r";\s+", sentence) if clause.strip()]
    if len(clauses) > 1 and all(_strong(clause[:1].upper() + clause[1:], judge_sentence) for clause in clauses[1:]):
        return [clause[:1].upper() + clause[1:] for clause in clauses]
    return [sentence]


def _running_text_units(text: str, judge_sentence) -> list[tuple[str, Verdict]]:
    """Statements in a paragraph: a statement sentence and the sentences that go on about it.

    A paragraph of policy prose states an intention and then describes it, often in the
    plan's own voice ("We professionaliseren de sturing. We houden vast aan ... We benutten
    data ..."). A later sentence therefore opens a statement of its own only by a cue that
    starts something new (`OPENING_CUES`: a deadline, a goal word, the future, a stop), or
    when it turns from what was done to what will be done or to a stop; the others stay
    with the statement before them, up to `MAX_UNIT_CHARS`.
    """
    units: list[tuple[str, Verdict]] = []
    for sentence, verdict in ((sentence, judge_sentence(sentence)) for sentence in split_sentences(text)):
        if not units:
            if verdict.is_statement:
                units.append((sentence, verdict))
            continue
        unit, first = units[-1]
        leans = bool(_ELABORATION.match(sentence) or _POINTS_BACK.match(sentence) or is_fragment(sentence) or _restates(unit, sentence))
        turns = verdict.is_statement and "stop" in {first.kind, verdict.kind} and first.kind != verdict.kind
        from_past = first.kind == "result" and verdict.is_statement and verdict.kind != "result"
        opens = turns or (verdict.is_statement and not leans and (from_past or bool(OPENING_CUES & set(verdict.cues))))
        fits = len(unit) + len(sentence) < MAX_UNIT_CHARS
        if opens or (not fits and verdict.is_statement and STRONG_CUES & set(verdict.cues) and not leans):
            units.append((sentence, verdict))
        elif fits and (first.kind != "result" or not verdict.is_statement or verdict.kind == "result"):
            units[-1] = (f"{unit} {sentence}", first)
    return _with_antecedents(text, units)


def _list_after(blocks: list[Block], index: int) -> list[int]:
    """Indices of the list items right after block `index`."""
    items = []
    for follower in range(index + 1, len(blocks)):
        if blocks[follower].kind != "list_item":
            break
        items.append(follower)
    return items


def find_candidates(document: Document, contexts: list[Context], skip: set[int]) -> list[Candidate]:
    """Every statement of a document's own voice, in reading order, with its verdict."""
    blocks = document.blocks
    doc_type = document.meta.doc_type
    organisation = document.meta.organisation
    candidates: list[Candidate] = []
    folded: set[int] = set()
    table_cells = _table_statements(blocks)
    for index, block in enumerate(blocks):
        if index in skip or index in folded or block.kind == "heading" or is_table_header(block.text):
            continue
        label = contexts[index].label
        section = contexts[index].section
        # Inside a goals table the header ("Onderwerp Doel Wie?") says what the rows are.
        section_title = contexts[index].table or (section.title if section else None)
        if is_role_line(block.text):
            continue
        # The nearest heading says what the lines are: a label ("Doelen 2026") under a section
        # that gives reasons ("Waarom kiezen we hiervoor?") makes them statements again.
        if is_context_label(label) or (section and is_context_label(section.title) and not label_lists_statements(label)):
            forward = _forward_looking(
                block.text, lambda sentence: judge(sentence, None, doc_type, organisation, False, None, document.meta.year)
            )
            if forward and not any(is_introduction(title) for title in (label, section.title if section else None)):
                candidates.append(Candidate(block.text, index, block, forward))
            continue
        in_list = block.kind == "list_item"

        def judge_sentence(sentence: str, in_list: bool = in_list) -> Verdict:
            return judge(sentence, label, doc_type, organisation, in_list, section_title, document.meta.year)

        responsible: list[str] = []
        when = None
        if block.kind == "table_row" and block.cells:
            row = table_cells.get(index, TableRow(block.text))
            text, responsible, when = row.text, row.responsible, row.when
            # The column header ("Actie", "Doel") says what the cell is, as a label does.
            column_label = row.column if label_kind(row.column) else label
            units = _item_units(text, lambda sentence: judge(sentence, column_label, doc_type, organisation, True, section_title, document.meta.year))
        elif in_list or block.kind == "table_row":
            units = _item_units(block.text, judge_sentence)
        else:
            text = block.text
            if _heads_next_paragraph(blocks, contexts, index, judge_sentence):
                text = f"{text} {blocks[index + 1].text}"
                folded.add(index + 1)
            units = _running_text_units(text, judge_sentence)
        if block.kind != "table_row":
            units, taken = _attach_list(block.text, units, blocks, _list_after(blocks, index), judge_sentence, in_list)
            folded.update(taken)
        # A sentence broken off for what follows ("Om dit te bereiken gaan we...") says nothing by itself.
        units = [(unit, verdict) for unit, verdict in units if not _bare_lead_in(unit)]
        candidates.extend(Candidate(unit, index, block, verdict, responsible, when) for unit, verdict in units)
    return candidates


def label_lists_statements(label: str | None) -> bool:
    """Whether a label says the lines under it are goals, actions or stops ("Doelen 2026", "We stoppen met")."""
    return bool(label) and (label_kind(label) is not None or title_lists_statements(label))


def _bare_lead_in(unit: str) -> bool:
    return unit.rstrip().endswith(("...", "…")) and len(split_sentences(unit)) == 1


def _heads_next_paragraph(blocks: list[Block], contexts: list[Context], index: int, judge_sentence) -> bool:
    """In a flattened goals table, a short statement on a line of its own followed by a paragraph that
    explains it ("We werken actiegericht op basis van het onderzoek." + "We benutten de resultaten ...")
    is one cell, so one statement; so is a headline line whose paragraph opens by saying it again."""
    block = blocks[index]
    if index + 1 >= len(blocks) or blocks[index + 1].kind != "paragraph" or contexts[index + 1] != contexts[index]:
        return False
    sentences = split_sentences(block.text)
    if len(sentences) != 1 or len(block.text) >= SHORT_SENTENCE or not judge_sentence(block.text).is_statement:
        return False
    return contexts[index].table is not None or _restates(block.text, split_sentences(blocks[index + 1].text)[0])


def _content_words(text: str) -> set[str]:
    return {word for word in re.findall(r"\w+", text.lower()) if len(word) > 3}


def _restates(line: str, sentence: str) -> bool:
    """Whether `sentence` says `line` again in other words ("Inwoners met schulden bereiken we vroeg." +
    "In 2025 zetten we ons in om inwoners met schulden vroeg te bereiken."): a headline and its
    explanation, one statement."""
    words = _content_words(line)
    return bool(words) and len(words & _content_words(sentence)) >= RESTATED_SHARE * len(words)


def _item_units(text: str, judge_sentence) -> list[tuple[str, Verdict]]:
    """Statements in a list item or table cell: its independent parts that are statements."""
    units = [(part, judge_sentence(part)) for part in _independent_parts(text, judge_sentence)]
    return _with_antecedents(text, [(part, verdict) for part, verdict in units if verdict.is_statement])


def _with_antecedents(text: str, units: list[tuple[str, Verdict]]) -> list[tuple[str, Verdict]]:
    """A statement that points back to the sentence before it ("Met Civil Care bereidden we een leergang
    voor. In het najaar zal deze beschikbaar zijn ...") is read with that sentence, as a reader would
    quote it; a result it points back to becomes part of the statement."""
    sentences = split_sentences(text)
    joined: list[tuple[str, Verdict]] = []
    for unit, verdict in units:
        first = split_sentences(unit)[0]
        position = sentences.index(first) if first in sentences else 0
        if position and _REFERS_BACK.match(first) and verdict.kind != "result":
            before = sentences[position - 1]
            if joined and joined[-1][0].endswith(before) and joined[-1][1].kind == "result":
                joined[-1] = (f"{joined[-1][0]} {unit}", verdict)
                continue
            if not any(before in earlier for earlier, _ in joined):
                unit = f"{before} {unit}"
        joined.append((unit, verdict))
    return joined


def _attach_list(
    text: str, units: list[tuple[str, Verdict]], blocks: list[Block], items: list[int], judge_sentence, in_list: bool
) -> tuple[list[tuple[str, Verdict]], set[int]]:
    """Join the list after a block to the block's statements; returns the units and the items taken.

    After an intro ("... door:") the first item and the items that finish its sentence
    (lower case) belong to the intro. After a paragraph statement, sub-points that are no
    statements by their own words ("Onze begroting is hier congruent mee.") belong to it.
    """
    if not items:
        return units, set()
    if text.rstrip().endswith(":"):
        completed = _complete_intro(text, units, blocks, items, judge_sentence)
        attached = completed != units
        return completed, {item for number, item in enumerate(items) if (number == 0 and attached) or continues_intro(blocks[item].text)}
    weak_items: list[int] = []
    open_intro = False  # items in lower case after an attached item ending in ":" finish its sentence
    for item in items:
        text_of_item = blocks[item].text
        open_intro = open_intro and continues_intro(text_of_item)
        if open_intro or not _strong(text_of_item, judge_sentence):
            weak_items.append(item)
            open_intro = open_intro or text_of_item.rstrip().endswith(":")
    if in_list or not units or not weak_items:
        return units, set()
    last, verdict = units[-1]
    return units[:-1] + [(_with_items(last, blocks, weak_items), verdict)], set(weak_items)


# "Met collectief werken: • Sluiten we aan bij ... • Dragen we bij aan ...": the verb before its
# subject shows that the item goes on with the intro's sentence, like an item in lower case.
_INVERTED_OPENING = re.compile(
    r"^(?!(?:Als|Wat|Hoe|Wanneer|Zodra|Omdat|Waar|Waarom|Terwijl|Zodat|Nu|Toen|Tenzij|Voordat|Nadat|Doordat|Of|Dat)\b)"
    r"[A-ZÀ-Ý][a-zà-ÿ]+\s+(?:we|wij)\b(?!.*\?\s*$)"
)


def continues_intro(item: str) -> bool:
    """Whether a list item finishes the sentence of the line introducing the list, or leans on the
    item before it ("• Dit afwegingskader biedt houvast ...")."""
    return item[:1].islower() or bool(_INVERTED_OPENING.match(item) or _ELABORATION.match(item))


def _complete_intro(
    text: str, units: list[tuple[str, Verdict]], blocks: list[Block], items: list[int], judge_sentence
) -> list[tuple[str, Verdict]]:
    """A sentence that introduces a list ("We versterken X door:") is one statement with its list.

    When the intro alone is no statement ("De methodiek:" + "• is bekend bij alle teams"),
    the intro read together with its items is judged instead.
    """
    # The items that finish the intro's sentence (lower case) and the first item, which shows
    # what the list is; later items that are sentences of their own stand alone.
    items = [item for number, item in enumerate(items) if number == 0 or continues_intro(blocks[item].text)]
    if units and units[-1][0].rstrip().endswith(":"):
        (intro, verdict), units = units[-1], units[:-1]
    else:
        intro = split_sentences(text)[-1]
        verdict = judge_sentence(_with_items(intro, blocks, items).replace(" • ", " "), False)
        if not verdict.is_statement:
            return units
    if verdict.kind == "stop" and len(items) > 1:
        # "We stoppen met: • de cursussen; • het spreekuur" stops two pieces of work.
        return units + [(_with_items(intro, blocks, [item]), verdict) for item in items]
    return units + [(_with_items(intro, blocks, items), verdict)]


_WHO = re.compile(r"\b(?:wie|verantwoordelijk\w*|eigenaar|trekker|uitvoering door)\b", re.IGNORECASE)
_WHAT = re.compile(r"\b(?:doel|doelen|actie|acties|activiteit|activiteiten|resultaat|wat)\b", re.IGNORECASE)
_WHEN = re.compile(r"\b(?:wanneer|planning|termijn|deadline|gereed|datum|periode)\b", re.IGNORECASE)


@dataclass
class _Columns:
    """Which columns of a goals table hold the statement ("Doel", "Actie"), its owner and its moment."""

    header: list[str]
    what: list[int] = field(default_factory=list)
    who: int | None = None
    when: int | None = None

    @classmethod
    def of(cls, header: list[str]) -> _Columns:
        who = next((n for n, cell in enumerate(header) if _WHO.search(cell)), None)
        when = next((n for n, cell in enumerate(header) if _WHEN.search(cell) and n != who), None)
        what = [n for n, cell in enumerate(header) if _WHAT.search(cell) and n not in (who, when)]
        return cls(header, what, who, when)

    def cell(self, cells: list[str], column: int | None) -> str:
        return cells[column].strip() if column is not None and column < len(cells) else ""


@dataclass
class TableRow:
    """The statement of a table row: its text, owner and moment, and the header of the column it is from."""

    text: str
    responsible: list[str] = field(default_factory=list)
    when: str | None = None
    column: str | None = None


def _table_statements(blocks: list[Block]) -> dict[int, TableRow]:
    """For each table row (with cells, from PDF tables): its statement text, responsible and moment.

    A header row ("Onderwerp | Doel | Wie verantwoordelijk?", "Doel | Actie | Wie | Wanneer") says
    which columns hold the goal or action, the owner and the deadline. With a goal and an action
    column the fuller cell is the statement ("Kortere wachttijd" | "Wij voeren een snelle intake
    in ..."); without a header the longest cell is.
    """
    found: dict[int, TableRow] = {}
    columns: _Columns | None = None
    for index, block in enumerate(blocks):
        if block.kind != "table_row" or not block.cells:
            columns = None
            continue
        if is_table_header(block.text):
            columns = _Columns.of(block.cells)
            continue
        cells = block.cells
        choices = [n for n in columns.what if n < len(cells)] if columns and columns.what else list(range(len(cells)))
        column = max(choices, key=lambda n: len(cells[n]))
        owner = columns.cell(cells, columns.who) if columns else ""
        when = columns.cell(cells, columns.when) if columns else ""
        found[index] = TableRow(cells[column], [owner] if owner else [], when or None, columns.cell(columns.header, column) or None if columns else None)
    return found


def _with_items(text: str, blocks: list[Block], items: list[int]) -> str:
    """A statement with the list items that follow it, as the document shows them ("... door: • a • b")."""
    return (text.rstrip() + " " + " ".join(f"• {blocks[item].text}" for item in items))[: MAX_UNIT_CHARS * 2]


FORWARD_CUES = {"deadline_opening", "goal_word", "future"}


def _forward_looking(text: str, judge_sentence) -> Verdict | None:
    """Context that turns into a plan ("... In 2023 concretiseren we ...") is a statement as a whole.

    Under a "Context:" label only a sentence in the plan's own voice with a deadline,
    a goal word or the future tense counts ("Utrecht heeft de ambitie" does not);
    the verdict of the first such sentence is returned.
    """
    for sentence in split_sentences(text):
        verdict = judge_sentence(sentence)
        if verdict.is_statement and verdict.kind != "result" and "own_voice" in verdict.cues and FORWARD_CUES & set(verdict.cues):
            return verdict
    return None


OPENING_CUES = {"deadline_opening", "goal_word", "stop_word", "future", "inline_label"}
"""Cues by which a later sentence of a paragraph opens a statement of its own rather than describing the one before."""
STRONG_CUES = {"own_voice", "role_subject", "infinitive", "deadline_opening", "goal_word", "stop_word", "future", "inline_label"}


def _opens(text: str, judge_sentence) -> bool:
    """Whether a later sentence of a list item or paragraph starts a statement of its own (see `OPENING_CUES`)."""
    verdict = judge_sentence(text)
    return verdict.is_statement and bool(OPENING_CUES & set(verdict.cues))


def _strong(text: str, judge_sentence) -> bool:
    """Whether a list item is a statement by its own words (a subject and verb of the plan's own
    voice, a deadline, a goal word), not only by the label above it or an "Onze ... is" opening."""
    verdict = judge_sentence(text)
    return verdict.is_statement and bool(STRONG_CUES & set(verdict.cues))


def responsible_cells(blocks: list[Block], candidates: list[Candidate]) -> dict[int, list[str]]:
    """Role cells ("Alle teams") that follow statements in a flattened "Wie verantwoordelijk?" column.

    A role line belongs to the statements between the previous role line and itself.
    """
    owners: dict[int, list[str]] = {}
    pending: list[int] = []
    by_block = {}
    for number, candidate in enumerate(candidates):
        by_block.setdefault(candidate.block_index, []).append(number)
    for index, block in enumerate(blocks):
        if index in by_block:
            pending.extend(by_block[index])
        elif is_role_line(block.text) and pending:
            role = re.sub(r"^\d+\.\s*", "", block.text).strip()
            for number in pending:
                owners.setdefault(number, []).append(role)
            pending = []
        elif block.kind == "heading" and not is_role_line(block.text) and (block.level or 2) < 3:
            pending = []
    return owners


def to_statements(document: Document, contexts: list[Context], candidates: list[Candidate]) -> list[Statement]:
    owners = responsible_cells(document.blocks, candidates)
    statements = []
    seen: set[str] = set()
    keys = [re.sub(r"\W+", " ", candidate.text).strip().lower() for candidate in candidates]
    year = document.meta.year
    for number, (candidate, key) in enumerate(zip(candidates, keys)):
        # A slide or summary repeated later in the document says it once, also when the
        # body gives the summary's sentence with the sentences that explain it.
        if key in seen or any(key != other and f" {key} " in f" {other} " for other in keys):
            continue
        seen.add(key)
        section = contexts[candidate.block_index].section
        text, role_cell = split_glued_cells(re.sub(r"\s+", " ", candidate.text).strip())
        statements.append(
            Statement(
                id="",
                document_id=document.id,
                kind=candidate.verdict.kind,  # type: ignore[arg-type]
                text=text,
                page=candidate.block.page,
                theme=section.theme if section else None,
                section_id=section.id if section else None,
                section_title=section.title if section else None,
                responsible=candidate.responsible or owners.get(number) or role_cell,
                deadline=normalise_deadline(candidate.when, year) if candidate.when else None,
                confidence=round(candidate.verdict.strength, 2),
            )
        )
    return statements
