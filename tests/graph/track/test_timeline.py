"""The prediction timeline: verdicts, and pictures in every format."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from graph.errors import InputError
from graph.track.timeline import _label, draw_timeline, verdict


def row(n: int, speaker: str, outcome: str | None, probability: float | None = 0.5, negated: bool = False,
        window: tuple[date, date] | None = (date(2023, 2, 1), date(2023, 3, 31))) -> dict[str, Any]:
    return {
        "id": f"pred:{n}", "speaker": speaker, "event": f"Event number {n} happens somewhere", "text": f"claim {n} <&>",
        "window_start": window[0] if window else None, "window_end": window[1] if window else None,
        "probability": probability, "probability_words": "could", "negated": negated,
        "published": date(2022, 12, 20), "outcome": outcome, "resolved_on": date(2023, 3, 31) if outcome else None,
    }


@pytest.mark.parametrize(
    "outcome, probability, negated, expected",
    [
        ("yes", 0.5, False, "right"),
        ("no", 0.5, False, "wrong"),
        ("no", 0.325, False, "right"),       # "unlikely", and it did not happen
        ("no", None, True, "right"),         # "there will be no offensive", and there was none
        ("no", 0.1, False, "right"),         # "very unlikely", and it did not happen
        ("yes", 0.1, False, "wrong"),        # "very unlikely", and it happened
        ("yes", 0.675, True, "wrong"),       # "do not expect", and it happened
        ("partly", 0.5, False, "partly"),
        ("ambiguous", 0.5, False, "ambiguous"),
        ("annulled", 0.5, False, "annulled"),
        (None, 0.5, False, "open"),
    ],
)
def test_verdict(outcome: str | None, probability: float | None, negated: bool, expected: str) -> None:
    assert verdict(row(1, "A", outcome, probability, negated)) == expected


ROWS = [
    row(1, "Alice", "yes"),
    row(2, "Alice", "no", window=(date(2023, 1, 1), date(2023, 12, 31))),
    row(3, "Alice", None, window=None),
    row(4, "Bob", "ambiguous", window=(date(2023, 1, 21), date(2023, 1, 31))),
    row(5, "Bob", "annulled"),
    row(6, "Bob", "no", None, True, window=(date(2022, 12, 20), date(2023, 2, 28))),
]


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".html", b"<!DOCTYPE html>")])
def test_the_timeline_in_every_format(tmp_path: Path, suffix: str, magic: bytes) -> None:
    path = draw_timeline(ROWS, tmp_path / f"timeline{suffix}")
    assert path.read_bytes().startswith(magic)
    assert not (tmp_path / f"timeline{suffix}.partial").exists()


def test_the_html_timeline_has_a_tooltip_per_prediction(tmp_path: Path) -> None:
    text = draw_timeline(ROWS, tmp_path / "timeline.html").read_text(encoding="utf-8")
    assert text.count("<title>") == len(ROWS) + 1  # one per prediction, one for the page
    assert re.search(r"<head>.*<title>Predictions: colour = was the forecast right, dot = did the event happen</title>.*</head>", text, re.S), "the page keeps its own title"
    assert "Alice: \u201cclaim 1 &lt;&amp;&gt;\u201d" in text
    assert "outcome: no, the event did not happen; the forecast was right (resolved 2023-03-31)" in text
    assert "outcome: yes, the event happened; the forecast was right" in text
    assert "outcome: not resolved yet" in text
    assert "event: Event number 6 happens somewhere (negated)" in text
    assert "NOT" not in text


def test_nothing_to_draw_or_an_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no prediction has a window or a source date"):
        draw_timeline([{**row(1, "A", None, window=None), "published": None}], tmp_path / "t.png")
    with pytest.raises(InputError, match=r"unknown picture format \.pdf"):
        draw_timeline(ROWS, tmp_path / "t.pdf")


def test_a_negated_prediction_is_labelled_without_a_double_negative(tmp_path: Path) -> None:
    negated = {**row(7, "Alice", None, negated=True), "event": "a new offensive from Belarus"}
    text = draw_timeline([negated], tmp_path / "timeline.html").read_text(encoding="utf-8")
    assert "no new offensive from Belarus (negated)" in text  # the bar's label and its tooltip
    assert "NOT" not in text


@pytest.mark.parametrize(
    "outcome, negated, expected",
    [
        ("yes", False, "\u25cf Event number 1 happens somewhere (could)"),
        ("no", False, "\u25cb Event number 1 happens somewhere (could)"),
        ("no", True, "\u25cb Event number 1 happens somewhere (negated) (could)"),
        ("partly", False, "\u25d0 Event number 1 happens somewhere (could)"),
        (None, True, "Event number 1 happens somewhere (negated) (could)"),
        ("ambiguous", False, "Event number 1 happens somewhere (could)"),
    ],
)
def test_a_label_says_whether_the_event_happened_apart_from_the_colour(outcome: str | None, negated: bool, expected: str) -> None:
    assert _label(row(1, "A", outcome, 0.1, negated)) == expected


def test_the_legend_separates_the_forecast_from_the_event(tmp_path: Path) -> None:
    text = draw_timeline(ROWS, tmp_path / "timeline.svg").read_text(encoding="utf-8")
    for words in ("forecast right", "forecast wrong", "event happened", "event did not happen", "not resolved yet"):
        assert f"<!-- {words} -->" in text
    assert "came true" not in text
