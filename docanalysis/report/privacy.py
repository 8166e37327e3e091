"""Mask personal contact details before text is shown or exported.

Commissioning letters carry the civil servant's e-mail address and direct phone
number in their letterhead. The report is passed around (by mail, on a USB stick), so
it must not repeat them; the analysis itself never needs them.
"""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Dutch numbers: 0 or +31/0031 followed by nine digits, with spaces, dashes or brackets between.
_PHONE = re.compile(r"(?<![\w€.,])(?:\+31|0031|0)(?:[\s\-()]{0,3}\d){9}(?![\d,.]\d)")

EMAIL_MASK = "[e-mailadres]"
PHONE_MASK = "[telefoonnummer]"


def mask_contacts(text: str) -> str:
    """The text with e-mail addresses and phone numbers replaced by a placeholder."""
    return _PHONE.sub(PHONE_MASK, _EMAIL.sub(EMAIL_MASK, text))


def mask_contacts_keep_length(text: str) -> str:
    """Like `mask_contacts`, but each masked character becomes "•" so offsets stay valid.

    Used for QDA sources, where coded selections point into the text by position.
    """

    def blank(match: re.Match[str]) -> str:
        return re.sub(r"\S", "•", match.group(0))

    return _PHONE.sub(blank, _EMAIL.sub(blank, text))
