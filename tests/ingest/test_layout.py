from __future__ import annotations

import pytest

from ingest.layout import is_heading, paragraphs


def test_paragraphs_keep_offsets_into_the_text() -> None:
    text = "---\na: b\n---\nFirst paragraph.\n\n  Second one. \n\n\nThird\n"
    found = paragraphs(text, 13)
    assert [p.text for p in found] == ["First paragraph.", "Second one.", "Third"]
    assert all(text[p.start : p.end] == p.text for p in found)


def test_without_blank_lines_each_line_is_a_paragraph() -> None:
    assert [p.text for p in paragraphs("One.\nTwo.\n")] == ["One.", "Two."]


@pytest.mark.parametrize(
    "text, expected",
    [("The purpose of the visit", True), ("What is wrong", True), ("First,", False), ("He said so.", False),
     ("this meeting -", False), ("A very long line without any end punctuation that goes on and on and on forever", False),
     # a line linking another article is no text of this one, whatever its punctuation
     ("Read also: The mayor says the port will close for good in the spring of next year, after the storms.", True),
     ("See more: harbour strike", True), ("Related: Port reopens", True), ("We read also the minutes.", False)],
)
def test_is_heading(text: str, expected: bool) -> None:
    assert is_heading(text) is expected
