"""Brier scores, hit rates and calibration, checked against sums done by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.store import Store
from graph.track.resolutions import apply_resolutions
from graph.track.scoring import (
    BANDS,
    brier,
    calibration,
    event_outcome,
    forecast,
    leaning,
    plot_calibration,
    scorecard,
    scores,
)
from ingest.load import collect, ingest

REPO = Path(__file__).resolve().parents[3]


def row(outcome: str | None, probability: float | None, negated: bool = False, speaker: str = "a", **extra: Any) -> dict[str, Any]:
    return {
        "speaker_id": f"person:{speaker}",
        "speaker": speaker.title(),
        "kind": "person",
        "organisation_ids": [],
        "organisations": [],
        "outcome": outcome,
        "probability": probability,
        "negated": negated,
        **extra,
    }


@pytest.mark.parametrize(
    "probability, negated, expected",
    [(0.7, False, 0.7), (0.7, True, 0.3), (0.5, True, 0.5), (None, False, None), (None, True, None)],
)
def test_forecast_is_the_complement_for_negated_predictions(probability, negated, expected) -> None:  # type: ignore[no-untyped-def]
    result = forecast(probability, negated)
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(expected)


@pytest.mark.parametrize(
    "pairs, expected",
    [
        ([(1.0, 1)], 0.0),
        ([(0.0, 1)], 1.0),
        ([(0.5, 0), (0.5, 1)], 0.25),
        # (0.675-1)^2 = 0.105625, (0.325-0)^2 = 0.105625, (0.97-0)^2 = 0.9409: sum 1.15215 / 3
        ([(0.675, 1), (0.325, 0), (0.97, 0)], 0.38405),
        ([], None),
    ],
)
def test_brier_by_hand(pairs: list[tuple[float, int]], expected: float | None) -> None:
    result = brier(pairs)
    assert result == (pytest.approx(expected) if expected is not None else None)


@pytest.mark.parametrize(
    "probability, negated, leans",
    [
        (0.875, False, "yes"),   # very likely
        (0.325, False, "no"),    # unlikely
        (0.5, False, "yes"),     # could: leans towards the event it raises
        (0.5, True, "no"),
        (None, True, "no"),      # "will not", no probability
        (None, False, "yes"),    # "will"
        (0.675, True, "no"),     # "do not expect": 0.675 that it will not happen
        (0.1, True, "yes"),
    ],
)
def test_leaning(probability: float | None, negated: bool, leans: str) -> None:
    assert leaning(probability, negated) == leans


@pytest.mark.parametrize(
    "outcome, said",
    [("yes", "happened"), ("no", "did not happen"), ("partly", "partly happened"), ("ambiguous", "ambiguous"), (None, "open")],
)
def test_what_an_outcome_says_about_the_event(outcome: str | None, said: str) -> None:
    assert event_outcome(outcome) == said


def test_a_score_counts_what_it_excludes() -> None:
    rows = [
        row("yes", 0.8),                 # (0.8-1)^2 = 0.04, hit
        row("no", 0.675, negated=True),  # f = 0.325, (0.325-0)^2 = 0.105625, hit
        row("no", 0.5),                  # 0.25, miss
        row("no", None),                 # unscored, miss ("will" that did not happen)
        row("partly", 0.5),
        row("ambiguous", 0.9),
        row("annulled", 0.1),
        row(None, 0.5),                  # open
    ]
    [found] = scores(rows)
    assert (found.predictions, found.resolved, found.scored, found.excluded, found.unscored) == (8, 7, 3, 3, 1)
    assert found.brier == pytest.approx((0.04 + 0.105625 + 0.25) / 3)
    assert (found.hits, found.hit_rate) == (2, pytest.approx(2 / 4))


def test_organisations_pool_their_people_and_their_own_statements() -> None:
    rows = [
        row("yes", 1.0, speaker="general", organisation_ids=["org:army"], organisations=["Army"]),
        row("no", 1.0, speaker="colonel", organisation_ids=["org:army"], organisations=["Army"]),
        {**row("no", 0.0, speaker="army"), "speaker_id": "org:army", "speaker": "Army", "kind": "organisation"},
        row("yes", 0.5, speaker="loner"),
    ]
    by_org = {s.id: s for s in scores(rows, "organisation")}
    assert set(by_org) == {"org:army"}
    assert by_org["org:army"].scored == 3
    assert by_org["org:army"].brier == pytest.approx(1 / 3)
    by_expert = scores(rows)
    # Best Brier first; the one nobody can score yet would come last.
    assert [s.id for s in by_expert] == ["org:army", "person:general", "person:loner", "person:colonel"]


def test_calibration_bands_follow_icd_203() -> None:
    rows = [row("yes", 0.5), row("no", 0.5), row("yes", 0.675), row("no", 0.325), row("no", 0.875, negated=True),
            row("yes", 1.0), row("partly", 0.5), row(None, 0.5)]
    table = {r.band: r for r in calibration(rows)}
    assert [b for b, _, _ in BANDS] == list(table)
    assert (table["even chance"].predictions, table["even chance"].observed) == (2, 0.5)
    assert (table["likely"].predictions, table["likely"].happened) == (1, 1)
    assert table["unlikely"].observed == 0.0
    # A negated "very likely" (0.875 it will not happen) is a forecast of 0.125.
    assert table["very unlikely"].predictions == 1
    assert table["almost certain"].predictions == 1  # 1.0 falls in the last, closed band
    assert table["almost no chance"].observed is None


def test_the_sample_experts_scores(store: Store) -> None:
    """The figures of the README, summed by hand from data/resolutions/winter-2023.yaml."""
    assert not ingest(store, collect([REPO / "data" / "claims"])).errors
    apply_resolutions(store, REPO / "data" / "resolutions" / "winter-2023.yaml")
    found = {s.name: s for s in scorecard(store)}
    isw = found["Institute for the Study of War"]
    # likely/yes, likely/yes: 2 x 0.105625; unlikely/no twice: 2 x 0.105625;
    # may/yes: 0.25; very unlikely/no, very likely/yes: 2 x 0.015625.
    assert isw.scored == 7
    assert isw.brier == pytest.approx((4 * 0.105625 + 0.25 + 2 * 0.015625) / 7)
    assert (isw.hits, isw.hit_rate) == (7, 1.0)
    zaluzhnyi = found["Valerii Zaluzhnyi"]
    # could/yes 0.25; "no doubt" 0.97/no 0.9409; could/no 0.25; did not rule out 0.325/no 0.105625;
    # late January and twice "the south" are ambiguous.
    assert (zaluzhnyi.scored, zaluzhnyi.excluded) == (4, 3)
    assert zaluzhnyi.brier == pytest.approx((0.25 + 0.9409 + 0.25 + 0.105625) / 4)
    assert zaluzhnyi.hit_rate == 0.5
    bezsmertnyi = found["Roman Bezsmertnyi"]
    # "do not expect" (0.675, negated): f = 0.325, no -> 0.105625; "high probability" has no number.
    assert (bezsmertnyi.scored, bezsmertnyi.unscored, bezsmertnyi.brier) == (1, 1, pytest.approx(0.105625))
    assert found["Alexandru Musteata"].brier == pytest.approx(0.25)
    assert found["Kyrylo Budanov"].brier is None and found["Kyrylo Budanov"].hits == 1
    army = {s.name: s for s in scorecard(store, "organisation")}["Armed Forces of Ukraine"]
    assert army.brier == pytest.approx(zaluzhnyi.brier)


def test_the_calibration_chart_is_a_png(tmp_path: Path) -> None:
    rows = [row("yes", 0.5), row("no", 0.325), row("yes", 0.875), row("no", 0.97)]
    path = plot_calibration(calibration(rows), tmp_path / "calibration.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    empty = plot_calibration(calibration([]), tmp_path / "empty.svg")
    assert b"<svg" in empty.read_bytes()[:400]
