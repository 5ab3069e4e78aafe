"""Claims to brat and back (ingest/brat_claims.py): export, correction in the tool, ingest."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from graph.errors import InputError
from graph.model import Extraction, Source, source_id
from ingest.brat import read_document
from ingest.brat_claims import read_brat, to_brat, write_brat
from ingest.directory import Directory
from ingest.extract import extract
from ingest.read import read_source

# Made-up people and words, written for these tests.
ARTICLE = (
    "---\ntitle: Rates\npublished: 2024-03-05\n---\n"
    "Mirela Dobos, an economist at Halden Bank, spoke in Oslo on Monday. \"Wage growth is slowing,\" Dobos said. "
    "She added that inflation will fall to 2% next year.\n\n"
    "The central bank governor Olaf Brenner said that the bank would not cut rates before the summer.\n"
)


@pytest.fixture(scope="module")
def extraction(nlp: Language) -> Extraction:
    source = Source(source_id(None, ARTICLE), ARTICLE, published=date(2024, 3, 5), path="rates.txt")
    return extract(source, Directory(), nlp)


def exported(tmp_path: Path, extraction: Extraction) -> tuple[Path, Path]:
    write_brat([extraction], tmp_path)
    return tmp_path / "rates.txt", tmp_path / "rates.ann"


def speakers(result: Extraction) -> list[tuple[str, str]]:
    names = {r.id: r.name for r in result.speakers}
    return [(names[c.speaker_id], c.text) for c in result.claims]


def test_export_writes_the_text_as_indexed_and_spans_that_read_back(tmp_path: Path, extraction: Extraction) -> None:
    txt, ann = exported(tmp_path, extraction)
    assert txt.read_text(encoding="utf-8") == ARTICLE  # front matter included: the offsets index it
    assert (tmp_path / "annotation.conf").exists() and (tmp_path / "visual.conf").exists()
    document = read_document(txt, ann)
    back = {(r.content.start, r.content.end): r for r in document.attributions if r.content}
    assert len(back) == len(extraction.claims) == 3
    for claim in extraction.claims:
        relation = back[(claim.start, claim.end)]
        assert relation.cue is not None and (relation.cue.start, relation.cue.end) == (claim.cue_start, claim.cue_end)
        assert relation.source is not None and relation.source.text == claim.mention
    ids = [line.split("\t")[0] for line in ann.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == len(set(ids))  # brat needs unique ids


def test_a_span_over_a_line_break_is_written_in_fragments(tmp_path: Path) -> None:
    text = "Mirela Dobos said that wages\nwill rise.\n"
    source = Source(source_id(None, text), text, path="x.txt")
    from graph.model import Claim, claim_id

    said = "wages\nwill rise"
    start = text.index(said)
    claim = Claim(claim_id(source.id, start, start + len(said), said), source.id, "person:mirela-dobos", said,
                  start, start + len(said), False, "said", cue_start=13, cue_end=17)
    _, ann = to_brat(Extraction(source, (claim,)))
    assert f"Content {start} {start + 5};{start + 6} {start + len(said)}\twages will rise" in ann


def test_the_relay_of_a_claim_survives_the_annotation_tool(tmp_path: Path, nlp: Language) -> None:
    text = "The port will reopen in May, Tomas Berg said in a comment to Radio Nord.\n"
    source = Source(source_id(None, text), text, published=date(2024, 3, 5), path="port.txt")
    extraction = extract(source, Directory(), nlp)
    assert [c.via for c in extraction.claims] == ["Radio Nord"]
    write_brat([extraction], tmp_path)
    result = read_brat(tmp_path / "port.txt", tmp_path / "port.ann", read_source(tmp_path / "port.txt"), Directory())
    assert [(c.via, c.via_start, c.via_end) for c in result.claims] == [(c.via, c.via_start, c.via_end) for c in extraction.claims]


def test_unedited_export_ingests_the_same_attributions(tmp_path: Path, extraction: Extraction) -> None:
    txt, ann = exported(tmp_path, extraction)
    result = read_brat(txt, ann, read_source(txt), Directory())
    assert speakers(result) == speakers(extraction)
    assert [(c.start, c.end, c.direct, c.cue_start, c.mention_start, c.antecedent_start) for c in result.claims] == [
        (c.start, c.end, c.direct, c.cue_start, c.mention_start, c.antecedent_start) for c in extraction.claims
    ]
    assert result.source.id == extraction.source.id
    person = next(p for p in result.people if p.name == "Mirela Dobos")
    assert (person.role, person.affiliation) == ("economist", "Halden Bank")
    assert read_brat(txt, ann, read_source(txt), Directory()) == result  # reading again changes nothing


def edit(ann: Path, old: str, new: str | None) -> None:
    """Replace the line starting with ``old`` (delete it when ``new`` is None), as a researcher in brat would."""
    lines = ann.read_text(encoding="utf-8").splitlines()
    hits = [i for i, line in enumerate(lines) if line.startswith(old)]
    assert len(hits) == 1, (old, lines)
    if new is None:
        del lines[hits[0]]
    else:
        lines[hits[0]] = new
    ann.write_text("\n".join(lines) + "\n", encoding="utf-8")


def relation_of(ann: Path, content: str) -> tuple[str, str]:
    """Return (event id, Source span id) of the event whose Content covers ``content``."""
    lines = ann.read_text(encoding="utf-8").splitlines()
    span = next(line.split("\t")[0] for line in lines if line.startswith("T") and line.endswith("\t" + content))
    event = next(line for line in lines if line.startswith("E") and f"Content:{span}" in line)
    source = next(arg.split(":")[1] for arg in event.split("\t")[1].split() if arg.startswith("Source:"))
    return event.split("\t")[0], source


def test_corrections_in_the_tool_are_what_gets_stored(tmp_path: Path, extraction: Extraction) -> None:
    txt, ann = exported(tmp_path, extraction)
    # The researcher deletes one attribution ...
    event, _ = relation_of(ann, "the bank would not cut rates before the summer")
    edit(ann, event + "\t", None)
    # ... and moves the Source of "inflation will fall" from "She" to "Olaf Brenner".
    _, span = relation_of(ann, "inflation will fall to 2% next year")
    at = ARTICLE.index("Olaf Brenner")
    edit(ann, span + "\t", f"{span}\tSource {at} {at + len('Olaf Brenner')}\tOlaf Brenner")
    result = read_brat(txt, ann, read_source(txt), Directory())
    assert speakers(result) == [("Mirela Dobos", "Wage growth is slowing"),
                                ("Olaf Brenner", "inflation will fall to 2% next year")]
    moved = result.claims[1]
    assert (moved.mention, moved.mention_start, moved.antecedent) == ("Olaf Brenner", at, None)


@pytest.mark.parametrize(
    "words, name, kind",
    [
        ("Olaf Brenner", "Olaf Brenner", "person"),
        ("the Halden Institute", "Halden Institute", "organisation"),
        ("analysts", "analysts", "unnamed"),
        ("a source familiar with the plans", "a source familiar with the plans", "unnamed"),
    ],
)
def test_a_source_span_without_a_note_is_resolved_from_its_words(tmp_path: Path, words: str, name: str, kind: str) -> None:
    text = f"{words[0].upper()}{words[1:]} said that rates will stay high.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    cue = text.index(" said") + 1
    content = text.index("rates")
    (tmp_path / "a.ann").write_text(
        f"T1\tSource 0 {len(words)}\t{text[:len(words)]}\nT2\tCue {cue} {cue + 4}\tsaid\n"
        f"T3\tContent {content} {len(text) - 2}\trates will stay high\nT4\tAttribution {cue} {cue + 4}\tsaid\n"
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n", encoding="utf-8")
    result = read_brat(tmp_path / "a.txt", tmp_path / "a.ann", read_source(tmp_path / "a.txt"), Directory())
    (speaker,) = result.speakers
    assert speaker.name.lower() == name.lower() and speaker.kind == kind
    assert result.claims[0].cue == "said" and not result.claims[0].direct


def test_without_a_source_the_speaker_is_unnamed_and_quoted_content_is_direct(tmp_path: Path) -> None:
    text = 'Later came a warning: "Rates will stay high," it was said.\n'
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    start = text.index("Rates")
    (tmp_path / "a.ann").write_text(f"T1\tContent {start} {start + 20}\tRates will stay high\nE1\tAttribution:T1 Content:T1\n",
                                    encoding="utf-8")
    result = read_brat(tmp_path / "a.txt", tmp_path / "a.ann", read_source(tmp_path / "a.txt"), Directory())
    (claim,) = result.claims
    assert claim.direct and claim.speaker_id.startswith("unnamed:")


@pytest.mark.parametrize(
    "ann, problem, line",
    [
        ("T1\tContent 0 999\tx\n", "outside the text", 1),
        ("T1\tCue 0 4\tRate\nE1\tAttribution:T1 Cue:T1\n", "needs a Content span", 2),
        ("T1\tContent 0 5\tWages\n", "are not the text at its offsets", 1),
        ("T1\tContent 0 5\tRates\nE1\tAttribution:T1 Content:T1\nE2\tAttribution:T1 Content:T1\n", "second attribution", 3),
        ("T1\tContent 0 5\tRates\nE1\tAttribution:T1 Content:T1\n#1\tAnnotatorNotes T1\tclaimgraph speaker {oops\n",
         "must be JSON", 3),
    ],
)
def test_a_bad_ann_names_file_and_line(tmp_path: Path, ann: str, problem: str, line: int) -> None:
    (tmp_path / "a.txt").write_text("Rates will stay high, she said.\n", encoding="utf-8")
    (tmp_path / "a.ann").write_text(ann, encoding="utf-8")
    with pytest.raises(InputError, match=problem) as info:
        read_brat(tmp_path / "a.txt", tmp_path / "a.ann", read_source(tmp_path / "a.txt"), Directory())
    assert str(info.value).startswith(f"{tmp_path / 'a.ann'}:{line}:")
