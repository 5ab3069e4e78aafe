"""graph/rdf/export.py: the five formats: SHACL-valid, nanopublications in trig/nquads,
round trips through graph/rdf/importer.py, streaming; compared as graphs."""

from __future__ import annotations

import gc
import io
import tracemalloc
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from graph.errors import InputError
from graph.model import (
    Claim,
    Entity,
    Extraction,
    Organisation,
    Person,
    Prediction,
    Source,
    claim_id,
    prediction_id,
    source_id,
)
from graph.rdf import (
    CG,
    FORMATS,
    NP,
    OA,
    PROV,
    QUAD_FORMATS,
    SCHEMA,
    STREAMED_FORMATS,
    Nanopub,
    RdfError,
    build_dataset,
    build_graph,
    context,
    export,
    iri,
    parse,
    union,
    validate,
)
from graph.rdf.importer import extractions as read_extractions
from tests.graph.rdf.test_mapping import make_extraction

WHEN = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
ALL = sorted(FORMATS)


def graphs(ds: Dataset) -> dict[URIRef, Graph]:
    """Return the graphs of a dataset by name, the empty ones left out."""
    return {g.identifier: g for g in ds.graphs() if len(g)}  # type: ignore[misc]


def same_dataset(a: Dataset, b: Dataset) -> bool:
    """True when both datasets have the same graph names and isomorphic graphs."""
    ga, gb = graphs(a), graphs(b)
    return ga.keys() == gb.keys() and all(isomorphic(ga[name], gb[name]) for name in ga)


def roundtrip(extractions: list[Extraction], format: str) -> tuple[Dataset, Dataset]:
    """Export, read back into records, export again; return both parsed exports."""
    first = parse(export(extractions, format, generated_at=WHEN) or b"", format)
    again = read_extractions(first)
    second = parse(export(again, format, generated_at=WHEN) or b"", format)
    return first, second


def second_source() -> Extraction:
    """Return another source sharing a speaker with make_extraction, and an odd text."""
    # Quotes, backslashes, newlines, tabs and non-Latin letters must survive every format.
    text = 'Він сказав: "Київ\\встоїть".\r\nOlena Kovalenko added:\t"we will see" — maybe by June.'
    url = "https://news.example/uk/київ-встоїть"  # an IRI may hold any letter
    source = Source(id=source_id(url, text), text=text, url=url, language="uk", published=date(2024, 4, 2))
    said = "we will see"
    start = text.index(said)
    cid = claim_id(source.id, start, start + len(said), said)
    claim = Claim(
        id=cid,
        source_id=source.id,
        speaker_id="person:olena-kovalenko",
        text=said,
        start=start,
        end=start + len(said),
        direct=True,
        cue=None,
        confidence=0.55,
        # Two predictions of one claim: both survive, in their order.
        predictions=(Prediction(id=prediction_id(cid), claim_id=cid, event="something", window_end=date(2024, 6, 30),
                                negated=True, status="resolved"),
                     Prediction(id=prediction_id(cid, 1), claim_id=cid, event="we see it", horizon="by June",
                                window_start=date(2024, 4, 2), window_end=date(2024, 6, 30), kind="intention")),
    )
    whole = text[: text.index(".") + 1]
    person = make_extraction().people[0]
    return Extraction(
        source=source,
        # A pronoun resolved to a name: every audit span, in a non-Latin text.
        claims=(claim, Claim(id=claim_id(source.id, 0, len(whole), whole), source_id=source.id,
                             speaker_id="person:olena-kovalenko", text=whole, start=0, end=len(whole), direct=False,
                             cue_start=4, cue_end=10, mention="Він", mention_start=0, mention_end=3,
                             antecedent="Olena Kovalenko", antecedent_start=text.index("Olena"),
                             antecedent_end=text.index("Olena") + len("Olena Kovalenko"),
                             via="Київ", via_start=text.index("Київ"), via_end=text.index("Київ") + len("Київ"))),
        people=(person,),
    )


@pytest.fixture
def records() -> list[Extraction]:
    return [make_extraction(), second_source()]


# ---- SHACL --------------------------------------------------------------------------


@pytest.mark.parametrize("format", ALL)
def test_every_export_conforms_to_the_shapes(records: list[Extraction], format: str) -> None:
    report = validate(parse(export(records, format, generated_at=WHEN) or b"", format))
    assert report.conforms, [v.line() for v in report.violations]


@pytest.mark.parametrize("format", ["turtle", "trig"])
def test_an_export_with_an_unnamed_source_conforms(format: str) -> None:
    # An unnamed source's id holds its article's id: "unnamed:<hex>:officials".
    from tests.graph.store.test_database import with_unnamed_source

    report = validate(parse(export([with_unnamed_source()], format, generated_at=WHEN) or b"", format))
    assert report.conforms, [v.line() for v in report.violations]


# ---- round trips ----------------------------------------------------------------------


@pytest.mark.parametrize("format", ALL)
def test_export_import_export_gives_the_same_graph(records: list[Extraction], format: str) -> None:
    first, second = roundtrip(records, format)
    assert same_dataset(first, second)
    assert isomorphic(union(first), union(second))


@pytest.mark.parametrize("format", ALL)
def test_import_gives_back_the_records(records: list[Extraction], format: str) -> None:
    found = {e.source.id: e for e in read_extractions(parse(export(records, format) or b"", format))}
    for original in records:
        back = found[original.source.id]
        assert back.source == original.source
        assert set(back.claims) == set(original.claims)
    people = {p for e in found.values() for p in e.people}
    organisations = {o.id: o for e in found.values() for o in e.organisations}
    entities = {e for x in found.values() for e in x.entities}
    assert people == set(records[0].people)
    assert entities == set(records[0].entities)
    # The affiliation, exported as an organisation node, comes back as one.
    assert organisations["org:baltic-defence-forum"] == records[0].organisations[0]
    assert organisations["org:centre-for-eastern-security"].name == "Centre for Eastern Security"


def test_every_entity_kind_survives(records: list[Extraction]) -> None:
    kinds = ("country", "place", "organisation", "person", "other")
    entities = tuple(Entity(id=f"entity:{k}", name=k.title(), kind=k, aliases=("b", "a")) for k in kinds)  # type: ignore[arg-type]
    back = read_extractions(build_graph([replace(records[0], claims=(), entities=entities)]))
    assert {e.id: e.kind for e in back[0].entities} == {f"entity:{k}": k for k in kinds}
    # RDF does not order aliases: they come back sorted.
    assert all(e.aliases == ("a", "b") for e in back[0].entities)


def test_a_claim_whose_speaker_is_missing_is_refused(records: list[Extraction]) -> None:
    g = build_graph(records[:1])
    g.remove((iri("org:baltic-defence-forum"), None, None))
    with pytest.raises(InputError, match=r"^x.ttl: .*: its author <https://claimgraph.example/id/org/baltic-defence-forum> is not in the data"):
        read_extractions(g, name="x.ttl")


def test_a_span_that_misses_its_text_is_refused(records: list[Extraction]) -> None:
    g = build_graph(records[:1])
    claim = records[0].claims[0]
    g.set((iri(claim.id), SCHEMA.text, Literal("something else")))
    with pytest.raises(InputError, match=r"^x.ttl: .*: span \d+-\d+ does not match its text"):
        read_extractions(g, name="x.ttl")


def test_unparsable_data_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"^claims.ttl: not valid turtle: "):
        parse(b"<a> <b> .", "turtle", "claims.ttl")


# ---- nanopublications -------------------------------------------------------------------


def test_each_source_is_a_nanopublication(records: list[Extraction]) -> None:
    ds = build_dataset(records, generated_at=WHEN)
    named = graphs(ds)
    for extraction in records:
        ids = Nanopub.of(extraction.source.id)
        head, assertion = named[ids.head], named[ids.assertion]
        provenance, pubinfo = named[ids.provenance], named[ids.pubinfo]
        assert (ids.np, RDF.type, NP.Nanopublication) in head
        assert (ids.np, NP.hasAssertion, ids.assertion) in head
        article = iri(extraction.source.id)
        # The assertion: the article and its claims, nothing of other sources.
        assert (article, RDF.type, SCHEMA.NewsArticle) in assertion
        claims = set(assertion.subjects(RDF.type, SCHEMA.Claim))
        assert claims == {iri(c.id) for c in extraction.claims}
        # Provenance of the assertion: derived from the article by claimgraph, at WHEN.
        assert (ids.assertion, PROV.wasDerivedFrom, article) in provenance
        activity = provenance.value(ids.assertion, PROV.wasGeneratedBy)
        agent = provenance.value(activity, PROV.wasAssociatedWith)
        assert (ids.np, PROV.wasAttributedTo, agent) in pubinfo
        assert pubinfo.value(agent, SCHEMA.softwareVersion) is not None
        assert pubinfo.value(ids.np, PROV.generatedAtTime) == Literal("2024-05-01T12:00:00+00:00", datatype=URIRef("http://www.w3.org/2001/XMLSchema#dateTime"))
    # People, organisations and entities, shared by sources, are in the default graph.
    default = ds.default_graph
    assert (iri("person:olena-kovalenko"), RDF.type, SCHEMA.Person) in default
    assert (iri("entity:ukraine"), SCHEMA.name, Literal("Ukraine")) in default


def test_trig_and_nquads_hold_the_same_dataset(records: list[Extraction]) -> None:
    trig = parse(export(records, "trig", generated_at=WHEN) or b"", "trig")
    nquads = parse(export(records, "nquads", generated_at=WHEN) or b"", "nquads")
    assert same_dataset(trig, nquads)


@pytest.mark.parametrize("format", sorted(set(FORMATS) - QUAD_FORMATS))
def test_triple_formats_hold_the_union_of_the_assertions(records: list[Extraction], format: str) -> None:
    triples = parse(export(records, format) or b"", format)
    assert isomorphic(union(triples), build_graph(records))


def test_without_a_time_the_provenance_says_now(records: list[Extraction]) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    ds = build_dataset(records[:1])
    ids = Nanopub.of(records[0].source.id)
    stamp = graphs(ds)[ids.pubinfo].value(ids.np, PROV.generatedAtTime)
    assert isinstance(stamp, Literal) and before <= stamp.toPython() <= datetime.now(UTC)


# ---- options --------------------------------------------------------------------------


def test_speaker_ids_keep_only_their_claims(records: list[Extraction]) -> None:
    g = parse(export(records, "nt", speaker_ids=["org:baltic-defence-forum"]) or b"", "nt")
    claims = set(g.subjects(RDF.type, SCHEMA.Claim))
    assert claims == {iri(c.id) for c in records[0].claims if c.speaker_id == "org:baltic-defence-forum"}
    # The second source has no claim of theirs: it is left out; the people stay.
    assert not list(g.triples((iri(records[1].source.id), None, None)))
    assert (iri("person:olena-kovalenko"), RDF.type, SCHEMA.Person) in g


@pytest.mark.parametrize("base", ["ftp://x.example/", "https://x.example/a b/", "relative/"])
def test_a_bad_base_is_refused(records: list[Extraction], base: str) -> None:
    with pytest.raises(RdfError, match="--base .*: not an absolute http"):
        export(records, "nt", base=base)


@pytest.mark.parametrize("format", ALL)
def test_another_base_round_trips(records: list[Extraction], format: str) -> None:
    data = export(records, format, base="https://kg.example.org/claims#", generated_at=WHEN) or b""
    assert b"https://kg.example.org/claims#person/olena-kovalenko" in data or format == "jsonld"
    back = read_extractions(parse(data, format))
    assert {c for e in back for c in e.claims} == {c for e in records for c in e.claims}


def test_jsonld_uses_the_shipped_context(records: list[Extraction]) -> None:
    import json

    document = json.loads(export(records, "jsonld") or b"")
    assert document["@context"] == context()["@context"]


def test_a_document_naming_the_published_context_reads_the_shipped_file(records: list[Extraction]) -> None:
    import json

    from graph.rdf import CONTEXT_IRI

    document = json.loads(export(records, "jsonld") or b"")
    document["@context"] = CONTEXT_IRI
    parsed = parse(json.dumps(document).encode(), "jsonld")
    assert isomorphic(union(parsed), build_graph(records))


# ---- streaming -------------------------------------------------------------------------


def synthetic(sources: int, claims_per_source: int = 5) -> Iterator[Extraction]:
    """Yield made-up sources one at a time, all claims by the same two speakers."""
    people = (Person(id="person:a", name="A", affiliation="Org"),)
    organisations = (Organisation(id="org:org", name="Org"),)
    entities = (Entity(id="entity:x", name="X", kind="place"),)
    for n in range(sources):
        text = " ".join(f"Sentence {n}.{i} says something." for i in range(claims_per_source))
        source = Source(id=source_id(f"https://news.example/{n}", text), text=text, url=f"https://news.example/{n}")
        claims = []
        for i in range(claims_per_source):
            words = f"Sentence {n}.{i} says something."
            start = text.index(words)
            cid = claim_id(source.id, start, start + len(words), words)
            claims.append(Claim(id=cid, source_id=source.id, speaker_id="person:a", text=words, start=start,
                                end=start + len(words), direct=bool(i % 2), about=("entity:x",)))
        yield Extraction(source=source, claims=tuple(claims), people=people, organisations=organisations,
                         entities=entities)


@pytest.mark.parametrize("format", sorted(STREAMED_FORMATS))
def test_streamed_formats_use_memory_independent_of_the_number_of_sources(format: str) -> None:
    def peak(sources: int) -> int:
        out = io.BufferedWriter(io.FileIO("/dev/null", "w"))
        gc.collect()
        # (what earlier tests left alive is set aside: a large old heap would postpone the full collections that
        # free rdflib's graphs, and the peak would measure the test order, not the export)
        gc.freeze()
        tracemalloc.start()
        try:
            export(synthetic(sources), format, out, generated_at=WHEN)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
            gc.unfreeze()
            out.close()

    if format == "jsonld":
        # rdflib compacts each source's graph; its graphs are freed by the
        # cycle collector, so the peak wanders with the collector's timing,
        # below a few MB. Built whole in memory, 200 of these sources took
        # 49 MB (10 MB for 40); streamed, about 3.5 MB (1.6 MB).
        peak(40)
        assert peak(200) < 8_000_000
        return
    peak(200)  # warm-up: caches of rdflib and the interpreter fill once
    small, large = peak(100), peak(500)
    # Five times the sources (some 10 MB of N-Quads), a peak well under 1 MB
    # and far from five times larger: nothing accumulates per source. (The
    # peak moves a little with the interpreter's free lists.)
    assert large < 1_000_000 and large < small * 2, (small, large)


def test_streamed_nt_is_what_rdflib_parses(records: list[Extraction]) -> None:
    out = io.BytesIO()
    export(records, "nt", out)
    assert isomorphic(Graph().parse(data=out.getvalue(), format="nt"), build_graph(records))


def test_ontology_declares_every_cg_term_of_the_quad_formats(records: list[Extraction]) -> None:
    from graph.rdf import ontology

    ds = build_dataset(records, generated_at=WHEN)
    used = {p for _, p, _, _ in ds.quads() if str(p).startswith(str(CG))}
    declared = set(ontology().subjects())
    assert used <= declared


def test_shapes_catch_an_audit_span_off_its_words(records: list[Extraction]) -> None:
    g = build_graph(records)
    claim = iri(records[0].claims[0].id)
    position = URIRef(f"{claim}/mention/position")
    start = g.value(position, OA.start)
    g.set((position, OA.start, Literal(start.toPython() + 1, datatype=start.datatype)))
    report = validate(g)
    assert not report.conforms
    assert any("quoted words" in v.line() for v in report.violations)
