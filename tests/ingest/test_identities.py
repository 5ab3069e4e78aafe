"""Speakers' identities across an article: the table, clean names (ingest/identities.py)."""

from __future__ import annotations

import pytest

from graph.model import Person, Source, source_id
from ingest.directory import Directory
from ingest.extractors import get_extractor
from ingest.identities import SpeakerTable, clean_name, clean_unnamed
from ingest.mentions import Mention


# Names and texts written for these tests: what a speaker's name keeps and loses.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lena Marsh (D-Ore.)", "Lena Marsh"),  # a party and state tag
        ("Tomas Berg (R-TX)", "Tomas Berg"),
        ("(I-Vt.)", ""),  # a tag alone names no one
        ("the Kestrel Institute's", "Kestrel Institute"),  # article and possessive
        ("Piet Marsh’s", "Piet Marsh"),
        ('">Marsh', "Marsh"),  # markup left in the text
        ("Harbour Fund (Oslo", "Harbour Fund"),  # a bracket the entity ran into
        ("Mark T.", "Mark T."),  # an initial keeps its dot
        ("U.N.", "U.N."),
        ("Marsh.", "Marsh"),
    ],
)
def test_clean_name(text: str, expected: str) -> None:
    assert clean_name(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("OSLO - European diplomats", "European diplomats"),  # a dateline
        ("a harbour official.", "a harbour official"),
        ("critics of the plan, many of them farmers", "critics of the plan"),
        ("two sources close to the board", "two sources close to the board"),
        ('," one official', "one official"),  # the closing marks of the quotation before it
    ],
)
def test_clean_unnamed(text: str, expected: str) -> None:
    assert clean_unnamed(text) == expected


# A lone surname and the full names the article gives it, best first (texts of our own).
@pytest.mark.parametrize(
    "text, surname, expected",
    [
        # A sentence-opening word, a title or a role is no first name.
        ("When Marsh arrived, the port was closed. Lena Marsh said it would reopen.", "Marsh", ["Lena Marsh"]),
        ("Senator Marsh spoke first. Deputy Mayor Lena Marsh said the port would reopen.", "Marsh", ["Lena Marsh"]),
        # Initials stay part of the name.
        ("Economist Mark T. Berg said rates would fall.", "Berg", ["Mark T. Berg"]),
        # Letters beyond ASCII, and either apostrophe.
        ("Minister Jūratė Šimkė said so.", "Šimkė", ["Jūratė Šimkė"]),
        ("Sheriff Anne O’Dell said so.", "O'Dell", ["Anne O’Dell"]),
        # In a title-case headline only the opening words can be a name.
        ("Lena Marsh Warns Of Storms\nHarbour Board Backs Tomas Marsh On Fees\nThe storm came.", "Marsh", ["Lena Marsh"]),
        # "Unlike Marsh": a word the article also writes in lower case opens the sentence.
        ("Unlike Marsh, the mayor stayed. It is unlike her. Lena Marsh said so.", "Marsh", ["Lena Marsh"]),
        # The exact spelling first, then the name the article uses most.
        ("Piet Marsh came. Lena Marsh said so. Lena Marsh said more.", "Marsh", ["Lena Marsh", "Piet Marsh"]),
        ("Lena Marsh said that Piet Marsch left.", "Marsch", ["Piet Marsch", "Lena Marsh"]),
        # An acronym before a surname is an organisation, not a first name.
        ("The NATO Marsh plan failed. Lena Marsh said so.", "Marsh", ["Lena Marsh"]),
        # A name's particle in lower case is no ordinary word: "Bin Marsh" opening a sentence is a name.
        ("Omar bin Marsh hid. Bin Marsh said so.", "Marsh", ["Bin Marsh"]),
        # "the Daily Times": an organisation word is nobody's surname.
        ("The Daily Times reported it.", "Times", []),
    ],
)
def test_person_names_in_text(text: str, surname: str, expected: list[str]) -> None:
    assert SpeakerTable(text, None).person_names_in_text(surname) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # A lone surname the model typed as an organisation is the person the article names.
        ("Anne McDowell said the port was full. McDowell said more.", Mention(38, 46, "McDowell", "organisation"), ("person", "Anne McDowell")),
        # A lone surname named nowhere else is a person when shaped as the region's surnames are, a body otherwise.
        ("Prices will rise, Hrytsenko said.", Mention(18, 27, "Hrytsenko", "organisation"), ("person", "Hrytsenko")),
        ("Prices will rise, Marinescu said.", Mention(18, 27, "Marinescu", "organisation"), ("person", "Marinescu")),
        ("Prices will rise, Kestrelnet said.", Mention(18, 28, "Kestrelnet", "organisation"), ("organisation", "Kestrelnet")),
        ("Prices will rise, Azov said.", Mention(18, 22, "Azov", "organisation"), ("organisation", "Azov")),
        # A capitalised people noun opening a sentence is an unnamed source, not a person.
        ("Scholars said the treaty was weak.", Mention(0, 8, "Scholars", "person"), ("unnamed", "scholars")),
        ("Judge rejects the appeal. The judge said the law was clear.", Mention(0, 5, "Judge", "person"), ("unnamed", "judge")),
        # A word the article writes in lower case too is no one's name.
        ("Kept in the dark, the crew waited. Prices were kept low.", Mention(0, 4, "Kept", "organisation"), None),
        # Nor is a word in lower case, or a bare party tag.
        ("a xenophobe, she said.", Mention(2, 11, "xenophobe", "person"), None),
        ("(D-Ohio) said so.", Mention(0, 8, "(D-Ohio)", "person"), None),
        # An organisation word ends an organisation, whatever the model said.
        ("Tomas Berg of the Norden Institution said so.", Mention(18, 36, "Norden Institution", "person"), ("organisation", "Norden Institution")),
        # A document names its organisation; a role after a place is an unnamed source.
        ("The Kestrel Institute report said so.", Mention(4, 28, "Kestrel Institute report", "organisation"), ("organisation", "Kestrel Institute")),
        ("A Bergen economist said so.", Mention(2, 18, "Bergen economist", "organisation"), ("unnamed", "Bergen economist")),
        # The model cut an organisation's name to its head word.
        ("The Kestrel Institute report said so.", Mention(12, 21, "Institute", "organisation"), ("organisation", "Kestrel Institute")),
    ],
)
def test_speaker_table_entry(text: str, mention: Mention, expected: tuple[str, str] | None) -> None:
    assert text[mention.start : mention.end] == mention.text
    entry = SpeakerTable(text, Directory()).entry(mention)
    assert ((entry.kind, entry.name) if entry is not None else None) == expected


_GENERAL = Person("person:edvard-holm", "Edvard Holm", role="commander of the army")
_TITLED = Directory(people=(_GENERAL,), titles={"the general": _GENERAL.id, "general": _GENERAL.id, "Norland's top general": _GENERAL.id})


@pytest.mark.parametrize(
    "text, title, expected",
    [
        # A title of lower-case words names a role: the directory's holder only where the article names him.
        ("Asked about the border, the general replied: not this year.", "the general", None),
        ("Edvard Holm toured the front. Asked about the border, the general replied: not this year.", "the general",
         ("person", "Edvard Holm")),
        ("Holm toured the front. Asked about the border, the general replied: not this year.", "the general",
         ("person", "Edvard Holm")),
        # ... also when a headline opens with it, capitalised, and the article writes it in lower case
        ("General warns of a long war\n\nA general at the ministry said the war would last.", "General", None),
        # A title with a name in it is specific enough on its own.
        ("Asked about the border, Norland's top general replied: not this year.", "Norland's top general",
         ("person", "Edvard Holm")),
    ],
)
def test_a_generic_title_needs_its_holder_named_in_the_article(text: str, title: str, expected: tuple[str, str] | None) -> None:
    start = text.index(title)
    entry = SpeakerTable(text, _TITLED).entry(Mention(start, start + len(title), title, "title", _GENERAL.id))
    assert ((entry.kind, entry.name) if entry is not None else None) == expected


# A name whose "'s" possesses nothing keeps it; an owner's name loses it (sentences written for these tests).
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Moody's said the rating could be cut in the coming months.", "Moody's"),
        ('"The outlook remains negative," Moody\'s said in a statement.', "Moody's"),
        ("According to Sotheby's, the painting will fetch five million dollars.", "Sotheby's"),
        ("Standard & Poor's expects the economy to shrink this year.", "Standard & Poor's"),
        ("The Kestrel Institute's report said the offensive would begin in May.", "Kestrel Institute"),
    ],
)
def test_a_possessive_that_possesses_nothing_is_part_of_the_name(text: str, speaker: str) -> None:
    extraction = get_extractor("default")(Source(source_id(None, text), text))
    names = {s.id: s.name for s in extraction.speakers}
    assert [names[c.speaker_id] for c in extraction.claims] == [speaker]
    assert clean_name(speaker, possessive=True) == speaker


def test_a_rating_agency_the_recogniser_took_for_a_person_is_a_body() -> None:
    text = "Fitch Ratings expects the economy of Norland to grow by 3% next year."
    extraction = get_extractor("default")(Source(source_id(None, text), text))
    assert [o.name for o in extraction.organisations] == ["Fitch Ratings"] and not extraction.people
