"""Clean-up of extraction artifacts, shared by the PDF and the text path.

Both paths end in lines of text; everything that is a property of Dutch text rather
than of a file format lives here: character normalisation, bullets and numbering,
and line-end hyphenation ("ondersteu-" + "ning" → "ondersteuning", while
"wijk- en stadsniveau" and "Top-3-methodiek" keep their hyphens).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Glyphs that PDF producers use for bullets, including Wingdings/Symbol code points
# in the private use area that come out of Word documents, and U+FFFD where a
# bullet font had no Unicode mapping at all.
BULLET_GLYPHS = "•▪▫●◦○■□◆◇►▶➢➤➔→✓✔❖⁃∙·\uf0b7\uf0a7\uf0d8\uf0fc\uf076\uf0a8\uf0e0\ufffd*"
_BULLET_RE = re.compile(rf"^\s*(?:[{re.escape(BULLET_GLYPHS)}]|[-–—](?=\s)|o(?=\s+\S))\s*")
_NUMBER_RE = re.compile(r"^\s*((?:\d{1,2}|[a-z])[.)])\s+(?=\S)")

_CHAR_MAP = {
    "\u00ad": "",  # soft hyphen: a line-break opportunity, never a character
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u200b": "",
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\u2010": "-",
    "\u2011": "-",
    "\t": " ",
}
_CHAR_TABLE = str.maketrans(_CHAR_MAP)

# A word cut at the line end: letters then a hyphen. The next line's first word
# decides what the hyphen was.
_CUT_RE = re.compile(r"(\S*?)([A-Za-zÀ-ÿ0-9]+)-$")
_ELISION_NEXT = {"en", "of", "tot", "t/m", "als", "noch", "dan", "&"}

SENTENCE_END = re.compile(r"[.!?;]['’”)]?$")
# Dutch words that never end a sentence: text ending in one is cut mid-sentence.
OPEN_ENDINGS = {
    "de", "het", "een", "en", "of", "van", "in", "op", "aan", "met", "voor", "door", "naar", "bij", "om", "te",
    "tot", "die", "dat", "die", "als", "over", "uit", "onze", "ons", "we", "wij", "zijn", "hun", "deze", "dit",
    "waar", "waarin", "waarbij", "maar", "ook", "niet", "meer", "zo", "dan", "er", "wordt", "worden", "is",
    "via", "tussen", "zoals", "onder", "binnen", "tegen", "zonder", "na", "per", "vanuit", "rondom", "omdat", "zodat",
    "wanneer", "welke", "wat", "hoe", "waarmee", "namelijk", "bijvoorbeeld", "of", "en/of", "alle", "ieder", "iedere", "elk",
}
_ARTICLES = {"de", "het", "een", "onze", "ons", "deze", "die", "hun", "elke", "iedere", "zijn", "haar"}


def normalise_chars(text: str) -> str:
    """Unicode NFC, soft hyphens and zero-width spaces removed, ligatures split."""
    return unicodedata.normalize("NFC", text).translate(_CHAR_TABLE)


def ends_sentence(text: str) -> bool:
    """Whether text ends a sentence or a lead-in (".", "!", "?", ";", ":", maybe before a quote or bracket)."""
    return bool(SENTENCE_END.search(text)) or text.endswith(":")


def runs_on(text: str, next_text: str) -> bool:
    """Whether `next_text` carries on the sentence `text` stopped in the middle of.

    The one rule for text cut by a line, column or page break: `text` does not end a
    sentence, and either `next_text` starts in lower case, with a digit or a bracket,
    or `text` stops on a comma, hyphen or slash, or on a word no Dutch sentence ends
    with ("de", "met") or an article and adjective still waiting for their noun.
    """
    if not text or ends_sentence(text):
        return False
    first = next_text.lstrip()[:1]
    if first.islower() or first.isdigit() or first == "(" or text.endswith(("-", ",", "(", "&", "/")):
        return True
    words = text.lower().split()
    # "... op een inhoudelijke" + "Spoor030 dag": an article and an adjective still wait for their noun.
    waits_for_noun = len(words) >= 2 and words[-2] in _ARTICLES and words[-1].endswith("e")
    return words[-1] in OPEN_ENDINGS or waits_for_noun


def split_marker(line: str) -> tuple[str | None, str]:
    """Split a list marker off a line: ("-", rest) for bullets, ("1.", rest) for numbers.

    Returns (None, line) when the line is not a list item.
    """
    match = _BULLET_RE.match(line)
    if match and match.end() < len(line):
        return "-", line[match.end():].strip()
    match = _NUMBER_RE.match(line)
    if match:
        return match.group(1), line[match.end():].strip()
    return None, line.strip()


def join_hyphenated(left: str, right: str, vocabulary: set[str] | None = None) -> str | None:
    """Join two lines when `left` ends in a word cut by hyphenation.

    Returns the joined text, or None when the hyphen is not a line-end cut (the
    caller then joins with a space or keeps a line break). Rules, in order:
    - "wijk-" + "en stadsniveau": a Dutch elision, keep "wijk- en".
    - "Top-3-" / "KPA-" + "methodiek": the part before the hyphen ends in a digit or
      capital, so the hyphen belongs to a compound: keep it, no space.
    - next word starts lowercase: a cut word. When a vocabulary of the document's
      words is given and knows the hyphenated form but not the joined one
      ("zee-egel"), keep the hyphen; otherwise drop it.
    """
    left = left.rstrip()
    match = _CUT_RE.search(left)
    right = right.lstrip()
    if not match or not right:
        return None
    first_word = right.split(maxsplit=1)[0]
    if first_word.lower().strip(",.;:") in _ELISION_NEXT:
        return f"{left} {right}"
    stem = match.group(2)
    if stem[-1].isdigit() or stem[-1].isupper() or not first_word[0].islower():
        return f"{left}{right}"
    if vocabulary is not None:
        head = re.sub(r"\W+$", "", first_word)
        joined, hyphenated = (stem + head).lower(), f"{stem}-{head}".lower()
        if hyphenated in vocabulary and joined not in vocabulary:
            return f"{left}{right}"
    return f"{left[:-1]}{right}"


def word_vocabulary(lines: Iterable[str]) -> set[str]:
    """Lower-cased words (hyphenated compounds kept whole) seen inside lines, not at their ends."""
    vocabulary: set[str] = set()
    for line in lines:
        words = line.split()
        for word in words[:-1]:
            vocabulary.add(word.strip(".,;:()\"'‘’“”").lower())
    return vocabulary


def collapse_spaces(text: str) -> str:
    return re.sub(r"[ ]{2,}", " ", text).strip()
