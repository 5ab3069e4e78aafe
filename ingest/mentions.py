"""Speaker mentions and their descriptors (role, affiliation).

A mention is a stretch of text that can name a speaker: a person or an
organisation found by NER or by the directory, a pronoun, a title
("Holovkom", "the spy chief") or an outlet. ``mentions_in`` finds them,
``choose_speaker`` picks the one that said the words, and the descriptor
functions read the role and affiliation written beside a name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any, Literal, Protocol

from spacy.tokens import Doc, Span, Token

from graph.model import Organisation, Person
from ingest.lexicon import load_lexicon, word_set
from ingest.nlp import doc_text

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
    possessive_name: bool = False
    """The name ends in a possessive that possesses nothing ("Moody's said", "according to Sotheby's"): its "'s" is
    part of the name, not to be stripped."""


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
    offices: frozenset[str] = frozenset()
    """Role words that name an office one holds ("president", "minister"), not a kind of speaker ("expert")."""
    company_nouns: frozenset[str] = frozenset()
    """Generic nouns for a company or body named just before ("the company", "the lender")."""
    portfolios: frozenset[str] = frozenset()
    """Words that make an office a portfolio ("Foreign Minister", "Defence Secretary"): part of the role, no owner."""
    surname_endings: tuple[str, ...] = ()
    """Endings of the region's surnames ("enko", "chuk"): a lone word with one is a person's surname."""
    name_particles: frozenset[str] = frozenset()
    """Lower-case particles of family names ("von", "der", "de"): part of a person's name between capitalised words."""
    outlet_name_words: frozenset[str] = frozenset()
    """Words that make a name a newspaper's ("Gazeta", "Times", "Zeitung"), lower case."""
    section_labels: frozenset[str] = frozenset()
    """Labels an outlet puts before a headline or a section ("Explainer:", "Analysis:"), lower case: no speaker."""
    feminine: dict[str, Any] = field(default_factory=dict)
    """How a name tells a woman: ``given_ending``, the names ``not_feminine`` despite it, ``family_endings``."""

    @cached_property
    def body_nouns(self) -> frozenset[str]:
        """Every noun that says a name is a body's: organisation heads, institution nouns and company nouns."""
        return self.organisation_heads | self.institution_nouns | self.company_nouns


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
        frozenset(data.get("offices") or ()),
        frozenset(data.get("company_nouns") or ()),
        frozenset(data.get("portfolios") or ()),
        tuple(str(e) for e in data.get("surname_endings") or ()),
        frozenset(str(p) for p in data.get("name_particles") or ()),
        frozenset(str(w) for w in data.get("outlet_name_words") or ()),
        frozenset(str(w) for w in data.get("section_labels") or ()),
        dict(data.get("feminine_names") or {}),
    )


def feminine_name(name: str) -> bool:
    """True when a person's name is a woman's by its form ("Natalia Kuzmenko", "Anna Ivanova", "Svetlana
    Tsikhanouskaya"); False where it does not tell ("Mykola Azarov", "Kuzmenko" alone)."""
    words = role_words().feminine
    parts = [w.lower() for w in name.split() if len(w) > 2 and not w.endswith(".")]
    if not words or len(parts) < 2:
        return False
    given, family = parts[0], parts[-1]
    if given.endswith(words.get("given_ending", "\0")) and given not in words.get("not_feminine", ()):
        return True
    return any(family.endswith(e) and len(family) >= len(e) + 3 for e in words.get("family_endings", ()))


def surname_shaped(word: str) -> bool:
    """True for one capitalised word ending as the region's surnames do ("Kovalchuk", "Siluanov"; not "Azov", "Sky")."""
    lower = word.lower()
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    return any(lower.endswith(e) and len(lower) >= max(len(e) + 3, 6) for e in role_words().surname_endings)


def normal_name(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


_DOMAIN = re.compile(r"\b[A-Za-z][\w-]*\s?\.(?:com|net|org|ua|ru|uk|info|news|de|fr|pl|by|eu|io|lt|lv|ee|md|ro|cz|sk|hu|bg|kz|ge|am|az|us|ca|it|es|nl|se|no|fi|dk|ch|at|be|tv|me)\b")


def is_outlet(name: str, publisher: str | None) -> bool:
    """Return True when ``name`` is the publishing outlet or a web outlet ("TSN.ua").

    The words were said *to* an outlet in "X told TSN.ua" and in the
    machine-translated "TSN.ua said in a comment X": it is never the speaker
    when a person is named as well.
    """
    if publisher and normal_name(name) and normal_name(name) in (normal_name(publisher), normal_name(publisher).split("ua")[0]):
        return True
    return bool(_DOMAIN.search(name))


def head_word(text: str) -> str:
    """Return the last word of a description, lower case, letters and hyphens only ("the spy chief," -> "chief")."""
    words = text.lower().split()
    return re.sub(r"[^a-z-]", "", words[-1]) if words else ""


def drop_article(text: str) -> str:
    """Return ``text`` stripped, without a leading "the", "a" or "an"."""
    return re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)


def strip_determiner(text: str) -> str:
    """Return ``text`` without a leading article and trailing possessive."""
    return re.sub(r"(?:'s|’s|')$", "", drop_article(text)).strip()


def _particle(token: Token, name: Span) -> bool:
    """True for a family-name particle followed, in ``name``, by more particles and a capitalised word."""
    particles = role_words().name_particles
    following = next((t for t in name.doc[token.i + 1 : name.end] if t.lower_ not in particles and t.text != "-"), None)
    return token.lower_ in particles and following is not None and following.text[:1].isupper()


def person_span(ent: Span) -> Span | None:
    """Return the name part of a PERSON entity, or None when it is not a name.

    NER glues a preceding place to a name ("ambassador of Ukraine to Belarus
    Roman X" -> "Belarus Roman X"): a leading word governed by a preposition
    belongs to the prepositional phrase, not to the name.
    """
    tokens = [t for t in ent if t.is_alpha or t.text in ("-", "'", "’")]
    particles = role_words().name_particles
    doc = ent.doc
    if ent[-1].lower_ in particles and ent.end < len(doc) and doc[ent.end].pos_ == "PROPN" and doc[ent.end].text[:1].isupper():
        ent = doc[ent.start : ent.end + 1]  # "Ursula von der | Leyen": the recogniser cut the name after its particle
    elif ent.start > 0 and doc[ent.start - 1].pos_ == "ADP" and ent.end < len(doc) and doc[ent.end].pos_ == "PROPN" \
            and doc[ent.end].is_title and not doc[ent.end].ent_type_ and (ent.end + 1 == len(doc) or doc[ent.end + 1].pos_ != "PROPN"):
        # "the mayor of Berdychiv Serhiy | Orlovskyi": the recogniser ran the place into the given name and left the
        # surname out; the surname joins, and the place goes below
        ent = doc[ent.start : ent.end + 1]
    if not tokens or any(t.is_alpha and not t.text[0].isupper() and not _particle(t, ent) for t in ent):
        return None  # (a particle only before a capitalised word of the name: "Thomas de Waal", "de Waal")
    if ent.text.lower() in role_words().section_labels and ent.end < len(doc) and doc[ent.end].text == ":":
        return None  # "Explainer: What the new rules mean": the piece's label, no one's name
    while len(ent) >= 3 and ent[-1].is_upper and ent[-1].lower_ in role_words().roles:
        ent = ent[:-1]  # "Helen Marsh MP": a post-nominal office, not part of the name
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
    while end - start >= 3 and _sentence_title(ent.doc[start]):
        start += 1
    while end > start and ent.doc[end - 1].tag_ == "POS":
        end -= 1
    return ent.doc[start:end] if end > start else None


def _split_name(ent: Span) -> Span | None:
    """Return a given name and the surname the recogniser tagged as the next entity ("Matviy" + "Bidnyi-Kovalenko"),
    when the surname has the region's shape, else None."""
    doc = ent.doc
    following = next((e for e in doc.ents if e.start == ent.end), None)
    if len(ent) != 1 or not ent[0].is_title or not ent[0].is_alpha or following is None or following.label_ not in ("ORG", "PERSON", "GPE"):
        return None
    parts = [t for t in following if t.text != "-"]
    # (one surname, or two joined by a hyphen: not "Russia | Sergei Lavrentyev", a place before a full name)
    if not (len(parts) == 1 or len(parts) == 2 and len(following) == 3 and following[1].text == "-") \
            or not all(t.is_title and t.is_alpha for t in parts) or not surname_shaped(parts[-1].text):
        return None
    return doc[ent.start : following.end]


def _with_double_surname(name: Span) -> Span:
    """Return ``name`` with the double-barrelled surname the recogniser left out ("Oleksandr" + "Vilkul-Petrenko")."""
    doc, end = name.doc, name.end
    def title(i: int) -> bool:
        return i < len(doc) and doc[i].is_alpha and doc[i].is_title and doc[i].lower_ not in role_words().roles
    if title(end) and end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and title(end + 2):
        return doc[name.start : end + 3]  # "Oleksandr | Vilkul-Petrenko"
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and title(end + 1):
        return doc[name.start : end + 2]  # "Oleksandr Vilkul | -Petrenko"
    return name


def _named_as_outlet(ent: Span) -> bool:
    """Return True for a name an outlet noun introduces or follows ("the business daily X", "the
    newspaper X", "the news agency X", "the X TV channel"): an outlet, whatever the recogniser took it for."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.lower_ in ("tv", "channel", "radio", "newspaper", "daily", "magazine", "website", "broadcaster"):
        return True  # "the Espresso TV channel", "the Nordposten newspaper"
    if len(ent) >= 2 and any(t.lower_ in role_words().outlet_name_words for t in ent[1:]):
        return True  # "Nezavisimaya Gazeta", "Novaya Gazeta Europe", "The Moscow Times": a newspaper's own name
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is None:
        return False
    if before.lower_ == "agency":
        return ent.start > 1 and ent.doc[ent.start - 2].lower_ == "news"
    return before.lower_ in role_words().outlet_nouns


def looks_like_person(ent: Span) -> bool:
    """Return True for a "First Last" shape: 2-3 capitalised words, none an organisation word.

    A leading "the" rules it out: English puts no article before a person's
    name, but does before most organisations ("the Kyiv Security Forum").
    """
    if ent[0].lower_ == "the" or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"):
        return False
    # (a double-barrelled part is one word: "Anne-Sophie Corbeau", "Ihor Romanenko-Dzyuba")
    words = [t for t in ent if not _joining_hyphen(t)]
    heads = role_words().organisation_heads
    return (
        2 <= _name_length(ent) <= 3
        and all(t.is_alpha and t.text[0].isupper() and not t.is_upper for t in words)
        and not any(t.lower_ in heads for t in words)
    )


#: Prepositions whose object, run into a holder's name, is a place or a portfolio ("the President of Norland
#: Olena K.", "Commissioner for Energy Olena K.", "the Committee on Energy Olena K.").
_PORTFOLIO_PREPOSITIONS = ("of", "on", "for", "to")  # ("Ambassador to Moldova Paun R.": the place is the post's)


#: How adjectives of nationality end ("European", "Ukrainian", "Chinese", "British", "Israeli"): capitalised wherever
#: they stand, where the recogniser missed them. English morphology; "civilian" is the usual word of that shape
#: that is none.
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ean|ian|ese|ish|i)")


def nationality_shaped(word: str) -> bool:
    """True for a word shaped like an adjective of nationality ("Lithuanian", "Chinese"), whatever the tagger made of it."""
    return _NATIONALITY.fullmatch(word) is not None and word.lower() != "civilian"


def _in_portfolio(doc: Doc, i: int) -> bool:
    """True when token ``i`` opens the object of a post's preposition, past its article and adjectives: "the head of
    [the Belarusian] KGB", "Speaker of [the Lithuanian] Seimas", "Minister for European Integration"."""
    k = i - 1
    while k >= 0 and (doc[k].pos_ in ("DET", "ADJ") or nationality_shaped(doc[k].text)):
        k -= 1
    return k >= 0 and doc[k].lower_ in _PORTFOLIO_PREPOSITIONS


def _titled_name(ent: Span) -> Span | None:
    """Return the "First Last" of an ORG entity shaped like a person's name, else None.

    Leading honorifics and role words ("Maj-Gen", "Dr.", "Minister") are
    not part of the name.
    """
    words = role_words()
    start = ent.start
    # (a post's preposition after the post: "Ambassador to", "the Minister of"; not "According to the Ministry of X")
    portfolio = start > 1 and ent.doc[start - 1].lower_ in _PORTFOLIO_PREPOSITIONS and ent.doc[start - 2].pos_ in ("NOUN", "PROPN")
    while ent.end - start > 2 and (ent.doc[start].lower_.strip(".-") in words.honorifics
                                   or ent.doc[start].lower_ in words.roles or ent.doc[start].is_punct or portfolio
                                   or _sentence_title(ent.doc[start])):
        start += 1  # (and "the President of Norland Olena K.", "Commissioner for (European) Energy Olena K.": the place
        # or portfolio belongs to the preposition, as in ``person_span``, up to the name's two words)
    name = ent.doc[start : ent.end]
    return name if looks_like_person(name) else None


def _called_a_body(ent: Span) -> bool:
    """True when a lower-case noun right before a name says it is a body's ("the rights group Amnesty International",
    "the airline Nordflyg", "the channel Rybar"), whatever the name's shape."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    words = role_words()
    # ("the deputy chairman of the executive committee Natalya K.", "the head of the finance department of the
    # committee Anatoly G.": the holder named after the office's bodies)
    noun = ent.root.head if ent.root.dep_ in ("appos", "compound") and ent.root.head.pos_ == "NOUN" else ent.root
    while noun.dep_ == "pobj" and noun.head.lower_ in ("of", "for") and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
        if noun.lemma_.lower() in words.roles:
            return False
    return before.pos_ == "NOUN" and before.text.islower() and before.lemma_.lower() in words.body_nouns | words.outlet_nouns


#: Role and source nouns that describe a state or a body as readily as a person ("Poland, a close ally",
#: "Naftogaz, a major importer"): an appositive with one of them says nothing about what a name is.
_BODY_LIKE_NOUNS = word_set("roles", "body_like_nouns")


def _joining_hyphen(token: Token) -> bool:
    """True for a hyphen that joins the words either side of it with no space ("Strack-Zimmermann")."""
    return token.text in ("-", "‐") and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _name_length(ent: Span) -> int:
    """The words of a name, a double-barrelled part counted once ("Anne-Sophie Corbeau": two; "Marie-Agnes
    Strack-Zimmermann": two)."""
    joins = [t for t in ent if _joining_hyphen(t) and ent.start < t.i < ent.end - 1]
    return len(ent) - 2 * len(joins)


def _introduced_as_person(ent: Span) -> bool:
    """True when a name is set off by an age ("Lidia, 58,"; "Ion Rusu, 71."), by a relative clause on its kin
    ("Tetiana, whose son ...,") or by an appositive whose noun only a person can be ("Natalia, a volunteer from
    Zaporizhzhia,"; "Tudor, a 34-year-old nurse"), or is a "First Last" that stands in apposition to such a noun ("the
    client's lawyer, Natalia Rusu,"), whatever the recogniser took the name for."""
    doc = ent.doc
    root = ent.root
    if root.dep_ == "appos" and root.head.i < ent.start and root.head.pos_ == "NOUN" and looks_like_person(ent) \
            and root.head.lemma_.lower() not in _BODY_LIKE_NOUNS and personal_noun(root.head.lemma_.lower()):
        return True
    if ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return False
    if doc[ent.end + 1].is_digit:
        return 1 <= int(doc[ent.end + 1].text) <= 120 and doc[ent.end + 2].text in (",", ".", ";", "—", "-")
    if doc[ent.end + 1].lower_ == "whose" and doc[ent.end + 2].pos_ == "NOUN" and doc[ent.end + 2].lemma_.lower() in people_nouns():
        return True  # "Tetiana, whose son was captured, said": one with kin is a person
    nouns = [t for t in doc[ent.end + 1 : min(ent.end + 7, len(doc))] if t.dep_ == "appos" and t.head.i in range(ent.start, ent.end)]
    if not nouns or nouns[0].pos_ != "NOUN" or nouns[0].lemma_.lower() in _BODY_LIKE_NOUNS:
        return False
    lemma = nouns[0].lemma_.lower()
    # ("X, an analyst at Y,"; "X, the chair of the committee,": an office only a person holds, with "the")
    return any(c.lower_ in ("a", "an") for c in nouns[0].children) and (personal_noun(lemma) or _trade(lemma)) \
        or any(c.lower_ == "the" for c in nouns[0].children) and lemma in role_words().offices


#: Endings of nouns that name what a person does ("pharmacist", "analyst", "librarian", "technician", "volunteer"): a
#: name set off by "a pharmacist" is a person's whatever the recogniser took it for (no lexicon lists every trade;
#: "-er" and "-ant" are left out, as "a carrier", "a supplier" and "a plant" are companies and works).
_TRADE_ENDINGS = ("ist", "yst", "ian", "eer", "ress")


def _trade(noun: str) -> bool:
    """True for a noun shaped like a person's trade or calling (``_TRADE_ENDINGS``)."""
    return len(noun) > 5 and noun.endswith(_TRADE_ENDINGS)


def _of_place(ent: Span) -> Span | None:
    """The place named right after a body's name with "of" ("the State Border Guard Service [of Lithuania]") when the
    name ends with a body's head word, else None."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of" or ent[-1].lemma_.lower() not in role_words().organisation_heads:
        return None
    place = next((e for e in doc.ents if e.start == ent.end + 1 and e.label_ == "GPE"), None)
    return place


def personal_noun(word: str) -> bool:
    """True for a role, source or people noun of the lexicons ("official", "volunteer", "pensioner")."""
    words = role_words()
    return word in words.roles or word in words.source_nouns or word in people_nouns()


def _place_of_origin(ent: Span) -> bool:
    """True for a one-word name after "from" or "in" that tells where a person described by a people noun comes
    from ("a volunteer from Zaporizhzhia", "a nurse in Kherson"): a place, whatever the recogniser took it for."""
    root = ent.root
    return len(ent) == 1 and root.dep_ == "pobj" and root.head.lower_ in ("from", "in") and root.head.head.pos_ == "NOUN" \
        and personal_noun(root.head.head.lemma_.lower())


def _name_after_comma(ent: Span) -> Span | None:
    """Return the person's name an ORG entity ends with after a comma ("the Party of Socialists, Igor Dodon"),
    the parser's appositive of a noun before it, else None."""
    commas = [t for t in ent if t.text == ","]
    if not commas:
        return None
    name = ent.doc[commas[-1].i + 1 : ent.end]
    return name if 2 <= len(name) <= 3 and looks_like_person(name) and name.root.dep_ == "appos" and name.root.head.i < commas[-1].i \
        else None


def _sentence_title(token: Token) -> bool:
    """True for a source or people noun used as a title at the sentence's start ("Lawyer Olena K.", "Pensioner Ivan P.
    said"), capitalised there like the name after it."""
    return bool(token.is_sent_start) and token.lower_ in _sentence_title_nouns()


@cache
def _sentence_title_nouns() -> frozenset[str]:
    """The source and people nouns a sentence may open with as a title (``_sentence_title``), united once."""
    return role_words().source_nouns | people_nouns()


@cache
def people_nouns(bodies: bool = False) -> frozenset[str]:
    """The generic people nouns of data/lexicon/sources.yaml ("attorneys", "doctors", "voters"); with
    *bodies*, the bodies of people that speak as one too ("campaign", "administration")."""
    sources = load_lexicon("sources")
    return frozenset(str(w) for w in [*sources.get("people", []), *(sources.get("bodies", []) if bodies else [])])


@cache
def _title_words() -> frozenset[str]:
    """Roles, their modifiers and honorifics: the words of a title before a name ("Colonel", "Dr", "former")."""
    lexicon = role_words()
    return frozenset({*lexicon.roles, *lexicon.modifiers, *lexicon.honorifics})


def _shaped_name(span: Span) -> Span | None:
    """Return a run of proper nouns NER left unlabelled when it is shaped like a name, else None.

    Two to four capitalised words: a person's name, or an organisation's
    when it ends in an organisation word ("Razumkov Centre").
    """
    if len(span) >= 3 and _in_portfolio(span.doc, span.start):
        # "the President of Norland Olena K.", "the head of the Committee on Energy Olena K.", "Minister for European
        # Integration Olena K.", "the deputy head of the OVA Natalia P.", "head of the Belarusian KGB Ivan T.": the place,
        # body or portfolio belongs to the preposition, as in ``person_span``; the name is the last two words
        span = span[-2:]
    last_role = max((i for i, t in enumerate(span[:-2]) if t.lower_ in role_words().roles), default=None)
    if last_role is not None:
        span = span[last_role + 1 :]  # "Chief Financial Officer Ewa M.": a title of several words ends with its role
    tokens = [t for t in span if t.is_alpha and t.text[0].isupper()]
    # (a first name the recogniser read as a nationality, "Roman Svitan" as one NORP entity, is still a name)
    named = all(t.ent_type_ == "NORP" and t.tag_ == "NNP" for t in tokens) and not any(t.ent_iob_ == "B" for t in tokens[1:]) \
        and not (span[-1].dep_ in ("compound", "amod") and span[-1].head.i >= span.end and span[-1].head.pos_ == "NOUN")
    # (but not one that describes the noun after it: "a Greek Catholic priest")
    # (nor are a given name and a surname of the region's shape the recogniser read as places: "Marta Kovalska")
    # (or as a nationality: "Roman Mrochko", "Roman" tagged NORP)
    placed = 2 <= len(tokens) <= 3 and surname_shaped(tokens[-1].text) and all(t.ent_type_ in ("GPE", "LOC", "NORP", "") for t in tokens)
    if len(tokens) != len(span) or not 2 <= len(tokens) <= 4 or any(
            t.ent_type_ in ("GPE", "LOC") and not placed or t.ent_type_ == "DATE" or t.ent_type_ == "NORP" and not named and not placed
            for t in tokens):
        return None
    if span[-1].lower_ in role_words().roles:
        return None  # "Agency Chief": a title, not a name
    return span


@cache
def _titles_pattern(titles: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for a directory's titles (lower case), the longest first where several start at one place."""
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True)) + r")\b")


def _first_token_at(doc: Doc, char: int) -> int:
    """The index of the first token of ``doc`` starting at or after character ``char`` (``len(doc)``: none)."""
    return bisect_left(range(len(doc)), char, key=lambda i: doc[i].idx)


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
    whole = doc_text(doc)
    found: list[Mention] = []
    covered: set[int] = set()

    def inside(span: Span) -> bool:
        return lo <= base + span.start_char and base + span.end_char <= hi

    for ent in doc.ents:
        if ent.start in covered:
            continue  # (the surname of a name split in two, taken with its given name below)
        if inside(ent) and ent.label_ in ("ORG", "GPE", "NORP") and (split := _split_name(ent)) is not None:
            # "Matviy | Bidnyi-Kovalenko" tagged as two bodies: a given name and a surname of the region's shape
            found.append(Mention(base + split.start_char, base + split.end_char, split.text, "person"))
            covered.update(range(split.start, split.end))
            continue
        if inside(ent) and (body := _named_after_company_noun(ent)) is not None:
            # "the think tank Eastern Analytica", "the consultancy Oliver Wyman": the recogniser took the
            # firm's name for a place or a person; the noun before it says what it is
            org = directory.find_organisation(body.text) if directory else None
            found.append(Mention(base + body.start_char, base + body.end_char, body.text, "organisation", org.id if org else None))
            covered.update(range(ent.start, ent.end))
            continue
        if not inside(ent) or ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        if _compound_modifier(ent):
            covered.update(range(ent.start, ent.end))  # "the Vilnius-based forum", "Kremlin-backed leaders"
            continue
        if ent.label_ in ("ORG", "PERSON") and len(ent) >= 2 and ent[0].lower_ in role_words().company_nouns and ent[1].text[:1].isupper():
            # "Lender Nordbank", "Consultancy Harbourline": what the company is, then its name
            found.append(Mention(base + ent[1].idx, base + ent.end_char, ent[1:].text, "organisation"))
            covered.update(range(ent.start, ent.end))
            continue
        text = strip_determiner(ent.text)
        known_person = directory.find_person(text) if directory else None
        if ent.label_ == "PERSON" and not known_person and _place_of_origin(ent):
            covered.update(range(ent.start, ent.end))
            continue
        if ent.label_ == "PERSON" or known_person:
            span = person_span(ent) if not known_person else ent
            if span is None:
                continue
            span = _with_double_surname(span)
            kind: MentionKind = "outlet" if is_outlet(span.text, publisher) or _named_as_outlet(ent) else "person"
            following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
            if kind == "person" and len(ent) == 1 and following is not None and following.lower_ in role_words().organisation_heads:
                kind = "organisation"  # "the Duma committee": a body's name the recogniser took for a person
            found.append(Mention(base + span.start_char, base + span.end_char, strip_determiner(span.text), kind,
                                 known_person.id if known_person else None))
            covered.update(range(span.start, span.end))
        elif ent.label_ in ("ORG", "GPE") and _name_length(ent) <= 3 and _introduced_as_person(ent) \
                and not (directory and directory.find_organisation(text)):
            # "says Lidia, 58,", "Natalia, a volunteer,": a name with an age or a person's description is a person's
            found.append(Mention(base + ent.start_char, base + ent.end_char, ent.text, "person"))
            covered.update(range(ent.start, ent.end))
        elif ent.label_ == "ORG" and (name := _titled_name(ent)) is not None and not (directory and directory.find_organisation(text)) \
                and not _called_a_body(ent):
            # The small model often tags an unfamiliar "First Last" as ORG,
            # with a title in front ("Maj-Gen First Last").
            found.append(Mention(base + name.start_char, base + name.end_char, name.text, "person"))
            covered.update(range(ent.start, ent.end))
        elif ent.label_ == "ORG" and (named := _name_after_comma(ent)) is not None:
            # "the chairman of the Union of Farmers, First Last,": the recogniser ran the body and the holder's
            # name, set off by commas, into one organisation; the holder is named
            found.append(Mention(base + named.start_char, base + named.end_char, named.text, "person"))
            covered.update(range(ent.start, ent.end))
        elif ent.label_ == "ORG" or (directory and directory.find_organisation(text)):
            words = [t for t in ent if t.lower_ != "the"]
            if len(words) == 1 and words[0].lower_ in role_words().organisation_heads and (ent[0].lower_ == "the" or ent.start > 0
                                                                                           and doc[ent.start - 1].lower_ == "the") \
                    and not (directory and directory.find_organisation(words[0].text)):
                continue  # "The Fund said": a body named before, by the noun of its kind (a description, no name)
            following = doc[ent.end] if ent.end < len(doc) else None
            if following is not None and following.lower_ in role_words().roles:
                covered.update(range(ent.start, ent.end))  # nor is it a name of its own
                continue  # "the SIS chief": the role holder speaks, not the organisation
            text, end = name_before_bracket(ent)
            start = ent.start_char + (len(ent.text) - len(ent.text.lstrip()))
            if ent[0].lower_ == "the":
                start = ent[1].idx if len(ent) > 1 else start
            owner = _owner_before(ent)
            if owner is not None and lo <= base + owner.start_char:
                # "Norland's Defence Ministry": that country's ministry, not one of no country
                start, text = owner.start_char, whole[owner.start_char : end]
            place = _of_place(ent)
            if place is not None and end == ent.end_char:
                # "the State Border Guard Service of Lithuania": the country the recogniser left out is the body's own (the
                # directory's "... of Ukraine" is another body)
                end = place.end_char
                text = whole[start:end]
            org = directory.find_organisation(text) if directory else None
            kind = "outlet" if is_outlet(ent.text, publisher) or _named_as_outlet(ent) else "organisation"
            found.append(Mention(base + start, base + end, text, kind, org.id if org else None, possessive_name(ent)))
            covered.update(range(ent.start, ent.end))
    # Names NER missed or mislabelled: runs of proper nouns the directory knows.
    run: list[int] = []
    # (only the window's tokens, and the one after it that ends a run there, can start or end a run: the rest of
    # the paragraph is skipped)
    opening, beyond = _first_token_at(doc, lo - base), _first_token_at(doc, hi - base)
    for token in [*doc[opening : beyond + 1], None]:
        if token is not None and token.pos_ == "PROPN" and token.i not in covered and lo <= base + token.idx < hi:
            run.append(token.i)
            continue
        while len(run) >= 3 and (doc[run[0]].lower_ in role_words().roles or doc[run[0]].lower_ in role_words().modifiers):
            run = run[1:]  # "Chief Valerii Z.": the role word is not part of the name
        while len(run) >= 2 and doc[run[0]].lower_ in role_words().company_nouns:
            run = run[1:]  # "Consultancy Kestrel Analytica": what the company is, not its name
        if run and token is not None and token.i in covered and token.i == run[-1] + 1:
            # "Colonel Ants Kiviselg" with only the surname tagged: the first name joins it, the rank does not
            lead = [i for i in run if doc[i].lower_.strip(".") not in _title_words()]
            if len(lead) == 2 and _in_portfolio(doc, lead[0]):
                lead = lead[1:]  # "the Minister of Finance of Norland Olena K.", "Speaker of the Lithuanian Seimas Saulius S.": the
                # place or body belongs to the preposition
            at = base + token.idx
            tagged = next((m for m in found if m.start == at and " " not in m.text and m.kind in ("person", "organisation")), None)
            if tagged is not None and 1 <= len(lead) <= 2 and lead[-1] == run[-1] and all(doc[i].text.istitle() for i in lead):
                start = base + doc[lead[0]].idx
                found[found.index(tagged)] = Mention(start, tagged.end, whole[start - base : tagged.end - base], "person")
                run = []
        if run and not any(m.start <= base + doc[run[0]].idx < m.end for m in found) and _named_as_outlet(doc[run[0] : run[-1] + 1]):
            named = doc[run[0] : run[-1] + 1]  # "the business daily Nordposten", untagged: an outlet
            found.append(Mention(base + named.start_char, base + named.end_char, named.text, "outlet"))
            run = []
        while run and run[0] > 0 and (noun := doc[run[0] - 1]).pos_ == "NOUN" and noun.dep_ == "compound" and noun.text[:1].isupper() \
                and noun.i not in covered and lo <= base + noun.idx and any(doc[i].lower_ in role_words().organisation_heads for i in run):
            run.insert(0, noun.i)  # "Transparency International Moldova": a body's name may begin with a common noun
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
    for match in _DOMAIN.finditer(whole):
        if lo <= base + match.start() < hi and not any(m.start <= base + match.start() < m.end for m in found):
            found.append(Mention(base + match.start(), base + match.end(), match.group(0), "outlet"))
    first, last = max(lo - base, 0), min(hi - base, len(whole))
    window_tokens = doc.char_span(first, last, alignment_mode="expand") if first < last else None
    for token in window_tokens if window_tokens is not None else ():
        if lo <= base + token.idx < hi and token.lower_ in PRONOUNS and token.pos_ == "PRON":
            found.append(Mention(base + token.idx, base + token.idx + len(token), token.text, "pronoun"))
    if directory is not None and directory.titles:
        window = whole[max(lo - base, 0) : hi - base].lower()
        roles = frozenset(role_words().roles)
        for match in _titles_pattern(tuple(directory.titles)).finditer(window):
            title, record_id = match.group(0), directory.titles[match.group(0)]
            start = max(lo - base, 0) + match.start()
            if re.match(r"\s+[A-Z]", whole[start + len(title) :]):
                continue  # "the general" in "the General Staff": part of a longer name
            after = re.match(r"\s+([a-z]+)", whole[start + len(title) :])
            if after and after.group(1) in roles:
                continue  # "Norland's military intelligence chief": a person the body's title describes
            holder = re.search(r"\b([a-z-]+)\s+of\s+(?:the\s+)?\Z", whole[:start])
            if holder and holder.group(1) in roles:
                continue  # "the head of military intelligence": a person too, whom the body's title only places
            if not any(m.start <= base + start < m.end for m in found):
                found.append(Mention(base + start, base + start + len(title), whole[start : start + len(title)], "title", record_id))
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


def _named_after_company_noun(ent: Span) -> Span | None:
    """Return a name the recogniser tagged as a place, person or nationality right after a firm's noun
    ("the think tank Eastern Analytica"), else None. Names tagged as organisations need no help."""
    doc = ent.doc
    if ent.label_ not in ("PERSON", "GPE", "LOC", "NORP", "FAC") or ent.start == 0:
        return None
    noun = doc[ent.start - 1]
    if noun.lower_ not in role_words().company_nouns or noun.pos_ != "NOUN" or ent.root.head != noun and noun.head != ent.root:
        return None
    if not all(t.text[:1].isupper() for t in ent if t.is_alpha):
        return None
    return ent


def _compound_modifier(ent: Span) -> bool:
    """Say whether a name only starts a hyphenated modifier ("the Vilnius-based forum", "Kremlin-backed
    leaders", "US-led talks"): it describes someone else and names no speaker."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != "-" or ent[-1].whitespace_ or doc[ent.end].whitespace_:
        return False
    return doc[ent.end + 1].text.islower()


def _owner_before(ent: Span) -> Span | None:
    """Return the country or body whose possessive owns an organisation entity headed by a body noun
    ("Norland's Defence Ministry": Norland's), else None."""
    doc = ent.doc
    if ent.start < 2 or ent.root.lemma_.lower() not in role_words().organisation_heads or doc[ent.start - 1].lower_ not in ("'s", "’s"):
        return None
    owner = doc[ent.start - 2]
    if owner.dep_ != "poss" or owner.head.i not in range(ent.start, ent.end) or owner.ent_type_ not in ("GPE", "ORG", "NORP"):
        return None
    return doc[owner.left_edge.i : ent.start]


def possessive_name(ent: Span) -> bool:
    """True when ``ent`` ends in a possessive that possesses nothing: the recogniser took the "'s" into the name and
    the name is no noun's owner ("Moody's said", "according to Sotheby's"; not "the Kestrel Institute's report")."""
    owner = ent[-1].head
    return len(ent) > 1 and ent[-1].tag_ == "POS" and ent.start <= owner.i < ent.end and "poss" not in (owner.dep_, ent.root.dep_)


def name_before_bracket(ent: Span) -> tuple[str, int]:
    """Return an ORG entity's name and the doc offset where it ends: the model
    sometimes runs on into a bracket ("the Institute of Strategy (Kyiv")."""
    cut = ent.text.find(" (")
    if cut > 0:
        return strip_determiner(ent.text[:cut]), ent.start_char + cut
    return (drop_article(ent.text) if possessive_name(ent) else strip_determiner(ent.text)), ent.end_char


def _without_brackets(text: str) -> str:
    return re.sub(r"\s*\([^()]*\)", "", text)


def _role_at(text: str) -> int:
    """Return where the first role word (with its modifiers) starts in ``text``, or -1."""
    words = role_words()
    lowered = text.lower()
    best = -1
    for role in words.roles:
        if role not in lowered:
            continue  # (a substring test first: most roles are absent, and the regex costs far more)
        for match in re.finditer(r"(?<![\w-])" + re.escape(role) + r"(?![\w-])", lowered):
            if best == -1 or match.start() < best:
                best = match.start()
            break
    if best == -1:
        return -1
    # Keep modifiers such as "former" or "deputy", and the portfolio ("Defence Minister"), in front of the role.
    before = text[:best].split()
    while before and (before[-1].lower() in words.modifiers or before[-1].lower() in words.portfolios):
        best = text.rfind(before.pop(), 0, best)
    return best


def _owned_role(text: str) -> tuple[str, str, bool] | None:
    """Return (owner, role, possessive) for a role after its organisation's name ("Kremlin spokesman",
    "the Pentagon's press secretary", "White House spokeswoman"), else None."""
    text = drop_article(text)
    words = text.split()
    run = 0
    while run < len(words):
        word = words[run]
        if not (word[:1].isupper() or (run and word.lower() == "of" and run + 1 < len(words) and words[run + 1][:1].isupper())):
            break
        run += 1
        if word.endswith(("'s", "’s")):
            break  # "the Pentagon's press secretary": the owner ends with its possessive
    if run == len(words):  # "Dallas Fed President": the role word is capitalised too
        run = next((k for k in range(len(words) - 1, 0, -1) if words[k].lower() in role_words().roles), run)
    if not run or run > 5 or run == len(words):
        return None
    owners = [w.lower().strip(".,") for w in words[:run]]
    if all(w in role_words().modifiers | role_words().portfolios for w in owners):
        return None  # "Deputy Foreign Minister", "Defence Secretary": a title, not a body's role
    rest = " ".join(words[run:])
    at = _role_at(rest)
    if at < 0 or len(rest[:at].split()) > 2:
        return None
    owner = " ".join(words[:run])
    possessive = owner.endswith(("'s", "’s"))
    return re.sub(r"(?:'s|’s)$", "", owner), rest, possessive


def descriptor_before(text: str, start: int, floor: int) -> str | None:
    """Return the descriptor written just before a name at ``start`` ("former ambassador of X"), or None."""
    chunk = text[floor:start]
    cuts = list(_CUT_BEFORE.finditer(chunk))
    cut = cuts[-1] if cuts else None
    if cut is not None and cut.group(0) == "," and not chunk[cut.end() :].strip():
        # "The minister of defence, Anna Berg, said": the description set off before the name
        opening = chunk[cuts[-2].end() if len(cuts) > 1 else 0 : cut.start()].strip()
        opening = drop_article(opening)
        if (_role_at(opening) == 0 or _owned_role(opening)) and 0 < len(opening.split()) <= 14:
            return opening
    if cut is not None:
        chunk = chunk[cut.end() :]
    chunk = _without_brackets(chunk).strip()
    at = _role_at(chunk)
    if at < 0:
        return None
    descriptor = chunk[at:].strip()
    return descriptor if 0 < len(descriptor.split()) <= 14 else None


_AFTER = re.compile(r"\A\s*,\s*(?P<desc>[^,;:\"“”«»()]+?)\s*(?=[,;:\"“”«»(]|[.!?](?:\s|\Z)|\Z)")
#: A descriptor in brackets after a name, as transcripts label their speakers: "(economist)", "(economist, Kyiv School)".
_BRACKETED = re.compile(r"\A[ \t]*\((?P<desc>[^,;:\"“”«»()\n]+?)(?:,\s*(?P<org>[A-Z][^,;:\"“”«»()\n]*?))?\s*\)")


def descriptor_after(text: str, end: int, ceiling: int) -> str | None:
    """Return an appositive descriptor after a name at ``end`` (", director of X", " (economist, Kyiv School)"), or None.

    A bracketed role followed by a capitalised name reads as the role at that body ("economist at Kyiv School").
    """
    match = _AFTER.match(text[end:ceiling])
    bracketed = _BRACKETED.match(text[end:ceiling]) if not match else None
    if bracketed is not None:
        first = drop_article(bracketed.group("desc").strip())
        if _role_at(first) < 0 or len(first.split()) > 6:  # a role word, anywhere: "(port director)"
            return None
        return f"{first} at {bracketed.group('org')}" if bracketed.group("org") else first
    if not match:
        return None
    descriptor = match.group("desc").strip()
    first = drop_article(descriptor)
    return first if (_role_at(first) == 0 or _owned_role(first)) and len(first.split()) <= 14 else None


#: Where a body's descriptor goes on past its head noun: "a think tank based in Warsaw", "an NGO that monitors ...".
_BODY_HEAD_END = re.compile(r"\s+(?:based|in|of|at|from|with|for|that|which|founded|close|funded|run|set)\b", re.IGNORECASE)


def body_descriptor_after(text: str, end: int, ceiling: int) -> str | None:
    """Return an appositive that says what kind of body a name at ``end`` is (", a think tank based in Warsaw,"), or
    None: an indefinite noun phrase, or "the" and one, set off by commas, whose head is a body noun and which another
    clause follows ("According to X, the central bank, which cut rates in May, will ..." is no descriptor of X)."""
    match = _AFTER.match(text[end:ceiling])
    if not match or not text[end + match.end() : ceiling].lstrip().startswith(","):
        return None
    descriptor = match.group("desc").strip()
    words = descriptor.split()
    rest = text[end + match.end() : ceiling].lstrip()[1:].lstrip()
    if not words or words[0].lower() not in ("a", "an", "the") or len(words) > 12 or re.match(r"(?:which|who|that)\b", rest, re.IGNORECASE):
        return None
    head = _BODY_HEAD_END.split(descriptor, maxsplit=1)[0].split()[-1].lower()
    return descriptor if head in role_words().body_nouns else None


def split_descriptor(descriptor: str, organisations: set[str]) -> tuple[str, str | None]:
    """Return (role, affiliation) from a descriptor such as "director of the Institute of World Politics".

    The part after "of"/"at" is the affiliation when it names an organisation:
    a known one (``organisations``, lower-cased names) or a capitalised phrase
    ending in an organisation word (Institute, Service, Forces, ...).
    """
    descriptor = drop_article(descriptor)
    owned = _owned_role(descriptor)
    if owned is not None and (owned[2] or " " in owned[0]):
        # "the Pentagon's press secretary", "White House spokeswoman": the role of that body
        # (a lone capitalised word may be a nationality: "Ukrainian politician" stays whole)
        return owned[1], owned[0]
    match = re.search(r"\s(?:of|at|with|from)\s+(?:the\s+)?(?P<org>[A-Z].*)$", descriptor)
    if match:
        org = match.group("org").strip()
        words = [w.lower().strip(".,") for w in org.split()]
        heads = role_words().organisation_heads
        if org.lower() in organisations or any(w in heads for w in words):
            return descriptor[: match.start()].strip(), org
    return descriptor, None
