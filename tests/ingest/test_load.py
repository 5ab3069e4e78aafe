"""Which files a batch reads: folders are searched, notes and other YAML left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import InputError
from ingest.load import collect, extract_paths


def test_a_folder_gives_its_articles_and_curated_files_but_not_its_readme_or_other_yaml(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name, text in {
        "README.md": "# Notes on this corpus\n",
        "readme.txt": "notes\n",
        "b.txt": "text\n",
        "sub/a.md": "text\n",
        "sub/c.html": "<p>text</p>\n",
        "claims.yaml": "source: {text: x}\nclaims: []\n",
        "people.yaml": "people: []\n",
        "image.png": "x",
    }.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in collect([tmp_path])] == ["b.txt", "claims.yaml", "sub/a.md", "sub/c.html"]
    # Named on its own, a README is read like any article.
    assert collect([tmp_path / "README.md"]) == [tmp_path / "README.md"]


def test_a_folder_with_nothing_to_read_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# Notes\n", encoding="utf-8")
    with pytest.raises(InputError, match="no articles or curated claim files in this folder"):
        collect([tmp_path])


def test_a_txt_with_an_ann_beside_it_is_read_as_annotated_not_extracted(tmp_path: Path) -> None:
    from ingest.directory import Directory
    from ingest.load import read_paths

    text = "Rates will stay high, Mirela Dobos said on Monday, and nobody else spoke.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    # Only the annotated attribution counts: the extractor would have found this one too, but not with this span.
    (tmp_path / "a.ann").write_text(
        "T1\tContent 0 10\tRates will\nT2\tSource 22 34\tMirela Dobos\nE1\tAttribution:T1 Source:T2 Content:T1\n",
        encoding="utf-8")
    for given in (tmp_path / "a.txt", tmp_path / "a.ann", tmp_path):
        [extraction] = list(read_paths(collect([given]), directory=Directory()))
        assert [(c.text, c.speaker_id) for c in extraction.claims] == [("Rates will", "person:mirela-dobos")]  # type: ignore[union-attr]


def test_a_bad_date_in_one_file_fails_that_file_and_the_rest_of_the_batch_is_read(tmp_path: Path) -> None:
    body = "The minister said that the talks would resume in the spring and that the border would stay open.\n"
    (tmp_path / "a.md").write_text("---\npublished: 2023-02-28\n---\n" + body, encoding="utf-8")
    (tmp_path / "b.md").write_text("---\npublished: 2023-02-30\n---\n" + body, encoding="utf-8")
    (tmp_path / "c.md").write_text("---\npublished: 2023-03-01\n---\n" + body.replace("spring", "summer"), encoding="utf-8")
    extractions, errors = extract_paths([tmp_path])
    assert [Path(e.source.path or "").name for e in extractions] == ["a.md", "c.md"]
    assert [str(e) for e in errors] == [f"{tmp_path / 'b.md'}: published must be a date YYYY-MM-DD, not '2023-02-30'"]
