"""Matching written names against canonical names and aliases (graph/store/names.py)."""

from __future__ import annotations

from graph.store.names import NameIndex
from ingest.directory import load_directory

PEOPLE = [("person:olena-kovalenko", ("Olena Kovalenko", "O. Kovalenko")), ("person:tomas-berg", ("Tomas Berg",))]
ORGS = [("org:harbour-service", ("Harbour Service of Norland",)), ("org:nordwire", ("Nordwire",))]


def test_a_surname_and_a_close_spelling_find_a_person() -> None:
    index = NameIndex.build(PEOPLE)
    assert index.match("Kovalenko") == ["person:olena-kovalenko"]
    assert index.match("Olena Kovalenkoo") == ["person:olena-kovalenko"]
    assert index.match("Anna Lind") == []


def test_an_organisations_last_word_alone_does_not_find_it() -> None:
    index = NameIndex.build(ORGS, by_last_word=False)
    assert index.match("Norland") == []  # the country, not the service named after it
    assert index.match("Harbour Service of Norland") == ["org:harbour-service"]
    assert NameIndex.build(ORGS).match("Norland") == ["org:harbour-service"]  # what a surname rule would do


def test_the_directory_does_not_take_a_country_for_its_service() -> None:
    directory = load_directory()
    assert directory.find_organisation("Moldova") is None
    assert directory.find_organisation("SIS") is not None


def test_a_long_name_with_another_word_is_another_record() -> None:
    index = NameIndex.build([("org:harbour-norland", ("Ministry of Harbours and Ferries of Norland",))], by_last_word=False)
    assert index.match("Ministry of Harbours and Ferries of Sorvia") == []  # close overall, one whole word apart
    assert index.match("Ministry of Harbors and Ferries of Norland") == ["org:harbour-norland"]  # a spelling variant


def test_a_word_that_gains_a_prefix_is_another_word() -> None:
    # "Belarusian" holds "Russian" but names another country: a spelling variant keeps its first letter
    index = NameIndex.build([("org:nordic-ferry-board", ("Nordic Ferry Board",))], by_last_word=False)
    assert index.match("Panordic Ferry Board") == []
    assert index.match("Nordik Ferry Board") == ["org:nordic-ferry-board"]


def test_an_owner_in_other_words_is_another_record() -> None:
    # "Norland's Ferry Board of Trade" is close to "Orlandian Ferry Board of Trade" overall (as "Belarus's Ministry of
    # Foreign Affairs" is to "Russian Ministry of Foreign Affairs"), with a word more; the owner differs as a whole
    # word, so it is not a spelling of it
    index = NameIndex.build([("org:orlandian-board", ("Orlandian Ferry Board of Trade",))], by_last_word=False)
    assert index.match("Norland's Ferry Board of Trade") == []
    assert index.match("The Orlandian Ferry Board of Trade") == ["org:orlandian-board"]  # a word more, the others agree
