"""The word lists the prediction rules read, from ``data/lexicon/predictions.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ingest.lexicon import load_lexicon


@dataclass(frozen=True)
class Words:
    """The word lists of ``data/lexicon/predictions.yaml``."""

    strong: frozenset[str]
    hedged: frozenset[str]
    weak: frozenset[str]
    non_event_verbs: frozenset[str]
    intention_verbs: frozenset[str]
    intention_nouns: frozenset[str]
    agent_nouns: frozenset[str]
    purpose_nouns: frozenset[str]
    forecast_controls: dict[str, str]
    expect_verbs: frozenset[str]
    risk_nouns: frozenset[str]
    risk_links: frozenset[str]
    scenario_nouns: frozenset[str]
    belief_verbs: frozenset[str]
    condition_marks: tuple[str, ...]
    forecast_cues: frozenset[str]
    estimate_cues: frozenset[str]
    exclusion_cues: tuple[str, ...]
    plausibility_adjectives: frozenset[str]
    imminence_adjectives: frozenset[str]
    forecast_nouns: frozenset[str]
    purpose_marks: tuple[str, ...]
    attitudes: dict[str, tuple[str, str]]
    groundwork_idioms: dict[str, str]
    direction_nouns: frozenset[str]
    question_cues: frozenset[str]
    sign_verbs: frozenset[str]
    scene_nouns: frozenset[str] = frozenset()
    cancel_verbs: frozenset[str] = frozenset()
    possibility_adjectives: frozenset[str] = frozenset()
    impending_verbs: frozenset[str] = frozenset()
    outcome_verbs: frozenset[str] = frozenset()
    judgement_cues: frozenset[str] = frozenset()
    figure_cues: frozenset[str] = frozenset()
    evidence_nouns: frozenset[str] = frozenset()
    rescheduling_verbs: frozenset[str] = frozenset()
    own_bodies: dict[str, frozenset[str]] | None = None
    own_side_nouns: frozenset[str] = frozenset()
    feelings: frozenset[str] = frozenset()
    withheld_words: frozenset[str] = frozenset()
    told_verbs: frozenset[str] = frozenset()
    asking_verbs: frozenset[str] = frozenset()
    heard_matters: frozenset[str] = frozenset()
    change_nouns: frozenset[str] = frozenset()
    performative_verbs: frozenset[str] = frozenset()
    phrasal_outcomes: dict[str, frozenset[str]] | None = None
    revision_verbs: frozenset[str] = frozenset()
    commentator_nouns: frozenset[str] = frozenset()


@cache
def words() -> Words:
    """Return the prediction word lists (loaded once)."""
    data = load_lexicon("predictions")
    modals = data["modals"]
    return Words(
        frozenset(modals["strong"]), frozenset(modals["hedged"]), frozenset(modals["weak"]),
        frozenset(data["non_event_verbs"]), frozenset(data["intention_verbs"]), frozenset(data["intention_nouns"]),
        frozenset(data["agent_nouns"]), frozenset(data["purpose_nouns"]), {str(k): str(v) for k, v in data["forecast_controls"].items()},
        frozenset(data["expect_verbs"]), frozenset(data["risk_nouns"]), frozenset(data["risk_links"]), frozenset(data["scenario_nouns"]), frozenset(data["belief_verbs"]),
        tuple(sorted(data["condition_marks"], key=len, reverse=True)),
        frozenset(data["forecast_cues"]), frozenset(data["estimate_cues"]), tuple(data["exclusion_cues"]),
        frozenset(data["plausibility_adjectives"]), frozenset(data["imminence_adjectives"]), frozenset(data["forecast_nouns"]),
        tuple(data["purpose_marks"]), {str(k): (str(v[0]), str(v[1])) for k, v in data["attitudes"].items()},
        {str(k): str(v) for k, v in data["groundwork_idioms"].items()}, frozenset(data["direction_nouns"]),
        frozenset(data["question_cues"]), frozenset(data["sign_verbs"]), frozenset(data.get("scene_nouns") or ()),
        frozenset(data.get("cancel_verbs") or ()), frozenset(data.get("possibility_adjectives") or ()),
        frozenset(data.get("impending_verbs") or ()), frozenset(data.get("outcome_verbs") or ()),
        frozenset(data.get("judgement_cues") or ()), frozenset(data.get("figure_cues") or ()),
        frozenset(data.get("evidence_nouns") or ()), frozenset(data.get("rescheduling_verbs") or ()),
        {str(k): frozenset(v) for k, v in (data.get("own_bodies") or {}).items()}, frozenset(data.get("own_side_nouns") or ()),
        frozenset(data.get("feelings") or ()), frozenset(data.get("withheld_words") or ()), frozenset(data.get("told_verbs") or ()),
        frozenset(data.get("asking_verbs") or ()), frozenset(data.get("heard_matters") or ()),
        frozenset(data.get("change_nouns") or ()), frozenset(data.get("performative_verbs") or ()),
        {str(k): frozenset(str(w) for w in v) for k, v in (data.get("phrasal_outcomes") or {}).items()},
        frozenset(data.get("revision_verbs") or ()), frozenset(data.get("commentator_nouns") or ()),
    )


@cache
def judging_cues() -> frozenset[str]:
    """Cues that judge what is to come rather than announce it: a reported "would" under them is a forecast, even of
    an actor's act ("estimated that the line would not be finished", "believes Moscow would retaliate"). Not "hope",
    nor "warn": a warning is as often a threat of the speaker's own side ("Putin warned that Moscow would respond")."""
    w = words()
    return (w.expect_verbs | w.belief_verbs | w.forecast_cues | w.estimate_cues | w.judgement_cues) - {"hope", "warn"}


def forecasting_verbs() -> frozenset[str]:
    """The expect verbs that forecast: all but "hope" and "fear", whose objects are wishes and worries more than
    forecasts (a forecast's cue, a forecasting verb's dated object, a time under a forecasting verb)."""
    return words().expect_verbs - {"hope", "fear"}
