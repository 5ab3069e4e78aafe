"""Word lists kept as data: load a YAML file of ``data/lexicon/`` by name."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from graph.errors import InputError

_REPO_LEXICON = Path(__file__).resolve().parents[1] / "data" / "lexicon"


def lexicon_path(name: str) -> Path:
    """Return the path of the lexicon file ``name`` (without ``.yaml``).

    The packaged copy (``claimgraph.data``) is used when installed; a source
    checkout falls back to ``data/lexicon`` beside this package.
    """
    try:
        packaged = Path(str(resources.files("claimgraph.data").joinpath("lexicon", f"{name}.yaml")))
        if packaged.exists():
            return packaged
    except ModuleNotFoundError:
        pass
    return _REPO_LEXICON / f"{name}.yaml"


@cache
def load_lexicon(name: str) -> dict[str, Any]:
    """Return the mapping stored in ``data/lexicon/<name>.yaml``.

    Raises:
        InputError: no lexicon of that name, or it is not a YAML mapping.
    """
    path = lexicon_path(name)
    if not path.exists():
        raise InputError(path, f"unknown lexicon {name!r}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise InputError(path, f"invalid YAML: {e}") from e
    if not isinstance(data, dict):
        raise InputError(path, "expected a mapping at the top")
    return data


def word_set(name: str, key: str) -> frozenset[str]:
    """Return the word list ``key`` of ``data/lexicon/<name>.yaml`` as a set.

    Raises:
        InputError: the lexicon has no such list, or an entry is not a string
            (quote words YAML reads otherwise, such as ``"no"`` or ``"on"``).
    """
    words = load_lexicon(name).get(key)
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise InputError(lexicon_path(name), f"{key!r} is not a list of words")
    return frozenset(words)
