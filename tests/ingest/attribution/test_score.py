"""PolNeAR's half-overlap scoring."""

from __future__ import annotations

import pytest

from ingest.attribution.score import Overlap, overlap


@pytest.mark.parametrize("predicted, gold, expected", [
    # covering half of a gold span finds it; the prediction lies wholly in gold
    ([(0, 5)], [[(0, 10)]], Overlap(found=1, gold=1, correct=1, predicted=1)),
    # under half: not found; the prediction is mostly outside gold: not correct
    ([(6, 20)], [[(0, 10)]], Overlap(found=0, gold=1, correct=0, predicted=1)),
    # two predictions together cover a fragmented gold span
    ([(0, 3), (13, 17)], [[(0, 4), (13, 17)]], Overlap(found=1, gold=1, correct=2, predicted=2)),
    ([], [[(0, 4)]], Overlap(found=0, gold=1, correct=0, predicted=0)),
])
def test_overlap_counts(predicted, gold, expected) -> None:  # type: ignore[no-untyped-def]
    assert overlap(predicted, gold) == expected


def test_precision_recall_f1_and_sum() -> None:
    total = Overlap(found=3, gold=4, correct=1, predicted=2) + Overlap(found=1, gold=4, correct=1, predicted=2)
    assert (total.recall, total.precision) == (0.5, 0.5) and total.f1 == pytest.approx(0.5)
    assert Overlap().f1 == 0.0
