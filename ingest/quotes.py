"""Quotation spans in all common styles: "…", “…”, „…“, «…», ‘…’.

Straight double quotes do not say whether they open or close, so the
context decides: a mark after a space and before a word opens, a mark after
a word and before a space or punctuation closes. Quotes nest (a quoted term
inside a quotation); only the outermost quote is returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.layout import Paragraph

#: Opening mark -> the closing marks that end it.
PAIRS: dict[str, tuple[str, ...]] = {
    "“": ("”",),
    "„": ("“", "”", '"'),  # '"': the closing mark some outlets type as two single marks (see _undouble)
    "«": ("»",),
    "‘": ("’",),
    '"': ('"',),
}
_OPENERS_BEFORE = " \t\n\u00a0([{—–-/:"


@dataclass(frozen=True)
class Quote:
    """An outermost quotation: marks at ``start`` and ``end - 1`` when closed.

    ``content_start``/``content_end`` delimit the quoted words (marks and
    surrounding spaces excluded). ``closed`` is False when the paragraph
    ended first; ``group`` is shared by the paragraphs of one quotation
    running over several paragraphs.
    """

    start: int
    end: int
    content_start: int
    content_end: int
    closed: bool = True
    group: int = 0


def _is_word(char: str) -> bool:
    return char.isalnum()


def _straight_opens(text: str, i: int, lo: int, hi: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return (before in _OPENERS_BEFORE or before in "“«„") and not after.isspace()


def _straight_closes(text: str, i: int, lo: int, hi: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return not before.isspace() and not _is_word(after)


def _single_opens(text: str, i: int, lo: int) -> bool:
    # ‘ doubles as an apostrophe in some texts ('‘90s'): open only after a space.
    before = text[i - 1] if i > lo else " "
    return not _is_word(before)


def _single_closes(text: str, i: int, hi: int) -> bool:
    # ’ is mostly an apostrophe (don’t, Putin’s): close only before a non-letter.
    after = text[i + 1] if i + 1 < hi else " "
    return not _is_word(after)


def quotes_in(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Return the outermost quotes of ``text[start:end]`` as (start, end, closed).

    ``end`` of a closed quote is just after its closing mark; an unclosed
    quote runs to ``end``.
    """
    found: list[tuple[int, int, bool]] = []
    stack: list[tuple[str, int]] = []
    for i in range(start, end):
        char = text[i]
        if stack:
            opener, _ = stack[-1]
            closes = char in PAIRS[opener]
            if closes and char == '"' and _straight_opens(text, i, start, end) and not _straight_closes(text, i, start, end):
                closes = False  # a nested straight quote opening
            if closes and char == "’" and not _single_closes(text, i, end):
                closes = False
            if closes:
                _, at = stack.pop()
                if not stack:
                    found.append((at, i + 1, True))
                continue
        if char in ("“", "„", "«") or (char == '"' and (not stack or _straight_opens(text, i, start, end))):
            if char == '"' and not _straight_opens(text, i, start, end) and not stack:
                # A stray closing mark with nothing open: ignore it.
                if _straight_closes(text, i, start, end):
                    continue
            stack.append((char, i))
        elif char == "‘" and _single_opens(text, i, start):
            stack.append((char, i))
    if stack:
        found.append((stack[0][1], end, False))
    return found


def _content(text: str, start: int, end: int, closed: bool) -> tuple[int, int]:
    lo, hi = start + 1, end - 1 if closed else end
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


_DOUBLED = re.compile(r"‘’|’’|‘‘|''|``")


def _undouble(text: str) -> str:
    """Return ``text`` with doubled single marks ('' ‘’ ’’ ``) read as one double mark.

    Some outlets type a double quotation mark as two single ones. The
    length stays the same, so offsets still point into the source: an
    opening pair becomes ' "', a closing one '" '.
    """
    def one(match: re.Match[str]) -> str:
        after = text[match.end() : match.end() + 1]
        return ' "' if after.isalnum() else '" '

    return _DOUBLED.sub(one, text) if _DOUBLED.search(text) else text


def find_quotes(text: str, paragraphs: list[Paragraph]) -> list[Quote]:
    """Return the outermost quotations of every paragraph, in text order.

    A quotation left open at the end of a paragraph continues when the next
    paragraph opens with a quote mark (the usual layout of a long quote), or
    when it closes a guillemet or curly quotation it never reopened
    («A. // B.»); both parts then share a ``group``.
    """
    text = _undouble(text)
    found: list[Quote] = []
    group = 0
    continuing = False
    for paragraph in paragraphs:
        spans = quotes_in(text, paragraph.start, paragraph.end)
        if continuing and not (spans and spans[0][0] == paragraph.start):
            # «A. // B.»: a guillemet or curly quotation the next paragraph closes without reopening it
            closing = next((i for i in range(paragraph.start, paragraph.end) if text[i] in "«“„»”"), None)
            if closing is not None and text[closing] in "»”":
                lo, hi = _content(text, paragraph.start - 1, closing + 1, True)
                if hi > lo:
                    found.append(Quote(paragraph.start, closing + 1, lo, hi, True, group))
                spans = quotes_in(text, closing + 1, paragraph.end)  # the rest: quotations of their own, below
        for index, (start, end, closed) in enumerate(spans):
            starts_paragraph = start == paragraph.start
            if not (continuing and index == 0 and starts_paragraph):
                group += 1
            lo, hi = _content(text, start, end, closed)
            if hi > lo:
                found.append(Quote(start, end, lo, hi, closed, group))
        continuing = bool(spans) and not spans[-1][2]
    return found
