"""Brat standoff read and written back: spans, fragments, relations, PolNeAR's folder layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import InputError
from ingest.brat import find_documents, parse_ann, read_document, write_ann

TEXT = "The minister said on Friday that the talks would resume.\n\"We are ready,\" she added.\n"
ANN = (
    "T1\tSource 4 12\tminister\n"
    "T2\tCue 13 17\tsaid\n"
    "T3\tContent 33 55\tthe talks would resume\n"
    "T4\tAttribution 13 17\tsaid\n"
    "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
    "#1\tAnnotatorNotes T3\tchecked\n"
    "T5\tContent 57 70\t\"We are ready\n"
    "T6\tCue 73 78\tadded\n"
    "T7\tAttribution 73 78\tadded\n"
    "E2\tAttribution:T7 Cue:T6 Content:T5\n"
)


def test_spans_and_relations_are_read() -> None:
    spans, relations = parse_ann(ANN, TEXT, Path("x.ann"))
    assert [s.label for s in spans][:3] == ["Source", "Cue", "Content"]
    first, second = relations
    assert (first.source.text, first.cue.text, first.content.text) == ("minister", "said", "the talks would resume")
    assert TEXT[first.content.start:first.content.end] == "the talks would resume"
    assert second.source is None and second.cue.text == "added"


def test_fragments() -> None:
    spans, _ = parse_ann("T1\tContent 0 3;13 17\tThe said\n", TEXT, Path("x.ann"))
    assert spans[0].fragments == ((0, 3), (13, 17)) and (spans[0].start, spans[0].end) == (0, 17)


def test_a_covered_text_over_a_line_break_continues_its_span() -> None:
    ann = "T1\tContent 33 70\tthe talks would resume.\nThe rest\nT2\tCue 13 17\tsaid\n"
    spans, _ = parse_ann(ann, TEXT, Path("x.ann"))
    assert [(s.id, s.label) for s in spans] == [("T1", "Content"), ("T2", "Cue")]


@pytest.mark.parametrize("ann, problem", [
    ("T1\tContent 0 999\tx\n", "outside the text"),
    ("T1\tContent zero 3\tx\n", "not a brat text-bound annotation"),
    ("E1\tAttribution:T9 Content:T8\n", "not a span of this file"),
])
def test_bad_lines_name_file_and_line(ann: str, problem: str) -> None:
    with pytest.raises(InputError, match=problem) as info:
        parse_ann(ann, TEXT, Path("bad.ann"))
    assert str(info.value).startswith("bad.ann:1:")


def test_written_annotations_read_back_to_the_same_spans(tmp_path: Path) -> None:
    spans = [("Source", 4, 12), ("Cue", 13, 17), ("Content", 33, 55), ("Content", 57, 70), ("Cue", 73, 78)]
    ann = write_ann(spans, [(0, 1, 2), (None, 4, 3)], TEXT)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.ann").write_text(ann, encoding="utf-8")
    doc = read_document(tmp_path / "a.txt", tmp_path / "a.ann")
    back = [(r.source and (r.source.start, r.source.end), (r.cue.start, r.cue.end), (r.content.start, r.content.end))
            for r in doc.attributions]
    assert back == [((4, 12), (13, 17), (33, 55)), (None, (73, 78), (57, 70))]


def test_a_span_over_a_line_break_becomes_fragments() -> None:
    ann = write_ann([("Content", 33, 70)], [(None, None, 0)], TEXT)
    spans, _ = parse_ann(ann, TEXT, Path("x.ann"))
    assert spans[0].fragments == ((33, 56), (57, 70))


def test_polnear_layout_pairs_the_first_annotator(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "story.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "text" / "unannotated.txt").write_text(TEXT, encoding="utf-8")
    for annotator in ("b2", "a1"):
        (tmp_path / "attributions" / f"story_{annotator}.ann").write_text(ANN, encoding="utf-8")
    assert list(find_documents([tmp_path])) == [
        (tmp_path / "text" / "story.txt", tmp_path / "attributions" / "story_a1.ann")]


def test_notes_are_written_on_their_span_and_read_back(tmp_path: Path) -> None:
    spans = [("Source", 4, 12), ("Cue", 13, 17), ("Content", 33, 55)]
    ann = write_ann(spans, [(0, 1, 2)], TEXT, {0: "speaker: the minister\n(checked)"})
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.ann").write_text(ann, encoding="utf-8")
    doc = read_document(tmp_path / "a.txt", tmp_path / "a.ann")
    (target, note, line), = doc.notes
    assert (target, note) == (doc.attributions[0].source.id, "speaker: the minister (checked)")  # one line
    assert ann.splitlines()[line - 1].startswith("#1\tAnnotatorNotes T1\t")
    assert doc.attributions[0].line == ann.splitlines().index("E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3") + 1
