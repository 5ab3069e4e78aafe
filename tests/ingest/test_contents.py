from __future__ import annotations

import pytest

from ingest.contents import phrase_content, trim


@pytest.mark.parametrize(
    "text, mark, expected",
    [(" , that Russia will attack, ", True, "Russia will attack"), ("that Russia will attack", False, "that Russia will attack"),
     ('"people will appreciate it,"', False, "people will appreciate it"), ("If necessary, they will.", True, "necessary, they will.")],
)
def test_trim(text: str, mark: bool, expected: str) -> None:
    start, end = trim(text, 0, len(text), mark=mark)
    assert text[start:end] == expected


@pytest.mark.parametrize(
    "text, cue, speaker, expected",
    [
        ("Currently, according to him, the Kremlin is training soldiers.", "according to", "him", "the Kremlin is training soldiers."),
        ("Russia will attack in spring, according to the think tank.", "according to", "the think tank", "Russia will attack in spring"),
    ],
)
def test_phrase_content_takes_the_side_that_is_not_a_connective(text: str, cue: str, speaker: str, expected: str) -> None:
    found = phrase_content(text, (0, len(text)), text.index(cue), text.index(speaker) + len(speaker))
    assert found is not None and text[found[0] : found[1]] == expected
