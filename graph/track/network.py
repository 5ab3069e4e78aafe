"""The expert network: who speaks about what, where, and who agrees with whom.

Built with networkx from the store, for analysis here and in Gephi:

- nodes: experts (people and organisations who made claims), the entities
  their claims are about, and the sources the claims appear in;
- expert - entity edges (``about``), weighted by the number of claims;
- expert - source edges (``appears_in``), weighted by the number of claims;
- expert - expert edges (``co_cited``) between experts who spoke about the
  same entity, weighted by the number of entities they share, with the number
  of predictions on which they agree and disagree.

Two predictions by different experts are about the same question when they
share an entity, their windows overlap (or one has none) and their events are
worded alike (rapidfuzz token-sort ratio of at least ``SAME_EVENT``). They
agree when they lean the same way (``graph.track.scoring.leaning``).

Each node gets its degree and betweenness centrality and a community
(Louvain modularity, fixed seed); GraphML and GEXF exports hold only strings,
numbers and booleans, never None, so Gephi can colour and size by any of them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx
from rapidfuzz import fuzz

from graph.errors import InputError
from graph.store import Store
from graph.track.scoring import leaning, scores

#: Minimum rapidfuzz token-sort ratio (0-100) for two events to be one
#: question: on the sample data "Russia launches a (new) major offensive
#: against Ukraine" pairs (96) and the two Belarusian-army events (81) pass,
#: "an offensive from Belarus" against "a major offensive" (77) does not.
SAME_EVENT = 78.0

#: Export formats by file suffix.
FORMATS = {".graphml": "graphml", ".gexf": "gexf"}


@dataclass(frozen=True)
class _Forecast:
    expert: str
    event: str
    entities: frozenset[str]
    start: date | None
    end: date | None
    leans: str


def _overlap(a: _Forecast, b: _Forecast) -> bool:
    if None in (a.start, a.end, b.start, b.end):
        return True
    assert a.start and a.end and b.start and b.end
    return a.start <= b.end and b.start <= a.end


def same_question(a: _Forecast, b: _Forecast, threshold: float = SAME_EVENT) -> bool:
    """Return whether two forecasts are about the same question (see the module docstring)."""
    return (
        bool(a.entities & b.entities)
        and _overlap(a, b)
        and fuzz.token_sort_ratio(a.event.casefold(), b.event.casefold()) >= threshold
    )


def build_network(rows: list[dict[str, Any]], threshold: float = SAME_EVENT) -> nx.Graph:
    """Return the expert-entity-source graph of claim rows (``Store.network_claims``).

    Node ids are the graph's ids; every node has ``label`` and ``kind``
    (person, organisation, entity or source) and ``role`` (expert, entity,
    source); experts also ``claims`` and ``predictions``. Every edge has
    ``kind`` and ``weight``.
    """
    graph = nx.Graph()
    about: Counter[tuple[str, str]] = Counter()
    appears: Counter[tuple[str, str]] = Counter()
    topics: dict[str, set[str]] = {}
    forecasts: list[_Forecast] = []
    for row in rows:
        expert = row["speaker_id"]
        if expert not in graph:
            graph.add_node(expert, label=row["speaker"], kind=row["kind"], role="expert", claims=0, predictions=0)
        graph.nodes[expert]["claims"] += 1
        source = row["source_id"]
        if source not in graph:
            published = row.get("published")
            graph.add_node(
                source,
                label=row.get("source") or row.get("source_title") or source,
                kind="source",
                role="source",
                published=published.isoformat() if isinstance(published, date) else "",
            )
        appears[(expert, source)] += 1
        entities = row.get("entities") or []
        for entity in entities:
            if entity["id"] not in graph:
                graph.add_node(entity["id"], label=entity["name"], kind="entity", role="entity",
                               entity_kind=entity.get("kind") or "other")
            about[(expert, entity["id"])] += 1
            topics.setdefault(expert, set()).add(entity["id"])
        for prediction in row.get("predictions") or []:
            graph.nodes[expert]["predictions"] += 1
            forecasts.append(
                _Forecast(
                    expert,
                    prediction.get("event") or "",
                    frozenset(e["id"] for e in entities),
                    prediction.get("window_start"),
                    prediction.get("window_end"),
                    leaning(prediction.get("probability"), bool(prediction.get("negated"))),
                )
            )
    for (expert, entity), n in about.items():
        graph.add_edge(expert, entity, kind="about", weight=n)
    for (expert, source), n in appears.items():
        graph.add_edge(expert, source, kind="appears_in", weight=n)
    for a, b in combinations(sorted(topics), 2):
        shared = topics[a] & topics[b]
        if shared:
            graph.add_edge(a, b, kind="co_cited", weight=len(shared), agreements=0, disagreements=0)
    for x, y in combinations(forecasts, 2):
        if x.expert != y.expert and same_question(x, y, threshold):
            edge = graph.edges[x.expert, y.expert]
            edge["agreements" if x.leans == y.leans else "disagreements"] += 1
    for _, _, data in graph.edges(data=True):
        if data["kind"] == "co_cited":
            agree, disagree = data["agreements"], data["disagreements"]
            data["stance"] = (
                "none" if agree == disagree == 0 else "agree" if disagree == 0 else "disagree" if agree == 0 else "mixed"
            )
    return graph


def analyse(graph: nx.Graph, seed: int = 0) -> nx.Graph:
    """Add ``degree``, ``betweenness`` and ``community`` to every node; return the graph.

    Communities come from Louvain modularity on the edge weights; the seed
    makes them repeatable.
    """
    if graph.number_of_nodes() == 0:
        return graph
    degree = nx.degree_centrality(graph)
    betweenness = nx.betweenness_centrality(graph)
    communities = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    # Number communities by size, largest first, so "community 0" means something.
    ordered = sorted(communities, key=lambda c: (-len(c), min(c)))
    for index, members in enumerate(ordered):
        for node in members:
            graph.nodes[node]["community"] = index
    for node, data in graph.nodes(data=True):
        data["degree"] = round(degree[node], 4)
        data["betweenness"] = round(betweenness[node], 4)
        data["links"] = graph.degree(node)
    return graph


def add_scores(graph: nx.Graph, rows: list[dict[str, Any]]) -> nx.Graph:
    """Add each expert's ``brier`` and ``hit_rate`` (where known) from scorecard rows; return the graph.

    Experts without a score get no attribute rather than a None, which
    GraphML cannot hold.
    """
    for found in scores(rows):
        if found.id in graph:
            if found.brier is not None:
                graph.nodes[found.id]["brier"] = round(found.brier, 4)
            if found.hit_rate is not None:
                graph.nodes[found.id]["hit_rate"] = round(found.hit_rate, 4)
            graph.nodes[found.id]["resolved"] = found.resolved
    return graph


def central_nodes(graph: nx.Graph, top: int = 10) -> list[dict[str, Any]]:
    """Return the ``top`` nodes by betweenness (then degree) as listing rows."""
    rows = [
        {
            "id": node,
            "label": data.get("label", node),
            "kind": data.get("kind"),
            "links": graph.degree(node),
            "degree": data.get("degree"),
            "betweenness": data.get("betweenness"),
            "community": data.get("community"),
        }
        for node, data in graph.nodes(data=True)
    ]
    rows.sort(key=lambda r: (-(r["betweenness"] or 0), -(r["degree"] or 0), r["label"]))
    return rows[:top]


def _clean(graph: nx.Graph) -> nx.Graph:
    """Return a copy with every None attribute dropped (GraphML and GEXF cannot hold None)."""
    out = nx.Graph()
    for node, data in graph.nodes(data=True):
        out.add_node(node, **{k: v for k, v in data.items() if v is not None})
    for a, b, data in graph.edges(data=True):
        out.add_edge(a, b, **{k: v for k, v in data.items() if v is not None})
    return out


def export(graph: nx.Graph, path: Path) -> Path:
    """Write the graph as GraphML or GEXF, chosen by the file's suffix; return the path.

    Raises:
        InputError: the suffix is neither .graphml nor .gexf.
    """
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(path, f"unknown network format {path.suffix or '(none)'}; use .graphml or .gexf")
    clean = _clean(graph)
    partial = path.with_name(path.name + ".partial")
    if fmt == "graphml":
        nx.write_graphml(clean, partial)
    else:
        nx.write_gexf(clean, partial)
    partial.replace(path)
    return path


def network(store: Store, threshold: float = SAME_EVENT) -> nx.Graph:
    """Return the analysed expert network of the store (centralities, communities, scores).

    Raises:
        StoreError: the database cannot be read.
    """
    graph = analyse(build_network(store.network_claims(), threshold))
    return add_scores(graph, store.scorecard_rows())
