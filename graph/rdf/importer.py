"""RDF back into claimgraph records: the inverse of ``graph.rdf``.

``extractions(graph)`` reads a graph (or the union of a dataset's graphs) in
claimgraph's mapping and returns one ``Extraction`` per source, ready for
``Store.write``; ``import_rdf(store, path)`` reads a file offline and writes
each source in its own transaction. Records are found by their
``schema:identifier`` (every node claimgraph exports has one), so an import
needs no knowledge of the base IRI the file was exported under.

What RDF does not order comes back sorted: aliases and the entities a claim
is about are sorted by value, claims by their offsets. Of the provenance
graphs of TriG and N-Quads only the time the extraction ended is read: it is
when the source's claims were extracted and stored (``Source.extracted_at``).
Resolutions come back with their history (superseded verdicts included).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from rdflib import OWL, RDF, Dataset, Graph, Literal, URIRef
from rdflib.term import Identifier, Node

from graph.errors import InputError
from graph.model import (
    PREDICTION_KINDS,
    Claim,
    Entity,
    EntityKind,
    Extraction,
    Organisation,
    Person,
    Prediction,
    Resolution,
    Source,
    prediction_order,
)
from graph.rdf.mapping import AUDIT_SPANS
from graph.rdf.parse import read, union
from graph.rdf.terms import CG, ENTITY_TYPES, OA, PROV, SCHEMA, WIKIDATA
from graph.store import Store
from graph.track.resolutions import OUTCOMES

# The entity kind of each set of types the export writes (see ENTITY_TYPES).
_KINDS: dict[frozenset[URIRef], EntityKind] = {
    frozenset(types): kind  # type: ignore[misc]
    for kind, types in ENTITY_TYPES.items()
}


@dataclass(frozen=True)
class ImportReport:
    """What an import wrote: source ids, and how many claims and predictions."""

    sources: tuple[str, ...]
    claims: int
    predictions: int


def import_rdf(store: Store, path: Path, format: str | None = None) -> ImportReport:
    """Read the RDF file ``path`` and write its sources into ``store``.

    ``format`` is one of ``graph.rdf.FORMATS`` (default: from the suffix).
    Everything is read and checked before anything is written; then each
    source is written in its own transaction, replacing what the store had
    for it.

    Returns what was written.

    Raises:
        InputError: the file cannot be read, parsed or mapped to records.
        StoreError: the database refused a write (earlier sources stay written).
    """
    found = extractions(read(path, format), name=path)
    for extraction in found:
        store.write(extraction)
    return ImportReport(
        sources=tuple(e.source.id for e in found),
        claims=sum(len(e.claims) for e in found),
        predictions=sum(len(c.predictions) for e in found for c in e.claims),
    )


def extractions(data: Graph, name: str | Path = "<data>") -> list[Extraction]:
    """Return the records in ``data`` as one Extraction per source, ordered by source id.

    Each extraction carries the speakers of its claims, their affiliated
    organisations and the entities its claims are about, so ``Store.write``
    can check and link them; people, organisations and entities no claim
    mentions go with the first source.

    Raises ``InputError`` (naming ``name``) when a record lacks what the
    model requires, a claim's span does not match its source's text, or
    there are people or entities but no source to attach them to.
    """
    g = union(data) if isinstance(data, Dataset) else data
    reader = _Reader(g, str(name))
    people = {p.id: p for p in reader.people()}
    organisations = {o.id: o for o in reader.organisations()}
    entities = {e.id: e for e in reader.entities()}
    sources = sorted(reader.sources(), key=lambda s: s.id)
    claims_by_source: dict[str, list[Claim]] = {s.id: [] for s in sources}
    for claim in reader.claims():
        if claim.source_id not in claims_by_source:
            raise InputError(name, f"{claim.id}: its source {claim.source_id} is not in the data")
        claims_by_source[claim.source_id].append(claim)
    source_of_prediction = {
        p.id: source_id for source_id, claims in claims_by_source.items() for c in claims for p in c.predictions
    }
    # A resolution goes with the source of its prediction; one whose
    # prediction is gone (kept as history) with the first source.
    resolutions_by_source: dict[str | None, list[Resolution]] = {}
    for resolution in reader.resolutions():
        resolutions_by_source.setdefault(source_of_prediction.get(resolution.prediction_id), []).append(resolution)

    used: set[str] = set()
    result: list[Extraction] = []
    for source in sources:
        claims = sorted(claims_by_source[source.id], key=lambda c: (c.start, c.end, c.id))
        speakers = {c.speaker_id for c in claims}
        about = {e for c in claims for e in c.about}
        affiliations = {p.affiliation_id for i, p in people.items() if i in speakers and p.affiliation_id}
        missing = speakers - people.keys() - organisations.keys()
        if missing:
            raise InputError(name, f"{source.id}: speaker {sorted(missing)[0]} is not a schema:Person or schema:Organization in the data")
        if missing := about - entities.keys():
            raise InputError(name, f"{source.id}: entity {sorted(missing)[0]} is not in the data")
        result.append(
            Extraction(
                source=source,
                claims=tuple(claims),
                people=tuple(people[i] for i in sorted(speakers & people.keys())),
                organisations=tuple(organisations[i] for i in sorted((speakers | affiliations) & organisations.keys())),
                entities=tuple(entities[i] for i in sorted(about)),
                resolutions=tuple(resolutions_by_source.get(source.id, ())),
            )
        )
        used |= speakers | affiliations | about
    rest = (
        [people[i] for i in sorted(people.keys() - used)],
        [organisations[i] for i in sorted(organisations.keys() - used)],
        [entities[i] for i in sorted(entities.keys() - used)],
    )
    loose = tuple(resolutions_by_source.get(None, ()))
    if any(rest) or loose:
        if not result:
            raise InputError(name, "people, organisations, entities or resolutions but no schema:NewsArticle to store them with")
        first = result[0]
        result[0] = Extraction(
            source=first.source,
            claims=first.claims,
            people=first.people + tuple(rest[0]),
            organisations=first.organisations + tuple(rest[1]),
            entities=first.entities + tuple(rest[2]),
            resolutions=first.resolutions + loose,
        )
    return result


#: The IRI of a prediction (``terms.iri``): the base, then ``pred/`` and the hex part of its id.
_PREDICTION_IRI = re.compile(r"[/#]pred/([0-9a-f]+)$")


class _Reader:
    """Reads records of claimgraph's mapping out of one graph."""

    def __init__(self, g: Graph, name: str):
        self.g = g
        self.name = name

    # -- values ------------------------------------------------------------------

    def _fail(self, node: Node, message: str) -> InputError:
        return InputError(self.name, f"{node}: {message}")

    def one(self, node: Node, predicate: URIRef) -> Node:
        """Return the single object of (node, predicate); raise InputError if not one."""
        values = list(self.g.objects(node, predicate))
        if len(values) != 1:
            raise self._fail(node, f"expected exactly one {predicate.n3(self.g.namespace_manager)}, found {len(values)}")
        return values[0]

    def optional(self, node: Node, predicate: URIRef) -> Node | None:
        """Return the object of (node, predicate) or None; raise InputError if several."""
        values = list(self.g.objects(node, predicate))
        if len(values) > 1:
            raise self._fail(node, f"expected at most one {predicate.n3(self.g.namespace_manager)}, found {len(values)}")
        return values[0] if values else None

    def text(self, node: Node, predicate: URIRef) -> str:
        return str(self.one(node, predicate))

    def optional_text(self, node: Node, predicate: URIRef) -> str | None:
        value = self.optional(node, predicate)
        return None if value is None else str(value)

    def python(self, node: Node, predicate: URIRef, kind: type, required: bool = False) -> object:
        """Return the typed value of a literal (a date, a number, a boolean), or None."""
        value = self.one(node, predicate) if required else self.optional(node, predicate)
        if value is None:
            return None
        converted = value.toPython() if isinstance(value, Literal) else value
        if kind is float and isinstance(converted, (int, Decimal)) and not isinstance(converted, bool):
            converted = float(converted)
        if not isinstance(converted, kind) or (kind is int and isinstance(converted, bool)):
            raise self._fail(node, f"{predicate.n3(self.g.namespace_manager)} {value!r} is not a {kind.__name__}")
        return converted

    def id(self, node: Node) -> str:
        return self.text(node, SCHEMA.identifier)

    def id_of(self, node: Node, prefix: str, subject: Node | None = None, role: str = "") -> str:
        """Return the id of ``node`` (the ``role`` of ``subject``), which must start with ``prefix``."""
        values = list(self.g.objects(node, SCHEMA.identifier))
        if not values and subject is not None:
            raise self._fail(subject, f"its {role} {node.n3()} is not in the data (no schema:identifier)")
        record_id = self.id(node)
        if not record_id.startswith(prefix):
            raise self._fail(node, f"expected an id starting with {prefix!r}, found {record_id!r}")
        return record_id

    def aliases(self, node: Node) -> tuple[str, ...]:
        return tuple(sorted(str(a) for a in self.g.objects(node, SCHEMA.alternateName)))

    def wikidata(self, node: Node) -> str | None:
        value = self.optional(node, OWL.sameAs)
        if value is None:
            return None
        return str(value).removeprefix(str(WIKIDATA))

    def typed(self, type_: URIRef, prefix: str) -> Iterator[Identifier]:
        """Yield the nodes of ``type_`` whose id starts with ``prefix``, in rdflib's term order."""
        # Parsed subjects are IRIs or blank nodes: Identifiers, which rdflib can order.
        subjects = {node for node in self.g.subjects(RDF.type, type_) if isinstance(node, Identifier)}
        for node in sorted(subjects):
            if self.id(node).startswith(prefix):
                yield node

    # -- records -------------------------------------------------------------------

    def sources(self) -> Iterator[Source]:
        for node in self.typed(SCHEMA.NewsArticle, "src:"):
            published = self.python(node, SCHEMA.datePublished, date)
            url = self.optional(node, SCHEMA.url)
            yield Source(
                id=self.id(node),
                text=self.text(node, SCHEMA.text),
                title=self.optional_text(node, SCHEMA.headline),
                url=None if url is None else str(url),
                publisher=self.optional_text(node, SCHEMA.publisher),
                published=published,  # type: ignore[arg-type]
                language=self.optional_text(node, SCHEMA.inLanguage) or "en",
                extracted_at=self.extracted_at(node),
            )

    def extracted_at(self, source: Node) -> datetime | None:
        """Return when the extraction that used ``source`` ended (TriG and N-Quads carry it), or None."""
        for activity in self.g.subjects(PROV.used, source):
            if (activity, RDF.type, PROV.Activity) in self.g:
                return self.python(activity, PROV.endedAtTime, datetime)  # type: ignore[return-value]
        return None

    def resolved(self, resolution: Node) -> str:
        """Return the id of the prediction ``resolution`` judges, from its IRI when it is gone."""
        judged = list(self.g.subjects(CG.resolvedAs, resolution))
        if len(judged) != 1:
            raise self._fail(resolution, f"expected exactly one prediction resolved as it (cg:resolvedAs), found {len(judged)}")
        target = judged[0]
        if (target, SCHEMA.identifier, None) in self.g:
            return self.id_of(target, "pred:")
        match = _PREDICTION_IRI.search(str(target))
        if match is None:
            raise self._fail(resolution, f"{target.n3()} (cg:resolvedAs) is not a prediction's IRI")
        return "pred:" + match.group(1)

    def resolutions(self) -> Iterator[Resolution]:
        for node in self.typed(CG.Resolution, "res:"):
            outcome = self.text(node, CG.outcome)
            if outcome not in OUTCOMES:
                raise self._fail(node, f"cg:outcome {outcome!r} is not one of {', '.join(OUTCOMES)}")
            yield Resolution(
                id=self.id(node),
                prediction_id=self.resolved(node),
                outcome=outcome,  # type: ignore[arg-type]
                resolved_on=self.python(node, CG.resolvedOn, date, required=True),  # type: ignore[arg-type]
                evidence=tuple(sorted(str(url) for url in self.g.objects(node, SCHEMA.citation))),
                note=self.optional_text(node, SCHEMA.description),
                resolved_by=self.optional_text(node, CG.resolvedBy),
                origin=self.optional_text(node, CG.origin),
                recorded_at=self.python(node, PROV.generatedAtTime, datetime),  # type: ignore[arg-type]
                superseded=bool(self.python(node, CG.superseded, bool)),
            )

    def people(self) -> Iterator[Person]:
        for node in self.typed(SCHEMA.Person, ""):
            unnamed = (node, RDF.type, CG.UnnamedSource) in self.g
            if not self.id(node).startswith("person:") and not unnamed:
                continue
            affiliation = self.optional(node, SCHEMA.affiliation)
            yield Person(
                id=self.id(node),
                name=self.text(node, SCHEMA.name),
                aliases=self.aliases(node),
                role=self.optional_text(node, SCHEMA.jobTitle),
                # The model keeps the organisation's canonical name; its id
                # is derived from it again.
                affiliation=None if affiliation is None else self.text(affiliation, SCHEMA.name),
                wikidata=self.wikidata(node),
                kind="unnamed" if unnamed else "person",
            )

    def organisations(self) -> Iterator[Organisation]:
        for node in self.typed(SCHEMA.Organization, "org:"):
            yield Organisation(
                id=self.id(node),
                name=self.text(node, SCHEMA.name),
                aliases=self.aliases(node),
                wikidata=self.wikidata(node),
            )

    def entities(self) -> Iterator[Entity]:
        nodes: set[Identifier] = set()
        for entity_types in ENTITY_TYPES.values():
            for type_ in entity_types:
                nodes |= set(self.typed(type_, "entity:"))
        for node in sorted(nodes):
            types = frozenset(t for t in self.g.objects(node, RDF.type) if isinstance(t, URIRef))
            yield Entity(
                id=self.id(node),
                name=self.text(node, SCHEMA.name),
                kind=_KINDS.get(types, "other"),
                aliases=self.aliases(node),
                wikidata=self.wikidata(node),
            )

    def claims(self) -> Iterator[Claim]:
        for node in self.typed(SCHEMA.Claim, "claim:"):
            claim_id = self.id(node)
            source = self.one(node, SCHEMA.appearance)
            source_id = self.id_of(source, "src:", node, "appearance")
            start, end = self.span(node, source)
            text = self.text(node, SCHEMA.text)
            if self.text(source, SCHEMA.text)[start:end] != text:
                raise self._fail(node, f"span {start}-{end} does not match its text in {source_id}")
            confidence = self.python(node, CG.confidence, float)
            yield Claim(
                id=claim_id,
                source_id=source_id,
                speaker_id=self.id_of(self.one(node, SCHEMA.author), "", node, "author"),
                text=text,
                start=start,
                end=end,
                direct=bool(self.python(node, CG.direct, bool, required=True)),
                cue=self.optional_text(node, CG.cue),
                confidence=1.0 if confidence is None else confidence,  # type: ignore[arg-type]
                about=tuple(sorted(self.id_of(e, "entity:", node, "entity") for e in self.g.objects(node, SCHEMA.about))),
                predictions=self.predictions(node, claim_id),
                **self.audit(node, source),
            )

    def audit(self, claim: Node, source: Node) -> dict[str, Any]:
        """Return the claim's audit fields (see Claim) from the spans its annotation links."""
        fields: dict[str, Any] = {}
        text = self.text(source, SCHEMA.text)
        for role, predicate in AUDIT_SPANS.items():
            for annotation in self.g.subjects(OA.hasBody, claim):
                for target in self.g.objects(annotation, predicate):
                    for selector in self.g.objects(target, OA.hasSelector):
                        if (selector, RDF.type, OA.TextPositionSelector) not in self.g:
                            continue
                        start = self.python(selector, OA.start, int, required=True)
                        end = self.python(selector, OA.end, int, required=True)
                        assert isinstance(start, int) and isinstance(end, int)
                        if not 0 <= start < end <= len(text):
                            raise self._fail(claim, f"{role} span {start}-{end} lies outside its article's text")
                        fields[f"{role}_start"], fields[f"{role}_end"] = start, end
                        if role != "cue":
                            fields[role] = text[start:end]
        return fields

    def span(self, claim: Node, source: Node) -> tuple[int, int]:
        """Return (start, end) from the claim's oa:TextPositionSelector on ``source``."""
        for annotation in self.g.subjects(OA.hasBody, claim):
            for target in self.g.objects(annotation, OA.hasTarget):
                if (target, OA.hasSource, source) not in self.g:
                    continue
                for selector in self.g.objects(target, OA.hasSelector):
                    if (selector, RDF.type, OA.TextPositionSelector) in self.g:
                        start = self.python(selector, OA.start, int, required=True)
                        end = self.python(selector, OA.end, int, required=True)
                        return start, end  # type: ignore[return-value]
        raise self._fail(claim, "no oa:Annotation with an oa:TextPositionSelector gives its offsets")

    def predictions(self, claim: Node, claim_id: str) -> tuple[Prediction, ...]:
        """Return the claim's predictions, in the order of their ids (``prediction_order``)."""
        found = (self.prediction(node, claim_id) for node in self.g.subjects(CG.predictionOf, claim))
        return tuple(sorted(found, key=lambda p: prediction_order(p.id)))

    def prediction(self, node: Node, claim_id: str) -> Prediction:
        status = self.optional_text(node, CG.status) or "open"
        if status not in ("open", "resolved"):
            raise self._fail(node, f"cg:status {status!r} is not 'open' or 'resolved'")
        kind = self.optional_text(node, CG.predictionKind) or "forecast"  # files written before kinds existed
        if kind not in PREDICTION_KINDS:
            raise self._fail(node, f"cg:predictionKind {kind!r} is not 'forecast' or 'intention'")
        return Prediction(
            id=self.id_of(node, "pred:"),
            claim_id=claim_id,
            event=self.text(node, CG.predicts),
            horizon=self.optional_text(node, CG.horizon),
            window_start=self.python(node, CG.windowStart, date),  # type: ignore[arg-type]
            window_end=self.python(node, CG.windowEnd, date),  # type: ignore[arg-type]
            probability=self.python(node, CG.probability, float),  # type: ignore[arg-type]
            probability_words=self.optional_text(node, CG.probabilityWords),
            negated=bool(self.python(node, CG.negated, bool)),
            status=status,  # type: ignore[arg-type]
            kind=kind,  # type: ignore[arg-type]
            condition=self.optional_text(node, CG.condition),
        )

