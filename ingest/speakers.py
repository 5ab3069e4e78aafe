"""Speaker mentions, their descriptors (role, affiliation) and their identity.

A mention is a stretch of text that can name a speaker: a person or an
organisation found by NER or by the directory, a pronoun, a title
("Holovkom", "the spy chief") or an outlet. ``choose_speaker`` picks the one
that said the words; ``SpeakerTable`` gathers every mention of an article
so that "Zaluzhny", "Valery Zaluzhny" and "Zaluzhnyi" end as one speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal, Protocol

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from graph.model import Organisation, Person, organisation_id, person_id, unnamed_id
from ingest.lexicon import load_lexicon

MentionKind = Literal["person", "organisation", "pronoun", "title", "outlet"]

#: Pronouns that can stand for one earlier speaker (plural "they" cannot:
#: it more often means a country or "the Russians" than an expert).
PRONOUNS = frozenset({"he", "him", "his", "she", "her"})


class DirectoryLike(Protocol):
    """What extraction needs from ``ingest.directory.Directory``."""

    @property
    def titles(self) -> dict[str, str]: ...

    def find_person(self, name: str) -> Person | None: ...
    def find_organisation(self, name: str) -> Organisation | None: ...
    def get(self, record_id: str) -> Any: ...


@dataclass(frozen=True)
class Mention:
    """A possible speaker named in the text, with offsets into the source."""

    start: int
    end: int
    text: str
    kind: MentionKind
    record_id: str | None = None
    """A directory id when the directory resolved it (titles, known names)."""


@dataclass(frozen=True)
class RoleWords:
    roles: tuple[str, ...]
    modifiers: frozenset[str]
    organisation_heads: frozenset[str]
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    source_nouns: frozenset[str] = frozenset()
    """Nouns that name a source without naming anyone ("official", "source")."""
    honorifics: frozenset[str] = frozenset()
    """Titles written before a name ("dr", "maj-gen"), lower case without the dot."""
    document_nouns: frozenset[str] = frozenset()
    """What an organisation publishes, or its outlet ("report", "survey", "publication")."""
    institution_nouns: frozenset[str] = frozenset()
    """Heads of an institution named by its owner ("the UK intelligence")."""
    outlet_nouns: frozenset[str] = frozenset()
    """Nouns for an outlet ("the newspaper"): the outlet named last."""


@cache
def role_words() -> RoleWords:
    """Return the role, modifier and organisation-head lists of ``roles.yaml``."""
    data = load_lexicon("roles")
    return RoleWords(
        tuple(sorted(data["roles"], key=len, reverse=True)),
        frozenset(data.get("modifiers") or ()),
        frozenset(data.get("organisation_heads") or ()),
        {str(k): tuple(v) for k, v in (data.get("synonyms") or {}).items()},
        frozenset(data.get("source_nouns") or ()),
        frozenset(str(h) for h in data.get("honorifics") or ()),
        frozenset(data.get("document_nouns") or ()),
        frozenset(data.get("institution_nouns") or ()),
        frozenset(data.get("outlet_nouns") or ()),
    )


def _normal(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


_DOMAIN = re.compile(r"\b[A-Za-z][\w-]*\s?\.\s?(?:com|net|org|ua|ru|uk|info|news|de|fr|pl|by|eu|io)\b")


def is_outlet(name: str, publisher: str | None) -> bool:
    """Return True when ``name`` is the publishing outlet or a web outlet ("TSN.ua").

    The words were said *to* an outlet in "X told TSN.ua" and in the
    machine-translated "TSN.ua said in a comment X": it is never the speaker
    when a person is named as well.
    """
    if publisher and _normal(name) and _normal(name) in (_normal(publisher), _normal(publisher).split("ua")[0]):
        return True
    return bool(_DOMAIN.search(name))


def strip_determiner(text: str) -> str:
    """Return ``text`` without a leading article and trailing possessive."""
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    return re.sub(r"(?:'s|’s|')$", "", text).strip()


def _person_span(ent: Span) -> Span | None:
    """Return the name part of a PERSON entity, or None when it is not a name.

    NER glues a preceding place to a name ("ambassador of Ukraine to Belarus
    Roman X" -> "Belarus Roman X"): a leading word governed by a preposition
    belongs to the prepositional phrase, not to the name.
    """
    tokens = [t for t in ent if t.is_alpha or t.text in ("-", "'", "’")]
    if not tokens or any(t.is_alpha and not t.text[0].isupper() for t in ent):
        return None
    if ent[-1].lower_ in role_words().roles:
        return None  # "the Agency Chief", "Deputy Head": a description, not a name
    start, end = ent.start, ent.end
    while end - start >= 3 and ent.doc[start - 1].pos_ == "ADP" if start > 0 else False:
        start += 1
    # "Later Olena K.": a sentence-opening adverb the model glued to the name.
    while end - start >= 2 and ent.doc[start].pos_ in ("ADV", "ADP", "DET", "CCONJ", "SCONJ", "PRON", "AUX", "VERB", "INTJ"):
        start += 1
    # "Chief Valerii Z.", "Minister Olena K.": a role word glued to the name is not part of it.
    words = role_words()
    while end - start >= 2 and (ent.doc[start].lower_.strip(".-") in words.honorifics or ent.doc[start].text == "-"):
        start += 1  # "Dr. Olena K.", "Maj-Gen Olena K."
    while end - start >= 3 and (ent.doc[start].lower_ in words.roles or ent.doc[start].lower_ in words.modifiers):
        start += 1
    while end > start and ent.doc[end - 1].tag_ == "POS":
        end -= 1
    return ent.doc[start:end] if end > start else None


def _looks_like_person(ent: Span) -> bool:
    """Return True for a "First Last" shape: 2-3 capitalised words, none an organisation word.

    A leading "the" rules it out: English puts no article before a person's
    name, but does before most organisations ("the Kyiv Security Forum").
    """
    if ent[0].lower_ == "the" or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"):
        return False
    words = list(ent)
    heads = role_words().organisation_heads
    return (
        2 <= len(words) <= 3
        and all(t.is_alpha and t.text[0].isupper() and not t.is_upper for t in words)
        and not any(t.lower_ in heads for t in words)
    )


def _titled_name(ent: Span) -> Span | None:
    """Return the "First Last" of an ORG entity shaped like a person's name, else None.

    Leading honorifics and role words ("Maj-Gen", "Dr.", "Minister") are
    not part of the name.
    """
    words = role_words()
    start = ent.start
    while ent.end - start > 2 and (ent.doc[start].lower_.strip(".-") in words.honorifics
                                   or ent.doc[start].lower_ in words.roles or ent.doc[start].is_punct):
        start += 1
    name = ent.doc[start : ent.end]
    return name if _looks_like_person(name) else None


def _shaped_name(span: Span) -> Span | None:
    """Return a run of proper nouns NER left unlabelled when it is shaped like a name, else None.

    Two to four capitalised words: a person's name, or an organisation's
    when it ends in an organisation word ("Razumkov Centre").
    """
    tokens = [t for t in span if t.is_alpha and t.text[0].isupper()]
    if len(tokens) != len(span) or not 2 <= len(tokens) <= 4 or any(t.ent_type_ in ("GPE", "LOC", "DATE", "NORP") for t in tokens):
        return None
    if span[-1].lower_ in role_words().roles:
        return None  # "Agency Chief": a title, not a name
    return span


def mentions_in(
    doc: Doc,
    lo: int,
    hi: int,
    base: int,
    directory: DirectoryLike | None,
    publisher: str | None,
) -> list[Mention]:
    """Return the possible speakers named within source offsets ``[lo, hi)``.

    ``doc`` is the paragraph's spaCy doc and ``base`` its offset in the source.
    """
    found: list[Mention] = []
    covered: set[int] = set()

    def inside(span: Span) -> bool:
        return lo <= base + span.start_char and base + span.end_char <= hi

    for ent in doc.ents:
        if not inside(ent) or ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        text = strip_determiner(ent.text)
        known_person = directory.find_person(text) if directory else None
        if ent.label_ == "PERSON" or known_person:
            span = _person_span(ent) if not known_person else ent
            if span is None:
                continue
            kind: MentionKind = "outlet" if is_outlet(span.text, publisher) else "person"
            found.append(Mention(base + span.start_char, base + span.end_char, strip_determiner(span.text), kind,
                                 known_person.id if known_person else None))
            covered.update(range(span.start, span.end))
        elif ent.label_ == "ORG" and (name := _titled_name(ent)) is not None and not (directory and directory.find_organisation(text)):
            # The small model often tags an unfamiliar "First Last" as ORG,
            # with a title in front ("Maj-Gen First Last").
            found.append(Mention(base + name.start_char, base + name.end_char, name.text, "person"))
            covered.update(range(ent.start, ent.end))
        elif ent.label_ == "ORG" or (directory and directory.find_organisation(text)):
            following = doc[ent.end] if ent.end < len(doc) else None
            if following is not None and following.lower_ in role_words().roles:
                covered.update(range(ent.start, ent.end))  # nor is it a name of its own
                continue  # "the SIS chief": the role holder speaks, not the organisation
            text, end = name_before_bracket(ent)
            org = directory.find_organisation(text) if directory else None
            kind = "outlet" if is_outlet(ent.text, publisher) else "organisation"
            start = ent.start_char + (len(ent.text) - len(ent.text.lstrip()))
            if ent[0].lower_ == "the":
                start = ent[1].idx if len(ent) > 1 else start
            found.append(Mention(base + start, base + end, text, kind, org.id if org else None))
            covered.update(range(ent.start, ent.end))
    # Names NER missed or mislabelled: runs of proper nouns the directory knows.
    run: list[int] = []
    for token in [*doc, None]:
        if token is not None and token.pos_ == "PROPN" and token.i not in covered and lo <= base + token.idx < hi:
            run.append(token.i)
            continue
        while len(run) >= 3 and (doc[run[0]].lower_ in role_words().roles or doc[run[0]].lower_ in role_words().modifiers):
            run = run[1:]  # "Chief Valerii Z.": the role word is not part of the name
        if run and directory is None or (run and not any(m.start <= base + doc[run[0]].idx < m.end for m in found)):
            shaped = _shaped_name(doc[run[0] : run[-1] + 1])
            if shaped is not None and (directory is None or not (directory.find_person(shaped.text) or directory.find_organisation(shaped.text))):
                kind = "organisation" if any(t.lower_ in role_words().organisation_heads for t in shaped) else "person"
                found.append(Mention(base + shaped.start_char, base + shaped.end_char, shaped.text, kind))
                run = []
        if run and directory is not None:
            # Try the longest tail first: "Commander-in-Chief Valerii Zaluzhnyi" -> the name.
            for first in run:
                span = doc[first : run[-1] + 1]
                person = directory.find_person(span.text)
                org = None if person else directory.find_organisation(span.text)
                if person or org:
                    kind = "person" if person else "organisation"
                    record = person or org
                    assert record is not None
                    found.append(Mention(base + span.start_char, base + span.end_char, span.text, kind, record.id))
                    break
        run = []
    # Domain-like outlets NER does not tag ("TSN.ua", "TSN .ua").
    for match in _DOMAIN.finditer(doc.text):
        if lo <= base + match.start() < hi and not any(m.start <= base + match.start() < m.end for m in found):
            found.append(Mention(base + match.start(), base + match.end(), match.group(0), "outlet"))
    for token in doc:
        if lo <= base + token.idx < hi and token.lower_ in PRONOUNS and token.pos_ == "PRON":
            found.append(Mention(base + token.idx, base + token.idx + len(token), token.text, "pronoun"))
    if directory is not None:
        window = doc.text[max(lo - base, 0) : hi - base].lower()
        for title, record_id in directory.titles.items():
            for match in re.finditer(r"\b" + re.escape(title) + r"\b", window):
                start = max(lo - base, 0) + match.start()
                if re.match(r"\s+[A-Z]", doc.text[start + len(title) :]):
                    continue  # "the general" in "the General Staff": part of a longer name
                if not any(m.start <= base + start < m.end for m in found):
                    found.append(Mention(base + start, base + start + len(title), doc.text[start : start + len(title)], "title", record_id))
    found.sort(key=lambda m: m.start)
    return found


#: Preference among mentions of one attribution: a named person, then a
#: named organisation, a title, a pronoun; an outlet only when alone.
_RANK: dict[MentionKind, int] = {"person": 0, "organisation": 1, "title": 2, "pronoun": 3, "outlet": 4}


def choose_speaker(mentions: list[Mention], near: int) -> Mention | None:
    """Return the mention that is the speaker, or None when there is none.

    The best kind wins (see ``_RANK``); among equals, the one nearest the
    cue at offset ``near``.
    """
    titles = [m for m in mentions if m.kind == "title"]
    mentions = [m for m in mentions if m.kind == "title" or not any(t.start <= m.start and m.end <= t.end for t in titles)]
    if not mentions:
        return None
    return min(mentions, key=lambda m: (_RANK[m.kind], min(abs(m.start - near), abs(m.end - near))))


# --- descriptors ---------------------------------------------------------

_CUT_BEFORE = re.compile(r"[,;:\"“”«»]|[.!?]\s")


def name_before_bracket(ent: Span) -> tuple[str, int]:
    """Return an ORG entity's name and the doc offset where it ends: the model
    sometimes runs on into a bracket ("the Institute of Strategy (Kyiv")."""
    cut = ent.text.find(" (")
    if cut > 0:
        return strip_determiner(ent.text[:cut]), ent.start_char + cut
    return strip_determiner(ent.text), ent.end_char


def _without_brackets(text: str) -> str:
    return re.sub(r"\s*\([^()]*\)", "", text)


def _role_at(text: str) -> int:
    """Return where the first role word (with its modifiers) starts in ``text``, or -1."""
    words = role_words()
    lowered = text.lower()
    best = -1
    for role in words.roles:
        for match in re.finditer(r"(?<![\w-])" + re.escape(role) + r"(?![\w-])", lowered):
            if best == -1 or match.start() < best:
                best = match.start()
            break
    if best == -1:
        return -1
    # Keep modifiers such as "former" or "deputy" in front of the role.
    before = text[:best].split()
    while before and before[-1].lower() in words.modifiers:
        best = text.rfind(before.pop(), 0, best)
    return best


def descriptor_before(text: str, start: int, floor: int) -> str | None:
    """Return the descriptor written just before a name at ``start`` ("former ambassador of X"), or None."""
    chunk = text[floor:start]
    cuts = list(_CUT_BEFORE.finditer(chunk))
    cut = cuts[-1] if cuts else None
    if cut is not None:
        chunk = chunk[cut.end() :]
    chunk = _without_brackets(chunk).strip()
    at = _role_at(chunk)
    if at < 0:
        return None
    descriptor = chunk[at:].strip()
    return descriptor if 0 < len(descriptor.split()) <= 14 else None


_AFTER = re.compile(r"\A\s*,\s*(?P<desc>[^,;:\"“”«»()]+?)\s*(?=[,;:\"“”«»(]|[.!?](?:\s|\Z)|\Z)")


def descriptor_after(text: str, end: int, ceiling: int) -> str | None:
    """Return an appositive descriptor after a name at ``end`` (", director of X"), or None."""
    match = _AFTER.match(text[end:ceiling])
    if not match:
        return None
    descriptor = match.group("desc").strip()
    first = re.sub(r"^(?:the|a|an)\s+", "", descriptor, flags=re.IGNORECASE)
    return first if _role_at(first) == 0 and len(first.split()) <= 14 else None


def split_descriptor(descriptor: str, organisations: set[str]) -> tuple[str, str | None]:
    """Return (role, affiliation) from a descriptor such as "director of the Institute of World Politics".

    The part after "of"/"at" is the affiliation when it names an organisation:
    a known one (``organisations``, lower-cased names) or a capitalised phrase
    ending in an organisation word (Institute, Service, Forces, ...).
    """
    descriptor = re.sub(r"^(?:the|a|an)\s+", "", descriptor.strip(), flags=re.IGNORECASE)
    match = re.search(r"\s(?:of|at|with|from)\s+(?:the\s+)?(?P<org>[A-Z].*)$", descriptor)
    if match:
        org = match.group("org").strip()
        words = [w.lower().strip(".,") for w in org.split()]
        heads = role_words().organisation_heads
        if org.lower() in organisations or any(w in heads for w in words):
            return descriptor[: match.start()].strip(), org
    return descriptor, None


# --- identities across an article ---------------------------------------

@dataclass
class SpeakerEntry:
    """One speaker of an article as the text and the directory know it."""

    kind: Literal["person", "organisation", "unnamed"]
    name: str
    record_id: str | None = None
    """A directory id; for an unnamed source, its per-article id."""
    names: set[str] = field(default_factory=set)
    role: str | None = None
    affiliation: str | None = None

    @property
    def id(self) -> str:
        if self.record_id:
            return self.record_id
        return person_id(self.name) if self.kind == "person" else organisation_id(self.name)


def _surname_match(a: str, b: str) -> bool:
    """Return True when two names share a fuzzy-equal last word ("Bezsmertny"/"Bezsmertnyi")."""
    la, lb = a.split()[-1].lower(), b.split()[-1].lower()
    if fuzz.ratio(la, lb) < 85:
        return False
    fa, fb = a.split()[0].lower(), b.split()[0].lower()
    if len(a.split()) > 1 and len(b.split()) > 1:
        return fuzz.ratio(fa, fb) >= 75
    return True


def _people_noun(word: str) -> bool:
    """Return True for a role or people noun, singular or plural ("judge", "scholars", "officials")."""
    words = role_words()
    forms = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word}
    return any(f in words.roles or f in words.source_nouns or f in _people_nouns() for f in forms)


@cache
def _people_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_lexicon("sources").get("people") or ())


#: A party and state tag after a politician's name: "(D-Ore.)", "(R-TX)", "(I-Vt.)".
_PARTY_TAG = re.compile(r"\s*\(\s*[A-Z]{1,3}\s*[-–]\s*[A-Za-z. ]{1,20}\)")
#: Leading marks and markup that are no part of a name ('">', "- ", "“").
_LEADING_JUNK = re.compile(r"^[^\w(]+")


def clean_name(text: str) -> str:
    """Return a speaker's name without article, possessive, party tag, markup or trailing punctuation.

    "the Kestrel Institute's" -> "Kestrel Institute"; "Lena Novak (D-Ore.)"
    -> "Lena Novak"; '">Novak' -> "Novak". An initial keeps its dot ("Mark T.").
    """
    text = _PARTY_TAG.sub("", text)
    text = _LEADING_JUNK.sub("", text.strip())
    text = re.sub(r"\s*\([^()]*$", "", text)  # an unclosed bracket the entity ran into
    text = strip_determiner(text)
    text = re.sub(r"(?:'s|’s|'|’)$", "", text)
    if not re.search(r"(?:^|[\s.])[A-Z]\.$", text):  # "Mark T.", "U.N." keep their dot
        text = text.rstrip(".,;:!?-–— ")
    return re.sub(r"\s+", " ", text).strip()


#: A dateline before an unnamed source ("OSLO - officials"): the place where the story was filed.
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}\s*[-–—]\s+")


def clean_unnamed(words: str) -> str:
    """Return an unnamed source's words without dateline, trailing clause or punctuation.

    "OSLO - European diplomats" -> "European diplomats"; "a campaign aide." ->
    "a campaign aide"; "critics of the plan, many of them economists" ->
    "critics of the plan" (what follows a comma is an apposition or a new clause).
    """
    words = _DATELINE.sub("", words.strip())
    words = words.split(",")[0] if "," in words else words
    words = re.sub(r"\s+", " ", words).strip(" ,;:.-–—")
    return words


_WORD = re.compile(r"[^\W\d_][\w'’-]*\.?")


def name_runs(text: str) -> list[tuple[int, list[tuple[int, str]]]]:
    """Return the runs of capitalised words that may be people's names, each as (offset, [(offset, word)]).

    A run is broken by punctuation, a lower-case word or a sentence end
    (an initial's dot or an honorific's does not end it: "Dr. Mark T. Novak").
    Of a title-case line (a headline:
    "Olena Kovalenko Warns Of Winter Offensive") only the two words opening it
    are taken, since every word is capitalised there.
    """
    words = role_words()
    runs: list[list[tuple[int, str]]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        tokens = [(offset + m.start(), m.group(0)) for m in _WORD.finditer(line)]
        lowers = sum(1 for _, w in tokens if w[0].islower() and w.lower() not in STOP_WORDS)
        headline = len(tokens) >= 4 and lowers == 0
        offset += len(line)
        if headline:
            # Only a name opening the headline is taken ("Olena Kovalenko Warns Of ..."):
            # elsewhere in it a capitalised word may be a verb ("Mom Corners Kovalenko").
            lead = [t for t in tokens if t[1][0].isupper()][:4]
            names = [i for i, t in enumerate(lead) if not _initial(t[1])][:2]
            if len(names) == 2 and lead[: names[1] + 1] == tokens[: names[1] + 1]:
                runs.append([(i, w if _initial(w) else re.sub(r"(?:'s|’s|\.)$", "", w)) for i, w in lead[: names[1] + 1]])
            continue
        run: list[tuple[int, str]] = []
        for at, word in [*tokens, (-1, "")]:
            joined = run and text[run[-1][0] + len(run[-1][1]) : at] == " " and not (
                run[-1][1].endswith(".") and not _initial(run[-1][1])
                and run[-1][1].lower().strip(".") not in words.honorifics)
            if word and word[0].isupper() and joined:
                run.append((at, word))
                continue
            if len(run) >= 2:
                runs.append([(i, w if _initial(w) else re.sub(r"(?:'s|’s|\.)$", "", w)) for i, w in run])
            run = [(at, word)] if word and word[0].isupper() else []
    return [(r[0][0], r) for r in runs if len(r) >= 2]


def _not_a_first_name(word: str) -> bool:
    """Return True for a capitalised word that cannot open a person's name: a function word, title or role."""
    words = role_words()
    lower = word.lower().strip(".")
    return ((len(word) > 1 and word.isupper())  # an acronym: "the IMF Kovalenko"
            or lower in STOP_WORDS or lower.strip("-") in words.honorifics or lower in words.modifiers
            or lower in words.organisation_heads or _people_noun(lower))


def _folded(word: str) -> str:
    """Return a word lower-cased with one apostrophe ("O’Dell" and "O'Dell" are one spelling)."""
    return word.lower().replace("’", "'")


def _initial(word: str) -> bool:
    return bool(re.fullmatch(r"[^\W\d_]\.?", word))


#: "(ISW)" right after an organisation's name.
_ABBREVIATION = re.compile(r"\s*\(([A-Z][A-Z0-9&]{1,9})\)")


class SpeakerTable:
    """Every speaker mention of one article, merged into identities.

    Returns identities through ``entry``: a directory record when the
    directory knows the name, otherwise the fullest spelling in the text.
    """

    def __init__(self, text: str, directory: DirectoryLike | None, source_id: str = "") -> None:
        self.text = text
        self.source_id = source_id
        self.directory = directory
        self.entries: list[SpeakerEntry] = []
        self.abbreviations: dict[str, str] = {}
        self.organisation_names: set[str] = set()
        self.person_spellings: set[str] = set()
        """Full names the model tagged as people ("Olena Kovalenko")."""

    def learn_abbreviations(self, doc: Doc, base: int) -> None:
        """Record "Long Name (ABBR)" pairs of a paragraph so that ABBR means Long Name."""
        # The brackets are read from the text: the small model often leaves
        # the abbreviation inside them untagged.
        for ent in doc.ents:
            if ent.label_ == "PERSON" and (span := _person_span(ent)) is not None and len(span) >= 2:
                self.person_spellings.add(span.text)
        for ent in (e for e in doc.ents if e.label_ == "ORG"):
            name, end = name_before_bracket(ent)
            self.organisation_names.add(name.lower())
            bracket = _ABBREVIATION.match(doc.text, end)
            if bracket and bracket.group(1)[0] == name[:1]:
                self.abbreviations[bracket.group(1)] = name

    def person_names_in_text(self, surname: str) -> list[str]:
        """Return the full spellings in the text ("Olena Kovalenko", "Mark T. Novak") whose last word matches ``surname``."""
        found: dict[str, tuple[int, int]] = {}
        if surname.lower() in role_words().organisation_heads:
            return []  # "Times" of "the New York Times" is no one's surname
        for _, words in name_runs(self.text):
            for i in range(1, len(words)):
                last = words[i][1]
                if last[:1] != surname[:1] or fuzz.ratio(_folded(last), _folded(surname)) < 85:
                    continue
                # The first name is the word before the surname and its initials:
                # "Defence Minister Olena K. Kovalenko" -> "Olena K. Kovalenko".
                first = i - 1
                while first > 0 and _initial(words[first][1]):
                    first -= 1
                if _not_a_first_name(words[first][1]) or (first == 0 and self._opens_sentence(words[0][0])
                                                          and self._written_lower(words[0][1], last)):
                    continue  # "When Kovalenko", "Senator Kovalenko", "Unlike Kovalenko, ..." (and "unlike" elsewhere)
                name = " ".join(w for _, w in words[first : i + 1])
                count, at = found.get(name, (0, words[first][0]))
                found[name] = (count + 1, at)
        names = list(found)
        # Names the model tagged as people first ("Later Kovalenka" is no name),
        # then the exact spelling ("Kovalenka" is Aleksandr Kovalenka before
        # Olena Kovalenko), then the one the article names most often (the
        # person it is about, not a relative named once), then the first named.
        return sorted(names, key=lambda n: (n not in self.person_spellings,
                                            -fuzz.ratio(n.split()[-1].lower(), surname.lower()), -found[n][0], found[n][1]))

    def _opens_sentence(self, at: int) -> bool:
        before = self.text[:at].rstrip(" \t\"“'‘(")
        return not before or before[-1] in ".!?:\n"

    def _written_lower(self, word: str, particle_of: str = "") -> bool:
        """Return True when the text has ``word`` in lower case as a word of running text (not of an address).

        Before ``particle_of`` it is a name's particle ("bin", "van"), not an ordinary word.
        """
        lower = word.lower()
        particle = r"(?!\s+" + re.escape(particle_of) + r"\b)" if particle_of else ""
        return re.search(r"(?<![\w'’/._-])" + re.escape(lower) + r"(?![\w'’/_-]|\.\w)" + particle, self.text) is not None

    def entry(self, mention: Mention) -> SpeakerEntry | None:
        """Return the identity a named mention (person, organisation, title, outlet) refers to."""
        directory = self.directory
        record = directory.get(mention.record_id) if directory and mention.record_id else None
        if record is not None and isinstance(record, (Person, Organisation)):
            kind: Literal["person", "organisation"] = "person" if isinstance(record, Person) else "organisation"
            spelling = None if mention.kind == "title" else mention.text
            return self._add(kind, record.name, record.id, spelling, record)
        name = clean_name(mention.text)
        if not any(c.isupper() for c in name):
            return None  # "xenophobe", "(D-Ohio)": no name at all
        if mention.kind == "person" and not (directory and directory.find_person(name)) and any(
                w.lower() in role_words().organisation_heads for w in name.split()[1:]):
            mention = Mention(mention.start, mention.end, name, "organisation")  # "Harbour Institution", "Statistics Norway"
        if len(name.split()) == 1 and mention.kind in ("person", "organisation") and not self._may_be_name(name):
            return self._not_a_name(name)
        if mention.kind == "organisation" and len(name.split()) >= 2 and name.split()[-1].islower():
            # "the Kestrel Institute report" -> its organisation; "a New Haven banker" -> an unnamed source.
            words = name.split()
            if words[-1] in role_words().roles:  # a role ("banker"), not a body ("administration", "campaign")
                return self.unnamed(mention.text.strip())
            while len(words) > 1 and words[-1].islower() and words[-1] in role_words().document_nouns:
                words.pop()
            name = " ".join(words)
            mention = Mention(mention.start, mention.end, name, "organisation", mention.record_id)
        at = self.text.find(name, mention.start, mention.end)
        if mention.kind == "organisation" and name.lower() in role_words().organisation_heads and at >= 0:
            # "the Kestrel Institute report": the model cut the owner's name off the head word.
            before = re.search(r"((?:[A-Z][\w'’-]+ )+)$", self.text[:at])
            owner = before.group(1).split() if before else []
            while owner and _not_a_first_name(owner[0]):
                owner = owner[1:]
            if owner:
                name = " ".join([*owner, name])
                mention = Mention(mention.start, mention.end, name, "organisation", mention.record_id)
        if mention.kind == "organisation" and len(name.split()) >= 4:
            # "Ministry of Defence of Norway Olena Kovalenko": the model ran the holder's name into the organisation.
            held = [n for n in self.person_names_in_text(name.split()[-1]) if name.endswith(" " + n)]
            owner = name[: len(name) - len(held[0])].split() if held else []
            if held and owner[-1][:1].isupper() and not _initial(owner[-1]) and (
                    held[0] in self.person_spellings
                    or any(e.kind == "person" and _surname_match(e.name.split()[-1], held[0]) for e in self.entries)):
                return self.entry(Mention(mention.end - len(held[0]), mention.end, held[0], "person"))
        if mention.kind == "person":
            known = directory.find_person(name) if directory else None
            if known:
                return self._add("person", known.name, known.id, name, known)
            full = name
            if len(name.split()) == 1:
                spelled = self.person_names_in_text(name)
                for candidate in spelled:
                    known = directory.find_person(candidate) if directory else None
                    if known:
                        return self._add("person", known.name, known.id, name, known)
                if spelled:
                    full = spelled[0]
            return self._add("person", full, None, name, None)
        if mention.kind == "organisation" and len(name.split()) == 1 and name not in self.abbreviations and not name.isupper():
            # "Tamm told reporters": the small model tags a lone surname as ORG;
            # when the article names a person with that surname, it is them.
            known = directory.find_person(name) if directory else None
            spelled = self.person_names_in_text(name)
            named = any(e.kind == "person" and e.name.split()[-1] == name for e in self.entries)
            if known or spelled or named:
                return self.entry(Mention(mention.start, mention.end, name, "person", known.id if known else None))
        if mention.kind in ("organisation", "outlet"):
            long = self.abbreviations.get(name, name)
            short = {v: k for k, v in self.abbreviations.items()}.get(name, name)
            known_org = None
            if directory:
                for candidate in (name, long, short):
                    known_org = directory.find_organisation(candidate)
                    titled = directory.titles.get(candidate.lower())
                    if known_org is None and titled:
                        found = directory.get(titled)
                        known_org = found if isinstance(found, Organisation) else None
                    if known_org:
                        break
            if known_org:
                return self._add("organisation", known_org.name, known_org.id, name, known_org)
            return self._add("organisation", long, None, name, None)
        return None

    def _may_be_name(self, word: str) -> bool:
        """Return False for a lone capitalised word that is no one's name in this article.

        A function word ("When", "Having"), a role or people noun
        ("Judge", "Scholars") or a word the article also writes in lower case
        ("Kept ... kept") opens a sentence; a name the model tagged, the
        directory knows, or an abbreviation is kept.
        """
        if word in self.abbreviations or word.isupper() or word in self.person_spellings:
            return True
        if word.lower() in role_words().organisation_heads:
            return True  # "the Times wrote": an organisation's short name, though "times" is a word too
        if self.directory and (self.directory.find_person(word) or self.directory.find_organisation(word)):
            return True
        lower = word.lower()
        if lower in STOP_WORDS or _people_noun(lower):
            return False
        return not self._written_lower(word)

    def _not_a_name(self, word: str) -> SpeakerEntry | None:
        """Return the unnamed source a capitalised people noun stands for ("Scholars" -> "scholars"), else None."""
        return self.unnamed(word.lower()) if _people_noun(word.lower()) else None

    def unnamed(self, words: str) -> SpeakerEntry:
        """Return the unnamed source ``words`` stands for ("officials", "a source close to X").

        The words used are its name; the same words in one article are one
        source, and its id belongs to this article alone.
        """
        words = clean_unnamed(words)
        record_id = unnamed_id(self.source_id, words)
        for entry in self.entries:
            if entry.kind == "unnamed" and entry.record_id == record_id:
                return entry
        entry = SpeakerEntry("unnamed", words, record_id, {words})
        self.entries.append(entry)
        return entry

    def _add(self, kind: Literal["person", "organisation"], name: str, record_id: str | None, spelling: str | None, record: Any) -> SpeakerEntry:
        for entry in self.entries:
            if entry.kind != kind:
                continue
            same = (record_id and entry.record_id == record_id) or (
                not (record_id and entry.record_id)
                and (
                    _normal(entry.name) == _normal(name)
                    or (kind == "person" and _surname_match(entry.name, name))
                )
            )
            if same:
                if record_id and not entry.record_id:
                    entry.record_id, entry.name = record_id, name
                elif not entry.record_id and len(name.split()) > len(entry.name.split()):
                    entry.name = name
                if spelling:
                    entry.names.add(spelling)
                return entry
        entry = SpeakerEntry(kind, name, record_id, {spelling} if spelling else set())
        if isinstance(record, Person):
            entry.role, entry.affiliation = record.role, record.affiliation
        self.entries.append(entry)
        return entry

    def describe_from_text(self, entry: SpeakerEntry) -> None:
        """Set a person's role and affiliation from the first descriptor next to one of their names.

        The article's own description wins over the directory's, since it is
        what the speaker was at the time of writing.
        """
        if entry.kind != "person" or entry.role:
            return  # a directory role is curated: it wins
        spans: list[tuple[int, int]] = []
        for spelling in {entry.name, *entry.names}:
            first_name = r"(?:[A-Z][a-z]+\s)?" if len(spelling.split()) == 1 else ""
            for match in re.finditer(r"(?<!\w)" + first_name + re.escape(spelling) + r"(?!\w)", self.text):
                start = match.start()
                if match.end() - start > len(spelling) and self.text[start : match.end() - len(spelling)].strip().lower() in role_words().roles + tuple(role_words().organisation_heads) + ("the",):
                    start = match.end() - len(spelling)
                spans.append((start, match.end()))
        # Keep the longest spelling where two overlap ("Valery Zaluzhny" over "Zaluzhny").
        spans.sort(key=lambda se: (se[0], -(se[1] - se[0])))
        chosen: list[tuple[int, int]] = []
        for start, end in spans:
            if not any(a <= start < b or a < end <= b for a, b in chosen):
                chosen.append((start, end))
        for start, end in sorted(chosen):
            floor = self.text.rfind("\n", 0, start) + 1
            ceiling = self.text.find("\n", end)
            ceiling = len(self.text) if ceiling < 0 else ceiling
            descriptor = descriptor_after(self.text, end, ceiling) or descriptor_before(self.text, start, floor)
            if descriptor:
                entry.role, entry.affiliation = split_descriptor(descriptor, self.organisation_names)
                return

    def records(self, used: set[str]) -> tuple[tuple[Person, ...], tuple[Organisation, ...]]:
        """Return the Person and Organisation records of the speakers in ``used`` (ids)."""
        people: list[Person] = []
        orgs: list[Organisation] = []
        for entry in self.entries:
            if entry.id not in used or any(entry.id == p.id for p in people) or any(entry.id == o.id for o in orgs):
                continue
            aliases = tuple(sorted(n for n in entry.names if n != entry.name))
            if entry.kind == "unnamed":
                people.append(Person(entry.id, entry.name, (), None, None, kind="unnamed"))
            elif entry.kind == "person":
                people.append(Person(entry.id, entry.name, aliases, entry.role, entry.affiliation))
            else:
                orgs.append(Organisation(entry.id, entry.name, aliases))
        return tuple(people), tuple(orgs)


# --- who is the subject of a reporting verb ------------------------------

#: Determiners and numbers that make a source indefinite ("a source",
#: "two officials", "some analysts"): English grammar, not one text.
_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "several", "many", "two", "three", "four", "five",
                         "other", "various", "multiple", "numerous", "few", "most", "unnamed", "anonymous"})
#: Subjects that are the writer, the reader or a thing, never a speaker to record.
_NOT_SPEAKERS = frozenset({"i", "we", "you", "it", "this", "that", "these", "those", "they", "which", "who", "what"})


@dataclass(frozen=True)
class Who:
    """Who a reporting verb's subject names: a mention, a description or an unnamed source.

    ``description`` is a definite description ("the head of the border
    service") to resolve against the article's speakers; ``unnamed`` the
    words of an anonymous or generic source ("a source familiar with the
    plans"); ``role`` the head role word of either ("head", "source").
    """

    mention: Mention | None = None
    description: str | None = None
    unnamed: str | None = None
    role: str | None = None
    blocked: bool = False
    """The subject is the writer or a thing ("we said", "it said"): no speaker."""


def subject_token(verb: Any) -> Any:
    """Return the subject token of a reporting verb, or None.

    A verb in a coordination or a participle clause shares its subject
    ("X said ..., adding that ...", "X boasted ... and warned").
    """
    from ingest.cues import cue_lexicon  # the cue verbs (a late import: cues imports nothing from here)

    # Only a reporting verb lends its subject ("X said ..., adding that"):
    # in "Prices will rise, said ..." the head's subject is the content's.
    head = verb.head if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head is not verb else None
    joined = head is not None and verb.dep_ == "conj" and any(
        t.dep_ == "cc" and head.i < t.i < verb.i for t in (*head.children, *verb.children))
    if head is not None and head.lemma_.lower() not in cue_lexicon().verbs and not joined:
        head = None  # but "X attributed ... and said that ...": "and" shares the subject
    for candidate in (verb, head):
        if candidate is None:
            continue
        # A quote mark the parser took for a subject is not one.
        subjects = [c for c in candidate.children if c.dep_ in ("nsubj", "nsubjpass") and c.text not in ("«", "»", "“", "”", '"', "„", "'")]
        if subjects:
            # Two subjects (a dateline parsed as one): the nearer one speaks.
            return min(subjects, key=lambda c: abs(c.i - candidate.i))
        if candidate is not verb and verb.dep_ != "conj" and verb.tag_ != "VBG":
            break
    return None


def subject_words(subject: Any) -> tuple[int, int]:
    """Return doc offsets of a subject without its relative clauses ("X, who spoke to Y,")."""
    tokens = [t for t in subject.subtree]
    end = tokens[-1].idx + len(tokens[-1])
    for child in subject.children:
        if child.dep_ in ("relcl", "acl") and child.i > subject.i:
            end = min(end, child.left_edge.idx)
    start = tokens[0].idx
    text = subject.doc.text
    while end > start and text[end - 1] in " ,;:-–—":
        end -= 1
    return start, end


def _as_name(doc: Doc, start: int, end: int) -> str:
    """Return the words of an unnamed source, lower-cased at the start of a sentence ("Officials")."""
    text = doc.text[start:end]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and span[0].pos_ != "PROPN" and not span[0].is_upper:
        text = text[:1].lower() + text[1:]
    return text


def unnamed_source(span: Span) -> str | None:
    """Return the words of ``span`` when they name an unnamed source, else None.

    ``span`` is a noun phrase ("people familiar with the matter", "a senior
    official"): its head must be a role or source noun, plural or with an
    indefinite determiner.
    """
    heads = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head is t]
    if not heads:
        return None
    head = heads[0]
    if head.pos_ != "NOUN" or not is_role_word(head):
        return None
    determiners = {c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "amod", "quantmod")}
    if head.tag_ in ("NNS", "NNPS") or determiners & _INDEFINITE:
        return _as_name(span.doc, span.start_char, span.end_char)
    return None


def is_role_word(token: Any) -> bool:
    """Return True when ``token`` is a role or source noun ("spokesperson", "officials")."""
    words = role_words()
    lemma = token.lemma_.lower()
    return lemma in words.roles or lemma in words.source_nouns or token.lower_ in words.roles


def _split_outlet_name(mention: Mention, doc: Doc, base: int) -> Mention:
    """Return the person's name at the end of "<Outlet> <First Last>".

    Machine-translated copy puts the addressee before the speaker ("said in
    a comment to Radio X Olena K."): the small model runs both into one name.
    """
    span = doc.char_span(mention.start - base, mention.end - base, alignment_mode="expand")
    if span is None or len(span) < 3 or span.start == 0 or doc[span.start - 1].lower_ not in ("to", "told"):
        return mention
    last = span[-2:]
    if all(t.is_alpha and t.text[0].isupper() and t.lower_ not in role_words().organisation_heads for t in last):
        return Mention(base + last.start_char, base + last.end_char, last.text, "person")
    return mention


def _trailing_name(mention: Mention, doc: Doc, base: int) -> Mention | None:
    """Return the "First Last" that ends an organisation mention, or None.

    "Representative of the Council of X Olena K. stated": after a role word
    the model runs the organisation and the holder's name into one entity;
    two capitalised words after a proper noun that are no organisation
    words are the person who holds the role.
    """
    span = doc.char_span(mention.start - base, mention.end - base, alignment_mode="expand")
    if span is None or len(span) < 4:
        return None
    last = span[-2:]
    heads = role_words().organisation_heads
    if not any(t.lower_ == "of" for t in span[:-3]):
        return None  # "Representative of <organisation> First Last": the role's organisation comes first
    if span[-3].pos_ != "PROPN" or not _looks_like_person(last) or any(t.lower_ in heads for t in span[-3:]):
        return None
    if any(t.ent_type_ in ("GPE", "LOC", "NORP") and t.ent_iob_ == "B" for t in last):
        return None
    return Mention(base + last.start_char, base + last.end_char, last.text, "person")


_QUOTE_MARKS = frozenset('"“”„«»‘’\'')


def _reporter_before(pronoun: Any, base: int, directory: DirectoryLike | None, publisher: str | None) -> Mention | None:
    """Return the named person a pronoun subject stands for within its own sentence, or None.

    "X told reporters he thinks ...": a pronoun after a reporting verb with
    a named subject in the same sentence is that person, whoever spoke
    before (the parser may hang either verb on the other).
    """
    from ingest.cues import cue_lexicon  # a late import: cues imports nothing from here

    doc = pronoun.doc
    verbs = cue_lexicon().verbs
    marks = [t.i for t in pronoun.sent if t.text in _QUOTE_MARKS]
    reporting = [t for t in pronoun.sent if t.i < pronoun.i and t.pos_ == "VERB" and t.lemma_.lower() in verbs
                 and sum(m < t.i for m in marks) % 2 == 0 and not any(t.i < m < pronoun.i for m in marks)]
    for earlier in reversed(reporting):  # never a verb inside quoted words
        governing = [c for c in earlier.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < earlier.i]
        if not governing:
            continue
        at = base + governing[0].idx
        named = [m for m in mentions_in(doc, base + governing[0].left_edge.idx, at + len(governing[0]), base,
                                        directory, publisher) if m.kind == "person" and m.start <= at < m.end]
        return named[0] if named else None
    return None


def who_said(
    doc: Doc,
    verb: Any,
    base: int,
    lo: int,
    hi: int,
    directory: DirectoryLike | None,
    publisher: str | None,
) -> Who:
    """Return who the reporting verb ``verb`` attributes its words to.

    The syntactic subject decides: the mention that holds its head word
    ("Maria L., an economist at X, said": Maria L., never X; "she said,
    speaking at a conference organised by Y": she); a role noun with "the"
    is a description ("the border service's spokesperson said"); a plural
    or indefinite people-noun is an unnamed source ("officials said", "a
    source familiar with the plans said"). Without a subject (inverted or
    machine-translated order: "said in a comment to Y Olena K.") the
    names after the verb within source offsets ``[lo, hi)`` are searched.
    """
    for child in verb.children:
        if child.lemma_.lower() == "cite" and child.dep_ in ("advcl", "xcomp", "conj", "dep"):
            # "<content>, reports X, citing Y": X relays, Y speaks.
            cited = mentions_in(doc, base + child.idx, base + child.right_edge.idx + len(child.right_edge.text),
                                base, directory, publisher)
            cited = [m for m in cited if m.kind in ("person", "organisation", "title")]
            if cited:
                return Who(mention=choose_speaker(cited, base + child.idx))
    subject = subject_token(verb)
    after = verb.idx + len(verb.text) + base
    named_after = [_split_outlet_name(m, doc, base) for m in mentions_in(doc, max(lo, after), hi, base, directory, publisher)]
    if subject is None:
        return Who(mention=choose_speaker(named_after, after))
    start, end = subject_words(subject)
    text = doc.text[start:end]
    if subject.lower_ in _NOT_SPEAKERS:
        return Who(blocked=True)
    mentions = mentions_in(doc, base + start, base + end, base, directory, publisher)
    at = base + subject.idx
    holding = [m for m in mentions if m.start <= at < m.end and m.kind != "title"]
    if subject.is_sent_start and subject.is_upper and subject.i + 1 < len(doc) and doc[subject.i + 1].text == ",":
        # A dateline ("OSLO, May 3 (Wire) - X said") is no speaker: the person named before the verb is.
        people = [m for m in mentions if m.kind == "person" and m.end <= base + verb.idx]
        return Who(mention=people[-1] if people else None, blocked=not people)
    if subject.lower_ in PRONOUNS and (reporter := _reporter_before(subject, base, directory, publisher)) is not None:
        return Who(mention=reporter)
    if holding and holding[0].kind == "outlet":
        # "TSN.ua said in a comment X": the outlet relays; the person after the verb speaks.
        people = [m for m in named_after if m.kind == "person"]
        if people:
            return Who(mention=people[0])
    if holding:
        return Who(mention=holding[0])
    if subject.lower_ in PRONOUNS:
        return Who(mention=next((m for m in mentions if m.kind == "pronoun"), None))
    if (subject.pos_ == "NOUN" or subject.pos_ == "PROPN" and subject.lower_ in role_words().roles) and is_role_word(subject):
        people = [m for m in mentions if m.kind == "person"] or [
            held for m in mentions if m.kind == "organisation" and (held := _trailing_name(m, doc, base)) is not None]
        if people:
            return Who(mention=people[-1])  # "Former ambassador to X Roman B. warned"
        determiners = {c.lower_ for c in subject.children if c.dep_ in ("det", "nummod", "amod", "quantmod")}
        if subject.tag_ in ("NNS", "NNPS") or determiners & _INDEFINITE or subject.lemma_.lower() in role_words().source_nouns and not determiners & {"the", "this", "that"}:
            return Who(unnamed=_as_name(doc, start, end), role=subject.lemma_.lower())
        titles = [m for m in mentions if m.kind == "title"]
        if titles:
            return Who(mention=titles[0])
        return Who(description=text, role=subject.lemma_.lower())
    titled = [m for m in mentions if m.kind == "title" and m.start <= at < m.end]
    if titled:
        return Who(mention=titled[0])  # a title the directory knows ("Holovkom")
    if subject.pos_ == "PROPN" and subject.text[:1].isupper() and subject.ent_type_ not in ("LOC", "NORP", "DATE"):
        # The subject's own name, untagged ("Kovalenko, a member of the X
        # Committee, said"): never a name inside its appositive. A lone word
        # is left to the speakers table (a surname of the article's people,
        # or an organisation).
        names = [c for c in subject.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < subject.i]
        first = names[0] if names and all(t.pos_ == "PROPN" for t in doc[names[0].i : subject.i]) else subject
        span = doc[first.i : subject.i + 1]
        ranks = [t.i for t in span if t.lower_ in role_words().roles or t.lower_.strip(".-") in role_words().honorifics]
        if ranks:
            span = doc[ranks[-1] + 1 : subject.i + 1]  # "Dallas Fed President Olena K." -> Olena K.
        kind: MentionKind = "person" if len(span) >= 2 and _looks_like_person(span) else "organisation"
        return Who(mention=Mention(base + span.start_char, base + span.end_char, span.text, kind))
    if subject.pos_ == "NOUN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subject.children):
        # "The Trump administration said": the administration speaks, not the person it is named after.
        det = [c for c in subject.children if c.dep_ == "det"]
        lo_ = min([c.idx for c in subject.children if c.dep_ == "compound"] + [subject.idx])
        name = doc.text[lo_ : subject.idx + len(subject.text)]
        if not det or det[0].lower_ == "the":
            return Who(mention=Mention(base + lo_, base + subject.idx + len(subject.text), name, "organisation"))
    mention = choose_speaker(mentions, base + verb.idx)
    if mention is None:
        # A dateline or a fronted phrase took the subject slot ("LONDON, Oct 27
        # - X said"): the person named nearest before the verb speaks.
        between = mentions_in(doc, base + start, base + verb.idx, base, directory, publisher)
        people = [m for m in between if m.kind == "person"]
        mention = people[-1] if people else None
    if mention is None and subject.pos_ == "PROPN" and subject.text[:1].isupper() and subject.ent_type_ not in ("LOC", "NORP", "DATE"):
        # A lone name the model left untagged ("Kovalenko told reporters"):
        # the article's speakers table decides whether it is a person's surname.
        mention = Mention(base + subject.idx, base + subject.idx + len(subject.text), subject.text, "organisation")
    return Who(mention=mention, description=None if mention else text)
