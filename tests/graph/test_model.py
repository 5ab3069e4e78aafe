"""graph/model.py: how a predicted event reads."""

from __future__ import annotations

import pytest

from graph.model import Prediction, event_label


@pytest.mark.parametrize(
    "event, negated, label",
    [
        ("a new offensive from Belarus", True, "no new offensive from Belarus (negated)"),
        ("an early rate cut", True, "no early rate cut (negated)"),
        ("Russia launches a new offensive", True, "Russia launches a new offensive (negated)"),
        ("Russia launches a new offensive", False, "Russia launches a new offensive"),
    ],
)
def test_event_label(event: str, negated: bool, label: str) -> None:
    assert event_label(event, negated) == label
    assert Prediction("pred:1", "claim:1", event, negated=negated).label == label
