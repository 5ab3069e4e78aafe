"""Hand-curated sources and claims, read from YAML (``data/claims/*.yaml``).

A curated file names its article (or holds its text) and lists the claims in
it. Each claim's ``text`` must stand verbatim in the article: its offsets are
found there, so curated claims point at exact spans like extracted ones.
Everything is validated before anything is returned; an error names the file
and the line (``InputError``). A claim's ``cue`` words and its speaker's
name are looked for on the claim's lines: found exactly once there, their
offsets become the claim's audit spans (see ``Claim``), else they stay None.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from graph.errors import InputError
from graph.model import (
    Claim,
    Entity,
    Extraction,
    Organisation,
    Person,
    Prediction,
    Source,
    claim_id,
    entity_id,
    organisation_id,
    person_id,
    prediction_id,
    source_id,
)
from graph.yamlfile import Located, line_of, read_located, validate
from ingest.directory import Directory, load_directory
from ingest.read import check_article_size


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SpeakerIn(_Strict):
    name: str = Field(min_length=1)
    kind: Literal["person", "organisation"]
    role: str | None = None
    affiliation: str | None = None


class PredictionIn(_Strict):
    event: str = Field(min_length=1)
    horizon: str | None = None
    window_start: date | None = None
    window_end: date | None = None
    probability_words: str | None = None
    probability: float | None = Field(default=None, ge=0.0, le=1.0)
    negated: bool = False
    kind: Literal["forecast", "intention"] = "forecast"
    condition: str | None = Field(default=None, min_length=1)

    @model_validator(mode="after")
    def _window_in_order(self) -> PredictionIn:
        if self.window_start and self.window_end and self.window_start > self.window_end:
            raise ValueError("window_start is after window_end")
        return self


class ClaimIn(_Strict):
    speaker: SpeakerIn
    text: str = Field(min_length=1)
    occurrence: int = Field(default=1, ge=1)
    direct: bool
    cue: str | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    about: list[str] = []
    prediction: PredictionIn | None = None
    predictions: list[PredictionIn] = []
    """Several predictions of one claim ("said A would fall and that B would resign"), in text order."""

    @model_validator(mode="after")
    def _one_way(self) -> ClaimIn:
        if self.prediction is not None and self.predictions:
            raise ValueError("give either prediction or predictions, not both")
        return self

    def all_predictions(self) -> list[PredictionIn]:
        return [self.prediction] if self.prediction is not None else self.predictions


class SourceIn(_Strict):
    article: str | None = None
    text: str | None = None
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: date | None = None
    language: str | None = None

    @model_validator(mode="after")
    def _one_text(self) -> SourceIn:
        if (self.article is None) == (self.text is None):
            raise ValueError("give either article (a file) or text, not both or neither")
        return self


class CuratedFile(_Strict):
    source: SourceIn
    claims: list[ClaimIn] = []


def _find_span(text: str, needle: str, occurrence: int) -> int | None:
    start = -1
    for _ in range(occurrence):
        start = text.find(needle, start + 1)
        if start < 0:
            return None
    return start


def read_curated(path: Path, directory: Directory | None = None) -> Extraction:
    """Return the source and claims of a curated YAML file, validated.

    Raises:
        InputError: unreadable file, invalid YAML, a field that breaks the
            format, a missing article, or a claim text not found in the article.
    """
    path = Path(path)
    directory = directory or load_directory()
    located = read_located(path)
    if not isinstance(located.data, dict):
        raise InputError(path, "expected a mapping with 'source' and 'claims'", 1)
    curated = validate(CuratedFile, located, path)
    source = _source(path, curated.source, located)
    claims: list[Claim] = []
    people: dict[str, Person] = {}
    organisations: dict[str, Organisation] = {}
    entities: dict[str, Entity] = {}
    for index, item in enumerate(curated.claims):
        start = _find_span(source.text, item.text, item.occurrence)
        if start is None:
            raise InputError(
                path,
                f"claims[{index}].text: not found in the article"
                + (f" (occurrence {item.occurrence})" if item.occurrence > 1 else ""),
                line_of(located, ("claims", index, "text")),
            )
        speaker = _speaker(item.speaker, directory, people, organisations)
        about = []
        for name in item.about:
            entity = directory.find_entity(name) or Entity(entity_id(name), name)
            entities.setdefault(entity.id, entity)
            about.append(entity.id)
        end = start + len(item.text)
        cid = claim_id(source.id, start, end, item.text)
        record = people.get(speaker) or organisations.get(speaker)
        names = [item.speaker.name, *((record.name, *record.aliases) if record else ())]
        claims.append(
            Claim(
                id=cid,
                source_id=source.id,
                speaker_id=speaker,
                text=item.text,
                start=start,
                end=end,
                direct=item.direct,
                cue=item.cue,
                confidence=item.confidence,
                about=tuple(dict.fromkeys(about)),
                predictions=tuple(_prediction(cid, i, given) for i, given in enumerate(item.all_predictions())),
                **audit_spans(source.text, start, end, item.cue, names),
            )
        )
    return Extraction(
        source=source,
        claims=tuple(claims),
        people=tuple(people.values()),
        organisations=tuple(organisations.values()),
        entities=tuple(entities.values()),
    )


def near(text: str, start: int, end: int, words: Iterable[str], *, ignore_case: bool = False) -> tuple[int, int] | None:
    """Return the one place in the claim's lines, outside the claim, where any of ``words`` stands.

    The claim's lines run from the line break before ``start`` to the one
    after ``end``. None when the words stand there never or more than once
    (overlapping finds count once, the longest kept): then nobody can tell
    which occurrence the curator meant.
    """
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    found: list[tuple[int, int]] = []
    for word in sorted({w for w in words if w.strip()}, key=len, reverse=True):
        pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.IGNORECASE if ignore_case else 0)
        for match in pattern.finditer(text[lo:hi]):
            a, b = lo + match.start(), lo + match.end()
            if (a < end and start < b) or any(x < b and a < y for x, y in found):
                continue
            found.append((a, b))
    return found[0] if len(found) == 1 else None


def audit_spans(text: str, start: int, end: int, cue: str | None, names: Iterable[str]) -> dict[str, Any]:
    """Return the audit fields (see Claim) of a curated claim: its cue and speaker found near it, if once."""
    fields: dict[str, Any] = {}
    if cue:
        # "according to" is curated lower-case where a sentence starts with it.
        found = near(text, start, end, [cue], ignore_case=True)
        if found:
            fields["cue_start"], fields["cue_end"] = found
    spellings = {n for name in names for n in (name, name.split()[-1]) if len(n) >= 3}
    found = near(text, start, end, spellings)
    if found:
        fields["mention"], (fields["mention_start"], fields["mention_end"]) = text[found[0] : found[1]], found
    return fields


def _source(path: Path, given: SourceIn, located: Located) -> Source:
    if given.article is None:
        assert given.text is not None
        check_article_size(path, given.text, line_of(located, ("source", "text")))
        text, meta = given.text, Source(id="", text=given.text)
    else:
        article = (path.parent / given.article).resolve()
        if not article.is_file():
            raise InputError(
                path, f"source.article: no such file {given.article}", line_of(located, ("source", "article"))
            )
        from ingest.read import read_source

        meta = read_source(article)
        text = meta.text
    url = given.url or meta.url
    return Source(
        id=source_id(url, text),
        text=text,
        title=given.title or meta.title,
        url=url,
        publisher=given.publisher or meta.publisher,
        published=given.published or meta.published,
        language=given.language or meta.language or "en",
        path=meta.path or str(path),
    )


def _speaker(
    given: SpeakerIn,
    directory: Directory,
    people: dict[str, Person],
    organisations: dict[str, Organisation],
) -> str:
    """Record the speaker (canonicalised through the directory) and return its id."""
    if given.kind == "organisation":
        known_org = directory.find_organisation(given.name)
        org = known_org or Organisation(organisation_id(given.name), given.name)
        organisations.setdefault(org.id, org)
        return org.id
    known = directory.find_person(given.name)
    name = known.name if known else given.name
    person = Person(
        id=person_id(name),
        name=name,
        aliases=known.aliases if known else (),
        role=given.role or (known.role if known else None),
        affiliation=given.affiliation or (known.affiliation if known else None),
        wikidata=known.wikidata if known else None,
    )
    people.setdefault(person.id, person)
    if person.affiliation:
        employer = directory.find_organisation(person.affiliation) or Organisation(
            organisation_id(person.affiliation), person.affiliation
        )
        organisations.setdefault(employer.id, employer)
        if employer.name != person.affiliation:
            person = Person(**{**person.__dict__, "affiliation": employer.name})
            people[person.id] = person
    return person.id


def _prediction(cid: str, index: int, given: PredictionIn) -> Prediction:
    probability = given.probability
    if probability is None and given.probability_words:
        from ingest.probability import probability_of

        probability = probability_of(given.probability_words)
    return Prediction(
        id=prediction_id(cid, index),
        claim_id=cid,
        event=given.event,
        horizon=given.horizon,
        window_start=given.window_start,
        window_end=given.window_end,
        probability=probability,
        probability_words=given.probability_words,
        negated=given.negated,
        kind=given.kind,
        condition=given.condition,
    )
