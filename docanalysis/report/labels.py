"""Dutch words for the codes of the data model, as the report's readers use them."""

from __future__ import annotations

KIND = {"goal": "doel", "commitment": "voornemen", "stop": "stoppen / bevriezen", "request": "verzoek", "result": "resultaat"}
STATUS = {
    "recurs": "keert terug",
    "changed": "gewijzigd",
    "deprioritised": "gedeprioriteerd",
    "dropped": "gestopt",
    "disappeared": "stil verdwenen",
    "new": "nieuw",
    "answered": "beantwoord",
    "partial": "gedeeltelijk",
    "missing": "ontbreekt",
}
LINEAGE_ORDER = ("recurs", "changed", "deprioritised", "dropped", "disappeared", "new")
COVERAGE_ORDER = ("answered", "partial", "missing")
DOC_TYPE = {
    "jaarplan": "jaarplan",
    "halfjaarrapportage": "halfjaarrapportage",
    "jaarverslag": "jaarverslag",
    "opdrachtbrief": "opdrachtbrief",
    "vooruitblik": "vooruitblik",
    "other": "overig",
}


def label(codes: dict[str, str], code: str | None) -> str:
    return codes.get(code or "", code or "")
