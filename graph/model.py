"""The claimgraph data model: plain frozen records shared by every stage.

Extraction, the curated-YAML reader, the store, the RDF export and the JSON
output all pass these records around. They hold text and character offsets
into the source, never spaCy objects, so they outlive the NLP pipeline.

Ids are derived from content, so the same input always yields the same ids
(see ``source_id``, ``claim_id`` and friends below, and the README).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import PurePath
from typing import Any, Literal

from slugify import slugify

SpeakerKind = Literal["person", "organisation"]
#: A Person record's kind: a named person, or an unnamed source ("officials",
#: "a source familiar with the plans") that stands for the words used in one article.
PersonKind = Literal["person", "unnamed"]
EntityKind = Literal["country", "place", "organisation", "person", "other"]

#: Prediction outcomes once resolved (the resolutions issue adds the rest).
PredictionStatus = Literal["open", "resolved"]
#: A forecast says what will or may happen; an intention is an actor's stated plan, aim or preparation.
PredictionKind = Literal["forecast", "intention"]
PREDICTION_KINDS: tuple[str, ...] = ("forecast", "intention")


def _digest(*parts: str) -> str:
    """Return the first 16 hex digits of the SHA-256 of ``parts`` joined by '|'."""
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:16]


def text_hash(text: str) -> str:
    """Return the full SHA-256 hex digest of an article's text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def source_id(url: str | None, text: str) -> str:
    """Return a source's id: from its URL when it has one, else from its text.

    An article fetched again with small edits keeps its id when it has a URL,
    so re-ingesting it replaces its claims instead of adding a second copy.
    """
    return "src:" + (_digest("url", url) if url else _digest("text", text))


#: A name whose slug says it all: ASCII letters and digits in words.
_PLAIN_NAME = re.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)*")


def normal_name(name: str) -> str:
    """Return ``name`` normalised for ids: NFKC, spaces collapsed, case folded."""
    return " ".join(unicodedata.normalize("NFKC", name).split()).casefold()


def name_key(name: str) -> str:
    """Return the part of an id that stands for ``name``.

    An ordinary name (ASCII letters and digits in words) gives its slug, as
    ids always did: ``Valerii Zaluzhnyi`` -> ``valerii-zaluzhnyi``. Any other
    name gives its slug and a hash of its normalised form, since the slug
    alone would merge names that differ in punctuation, accents or script
    ("J. Smith" and "J Smith", "Müller" and "Muller"), or be empty ("???").
    """
    normal = normal_name(name)
    slug = slugify(normal)
    if slug and _PLAIN_NAME.fullmatch(normal):
        return slug
    return (slug + "-" if slug else "") + _digest("name", normal)[:8]


def person_id(name: str) -> str:
    """Return a person's id: ``person:`` and the key of the canonical name (``name_key``)."""
    return "person:" + name_key(name)


def organisation_id(name: str) -> str:
    """Return an organisation's id: ``org:`` and the key of the canonical name (``name_key``)."""
    return "org:" + name_key(name)


def speaker_id(kind: SpeakerKind, name: str) -> str:
    """Return the id of a person or an organisation by kind."""
    return person_id(name) if kind == "person" else organisation_id(name)


def unnamed_id(source: str, words: str) -> str:
    """Return the id of an unnamed source: its article's id and the slug of its words.

    Unnamed sources are never merged across articles: "officials" in one
    article are not the "officials" of another.
    """
    return "unnamed:" + source.removeprefix("src:") + ":" + slugify(words)


def entity_id(name: str) -> str:
    """Return an entity's id: ``entity:`` and the key of its canonical name (``name_key``)."""
    return "entity:" + name_key(name)


def claim_id(source: str, start: int, end: int, text: str) -> str:
    """Return a claim's id from its source id and its exact span.

    The speaker is not part of it: correcting an attribution keeps the id.
    """
    return "claim:" + _digest(source, str(start), str(end), text)


def prediction_id(claim: str, index: int = 0) -> str:
    """Return the id of the ``index``-th prediction (from 0, in text order) a claim makes.

    The first keeps the id of the time a claim made at most one prediction
    (``pred:`` and the claim's hex part), so recorded resolutions still
    apply; a further one adds ``-2``, ``-3``, ….
    """
    base = "pred:" + claim.removeprefix("claim:")
    return base if index == 0 else f"{base}-{index + 1}"


def prediction_order(prediction_id_: str) -> int:
    """Return where a prediction stands among its claim's (the ``index`` of ``prediction_id``)."""
    match = re.search(r"-(\d+)$", prediction_id_)
    return int(match.group(1)) - 1 if match else 0


#: Words of the text an untitled source's label shows.
LABEL_WORDS = 8
# The YAML front matter a text may start with (ingest.read.body_start reads
# it the same way); an untitled source's label quotes the body after it.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE)


def source_label(
    title: str | None, publisher: str | None, published: date | None, text: str, path: str | None = None
) -> str:
    """Return how listings name a source: its title, else who published it when, and its first words.

    Without title, publisher and date the file name stands for it, and
    failing that the first words alone: ``Kyiv Daily, 2023-01-20: "Russia
    could attack again…"``. Never empty.
    """
    if title and title.strip():
        return " ".join(title.split())
    match = _FRONT_MATTER.match(text)
    words = text[match.end() if match else 0 :].split()
    opening = " ".join(words[:LABEL_WORDS]) + ("\u2026" if len(words) > LABEL_WORDS else "")
    quoted = f"\u201c{opening}\u201d" if opening else ""
    head = ", ".join(part for part in (publisher, published.isoformat() if published else None) if part)
    if head:
        return f"{head}: {quoted}" if quoted else head
    if path:
        return PurePath(path).name
    return quoted or "untitled source"


@dataclass(frozen=True)
class Source:
    """An article: its metadata and the full text the offsets point into."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: date | None = None
    language: str = "en"
    path: str | None = None
    extracted_at: datetime | None = field(default=None, compare=False)
    """When the claims of this text were extracted and stored (set by the store;
    the provenance time of the RDF export). Not part of what the source is."""

    @property
    def text_hash(self) -> str:
        return text_hash(self.text)

    @property
    def label(self) -> str:
        """How listings name the source (``source_label``)."""
        return source_label(self.title, self.publisher, self.published, self.text, self.path)


@dataclass(frozen=True)
class Organisation:
    """An organisation that speaks (a think tank) or employs a speaker."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    kind: Literal["organisation"] = "organisation"


@dataclass(frozen=True)
class Person:
    """A person who makes claims, with the role and affiliation they speak in.

    ``kind`` is "unnamed" for an anonymous or generic source ("officials",
    "a source familiar with the plans"): ``name`` keeps the words the
    article used and the id is the article's own (see ``unnamed_id``).
    """

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    affiliation: str | None = None
    """The canonical name of the organisation (see ``affiliation_id``)."""
    wikidata: str | None = None
    kind: PersonKind = "person"

    @property
    def affiliation_id(self) -> str | None:
        return organisation_id(self.affiliation) if self.affiliation else None


Speaker = Person | Organisation


@dataclass(frozen=True)
class Entity:
    """Something a claim is about: a country, place, organisation or person."""

    id: str
    name: str
    kind: EntityKind = "other"
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None


@dataclass(frozen=True)
class Prediction:
    """What a claim says will (or will not) happen, and by when."""

    id: str
    claim_id: str
    event: str
    horizon: str | None = None
    """The time words as they stand in the text ("in the coming months")."""
    window_start: date | None = None
    window_end: date | None = None
    probability: float | None = None
    probability_words: str | None = None
    negated: bool = False
    status: PredictionStatus = "open"
    kind: PredictionKind = "forecast"
    condition: str | None = None
    """The condition clause the prediction depends on ("if talks fail"), apart from the event."""

    @property
    def label(self) -> str:
        """Return the event as people read it (see ``event_label``)."""
        return event_label(self.event, self.negated)


def event_label(event: str, negated: bool) -> str:
    """Return a predicted event as people read it: "no new offensive from Belarus (negated)".

    The event is stored as a positive proposition; a negated one is never
    written with a second negation: a leading "a"/"an" becomes "no" and
    "(negated)" follows. A leading "the" stays: "the army joins the war"
    is no "no army joins the war".
    """
    if not negated:
        return event
    match = re.match(r"an?\s+(?P<rest>.+)", event, re.IGNORECASE)
    if match:
        return f"no {match.group('rest')} (negated)"
    return f"{event} (negated)"


@dataclass(frozen=True)
class Claim:
    """One attributed statement: who said it, where, and in which words.

    ``start``/``end`` are character offsets of ``text`` in the source's text,
    so ``source.text[start:end] == text``.
    """

    id: str
    source_id: str
    speaker_id: str
    text: str
    start: int
    end: int
    direct: bool
    cue: str | None = None
    confidence: float = 1.0
    about: tuple[str, ...] = ()
    """Entity ids."""
    predictions: tuple[Prediction, ...] = ()
    """What the claim says will (or will not) happen, in text order: "said A would fall and that B would
    resign" makes two."""
    # Spans for auditing (offsets into the source's text, None when unknown,
    # e.g. curated claims): why the statement was given to its speaker.
    cue_start: int | None = None
    """Where the cue words (``cue``) stand: ``text[cue_start:cue_end]``."""
    cue_end: int | None = None
    mention: str | None = None
    """The words naming the speaker that the claim was attributed through
    ("Lindqvist", "he", "the central bank"), at ``mention_start:mention_end``."""
    mention_start: int | None = None
    mention_end: int | None = None
    antecedent: str | None = None
    """For a pronoun, a title or a continued quotation: the earlier mention
    the speaker was resolved to, at ``antecedent_start:antecedent_end``."""
    antecedent_start: int | None = None
    antecedent_end: int | None = None
    via: str | None = None
    """The outlet or organisation that relays the statement ("Nordwire" in "…, Nordwire reported, citing
    the minister"; "the institute" in "the institute recalled that X said …"), at ``via_start:via_end``:
    the speaker is who said it, the relay where it was read."""
    via_start: int | None = None
    via_end: int | None = None

    @property
    def kind(self) -> Literal["prediction", "statement"]:
        return "prediction" if self.predictions else "statement"

    @property
    def prediction(self) -> Prediction | None:
        """The claim's first prediction, or None when it makes none."""
        return self.predictions[0] if self.predictions else None


#: The optional audit fields of a Claim, as the store and the JSON name them.
AUDIT_FIELDS = (
    "cue_start", "cue_end", "mention", "mention_start", "mention_end",
    "antecedent", "antecedent_start", "antecedent_end", "via", "via_start", "via_end",
)


Outcome = Literal["yes", "no", "partly", "ambiguous", "annulled"]


@dataclass(frozen=True)
class Resolution:
    """How one prediction turned out, as judged by someone on some day (see graph/track/resolutions.py)."""

    id: str
    prediction_id: str
    outcome: Outcome
    resolved_on: date
    """The day the outcome was settled (e.g. the end of the window), not the day it was recorded."""
    evidence: tuple[str, ...] = ()
    """URLs that show what happened."""
    note: str | None = None
    resolved_by: str | None = None
    origin: str | None = None
    """Where the resolution came from: ``file.yaml:12`` or ``command line``."""
    recorded_at: datetime | None = None
    superseded: bool = False

    def row(self) -> dict[str, Any]:
        """Return the resolution as a row of ``upsert_resolution.cypher``."""
        return {
            "id": self.id,
            "prediction_id": self.prediction_id,
            "outcome": self.outcome,
            "resolved_on": self.resolved_on,
            "evidence": list(self.evidence),
            "note": self.note,
            "resolved_by": self.resolved_by,
            "origin": self.origin,
            "recorded_at": self.recorded_at or datetime.now(UTC),
        }


@dataclass(frozen=True)
class Extraction:
    """Everything read from one source: ready to be stored in one transaction."""

    source: Source
    claims: tuple[Claim, ...] = ()
    people: tuple[Person, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    entities: tuple[Entity, ...] = ()
    notes: tuple[str, ...] = field(default=())
    """Warnings for the user (e.g. no publication date: no windows)."""
    resolutions: tuple[Resolution, ...] = ()
    """How the source's predictions turned out, superseded verdicts included
    (from the store or an RDF import; extraction gives none)."""

    @property
    def speakers(self) -> tuple[Person | Organisation, ...]:
        """Return the people and organisations of the extraction, people first."""
        return (*self.people, *self.organisations)


def to_dict(record: Any) -> dict[str, Any]:
    """Return a record as JSON-ready data (dates as ISO strings)."""

    def convert(value: Any) -> Any:
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: convert(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [convert(v) for v in value]
        return value

    return convert(asdict(record))
