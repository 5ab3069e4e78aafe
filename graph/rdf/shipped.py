"""The files shipped beside this package: the cg: ontology, the SHACL shapes, the JSON-LD context."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from rdflib import Graph

from graph.errors import RdfError
from graph.rdf.terms import CONTEXT_FILE, ONTOLOGY_FILE, SHAPES_FILE, new_graph

# ---- shipped files -------------------------------------------------------------


def _shipped(name: str) -> str:
    try:
        return resources.files("graph.rdf").joinpath(name).read_text("utf-8")
    except OSError as e:
        raise RdfError(f"{name}: cannot be read: {e}") from e


def _shipped_graph(name: str) -> Graph:
    g = new_graph()
    try:
        g.parse(data=_shipped(name), format="turtle")
    except Exception as e:  # rdflib raises several unrelated parser errors
        raise RdfError(f"{name}: cannot be read: {e}") from e
    return g


def ontology() -> Graph:
    """Return the ``cg:`` ontology parsed from ``graph/rdf/ontology.ttl``.

    Raises ``RdfError`` if the shipped file is missing or malformed.
    """
    return _shipped_graph(ONTOLOGY_FILE)


def shapes() -> Graph:
    """Return the SHACL shapes parsed from ``graph/rdf/shapes.ttl``.

    Raises ``RdfError`` if the shipped file is missing or malformed.
    """
    return _shipped_graph(SHAPES_FILE)


def context() -> dict[str, Any]:
    """Return the JSON-LD context document ``graph/rdf/context.jsonld`` ({"@context": ...}).

    Raises ``RdfError`` if the shipped file is missing or not JSON.
    """
    try:
        data = json.loads(_shipped(CONTEXT_FILE))
    except json.JSONDecodeError as e:
        raise RdfError(f"{CONTEXT_FILE}: not JSON: {e}") from e
    if not isinstance(data, dict) or not isinstance(data.get("@context"), dict):
        raise RdfError(f"{CONTEXT_FILE}: expected an object with an @context object")
    return data


