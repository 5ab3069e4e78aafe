"""Pronouns, titles and descriptions -> the speaker they stand for.

Rules, in order: a title the directory knows ("Holovkom" -> its person);
a pronoun ("he", "according to him") -> the last person who spoke before
it whose gender the article's honorifics or the name's form do not rule
out (``may_be``), or, before anyone has spoken, the named person the sentence before had
as its subject (``_ArticleExtractor._subject_before`` in ``extract.py``); a
description ("the spy chief", "the former diplomat") -> the last speaker
whose role shares the description's head word, or the last unnamed
source described with it ("a Western diplomat" ... "the diplomat").
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from ingest.identities import SpeakerEntry
from ingest.mentions import feminine_name, head_word, role_words


def last_person(history: list[SpeakerEntry]) -> SpeakerEntry | None:
    """Return the most recent person speaker, or None."""
    for entry in reversed(history):
        if entry.kind == "person":
            return entry
    return None


#: "Asked by Senator X how long ...,": a question's asker named before the answer's pronoun.
_ASKED_BY = re.compile(r"\s*[\"“]?Asked\s+(?:[a-z]+\s+){0,3}?by\s+(?:[a-z]+\s+){0,2}?(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def asker(sentence: str) -> str | None:
    """The surname of whoever asks in a sentence opening "Asked by X (how ...), he said": never the one who answers."""
    opener = _ASKED_BY.match(sentence)
    return opener.group("who").split()[-1] if opener else None


def is_asker(entry: SpeakerEntry, surname: str | None) -> bool:
    """True when ``entry`` is the person ``asker`` found asking (by surname)."""
    return surname is not None and entry.kind == "person" and entry.name.split()[-1] == surname


def may_be(pronoun: str, entry: SpeakerEntry, text: str) -> bool:
    """Return False when the article's honorifics, else the form of the name, give ``entry`` the other
    gender than ``pronoun`` ("Mrs. Clinton", "Natalia Kuzmenko" are no "he"); True where they do not tell."""
    if entry.kind == "person" and pronoun.lower() in ("it", "its"):
        return False  # "The channel Okop disagrees. It claims ...": "it" is a body or a thing, never a person
    wanted = {"he": "Mr", "him": "Mr", "his": "Mr", "she": "Ms", "her": "Ms", "hers": "Ms"}.get(pronoun.lower())
    if wanted is None or entry.kind != "person":
        return True
    surname = re.escape(entry.name.split()[-1])
    titles = {("Mr" if m.group(1) == "Mr" else "Ms")
              for m in re.finditer(r"\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z][\w.-]*\s+){0,2}" + surname + r"\b", text)}
    # without "Ms" or "Mr", a name whose form is a woman's ("Natalia K.") is no "he", nor a name set off after a kin
    # noun of the other gender ("Her son, Andriy, said" is no "she")
    gender = titles.pop() if len(titles) == 1 else "Ms" if not titles and feminine_name(entry.name) else None
    if gender is None and not titles:
        gender = _kin_gender(entry.name, text)
    return gender in (None, wanted)


def _kin_gender(name: str, text: str) -> str | None:
    """ "Mr" or "Ms" when the article sets ``name`` off after a kin noun ("her son, Andriy,"), else None."""
    # (the name after a comma first: rare, so cheap to find; then a kin noun ending the words before the comma)
    commas = [m.start() for m in re.finditer(r",\s+" + re.escape(name.split()[0]) + r"\b", text, re.IGNORECASE)]
    for gender, noun, longest in _kin_nouns():
        if any(noun.search(text, max(0, comma - longest - 1), comma) for comma in commas):
            return gender
    return None


@cache
def _kin_nouns() -> tuple[tuple[str, re.Pattern[str], int], ...]:
    """("Mr", the male kin nouns ending a text, the longest's length) and the same for "Ms", compiled once."""
    lists = role_words().feminine
    return tuple((gender, re.compile(r"\b(?:" + "|".join(re.escape(n) for n in lists[key]) + r")\Z", re.IGNORECASE),
                  max(len(n) for n in lists[key]))
                 for gender, key in (("Mr", "male_kin"), ("Ms", "female_kin")) if lists.get(key))


def other_portfolio(description: str, held: str) -> bool:
    """True when a description names a portfolio ("the former defence minister") and the role a person was
    introduced with names only others ("Interior Minister")."""
    portfolios = role_words().portfolios
    named = {w for w in re.findall(r"[a-z]+", description.lower()) if w in portfolios}
    holds = {w for w in re.findall(r"[a-z]+", held.lower()) if w in portfolios}
    return bool(named and holds and not named & holds)


#: The owner a description opens with ("Algeria's ambassador", "the Kremlin's envoy").
_OWNER = re.compile(r"(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)['’]s\s")


def description_owner(description: str) -> str | None:
    """The owner a description opens with, lower case ("algeria" of "Algeria's ambassador"), or None."""
    possessive = _OWNER.match(description)
    return possessive.group(1).lower() if possessive else None


def resolve_description(
    text: str, history: list[SpeakerEntry], everyone: list[SpeakerEntry], head: str | None = None
) -> SpeakerEntry | None:
    """Return the speaker a description such as "the former diplomat" refers to, or None.

    The description must start with "the" and end in a role word, or
    ``head`` names its role word ("the head of the border service": head);
    the most recent speaker (else the first known person) whose role
    contains that word, or a synonym of it, is taken; an unnamed source
    counts when its own words contain it.
    """
    words = text.lower().split()
    epithet = " ".join(words[1:]) if words[:1] == ["the"] else ""
    if epithet in role_words().synonyms:
        head = epithet  # an epithet of an office ("the head of state": the president) stands as a whole
    elif head is None:
        if len(words) < 2 or words[0] != "the" or len(words) > 5:
            return None
        head = head_word(text)
    if head not in role_words().roles and head not in role_words().source_nouns and head not in role_words().synonyms:
        return None
    heads = role_words().synonyms.get(head, (head,))
    role = re.compile("|".join(r"\b" + re.escape(h) + r"\b" for h in heads))

    owner = description_owner(text)
    seen: set[int] = set()
    # Each speaker is judged once (a long article repeats them many times).
    for entry in itertools.chain(reversed(history), everyone):
        if id(entry) in seen:
            continue
        seen.add(id(entry))
        if entry.kind == "person" and entry.role and role.search(entry.role.lower()):
            if other_portfolio(text, entry.role):
                continue  # "the defence minister" is not the interior minister the article introduced
            if owner is not None and owner not in f"{entry.role} {entry.affiliation or ''}".lower():
                continue  # "Algeria's ambassador" is not the ambassador the article introduced as Ukraine's
            return entry
        if entry.kind == "unnamed" and role.search(entry.name.lower()):
            return entry  # "a senior European diplomat said ... the diplomat added": the same unnamed source
    return None
