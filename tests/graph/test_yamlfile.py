"""Hand-written YAML (curated claims, resolutions, front matter): aliases are bounded.

A few lines of nested aliases ("billion laughs") expand to gigabytes when
loaded. An alias may repeat a block (resolutions files name a source once),
but a document whose aliases expand too far is refused with one line before
anything is built.
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


def test_aliases_that_expand_too_far_are_refused() -> None:
    with pytest.raises(InputError) as caught:
        load_located(LAUGHS, "laughs.yaml")
    assert caught.value.message == "invalid YAML: aliases (*name) expand to more than 10,000 nodes"


def test_an_alias_that_refers_to_itself_is_refused() -> None:
    with pytest.raises(InputError, match="refers to itself"):
        load_located("a: &a [x, *a]\n", "loop.yaml")


def test_a_few_aliases_are_read() -> None:
    located = load_located("seed: &seed {url: x}\nitems:\n  - source: *seed\n  - source: *seed\n", "ok.yaml")
    assert located.data["items"] == [{"source": {"url": "x"}}, {"source": {"url": "x"}}]
    assert located.lines[("items", 1)] == 4


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
