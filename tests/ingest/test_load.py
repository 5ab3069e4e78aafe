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


def test_a_bad_date_in_one_file_fails_that_file_and_the_rest_of_the_batch_is_read(tmp_path: Path) -> None:
    body = "The minister said that the talks would resume in the spring and that the border would stay open.\n"
    (tmp_path / "a.md").write_text("---\npublished: 2023-02-28\n---\n" + body, encoding="utf-8")
    (tmp_path / "b.md").write_text("---\npublished: 2023-02-30\n---\n" + body, encoding="utf-8")
    (tmp_path / "c.md").write_text("---\npublished: 2023-03-01\n---\n" + body.replace("spring", "summer"), encoding="utf-8")
    extractions, errors = extract_paths([tmp_path])
    assert [Path(e.source.path or "").name for e in extractions] == ["a.md", "c.md"]
    assert [str(e) for e in errors] == [f"{tmp_path / 'b.md'}: published must be a date YYYY-MM-DD, not '2023-02-30'"]
