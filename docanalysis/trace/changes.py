"""What changed between two statements of the same ambition, in words a person reads.

"doel 60% → 100%", "reikwijdte enkele teams → alle teams", "deadline 2025-12
toegevoegd", "Overvecht niet meer genoemd": built from the statements'
attributes, with the words that came and went as a last resort when no attribute
moved. The report is Dutch and shows these strings verbatim, so they are Dutch.
"""

from __future__ import annotations

from ..model import Statement, Target
from ..similarity import content_lemmas, content_words

MAX_WORDS = 3
TARGET, SCOPE, DEADLINE = "doel", "reikwijdte", "deadline"
# Changes that make a link `changed` however close the wording stays.
ATTRIBUTE_LABELS = (TARGET, SCOPE, DEADLINE)
ON_STOP_LIST = "nu op de lijst van stoppen / niet intensiveren"


def _target_text(target: Target) -> str:
    value = f"{target.value:g}"
    return f"{value}%" if target.unit in ("%", "percent", "procent") else f"{value} {target.unit}".strip()


def _targets(before: list[Target], after: list[Target]) -> tuple[str | None, str | None]:
    """The targets that moved, as text: a target both plans keep ("één gezinsplan per gezin") is no change."""
    old, new = [_target_text(t) for t in before], [_target_text(t) for t in after]
    moved_old = [text for text in dict.fromkeys(old) if text not in new]
    moved_new = [text for text in dict.fromkeys(new) if text not in old]
    return ", ".join(moved_old) or None, ", ".join(moved_new) or None


def _deadlines(before: str | None, after: str | None, years: tuple[int | None, int | None]) -> list[str]:
    """The deadline change, unless both only say "by the end of this plan's year".

    Each plan runs for its own year: "in 2024" in the 2024 plan and "eind 2026"
    in the 2026 plan restate the same horizon; the deadline did not move.
    """
    horizons = [year and deadline in (f"{year}", f"{year}-12") for deadline, year in zip((before, after), years)]
    return [] if all(horizons) else _compare(DEADLINE, before, after)


def _compare(label: str, before: str | None, after: str | None) -> list[str]:
    if before == after or (not before and not after):
        return []
    if not before:
        return [f"{label} {after} toegevoegd"]
    if not after:
        return [f"{label} {before} vervallen"]
    return [f"{label} {before} → {after}"]


def _names(before: list[str], after: list[str]) -> list[str]:
    lower_after = {name.lower() for name in after}
    lower_before = {name.lower() for name in before}
    gone = [f"{name} niet meer genoemd" for name in before if name.lower() not in lower_after]
    new = [f"{name} nu genoemd" for name in after if name.lower() not in lower_before]
    return gone + new


def _only_in(text: str, other: str) -> list[str]:
    """Words of `text` (as written) whose lemma `other` does not use."""
    lemmas = set(content_lemmas(other))
    return list(dict.fromkeys(word for word, lemma in content_words(text) if lemma not in lemmas))[:MAX_WORDS]


def _words(before: str, after: str) -> list[str]:
    added, gone = _only_in(after, before), _only_in(before, after)
    return ([f"nu ook: {', '.join(added)}"] if added else []) + ([f"niet meer: {', '.join(gone)}"] if gone else [])


def describe_changes(before: Statement, after: Statement, years: tuple[int | None, int | None] = (None, None)) -> list[str]:
    """Readable differences from `before` (earlier plan) to `after` (later plan); `years`: the two plans' years."""
    changes: list[str] = []
    changes += _compare(TARGET, *_targets(before.targets, after.targets))
    changes += _compare(SCOPE, before.scope, after.scope)
    changes += _deadlines(before.deadline, after.deadline, years)
    changes += _names(before.places + before.partners, after.places + after.partners)
    if after.kind == "stop" and before.kind != "stop":
        changes.append(ON_STOP_LIST)
    return changes or _words(before.text, after.text)
