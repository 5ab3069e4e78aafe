"""Speaker mentions and their descriptors (ingest/mentions.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from ingest.directory import Directory
from ingest.mentions import (
    Mention,
    body_descriptor_after,
    choose_speaker,
    descriptor_after,
    descriptor_before,
    is_outlet,
    mentions_in,
    split_descriptor,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("director of the Institute of World Politics", ("director of the Institute of World Politics", ("director", "Institute of World Politics"))),
        ("former ambassador of Ukraine to Belarus", ("former ambassador of Ukraine to Belarus", ("former ambassador of Ukraine to Belarus", None))),
        ("head of the Information and Security Service of Moldova", ("", ("head", "Information and Security Service of Moldova"))),
        ("Commander-in-Chief of the Armed Forces", ("", ("Commander-in-Chief", "Armed Forces"))),
        ("spokesman for the State Border Guard Service", ("", ("spokesman for the State Border Guard Service", None))),
        # a body's name before the role: possessive or of several words; one capitalised word may be a nationality
        ("the Harbour Board's press secretary", ("", ("press secretary", "Harbour Board"))),
        ("Port Authority spokeswoman", ("", ("spokeswoman", "Port Authority"))),
        ("Norwegian politician", ("", ("Norwegian politician", None))),
        # a portfolio or a modifier before the office is part of the title
        ("Deputy Foreign Minister", ("", ("Deputy Foreign Minister", None))),
        ("Defence Secretary", ("", ("Defence Secretary", None))),
    ],
)
def test_split_descriptor(text: str, expected: tuple[str, tuple[str, str | None]]) -> None:
    assert split_descriptor(text, set()) == expected[1]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("TSN.ua said in a comment Yevhen Magda, director of the Institute of World Politics.", "Yevhen Magda", "director of the Institute of World Politics"),
        ("according to the Ukrainian politician, former ambassador of Ukraine to Belarus Roman Bezsmertny, the visit", "Roman Bezsmertny", "former ambassador of Ukraine to Belarus"),
        ("the head of the Information and Security Service of Moldova (the main intelligence service of this country) Alexandru Mustiatse said", "Alexandru Mustiatse", "head of the Information and Security Service of Moldova"),
        ("according to Roman Bezsmertny, Lukashenka's visit to Moscow should have come first", "Roman Bezsmertny", None),
        # a description set off by commas before the name
        ("The minister of harbours, Olena Kovalenko, said the port would close.", "Olena Kovalenko", "minister of harbours"),
        ("After the storm, Olena Kovalenko said the port would close.", "Olena Kovalenko", None),
        # a role after its body's name
        ("Olena Kovalenko, the Harbour Board spokeswoman, said the port would close.", "Olena Kovalenko", "Harbour Board spokeswoman"),
        ("The Harbour Board's press secretary, Olena Kovalenko, said the port would close.", "Olena Kovalenko", "Harbour Board's press secretary"),
        # a role in brackets, as transcripts label their speakers; a body after a comma is where the role is held
        ("Olena Kovalenko (economist, Harbour Board): The port will close.", "Olena Kovalenko", "economist at Harbour Board"),
        ("Olena Kovalenko (port director): The port will close.", "Olena Kovalenko", "port director"),
        ("Olena Kovalenko (pictured) said the port would close.", "Olena Kovalenko", None),
    ],
)
def test_descriptors_before_or_after_a_name(text: str, name: str, expected: str | None) -> None:
    start = text.index(name)
    found = descriptor_after(text, start + len(name), len(text)) or descriptor_before(text, start, 0)
    assert found == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # what kind of body a name is, set off by commas before what it says
        ("According to the Centre for Eastern Studies, a think tank based in Warsaw, the blockade will last.",
         "Centre for Eastern Studies", "a think tank based in Warsaw"),
        ("According to Harbour Watch, an independent monitoring group, ten ships sank.", "Harbour Watch", "an independent monitoring group"),
        # ... not the subject of the clause after it, nor a thing
        ("According to the IMF, the central bank, which cut rates in May, will cut them again.", "IMF", None),
        ("According to the ministry, a key bridge, the only one in the region, was destroyed.", "ministry", None),
    ],
)
def test_a_descriptor_of_a_body_after_its_name(text: str, name: str, expected: str | None) -> None:
    start = text.index(name)
    assert body_descriptor_after(text, start + len(name), len(text)) == expected


def test_according_to_a_body_and_its_descriptor_the_content_is_what_follows(nlp: Language) -> None:
    from datetime import date

    from graph.model import Source, source_id
    from ingest.extract import extract

    text = "According to the Centre for Eastern Studies, a think tank based in Warsaw, the blockade will last until June."
    extraction = extract(Source(source_id(None, text), text, published=date(2026, 3, 9)), None, nlp)
    assert [c.text for c in extraction.claims] == ["the blockade will last until June."]


@pytest.mark.parametrize(
    "name, publisher, expected",
    [("TSN.ua", None, True), ("TSN .ua", None, True), ("Example News", "Example News", True), ("ISW", "TSN.ua", False), ("Yevhen Magda", None, False)],
)
def test_is_outlet(name: str, publisher: str | None, expected: bool) -> None:
    assert is_outlet(name, publisher) is expected


def test_a_named_person_wins_over_the_outlet_and_a_pronoun() -> None:
    mentions = [Mention(0, 2, "he", "pronoun"), Mention(8, 14, "TSN.ua", "outlet"), Mention(15, 32, "Roman Bezsmertnyi", "person")]
    assert choose_speaker(mentions, 3) == mentions[2]
    assert choose_speaker(mentions[:2], 3) == mentions[0]
    assert choose_speaker([], 0) is None


def test_mentions_fix_a_place_glued_to_a_name(nlp: Language) -> None:
    text = "according to the former ambassador of Ukraine to Belarus Roman Bezsmertny, the visit was late."
    doc = nlp(text)
    people = [m.text for m in mentions_in(doc, 0, len(text), 0, None, None) if m.kind == "person"]
    assert people == ["Roman Bezsmertny"]


@pytest.mark.parametrize(
    "text, person, organisation",
    [
        (
            "Olena Kovalenko, an analyst at the Kyiv Security Forum, said that Russia could attack.",
            "Olena Kovalenko",
            "Kyiv Security Forum",
        ),
        ("Petro Bondar of the Razumkov Centre said the front was stable.", "Petro Bondar", "Razumkov Centre"),
    ],
)
def test_an_unknown_organisation_after_the_is_not_taken_for_a_person(
    nlp: Language, text: str, person: str, organisation: str
) -> None:
    doc = nlp(text)
    kinds = {m.text: m.kind for m in mentions_in(doc, 0, len(text), 0, Directory(), None)}
    assert kinds.get(person) == "person"
    assert kinds.get(organisation) == "organisation"
