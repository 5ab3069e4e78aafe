"""Score extractions against gold annotations: precision, recall and F1.

A claim matches a gold claim when their spans overlap by at least half of
the shorter one, so a long quotation split into sentences (or not) is not
punished. Attribution also needs the same speaker; prediction detection
compares the claims marked as predictions. ``claimgraph evaluate`` reports
these numbers.

Gold files (YAML) hold ``source`` (a path relative to the gold file),
``source_sha256``, ``published``, ``publisher`` and ``claims``: each with
``start``, ``end``, ``speaker`` (canonical name, or a list of accepted
names), ``is_prediction`` and optionally ``window: [start, end]``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from graph.errors import InputError
from graph.model import Extraction, text_hash



@dataclass(frozen=True)
class GoldClaim:
    """One annotated claim: its span, speaker name(s), and prediction facts."""

    start: int
    end: int
    speakers: tuple[str, ...]
    is_prediction: bool = False
    window_start: date | None = None
    window_end: date | None = None
    sha: str | None = None


@dataclass(frozen=True)
class Gold:
    """The gold claims of one source."""

    source: Path
    source_sha256: str | None
    published: date | None
    publisher: str | None
    claims: tuple[GoldClaim, ...]
    missing: tuple[str, ...] = ()
    """Curated claim texts not found verbatim in the article (left out)."""


@dataclass(frozen=True)
class PRF:
    """Counts behind precision and recall."""

    correct_found: int = 0
    found: int = 0
    gold_found: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.correct_found / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.correct_found + other.correct_found, self.found + other.found,
                   self.gold_found + other.gold_found, self.gold + other.gold)


@dataclass(frozen=True)
class Scores:
    """Attribution and prediction scores, and how many gold windows came out right."""

    attribution: PRF = PRF()
    prediction: PRF = PRF()
    windows_right: int = 0
    windows: int = 0
    misses: tuple[str, ...] = field(default=())
    """One line per error, for reading (offsets, speakers)."""

    def __add__(self, other: Scores) -> Scores:
        return Scores(self.attribution + other.attribution, self.prediction + other.prediction,
                      self.windows_right + other.windows_right, self.windows + other.windows,
                      self.misses + other.misses)

    def summary(self) -> str:
        """Return the scores as three readable lines."""
        a, p = self.attribution, self.prediction
        return (
            f"attribution  P={a.precision:.3f} R={a.recall:.3f} F1={a.f1:.3f} ({a.correct_found}/{a.found} found, {a.gold_found}/{a.gold} gold)\n"
            f"prediction   P={p.precision:.3f} R={p.recall:.3f} F1={p.f1:.3f} ({p.correct_found}/{p.found} found, {p.gold_found}/{p.gold} gold)\n"
            f"windows      {self.windows_right}/{self.windows} right"
        )


def _date(value: Any, path: Path) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as e:
        raise InputError(path, f"not a date: {value!r}") from e


def load_gold(path: str | Path) -> Gold:
    """Return the gold annotations in ``path``; ``source`` is relative to the gold file.

    Raises:
        InputError: the file is not valid YAML or lacks a field.
    """
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise InputError(path, f"cannot read gold annotations: {e}") from e
    if not isinstance(data, dict) or "source" not in data or "claims" not in data:
        raise InputError(path, "gold annotations need 'source' and 'claims'")
    claims = []
    for number, item in enumerate(data["claims"], start=1):
        try:
            speakers = item["speaker"] if isinstance(item["speaker"], list) else [item["speaker"]]
            window = item.get("window") or (None, None)
            claims.append(GoldClaim(int(item["start"]), int(item["end"]), tuple(map(str, speakers)),
                                    bool(item.get("is_prediction")), _date(window[0], path), _date(window[1], path),
                                    item.get("sha")))
        except (KeyError, TypeError, ValueError) as e:
            raise InputError(path, f"claim {number}: {e}") from e
    return Gold((path.parent / data["source"]).resolve(), data.get("source_sha256"), _date(data.get("published"), path),
                data.get("publisher"), tuple(claims))


def gold_from_curated(path: str | Path) -> Gold:
    """Return gold built from a curated claims file (``data/claims/*.yaml``).

    Each claim's ``text`` is located verbatim in the article named by
    ``source.article`` (relative to the claims file); the article's front
    matter gives the publication date. Texts not found go to ``missing``.

    Raises:
        InputError: the file or its article cannot be read.
    """
    from ingest.read import read_source

    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        article = (path.parent / data["source"]["article"]).resolve()
    except (OSError, yaml.YAMLError, KeyError, TypeError) as e:
        raise InputError(path, f"cannot read curated claims: {e}") from e
    source = read_source(article)
    claims: list[GoldClaim] = []
    missing: list[str] = []
    for item in data.get("claims") or ():
        text = str(item.get("text") or "")
        at = source.text.find(text) if text else -1
        if at < 0:
            missing.append(text)
            continue
        speaker = item.get("speaker") or {}
        names = [speaker.get("name")] if isinstance(speaker, dict) else [speaker]
        prediction = item.get("prediction") or None
        claims.append(GoldClaim(
            at, at + len(text), tuple(str(n) for n in names if n), prediction is not None,
            _date(prediction.get("window_start"), path) if prediction else None,
            _date(prediction.get("window_end"), path) if prediction else None,
        ))
    return Gold(article, text_hash(source.text), source.published, source.publisher, tuple(claims), tuple(missing))


def check_gold(gold: Gold, text: str) -> list[str]:
    """Return the gold claims whose span hash does not match ``text`` (empty when all match)."""
    bad = []
    for claim in gold.claims:
        digest = hashlib.sha256(text[claim.start : claim.end].encode("utf-8")).hexdigest()
        if claim.sha and not digest.startswith(claim.sha):
            bad.append(f"{claim.start}-{claim.end}")
    return bad


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def _normal(name: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", name.lower()).strip()


def same_speaker(names: Iterable[str], gold: Iterable[str]) -> bool:
    """Return True when any extracted spelling equals or closely matches a gold name."""
    names, gold = [_normal(n) for n in names], [_normal(g) for g in gold]
    return any(n == g or fuzz.token_sort_ratio(n, g) >= 90 for n in names for g in gold)


def score_one(extraction: Extraction, gold: Gold) -> Scores:
    """Return the scores of one extraction against the gold of the same source."""
    names: dict[str, list[str]] = {}
    for record in extraction.speakers:
        names[record.id] = [record.name, *record.aliases]
    found = [((c.start, c.end), names.get(c.speaker_id, [c.speaker_id]), c) for c in extraction.claims]
    misses: list[str] = []
    correct = 0
    for span, speaker, claim in found:
        if any(_overlaps(span, (g.start, g.end)) and same_speaker(speaker, g.speakers) for g in gold.claims):
            correct += 1
        else:
            misses.append(f"extra {span[0]}-{span[1]} {speaker[0]}")
    recalled = 0
    for g in gold.claims:
        if any(_overlaps(span, (g.start, g.end)) and same_speaker(speaker, g.speakers) for span, speaker, _ in found):
            recalled += 1
        else:
            misses.append(f"missed {g.start}-{g.end} {g.speakers[0]}")
    predicted = [(span, c) for span, _, c in found if c.prediction is not None]
    gold_predictions = [g for g in gold.claims if g.is_prediction]
    p_correct = sum(1 for span, _ in predicted if any(_overlaps(span, (g.start, g.end)) for g in gold_predictions))
    p_recalled = 0
    windows = windows_right = 0
    for g in gold_predictions:
        matches = [c for span, c in predicted if _overlaps(span, (g.start, g.end))]
        p_recalled += bool(matches)
        if not matches:
            misses.append(f"missed prediction {g.start}-{g.end}")
        if g.window_start or g.window_end:
            windows += 1
            if any(c.prediction and (c.prediction.window_start, c.prediction.window_end) == (g.window_start, g.window_end) for c in matches):
                windows_right += 1
            else:
                misses.append(f"wrong window {g.start}-{g.end}")
    for span, c in predicted:
        if not any(_overlaps(span, (g.start, g.end)) for g in gold_predictions):
            misses.append(f"extra prediction {span[0]}-{span[1]}")
    return Scores(PRF(correct, len(found), recalled, len(gold.claims)),
                  PRF(p_correct, len(predicted), p_recalled, len(gold_predictions)),
                  windows_right, windows, tuple(misses))


def score(extractions: Iterable[Extraction], gold: Iterable[Gold]) -> Scores:
    """Return the summed scores of ``extractions`` against the gold of their sources.

    An extraction is paired with the gold whose ``source_sha256`` equals its
    text's hash (or, without a hash, whose source path equals its path);
    extractions without gold are ignored.
    """
    golds = list(gold)
    total = Scores()
    for extraction in extractions:
        for item in golds:
            if item.source_sha256 == text_hash(extraction.source.text) or (
                not item.source_sha256 and extraction.source.path and Path(extraction.source.path).resolve() == item.source
            ):
                total = total + score_one(extraction, item)
    return total


def read_gold(path: str | Path) -> Gold:
    """Return the gold of a gold file, or of a curated claims file (which has ``source.article``).

    Raises:
        InputError: the file cannot be read or is neither kind.
    """
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise InputError(path, f"cannot read gold annotations: {e}") from e
    if isinstance(data, dict) and isinstance(data.get("source"), dict):
        return gold_from_curated(path)
    return load_gold(path)


def evaluate(paths: Iterable[str | Path], directory: Any = None) -> list[tuple[Path, Scores]]:
    """Extract the source of every gold file in ``paths`` and score it against its gold.

    Folders are searched for ``*.yaml``. Returns one (gold file, scores) pair
    per file; sum the scores for the totals.

    Raises:
        InputError: a gold file cannot be read, its source is missing, or the
            source's text no longer matches the gold's hash.
    """
    from ingest.extract import extract_many
    from ingest.read import read_source

    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(path.rglob("*.yaml")))
        elif path.exists():
            files.append(path)
        else:
            raise InputError(path, "no such file or folder")
    golds = [read_gold(f) for f in files]
    sources = []
    for file, gold in zip(files, golds):
        if not gold.source.exists():
            raise InputError(file, f"its source {gold.source} does not exist")
        source = read_source(gold.source, published=gold.published, publisher=gold.publisher)
        if gold.source_sha256 and text_hash(source.text) != gold.source_sha256:
            raise InputError(file, f"its source {gold.source} has changed since it was annotated")
        sources.append(source)
    extractions = extract_many(sources, directory)
    return [(file, score_one(extraction, gold)) for file, gold, extraction in zip(files, golds, extractions)]
