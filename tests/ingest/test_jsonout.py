from __future__ import annotations

import json
from datetime import date

from spacy.language import Language

from graph.model import Source, source_id
from ingest.directory import Directory
from ingest.extract import extract
from ingest.jsonout import extraction_to_json


def test_json_names_the_outlet_that_relays_a_claim(nlp: Language, directory: Directory) -> None:
    text = "The port will reopen in May, Nordwire reported, citing harbour director Olena Kovalenko.\n"
    src = Source(source_id(None, text), text, published=date(2025, 1, 10), path="b.txt")
    [claim] = extraction_to_json(extract(src, directory, nlp), directory)["claims"]
    assert claim["speaker"]["name"] == "Olena Kovalenko"
    assert text[claim["via_start"] : claim["via_end"]] == claim["via"] == "Nordwire"


def test_json_follows_the_output_contract(nlp: Language, directory: Directory) -> None:
    text = '"Russia can attack Moldova next year," said Yevhen Magda, director of the Institute of World Politics.\n'
    src = Source(source_id(None, text), text, publisher="TSN.ua", published=date(2022, 12, 20), path="a.txt")
    data = extraction_to_json(extract(src, directory, nlp), directory)
    json.dumps(data)  # serialisable as is
    assert data["source"]["id"] == src.id and data["source"]["published"] == "2022-12-20"
    claim = data["claims"][0]
    assert set(claim) == {"id", "speaker", "text", "start", "end", "direct", "cue", "confidence", "is_prediction", "predictions", "about",
                          "cue_start", "cue_end", "mention", "mention_start", "mention_end",
                          "antecedent", "antecedent_start", "antecedent_end", "via", "via_start", "via_end"}
    assert text[claim["cue_start"] : claim["cue_end"]] == claim["cue"] == "said"
    assert text[claim["mention_start"] : claim["mention_end"]] == claim["mention"] == "Yevhen Magda"
    assert claim["antecedent"] is None and claim["antecedent_start"] is None
    assert claim["speaker"]["name"] == "Yevhen Magda" and claim["speaker"]["kind"] == "person"
    assert claim["speaker"]["affiliation"] == "Institute of World Politics"
    assert text[claim["start"] : claim["end"]] == claim["text"]
    [prediction] = claim["predictions"]
    assert claim["is_prediction"] and prediction["window_start"] == "2023-01-01"
    assert prediction["window_end"] == "2023-12-31" and prediction["probability_words"] == "can"
    assert {a["name"] for a in claim["about"]} >= {"Russia", "Moldova"}
