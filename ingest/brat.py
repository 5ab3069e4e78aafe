"""Brat standoff: read and write attribution annotations (Source, Cue, Content).

The format of PolNeAR (Newell et al., LREC 2018) and of the brat and INCEpTION
annotation tools: a ``.txt`` file and an ``.ann`` file beside it whose lines are

``T<n>\\t<Label> <start> <end>[;<start> <end>...]\\t<text>`` (a text-bound span,
possibly in several fragments; offsets are characters into the ``.txt``) and
``E<n>\\tAttribution:T<a> Source:T<s> Cue:T<c> Content:T<t>`` (one relation).

Other lines (``#`` notes, ``A``/``R``/``N`` annotations) are kept out; labels
other than Source, Cue and Content (PolNeAR's Discard, Discuss) are read as
spans but belong to no relation. PolNeAR keeps texts in ``text/`` and one or
more annotators' files per article in ``attributions/`` (``<name>_<annotator>.ann``):
:func:`find_documents` pairs them, taking the first annotator's file by name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from graph.errors import InputError

#: The span labels of an attribution relation, as PolNeAR and our export name them.
ROLES = ("Source", "Cue", "Content")


@dataclass(frozen=True)
class BratSpan:
    """A text-bound annotation: its id, label and character fragments."""

    id: str
    label: str
    fragments: tuple[tuple[int, int], ...]
    text: str

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]


@dataclass(frozen=True)
class BratAttribution:
    """One attribution relation; any role may be missing (PolNeAR's Attribution-no-source)."""

    id: str
    source: BratSpan | None
    cue: BratSpan | None
    content: BratSpan | None
    line: int = 0
    """The line of the ``E`` annotation in its ``.ann`` file."""


@dataclass(frozen=True)
class BratDocument:
    """An article's text and its annotations."""

    text_path: Path
    ann_path: Path
    text: str
    spans: tuple[BratSpan, ...]
    attributions: tuple[BratAttribution, ...]
    notes: tuple[tuple[str, str, int], ...] = ()
    """``AnnotatorNotes``: (the id annotated, the note, its line), in file order."""


#: A text-bound line starts with its id; other lines (a covered text running over a
#: line break, as PolNeAR writes some multi-fragment spans) continue the one before.
_TEXT_BOUND = re.compile(r"T\d+\t")


def _span(line: str, path: Path, number: int, text: str) -> BratSpan:
    try:
        ident, middle, covered = line.split("\t", 2)
        label, _, offsets = middle.partition(" ")
        fragments = tuple(
            (int(a), int(b)) for a, b in (piece.split() for piece in offsets.split(";"))
        )
    except ValueError as e:
        raise InputError(path, f"not a brat text-bound annotation: {line[:60]!r}", number) from e
    for a, b in fragments:
        if not 0 <= a <= b <= len(text):
            raise InputError(path, f"{ident}: offsets {a}-{b} outside the text ({len(text)} characters)", number)
    return BratSpan(ident, label, fragments, covered)


def parse_ann(ann: str, text: str, path: Path) -> tuple[tuple[BratSpan, ...], tuple[BratAttribution, ...]]:
    """Return the spans and relations of the ``.ann`` content *ann* over *text*.

    Raises InputError (with the line) for a malformed line, offsets outside the
    text, or a relation naming a span that does not exist.
    """
    spans: dict[str, BratSpan] = {}
    events: list[tuple[int, str, str]] = []
    for number, line in enumerate(ann.splitlines(), start=1):
        if _TEXT_BOUND.match(line):
            span = _span(line, path, number, text)
            spans[span.id] = span
        elif line.startswith("E") and line[1:2].isdigit():
            ident, _, args = line.partition("\t")
            events.append((number, ident, args))
    relations = []
    for number, ident, args in events:
        roles: dict[str, BratSpan] = {}
        for arg in args.split():
            role, _, ref = arg.partition(":")
            role = role.rstrip("0123456789")  # brat numbers repeated roles: Content2
            if ref not in spans:
                raise InputError(path, f"{ident} names {ref!r}, which is not a span of this file", number)
            if role in ROLES and role not in roles:
                roles[role] = spans[ref]
        relations.append(BratAttribution(ident, roles.get("Source"), roles.get("Cue"), roles.get("Content"), number))
    return tuple(spans.values()), tuple(relations)


def read_document(text_path: Path, ann_path: Path) -> BratDocument:
    """Read one article and its annotations; raises InputError for a bad file."""
    try:
        text = text_path.read_text(encoding="utf-8")
        ann = ann_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(text_path if not text_path.exists() else ann_path, f"cannot read: {e}") from e
    spans, relations = parse_ann(ann, text, ann_path)
    return BratDocument(text_path, ann_path, text, spans, relations, parse_notes(ann))


def parse_notes(ann: str) -> tuple[tuple[str, str, int], ...]:
    """Return the ``AnnotatorNotes`` of ``.ann`` content: (annotated id, note, line)."""
    notes = []
    for number, line in enumerate(ann.splitlines(), start=1):
        if line.startswith("#"):
            _, middle, note = (line.split("\t", 2) + ["", ""])[:3]
            kind, _, target = middle.partition(" ")
            if kind == "AnnotatorNotes" and target:
                notes.append((target.strip(), note, number))
    return tuple(notes)


def _annotation_for(text_path: Path) -> Path | None:
    beside = text_path.with_suffix(".ann")
    if beside.exists():
        return beside
    folder = text_path.parent.parent / "attributions"
    if text_path.parent.name == "text" and folder.is_dir():
        candidates = sorted(folder.glob(f"{text_path.stem}_*.ann"))
        return candidates[0] if candidates else None
    return None


def find_documents(paths: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """Yield ``(txt, ann)`` pairs under *paths* (files or folders), sorted by name.

    A ``.txt`` with an ``.ann`` beside it, or PolNeAR's layout (``text/X.txt``
    with ``attributions/X_<annotator>.ann``, the first annotator by name).
    A folder holding ``text/`` is read as PolNeAR's split. Texts without
    annotations are skipped.
    """
    for path in paths:
        if path.is_dir():
            folder = path / "text" if (path / "text").is_dir() else path
            texts = sorted(folder.rglob("*.txt"))
        elif path.suffix == ".ann":
            texts = [path.with_suffix(".txt")]
        else:
            texts = [path]
        for text_path in texts:
            ann = _annotation_for(text_path)
            if ann is not None:
                yield text_path, ann


def write_ann(spans: Iterable[tuple[str, int, int]], relations: Iterable[tuple[int | None, int | None, int]],
              text: str, notes: Mapping[int, str] | None = None) -> str:
    """Return ``.ann`` content for *spans* (label, start, end) over *text*.

    *relations* hold indexes into *spans*: (source or None, cue or None, content).
    Each relation becomes an ``Attribution`` anchor on its cue (or its content)
    and an ``E`` line, as in PolNeAR. Spans are written with single fragments;
    a line break inside a span splits it into fragments, as brat requires.
    *notes* maps span indexes to one-line ``AnnotatorNotes`` (``#`` lines).
    """
    lines: list[str] = []
    ids: list[str] = []
    counter = 0

    def add(label: str, start: int, end: int) -> str:
        nonlocal counter
        counter += 1
        fragments, position = [], start
        for piece in text[start:end].split("\n"):
            if piece.strip():
                lo = position + len(piece) - len(piece.lstrip())
                hi = position + len(piece.rstrip())
                fragments.append((lo, hi))
            position += len(piece) + 1
        if not fragments:
            fragments = [(start, end)]
        offsets = ";".join(f"{a} {b}" for a, b in fragments)
        covered = " ".join(text[a:b] for a, b in fragments)
        lines.append(f"T{counter}\t{label} {offsets}\t{covered}")
        return f"T{counter}"

    span_list = list(spans)
    for label, start, end in span_list:
        ids.append(add(label, start, end))
    for number, (source, cue, content) in enumerate(relations, start=1):
        anchor_span = span_list[cue if cue is not None else content]
        anchor = add("Attribution", anchor_span[1], anchor_span[2])
        args = [f"Attribution:{anchor}"]
        if source is not None:
            args.append(f"Source:{ids[source]}")
        if cue is not None:
            args.append(f"Cue:{ids[cue]}")
        args.append(f"Content:{ids[content]}")
        lines.append(f"E{number}\t" + " ".join(args))
    for number, (index, note) in enumerate(sorted((notes or {}).items()), start=1):
        lines.append(f"#{number}\tAnnotatorNotes {ids[index]}\t" + " ".join(note.split()))
    return "\n".join(lines) + ("\n" if lines else "")
