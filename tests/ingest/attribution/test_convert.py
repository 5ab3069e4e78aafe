"""Brat -> spaCy training docs: paragraphs, trimmed edges, fragments, overlaps."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from ingest.attribution.convert import convert, paragraphs, to_docs, trim
from ingest.brat import read_document

TEXT = (
    "The minister said on Friday that the talks would resume.\n"
    "\n"
    "The plan, she added, will work.\n"
    "Our reporter wrote that the mayor denied that the bridge was unsafe.\n"
)


def _at(phrase: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(phrase, after)
    return start, start + len(phrase)


def _line(ident: str, label: str, *fragments: tuple[int, int]) -> str:
    offsets = ";".join(f"{a} {b}" for a, b in fragments)
    return f"{ident}\t{label} {offsets}\t{' '.join(TEXT[a:b] for a, b in fragments)}\n"


@pytest.fixture
def document(tmp_path: Path):  # type: ignore[no-untyped-def]
    lines = [
        _line("T1", "Source", _at("The minister")),
        _line("T2", "Cue", _at("said")),
        # a trailing full stop and space, to be trimmed
        _line("T3", "Content", (_at("the talks")[0], _at("resume.")[1] + 1)),
        # a content split around its cue and source: two spans
        _line("T4", "Content", _at("The plan"), _at("will work.")),
        _line("T5", "Cue", _at("added")),
        _line("T6", "Source", _at("she")),
        # the outer content covers a nested attribution, whose cue is dropped
        _line("T7", "Content", _at("the mayor denied that the bridge was unsafe")),
        _line("T8", "Cue", _at("denied")),
        _line("T9", "Discuss", _at("reporter")),
        # fragments apart by punctuation only are joined
        _line("T10", "Source", _at("Our"), _at("reporter")),
    ]
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.ann").write_text("".join(lines), encoding="utf-8")
    return read_document(tmp_path / "a.txt", tmp_path / "a.ann")


def _ents(document) -> list[list[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    return [[(e.label_, e.text) for e in doc.ents] for doc in to_docs(spacy.blank("en"), document)]


def test_one_doc_per_paragraph_with_trimmed_spans(document) -> None:  # type: ignore[no-untyped-def]
    first, second, third = _ents(document)
    assert first == [("SOURCE", "The minister"), ("CUE", "said"), ("CONTENT", "the talks would resume")]
    assert second == [("CONTENT", "The plan"), ("SOURCE", "she"), ("CUE", "added"), ("CONTENT", "will work")]
    assert third == [("SOURCE", "Our reporter"), ("CONTENT", "the mayor denied that the bridge was unsafe")]


def test_paragraph_offsets_point_into_the_article(document) -> None:  # type: ignore[no-untyped-def]
    docs = list(to_docs(spacy.blank("en"), document))
    assert [d.user_data["offset"] for d in docs] == [a for a, _ in paragraphs(TEXT)]
    assert all(TEXT[d.user_data["offset"]:].startswith(d.text) for d in docs)


@pytest.mark.parametrize("text, expected", [
    ("  \u201cthe talks,\u201d ", "the talks"),
    ("(resume).", "resume"),
    ("...", ""),
    ("2%", "2%"),
])
def test_trim_drops_spaces_and_punctuation_at_the_edges(text: str, expected: str) -> None:
    start, end = trim(text, 0, len(text))
    assert text[start:end] == expected


def test_convert_writes_a_docbin_that_reads_back(document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    output = tmp_path / "out" / "train.spacy"
    nlp = spacy.blank("en")
    assert convert(nlp, [tmp_path], output) == 3
    docs = list(DocBin().from_disk(output).get_docs(nlp.vocab))
    assert [e.text for e in docs[0].ents] == ["The minister", "said", "the talks would resume"]


def test_conversion_is_deterministic(document) -> None:  # type: ignore[no-untyped-def]
    assert _ents(document) == _ents(document)
