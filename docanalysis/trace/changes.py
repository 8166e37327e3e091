"""What changed between two statements of the same ambition, in words a person reads.

"target 60% → 100%", "scope enkele teams → alle teams", "deadline 2025-12 added",
"Overvecht no longer named": built from the statements' attributes, with the
words that came and went as a last resort when no attribute moved.
"""

from __future__ import annotations

from ..model import Statement, Target
from ..similarity import content_lemmas, content_words

MAX_WORDS = 3


def _target_text(target: Target) -> str:
    value = f"{target.value:g}"
    return f"{value}%" if target.unit in ("%", "percent", "procent") else f"{value} {target.unit}".strip()


def _compare(label: str, before: str | None, after: str | None) -> list[str]:
    if before == after or (not before and not after):
        return []
    if not before:
        return [f"{label} {after} added"]
    if not after:
        return [f"{label} {before} dropped"]
    return [f"{label} {before} → {after}"]


def _names(before: list[str], after: list[str]) -> list[str]:
    lower_after = {name.lower() for name in after}
    lower_before = {name.lower() for name in before}
    gone = [f"{name} no longer named" for name in before if name.lower() not in lower_after]
    new = [f"{name} now named" for name in after if name.lower() not in lower_before]
    return gone + new


def _only_in(text: str, other: str) -> list[str]:
    """Words of `text` (as written) whose lemma `other` does not use."""
    lemmas = set(content_lemmas(other))
    return list(dict.fromkeys(word for word, lemma in content_words(text) if lemma not in lemmas))[:MAX_WORDS]


def _words(before: str, after: str) -> list[str]:
    added, gone = _only_in(after, before), _only_in(before, after)
    return ([f"now also: {', '.join(added)}"] if added else []) + ([f"no longer: {', '.join(gone)}"] if gone else [])


def describe_changes(before: Statement, after: Statement) -> list[str]:
    """Readable differences from `before` (earlier plan) to `after` (later plan)."""
    changes: list[str] = []
    old_targets = ", ".join(_target_text(t) for t in before.targets) or None
    new_targets = ", ".join(_target_text(t) for t in after.targets) or None
    changes += _compare("target", old_targets, new_targets)
    changes += _compare("scope", before.scope, after.scope)
    changes += _compare("deadline", before.deadline, after.deadline)
    changes += _names(before.places + before.partners, after.places + after.partners)
    if after.kind == "stop" and before.kind != "stop":
        changes.append("now on the stop / not-intensify list")
    return changes or _words(before.text, after.text)
