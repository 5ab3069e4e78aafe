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

Transcripts name each turn's speaker in a label instead ("KEATINGE: The navy
lacks the ships.", "Hillier: Are you saying ...?"): ``labelled_blocks`` finds
runs of two or more such lines with at least two labels; ``ingest.extract``
gives each turn that asks nothing to the person its label names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

#: A line that opens with a dash (em, en or hyphen) and then words: a turn; or with a question or answer
#: label ("Q:", "A:", "Question:", "Answer:", "QUESTION (Wire):").
_TURN = re.compile(r"^[ \t\u00a0]*(?:[—–-]|(?P<label>Q|A|(?i:question|answer))(?:[ \t]*\([^)\n]{1,40}\))?[.:])"  # ("QUESTION (Wire):")
                   r"[ \t\u00a0]*(?P<words>[^\s—–-][^\n]*?)[ \t\u00a0]*$",
                   re.MULTILINE)


#: The words that label an interview's turns rather than name a speaker ("Q:", "Question:", "QUESTION (Wire):").
_QUESTION_LABELS = frozenset({"q", "question"})
_ANSWER_LABELS = frozenset({"a", "answer"})


@cache
def _interviewers() -> frozenset[str]:
    """The labels of an interviewer's turns (data/lexicon/sources.yaml ``interviewers``: "host", "moderator")."""
    from ingest.lexicon import load_lexicon

    return frozenset(str(w) for w in load_lexicon("sources").get("interviewers") or ())


def qa_label(label: str) -> str | None:
    """Return "question" or "answer" for a turn's label that is one ("Q", "QUESTION", "Answer (Wire)", and an
    interviewer's, "HOST"), else None."""
    word = re.sub(r"\s*\(.*\)\Z", "", label.strip()).lower()
    if word in _QUESTION_LABELS or word in _interviewers():
        return "question"
    return "answer" if word in _ANSWER_LABELS else None


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
    turns = []
    for match in _TURN.finditer(text, start):
        words, label = match.group("words"), match.group("label")
        asks = qa_label(label) == "question" if label else _asks(words)
        turns.append((match.start(), Turn(match.start("words"), match.end("words"), asks)))
    return [b for b in _consecutive(text, turns) if any(t.question for t in b) and any(not t.question for t in b)]


def _asks(words: str) -> bool:
    """True for a turn that ends with a question mark (before any closing quote)."""
    return words.rstrip("\"”»’ ").endswith("?")


_T = TypeVar("_T", bound=Turn)


def _consecutive(text: str, turns: list[tuple[int, _T]]) -> list[list[_T]]:
    """Group (line start, turn) pairs into runs that only whitespace separates."""
    blocks: list[list[_T]] = []
    run: list[_T] = []
    for line, turn in turns:
        if run and text[run[-1].end : line].strip():
            blocks.append(run)
            run = []
        run.append(turn)
    if run:
        blocks.append(run)
    return blocks


#: A transcript line: a label of one to three capitalised words (or one in capitals), perhaps with the
#: speaker's role in brackets ("Olena Marchuk (economist):"), a colon, the turn's words.
_LABELLED_TURN = re.compile(r"^[ \t\u00a0]*(?P<label>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})(?P<role>[ \t]*\([^()\n]{1,80}\))?"
                            r":[ \t\u00a0]+(?P<words>\S[^\n]*?)[ \t\u00a0]*$", re.MULTILINE)


@dataclass(frozen=True)
class LabelledTurn(Turn):
    """One transcript turn: a turn and the offsets of the label that names its speaker."""

    label_start: int
    label_end: int
    described: bool = False
    """Whether the label gives the speaker's role in brackets ("Olena Marchuk (economist):"): a person's label."""


def labelled_blocks(text: str, start: int = 0) -> list[list[LabelledTurn]]:
    """Return the runs of two or more consecutive labelled lines in ``text[start:]`` with at least two labels.

    A question label ("QUESTION (Radio):") among named turns is a turn that asks; a run of question and
    answer labels alone is ``interview_blocks``'.
    """
    turns = []
    for match in _LABELLED_TURN.finditer(text, start):
        role = qa_label(match.group("label") + (match.group("role") or ""))
        if role == "answer":
            continue  # the question-and-answer turns above
        # ("QUESTION (Radio): ..." between named turns: the interviewer's, whatever its mark)
        asks = role == "question" or _asks(match.group("words"))
        turns.append((match.start(), LabelledTurn(match.start("words"), match.end("words"), asks,
                                                  match.start("label"), match.end("label"), match.group("role") is not None)))
    return [b for b in _consecutive(text, turns) if len(b) >= 2 and len({text[t.label_start : t.label_end].lower() for t in b}) >= 2
            and any(qa_label(text[t.label_start : t.label_end]) is None for t in b)]
