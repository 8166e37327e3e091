"""Requests of a commissioning letter (opdrachtbrief), or of its summary inside a plan.

Placeholder until request extraction lands.
"""

from __future__ import annotations

from ..model import Document, Statement


def extract_requests(document: Document) -> tuple[list[Statement], set[int]]:
    """The requests in `document`, and the indices into `document.blocks` of letter text.

    Letter text (a whole opdrachtbrief, or a plan's "Samenvatting Opdrachtbrief"
    section) is not the document's own voice: the segmenter must not read those
    blocks as goals or commitments, and coverage must not count them as answers.
    Request ids are left empty ("") for the segmenter to number.
    """
    return [], set()
