"""The word lists of ``data/lexicon/``: every file loads, and the lists the code reads as sets are there."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import InputError
from ingest.lexicon import load_lexicon, word_set

LEXICON = Path(__file__).resolve().parents[2] / "data" / "lexicon"

#: The word lists the rules read with ``word_set`` (moved out of the code), by lexicon file.
WORD_SETS = {
    "predictions": ["called_off_verbs", "capacity_verbs", "time_prepositions", "undergone_verbs", "stative_verbs",
                    "hedge_adverbs", "when_not_if_nouns", "case_kinds", "expected_cases", "schedule_verbs",
                    "present_adverbs", "hardly_adverbs", "hedge_words", "wanting_verbs", "litotes_verbs",
                    "noun_says_verbs"],
    "cues": ["wishing_verbs", "denial_verbs", "chance_nouns", "speaking_forms", "doubting_verbs", "anonymity_verbs"],
    "contents": ["comment_nouns", "withheld_verbs", "utterance_nouns", "soon_adverbs", "fronted_conditions", "time_marks",
                 "concessive_marks"],
    "roles": ["title_glue", "body_like_nouns"],
    "events": ["drop_adverbs", "measure_nouns", "likelihood_adjectives", "reason_words", "happening_verbs", "dummy_it_verbs",
               "time_nouns", "source_words"],
    "sources": ["generic_bodies", "group_nouns", "interrupting_verbs", "share_nouns", "medium_events", "medium_nouns",
                "seeing_verbs", "leaked_nouns"],
}


@pytest.mark.parametrize("path", sorted(LEXICON.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_lexicon_loads_as_a_mapping(path: Path) -> None:
    assert isinstance(load_lexicon(path.stem), dict)


@pytest.mark.parametrize("name, key", [(name, key) for name, keys in WORD_SETS.items() for key in keys])
def test_word_set_is_lower_case_words(name: str, key: str) -> None:
    entries = load_lexicon(name)[key]
    assert isinstance(entries, list) and entries, f"{name}.yaml: {key} is empty or missing"
    assert all(isinstance(w, str) and w == w.lower().strip() and w for w in entries), f"{name}.yaml: {key}: {entries}"
    assert len(set(entries)) == len(entries), f"{name}.yaml: {key} lists a word twice"
    assert word_set(name, key) == frozenset(entries)


def test_word_set_refuses_what_is_no_list_of_words() -> None:
    with pytest.raises(InputError, match="not a list of words"):
        word_set("predictions", "no_such_list")
    with pytest.raises(InputError, match="not a list of words"):
        word_set("predictions", "modals")  # a mapping, not a list
