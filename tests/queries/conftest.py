"""Fixtures for the query tests: Neo4j's linter over every Cypher text we ship,
and a small graph with known answers."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import queries
from graph.model import (
    Claim,
    Entity,
    Extraction,
    Organisation,
    Person,
    Prediction,
    Source,
    claim_id,
    entity_id,
    organisation_id,
    person_id,
    prediction_id,
    source_id,
)
from graph.store import Store, cypher

REPO = Path(__file__).resolve().parents[2]
LINT_DIR = REPO / "tools" / "cypher-lint"
#: Where Cypher may stand inside code or docs, besides queries/*.cypher.
CODE_DIRS = ("claimgraph", "graph", "ingest", "queries", "bench", "tests")
_CLAUSE = re.compile(r"^\s*(?:MATCH|OPTIONAL MATCH|MERGE|CREATE|UNWIND|RETURN|WITH|CALL|SHOW|DROP)[ \n(]")
_QUOTED = re.compile(r"""'((?:MATCH|MERGE|UNWIND|CREATE|RETURN) [^']+)'""")
_CLI_EXAMPLE = re.compile(r'claimgraph cypher (?:--write )?"([^"]+)"')
#: A sample value per parameter type, so the linter knows each $parameter.
SAMPLES: dict[str, Any] = {
    "string": "text", "integer": 1, "float": 0.5, "boolean": True, "date": "2023-01-01",
    "entity": ["entity:kyiv"], "expert": ["person:x"],
}


@dataclass(frozen=True)
class CypherText:
    """One Cypher text to lint: where it comes from and its parameters."""

    name: str
    text: str
    parameters: dict[str, Any]


def _used_parameters(text: str) -> dict[str, Any]:
    body = re.sub(r"//[^\n]*|'[^']*'|\"[^\"]*\"", " ", text)
    return {name: "value" for name in re.findall(r"\$(\w+)", body)}


def shipped_files() -> list[CypherText]:
    """Every queries/*.cypher file; named ones with the parameters their header declares."""
    found = []
    for name in queries.names():
        text = queries.load(name)
        query = cypher.parse_header(name, text)
        params = (
            {p.name: SAMPLES[p.type] for p in query.params} if query.named else _used_parameters(text)
        )
        found.append(CypherText(f"queries/{name}.cypher", text, params))
    return found


def code_strings() -> list[CypherText]:
    """Every Cypher string in the Python code and the README (statements and `claimgraph cypher` examples)."""
    found: dict[str, CypherText] = {}
    paths = [p for d in CODE_DIRS for p in sorted((REPO / d).rglob("*.py"))]
    for path in paths:
        if path.name == "test_lint.py":
            continue  # holds Cypher that is wrong on purpose
        source = path.read_text(encoding="utf-8")
        where = path.relative_to(REPO)
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                value = node.value
                texts = [value] if _CLAUSE.match(value) else _QUOTED.findall(value)
                texts += _CLI_EXAMPLE.findall(value)
                for text in texts:
                    found.setdefault(text, CypherText(f"{where}:{node.lineno}", text, _used_parameters(text)))
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for text in (t.replace("\\$", "$") for t in _CLI_EXAMPLE.findall(readme)):  # shell-escaped $
        found.setdefault(text, CypherText("README.md", text, _used_parameters(text)))
    return list(found.values())


def _ensure_node_modules() -> None:
    if (LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        return
    npm = shutil.which("npm")
    if npm is None:
        pytest.fail("npm is not installed: it is needed to lint Cypher with Neo4j's language support")
    # A fresh checkout: install the pinned linter once (package-lock.json).
    subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=LINT_DIR, check=True, timeout=600)


def lint(texts: list[CypherText]) -> dict[str, list[dict[str, Any]]]:
    """Return the linter's diagnostics for each text, by name."""
    _ensure_node_modules()
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed: it is needed to lint Cypher with Neo4j's language support")
    payload = {
        "schema": cypher.lint_schema(),
        "queries": [{"name": t.name, "text": t.text, "parameters": t.parameters} for t in texts],
    }
    done = subprocess.run(
        [node, str(LINT_DIR / "lint.mjs")], input=json.dumps(payload), capture_output=True,
        text=True, check=True, timeout=300,
    )
    return {row["name"]: row["diagnostics"] for row in json.loads(done.stdout)}


@pytest.fixture(scope="session")
def lint_results() -> dict[str, list[dict[str, Any]]]:
    """The linter's diagnostics for every shipped file and Cypher string, linted in one node run."""
    return lint(shipped_files() + code_strings())


# -- a small graph with known answers -----------------------------------------------

ARTICLE_A = (
    "Kyiv, 16 December. General Valerii Zaluzhnyi said Russia could launch a new offensive on Kyiv in February. "
    "The Institute for the Study of War assessed that a ground attack from Belarus is unlikely this winter."
)
ARTICLE_B = (
    "Minsk, 20 December. Kyrylo Budanov said there will be no offensive on Kyiv from Belarus this winter. "
    "Analyst Yevhen Magda expects Russia to strike Moldova in the coming months."
)


def _claim(sid: str, text: str, span: str, speaker: str, cue: str, about: tuple[str, ...],
           prediction: dict[str, Any] | None = None) -> Claim:
    start = text.index(span)
    cid = claim_id(sid, start, start + len(span), span)
    pred = None
    if prediction is not None:
        pred = Prediction(prediction_id(cid), cid, **prediction)
    return Claim(cid, sid, speaker, span, start, start + len(span), False, cue, about=about,
                 predictions=(pred,) if pred else ())


@dataclass(frozen=True)
class Fixture:
    """The fixture graph's records, for building expected rows."""

    a: Extraction
    b: Extraction


def fixture_extractions() -> Fixture:
    """Two sources, four speakers, three entities, four predictions (one negated)."""
    zal = Person(person_id("Valerii Zaluzhnyi"), "Valerii Zaluzhnyi", ("Zaluzhny", "Valery Zaluzhny"),
                 role="Commander-in-Chief", affiliation="Armed Forces of Ukraine")
    bud = Person(person_id("Kyrylo Budanov"), "Kyrylo Budanov", ("Budanov",))
    mag = Person(person_id("Yevhen Magda"), "Yevhen Magda")
    afu = Organisation(organisation_id("Armed Forces of Ukraine"), "Armed Forces of Ukraine")
    isw = Organisation(organisation_id("Institute for the Study of War"), "Institute for the Study of War", ("ISW",))
    kyiv = Entity(entity_id("Kyiv"), "Kyiv", "place", ("Kiev",))
    belarus = Entity(entity_id("Belarus"), "Belarus", "country")
    moldova = Entity(entity_id("Moldova"), "Moldova", "country")
    sa = source_id("https://example.org/a", ARTICLE_A)
    sb = source_id("https://example.org/b", ARTICLE_B)
    a = Extraction(
        Source(sa, ARTICLE_A, "Zaluzhnyi expects an offensive", "https://example.org/a", "Example", date(2022, 12, 16)),
        (
            _claim(sa, ARTICLE_A, "Russia could launch a new offensive on Kyiv in February", zal.id, "said",
                   (kyiv.id,), {"event": "Russia attacks Kyiv", "horizon": "in February",
                                "window_start": date(2023, 2, 1), "window_end": date(2023, 2, 28),
                                "probability": 0.4, "probability_words": "could"}),
            _claim(sa, ARTICLE_A, "a ground attack from Belarus is unlikely this winter", isw.id, "assessed",
                   (belarus.id,), {"event": "Russia attacks from Belarus", "horizon": "this winter",
                                   "window_start": date(2022, 12, 16), "window_end": date(2023, 2, 28),
                                   "probability": 0.2, "probability_words": "unlikely"}),
        ),
        people=(zal,), organisations=(afu, isw), entities=(kyiv, belarus),
    )
    b = Extraction(
        Source(sb, ARTICLE_B, "Budanov rules out an attack", "https://example.org/b", "Example", date(2022, 12, 20)),
        (
            _claim(sb, ARTICLE_B, "there will be no offensive on Kyiv from Belarus this winter", bud.id, "said",
                   (kyiv.id, belarus.id), {"event": "Russia attacks Kyiv", "horizon": "this winter",
                                           "window_start": date(2022, 12, 20), "window_end": date(2023, 2, 28),
                                           "negated": True}),
            _claim(sb, ARTICLE_B, "Russia to strike Moldova in the coming months", mag.id, "expects",
                   (moldova.id,), {"event": "Russia strikes Moldova", "horizon": "in the coming months",
                                   "window_start": date(2022, 12, 20), "window_end": date(2023, 3, 20)}),
        ),
        people=(bud, mag), entities=(kyiv, belarus, moldova),
    )
    return Fixture(a, b)


@pytest.fixture
def graph(store: Store) -> Fixture:
    """The test database holding the fixture graph."""
    fixture = fixture_extractions()
    store.write(fixture.a)
    store.write(fixture.b)
    return fixture
