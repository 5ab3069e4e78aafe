"""The test run stays quiet: pyproject.toml's filterwarnings make our warnings errors and mute rdflib's own."""

from __future__ import annotations

import pytest

from graph.rdf import export, new_dataset, parse
from tests.graph.rdf.test_mapping import make_extraction


def test_a_deprecated_call_from_our_code_fails_the_test() -> None:
    with pytest.raises(DeprecationWarning, match="default_context is deprecated"):
        new_dataset().default_context  # noqa: B018  rdflib warns, attributed to this module


def test_rdflib_calling_its_own_deprecated_api_is_muted() -> None:
    # rdflib 7.6's N-Quads parser uses Dataset.default_context itself.
    data = export([make_extraction()], "nquads")
    assert data is not None and len(parse(data, "nquads")) > 0
