from __future__ import annotations

import pytest

from ingest.coref import last_person, resolve_description
from ingest.identities import SpeakerEntry

SPY = SpeakerEntry("person", "Kyrylo Budanov", role="head of military intelligence")
DIPLOMAT = SpeakerEntry("person", "Roman Bezsmertnyi", role="former ambassador of Ukraine to Belarus")
ISW = SpeakerEntry("organisation", "Institute for the Study of War")


@pytest.mark.parametrize(
    "text, expected",
    [("the spy chief", SPY), ("the former diplomat", DIPLOMAT), ("the ambassador", DIPLOMAT), ("the analyst", None), ("experts", None)],
)
def test_resolve_description(text: str, expected: SpeakerEntry | None) -> None:
    assert resolve_description(text, [SPY, DIPLOMAT, ISW], []) is expected


def test_a_pronoun_takes_the_last_person_not_an_organisation() -> None:
    assert last_person([SPY, ISW]) is SPY
    assert last_person([ISW]) is None
