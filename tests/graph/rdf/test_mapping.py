"""Tests for graph/rdf/mapping.py: the RDF mapping, compared as graphs, never as text."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.term import Node

from graph.errors import ClaimGraphError
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
from graph.rdf import (
    CG,
    DEFAULT_BASE,
    FORMATS,
    OA,
    PROV,
    QUAD_FORMATS,
    SCHEMA,
    build_graph,
    export,
    iri,
    ontology,
)

# rdflib's own XSD object warns when pytest probes a test module's globals
# for fixtures; a plain Namespace of the same IRI does not.
XSD = Namespace(str(rdflib.XSD))

# A made-up article about made-up experts; only the countries are real.
TEXT = (
    "KYIV, 3 March 2024. \"The front will hold through the spring,\" said "
    "Olena Kovalenko, a senior analyst at the Centre for Eastern Security. "
    "The Baltic Defence Forum said that Russia would likely launch a new "
    "offensive within the next six months."
)
URL = "https://news.example/2024/03/the-front-will-hold"
DIRECT = "The front will hold through the spring"
INDIRECT = "Russia would likely launch a new offensive within the next six months"
# Q4115189 is the Wikidata sandbox item, fit for a person who does not exist.
SANDBOX = "Q4115189"


def spans(text: str, **words: tuple[str, int]) -> dict[str, object]:
    """Return audit fields (see Claim) for ``role=(words, search from)``: the first occurrence from there."""
    fields: dict[str, object] = {}
    for role, (said, after) in words.items():
        at = text.index(said, after)
        fields[f"{role}_start"], fields[f"{role}_end"] = at, at + len(said)
        if role != "cue":
            fields[role] = said
    return fields


def make_extraction() -> Extraction:
    """Return a fresh Extraction of TEXT built with the model's id helpers."""
    source = Source(
        id=source_id(URL, TEXT),
        text=TEXT,
        title="The front will hold, analysts say",
        url=URL,
        publisher="Example News",
        published=date(2024, 3, 3),
    )
    kovalenko = Person(
        id=person_id("Olena Kovalenko"),
        name="Olena Kovalenko",
        aliases=("O. Kovalenko",),
        role="senior analyst",
        affiliation="Centre for Eastern Security",
        wikidata=SANDBOX,
    )
    forum = Organisation(
        id=organisation_id("Baltic Defence Forum"),
        name="Baltic Defence Forum",
        aliases=("BDF",),
    )
    ukraine = Entity(id=entity_id("Ukraine"), name="Ukraine", kind="country", wikidata="Q212")
    russia = Entity(id=entity_id("Russia"), name="Russia", kind="country", wikidata="Q159")

    start = TEXT.index(DIRECT)
    direct = Claim(
        id=claim_id(source.id, start, start + len(DIRECT), DIRECT),
        source_id=source.id,
        speaker_id=kovalenko.id,
        text=DIRECT,
        start=start,
        end=start + len(DIRECT),
        direct=True,
        cue="said",
        about=(ukraine.id,),
        **spans(TEXT, cue=("said", start), mention=("Olena Kovalenko", start)),
    )
    start = TEXT.index(INDIRECT)
    indirect_id = claim_id(source.id, start, start + len(INDIRECT), INDIRECT)
    indirect = Claim(
        id=indirect_id,
        source_id=source.id,
        speaker_id=forum.id,
        text=INDIRECT,
        start=start,
        end=start + len(INDIRECT),
        direct=False,
        cue="said",
        confidence=0.8,
        about=(russia.id,),
        **spans(TEXT, cue=("said", start - 20), mention=("The Baltic Defence Forum", start - 40)),
        predictions=(Prediction(
            id=prediction_id(indirect_id),
            claim_id=indirect_id,
            event="Russia launches a new offensive",
            horizon="within the next six months",
            window_start=date(2024, 3, 3),
            window_end=date(2024, 9, 3),
            probability=0.7,
            probability_words="likely",
            kind="intention",
            condition="if the ground freezes",
        ),),
    )
    return Extraction(
        source=source,
        claims=(direct, indirect),
        people=(kovalenko,),
        organisations=(forum,),
        entities=(ukraine, russia),
    )


@pytest.fixture
def extraction() -> Extraction:
    return make_extraction()


@pytest.fixture
def g(extraction: Extraction) -> Graph:
    return build_graph([extraction])


def claim_by(extraction: Extraction, *, direct: bool) -> Claim:
    return next(c for c in extraction.claims if c.direct is direct)


def the(g: Graph, subject: Node, predicate: URIRef) -> Node:
    """Return the single object of (subject, predicate), failing if not one."""
    objects = list(g.objects(subject, predicate))
    assert len(objects) == 1, (subject, predicate, objects)
    return objects[0]


# ---- iri -------------------------------------------------------------------


@pytest.mark.parametrize(
    "record_id, base, expected",
    [
        ("person:valerii-zaluzhnyi", DEFAULT_BASE, DEFAULT_BASE + "person/valerii-zaluzhnyi"),
        ("src:0123abcd", "https://x.example/kg/", "https://x.example/kg/src/0123abcd"),
        ("org:isw", "https://x.example/kg", "https://x.example/kg/org/isw"),
    ],
)
def test_iri_turns_the_id_prefix_into_a_path_segment(
    record_id: str, base: str, expected: str
) -> None:
    assert iri(record_id, base) == URIRef(expected)


# ---- export ----------------------------------------------------------------


@pytest.mark.parametrize("format", sorted(set(FORMATS) - QUAD_FORMATS))
@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_export_parses_back_to_the_built_graph(extraction: Extraction, format: str) -> None:
    # The quad formats are tested in test_rdf_formats.py.
    data = export([extraction], format)
    assert isinstance(data, bytes)
    parsed = Graph().parse(data=data, format=FORMATS[format])
    assert isomorphic(parsed, build_graph([extraction]))


def test_export_writes_to_out_and_returns_none(extraction: Extraction) -> None:
    out = io.BytesIO()
    assert export([extraction], "turtle", out) is None
    assert isomorphic(Graph().parse(data=out.getvalue(), format="turtle"), build_graph([extraction]))


def test_export_uses_the_given_base(extraction: Extraction) -> None:
    data = export([extraction], "nt", base="https://other.example/kg/")
    parsed = Graph().parse(data=data, format="nt")
    speaker = URIRef("https://other.example/kg/person/olena-kovalenko")
    assert (speaker, RDF.type, SCHEMA.Person) in parsed


def test_unknown_format_raises(extraction: Extraction) -> None:
    with pytest.raises(ClaimGraphError, match="unknown RDF format 'rdfxml'; choose one of turtle"):
        export([extraction], "rdfxml")


def test_building_twice_gives_the_same_graph() -> None:
    assert isomorphic(build_graph([make_extraction()]), build_graph([make_extraction()]))


def test_the_same_extraction_twice_adds_nothing(extraction: Extraction) -> None:
    assert len(build_graph([extraction, extraction])) == len(build_graph([extraction]))


def test_every_node_has_an_iri(g: Graph) -> None:
    # Blank nodes would make graphs from two runs hard to compare or merge.
    assert not [t for t in g if any(isinstance(term, BNode) for term in t)]


# ---- people, organisations, entities, sources -------------------------------


def test_person(g: Graph, extraction: Extraction) -> None:
    person = iri(extraction.people[0].id)
    assert (person, RDF.type, SCHEMA.Person) in g
    assert the(g, person, SCHEMA.name) == Literal("Olena Kovalenko")
    assert the(g, person, SCHEMA.alternateName) == Literal("O. Kovalenko")
    assert the(g, person, SCHEMA.jobTitle) == Literal("senior analyst")
    assert the(g, person, OWL.sameAs) == URIRef("http://www.wikidata.org/entity/" + SANDBOX)


def test_affiliation_links_to_an_organisation_node(g: Graph, extraction: Extraction) -> None:
    person = iri(extraction.people[0].id)
    organisation = iri(organisation_id("Centre for Eastern Security"))
    assert the(g, person, SCHEMA.affiliation) == organisation
    # Named only as an affiliation, it still gets a type and a name.
    assert (organisation, RDF.type, SCHEMA.Organization) in g
    assert the(g, organisation, SCHEMA.name) == Literal("Centre for Eastern Security")


def test_organisation(g: Graph, extraction: Extraction) -> None:
    organisation = iri(extraction.organisations[0].id)
    assert (organisation, RDF.type, SCHEMA.Organization) in g
    assert the(g, organisation, SCHEMA.name) == Literal("Baltic Defence Forum")
    assert the(g, organisation, SCHEMA.alternateName) == Literal("BDF")
    assert not list(g.objects(organisation, OWL.sameAs))


@pytest.mark.parametrize(
    "kind, types",
    [
        ("country", {SCHEMA.Country, SCHEMA.Place}),
        ("place", {SCHEMA.Place}),
        ("organisation", {SCHEMA.Organization}),
        ("person", {SCHEMA.Person}),
        ("other", {SCHEMA.Thing}),
    ],
)
def test_entity_types(extraction: Extraction, kind: str, types: set[URIRef]) -> None:
    entity = Entity(id=entity_id("Somewhere"), name="Somewhere", kind=kind)  # type: ignore[arg-type]
    g = build_graph([replace(extraction, entities=(entity,))])
    assert set(g.objects(iri(entity.id), RDF.type)) == types


def test_entity_same_as_wikidata(g: Graph) -> None:
    ukraine = iri(entity_id("Ukraine"))
    assert the(g, ukraine, OWL.sameAs) == URIRef("http://www.wikidata.org/entity/Q212")
    assert the(g, ukraine, SCHEMA.name) == Literal("Ukraine")


def test_source(g: Graph, extraction: Extraction) -> None:
    source = iri(extraction.source.id)
    assert (source, RDF.type, SCHEMA.NewsArticle) in g
    assert the(g, source, SCHEMA.headline) == Literal("The front will hold, analysts say")
    assert the(g, source, SCHEMA.url) == URIRef(URL)
    assert the(g, source, SCHEMA.publisher) == Literal("Example News")
    assert the(g, source, SCHEMA.datePublished) == Literal("2024-03-03", datatype=XSD.date)
    assert the(g, source, SCHEMA.inLanguage) == Literal("en")
    assert the(g, source, SCHEMA.text) == Literal(TEXT)
    assert the(g, source, CG.textHash) == Literal(extraction.source.text_hash)


def test_a_source_without_metadata_leaves_it_out(extraction: Extraction) -> None:
    bare = replace(extraction.source, title=None, url=None, publisher=None, published=None)
    g = build_graph([replace(extraction, source=bare)])
    source = iri(bare.id)
    for predicate in (SCHEMA.headline, SCHEMA.url, SCHEMA.publisher, SCHEMA.datePublished):
        assert not list(g.objects(source, predicate))


# ---- claims ----------------------------------------------------------------


@pytest.mark.parametrize("direct", [True, False])
def test_claim_is_attributed_to_its_speaker(g: Graph, extraction: Extraction, direct: bool) -> None:
    claim = claim_by(extraction, direct=direct)
    node = iri(claim.id)
    assert (node, RDF.type, SCHEMA.Claim) in g
    assert the(g, node, SCHEMA.author) == iri(claim.speaker_id)
    assert the(g, node, PROV.wasAttributedTo) == iri(claim.speaker_id)
    assert the(g, node, SCHEMA.appearance) == iri(extraction.source.id)
    assert the(g, node, SCHEMA.text) == Literal(claim.text)
    assert the(g, node, CG.cue) == Literal("said")
    assert the(g, node, CG.direct) == Literal(direct)
    assert set(g.objects(node, SCHEMA.about)) == {iri(e) for e in claim.about}


@pytest.mark.parametrize(
    "direct, used, unused",
    [
        (True, PROV.wasQuotedFrom, PROV.wasDerivedFrom),
        (False, PROV.wasDerivedFrom, PROV.wasQuotedFrom),
    ],
)
def test_direct_claims_are_quoted_and_indirect_ones_derived(
    g: Graph, extraction: Extraction, direct: bool, used: URIRef, unused: URIRef
) -> None:
    node = iri(claim_by(extraction, direct=direct).id)
    assert the(g, node, used) == iri(extraction.source.id)
    assert not list(g.objects(node, unused))


def test_confidence_is_a_decimal(g: Graph, extraction: Extraction) -> None:
    node = iri(claim_by(extraction, direct=False).id)
    confidence = the(g, node, CG.confidence)
    assert isinstance(confidence, Literal)
    assert confidence.datatype == XSD.decimal
    assert confidence.toPython() == Decimal("0.8")


@pytest.mark.parametrize("direct", [True, False])
def test_span_is_a_web_annotation(g: Graph, extraction: Extraction, direct: bool) -> None:
    claim = claim_by(extraction, direct=direct)
    node = iri(claim.id)
    annotation = URIRef(node + "/annotation")
    assert (annotation, RDF.type, OA.Annotation) in g
    assert the(g, annotation, OA.hasBody) == node
    target = the(g, annotation, OA.hasTarget)
    assert target == URIRef(node + "/target")
    assert (target, RDF.type, OA.SpecificResource) in g
    assert the(g, target, OA.hasSource) == iri(extraction.source.id)
    selectors = set(g.objects(target, OA.hasSelector))
    assert selectors == {URIRef(node + "/position"), URIRef(node + "/quote")}

    position = URIRef(node + "/position")
    assert (position, RDF.type, OA.TextPositionSelector) in g
    start, end = the(g, position, OA.start), the(g, position, OA.end)
    assert isinstance(start, Literal) and isinstance(end, Literal)
    assert start.datatype == end.datatype == XSD.nonNegativeInteger
    assert (start.toPython(), end.toPython()) == (claim.start, claim.end)

    quote = URIRef(node + "/quote")
    assert (quote, RDF.type, OA.TextQuoteSelector) in g
    exact = str(the(g, quote, OA.exact))
    assert TEXT[start.toPython() : end.toPython()] == exact
    assert str(the(g, quote, OA.prefix)) == TEXT[max(0, claim.start - 32) : claim.start]
    assert str(the(g, quote, OA.suffix)) == TEXT[claim.end : claim.end + 32]


def test_quote_context_stops_at_the_text_edges(extraction: Extraction) -> None:
    claim = replace(
        claim_by(extraction, direct=True), start=0, end=len(TEXT), text=TEXT, predictions=()
    )
    g = build_graph([replace(extraction, claims=(claim,))])
    quote = URIRef(iri(claim.id) + "/quote")
    assert the(g, quote, OA.exact) == Literal(TEXT)
    assert not list(g.objects(quote, OA.prefix))
    assert not list(g.objects(quote, OA.suffix))


def test_a_span_that_misses_its_text_raises(extraction: Extraction) -> None:
    claim = replace(claim_by(extraction, direct=True), start=0)
    with pytest.raises(ClaimGraphError, match=f"{claim.id}: span 0-"):
        build_graph([replace(extraction, claims=(claim,))])


# ---- predictions -----------------------------------------------------------


def test_prediction(g: Graph, extraction: Extraction) -> None:
    claim = claim_by(extraction, direct=False)
    assert claim.prediction is not None
    node = iri(claim.prediction.id)
    assert node == URIRef(DEFAULT_BASE + "pred/" + claim.id.removeprefix("claim:"))
    assert (node, RDF.type, CG.Prediction) in g
    assert the(g, node, CG.predictionOf) == iri(claim.id)
    assert the(g, node, CG.predicts) == Literal("Russia launches a new offensive")
    assert the(g, node, CG.horizon) == Literal("within the next six months")
    assert the(g, node, CG.probability) == Literal(Decimal("0.7"), datatype=XSD.decimal)
    assert the(g, node, CG.probabilityWords) == Literal("likely")
    assert the(g, node, CG.negated) == Literal(False)
    assert the(g, node, CG.status) == Literal("open")
    assert the(g, node, CG.predictionKind) == Literal("intention")
    assert the(g, node, CG.condition) == Literal("if the ground freezes")


def test_a_forecast_without_a_condition_has_its_kind_and_no_condition(extraction: Extraction) -> None:
    claim = claim_by(extraction, direct=False)
    assert claim.prediction is not None
    bare = replace(claim, predictions=(replace(claim.predictions[0], condition=None, kind="forecast"),))
    graph = build_graph([replace(extraction, claims=tuple(bare if c.id == claim.id else c for c in extraction.claims))])
    node = iri(claim.prediction.id)
    assert the(graph, node, CG.predictionKind) == Literal("forecast")
    assert list(graph.objects(node, CG.condition)) == []


def test_prediction_window_dates_are_xsd_dates(extraction: Extraction) -> None:
    # Through Turtle and back, so the datatype is the one written to the file.
    data = export([extraction], "turtle")
    g = Graph().parse(data=data, format="turtle")
    claim = claim_by(extraction, direct=False)
    assert claim.prediction is not None
    node = iri(claim.prediction.id)
    start, end = the(g, node, CG.windowStart), the(g, node, CG.windowEnd)
    assert isinstance(start, Literal) and isinstance(end, Literal)
    assert start.datatype == end.datatype == XSD.date
    assert (start.toPython(), end.toPython()) == (date(2024, 3, 3), date(2024, 9, 3))


def test_direct_claim_makes_no_prediction(g: Graph, extraction: Extraction) -> None:
    node = iri(claim_by(extraction, direct=True).id)
    assert not list(g.subjects(CG.predictionOf, node))


# ---- ontology --------------------------------------------------------------

DECLARATIONS = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDFS.Class, RDF.Property}


def test_ontology_declares_every_cg_term_the_export_uses(extraction: Extraction) -> None:
    g = Graph().parse(data=export([extraction], "turtle"), format="turtle")
    used = {p for p in g.predicates() if str(p).startswith(CG)}
    used |= {o for o in g.objects(None, RDF.type) if str(o).startswith(CG)}
    assert CG.Prediction in used and CG.windowEnd in used  # the fixture exercises them

    declared = ontology()
    undeclared = {t for t in used if not set(declared.objects(t, RDF.type)) & DECLARATIONS}
    assert not undeclared


def test_every_ontology_term_is_labelled_and_explained() -> None:
    declared = ontology()
    terms = {s for s in declared.subjects(RDF.type, None) if str(s).startswith(CG)}
    assert terms
    for term in terms:
        assert list(declared.objects(term, RDFS.label)), term
        assert list(declared.objects(term, RDFS.comment)), term


def test_prediction_is_a_kind_of_claim() -> None:
    assert (CG.Prediction, RDFS.subClassOf, SCHEMA.Claim) in ontology()


def test_audit_spans_are_web_annotation_selectors(extraction: Extraction) -> None:
    g = build_graph([extraction])
    claim = iri(extraction.claims[0].id)
    annotation = URIRef(claim + "/annotation")
    for predicate, role, words in ((CG.cueSpan, "cue", "said"), (CG.speakerMention, "mention", "Olena Kovalenko")):
        span = URIRef(f"{claim}/{role}")
        assert (annotation, predicate, span) in g
        assert (span, RDF.type, OA.SpecificResource) in g
        assert (span, OA.hasSource, iri(extraction.source.id)) in g
        position, quote = URIRef(f"{span}/position"), URIRef(f"{span}/quote")
        start = g.value(position, OA.start).toPython()
        end = g.value(position, OA.end).toPython()
        assert TEXT[start:end] == words == str(g.value(quote, OA.exact))
    assert g.value(annotation, CG.antecedentMention) is None


def test_a_span_off_its_words_is_refused(extraction: Extraction) -> None:
    claim = replace(extraction.claims[0], mention_start=0)
    with pytest.raises(ClaimGraphError, match="mention span"):
        build_graph([replace(extraction, claims=(claim,))])
