"""The named queries on the embedded server (or Neo4j): each on the fixture
graph, with its expected rows; parameters typed and names resolved first."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from graph.errors import NotFound, UnknownQuery
from graph.store import Store, cypher

from .conftest import Fixture

#: Each named query: its text parameters, the columns compared, the rows expected.
EXPECTED: dict[str, tuple[dict[str, str], list[str], list[tuple[Any, ...]]]] = {
    "who_predicted": (
        {"about": "Kiev"},
        ["speaker", "event", "negated"],
        [("Kyrylo Budanov", "Russia attacks Kyiv", True), ("Valerii Zaluzhnyi", "Russia attacks Kyiv", False)],
    ),
    "predictions_due": (
        {"from": "2023-03-01", "to": "2023-03-31"},
        ["speaker", "event", "window_end"],
        [("Yevhen Magda", "Russia strikes Moldova", date(2023, 3, 20))],
    ),
    "open_predictions": (
        {"as_of": "2023-03-10"},
        ["speaker", "overdue", "days_overdue"],
        [
            ("Institute for the Study of War", True, 10),
            ("Kyrylo Budanov", True, 10),
            ("Valerii Zaluzhnyi", True, 10),
            ("Yevhen Magda", False, 0),
        ],
    ),
    "expert_claims": (
        {"expert": "Zaluzhny"},
        ["speaker", "event", "about", "published"],
        [("Valerii Zaluzhnyi", "Russia attacks Kyiv", ["Kyiv"], date(2022, 12, 16))],
    ),
    "shared_entities": (
        {},
        ["entity", "experts", "claims"],
        [("Belarus", 2, 2), ("Kyiv", 2, 2)],
    ),
    "opposing_predictions": (
        {"about": "Kyiv"},
        ["entity", "says_yes", "says_no"],
        [("Kyiv", "Valerii Zaluzhnyi", "Kyrylo Budanov")],
    ),
    "source_claims": (
        {"source": "<source a>"},
        ["span", "speaker"],
        [
            ("Russia could launch a new offensive on Kyiv in February", "Valerii Zaluzhnyi"),
            ("a ground attack from Belarus is unlikely this winter", "Institute for the Study of War"),
        ],
    ),
    "expert_ranking": (
        {},
        ["expert", "predictions", "resolved", "accuracy"],
        [
            ("Institute for the Study of War", 1, 0, None),
            ("Kyrylo Budanov", 1, 0, None),
            ("Valerii Zaluzhnyi", 1, 0, None),
            ("Yevhen Magda", 1, 0, None),
        ],
    ),
    "claim_provenance": (
        {"claim": "<claim a0>"},
        ["speaker", "span", "before", "source_title", "published"],
        [(
            "Valerii Zaluzhnyi",
            "Russia could launch a new offensive on Kyiv in February",
            "Kyiv, 16 December. General Valerii Zaluzhnyi said ",
            "Zaluzhnyi expects an offensive",
            date(2022, 12, 16),
        )],
    ),
}


def _params(raw: dict[str, str], graph: Fixture) -> dict[str, str]:
    ids = {"<source a>": graph.a.source.id, "<claim a0>": graph.a.claims[0].id}
    return {k: ids.get(v, v) for k, v in raw.items()}


def test_every_named_query_has_an_expectation() -> None:
    assert sorted(q.name for q in cypher.named_queries()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_named_query_returns_the_expected_rows(name: str, store: Store, graph: Fixture) -> None:
    raw, columns, expected = EXPECTED[name]
    query, result = cypher.run_named(store, name.replace("_", "-"), _params(raw, graph))
    assert result.columns == list(query.columns)
    assert [tuple(row[c] for c in columns) for row in result.rows] == expected


def test_ranking_scores_current_resolutions_and_negation(store: Store, graph: Fixture) -> None:
    zal, isw = graph.a.claims[0].prediction, graph.a.claims[1].prediction
    bud = graph.b.claims[0].prediction
    assert zal and isw and bud
    resolutions = [
        {"id": "res:1", "prediction_id": zal.id, "outcome": "yes", "superseded": True},  # an earlier verdict
        {"id": "res:2", "prediction_id": zal.id, "outcome": "no", "superseded": False},
        {"id": "res:3", "prediction_id": bud.id, "outcome": "no", "superseded": False},  # negated: right
        {"id": "res:4", "prediction_id": isw.id, "outcome": "ambiguous", "superseded": False},
    ]
    cypher.run_cypher(
        store,
        # What `claimgraph resolve` writes: the resolution, and the prediction's status.
        "UNWIND $rows AS row MATCH (p:Prediction {id: row.prediction_id}) "
        "CREATE (p)-[:RESOLVED_AS]->(:Resolution {id: row.id, outcome: row.outcome, superseded: row.superseded}) "
        "SET p.status = 'resolved'",
        {"rows": resolutions},
        write=True,
    )
    _, result = cypher.run_named(store, "expert-ranking", {})
    ranked = {row["expert"]: (row["resolved"], row["correct"], row["accuracy"]) for row in result.rows}
    assert ranked == {
        "Kyrylo Budanov": (1, 1.0, 1.0),
        "Valerii Zaluzhnyi": (1, 0.0, 0.0),
        "Institute for the Study of War": (0, 0.0, None),
        "Yevhen Magda": (0, 0.0, None),
    }
    # Any current resolution, even 'ambiguous', closes a prediction.
    _, open_ = cypher.run_named(store, "open-predictions", {"as_of": "2023-01-01"})
    assert {row["speaker"] for row in open_.rows} == {"Yevhen Magda"}


def test_unknown_query_names_the_known_ones() -> None:
    with pytest.raises(UnknownQuery, match=r"^who-guessed: no such query \(known: claim-provenance, "):
        cypher.named_query("who-guessed")


def test_names_are_resolved_to_ids_before_the_query_runs(store: Store, graph: Fixture) -> None:
    with pytest.raises(NotFound, match=r"^-p about=Atlantis: no entity of that name$"):
        cypher.run_named(store, "who-predicted", {"about": "Atlantis"})


@pytest.mark.parametrize(
    "raw, message",
    [
        ({}, "predictions-due: missing parameter from (date): -p from=DATE"),
        ({"from": "2023-01-01"}, "predictions-due: missing parameter to (date): -p to=DATE"),
        ({"from": "2023-13-01", "to": "2023-03-31"}, "-p from=2023-13-01: not a date (YYYY-MM-DD)"),
        ({"from": "2023-01-01", "to": "2023-03-31", "by": "x"}, "predictions-due: unknown parameter by (parameters: from, to)"),
    ],
)
def test_parameters_are_checked_before_the_query_runs(raw: dict[str, str], message: str) -> None:
    query = cypher.named_query("predictions-due")
    with pytest.raises(cypher.ParameterError) as error:
        cypher.typed_params(query, raw)
    assert str(error.value) == message


def test_parameters_are_typed() -> None:
    query = cypher.named_query("predictions-due")
    assert cypher.typed_params(query, {"from": "2023-01-01", "to": "2023-03-31"}) == {
        "from": date(2023, 1, 1), "to": date(2023, 3, 31)
    }
    assert cypher.typed_params(cypher.named_query("open_predictions"), {}) == {"as_of": None}


def test_header_parsing() -> None:
    text = (
        "// What it answers. More words.\n// @named\n"
        "// @param when date  a day\n// @param who expert?  someone\n// @returns a, b\nRETURN $when AS a, $who AS b\n"
    )
    query = cypher.parse_header("x_y", text)
    assert query.summary == "What it answers"
    assert query.params == (cypher.Param("when", "date", "a day"), cypher.Param("who", "expert", "someone", True))
    assert query.columns == ("a", "b")
    assert query.usage() == "-p when=DATE [-p who=EXPERT]"
    assert query.command_name == "x-y"
    with pytest.raises(cypher.ParameterError, match="unknown type week"):
        cypher.parse_header("bad", "// @named\n// @param w week  x\nRETURN 1")


def test_internal_queries_are_not_listed() -> None:
    names = {q.name for q in cypher.named_queries()}
    assert "upsert_claims" not in names and "who_predicted" in names


def test_the_model_diagram_shows_every_label_relationship_and_property() -> None:
    import re

    from .conftest import REPO

    readme = (REPO / "queries" / "README.md").read_text(encoding="utf-8")
    diagram = readme.split("```mermaid", 1)[1].split("```", 1)[0]
    for label, properties in cypher.LABELS.items():
        block = re.search(label + r" \{(.*?)\}", diagram, re.DOTALL)
        assert block, label
        drawn = {line.split()[1] for line in block.group(1).strip().splitlines()}
        assert drawn == set(properties), label
    for rel_type, ends in cypher.RELATIONSHIPS.items():
        for start, end in ends:
            assert re.search(rf"{start} \S+ {end} : {rel_type}\b", diagram), (start, rel_type, end)
    for query in cypher.named_queries():
        assert f"`{query.command_name}`" in readme, query.name


def test_open_predictions_lists_each_open_prediction_once(store: Store, graph: Fixture) -> None:
    # The bench once reported 600 rows "for 500 predictions": its graph holds
    # 600 (three claims in five are predictions). Superseded resolutions and
    # an organisation speaker must not add rows either.
    zal = graph.a.claims[0].prediction
    assert zal
    cypher.run_cypher(
        store,
        "UNWIND $ids AS id MATCH (p:Prediction {id: $prediction}) "
        "CREATE (p)-[:RESOLVED_AS]->(:Resolution {id: id, outcome: 'yes', superseded: true})",
        {"ids": ["res:old-1", "res:old-2"], "prediction": zal.id},
        write=True,
    )
    _, result = cypher.run_named(store, "open-predictions", {"as_of": "2023-03-10"})
    ids = [row["prediction_id"] for row in result.rows]
    stored = [row["id"] for row in cypher.run_cypher(store, "MATCH (p:Prediction) RETURN p.id AS id").rows]
    assert sorted(ids) == sorted(stored)


def test_opposing_predictions_for_every_entity(store: Store, graph: Fixture) -> None:
    # Budanov's negated claim is about Kyiv and Belarus: one pair per shared entity.
    _, result = cypher.run_named(store, "opposing-predictions", {})
    assert [(r["entity"], r["says_yes"], r["says_no"]) for r in result.rows] == [
        ("Belarus", "Institute for the Study of War", "Kyrylo Budanov"),
        ("Kyiv", "Valerii Zaluzhnyi", "Kyrylo Budanov"),
    ]
    assert result.rows[1]["window_no"] == "2022-12-20 .. 2023-02-28"


def test_open_predictions_put_the_longest_overdue_first_and_windows_without_end_last(store: Store, graph: Fixture) -> None:
    ids = sorted(c.prediction.id for e in (graph.a, graph.b) for c in e.claims if c.prediction)
    ends = dict(zip(ids, [None, date(2023, 1, 31), date(2023, 3, 5), date(2023, 4, 30)], strict=True))
    cypher.run_cypher(
        store,
        "UNWIND $rows AS row MATCH (p:Prediction {id: row.id}) SET p.window_end = row.end",
        {"rows": [{"id": k, "end": v} for k, v in ends.items()]},
        write=True,
    )
    _, result = cypher.run_named(store, "open-predictions", {"as_of": "2023-03-10"})
    got = [(row["prediction_id"], row["overdue"], row["days_overdue"]) for row in result.rows]
    by_end = sorted((k for k in ends if ends[k]), key=lambda k: ends[k])  # type: ignore[arg-type, return-value]
    assert got == [
        (by_end[0], True, 38),
        (by_end[1], True, 5),
        (by_end[2], False, 0),
        (next(k for k in ends if ends[k] is None), False, 0),
    ]
