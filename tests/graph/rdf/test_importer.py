"""graph/rdf/importer.py against the real store: export -> import-rdf into an
empty store -> export again gives the same graph, for every format; and the
named SPARQL queries answer like the Cypher ones on the same graph."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from graph.errors import InputError
from graph.model import Extraction
from graph.rdf import FORMATS, build_graph, export, parse
from graph.rdf.importer import import_rdf
from graph.rdf.sparql import load, run
from graph.rdf.terms import PROV
from graph.store import Store
from ingest.curated import read_curated
from tests.graph.rdf.test_export import same_dataset, second_source
from tests.graph.rdf.test_mapping import make_extraction

REPO = Path(__file__).resolve().parents[3]
WHEN = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
SUFFIX = {"turtle": "ttl", "jsonld": "jsonld", "nt": "nt", "trig": "trig", "nquads": "nq"}


def sample() -> list[Extraction]:
    """The shipped curated sources plus the made-up ones of the RDF tests."""
    curated = [read_curated(path) for path in sorted((REPO / "data" / "claims").glob("*.yaml"))]
    return [*curated, make_extraction(), second_source()]


@pytest.fixture(scope="module")
def records() -> list[Extraction]:
    return sample()


@pytest.fixture
def filled(store: Store, records: list[Extraction]) -> Store:
    for extraction in records:
        store.write(extraction)
    return store


def without_paths(extractions: list[Extraction]) -> list[Extraction]:
    # The local path of a source is not exported (it means nothing elsewhere).
    return [replace(e, source=replace(e.source, path=None)) for e in extractions]


def contents(extractions: list[Extraction]) -> dict[str, set[Any]]:
    """Every record of the extractions, as sets (the store attaches the directory to one source)."""
    return {
        "sources": {e.source for e in extractions},
        "claims": {c for e in extractions for c in e.claims},
        "people": {p for e in extractions for p in e.people},
        "organisations": {o for e in extractions for o in e.organisations},
        "entities": {x for e in extractions for x in e.entities},
    }


def sorted_aliases(extractions: list[Extraction]) -> list[Extraction]:
    # RDF keeps no order between aliases; imports sort them.
    def fix(records: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(replace(r, aliases=tuple(sorted(r.aliases))) for r in records)

    return [
        replace(e, people=fix(e.people), organisations=fix(e.organisations), entities=fix(e.entities))
        for e in extractions
    ]


@pytest.mark.parametrize("format", sorted(FORMATS))
def test_store_round_trip_loses_nothing(filled: Store, tmp_path: Path, format: str) -> None:
    before = filled.extractions()
    first = export(before, format, generated_at=WHEN) or b""
    path = tmp_path / f"claims.{SUFFIX[format]}"
    path.write_bytes(first)

    filled.clear()
    filled.ensure_schema()
    report = import_rdf(filled, path)
    assert len(report.sources) == len(before)
    assert report.claims == sum(len(e.claims) for e in before)

    after = filled.extractions()
    second = export(after, format, generated_at=WHEN) or b""
    assert same_dataset(parse(first, format), parse(second, format))
    # Record by record too: aliases, roles, affiliations, Wikidata ids, entity
    # kinds, cues, offsets, confidences and every prediction field.
    was, now = contents(sorted_aliases(without_paths(before))), contents(sorted_aliases(after))
    # An organisation named only as someone's affiliation is exported as a
    # node of its own, so it comes back as an organisation record.
    affiliations = {p.affiliation_id for p in was["people"] if p.affiliation_id} - {o.id for o in was["organisations"]}
    assert {o.id for o in now.pop("organisations") - was.pop("organisations")} == affiliations
    assert now == was


def test_importing_twice_changes_nothing(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "claims.trig"
    path.write_bytes(export(filled.extractions(), "trig", generated_at=WHEN) or b"")
    import_rdf(filled, path)
    counts = filled.counts()
    import_rdf(filled, path)
    assert filled.counts() == counts


def test_a_broken_file_writes_nothing(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "claims.nt"
    data = export([make_extraction()], "nt") or b""
    path.write_bytes(data + b"<https://x.example/a> <https://x.example/b> .\n")
    with pytest.raises(InputError, match=rf"^{path}: not valid nt: "):
        import_rdf(store, path)
    assert store.counts()["Source"] == 0


def test_an_unknown_suffix_asks_for_a_format(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "claims.rdf"
    path.write_text("")
    with pytest.raises(InputError, match=r"cannot tell the RDF format from the suffix '.rdf'; give --format"):
        import_rdf(store, path)


# ---- SPARQL and Cypher give the same answers ------------------------------------------


def cypher(store: Store, name: str, params: dict[str, str]) -> list[dict[str, Any]]:
    """Rows of the named Cypher query (graph/store/cypher.py resolves names like the CLI)."""
    cypher_module = pytest.importorskip("graph.store.cypher")
    _, result = cypher_module.run_named(store, name, params)
    return result.rows


def ids(rows: list[dict[str, Any]], column: str) -> list[str]:
    return [row[column] for row in rows]


@pytest.mark.parametrize("about", ["Kyiv", "Russia", "Belarus", "Moldova", "Ukraine"])
def test_who_predicted(filled: Store, about: str) -> None:
    g = build_graph(filled.extractions())
    _, rows = run(load("who_predicted"), g, {"about": about})
    expected = cypher(filled, "who_predicted", {"about": about})
    assert sorted(ids(rows, "prediction_id")) == sorted(ids(expected, "prediction_id"))
    assert rows, f"the fixture has predictions about {about}"
    # The store's own listing agrees too: predictions of claims about the entity.
    entity = {row["id"] for row in filled.entity_names() if row["name"] == about}
    claims = {c["id"] for c in filled.claims(entity_ids=sorted(entity))}
    made = {p["id"] for p in filled.predictions() if "claim:" + p["id"].removeprefix("pred:") in claims}
    assert set(ids(rows, "prediction_id")) == made


@pytest.mark.parametrize(
    "start, end", [("2023-01-01", "2023-03-31"), ("2023-06-01", "2023-12-31"), ("2024-01-01", "2024-12-31")]
)
def test_predictions_due(filled: Store, start: str, end: str) -> None:
    g = build_graph(filled.extractions())
    _, rows = run(load("predictions_due"), g, {"from": start, "to": end})
    expected = cypher(filled, "predictions_due", {"from": start, "to": end})
    assert ids(rows, "prediction_id") == ids(expected, "prediction_id")


@pytest.mark.parametrize("expert", ["Valerii Zaluzhnyi", "ISW", "Olena Kovalenko", "Baltic Defence Forum"])
def test_expert_claims(filled: Store, expert: str) -> None:
    g = build_graph(filled.extractions())
    _, rows = run(load("expert_claims"), g, {"expert": expert})
    expected = cypher(filled, "expert_claims", {"expert": expert})
    assert rows
    assert ids(rows, "claim_id") == ids(expected, "claim_id")
    assert ids(rows, "kind") == ids(expected, "kind")
    speaker = {row["id"] for row in filled.speaker_names() if expert in (row["name"], *row["aliases"])}
    assert set(ids(rows, "claim_id")) == {c["id"] for c in filled.claims(speaker_ids=sorted(speaker))}


def test_source_claims(filled: Store, records: list[Extraction]) -> None:
    g = build_graph(filled.extractions())
    for extraction in records:
        _, rows = run(load("source_claims"), g, {"source": extraction.source.id})
        expected = cypher(filled, "source_claims", {"source": extraction.source.id})
        keys = ("claim_id", "start", "end", "span", "speaker", "direct", "kind")
        assert [tuple(r[k] for k in keys) for r in rows] == [tuple(r[k] for k in keys) for r in expected]
        assert [(r["start"], r["end"], r["span"]) for r in rows] == [
            (c.start, c.end, c.text) for c in sorted(extraction.claims, key=lambda c: (c.start, c.end, c.id))
        ]


# ---- resolutions and provenance times survive the round trip --------------------------


def resolve_some(store: Store) -> None:
    """Resolve two predictions, one of them twice: a current and a superseded verdict."""
    from graph.track.resolutions import new_resolution, record

    first, second = sorted(row["id"] for row in store.predictions())[:2]
    record(store, [new_resolution(first, "yes", date(2023, 3, 1), ["https://example.org/evidence"],
                                  "the offensive began", "a reviewer", "review.yaml:3")])
    record(store, [new_resolution(first, "partly", date(2023, 3, 2), resolved_by="a reviewer", origin="command line")])
    record(store, [new_resolution(second, "no", date(2023, 4, 1), resolved_by="another reviewer")])


@pytest.mark.parametrize("format", sorted(FORMATS))
def test_resolutions_and_their_history_survive_export_and_import(filled: Store, tmp_path: Path, format: str) -> None:
    resolve_some(filled)
    history = filled.resolutions(with_superseded=True)
    assert len(history) == 3 and sum(r["superseded"] for r in history) == 1
    scorecard = filled.scorecard_rows()
    counts = filled.counts()
    path = tmp_path / f"claims.{SUFFIX[format]}"
    path.write_bytes(export(filled.extractions(), format) or b"")

    filled.clear()
    filled.ensure_schema()
    import_rdf(filled, path)
    assert filled.resolutions(with_superseded=True) == history
    assert filled.scorecard_rows() == scorecard
    assert filled.counts() == counts


@pytest.mark.parametrize("format", ["trig", "nquads"])
def test_provenance_times_are_when_the_claims_were_stored_so_a_round_trip_is_isomorphic(
    filled: Store, tmp_path: Path, format: str
) -> None:
    resolve_some(filled)
    stored = {e.source.id: e.source.extracted_at for e in filled.extractions()}
    assert all(stored.values())
    first = export(filled.extractions(), format) or b""
    ended = {t.toPython() for t in parse(first, format).objects(None, PROV.endedAtTime)}
    assert ended == {t.astimezone(UTC).replace(microsecond=0) for t in stored.values() if t}
    path = tmp_path / f"claims.{SUFFIX[format]}"
    path.write_bytes(first)

    filled.clear()
    filled.ensure_schema()
    import_rdf(filled, path)
    second = export(filled.extractions(), format) or b""
    assert same_dataset(parse(first, format), parse(second, format))


def test_generated_at_still_fixes_the_provenance_time(filled: Store) -> None:
    data = export(filled.extractions(), "trig", generated_at=WHEN) or b""
    assert {t.toPython() for t in parse(data, "trig").objects(None, PROV.generatedAtTime)} == {WHEN}


def test_an_export_with_resolutions_conforms_to_the_shapes(filled: Store) -> None:
    from graph.rdf import validate

    resolve_some(filled)
    report = validate(parse(export(filled.extractions(), "trig") or b"", "trig"))
    assert report.conforms, [v.line() for v in report.violations]


def test_an_unnamed_source_comes_back_unnamed(store: Store, tmp_path: Path) -> None:
    from tests.graph.store.test_database import with_unnamed_source

    before = [with_unnamed_source()]
    path = tmp_path / "claims.ttl"
    path.write_bytes(export(before, "turtle", generated_at=WHEN) or b"")
    import_rdf(store, path)
    people = {p.id: p for e in store.extractions() for p in e.people}
    assert {p.kind for p in people.values()} == {"person", "unnamed"}
    assert contents(sorted_aliases(store.extractions()))["people"] == contents(sorted_aliases(before))["people"]
