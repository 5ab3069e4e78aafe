"""Claims to brat standoff and back: correct the extractor in a real annotation tool.

``write_brat(extractions, folder)`` writes, per source, ``<name>.txt`` (the
source's text exactly as its offsets index it, front matter included) and
``<name>.ann`` (PolNeAR's layout, see ``ingest.brat``): a ``Content`` span per
claim, its ``Cue`` span and its ``Source`` span (the speaker mention the claim
was attributed through), tied by an ``Attribution`` event. Claims without a
mention (a paraphrase continued from an earlier claim) have no Source span.
The speaker's identity rides in an ``AnnotatorNotes`` line on the Source span
(on the Content span when there is none)::

    #1	AnnotatorNotes T3	claimgraph speaker {"at": [120, 129], "kind": "person", "name": "Maria Lindqvist", ...}

``at`` is the span the note was written for: once a researcher moves or
replaces the span in brat, the note no longer applies and the speaker is read
from the span's words. ``annotation.conf`` and ``visual.conf`` for brat go
into the folder too.

``read_brat(txt, ann)`` reads such a pair (or any brat file with Source, Cue
and Content spans and Attribution events) as curated claims, without
extraction: one claim per event, its speaker from a note that still applies,
else the Source words resolved through the directory as curated YAML is (a
pronoun: the last named person before it; a lower-case description such as
"officials": an unnamed source), and an unnamed source where there is no
Source span. A claim is direct when its content lies inside quotation marks.
Predictions are detected on the content's words (``detect_prediction``
without a parse); entities (``about``) are not read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.errors import InputError
from graph.model import (
    Claim,
    Extraction,
    Organisation,
    Person,
    Source,
    claim_id,
    unnamed_id,
)
from ingest.brat import BratAttribution, BratSpan, parse_ann, parse_notes, write_ann
from ingest.mentions import DirectoryLike

#: The prefix of the notes claimgraph writes; other notes are left alone.
NOTE = "claimgraph speaker"
#: brat's configuration of the exported folder: the labels, and overlaps
#: allowed (an Attribution anchor has the same offsets as its Cue). A type
#: and its arguments are separated by a tab, as brat's parser requires.
ANNOTATION_CONF = """\
# claimgraph's attribution layout (as PolNeAR): Source, Cue and Content spans
# tied by an Attribution event whose trigger sits on the cue.
[entities]
Source
Cue
Content

[relations]
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]
Attribution\tSource?:Source, Cue?:Cue, Content:Content

[attributes]
"""
VISUAL_CONF = """\
[labels]
Source | Source | Src
Cue | Cue
Content | Content | Cnt
Attribution | Attribution | Att

[drawing]
Source\tbgColor:#8fb2ff
Cue\tbgColor:#ffe066
Content\tbgColor:#b8e6b8
Attribution\tbgColor:#ffcccc
"""
#: Words of a Source span that stand for the last person named before them.
PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
#: Words of a Source span that stand for the last speaker of any kind.
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "it", "its"})
#: Name words that are no evidence of a person or an organisation.
_LINKING = frozenset({"of", "for", "the", "and", "on", "in", "de", "van", "von", "al"})


# ---- export ---------------------------------------------------------------------------


def _speakers(extraction: Extraction, directory: DirectoryLike | None) -> dict[str, Person | Organisation]:
    found: dict[str, Person | Organisation] = {r.id: r for r in extraction.speakers}
    for claim in extraction.claims:
        if claim.speaker_id not in found and directory is not None:
            record = directory.get(claim.speaker_id)
            if isinstance(record, (Person, Organisation)):
                found[record.id] = record
    return found


def _note(at: tuple[int, int], record: Person | Organisation | None, claim: Claim) -> str:
    data: dict[str, Any] = {"at": list(at)}
    if isinstance(record, Person):
        data |= {"kind": getattr(record, "kind", "person"), "name": record.name, "role": record.role,
                 "affiliation": record.affiliation}
    elif isinstance(record, Organisation):
        data |= {"kind": "organisation", "name": record.name}
    else:
        data |= {"kind": "unnamed", "name": claim.speaker_id}
    if claim.antecedent_start is not None and claim.antecedent_end is not None:
        data["antecedent"] = [claim.antecedent_start, claim.antecedent_end]
    if claim.via_start is not None and claim.via_end is not None:
        data["via"] = [claim.via_start, claim.via_end]
    return f"{NOTE} " + json.dumps({k: v for k, v in data.items() if v is not None}, ensure_ascii=False)


def to_brat(extraction: Extraction, directory: DirectoryLike | None = None) -> tuple[str, str]:
    """Return the ``.txt`` and ``.ann`` content of an extraction (see the module's docstring)."""
    speakers = _speakers(extraction, directory)
    spans: list[tuple[str, int, int]] = []
    index: dict[tuple[str, int, int], int] = {}
    notes: dict[int, str] = {}
    relations: list[tuple[int | None, int | None, int]] = []

    def span(label: str, start: int, end: int) -> int:
        key = (label, start, end)
        if key not in index:
            index[key] = len(spans)
            spans.append(key)
        return index[key]

    for claim in sorted(extraction.claims, key=lambda c: (c.start, c.end)):
        content = span("Content", claim.start, claim.end)
        cue = None
        if claim.cue_start is not None and claim.cue_end is not None and claim.cue_end > claim.cue_start:
            cue = span("Cue", claim.cue_start, claim.cue_end)
        source = None
        if claim.mention_start is not None and claim.mention_end is not None and claim.mention_end > claim.mention_start:
            source = span("Source", claim.mention_start, claim.mention_end)
        carrier = source if source is not None else content
        notes.setdefault(carrier, _note(spans[carrier][1:], speakers.get(claim.speaker_id), claim))
        relations.append((source, cue, content))
    text = extraction.source.text
    return text, write_ann(spans, relations, text, notes)


def brat_names(extractions: Iterable[Extraction]) -> list[str]:
    """Return a file name (no suffix) per extraction: its file's stem, made unique with -2, -3 ..."""
    names: list[str] = []
    taken: set[str] = set()
    for extraction in extractions:
        source = extraction.source
        stem = Path(source.path).stem if source.path else source.id.replace(":", "-")
        name, number = stem, 1
        while name in taken:
            number += 1
            name = f"{stem}-{number}"
        taken.add(name)
        names.append(name)
    return names


def write_brat(extractions: Iterable[Extraction], folder: Path, directory: DirectoryLike | None = None) -> list[Path]:
    """Write ``<name>.txt`` + ``<name>.ann`` per extraction and brat's configuration into ``folder``.

    Returns the ``.ann`` paths written. Raises InputError when ``folder``
    cannot be made or written.
    """
    extractions = list(extractions)
    written: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for extraction, name in zip(extractions, brat_names(extractions)):
            text, ann = to_brat(extraction, directory)
            # newline="" keeps the text byte for byte: offsets count its \r too.
            (folder / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
            (folder / f"{name}.ann").write_text(ann, encoding="utf-8", newline="")
            written.append(folder / f"{name}.ann")
        (folder / "annotation.conf").write_text(ANNOTATION_CONF, encoding="utf-8")
        (folder / "visual.conf").write_text(VISUAL_CONF, encoding="utf-8")
    except OSError as e:
        raise InputError(folder, f"cannot write: {e.strerror or e}") from e
    return written


# ---- import ---------------------------------------------------------------------------


def _people_noun(word: str) -> bool:
    """Return True when ``word`` is a role or source noun ("economist", "officials"), in any case or number."""
    from ingest.lexicon import load_lexicon
    from ingest.mentions import role_words

    # source_nouns: the unnamed-source nouns of roles.yaml, where present.
    nouns = {*role_words().roles, *(load_lexicon("roles").get("source_nouns") or ())}
    lower = word.lower().strip(".,;:")
    return any(form in nouns for form in (lower, lower.removesuffix("s"), lower.removesuffix("es")))


@dataclass(frozen=True)
class _Note:
    at: tuple[int, int]
    kind: str
    name: str
    role: str | None
    affiliation: str | None
    antecedent: tuple[int, int] | None
    via: tuple[int, int] | None = None


def _notes(ann: str, path: Path, text: str) -> dict[str, _Note]:
    found: dict[str, _Note] = {}
    for target, note, line in parse_notes(ann):
        if not note.startswith(NOTE + " "):
            continue
        try:
            data = json.loads(note[len(NOTE) + 1 :])
            at = (int(data["at"][0]), int(data["at"][1]))
            kind = str(data["kind"])
            name = str(data["name"]).strip()
            antecedent, via = (_offsets(data.get(key), text) for key in ("antecedent", "via"))
        except (ValueError, KeyError, TypeError, IndexError) as e:
            raise InputError(path, f"{target}: a claimgraph speaker note must be JSON with at, kind and name", line) from e
        if kind not in ("person", "organisation", "unnamed") or not name:
            raise InputError(path, f"{target}: speaker kind must be person, organisation or unnamed, with a name", line)
        found.setdefault(target, _Note(at, kind, name, data.get("role"), data.get("affiliation"), antecedent, via))
    return found


def _offsets(value: Any, text: str) -> tuple[int, int] | None:
    """Return a note's [start, end] as offsets, None when absent or outside ``text``."""
    if not value:
        return None
    start, end = int(value[0]), int(value[1])
    return (start, end) if 0 <= start < end <= len(text) else None


def _quoted(text: str) -> list[tuple[int, int]]:
    from ingest.layout import paragraphs
    from ingest.quotes import find_quotes
    from ingest.read import body_start

    return [(q.start, q.end) for q in find_quotes(text, paragraphs(text, body_start(text)))]


def _check_span(span: BratSpan, text: str, path: Path, line: int) -> None:
    covered = " ".join(text[a:b] for a, b in span.fragments)
    if " ".join(span.text.split()) != " ".join(covered.split()):
        raise InputError(path, f"{span.id}: its words {span.text[:40]!r} are not the text at its offsets ({covered[:40]!r})",
                         line)


class _Reader:
    """Claims of one brat document; ``speaker`` resolves a relation's speaker."""

    def __init__(self, source: Source, path: Path, notes: dict[str, _Note], directory: DirectoryLike) -> None:
        self.source = source
        self.path = path
        self.notes = notes
        self.directory = directory
        self.people: dict[str, Person] = {}
        self.organisations: dict[str, Organisation] = {}
        self.history: list[tuple[int, str]] = []  # (content start, speaker id) of earlier claims

    def record(self, kind: str, name: str, role: str | None = None, affiliation: str | None = None) -> str:
        if kind == "unnamed":
            person = Person(unnamed_id(self.source.id, name), name, kind="unnamed")
            self.people.setdefault(person.id, person)
            return person.id
        from ingest.curated import SpeakerIn, _speaker

        directory: Any = self.directory
        return _speaker(SpeakerIn(name=name, kind=kind, role=role, affiliation=affiliation),  # type: ignore[arg-type]
                        directory, self.people, self.organisations)

    def from_words(self, words: str, before: int) -> str:
        """Return the speaker id the Source span's words stand for."""
        from ingest.mentions import role_words, strip_determiner

        name = re.sub(r"(?:'s|’s|')$", "", strip_determiner(" ".join(words.split())))
        lower = name.lower()
        if lower in PRONOUNS | PLURAL_PRONOUNS:
            for _, speaker in reversed([h for h in self.history if h[0] < before]):
                if lower in PLURAL_PRONOUNS or speaker in self.people and self.people[speaker].kind == "person":
                    return speaker
            return self.record("unnamed", words.strip())
        known_person = self.directory.find_person(name)
        if known_person is not None:
            return self.record("person", known_person.name)
        known_org = self.directory.find_organisation(name)
        titled = self.directory.titles.get(lower) or self.directory.titles.get(words.strip().lower())
        if known_org is None and titled:
            record = self.directory.get(titled)
            if isinstance(record, Person):
                return self.record("person", record.name)
            known_org = record if isinstance(record, Organisation) else None
        if known_org is not None:
            return self.record("organisation", known_org.name)
        significant = [w for w in name.split() if w.lower() not in _LINKING]
        if significant and _people_noun(significant[-1]):
            return self.record("unnamed", words.strip())  # "officials", "Analysts", "the central bank governor"
        if significant and all(w[:1].isupper() for w in significant):
            heads = role_words().organisation_heads
            if name.isupper() or any(w.lower().strip(".,") in heads for w in significant):
                return self.record("organisation", name)
            return self.record("person", name)
        return self.record("unnamed", words.strip())

    def speaker(self, relation: BratAttribution) -> tuple[str, dict[str, tuple[int, int]]]:
        """Return the speaker id of a relation and the antecedent and relay spans a note gives, if any."""
        assert relation.content is not None
        carrier = relation.source or relation.content
        note = self.notes.get(carrier.id)
        if note is not None and note.at == (carrier.start, carrier.end):
            spans = {k: v for k, v in (("antecedent", note.antecedent), ("via", note.via)) if v is not None}
            return self.record(note.kind, note.name, note.role, note.affiliation), spans
        if relation.source is None:
            return self.record("unnamed", "unnamed source"), {}
        return self.from_words(self.source.text[relation.source.start : relation.source.end], relation.source.start), {}


def read_brat(text_path: Path, ann_path: Path, source: Source, directory: DirectoryLike | None = None) -> Extraction:
    """Return the attributions of a brat ``.ann`` over ``source`` (read from ``text_path``) as curated claims.

    Raises InputError (``<file>:<line>: <problem>``) for an unreadable or
    malformed ``.ann``, a span whose words are not the text at its offsets,
    an event without Content, or two events on one Content span.
    """
    if directory is None:
        from ingest.directory import load_directory

        directory = load_directory()
    try:
        ann = ann_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(ann_path, f"cannot read: {e}") from e
    text = source.text
    spans, relations = parse_ann(ann, text, ann_path)
    lines = {line.split("\t", 1)[0]: number for number, line in enumerate(ann.splitlines(), start=1)}
    for span in spans:
        _check_span(span, text, ann_path, lines.get(span.id, 0))
    reader = _Reader(source, ann_path, _notes(ann, ann_path, text), directory)
    quoted = _quoted(text)
    claims: dict[str, Claim] = {}
    for relation in sorted(relations, key=lambda r: (r.content.start if r.content else -1, r.line)):
        if relation.content is None:
            raise InputError(ann_path, f"{relation.id}: an attribution needs a Content span", relation.line)
        start, end = relation.content.start, relation.content.end
        words = text[start:end]
        lead, trail = len(words) - len(words.lstrip()), len(words) - len(words.rstrip())
        start, end = start + lead, end - trail
        if start >= end:
            raise InputError(ann_path, f"{relation.id}: its Content span is empty", relation.line)
        cid = claim_id(source.id, start, end, text[start:end])
        if cid in claims:
            raise InputError(ann_path, f"{relation.id}: a second attribution of the same Content span", relation.line)
        speaker, noted = reader.speaker(relation)
        reader.history.append((start, speaker))
        claims[cid] = _claim(cid, source, start, end, relation, speaker, noted, quoted)
    ordered = tuple(sorted(claims.values(), key=lambda c: (c.start, c.end)))
    return Extraction(source, ordered, tuple(reader.people.values()), tuple(reader.organisations.values()))


def _claim(cid: str, source: Source, start: int, end: int, relation: BratAttribution, speaker: str,
           noted: dict[str, tuple[int, int]], quoted: list[tuple[int, int]]) -> Claim:
    from ingest.predictions import as_predictions, detect_predictions

    text = source.text
    cue, mention = relation.cue, relation.source
    cue_words = text[cue.start : cue.end] if cue else None
    predictions = as_predictions(cid, detect_predictions(text[start:end], source.published, cue=cue_words))
    spans: dict[str, Any] = {}
    if cue is not None:
        spans |= {"cue_start": cue.start, "cue_end": cue.end}
    if mention is not None:
        spans |= {"mention": text[mention.start : mention.end], "mention_start": mention.start, "mention_end": mention.end}
    for role, (lo, hi) in noted.items():  # the antecedent and the relay the note kept
        spans |= {role: text[lo:hi], f"{role}_start": lo, f"{role}_end": hi}
    return Claim(
        id=cid,
        source_id=source.id,
        speaker_id=speaker,
        text=text[start:end],
        start=start,
        end=end,
        direct=any(a <= start and end <= b for a, b in quoted),
        cue=cue_words,
        predictions=predictions,
        **spans,
    )
