"""A claim that foresees several things makes a prediction of each (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from graph.model import Source, prediction_id, source_id
from ingest.clause_parts import clause_parts
from ingest.extractors import get_extractor

P = date(2026, 3, 9)


def predictions(text: str) -> list[tuple[str, str, bool, date | None, date | None]]:
    extraction = get_extractor("default")(Source(source_id(None, text), text, published=P))
    [claim] = extraction.claims
    assert [p.id for p in claim.predictions] == [prediction_id(claim.id, i) for i in range(len(claim.predictions))]
    return [(p.kind, p.event, p.negated, p.window_start, p.window_end) for p in claim.predictions]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "A and that B": two reported clauses, each with its own time
        ("Defence Minister Tomas Kairys said the ministry intends to sign contracts for more tanks by the end of this "
         "year and that the new barracks should be finished in 2027.",
         [("intention", "the ministry signs contracts for more tanks", False, P, date(2026, 12, 31)),
          ("forecast", "the new barracks are finished", False, date(2027, 1, 1), date(2027, 12, 31))]),
        # the parser hangs "that B" on the first clause's verb: still a clause of its own, with no time of A's
        ("Agency chief Ilse Marten told reporters she planned to visit the plant again in April and that the agency "
         "would not support any restart.",
         [("intention", "she visits the plant", False, date(2026, 4, 1), date(2026, 4, 30)),
          # (the agency's chief speaks for it: its act is her body's plan)
          ("intention", "the agency supports any restart", True, None, None)]),
        # one subject, two tenses: "would launch A and expects to B"
        ("The minister said the government would launch a mortgage programme this summer and expects to rebuild "
         "50,000 homes by the end of 2027.",
         [("intention", "the government launches a mortgage programme", False, date(2026, 6, 1), date(2026, 8, 31)),
          ("forecast", "the government rebuilds 50,000 homes", False, P, date(2027, 12, 31))]),
        # one subject and one future over two acts, each with its own time: two predictions
        ("\"We expect inflation to peak in the second quarter and then decline to 9% by the end of the year,\" "
         "Governor Ilse Marten said.",
         [("forecast", "inflation peaks", False, date(2026, 4, 1), date(2026, 6, 30)),
          ("forecast", "inflation declines to 9%", False, P, date(2026, 12, 31))]),
        ("Prime Minister Ana Rusu said her country aims to complete the talks by 2028 and join the union before 2030.",
         [("intention", "her country completes the talks", False, P, date(2028, 12, 31)),
          ("intention", "her country joins the union", False, P, date(2029, 12, 31))]),
        # a later act after "before", with a time of its own; the first event ends where it begins
        ("The agency said it expects the deficit to reach 5.1% of GDP this year before narrowing to about 4% in 2027.",
         [("forecast", "the deficit reaches 5.1% of GDP", False, P, date(2026, 12, 31)),
          ("forecast", "the deficit narrows to about 4%", False, date(2027, 1, 1), date(2027, 12, 31))]),
        # a second figure with a time of its own: the same event at that figure, each without the other's words
        ("Inflation will slow to 4% this year and 3% next year, the governor said.",
         [("forecast", "Inflation slows to 4%", False, P, date(2026, 12, 31)),
          ("forecast", "Inflation slows to 3%", False, date(2027, 1, 1), date(2027, 12, 31))]),
        ("Inflation will slow to 5% this year and to 4% in 2027, the governor said.",
         [("forecast", "Inflation slows to 5%", False, P, date(2026, 12, 31)),
          ("forecast", "Inflation slows to 4%", False, date(2027, 1, 1), date(2027, 12, 31))]),
        ("The harvest will reach 60 million tonnes this year and 65 million tonnes next year, the minister said.",
         [("forecast", "the harvest reaches 60 million tonnes", False, P, date(2026, 12, 31)),
          ("forecast", "the harvest reaches 65 million tonnes", False, date(2027, 1, 1), date(2027, 12, 31))]),
        # ... whatever follows the first figure's number, and with a preposition before the second ("by 3%")
        ("The budget deficit will reach 20% of GDP this year and 15% next year, the minister said.",
         [("forecast", "the budget deficit reaches 20% of GDP", False, P, date(2026, 12, 31)),
          ("forecast", "the budget deficit reaches 15%", False, date(2027, 1, 1), date(2027, 12, 31))]),
        ("The economy will grow by 2% in 2026 and by 3% in 2027, the minister said.",
         [("forecast", "the economy grows by 2%", False, P, date(2026, 12, 31)),
          ("forecast", "the economy grows by 3%", False, date(2027, 1, 1), date(2027, 12, 31))]),
        # a coordinated infinitive whose base form the tagger read as a past ("cut") shares the "to" and has its own time
        ("The harbour board is expected to keep the toll unchanged in April and cut it in June, the minister said.",
         [("forecast", "the harbour board keeps the toll unchanged", False, date(2026, 4, 1), date(2026, 4, 30)),
          ("forecast", "the harbour board cuts it", False, date(2026, 6, 1), date(2026, 6, 30))]),
        # ranges as figures, with a hyphen or an en dash
        ("The central bank expects GDP to grow by 2-3% in 2026 and 4-5% in 2027, its governor said on Monday.",
         [("forecast", "GDP grows by 2-3%", False, P, date(2026, 12, 31)),
          ("forecast", "GDP grows by 4-5%", False, date(2027, 1, 1), date(2027, 12, 31))]),
        ("Inflation will ease to 6–7% this year and 4–5% next year, the governor said.",
         [("forecast", "Inflation eases to 6–7%", False, P, date(2026, 12, 31)),
          ("forecast", "Inflation eases to 4–5%", False, date(2027, 1, 1), date(2027, 12, 31))]),
    ],
)
def test_each_clause_that_predicts_is_a_prediction(text: str, expected: list[tuple[object, ...]]) -> None:
    assert predictions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # one subject and modal over two acts: one prediction
        "The minister said the government would launch a mortgage programme and rebuild 50,000 homes by 2027.",
        # a second clause that only points back at the first belongs to it
        "The minister said the bridge would reopen in May and it would take another year to finish the road.",
        "The ministry said the bridge would reopen in May and it would take another year to finish the road.",
        # a clause that foresees nothing next to one that does
        "The minister said the bridge was damaged in January and that it would reopen in May.",
        # a figure and another figure with no time of its own
        "The minister said prices would rise by 5% this year and 3% more than wages.",
        # two verbs of a condition are the condition's, however the parser hung them
        "Kyiv hopes to reopen the airport within three months, provided partners can guarantee air cover and insurers "
        "agree to cover aircraft, minister Taras Melnyk said.",
    ],
)
def test_one_thing_foreseen_is_one_prediction(text: str) -> None:
    assert len(predictions(text)) == 1


def test_a_forecasting_cue_alone_makes_no_part_a_prediction() -> None:
    # "expects": the content as a whole is foreseen, its past clause is no prediction of its own
    text = "The institute expects that exports fell by 3% in January and that growth will halve this year."
    assert len(predictions(text)) == 1


def test_clause_parts_cut_between_the_clauses_without_the_conjunction(nlp: Language) -> None:
    doc = nlp("He said the army would withdraw next week and that the talks would resume in May.")
    content = doc[2:-1]
    assert [p.text for p in clause_parts(content)] == ["the army would withdraw next week", "the talks would resume in May"]
    assert clause_parts(nlp("The army would withdraw and regroup.")[:]) == []


def test_a_condition_before_both_clauses_is_each_ones() -> None:
    text = "Olena Berg said that if talks fail, the army would strike in May and the navy would blockade the port."
    extraction = get_extractor("default")(Source(source_id(None, text), text, published=P))
    [claim] = extraction.claims
    assert [(p.event, p.condition) for p in claim.predictions] == [
        ("the army strikes", "if talks fail"), ("the navy blockades the port", "if talks fail")]
