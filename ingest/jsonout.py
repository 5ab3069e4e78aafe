"""The JSON output of ``claimgraph extract --format json`` (a stable contract).

One object per source: ``{"source": {...}, "claims": [...]}``; each claim
names its speaker in full (name, kind, role, affiliation, id) and its
predictions (none, one, or one per clause that predicts), with the windows as ISO dates, and carries the offsets
of its cue, of the speaker mention it was attributed through and of the
mention a pronoun or title was resolved to (null when unknown).
"""

from __future__ import annotations

from typing import Any

from graph.model import Claim, Entity, Extraction, Organisation, Person
from ingest.mentions import DirectoryLike


def _speaker(record: Person | Organisation | None, speaker_id: str) -> dict[str, Any]:
    if isinstance(record, Person):
        return {"name": record.name, "kind": record.kind, "role": record.role,
                "affiliation": record.affiliation, "id": record.id}
    if isinstance(record, Organisation):
        return {"name": record.name, "kind": "organisation", "role": None, "affiliation": None, "id": record.id}
    return {"name": None, "kind": None, "role": None, "affiliation": None, "id": speaker_id}


def _claim(claim: Claim, speakers: dict[str, Person | Organisation], entities: dict[str, Entity]) -> dict[str, Any]:
    return {
        "id": claim.id,
        "speaker": _speaker(speakers.get(claim.speaker_id), claim.speaker_id),
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "direct": claim.direct,
        "cue": claim.cue,
        "cue_start": claim.cue_start,
        "cue_end": claim.cue_end,
        "mention": claim.mention,
        "mention_start": claim.mention_start,
        "mention_end": claim.mention_end,
        "antecedent": claim.antecedent,
        "antecedent_start": claim.antecedent_start,
        "antecedent_end": claim.antecedent_end,
        "via": claim.via,
        "via_start": claim.via_start,
        "via_end": claim.via_end,
        "confidence": claim.confidence,
        "is_prediction": bool(claim.predictions),
        "predictions": [{
            "id": prediction.id,
            "event": prediction.event,
            "kind": prediction.kind,
            "condition": prediction.condition,
            "horizon": prediction.horizon,
            "window_start": prediction.window_start.isoformat() if prediction.window_start else None,
            "window_end": prediction.window_end.isoformat() if prediction.window_end else None,
            "probability": prediction.probability,
            "probability_words": prediction.probability_words,
            "negated": prediction.negated,
        } for prediction in claim.predictions],
        "about": [
            {"id": e, "name": entities[e].name if e in entities else None, "kind": entities[e].kind if e in entities else None}
            for e in claim.about
        ],
    }


def extraction_to_json(extraction: Extraction, directory: DirectoryLike | None = None) -> dict[str, Any]:
    """Return an extraction as the JSON-ready object of the output contract.

    Speakers come from the extraction's own records; ``directory`` fills in
    any speaker id the extraction does not describe (e.g. an edited claim).
    """
    source = extraction.source
    speakers: dict[str, Person | Organisation] = {r.id: r for r in extraction.speakers}
    if directory is not None:
        for claim in extraction.claims:
            if claim.speaker_id not in speakers:
                record = directory.get(claim.speaker_id)
                if isinstance(record, (Person, Organisation)):
                    speakers[record.id] = record
    entities = {e.id: e for e in extraction.entities}
    return {
        "source": {
            "id": source.id,
            "title": source.title,
            "url": source.url,
            "publisher": source.publisher,
            "published": source.published.isoformat() if source.published else None,
            "language": source.language,
            "path": source.path,
            "notes": list(extraction.notes),
        },
        "claims": [_claim(c, speakers, entities) for c in extraction.claims],
    }
