from __future__ import annotations

from datetime import date

import pytest

from ingest.horizons import add_months, find_horizon

P = date(2022, 12, 20)


@pytest.mark.parametrize(
    "text, horizon, window",
    [
        ("could occur in February, March at best, and late January at worst.", "in February, March at best, and late January at worst", ("2023-01-21", "2023-03-31")),
        ("may herald an offensive in the coming months.", "in the coming months", ("2022-12-20", "2023-03-20")),
        ("next year Russia can attack Moldova", "next year", ("2023-01-01", "2023-12-31")),
        ("they will be ready by spring", "by spring", ("2022-12-20", "2023-05-31")),
        ("an attack remains unlikely this winter", "this winter", ("2022-12-20", "2023-02-28")),
        ("a strike within weeks", "within weeks", ("2022-12-20", "2023-01-31")),
        ("by the end of next year", "by the end of next year", ("2022-12-20", "2023-12-31")),
        ("within two months", "within two months", ("2022-12-20", "2023-02-20")),
        ("in 2024", "in 2024", ("2024-01-01", "2024-12-31")),
        ("by mid-March", "by mid-March", ("2022-12-20", "2023-03-20")),
        ("in December", "in December", ("2022-12-20", "2022-12-31")),  # a window never opens before publication
    ],
)
def test_find_horizon(text: str, horizon: str, window: tuple[str, str]) -> None:
    found = find_horizon(text, P)
    assert found is not None and found.text == horizon
    assert (found.window_start, found.window_end) == tuple(date.fromisoformat(d) for d in window)


@pytest.mark.parametrize("text", ["as was the case on February 24", "It may start at some point", "Russia may attack", "the 20th century"])
def test_no_horizon(text: str) -> None:
    assert find_horizon(text, P) is None


def test_without_a_date_the_words_stay_and_there_is_no_window() -> None:
    found = find_horizon("next year", None)
    assert found is not None and found.text == "next year" and found.window_start is None and found.window_end is None


def test_add_months_clamps_to_the_month_end() -> None:
    assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
