"""Speakers' identities across an article: one entry per speaker, however the text spells it.

``SpeakerTable`` gathers every mention of an article so that "Zaluzhny",
"Valery Zaluzhny" and "Zaluzhnyi" end as one speaker; ``clean_name`` and
``clean_unnamed`` turn the words of a mention into a name to store.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from graph.model import Organisation, Person, organisation_id, person_id, unnamed_id
from ingest.mentions import (
    DirectoryLike,
    Mention,
    descriptor_after,
    descriptor_before,
    drop_article,
    name_before_bracket,
    normal_name,
    person_span,
    personal_noun,
    role_words,
    split_descriptor,
    strip_determiner,
    surname_shaped,
)
from ingest.nlp import doc_text


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
    la, lb = _folded(a.split()[-1]), _folded(b.split()[-1])
    if fuzz.ratio(la, lb) < 85:
        return False
    fa, fb = _folded(a.split()[0]), _folded(b.split()[0])
    if len(a.split()) > 1 and len(b.split()) > 1:
        return fuzz.ratio(fa, fb) >= 75
    return True


def _people_noun(word: str) -> bool:
    """Return True for a role or people noun, singular or plural ("judge", "scholars", "officials")."""
    forms = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word}
    return any(personal_noun(f) for f in forms)


#: A party and state tag after a politician's name: "(D-Ore.)", "(R-TX)", "(I-Vt.)".
_PARTY_TAG = re.compile(r"\s*\(\s*[A-Z]{1,3}\s*[-–]\s*[A-Za-z. ]{1,20}\)")
#: Leading marks and markup that are no part of a name ('">', "- ", "“").
_LEADING_JUNK = re.compile(r"^[^\w(]+")


def clean_name(text: str, possessive: bool = False) -> str:
    """Return a speaker's name without article, possessive, party tag, markup or trailing punctuation.

    "the Kestrel Institute's" -> "Kestrel Institute"; "Lena Novak (D-Ore.)"
    -> "Lena Novak"; '">Novak' -> "Novak". An initial keeps its dot ("Mark T.").
    With ``possessive`` a final "'s" is the name's own ("Moody's").
    """
    text = _PARTY_TAG.sub("", text)
    text = _LEADING_JUNK.sub("", text.strip())
    text = re.sub(r"\s*\([^()]*$", "", text)  # an unclosed bracket the entity ran into
    if possessive:
        return drop_article(text).rstrip(".,;:!?-–— ")
    text = strip_determiner(text)
    text = re.sub(r"(?:'s|’s|'|’)$", "", text)
    if not re.search(r"(?:^|[\s.])[A-Z]\.$", text):  # "Mark T.", "U.N." keep their dot
        text = text.rstrip(".,;:!?-–— ")
    return re.sub(r"\s+", " ", text).strip()


#: A dateline before an unnamed source ("OSLO - officials"): the place where the story was filed.
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}\s*[-–—]\s+")


_THE = re.compile(r"^the\s+", re.IGNORECASE)


def clean_unnamed(words: str) -> str:
    """Return an unnamed source's words without dateline, trailing clause or punctuation.

    "OSLO - European diplomats" -> "European diplomats"; "a campaign aide." ->
    "a campaign aide"; "critics of the plan, many of them economists" ->
    "critics of the plan" (what follows a comma is an apposition or a new clause).
    """
    words = _DATELINE.sub("", words.strip())
    words = words.lstrip("\"“”«»'‘’ ,")  # ('"…," one official told': the quotation's closing marks before it)
    words = re.split(r",(?!\d{3}\b)", words)[0]  # (a thousands separator is no comma: "some of the 40,000 members")
    words = re.sub(r"\s+", " ", words).strip(" ,;:.-–—\"“”«»")
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
            # (a possessive ends a name: "Finland's Patria" is Patria of Finland, no "Finland Patria")
            joined = run and text[run[-1][0] + len(run[-1][1]) : at] == " " and not (
                run[-1][1].endswith(".") and not _initial(run[-1][1])
                and run[-1][1].lower().strip(".") not in words.honorifics) and not run[-1][1].endswith(("'s", "’s"))
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
            or lower in words.organisation_heads or lower in words.company_nouns or _people_noun(lower))


def _folded(word: str) -> str:
    """Return a word lower-cased with one apostrophe and without diacritics ("O’Dell" and "O'Dell", "Šakalienė"
    and "Sakaliene", "Popșoi" and "Popsoi" are one spelling: news in English writes such names both ways)."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


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
            if ent.label_ == "PERSON" and (span := person_span(ent)) is not None and len(span) >= 2:
                self.person_spellings.add(span.text)
        text = doc_text(doc)
        for ent in (e for e in doc.ents if e.label_ == "ORG"):
            name, end = name_before_bracket(ent)
            self.organisation_names.add(name.lower())
            bracket = _ABBREVIATION.match(text, end)
            if bracket and bracket.group(1)[0] == name[:1]:
                self.abbreviations[bracket.group(1)] = name

    def _named_with(self, head: str, before: int) -> str | None:
        """Return the last name of a body written before ``before`` whose words include the capitalised ``head``
        ("International Monetary Fund", "National Bank of Moldova" for "Fund", "Bank"), else None."""
        word = r"[A-Z][\w'’-]+"
        pattern = rf"\b{word}(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?{word})+"
        names = [m.group(0) for m in re.finditer(pattern, self.text[:before])
                 if head in m.group(0).split() and len(m.group(0).split()) >= 2]
        names = [re.sub(r"^(?:The|A|An)\s+", "", n) for n in names]
        return names[-1] if names and len(names[-1].split()) >= 2 else None

    def person_names_in_text(self, surname: str) -> list[str]:
        """Return the full spellings in the text ("Olena Kovalenko", "Mark T. Novak") whose last word matches ``surname``."""
        found: dict[str, tuple[int, int]] = {}
        if surname.lower() in role_words().organisation_heads:
            return []  # "Times" of "the New York Times" is no one's surname
        for _, words in name_runs(self.text):
            for i in range(1, len(words)):
                last = words[i][1]
                if _folded(last[:1]) != _folded(surname[:1]) or fuzz.ratio(_folded(last), _folded(surname)) < 85:
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

    def _named_in_full(self, family: str) -> str | None:
        """Return the full name the text gives a family name with a particle ("Thomas de Waal" for "de Waal",
        "Ursula von der Leyen" for "Von der Leyen"), or None (also for a name that opens with no particle)."""
        if len(family.split()) < 2 or family.split()[0].lower() not in role_words().name_particles:
            return None
        named = re.search(r"\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? " + re.escape(family[:1].lower() + family[1:]) + r"\b", self.text)
        return named.group(0) if named else None

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

    def surname_of_person(self, name: str) -> bool:
        """True when one word the recogniser took for a body is a person's surname: the directory's, the surname
        of a person this article names, or, named nowhere else, a word shaped as the region's surnames are
        ("Kovalchuk said ...")."""
        if len(name.split()) != 1 or name in self.abbreviations or name.isupper():
            return False
        directory = self.directory
        return bool(directory and directory.find_person(name)) or bool(self.person_names_in_text(name)) \
            or any(e.kind == "person" and e.name.split()[-1] == name for e in self.entries) \
            or surname_shaped(name) and not (directory and directory.find_organisation(name))

    def entry(self, mention: Mention) -> SpeakerEntry | None:
        """Return the identity a named mention (person, organisation, title, outlet) refers to."""
        directory = self.directory
        record = directory.get(mention.record_id) if directory and mention.record_id else None
        # ("Think tank sees ...": a headline's capital, on words the article writes in lower case elsewhere, makes no name)
        if record is not None and mention.kind == "title" and (
                self._generic(mention.text) or re.search(r"\b" + re.escape(mention.text.lower()) + r"\b", self.text) is not None) \
                and not self._names(record):
            return None  # "the general" is the directory's general only in an article that names him
        if record is not None and isinstance(record, (Person, Organisation)):
            kind: Literal["person", "organisation"] = "person" if isinstance(record, Person) else "organisation"
            spelling = None if mention.kind == "title" else mention.text
            return self._add(kind, record.name, record.id, spelling, record)
        name = clean_name(mention.text, mention.possessive_name)
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
            elif (whole := self._named_with(name, at)) is not None:
                # "The International Monetary Fund disagrees. The Fund projects ...": the body named before with that word
                name = whole
                mention = Mention(mention.start, mention.end, name, "organisation", mention.record_id)
        if mention.kind == "organisation" and len(name.split()) >= 4:
            # "Ministry of Defence of Norway Olena Kovalenko": the model ran the holder's name into the organisation.
            held = [n for n in self.person_names_in_text(name.split()[-1]) if name.endswith(" " + n)]
            owner = name[: len(name) - len(held[0])].split() if held else []
            if held and owner[-1][:1].isupper() and not _initial(owner[-1]) and (
                    held[0] in self.person_spellings
                    or any(e.kind == "person" and _surname_match(e.name.split()[-1], held[0]) for e in self.entries)):
                return self.entry(Mention(mention.end - len(held[0]), mention.end, held[0], "person"))
        if mention.kind == "organisation" and self._named_in_full(name) is not None:
            mention = Mention(mention.start, mention.end, name, "person")  # "Von der Leyen": a family name, capitalised first
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
            else:
                # "de Waal writes", "Von der Leyen said": the family name with its particle; the person the article
                # named in full
                full = self._named_in_full(name) or name
            return self._add("person", full, None, name, None)
        if mention.kind == "organisation" and self.surname_of_person(name):
            # "Tamm told reporters": the small model tags a lone surname as ORG
            known = directory.find_person(name) if directory else None
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

    @staticmethod
    def _generic(title: str) -> bool:
        """True when a title names a role, not one holder: no capitalised word after a leading "the"
        ("the general", "the spy chief"; not "the Kremlin leader", "Russian President")."""
        words = title.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        return bool(words) and not any(w[:1].isupper() for w in words)

    def _names(self, record: Any) -> bool:
        """True when the article names *record*: its name, an alias, or (a person) the surname."""
        names = [record.name, *record.aliases]
        if isinstance(record, Person):
            names.append(record.name.split()[-1])
        return any(re.search(rf"\b{re.escape(n)}\b", self.text) for n in names if n)

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
        bare = _THE.sub("", words).lower()
        for entry in self.entries:
            # ("the minister" and "minister" are one source: the rules keep the article, the trained stage does not)
            if entry.kind == "unnamed" and (entry.record_id == record_id or _THE.sub("", entry.name).lower() == bare):
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
                    normal_name(entry.name) == normal_name(name)
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
