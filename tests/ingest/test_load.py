"""Which files a batch reads: folders are searched, notes and other YAML left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import InputError
from ingest.load import collect


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
