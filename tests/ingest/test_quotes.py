from __future__ import annotations

import pytest

from ingest.layout import paragraphs
from ingest.quotes import find_quotes, quotes_in


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"It will start in spring," said X.', ["It will start in spring,"]),
        ("“Curly quotes work,” she said.", ["Curly quotes work,"]),
        ("He said: «Russia has no interest in absorbing anyone.»", ["Russia has no interest in absorbing anyone."]),
        ("„German style“ too.", ["German style"]),
        ("‘Single quotes,’ he added, ‘also count.’ Don’t split Putin’s words.", ["Single quotes,", "also count."]),
        ('A guarantee "insurance" inside "an outer quote with "nested" words," X said.', ["insurance", 'an outer quote with "nested" words,']),
        ('"Part one," X said, "part two."', ["Part one,", "part two."]),
        ('The Kremlin "Fuhrer" went to Minsk.', ["Fuhrer"]),
    ],
)
def test_quotes_in_every_style(text: str, expected: list[str]) -> None:
    found = find_quotes(text, paragraphs(text))
    assert [text[q.content_start : q.content_end] for q in found] == expected


def test_an_unclosed_quote_runs_to_the_paragraph_end() -> None:
    assert quotes_in('He said "it goes on', 0, 19) == [(8, 19, False)]


def test_a_quote_over_several_paragraphs_shares_one_group() -> None:
    text = '"First paragraph of a long quote.\n\n"Second paragraph," she said.\n\n"Another quote," he said.'
    found = find_quotes(text, paragraphs(text))
    assert [q.closed for q in found] == [False, True, True]
    assert found[0].group == found[1].group != found[2].group


@pytest.mark.parametrize("text", [
    "She said: «The first paragraph of a long quote.\n\nThe second paragraph.» Then she left.",
    "She said: “The first paragraph of a long quote.\n\nThe second paragraph.” Then she left.",
])
def test_a_quote_the_next_paragraph_closes_without_reopening_it_goes_on(text: str) -> None:
    found = find_quotes(text, paragraphs(text))
    assert [text[q.content_start : q.content_end] for q in found] == ["The first paragraph of a long quote.", "The second paragraph."]
    assert found[0].group == found[1].group


@pytest.mark.parametrize("text", ["He said ''the port is open.'' Then he left.", "He said ‘’the port is open.’’ Then he left."])
def test_doubled_single_marks_quote_like_a_double_mark(text: str) -> None:
    quotes = find_quotes(text, paragraphs(text, 0))
    assert [text[q.content_start : q.content_end] for q in quotes] == ["the port is open."]


def test_a_low_opening_mark_closes_with_a_doubled_single_mark() -> None:
    text = "„The port is open,’’ she said. „It stays open,'' he added."
    quotes = find_quotes(text, paragraphs(text, 0))
    assert [text[q.content_start : q.content_end] for q in quotes] == ["The port is open,", "It stays open,"]
