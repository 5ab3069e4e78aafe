"""Interviews printed as turns: each line opens with a dash, no speaker label,
or with a question / answer label.

    — Will the army attack from the north this winter?
    — I do not think so. The troops there are too few.

    Q: Will the army attack from the north this winter?
    A: I do not think so.

Many outlets (the Ukrainian, Russian and Belarusian press and their English
editions among them) print interviews this way and name the interviewee only
in the lead ("X told Y in an interview") or in a frame after the turns
("This was stated by X"). A dash turn that ends with a question mark is
the interviewer's, as is a "Q:" / "Question:" turn; every other turn is the
interviewee's own words.
``interview_blocks`` finds the runs of turns; ``ingest.extract`` gives their
answers to the interviewee.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A line that opens with a dash (em, en or hyphen) and then words: a turn; or with a question or answer
#: label ("Q:", "A:", "Question:", "Answer:").
_TURN = re.compile(r"^[ \t\u00a0]*(?:[—–-]|(?P<label>Q|A|Question|Answer)[.:])[ \t\u00a0]*(?P<words>[^\s—–-][^\n]*?)[ \t\u00a0]*$",
                   re.MULTILINE)


@dataclass(frozen=True)
class Turn:
    """One turn: the offsets of its words (without the dash) and whether it asks."""

    start: int
    end: int
    question: bool


def interview_blocks(text: str, start: int = 0) -> list[list[Turn]]:
    """Return the runs of consecutive turns in ``text[start:]`` that hold a question and an answer.

    Turns are consecutive when only whitespace separates them. A run without
    a question is a list, not an interview ("- item one", "- item two").
    """
    blocks: list[list[Turn]] = []
    run: list[Turn] = []
    for match in _TURN.finditer(text, start):
        words, label = match.group("words"), match.group("label")
        asks = label in ("Q", "Question") if label else words.rstrip("\"”»’ ").endswith("?")
        turn = Turn(match.start("words"), match.end("words"), asks)
        if run and text[run[-1].end : match.start()].strip():
            blocks.append(run)
            run = []
        run.append(turn)
    if run:
        blocks.append(run)
    return [b for b in blocks if any(t.question for t in b) and any(not t.question for t in b)]
