"""Paragraphs and headings: the layout of an article body."""

from __future__ import annotations

import re
from dataclasses import dataclass

_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_TERMINAL = tuple('.!?:;"”»’…)')
#: A line linking another article, as news sites insert them between paragraphs.
_LINK_LINE = re.compile(r"(?:read|see) (?:also|more)\b|also read\b|related( articles?| stories)?\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the body: offsets into the source text."""

    start: int
    end: int
    text: str

    @property
    def is_heading(self) -> bool:
        return is_heading(self.text)


def paragraphs(text: str, start: int = 0) -> list[Paragraph]:
    """Return the paragraphs of ``text[start:]``, stripped, with their offsets.

    Paragraphs are separated by blank lines; a text without any blank line
    has one paragraph a line (JSON Lines and HTML extractions often do).
    """
    body = text[start:]
    splitter = _BLANK_LINE if _BLANK_LINE.search(body) else re.compile(r"\n")
    found: list[Paragraph] = []
    position = start
    for piece in splitter.split(body):
        offset = text.index(piece, position) if piece else position
        position = offset + len(piece)
        stripped = piece.strip()
        if not stripped:
            continue
        lead = len(piece) - len(piece.lstrip())
        begin = offset + lead
        found.append(Paragraph(begin, begin + len(stripped), stripped))
    return found


def is_link_line(text: str) -> bool:
    """Return True for a link to another article ("Read also: X says ..."): its headline, no text of this one."""
    return _LINK_LINE.match(text.strip()) is not None


def is_heading(text: str) -> bool:
    """Return True when a paragraph reads as a heading (a short line with no end punctuation).

    Headings separate sections, so a speaker's paraphrase does not run
    across one. Enumerations such as "First," end with a comma: not headings.
    """
    stripped = text.strip()
    if is_link_line(stripped):
        return True
    if not stripped or stripped.endswith(_TERMINAL) or stripped.endswith((",", "-", "–", "—")):
        return False
    return len(stripped.split()) <= 12
