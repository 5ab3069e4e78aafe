"""Hand-written YAML (curated claims, resolutions, front matter): aliases are refused.

A few lines of nested aliases ("billion laughs") expand to gigabytes when
loaded. Nobody needs an alias in these files, so the loaders refuse them
with one line before anything is expanded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import InputError
from graph.track.resolutions import read_resolutions
from graph.yamlfile import load_located
from ingest.curated import read_curated
from ingest.load import collect
from ingest.read import read_source

#: Nine levels of nine aliases: 9**9 (387 million) strings once expanded.
LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{b}: &{b} [*{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}]\n"
    for a, b in zip("abcdefgh", "bcdefghi")
)


def test_an_alias_is_refused_with_its_line() -> None:
    with pytest.raises(InputError) as caught:
        load_located(LAUGHS, "laughs.yaml")
    assert "alias" in caught.value.message
    assert caught.value.line == 2


def test_a_curated_file_with_aliases_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text("source:\n  text: x\n" + LAUGHS + "claims: [*i]\n", encoding="utf-8")
    with pytest.raises(InputError, match="alias"):
        read_curated(path)


def test_a_folder_holding_a_curated_file_with_aliases_is_collected_without_expanding_it(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text("source:\n  text: x\n" + LAUGHS + "claims: [*i]\n", encoding="utf-8")
    assert collect([tmp_path]) == [path]  # read_curated then reports it


def test_a_resolutions_file_with_aliases_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "res.yaml"
    path.write_text(LAUGHS + "resolutions: [*i]\n", encoding="utf-8")
    with pytest.raises(InputError, match="alias"):
        read_resolutions(path)


def test_front_matter_with_aliases_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    body = "The minister said that the talks would resume in the spring and that the border would stay open.\n"
    path.write_text("---\n" + LAUGHS + "title: *i\n---\n" + body, encoding="utf-8")
    with pytest.raises(InputError, match="alias"):
        read_source(path)
