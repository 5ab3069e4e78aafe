"""Resolutions: how predictions turned out, recorded with their provenance.

A resolution says whether the event a prediction names happened (``yes``,
``no``, ``partly``), could not be decided (``ambiguous``) or no longer makes
sense to ask (``annulled``), on which day that was settled, with evidence
URLs, a note and who judged it. The outcome is always about the event as the
prediction's ``event`` states it, in the positive: for a negated prediction
("there will be no offensive from Belarus") the outcome ``no`` means the
speaker was right.

In the graph a resolution is a node of its own,
``(:Prediction)-[:RESOLVED_AS]->(:Resolution)``; the prediction is never
changed except for its ``status``, which becomes ``resolved``. Resolving again
keeps the earlier resolution, marked ``superseded``: the latest is current.
Ids are derived from the content, so applying the same resolution twice
changes nothing.

Many resolutions at once come from a YAML file reviewed in git
(``data/resolutions/*.yaml``, format in the README and in ``ResolutionFile``).
It names predictions by id, or robustly by their source, speaker and a few
distinctive words of the claim, so a file still applies after the extractor
re-reads an article and its prediction ids change.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from graph.errors import InputError, NotFound
from graph.model import Outcome, Resolution
from graph.store import Store
from graph.store.names import match_ids
from graph.yamlfile import line_of, read_located, validate

#: Every outcome, in the order listings and legends show them.
OUTCOMES: tuple[Outcome, ...] = ("yes", "no", "partly", "ambiguous", "annulled")

_URL = re.compile(r"^https?://\S+$")
#: Typographic quotes and dashes -> plain ones, so "text" in a file matches either.
_PLAIN = str.maketrans("\u2019\u2018\u201c\u201d\u00ab\u00bb\u2013\u2014", "''\"\"\"\"--")


def resolution_id(
    prediction_id: str,
    outcome: str,
    resolved_on: date,
    evidence: Iterable[str] = (),
    note: str | None = None,
    resolved_by: str | None = None,
) -> str:
    """Return a resolution's id: ``res:`` and 16 hex digits of SHA-256 of its content.

    Same judgement, same id: re-applying a file is a no-op, while any change
    (another outcome, a new piece of evidence, a reworded note) is a new
    resolution that supersedes the old one.
    """
    parts = [prediction_id, outcome, resolved_on.isoformat(), "\n".join(evidence), note or "", resolved_by or ""]
    return "res:" + hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:16]


def new_resolution(
    prediction_id: str,
    outcome: Outcome,
    resolved_on: date,
    evidence: Iterable[str] = (),
    note: str | None = None,
    resolved_by: str | None = None,
    origin: str | None = None,
) -> Resolution:
    """Return a Resolution with its content-derived id.

    Raises:
        InputError: an outcome not in OUTCOMES or evidence that is not an http(s) URL.
    """
    if outcome not in OUTCOMES:
        raise InputError("--outcome", f"{outcome}: not one of {', '.join(OUTCOMES)}")
    evidence = tuple(evidence)
    for url in evidence:
        if not _URL.match(url):
            raise InputError("--evidence", f"{url}: not an http(s) URL")
    note = note.strip() if note else None
    return Resolution(
        id=resolution_id(prediction_id, outcome, resolved_on, evidence, note, resolved_by),
        prediction_id=prediction_id,
        outcome=outcome,
        resolved_on=resolved_on,
        evidence=evidence,
        note=note,
        resolved_by=resolved_by,
        origin=origin,
    )


# -- the YAML file ---------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceRef(_Strict):
    """Which source a prediction appears in; any one identifier that matches is enough."""

    id: str | None = None
    url: str | None = None
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    """SHA-256 of the article's text (what ``claimgraph`` stores as text_hash)."""
    file: str | None = None
    """The article's file name (the stored path ends with it)."""

    @model_validator(mode="after")
    def _something(self) -> SourceRef:
        if not any((self.id, self.url, self.sha256, self.file)):
            raise ValueError("give at least one of id, url, sha256, file")
        return self


class PredictionRef(_Strict):
    """How a resolutions file names a prediction: every field given must match."""

    id: str | None = None
    source: SourceRef | None = None
    speaker: str | None = None
    """A name or alias of the speaker (matched like ``--by``)."""
    text: str | None = Field(default=None, min_length=3)
    """Distinctive words of the claim (case, spacing and quote marks ignored)."""
    event: str | None = Field(default=None, min_length=3)
    """Words of the predicted event, for a claim that makes several predictions (matched like ``text``)."""

    @model_validator(mode="after")
    def _enough(self) -> PredictionRef:
        if self.id is None and self.text is None:
            raise ValueError("give the prediction's id or distinctive words of its claim (text)")
        return self


class ResolutionIn(_Strict):
    prediction: PredictionRef
    outcome: Outcome
    resolved_on: date
    evidence: list[str] = []
    note: str | None = None
    resolved_by: str | None = None

    @field_validator("evidence")
    @classmethod
    def _urls(cls, value: list[str]) -> list[str]:
        for url in value:
            if not _URL.match(url):
                raise ValueError(f"{url}: not an http(s) URL")
        return value


class ResolutionFile(_Strict):
    """A resolutions file: who judged, and one entry per prediction."""

    resolved_by: str = Field(min_length=1)
    resolutions: list[ResolutionIn] = Field(min_length=1)


@dataclass(frozen=True)
class Entry:
    """One entry of a resolutions file, with the line it starts on."""

    ref: PredictionRef
    given: ResolutionIn
    resolved_by: str
    line: int | None


def read_resolutions(path: Path) -> list[Entry]:
    """Return the entries of a resolutions file, validated (nothing is looked up yet).

    Raises:
        InputError: unreadable file, invalid YAML or a field that breaks the format,
            with the file and line.
    """
    path = Path(path)
    located = read_located(path)
    if not isinstance(located.data, dict):
        raise InputError(path, "expected a mapping with 'resolved_by' and 'resolutions'", 1)
    parsed = validate(ResolutionFile, located, path)
    return [
        Entry(item.prediction, item, item.resolved_by or parsed.resolved_by, line_of(located, ("resolutions", i)))
        for i, item in enumerate(parsed.resolutions)
    ]


# -- finding predictions -------------------------------------------------------


def normalise(text: str) -> str:
    """Return ``text`` for loose comparison: NFKC, case-folded, typographic quotes and dashes plain, spacing collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(_PLAIN)
    return " ".join(text.split())


def _source_matches(ref: SourceRef, key: dict[str, Any]) -> bool:
    path = str(key.get("path") or "")
    return bool(
        (ref.id and key["source_id"] == ref.id)
        or (ref.url and key.get("url") == ref.url)
        or (ref.sha256 and key.get("text_hash") == ref.sha256)
        or (ref.file and (path == ref.file or path.replace("\\", "/").endswith("/" + ref.file)))
    )


def find_predictions(
    ref: PredictionRef, keys: list[dict[str, Any]], speakers: list[dict[str, Any]]
) -> list[str]:
    """Return the ids of the predictions (rows of ``Store.prediction_keys``) that ``ref`` names.

    ``speakers`` are the rows of ``Store.speaker_names``, to match the speaker
    by name or alias. An empty list means no prediction matches.
    """
    found = keys
    if ref.id is not None:
        found = [k for k in found if k["id"] == ref.id]
    if ref.source is not None:
        source = ref.source
        found = [k for k in found if _source_matches(source, k)]
    if ref.speaker is not None:
        ids = set(match_ids(speakers, ref.speaker))
        found = [k for k in found if k["speaker_id"] in ids]
    if ref.text is not None:
        words = normalise(ref.text)
        found = [k for k in found if words in normalise(str(k.get("text") or ""))]
    if ref.event is not None:
        words = normalise(ref.event)
        found = [k for k in found if words in normalise(str(k.get("event") or ""))]
    return sorted({k["id"] for k in found})


def _describe(ref: PredictionRef) -> str:
    parts = [f"id {ref.id}" if ref.id else None, f"speaker {ref.speaker!r}" if ref.speaker else None,
             f"text {ref.text!r}" if ref.text else None, f"event {ref.event!r}" if ref.event else None]
    return ", ".join(p for p in parts if p)


# -- writing -------------------------------------------------------------------------


@dataclass
class ResolveReport:
    """What recording resolutions changed, by prediction id."""

    new: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    """Entries that named no prediction (only with ``skip_unmatched``), as error lines."""

    def summary(self) -> str:
        """Return one line: how many resolutions were new, replaced, unchanged, skipped."""
        line = f"resolved {len(self.new)} new, {len(self.replaced)} replaced, {len(self.unchanged)} unchanged"
        return line + (f", {len(self.skipped)} skipped" if self.skipped else "")


def record(store: Store, resolutions: list[Resolution], report: ResolveReport | None = None) -> ResolveReport:
    """Store resolutions in one transaction and return what changed.

    Raises:
        StoreError: the database refused the write; nothing was written.
    """
    report = report or ResolveReport()
    now = datetime.now(UTC)
    rows = [{**r.row(), "recorded_at": r.recorded_at or now} for r in resolutions]
    for row in store.record_resolutions(rows):
        getattr(report, row["change"]).append(row["prediction_id"])
    return report


def resolve(
    store: Store,
    prediction_id: str,
    outcome: Outcome,
    resolved_on: date,
    evidence: Iterable[str] = (),
    note: str | None = None,
    resolved_by: str | None = None,
) -> ResolveReport:
    """Record how one prediction turned out; earlier resolutions stay as history.

    Raises:
        NotFound: no prediction has that id.
        InputError: an unknown outcome or evidence that is not a URL.
        StoreError: the database refused the write.
    """
    resolution = new_resolution(prediction_id, outcome, resolved_on, evidence, note, resolved_by, "command line")
    if not any(k["id"] == prediction_id for k in store.prediction_keys()):
        raise NotFound(f"{prediction_id}: no such prediction (see claimgraph predictions --format json)")
    return record(store, [resolution])


#: File suffixes read as resolutions files in a folder.
RESOLUTION_SUFFIXES = (".yaml", ".yml")


def resolution_files(path: Path) -> list[Path]:
    """Return the YAML files under the folder ``path`` in path order, or ``[path]`` if it is no folder.

    Raises:
        InputError: a folder without YAML files.
    """
    path = Path(path)
    if not path.is_dir():
        return [path]  # read_resolutions reports a missing file
    found = sorted(
        p for p in path.rglob("*")
        if p.is_file() and p.suffix in RESOLUTION_SUFFIXES and not p.stem.upper().startswith("README")
    )
    if not found:
        raise InputError(path, "no resolutions files (.yaml) in this folder")
    return found


def apply_resolutions(store: Store, path: Path, skip_unmatched: bool = False) -> ResolveReport:
    """Apply a resolutions file, or every one in a folder: all entries land, or (on an error) none does.

    Files of a folder are applied in path order, each in its own transaction,
    after every file was read and matched; a later file's verdict on a
    prediction supersedes an earlier one's. Applying the same files again
    changes nothing. With ``skip_unmatched``, an entry that names no
    prediction (its article not ingested yet) is reported in ``skipped``
    instead of failing the file.

    Raises:
        InputError: a file breaks the format, or an entry names no
            prediction, several predictions, or the same prediction as an
            earlier entry of its file (with the file and the entry's line).
        StoreError: the database refused the write.
    """
    keys = store.prediction_keys()
    speakers = store.speaker_names()
    report = ResolveReport()
    found = [_match(file, keys, speakers, skip_unmatched, report) for file in resolution_files(path)]
    for resolutions in found:
        if resolutions:
            record(store, resolutions, report)
    return report


def _match(
    path: Path,
    keys: list[dict[str, Any]],
    speakers: list[dict[str, Any]],
    skip_unmatched: bool,
    report: ResolveReport,
) -> list[Resolution]:
    """Return the resolutions of the file at ``path``, each matched to one stored prediction."""
    entries = read_resolutions(path)
    chosen: dict[str, int | None] = {}
    resolutions: list[Resolution] = []
    for entry in entries:
        ids = find_predictions(entry.ref, keys, speakers)
        if not ids:
            error = InputError(path, f"prediction: no prediction matches ({_describe(entry.ref)})", entry.line)
            if skip_unmatched:
                report.skipped.append(str(error))
                continue
            raise error
        if len(ids) > 1:
            raise InputError(
                path,
                f"prediction: {len(ids)} predictions match ({', '.join(ids)}); add words to text, give the source "
                f"or words of the event",
                entry.line,
            )
        [pid] = ids
        if pid in chosen:
            raise InputError(path, f"prediction: {pid} is already resolved on line {chosen[pid]}", entry.line)
        chosen[pid] = entry.line
        given = entry.given
        resolutions.append(
            new_resolution(
                pid, given.outcome, given.resolved_on, given.evidence, given.note, entry.resolved_by,
                f"{path.name}:{entry.line}" if entry.line else path.name,
            )
        )
    return resolutions


def resolutions(store: Store, prediction_ids: list[str] | None = None, with_superseded: bool = False) -> list[dict[str, Any]]:
    """Return the current resolutions (with the superseded ones if asked), as rows."""
    return store.resolutions(prediction_ids, with_superseded)
