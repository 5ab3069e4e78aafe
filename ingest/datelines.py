"""Wire datelines ("OSLO, May 3 (Wire) - ", "MINSK, March 9 — ", a live blog's "09:12 — "): where a paragraph's
own words begin, and a spaCy component that makes the parser read the dateline as a sentence of its own."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"

#: A wire dateline opening a paragraph: "Placename, 25 March /AGENCY/ - ", "CITY, June 2 (Agency) - ", or a live blog's time.
DATELINE = re.compile(
    r"[A-Z][^\n.]{0,60}?(?:/[A-Z][\w .-]{0,30}/|\([A-Z][\w .-]{0,30}\))\s*[-–—]+\s*"  # "OSLO, May 3 (Wire) - "
    r"|[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}"  # "WARSAW — ", "KYIV, Ukraine — ", "MINSK, March 9 — ", "RIGA, 9 March 2026 — "
    r"(?:, (?:[A-Z][a-z]+\.?(?: \d{1,2}(?:, \d{4})?)?|\d{1,2} [A-Z][a-z]+(?: \d{4})?))? [–—-]+ (?=[A-Z\"“])"
    r"|[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}, [A-Z][a-z]+ \d{1,2}\.? ?/[A-Z][\w .-]{0,30}/\.? *"  # "MOSCOW, March 4. /TASS/. "
    # "Lviv, 4 March 2026 — ", "Chisinau, March 4 - ": a place in title case needs its date
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?, (?:\d{1,2} " + _MONTH + r"|" + _MONTH + r" \d{1,2})(?:,? \d{4})? [–—-]+ (?=[A-Z\"“])"
    r"|(?:[01]?\d|2[0-3])[:.][0-5]\d(?: ?(?:[AaPp]\.?[Mm]\.?|[A-Z]{3,4}))? *[–—-]+ *"  # a live blog's "09:12 — ", "14.05 GMT - "
)

COMPONENT = "claimgraph_datelines"


def after_dateline(text: str, start: int, end: int) -> int:
    """Return where a content starting at *start* begins once a wire dateline opening it is skipped."""
    dateline = DATELINE.match(text, start, end)
    return dateline.end() if dateline and dateline.end() < end else start


@Language.component(COMPONENT)
def mark_dateline(doc: Doc) -> Doc:
    """Start a sentence where a paragraph's dateline ends, so that the parser never takes the place it names
    for the subject of the first sentence ("MINSK, March 9 — Belarus and Russia plan ...")."""
    end = after_dateline(doc.text, 0, len(doc.text))
    if end:
        token = doc.char_span(end, len(doc.text), alignment_mode="expand")
        if token is not None and token.start > 0:
            doc[token.start].is_sent_start = True
    return doc


def read_datelines(nlp: Language) -> Language:
    """Add the dateline component before ``nlp``'s parser (once); return ``nlp``."""
    if COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
    return nlp
