from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from graph.model import Extraction, Source, source_id
from ingest.directory import Directory
from ingest.extract import NO_DATE_NOTE, extract, extract_many


def source(text: str, published: date | None = date(2022, 12, 20), publisher: str | None = "TSN.ua") -> Source:
    return Source(source_id(None, text), text, publisher=publisher, published=published)


def claims(extraction: Extraction) -> list[tuple[str, str, bool]]:
    names = {r.id: r.name for r in (*extraction.people, *extraction.organisations)}
    return [(names[c.speaker_id], c.text, c.direct) for c in extraction.claims]


# Sentences written for these tests (not from any article), run with no directory.
@pytest.mark.parametrize(
    "text, expected",
    [
        ('"Russia will try again in spring," said Olena Kovalenko.', [("Olena Kovalenko", "Russia will try again in spring", True)]),
        ('Olena Kovalenko said: “Russia will try again in spring.”', [("Olena Kovalenko", "Russia will try again in spring.", True)]),
        ('"Russia will try again," Olena Kovalenko said, "and it will fail."', [("Olena Kovalenko", "Russia will try again", True), ("Olena Kovalenko", "and it will fail.", True)]),
        ('«The front will hold this winter», - believe in the Razumkov Centre.', [("Razumkov Centre", "The front will hold this winter", True)]),
        ('"The front will hold this winter," Example.ua said in a comment Olena Kovalenko, director of the Institute of Strategy.', [("Olena Kovalenko", "The front will hold this winter", True)]),
        ("Olena Kovalenko, director of the Institute of Strategy, said that the front will hold.", [("Olena Kovalenko", "the front will hold", False)]),
        ("According to the Institute of Strategy (IOS), the front will hold. The front will hold, IOS believes.", [("Institute of Strategy", "the front will hold.", False), ("Institute of Strategy", "The front will hold", False)]),
        # Brackets after a name that does not start with the same letter are no abbreviation of it.
        ("According to the Institute of Strategy (Kyiv), the front will hold. The front will hold, Kyiv believes.", [("Institute of Strategy", "the front will hold.", False), ("Kyiv", "The front will hold", False)]),
        ("Olena Kovalenko did not rule out that Russia may attack again.", [("Olena Kovalenko", "Russia may attack again", False)]),
        # Before anyone has spoken, a pronoun is the person the sentence before was about ...
        ("Olena Kovalenko spoke on Monday.\n\nAccording to her, the front is stable.", [("Olena Kovalenko", "the front is stable.", False)]),
        # ... but once someone has, the last speaker: a person merely mentioned in between does not take over.
        ("Olena Kovalenko said that the front is stable. Did Putin change his plans in Minsk? According to her, the visit changes nothing.",
         [("Olena Kovalenko", "the front is stable", False), ("Olena Kovalenko", "the visit changes nothing.", False)]),
        # A sentence whose subject is no person gives no one to a pronoun.
        ("The talks ended on Monday. According to him, the front is stable.", []),
        ("In Olena Kovalenko's opinion, the front is stable.", [("Olena Kovalenko", "the front is stable.", False)]),
        ('At the meeting, Olena Kovalenko boasted that "people will appreciate the decisions made," and left.', [("Olena Kovalenko", "people will appreciate the decisions made", True)]),
        ("Why did Putin come to Minsk? The answer is simple. Experts say that the visit was a show.", []),
        ("The army is tired. Nothing will change soon.", []),
    ],
)
def test_sentence_table(nlp: Language, no_directory: Directory, text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert claims(extract(source(text), no_directory, nlp)) == expected


def test_offsets_index_the_file_content(nlp: Language, directory: Directory) -> None:
    text = "---\npublished: 2022-12-20\n---\n\"It will start in February,\" said Valerii Zaluzhnyi.\n"
    extraction = extract(source(text), directory, nlp)
    assert extraction.claims
    for claim in extraction.claims:
        assert text[claim.start : claim.end] == claim.text


def test_spelling_variants_end_as_one_person(nlp: Language, directory: Directory) -> None:
    text = ('Roman Bezsmertny said that the visit was a show.\n\n"Nothing is decided at such meetings," said Roman Bezsmertnyi.\n')
    extraction = extract(source(text), directory, nlp)
    assert len({c.speaker_id for c in extraction.claims}) == 1 and len(extraction.claims) == 2
    assert [p.name for p in extraction.people] == ["Roman Bezsmertnyi"]


def test_a_title_from_the_directory_resolves_to_its_person(nlp: Language, directory: Directory) -> None:
    extraction = extract(source("Holovkom did not rule out that Russia may try to attack Kyiv again.\n"), directory, nlp)
    assert [p.name for p in extraction.people] == ["Valerii Zaluzhnyi"]
    prediction = extraction.claims[0].prediction
    assert prediction is not None and prediction.probability_words == "did not rule out"


def test_paraphrase_between_two_attributions_of_one_speaker_continues_it(nlp: Language, no_directory: Directory) -> None:
    text = ("According to Olena Kovalenko, the front is stable.\n\nThe reserves are ready.\n\n"
            "\"Russia will not break through,\" said Olena Kovalenko.\n\nThe section heading\n\nThe weather was cold.\n")
    found = claims(extract(source(text), no_directory, nlp))
    assert ("Olena Kovalenko", "The reserves are ready.", False) in found
    assert not any("weather" in text for _, text, _ in found)


def test_without_a_date_there_is_no_window_and_a_note_says_so(nlp: Language, no_directory: Directory) -> None:
    extraction = extract(source('"Russia will attack next year," said Olena Kovalenko.', published=None), no_directory, nlp)
    assert extraction.notes == (NO_DATE_NOTE,)
    prediction = extraction.claims[0].prediction
    assert prediction is not None and prediction.horizon == "next year" and prediction.window_start is None


def test_extract_many_keeps_sources_apart(nlp: Language, no_directory: Directory) -> None:
    texts = ['"Russia will attack," said Olena Kovalenko.', "No claims here at all.", 'Ivan Petrenko said that the war will end.']
    results = list(extract_many([source(t) for t in texts], no_directory, nlp, batch_size=2))
    assert [len(r.claims) for r in results] == [1, 0, 1]
    assert [r.source.text for r in results] == texts


# Spans for auditing: the cue, the speaker's words at the cue, and for a
# pronoun, title or continued quotation the earlier mention it was resolved to.
# (text, claim, cue, mention, antecedent): words as written, None for none.
@pytest.mark.parametrize(
    "text, claim, cue, mention, antecedent",
    [
        ('"Prices will fall next year," said Mirela Dobos.', "Prices will fall next year", "said", "Mirela Dobos", None),
        ("Mirela Dobos, an economist at Halden Bank, said that prices will fall.", "prices will fall", "said", "Mirela Dobos", None),
        ("According to Mirela Dobos, prices will fall next year.", "prices will fall next year.", "According to", "Mirela Dobos", None),
        ("Mirela Dobos said that prices will fall. She added that wages will rise.", "wages will rise", "added", "She", "Mirela Dobos"),
        ('Mirela Dobos spoke on Monday. "Wage growth is slowing," Dobos said.', "Wage growth is slowing", "said", "Dobos", None),
        ('"Rents will keep rising," Mirela Dobos said.\n\n"We expect no change before the summer," she said.',
         "We expect no change before the summer", "said", "she", "Mirela Dobos"),
    ],
)
def test_claims_carry_the_offsets_of_cue_mention_and_antecedent(
    nlp: Language, no_directory: Directory, text: str, claim: str, cue: str, mention: str, antecedent: str | None
) -> None:
    found = {c.text: c for c in extract(source(text), no_directory, nlp).claims}
    assert claim in found, list(found)
    record = found[claim]
    assert record.cue_start is not None and record.cue_end is not None
    assert text[record.cue_start : record.cue_end] == cue
    assert record.cue == (cue.lower() if cue == "According to" else cue)  # prepositional cues are kept lower-cased
    assert text[record.mention_start : record.mention_end] == record.mention == mention  # type: ignore[misc]
    if antecedent is None:
        assert (record.antecedent, record.antecedent_start, record.antecedent_end) == (None, None, None)
    else:
        assert text[record.antecedent_start : record.antecedent_end] == record.antecedent == antecedent  # type: ignore[misc]
        assert record.antecedent_end <= record.mention_start  # type: ignore[operator]


def test_a_quotation_continued_over_paragraphs_points_at_where_its_speaker_was_named(
    nlp: Language, no_directory: Directory
) -> None:
    text = ('"Rents will keep rising until the autumn, and they will not stop there.\n\n'
            '"We expect no change before the summer," said Mirela Dobos.')
    claims = extract(source(text), no_directory, nlp).claims
    first = next(c for c in claims if c.text.startswith("Rents"))
    assert first.cue_start is None and first.mention is None
    assert first.antecedent == "Mirela Dobos" and text[first.antecedent_start : first.antecedent_end] == "Mirela Dobos"  # type: ignore[misc]
