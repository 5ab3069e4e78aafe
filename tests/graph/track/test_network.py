"""The expert network: edges, agreement, centralities, communities and Gephi exports."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from graph.errors import InputError
from graph.store import Store
from graph.track.network import analyse, build_network, central_nodes, export, network
from graph.track.resolutions import apply_resolutions
from ingest.load import collect, ingest

REPO = Path(__file__).resolve().parents[3]
BELARUS = {"id": "entity:belarus", "name": "Belarus", "kind": "country"}
KYIV = {"id": "entity:kyiv", "name": "Kyiv", "kind": "place"}
MOLDOVA = {"id": "entity:moldova", "name": "Moldova", "kind": "country"}


def claim(speaker: str, source: str, entities: list[dict[str, str]], event: str | None = None,
          probability: float | None = 0.5, negated: bool = False, window: tuple[date, date] | None = None) -> dict[str, Any]:
    prediction = None
    if event:
        prediction = {"id": f"pred:{speaker}:{event}", "event": event, "probability": probability, "negated": negated,
                      "window_start": window[0] if window else None, "window_end": window[1] if window else None,
                      "outcome": None}
    return {"claim_id": f"claim:{speaker}:{event}", "speaker_id": f"person:{speaker}", "speaker": speaker.title(),
            "kind": "person", "source_id": source, "source_title": source.upper(), "published": date(2022, 12, 20),
            "entities": entities, "predictions": [prediction] if prediction else []}


ROWS = [
    # Two experts who expect the same attack from Belarus and one who says it will not come.
    claim("alice", "src:1", [BELARUS], "Russia attacks Ukraine from Belarus", 0.7),
    claim("bob", "src:1", [BELARUS, KYIV], "Russia attacks Ukraine from Belarus", 0.5),
    claim("carol", "src:2", [BELARUS], "Russia attacks Ukraine from Belarus", None, negated=True),
    # Same entity, different question: co-cited, but no agreement counted.
    claim("carol", "src:2", [BELARUS], "Lukashenko resists integration", None),
    claim("dave", "src:3", [MOLDOVA], "Russia attacks Moldova", 0.5),
]


def test_nodes_and_edges_of_each_kind() -> None:
    graph = build_network(ROWS)
    assert graph.nodes["person:alice"] == {"label": "Alice", "kind": "person", "role": "expert", "claims": 1, "predictions": 1}
    assert graph.nodes["entity:belarus"]["role"] == "entity"
    assert graph.nodes["src:2"]["published"] == "2022-12-20"
    assert graph.edges["person:carol", "src:2"] == {"kind": "appears_in", "weight": 2}
    assert graph.edges["person:carol", "entity:belarus"] == {"kind": "about", "weight": 2}
    assert graph.edges["person:alice", "person:bob"]["weight"] == 1
    assert not graph.has_edge("person:alice", "person:dave")


def test_agreement_and_disagreement_on_the_same_question() -> None:
    graph = build_network(ROWS)
    alice_bob = graph.edges["person:alice", "person:bob"]
    assert (alice_bob["agreements"], alice_bob["disagreements"], alice_bob["stance"]) == (1, 0, "agree")
    alice_carol = graph.edges["person:alice", "person:carol"]
    assert (alice_carol["agreements"], alice_carol["disagreements"], alice_carol["stance"]) == (0, 1, "disagree")


def test_windows_that_do_not_overlap_are_different_questions() -> None:
    winter = (date(2023, 1, 1), date(2023, 2, 28))
    summer = (date(2023, 6, 1), date(2023, 8, 31))
    rows = [claim("alice", "src:1", [BELARUS], "Russia attacks Ukraine from Belarus", 0.7, window=winter),
            claim("bob", "src:1", [BELARUS], "Russia attacks Ukraine from Belarus", 0.2, window=summer)]
    assert build_network(rows).edges["person:alice", "person:bob"]["stance"] == "none"


def test_centrality_and_communities_are_on_every_node() -> None:
    graph = analyse(build_network(ROWS))
    for _, data in graph.nodes(data=True):
        assert {"degree", "betweenness", "community", "links"} <= set(data)
    # Moldova's lone expert is a community of their own, apart from the Belarus experts.
    assert graph.nodes["person:dave"]["community"] != graph.nodes["person:alice"]["community"]
    top = central_nodes(graph, 3)
    assert len(top) == 3
    assert top[0]["betweenness"] >= top[1]["betweenness"] >= top[2]["betweenness"]


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_exports_read_back_without_none(tmp_path: Path, suffix: str) -> None:
    graph = analyse(build_network(ROWS))
    graph.nodes["person:alice"]["brier"] = None  # must be dropped, not written
    path = export(graph, tmp_path / f"experts{suffix}")
    back = nx.read_graphml(path) if suffix == ".graphml" else nx.read_gexf(path)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    assert "None" not in path.read_text(encoding="utf-8")
    assert back.nodes["person:alice"]["kind"] == "person"


def test_unknown_export_format(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"unknown network format \.dot; use \.graphml or \.gexf"):
        export(nx.Graph(), tmp_path / "x.dot")


def test_the_sample_network_from_the_store(store: Store, tmp_path: Path) -> None:
    assert not ingest(store, collect([REPO / "data" / "claims"])).errors
    apply_resolutions(store, REPO / "data" / "resolutions" / "winter-2023.yaml")
    graph = network(store)
    experts = [n for n, d in graph.nodes(data=True) if d["role"] == "expert"]
    assert len(experts) == 11  # every speaker of data/claims
    assert graph.nodes["org:institute-for-the-study-of-war"]["brier"] == pytest.approx(0.1005, abs=1e-4)
    # Budanov ("the Belarusian army will not join") and Bezsmertnyi ("could be thrown
    # against Ukraine") disagree; ISW and Zaluzhnyi both expected the offensive.
    assert graph.edges["person:kyrylo-budanov", "person:roman-bezsmertnyi"]["stance"] == "disagree"
    assert graph.edges["org:institute-for-the-study-of-war", "person:valerii-zaluzhnyi"]["stance"] == "agree"
    assert central_nodes(graph, 1)[0]["label"] == "Institute for the Study of War"
    nx.read_graphml(export(graph, tmp_path / "experts.graphml"))
