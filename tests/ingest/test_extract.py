from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from graph.model import Extraction, Organisation, Source, source_id
from ingest.directory import Directory
from ingest.extract import NO_DATE_NOTE, extract, extract_many


def source(text: str, published: date | None = date(2022, 12, 20), publisher: str | None = "TSN.ua") -> Source:
    return Source(source_id(None, text), text, publisher=publisher, published=published)


def claims(extraction: Extraction) -> list[tuple[str, str, bool]]:
    names = {r.id: r.name for r in (*extraction.people, *extraction.organisations)}
    return [(names[c.speaker_id], c.text, c.direct) for c in extraction.claims]


def said(text: str, nlp: Language, directory: Directory) -> list[tuple[str, str]]:
    """Who said what in ``text``, by the rules: (speaker's name, claim text) in text order."""
    return [(speaker, words) for speaker, words, _ in claims(extract(source(text), directory, nlp))]


# Sentences written for these tests (not from any article), run with no directory.
@pytest.mark.parametrize(
    "text, expected",
    [
        ('"Russia will try again in spring," said Olena Kovalenko.', [("Olena Kovalenko", "Russia will try again in spring", True)]),
        ('Olena Kovalenko said: “Russia will try again in spring.”', [("Olena Kovalenko", "Russia will try again in spring.", True)]),
        # the rest of a quotation split by its frame, however short
        ('"The question is not whether we act," Mara Holt said, "but when."',
         [("Mara Holt", "The question is not whether we act", True), ("Mara Holt", "but when.", True)]),
        # a contraction's clitic is a word: three words make a quotation, not a quoted phrase
        ('"We\'re close," Senator Tom Brandt said on Tuesday.', [("Tom Brandt", "We're close", True)]),
        ('"Russia will try again," Olena Kovalenko said, "and it will fail."', [("Olena Kovalenko", "Russia will try again", True), ("Olena Kovalenko", "and it will fail.", True)]),
        ('«The front will hold this winter», - believe in the Razumkov Centre.', [("Razumkov Centre", "The front will hold this winter", True)]),
        ('"The front will hold this winter," Example.ua said in a comment Olena Kovalenko, director of the Institute of Strategy.', [("Olena Kovalenko", "The front will hold this winter", True)]),
        ("Olena Kovalenko, director of the Institute of Strategy, said that the front will hold.", [("Olena Kovalenko", "the front will hold", False)]),
        ("According to the Institute of Strategy (IOS), the front will hold. The front will hold, IOS believes.", [("Institute of Strategy", "the front will hold.", False), ("Institute of Strategy", "The front will hold", False)]),
        # Brackets after a name that does not start with the same letter are no abbreviation of it.
        ("According to the Institute of Strategy (Kyiv), the front will hold. The front will hold, Kyiv believes.", [("Institute of Strategy", "the front will hold.", False), ("Kyiv", "The front will hold", False)]),
        ("Olena Kovalenko did not rule out that Russia may attack again.", [("Olena Kovalenko", "Russia may attack again", False)]),
        # A phrase whose speaker's words last until the sentence ends states nothing after them
        ("Some fishermen would pay higher fees once the toll rises, according to a study by Olena Kovalenko, a former "
         "harbour aide now teaching in Halden, whose findings were backed by the union.",
         [("Olena Kovalenko", "Some fishermen would pay higher fees once the toll rises", False)]),
        # (but a clause the parser hung on the name after the comma is the content, not a description of the name)
        ("Because, according to Tomas Berg, whatever the number of those ships and likely costs, it is of little concern to "
         "either the mayor or the board.",
         [("Tomas Berg", "whatever the number of those ships and likely costs, it is of little concern to either the mayor or the board.",
           False)]),
        # A quotation the phrase opens is its content, whole, over its sentences
        ('According to Olena Kovalenko, "If the bridge falls, the town is cut off. Nobody can cross. It is that simple."',
         [("Olena Kovalenko", "If the bridge falls, the town is cut off. Nobody can cross. It is that simple.", True)]),
        # Before anyone has spoken, a pronoun is the person the sentence before was about ...
        ("Olena Kovalenko spoke on Monday.\n\nAccording to her, the front is stable.", [("Olena Kovalenko", "the front is stable.", False)]),
        # ... but once someone has, the last speaker: a person merely mentioned in between does not take over.
        ("Olena Kovalenko said that the front is stable. Did Putin change his plans in Minsk? According to her, the visit changes nothing.",
         [("Olena Kovalenko", "the front is stable", False), ("Olena Kovalenko", "the visit changes nothing.", False)]),
        # A sentence whose subject is no person gives no one to a pronoun.
        ("The talks ended on Monday. According to him, the front is stable.", []),
        # Bodies of a kind in the plural and conference delegates are unnamed sources
        ("Two ferries sank in the storm, emergency services said on Sunday.",
         [("emergency services", "Two ferries sank in the storm", False)]),
        ("Delegates said the group would keep its quotas.", [("delegates", "the group would keep its quotas", False)]),
        # People known by whom they are close to are unnamed sources, never the person named before; "he" after one
        # of them who spoke last is that one
        ("Olena Kovalenko, 63, said the water had reached her door. Her neighbour said he had lost his car.",
         [("Olena Kovalenko", "the water had reached her door", False), ("Olena Kovalenko's neighbour", "he had lost his car", False)]),
        ("Lawyer Olena Kovalenko said her client was innocent. The accused man's mother said the family was devastated.",
         [("Olena Kovalenko", "her client was innocent", False), ("the accused man's mother", "the family was devastated", False)]),
        ('Union leader Tomas Berg said the strike would go on. A bus driver who did not want to be named said he had not '
         'been paid since December. "We are tired of promises," he said.',
         [("Tomas Berg", "the strike would go on", False), ("a bus driver", "he had not been paid since December", False),
          ("a bus driver", "We are tired of promises", True)]),
        # A name right after a body's noun is the body's, whatever its shape; "the organisation" and "it" after it are
        # that body, never a person named before
        ("Tomas Berg said the camp was closed. The rights group Amnesty International published a report on Monday. "
         "The organisation says it spoke to 80 witnesses.",
         [("Tomas Berg", "the camp was closed", False), ("Amnesty International", "it spoke to 80 witnesses", False)]),
        ("War correspondent Tomas Berg says the line is holding. The channel Okop disagrees. It claims that the assault "
         "units lost half their vehicles.",
         [("Tomas Berg", "the line is holding", False), ("Okop", "the assault units lost half their vehicles", False)]),
        ("Tomas Berg says the line is holding. A different picture is painted by the channel Okopnaya Pravda. It claims "
         "that the assault units lost half their vehicles.",
         [("Tomas Berg", "the line is holding", False), ("Okopnaya Pravda", "the assault units lost half their vehicles", False)]),
        # A quoted phrase ending a report belongs to it, whatever participle follows with a clause of its own
        ('Candidate Olena Kovalenko said she would accept the result "if the count is fair", adding that her party '
         'would send observers.',
         [("Olena Kovalenko", 'she would accept the result "if the count is fair"', False),
          ("Olena Kovalenko", "her party would send observers", False)]),
        # An inverted frame whose speaker the parser made the verb's object
        ("The cabinet plans to raise pensions in July, announced the government spokesman, Mihai Rusnac, without giving figures.",
         [("Mihai Rusnac", "The cabinet plans to raise pensions in July", False)]),
        # ... but a name after the body of an office is the holder's ("the deputy chairman of the committee X")
        ("The deputy chairman of the regional executive committee Natalya Kovsh noted that the talks would resume in May.",
         [("Natalya Kovsh", "the talks would resume in May", False)]),
        # A source noun as a title at the sentence's start is no part of the name
        ("Pensioner Olena Kovalenko said prices would rise.", [("Olena Kovalenko", "prices would rise", False)]),
        # The writer's remark on a report is no part of it, and a denial that only points back with "which" is no claim
        ("Olena Kovalenko said the port would close in May, an allegation the harbour board rejected.",
         [("Olena Kovalenko", "the port would close in May", False)]),
        ("Olena Kovalenko said the border guards had fired on the boat, which the ministry denied.",
         [("Olena Kovalenko", "the border guards had fired on the boat", False)]),
        ("In Olena Kovalenko's opinion, the front is stable.", [("Olena Kovalenko", "the front is stable.", False)]),
        ('At the meeting, Olena Kovalenko boasted that "people will appreciate the decisions made," and left.', [("Olena Kovalenko", "people will appreciate the decisions made", True)]),
        # "he" and "she" after a sentence about someone the article describes but does not name are that person,
        # never a place the sentence names
        ("The mayor of Lviv visited the hospital on Monday. She said the plan would leave thousands without care.",
         [("the mayor of Lviv", "the plan would leave thousands without care", False)]),
        ("A local doctor showed us the ward. He said the plan would leave thousands without care.",
         [("a local doctor", "the plan would leave thousands without care", False)]),
        ("The minister arrived in Kyiv on Monday. He told reporters the talks would resume in May.",
         [("the minister", "the talks would resume in May", False)]),
        # a closing frame's definite source or people noun with no one before it is a source the article leaves unnamed
        ("The army will withdraw from the town, the official said.",
         [("the official", "The army will withdraw from the town", False)]),
        ("The ferry will not sail this week, the resident said.",
         [("the resident", "The ferry will not sail this week", False)]),
        # a closing frame's possessive title and the name set off after it, both hung by the parser on the clause
        ("Wage growth will slow this year, the union's president, Greta Holm, said.",
         [("Greta Holm", "Wage growth will slow this year", False)]),
        # "another" officer, after a named one spoke, is someone else, whom "he" then stands for
        ('Major Ivan Petrenko said the attacks would pause until May. Another officer was less hopeful. '
         '"We will have to leave the village within a month," he said.',
         [("Ivan Petrenko", "the attacks would pause until May", False),
          ("another officer", "We will have to leave the village within a month", True)]),
        ('Major Ivan Petrenko said the attacks would pause until May.\n\nAnother officer was less hopeful. '
         '"We will have to leave the village within a month," he said.',
         [("Ivan Petrenko", "the attacks would pause until May", False),
          ("another officer", "We will have to leave the village within a month", True)]),
        # "it" closing a report about a body is that body speaking of itself, as "..., the company said" is
        ("The company will cut 500 jobs this year, it said.",
         [("the company", "The company will cut 500 jobs this year", False)]),
        ("Nordvik Energy reported a loss on Tuesday.\n\nThe company will cut 500 jobs this year, it said.",
         [("Nordvik Energy", "The company will cut 500 jobs this year", False)]),
        # (the trained stage had found these two alone, until session 27)
        ("When I was small, my grandmother often said, \"The river remembers every flood.\"",
         [("my grandmother", "The river remembers every flood.", True)]),
        ('While the bell tolled, the announcer said, "It is late, and the ferry is gone."',
         [("the announcer", "It is late, and the ferry is gone.", True)]),
        # "according to" an office, then its holder's name: the holder; an office with no name is an unnamed source
        ("According to the spokesman for the Norland Border Guard, Ivan Petrenko, the crossing will reopen on Friday.",
         [("Ivan Petrenko", "the crossing will reopen on Friday.", False)]),
        ("According to the head of the regional military administration, the evacuation will continue.",
         [("the head of the regional military administration", "the evacuation will continue.", False)]),
        # the clause's last word, which the parser gave the speaker's name, stays in the clause
        ("The probability of a new offensive is high, Ihor Romanenko, a former deputy chief of staff, told the channel.",
         [("Ihor Romanenko", "The probability of a new offensive is high", False)]),
        # translated word order: the opinion first, its holder as the object; a reminder to the reader opening the sentence
        ("The Russian army may attempt a new offensive in the spring. Such an opinion in a comment to the radio expressed the "
         "military observer Denys Popovych.",
         [("Denys Popovych", "The Russian army may attempt a new offensive in the spring.", False)]),
        ("Recall, the head of the agency Ivan Petrenko previously stated that the war could end in 2026.",
         [("Ivan Petrenko", "the war could end in 2026", False)]),
        # the place an ambassador is posted "to" is no part of the holder's name
        ("Ambassador of Ukraine to Moldova Pavlo Rohoza noted that the embassy would open a consular office in Balti.",
         [("Pavlo Rohoza", "the embassy would open a consular office in Balti", False)]),
        # an inverted frame's plural people at a body are those people, never a name after them
        ("Gas prices will double unless the transit deal is extended, warned analysts at Kpler.",
         [("analysts at Kpler", "Gas prices will double unless the transit deal is extended", False)]),
        # An aside "in her view" / "according to him" inside a report is its speaker's own, not a report around the frame
        ("The ferry line, in her view, will close in May, Lena Novak said.",
         [("Lena Novak", "The ferry line, in her view, will close in May", False)]),
        ("The ferry line, according to him, will close in May, Tomas Berg said.",
         [("Tomas Berg", "The ferry line, according to him, will close in May", False)]),
        # ... and without a frame, the aside reports the whole clause it sits in
        ("Lena Novak spoke on Monday. The ferry line, in her view, will close in May.",
         [("Lena Novak", "The ferry line, in her view, will close in May.", False)]),
        # Translated copy gives the words to a description and names its holder in a frame that points back
        ("As the expert noted, the ferries will stop in May.\n\nThis opinion was expressed in an interview with Radio Nord "
         "by harbour expert Tomas Berg.",
         [("Tomas Berg", "the ferries will stop in May", False)]),
        # Wire copy's lead: the description names no one yet; the person the next paragraph introduces in that role said it
        ("The ferries will stop in May, a senior harbour official has warned.\n\nTomas Berg, a senior official at the harbour "
         "authority, told reporters that repairs would take a year.",
         [("Tomas Berg", "The ferries will stop in May", False), ("Tomas Berg", "repairs would take a year", False)]),
        # ... but not an anonymous one, nor a person of another role
        ("The ferries will stop in May, a harbour official, who asked not to be named, said.\n\nTomas Berg, a senior "
         "official at the harbour authority, told reporters that repairs would take a year.",
         [("a harbour official", "The ferries will stop in May", False), ("Tomas Berg", "repairs would take a year", False)]),
        ("The ferries will stop in May, a senior official said.\n\nMayor Tomas Berg told reporters that repairs would take a year.",
         [("a senior official", "The ferries will stop in May", False), ("Tomas Berg", "repairs would take a year", False)]),
        # The question put to a speaker is no part of the answer
        ('Asked whether the army would leave the border area, Defence Minister Jonas Kairys said: "We will not withdraw this year."',
         [("Jonas Kairys", "We will not withdraw this year.", True)]),
        # (a verbless answer to a question about the future is a claim of its own: still not the question)
        ('Asked whether the army would leave the border area, Defence Minister Jonas Kairys said: "Not this year."',
         [("Jonas Kairys", "Not this year.", True)]),
        # A reporting verb the parser read as a noun ("bank forecasts") reports
        ("The central bank forecasts that inflation will fall to 3 percent by December.",
         [("the central bank", "inflation will fall to 3 percent by December", False)]),
        ("Economists polled by the agency forecast that the bank will cut rates in May.",
         [("economists", "the bank will cut rates in May", False)]),
        # Unnamed sources are claims too, under the words used for them.
        ("Why did Putin come to Minsk? The answer is simple. Experts say that the visit was a show.", [("experts", "the visit was a show", False)]),
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


def test_a_generic_title_of_the_directory_in_an_article_without_its_person_is_a_description(nlp: Language, directory: Directory) -> None:
    # "the general" is a title of the directory's general; here it describes the general this article names
    text = "General Lena Novak spoke on Monday. According to the general, the ferries will run again in June.\n"
    extraction = extract(source(text), directory, nlp)
    assert [(p.name, c.text) for p in extraction.people for c in extraction.claims] == [
        ("Lena Novak", "the ferries will run again in June.")]


def test_a_generic_title_of_a_body_in_the_directory_describes_the_body_this_article_names(nlp: Language, directory: Directory) -> None:
    # "the think tank" is a title of a think tank the directory knows; this article names another one
    text = "The Kestrel Centre published a report on Monday. The think tank said damage to the port now exceeds $170 million.\n"
    extraction = extract(source(text), directory, nlp)
    assert [(o.name, c.text) for o in extraction.organisations for c in extraction.claims] == [
        ("Kestrel Centre", "damage to the port now exceeds $170 million")]


@pytest.mark.parametrize("text", [
    # the last speaker holds another office: the person the sentence before is about, named at the end of
    # a role's phrase, is "the general"
    "Military observer Tomas Berg said the port was closed.\n\nFormer deputy head of the General Staff Lena Novak has a "
    "different view. According to the general, the ferries will run again in June.\n",
])
def test_a_description_after_another_office_spoke_is_the_person_just_introduced(nlp: Language, no_directory: Directory,
                                                                               text: str) -> None:
    extraction = extract(source(text), no_directory, nlp)
    names = {p.id: p.name for p in extraction.people}
    assert [(names[c.speaker_id], c.text) for c in extraction.claims] == [
        ("Tomas Berg", "the port was closed"), ("Lena Novak", "the ferries will run again in June.")]


@pytest.mark.parametrize("text, second", [
    # a profession is no description of someone introduced with an office ...
    ("Minister Anna Berg said the plan was sound. The chief economist said inflation would fall.\n", "the chief economist"),
    # ... and a description owned by a body ("X's economist") is someone of that body, not whoever spoke last
    ("Minister Anna Berg said the plan was sound. Nordbank's chief analyst said inflation would fall.\n", "Nordbank's chief analyst"),
    ("Tomas Berg, an economist, said the plan was sound. The economist said inflation would fall.\n", "Tomas Berg"),
    ("Tomas Berg, an economist at Nordbank, said the plan was sound. Nordbank's economist said inflation would fall.\n",
     "Tomas Berg"),
])
def test_a_short_description_is_the_last_person_only_if_it_fits_them(nlp: Language, no_directory: Directory, text: str,
                                                                     second: str) -> None:
    found = speakers(extract(source(text), no_directory, nlp))
    assert [(name, said) for name, _, said in found] == [(text.split(" said")[0].split(",")[0].removeprefix("Minister "), "the plan was sound"),
                                                         (second, "inflation would fall")]


def test_paraphrase_between_two_attributions_of_one_speaker_continues_it(nlp: Language, no_directory: Directory) -> None:
    text = ("According to Olena Kovalenko, the front is stable.\n\nThe reserves are ready.\n\n"
            "\"Russia will not break through,\" said Olena Kovalenko.\n\nThe section heading\n\nThe weather was cold.\n")
    found = claims(extract(source(text), no_directory, nlp))
    assert ("Olena Kovalenko", "The reserves are ready.", False) in found
    assert not any("weather" in text for _, text, _ in found)


@pytest.mark.parametrize(
    "between",
    [
        "The Nordic Reserve Bank kept its rate unchanged in May.",  # what a named institution did
        "A cut is widely expected in June.",  # an anonymous view
    ],
)
def test_other_voices_between_two_attributions_do_not_continue_the_speaker(
        nlp: Language, no_directory: Directory, between: str) -> None:
    text = f"Olena Kovalenko said that prices will rise. {between} Kovalenko said that wages will follow."
    assert claims(extract(source(text), no_directory, nlp)) == [
        ("Olena Kovalenko", "prices will rise", False), ("Olena Kovalenko", "wages will follow", False)]


def test_the_writers_words_between_two_quotations_do_not_continue_the_speaker(nlp: Language, no_directory: Directory) -> None:
    # a paraphrase runs on; between two quotations, what stands outside the marks is the writer's narration
    text = ('"Prices will keep rising until the summer," said Ion Lupu, an economist at Banca Nord.\n\n'
            "The central bank raised its key rate by half a point in January. Inflation reached 9% in February.\n\n"
            '"The bank has little room left," Lupu added.')
    assert claims(extract(source(text), no_directory, nlp)) == [
        ("Ion Lupu", "Prices will keep rising until the summer", True), ("Ion Lupu", "The bank has little room left", True)]


def test_the_writer_in_the_first_person_does_not_continue_a_speaker(nlp: Language, no_directory: Directory) -> None:
    text = ("Olena Kovalenko said that prices will rise. I live near the port and see the ships every day. "
            "Kovalenko said that wages will follow.")
    assert claims(extract(source(text), no_directory, nlp)) == [
        ("Olena Kovalenko", "prices will rise", False), ("Olena Kovalenko", "wages will follow", False)]


def test_without_a_date_there_is_no_window_and_a_note_says_so(nlp: Language, no_directory: Directory) -> None:
    extraction = extract(source('"Russia will attack next year," said Olena Kovalenko.', published=None), no_directory, nlp)
    assert extraction.notes == (NO_DATE_NOTE,)
    prediction = extraction.claims[0].prediction
    assert prediction is not None and prediction.horizon == "next year" and prediction.window_start is None


def test_a_feared_event_warned_of_is_a_timed_forecast_with_its_condition(nlp: Language, no_directory: Directory) -> None:
    text = "Mayor Tomas Berg warned of floods in the summer unless the dam is repaired."
    [claim] = extract(source(text, published=date(2026, 3, 9)), no_directory, nlp).claims
    prediction = claim.prediction
    assert prediction is not None and (prediction.kind, prediction.event, prediction.condition) == (
        "forecast", "floods", "unless the dam is repaired")
    assert (prediction.window_start, prediction.window_end) == (date(2026, 6, 1), date(2026, 8, 31))


@pytest.mark.parametrize("text", [
    "If the talks fail, the agency would have to suspend deliveries, a spokesman said.",
    '"If the talks fail, we would have to suspend deliveries," a spokesman said.',
])
def test_what_a_condition_would_force_is_a_conditional_forecast_kept_whole(nlp: Language, no_directory: Directory, text: str) -> None:
    # the sentence's own "If" opens the content (it is no complementiser), and "would have to" under it is a forecast
    [claim] = extract(source(text), no_directory, nlp).claims
    assert claim.text.startswith("If the talks fail, ")
    assert claim.prediction is not None and claim.prediction.condition == "If the talks fail"


@pytest.mark.parametrize("text, kind", [
    ("Mayor Berg said it would bring jobs to the town.", "person"),
    ("Nordgram said it would remove the posts.", "organisation"),  # a one-word name that reports of itself as "it" is a body
    ('"I send money home every month," says Lidia, 58.', "person"),  # a name with an age is a person's
])
def test_a_one_word_speaker_after_a_title_is_a_person(nlp: Language, no_directory: Directory, text: str, kind: str) -> None:
    extraction = extract(source(text), no_directory, nlp)
    assert [r.kind for r in (*extraction.people, *extraction.organisations)] == [kind]


def test_a_one_word_name_its_appositive_calls_a_firm_is_a_body(nlp: Language) -> None:
    extraction = extract(source("Elisa, a Finnish telecoms operator, said traffic had been rerouted."), nlp=nlp)  # the default directory
    assert [(r.kind, r.name) for r in (*extraction.people, *extraction.organisations)] == [("organisation", "Elisa")]


def test_a_name_before_a_description_the_parser_made_the_subject_speaks(nlp: Language) -> None:
    # "Elisa, the operator that owns the cable, said": the parser took the description for the subject
    extraction = extract(source("Elisa, the operator that owns the damaged cable, said repairs would take two weeks."), nlp=nlp)
    assert [(r.kind, r.name) for r in (*extraction.people, *extraction.organisations)] == [("organisation", "Elisa")]
    assert [c.text for c in extraction.claims] == ["repairs would take two weeks"]


def test_a_translated_clause_the_parser_cut_in_two_is_one_content(nlp: Language, no_directory: Directory) -> None:
    text = "The Defence Ministry of Norland predicted that it was launched by the neighbour conflict against Norland could stop by the close of summer 2025."
    [claim] = extract(source(text, published=None), no_directory, nlp).claims
    assert claim.text == "it was launched by the neighbour conflict against Norland could stop by the close of summer 2025"
    assert claim.prediction is not None and claim.prediction.window_end == date(2025, 8, 31)  # a stated year needs no date


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
        # a person the sentence before is about, after the last claim, beats the last speaker
        ('"The harbour is calm," said Ales Dubrouski. Her husband, Pavel Sokol, is allowed one letter a month. He believes '
         "she will be released soon.", "she will be released soon", "believes", "He", "Pavel Sokol"),
        # a report an institute relays gives the claim, and its cue and mention, to the one who spoke
        ("The Halden Institute noted that harbour bloggers claimed that the port had reopened.",
         "the port had reopened", "claimed", "harbour bloggers", None),
        ("Harbour economists are divided. Some say that a strike remains unlikely.", "a strike remains unlikely", "say", "Some",
         "Harbour economists"),
        # "they" stands for the group of people the sentence before was about
        ("Economists at Halden Bank are more cautious. They expect growth of about 1.8 percent next year.",
         "growth of about 1.8 percent next year", "expect", "They", "Economists at Halden Bank"),
        # "it" stands for the body, or the sender of the document, the sentence before was about
        ("The harbour board met on Monday. It warned that the new toll would drive the fleet away.",
         "the new toll would drive the fleet away", "warned", "It", "The harbour board"),
        ("The town sent a warning letter on Friday. It says the company broke local law.",
         "the company broke local law", "says", "It", "The town"),
        # ... also across a paragraph, where no one spoke before
        ("The National Bank of Norland kept its key rate on Thursday.\n\nLoan growth will pick up next year, it said.",
         "Loan growth will pick up next year", "said", "it", "National Bank of Norland"),
        ("The new toll angered local fishermen, many of whom say it will ruin them.", "it will ruin them", "say", "many",
         "local fishermen"),
        # "its analysts" after a body: that body's analysts
        ("Consultancy Harbourline forecast total exports at 42 million tonnes. Its analysts expect wheat exports to reach 16 million tonnes.",
         "wheat exports to reach 16 million tonnes", "expect", "Its analysts", "Harbourline"),
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


def speakers(extraction: Extraction) -> list[tuple[str, str, str]]:
    """Return (speaker name, speaker kind, claim text) of every claim."""
    names = {r.id: (r.name, r.kind) for r in (*extraction.people, *extraction.organisations)}
    return [(*names[c.speaker_id], c.text) for c in extraction.claims]


# Wire-copy and translated attribution patterns, in sentences written for these
# tests (names, places and outlets invented), run with no directory.
@pytest.mark.parametrize(
    "text, expected",
    [
        # A name with an appositive descriptor: the person speaks, never the employer.
        ("Inflation will drop to 2% next year, Maria Lindqvist, an economist at Nordhavn Capital, said on Tuesday.",
         [("Maria Lindqvist", "person", "Inflation will drop to 2% next year")]),
        # double-barrelled names are people's, whatever the recogniser took them for
        ("Marie-Lena Dobos-Varga, the chair of the harbour committee, said the quay would reopen in May.",
         [("Marie-Lena Dobos-Varga", "person", "the quay would reopen in May")]),
        ("Anne-Lise Berg, an analyst at Halden Bank, said the toll would rise this winter.",
         [("Anne-Lise Berg", "person", "the toll would rise this winter")]),
        ('Ivo Stan-Kask, a retired general, does not believe the push will succeed. "They lack the forces," he said.',
         [("Ivo Stan-Kask", "person", "the push will succeed"), ("Ivo Stan-Kask", "person", "They lack the forces")]),
        # An organisation alone is the speaker, and stays an organisation.
        ("Rents will keep rising, Nordhavn Capital said in a note.", [("Nordhavn Capital", "organisation", "Rents will keep rising")]),
        ("Growth will slow next year, Baltic Economics said.", [("Baltic Economics", "organisation", "Growth will slow next year")]),
        ("Rents will keep rising, Tomas Berg, chief strategist at Ostvik Bank, told clients on Monday.",
         [("Tomas Berg", "person", "Rents will keep rising")]),
        # A possessive descriptor before the name.
        ("Russia has withdrawn most of its troops, the border service's spokesperson Ivan Petrenko said on July 14.",
         [("Ivan Petrenko", "person", "Russia has withdrawn most of its troops")]),
        ("The ferry will not sail this week, the port authority's spokeswoman Liis Kask said.",
         [("Liis Kask", "person", "The ferry will not sail this week")]),
        # Inverted order with a role before the name.
        ("The harvest will be poor this autumn, said security analyst Jaan Tamm.",
         [("Jaan Tamm", "person", "The harvest will be poor this autumn")]),
        ("Exports will fall in the second half, said Finance Minister Olena Kovalenko.",
         [("Olena Kovalenko", "person", "Exports will fall in the second half")]),
        # A surname alone, which the small model tends to tag as an organisation.
        ("Jaan Tamm spoke in Tallinn. The harvest will be poor this autumn, Tamm told reporters.",
         [("Jaan Tamm", "person", "The harvest will be poor this autumn")]),
        ('Aino Virtanen chairs the panel. "Nothing has been decided yet," Virtanen told journalists.',
         [("Aino Virtanen", "person", "Nothing has been decided yet")]),
        # Two quotations in a row: the second, with no cue, is the same speaker's.
        ('"Wage growth is slowing," Lindqvist said. "I would be surprised if inflation is still above 3% in six months."',
         [("Lindqvist", "person", "Wage growth is slowing"), ("Lindqvist", "person", "I would be surprised if inflation is still above 3% in six months.")]),
        ('Marek Nowak said that the talks were useful.\n\n"We have agreed on the timetable," Nowak said.\n\n"The rest will follow in the spring."',
         [("Marek Nowak", "person", "the talks were useful"), ("Marek Nowak", "person", "We have agreed on the timetable"),
          ("Marek Nowak", "person", "The rest will follow in the spring.")]),
        # "he said, speaking at an event organised by X": he, never X.
        ('Maria Lindqvist spoke first. "We believe the border will hold," she said on Tuesday, speaking at a conference organised by The Economist.',
         [("Maria Lindqvist", "person", "We believe the border will hold")]),
        ('Ivan Petrenko was in Brussels. "The bridge will be rebuilt by May," he said, speaking at a forum hosted by the Nordic Council.',
         [("Ivan Petrenko", "person", "The bridge will be rebuilt by May")]),
        # the parser hung the clause's last words ("next year") on the closing frame it made a conjunct
        ("The new tunnel will open to traffic between March and May next year, the regional transport authority said on Monday.",
         [("the regional transport authority", "unnamed", "The new tunnel will open to traffic between March and May next year")]),
        # A dateline before the subject.
        ("OSLO, May 3 (Example Wire) - Central bank governor Kari Dahl said on Friday that rates would stay on hold.",
         [("Kari Dahl", "person", "rates would stay on hold")]),
        # Machine-translated order: the addressee before the speaker, or the outlet as the subject.
        ("Prices will rise sharply in spring, said in a comment to Radio Nord Olena Kovalenko.",
         [("Olena Kovalenko", "person", "Prices will rise sharply in spring")]),
        # ... with an adjective of belief after its "is"
        ("The port will stay closed until the end of summer, is convinced the analyst Olena Kovalenko.",
         [("Olena Kovalenko", "person", "The port will stay closed until the end of summer")]),
        # ... with a participle the parser made an adverbial of the clause
        ("The port will stay closed until the end of summer, noted in an interview with Radio Nord the analyst Olena Kovalenko.",
         [("Olena Kovalenko", "person", "The port will stay closed until the end of summer")]),
        ('"The offensive has stalled," Example.ua said in a comment Petro Savchenko, a military analyst.',
         [("Petro Savchenko", "person", "The offensive has stalled")]),
        # "according to X, <descriptor>, ...": the descriptor is no content.
        ("According to Jaan Tamm, an analyst at the Baltic Defence Institute, the harvest will be poor.",
         [("Jaan Tamm", "person", "the harvest will be poor.")]),
        # An outlet that relays: "reports X, citing Y".
        ("Prices will rise sharply in spring, reports Radio Nord, citing Olena Kovalenko.",
         [("Olena Kovalenko", "person", "Prices will rise sharply in spring")]),
        # Nested attribution: an organisation relaying a named person gives the claim to the person ...
        ("The Nordic Policy Institute recalled that Ivan Petrenko said the bridge would be rebuilt by May.",
         [("Ivan Petrenko", "person", "the bridge would be rebuilt by May")]),
        # ... but a person speaking for an institution keeps it.
        ("Marek Nowak said that the ministry believes the bridge will be rebuilt by May.",
         [("Marek Nowak", "person", "the ministry believes the bridge will be rebuilt by May")]),
        # ... and so does a speaker named after the whole report ("<report>, X told Y"), with a
        # relative clause or a descriptor between speaker and verb.
        ("Norland will step up patrols along the coast before winter, Liis Kask, who runs the port, said on Monday.",
         [("Liis Kask", "person", "Norland will step up patrols along the coast before winter")]),
        ("Norland will step up patrols along the coast before winter, Tomas Berg, the head of the coast guard, said on Monday.",
         [("Tomas Berg", "person", "Norland will step up patrols along the coast before winter")]),
        # Spelling variants of one name in one article are one person (fuzzy, no word list) ...
        ("Yurii Tkachenko said that the mine would close. Later Tkachenka said that the miners would be paid.",
         [("Yurii Tkachenko", "person", "the mine would close"), ("Yurii Tkachenko", "person", "the miners would be paid")]),
        # ... with or without their diacritics ...
        ("Harbour Minister Dainė Žemaitienė said the quay would reopen. Zemaitiene also said the ferries would run in May.",
         [("Dainė Žemaitienė", "person", "the quay would reopen"), ("Dainė Žemaitienė", "person", "the ferries would run in May")]),
        # ... and a surname goes to the person who bears it exactly.
        ("Olena Kovalenko said that Aleksandr Kovalenka had visited the port. Kovalenka said the port would reopen.",
         [("Olena Kovalenko", "person", "Aleksandr Kovalenka had visited the port"), ("Aleksandr Kovalenka", "person", "the port would reopen")]),
        # a name of two words its appositive calls a company is a company
        ("Nordvik Zakhid, a state-owned company, said the storage would be full by May.",
         [("Nordvik Zakhid", "organisation", "the storage would be full by May")]),
        # Arabic particles join a name, hyphenated too, however the parser split it
        ("Khalid al-Mansouri said the lists were almost agreed. The mediator added that he had passed the message on.",
         [("Khalid al-Mansouri", "person", "the lists were almost agreed"), ("Khalid al-Mansouri", "person", "he had passed the message on")]),
        # A place that only starts a hyphenated modifier describes the speaker and is none.
        ("Norland's economy will shrink this year, a new report by the Vilnius-based Nordic Policy Forum says.",
         [("Nordic Policy Forum", "organisation", "Norland's economy will shrink this year")]),
        # A firm's name the recogniser took for a place, after the noun that says what the firm is.
        ("The port will reopen in May, according to the Warsaw-based think tank Eastern Analytica.",
         [("Eastern Analytica", "organisation", "The port will reopen in May")]),
        ("The port will reopen in May, the think tank Eastern Analytica said.",
         [("Eastern Analytica", "organisation", "The port will reopen in May")]),
        # ... and a name the recogniser left untagged there
        ("Steel output will reach 8 million tonnes this year, according to the industry association Nordmetallprom.",
         [("Nordmetallprom", "organisation", "Steel output will reach 8 million tonnes this year")]),
        # Names of the shape "First Last" whose words say they are bodies' ("International", "House", "Watch") ...
        ("Halden Rights Watch said the detentions were arbitrary.", [("Halden Rights Watch", "organisation", "the detentions were arbitrary")]),
        ("Liberty House said the vote was unfair.", [("Liberty House", "organisation", "the vote was unfair")]),
        # ... and such a name beginning with a common noun the tagger left out of it
        ("Integrity International Norland welcomed the verdict but warned that most such cases collapse on appeal.",
         [("Integrity International Norland", "organisation", "most such cases collapse on appeal")]),
        # A name closing an "of" phrase the parser made a second subject: the person speaks
        ("Energy analyst Yuriy Korol of the consultancy ExPro said demand might be 8% lower.",
         [("Yuriy Korol", "person", "demand might be 8% lower")]),
        # "the bank", "the federation" after the body its own sentence names (the recogniser may leave the name untagged)
        ("Nordbank raised its key rate to 5%, the bank said on Tuesday.", [("Nordbank", "organisation", "Nordbank raised its key rate to 5%")]),
        ("The Norland Rowing Federation has suspended Ivo Tamm for four years, the federation announced on Tuesday.",
         [("Norland Rowing Federation", "organisation", "The Norland Rowing Federation has suspended Ivo Tamm for four years")]),
        # fighters of an armed group speaking as one
        ("The town will be handed over by Friday, the rebels said.", [("the rebels", "unnamed", "The town will be handed over by Friday")]),
        # A body named by where it sits speaks, not the city
        ("The Russian embassy in Chisinau said the diplomats would leave by Tuesday.",
         [("the Russian embassy in Chisinau", "unnamed", "the diplomats would leave by Tuesday")]),
        ("The health ministry in Kyiv said hospitals were full.", [("the health ministry in Kyiv", "unnamed", "hospitals were full")]),
    ],
)
def test_wire_patterns(nlp: Language, no_directory: Directory, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(extract(source(text, publisher="Example Wire"), no_directory, nlp)) == expected


# Unnamed sources: the words used are the speaker, of kind "unnamed".
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Officials said the bridge would reopen in May.", [("officials", "the bridge would reopen in May")]),
        ("A senior Gulf mediator said on Saturday that the prisoners would be exchanged in May.",
         [("a senior Gulf mediator", "the prisoners would be exchanged in May")]),
        # a nationality keeps its capital at the start of a sentence, a name or not
        ("Ukrainian officials said the bridge would reopen in May.", [("Ukrainian officials", "the bridge would reopen in May")]),
        ("The bridge will reopen in May, a source familiar with the plans said.", [("a source familiar with the plans", "The bridge will reopen in May")]),
        ("Analysts believe the central bank will cut rates in June.", [("analysts", "the central bank will cut rates in June")]),
        # the person an outlet spoke to, as translated copy calls them
        ("The interlocutor of the publication said that the ferry would resume in May.",
         [("the interlocutor of the publication", "the ferry would resume in May")]),
        ("Military bloggers said the army had lost ground near the river.", [("military bloggers", "the army had lost ground near the river")]),
        ("Two diplomats told reporters that the summit would be postponed.", [("two diplomats", "the summit would be postponed")]),
        # people named by what they do or went through
        ("Organisers said 1,500 runners would take part. Rescuers said the search would go on overnight.",
         [("organisers", "1,500 runners would take part"), ("rescuers", "the search would go on overnight")]),
        ("Some families said the guards had demanded money. Another former detainee said he had been held with 14 others.",
         [("some families", "the guards had demanded money"), ("another former detainee", "he had been held with 14 others")]),
        ("The panel agreed that the harbour was the most vulnerable target.", [("the panel", "the harbour was the most vulnerable target")]),
        # the media, and a prime minister abbreviated (a list's bullet is no part of the words)
        ("The regulator will decide on a tariff increase next Friday, according to local media.",
         [("local media", "The regulator will decide on a tariff increase next Friday")]),
        ("• Norland's PM says the country has enough gas to last until the end of April.",
         [("Norland's PM", "the country has enough gas to last until the end of April")]),
        # a place the person is from is no name of theirs
        ("One woman, a former schoolteacher from Hola Prystan, told investigators she was questioned every night.",
         [("one woman", "she was questioned every night")]),
        ("The talks will resume on Friday, unnamed officials said.", [("unnamed officials", "The talks will resume on Friday")]),
        ("Norland will step up patrols along the coast before winter, a senior official, who spoke on condition of anonymity, said on Monday.",
         [("a senior official", "Norland will step up patrols along the coast before winter")]),
        # ... and a report inside the words is theirs too ("Norland expects", not Norland's claim)
        ("Ukraine expects Russia to step up drone attacks before winter, a senior Ukrainian official told Nordwire on Monday.",
         [("a senior Ukrainian official", "Ukraine expects Russia to step up drone attacks before winter")]),
        ("Norland expects the rebels to step up raids on its ports before winter, a senior official, who spoke on condition of anonymity, "
         "told Radio Nord on Monday.", [("a senior official", "Norland expects the rebels to step up raids on its ports before winter")]),
        # "expect X to Y" reports "X to Y"; an organisation relaying unnamed analysts gives them the claim.
        ("Analysts expect the surplus to persist next year.", [("analysts", "the surplus to persist next year")]),
        ("According to Nordhavn Capital, analysts expect prices to fall in May.", [("analysts", "prices to fall in May")]),
        ("According to people familiar with the matter, the merger will be announced next week.",
         [("people familiar with the matter", "the merger will be announced next week.")]),
        # a closing frame the parser made a conjunct of the clause it reports
        ("It is expected that the talks will resume in May, a source in the foreign ministry told the agency.",
         [("a source in the foreign ministry", "It is expected that the talks will resume in May")]),
        # a body named by its owner in lower case ("the central bank of X"), in a frame or as a subject
        ("According to the central bank of Norland, prices should stop rising in spring.",
         [("the central bank of Norland", "prices should stop rising in spring.")]),
        ("The transport ministry of Estonia said the ferries would run again in June.",
         [("the transport ministry of Estonia", "the ferries would run again in June")]),
        # someone unnamed who serves a body the phrase names, not the body
        ("The ferries will run again in May, according to a NATO official.", [("a NATO official", "The ferries will run again in May")]),
        # bodies of a kind, not the name before them
        ("Pipeline operators have said the link could open in 2029.", [("pipeline operators", "the link could open in 2029")]),
        # "<clause>, citing two officials" closing the reported clause: the officials speak, the outlet relays
        ("Nordwire reports that the port will close in May, citing two officials at the harbour board.", [("two officials", "the port will close in May")]),
        # a body the article does not name, in lower case: the recogniser's tag makes it no name
        ("The ferries will run again in June, the defence ministry said.", [("the defence ministry", "The ferries will run again in June")]),
        ("The ferries will run again in June, the navy said.", [("the navy", "The ferries will run again in June")]),
        # Countries and allies speak collectively, in the plural.
        ("Trade is growing, with Western countries saying that the port will reopen in May.",
         [("western countries", "the port will reopen in May")]),
        ("Nordwire cited a source in the harbour board as saying the strike would end in June.",
         [("a source in the harbour board", "the strike would end in June")]),
        # A company's analysts are many: an unnamed source, not a person named like the company.
        ("Prices rose in May. Kestrel analysts expect rates to fall next year.", [("Kestrel analysts", "rates to fall next year")]),
        # one of a group, quoted after a quotation; a market's own people (underwriters) speak as traders do
        ('"Rates can fall faster," one of the members was quoted as saying.', [("one of the members", "Rates can fall faster")]),
        ("Two underwriters said cover had become scarce. One of them warned that premiums would rise.",
         [("two underwriters", "cover had become scarce"), ("one of the two underwriters", "premiums would rise")]),
    ],
)
def test_unnamed_sources(nlp: Language, no_directory: Directory, text: str, expected: list[tuple[str, str]]) -> None:
    assert speakers(extract(source(text), no_directory, nlp)) == [(name, "unnamed", said) for name, said in expected]


def test_unnamed_sources_are_never_merged_across_articles(nlp: Language, no_directory: Directory) -> None:
    texts = ["Officials said the bridge would reopen in May.", "Officials said the port would close in June."]
    first, second = (extract(source(t), no_directory, nlp) for t in texts)
    assert first.claims[0].speaker_id != second.claims[0].speaker_id
    assert first.source.id.removeprefix("src:") in first.claims[0].speaker_id


# What is not an attributed statement: the writer's own narration, where a
# claim was published, the writer as "we".
@pytest.mark.parametrize(
    "text",
    [
        "The bridge was closed in March after the floods.",
        "This is stated in a report on the ministry's website.",
        "We reported last week that the bridge would close.",
        "It said nothing about the bridge.",
    ],
)
def test_no_claim(nlp: Language, no_directory: Directory, text: str) -> None:
    assert extract(source(text), no_directory, nlp).claims == ()


def test_descriptor_gives_role_and_affiliation(nlp: Language, no_directory: Directory) -> None:
    text = "Inflation will drop to 2% next year, Maria Lindqvist, an economist at Nordhavn Capital, said on Tuesday."
    people = {p.name: (p.role, p.affiliation) for p in extract(source(text), no_directory, nlp).people}
    assert people == {"Maria Lindqvist": ("economist", "Nordhavn Capital")}
    assert extract(source(text), no_directory, nlp).organisations == ()


# Views stated with "be" and an adjective, lone surnames after "according to",
# and short descriptions standing for the last speaker.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Olena Kovalenko is confident that the reform will pass in June.", [("Olena Kovalenko", "the reform will pass in June")]),
        ('Olena Kovalenko spoke in Lviv. "The reform will pass," Kovalenko is sure.', [("Olena Kovalenko", "The reform will pass")]),
        ("Marek Nowak spoke in Gdansk. According to Nowak, the port will reopen in May.", [("Marek Nowak", "the port will reopen in May.")]),
        # translated news: "by his words", "according to his estimate"
        ("Marek Nowak spoke in Gdansk. By his words, the port will reopen in May.", [("Marek Nowak", "the port will reopen in May.")]),
        # "and" shares the subject; a clause before an inverted "said X" is its content.
        ("She blamed the weather for the delay and said that the port would reopen in May. Liis Kask runs it.", []),
        ("Liis Kask blamed the weather for the delay and said that the port would reopen in May.",
         [("Liis Kask", "the weather for the delay"), ("Liis Kask", "the port would reopen in May")]),  # (blaming reports its charge)
        ("After that, the ferries can start sailing again, said the spokesman of the Harbour Board, Liis Kask, on the radio.",
         [("Liis Kask", "After that, the ferries can start sailing again")]),
        ("Marek Nowak, the deputy minister, said that talks were useful. The official noted that a deal was close.",
         [("Marek Nowak", "talks were useful"), ("Marek Nowak", "a deal was close")]),
        ("Marek Nowak voiced concern that prices would rise.", [("Marek Nowak", "prices would rise")]),
        # ... and a closing light-verb frame reports the clause before it
        ("The fighting near the port will continue until the autumn, military expert Marek Nowak expressed confidence.",
         [("Marek Nowak", "The fighting near the port will continue until the autumn")]),
        ("The union will adopt the new tariff by the end of March, Commissioner Liis Kask expressed hope.",
         [("Liis Kask", "The union will adopt the new tariff by the end of March")]),
        # a description no one named before fits is a source the article does not name
        ("The minister expressed hope that the talks would resume in May.", [("the minister", "the talks would resume in May")]),
        ('Prices are climbing again. "We will cut rates in May," the governor said.', [("the governor", "We will cut rates in May")]),
        # A capitalised title is a description, never a person called "Agency Chief".
        ('Olena Kovalenko, head of the Port Agency, said that ships were waiting. "The queue will grow," the Agency Chief stressed.',
         [("Olena Kovalenko", "ships were waiting"), ("Olena Kovalenko", "The queue will grow")]),
        # An untagged name as the subject speaks, never the organisation in its appositive ...
        ("Lindqvist, a member of the Monetary Policy Committee, said that rates would rise. Maria Lindqvist left early.",
         [("Maria Lindqvist", "rates would rise")]),
        # ... and an administration named after a person is not that person.
        ("The Berg administration said its plan would lift growth to 3 percent.", [("Berg administration", "its plan would lift growth to 3 percent")]),
        # ... nor is a group named after a person or a people, after "according to"
        ("According to the Lindqvist monitoring group, ferry traffic has fallen.", [("Lindqvist monitoring group", "ferry traffic has fallen.")]),
        # Before anyone has spoken, a description is the person just named.
        ('Deputy Minister Liis Kask visited the port on Monday. "The ferries will sail again in May," the official noted.',
         [("Liis Kask", "The ferries will sail again in May")]),
        # A dateline the parser takes for a second subject.
        ("OSLO, May 3 (Example Wire) - The bank's governor Kari Dahl said on Friday he expected rates to stay on hold.",
         [("Kari Dahl", "he expected rates to stay on hold")]),
    ],
)
def test_views_and_descriptions(nlp: Language, no_directory: Directory, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(name, said) for name, _, said in speakers(extract(source(text), no_directory, nlp))] == expected


@pytest.mark.parametrize("between", [
    "When he does, his voice drops.",  # the person's own body or things
    "Asked whether the strike will end this year, the general shook his head.",  # a role word the tagger read as an adjective
])
def test_narration_between_two_reports_is_not_theirs(nlp: Language, no_directory: Directory, between: str) -> None:
    text = f"Liis Kask believed that the port was too small. {between} Kask says the ferries had failed.\n"
    found = [said for _, _, said in speakers(extract(source(text), no_directory, nlp))]
    assert found == ["the port was too small", "the ferries had failed"]


def test_narration_about_the_speaker_does_not_continue_their_words(nlp: Language, no_directory: Directory) -> None:
    text = ("Liis Kask said that the port would reopen in May.\n\nKask flew to Riga on Monday. The ferries are ready.\n\n"
            "Kask added that the ferries would sail daily.\n")
    found = [said for _, _, said in speakers(extract(source(text), no_directory, nlp))]
    assert "The ferries are ready." in found
    assert not any("Riga" in said for said in found)


@pytest.mark.parametrize("text, said", [
    ('Liis Kask said the port had become "far too slow for modern ships" over the years.\n',
     'the port had become "far too slow for modern ships" over the years'),
    # a quoted clause ending the reported one, after a word in -ed that is no verb of saying
    ('Liis Kask said the crossings would stay closed "as long as the strikes continue".\n',
     'the crossings would stay closed "as long as the strikes continue"'),
])
def test_a_quoted_phrase_inside_a_sentence_stays_in_its_report(nlp: Language, no_directory: Directory, text: str, said: str) -> None:
    assert speakers(extract(source(text), no_directory, nlp)) == [("Liis Kask", "person", said)]


@pytest.mark.parametrize("text, expected", [
    # the quotation ends a clause the sentence began: the clause is the report, partly quoted, not direct speech
    ('The toll plan makes it plain that the first aim "is raising money from visitors," Liis Kask said.',
     ("Liis Kask", 'The toll plan makes it plain that the first aim "is raising money from visitors', False)),
    ('Raising the toll again "would empty the harbour," Liis Kask said.',
     ("Liis Kask", 'Raising the toll again "would empty the harbour', False)),
    # a quotation of its own after a clause, one the clause goes on after, or one that opens its sentence: the quoted words
    ('A clerk who "takes a handful of coins" is punished, Liis Kask said.', ("Liis Kask", "takes a handful of coins", True)),
    ('As the strike went on, "we will not give up," Liis Kask said.', ("Liis Kask", "we will not give up", True)),
    ('"The harbour will empty," Liis Kask said.', ("Liis Kask", "The harbour will empty", True)),
])
def test_a_quotation_that_ends_a_clause_reports_the_clause(nlp: Language, no_directory: Directory, text: str,
                                                           expected: tuple[str, str, bool]) -> None:
    [(speaker, said, direct)] = claims(extract(source(text), no_directory, nlp))
    assert (speaker, said.rstrip(',"'), direct) == expected


@pytest.mark.parametrize(
    "text, name",
    [
        ('Maj-Gen Olena Kovalenko spoke on Monday. "The bridge will hold," she said.', "Olena Kovalenko"),
        ('Dr. Marek Nowak said that the vaccine would be ready in May.', "Marek Nowak"),
        # a translated title ends in its country, which the recogniser runs into the name
        ("The President of Estonia Liis Kask said the ferries would run.", "Liis Kask"),
        ("The Minister of Finance of Latvia Marek Ozols said the ferries would run.", "Marek Ozols"),
        ("The President of Moldova Ana Rusu said the ferries would run.", "Ana Rusu"),
    ],
)
def test_titles_before_a_name_are_not_part_of_it(nlp: Language, no_directory: Directory, text: str, name: str) -> None:
    assert {(speaker, kind) for speaker, kind, _ in speakers(extract(source(text), no_directory, nlp))} == {(name, "person")}


# Sentences written for these tests: a report that points back at the
# sentences before it ("X said this", "X made statements to this effect", a
# bare "X said to the newspaper."), as news copy translated from other
# languages often has it.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The harbour will reopen in May. Repairs are nearly done. Olena Kovalenko said this on national radio.",
         [("Olena Kovalenko", "The harbour will reopen in May. Repairs are nearly done.", False)]),
        # A dateline opening the paragraph is no part of what was said.
        (("Kyiv, 3 April /EXAMPLEPRESS/ - The harbour will reopen in May. Repairs are nearly done. Mayor Olena Kovalenko "
          "made statements to this effect at a press conference."),
         [("Olena Kovalenko", "The harbour will reopen in May. Repairs are nearly done.", False)]),
        # ... and one that points back, the verb first ("About this informed X")
        ("The occupiers shelled the border villages 47 times. About this informed the head of the regional military administration "
         "Petro Lysenko in his Telegram channel.", [("Petro Lysenko", "The occupiers shelled the border villages 47 times.", False)]),
        # an inverted frame of translated news, the verb of passing on first and its speaker for an object
        ("Two houses in the village were damaged, informed the head of the community Petro Lysenko.",
         [("Petro Lysenko", "Two houses in the village were damaged", False)]),
        ("In the Halden region as a result of night shelling two persons were injured, informed the press service of the regional administration.",
         [("the press service of the regional administration", "In the Halden region as a result of night shelling two persons were injured", False)]),
        # ... or a live blog's time
        ("10:05 — Norland's aviation authority has closed the airspace for two hours, a spokeswoman told our correspondent.",
         [("a spokeswoman", "Norland's aviation authority has closed the airspace for two hours", False)]),
        # ... in a capitalised city's form too, with a dash or with the agency after the date
        ("HALDEN — A ferry captain accused of smuggling was paid about $2,000, a prosecutor told a court on Tuesday.",
         [("a prosecutor", "A ferry captain accused of smuggling was paid about $2,000", False)]),
        ("HALDEN, March 9 — Norland and Sveland plan to hold joint exercises in September, Colonel Tom Berg said on Monday.",
         [("Tom Berg", "Norland and Sveland plan to hold joint exercises in September", False)]),
        ("Halden, 4 March 2026 — The ferry line will close in May, Mayor Olena Kovalenko said.",
         [("Olena Kovalenko", "The ferry line will close in May", False)]),
        ("HALDEN, March 4. /NORDPRESS/. The harbour will reopen in May. This was stated by Mayor Olena Kovalenko to journalists.",
         [("Olena Kovalenko", "The harbour will reopen in May.", False)]),
        # Whom it was told to is no speaker; a one-word name its appositive calls a company is a body
        ("The ferry line is losing money, councillors were told on Wednesday.", []),
        # ... nor are those told to expect something: the teller is, when named
        ("Residents were told to expect ferry delays throughout the winter.", []),
        ("Islanders were told by Mayor Olena Kovalenko to expect ferry delays throughout the winter.",
         [("Olena Kovalenko", "ferry delays throughout the winter", False)]),
        ("Ferry fares rose, Tom Berg was told by Mayor Lena Novak.", [("Lena Novak", "Ferry fares rose", False)]),
        # A transcript: each turn that asks nothing is the words of the person its label names (in capitals too) ...
        ("Tom Berg of the Harbour Institute was questioned by committee chair Lena Novak on Tuesday.\n\nBERG: The navy lacks "
         "the ships.\n\nNOVAK: I disagree with that entirely.\n\nBERG: Then the minister should explain the delay.\n\nNOVAK: "
         "Are you saying the ministry is afraid?",
         [("Tom Berg", "The navy lacks the ships.", True), ("Lena Novak", "I disagree with that entirely.", True),
          ("Tom Berg", "Then the minister should explain the delay.", True)]),
        # ... but labels that name nobody are no transcript
        ("Halden Region: the ferry shelled two piers overnight.\n\nNordby Region: two people were injured in a storm.", []),
        # A participle opening the sentence, the speaker set off by commas after it, however the parser hangs them
        ("Giving evidence, Tom Keatinge, director of the Harbour Institute, said the approach was failing.",
         [("Tom Keatinge", "the approach was failing", False)]),
        # "<clause>, with X saying A": the absolute phrase's noun says A
        ("Ferry fares rose on Monday after a storm, with traders saying the market remained nervous.",
         [("traders", "the market remained nervous", False)]),
        # ... and fears a timed event ("fearing an imminent flood", "fear a strike next week"), but not a mere worry
        ("Water rose along the river, with farmers and the mayor fearing an imminent flood.",
         [("farmers and the mayor", "an imminent flood", False)]),
        ("Dock workers fear a new strike at the port next week.", [("Dock workers", "a new strike at the port next week", False)]),
        ("Dock workers fear the worst.", []),
        # A country's opposition speaks as one body
        ("Norland released 30 prisoners on Thursday, the exiled opposition said.",
         [("the exiled opposition", "Norland released 30 prisoners on Thursday", False)]),
        # A holder named after an office with its portfolio ("Commissioner for Energy X"): the name, not the office
        ('"The port is closed," said Commissioner for Energy Taras Bondar.', [("Taras Bondar", "The port is closed", True)]),
        ("Deputy Prime Minister for European Integration Ivanna Pylyp said the port would reopen in May.",
         [("Ivanna Pylyp", "the port would reopen in May", False)]),
        # An agency's lead, a body's stance, is the words of whoever "This was stated by" then names
        ("Norland expects its partners to decide on new ferries in the coming weeks.\n\nThis was stated by Mayor Olena "
         "Kovalenko at a press conference.",
         [("Olena Kovalenko", "Norland expects its partners to decide on new ferries in the coming weeks.", False)]),
        ("The Kremlin considers the new port fees a provocation. This was stated by Mayor Olena Kovalenko to journalists.",
         [("Olena Kovalenko", "The Kremlin considers the new port fees a provocation.", False)]),
        # Opening its own paragraph, "this" points at the paragraph before.
        ("The harbour will reopen in May.\n\nOlena Kovalenko told about this on national radio.",
         [("Olena Kovalenko", "The harbour will reopen in May.", False)]),
        ("The harbour will reopen in May. Repairs are nearly done. Port director Olena Kovalenko said to the Example Herald.",
         [("Olena Kovalenko", "The harbour will reopen in May. Repairs are nearly done.", False)]),
        # "Representative of <organisation> First Last": the holder of the role speaks.
        ("The harbour will reopen in May. Representative of the Union of Free Traders Peeter Tamm stated this on the radio.",
         [("Peeter Tamm", "The harbour will reopen in May.", False)]),
        # Not pointing back: a negated verb, a clause of its own, "described this as".
        ("The harbour will reopen in May. Olena Kovalenko did not say.", []),
        ("The harbour stayed shut in winter. Olena Kovalenko said this was a mistake.", [("Olena Kovalenko", "this was a mistake", False)]),
        # A bare verb with nothing before it in its paragraph reports nothing.
        ("The harbour will reopen in May.\n\nOlena Kovalenko said to the Example Herald.", []),
        # "This was stated by X": the passive's agent speaks, "this" points back (in its paragraph or the one before).
        ("The harbour will reopen in May. This was stated by the spokeswoman of the Northern Harbour Forces Olena Kovalenko on national radio.",
         [("Olena Kovalenko", "The harbour will reopen in May.", False)]),
        ("The harbour will reopen in May.\n\nThis was announced in an interview with Radio Nord by port director Tomas Berg.",
         [("Tomas Berg", "The harbour will reopen in May.", False)]),
        ("The harbour will reopen in May. This was reported by Nordwire with reference to port director Tomas Berg.",
         [("Tomas Berg", "The harbour will reopen in May.", False)]),
        # "Such a view was expressed by X" / "This forecast was given by X": a noun of saying with "such" or "this".
        ("The harbour will reopen in May. Such an opinion was expressed by the former port director Tomas Berg.",
         [("Tomas Berg", "The harbour will reopen in May.", False)]),
        ("Tomas Berg expressed such an opinion on the radio.\n\nRepairs are nearly done.", []),
        # "made the statement" with no clause of its own points back; "but it will respond" reports nothing.
        ("OSLO, 3 May (Nordwire) – Norland will not close the port, but it will respond to any blockade. Mayor Tomas Berg "
         "made the statement at a meeting with traders on Friday.",
         [("Tomas Berg", "Norland will not close the port, but it will respond to any blockade.", False)]),
        # A frame with nothing unattributed before it is no one's words, and "he" after it is its speaker.
        ("Anna Berg said that the port is open.\n\nSuch a forecast was given by the former port director Tomas Berg. "
         "He is convinced that the harbour will reopen in May.",
         [("Anna Berg", "the port is open", False), ("Tomas Berg", "the harbour will reopen in May", False)]),
    ],
)
def test_reports_that_point_back(nlp: Language, no_directory: Directory, text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert claims(extract(source(text), no_directory, nlp)) == expected


# Sentences written for these tests: who a description, a pronoun or a
# document stands for.
@pytest.mark.parametrize(
    "text, expected",
    [
        # "the official": the person who spoke (or was named) last.
        ("Olena Kovalenko, the deputy minister, spoke to reporters.\n\nAccording to the official, the harbour will reopen in May.",
         [("Olena Kovalenko", "the harbour will reopen in May.")]),
        # A document speaks for the organisation that spoke before it ...
        ('The Institute of Strategy said that the harbour will reopen in May. "Repairs will take two more months," the report reads.',
         [("Institute of Strategy", "the harbour will reopen in May"), ("Institute of Strategy", "Repairs will take two more months")]),
        # ... or for the one organisation named next to it.
        ("The survey, conducted by the Institute of Strategy, asked forty economists.\n\nThe findings indicate that growth will slow next year.",
         [("Institute of Strategy", "growth will slow next year")]),
        # An institution with its owner's name is an organisation.
        ("According to the UK intelligence, the harbour will reopen in May.", [("UK intelligence", "the harbour will reopen in May.")]),
        # "spokesperson" and "spokesman" are one role.
        (("Olena Kovalenko, spokesman of the port, said that the port is open. Anna Berg, a local trader, said that prices are up. "
          "The Example Port Authority spokesperson added that more ships are expected in May."),
         [("Olena Kovalenko", "the port is open"), ("Anna Berg", "prices are up"), ("Olena Kovalenko", "more ships are expected in May")]),
        # A pronoun after a named reporter in its own sentence is that reporter, not the last speaker.
        ("Anna Berg said that the budget is balanced. Olena Kovalenko told reporters on Tuesday she does not think the economy will recover.",
         [("Anna Berg", "the budget is balanced"), ("Olena Kovalenko", "she does not think the economy will recover")]),
        # A verb inside quoted words lends no one to the pronoun after the quotation.
        ('Anna Berg said that the budget is balanced. "Peter told us he disagrees," she said.',
         [("Anna Berg", "the budget is balanced"), ("Anna Berg", "Peter told us he disagrees")]),
        # "he" is not a woman by the form of her name (a given name in -a, a family name in -ova, -aya, -ska, ...)
        ("Marta Kovalska said that prices would rise. For Pavlo Hrytsenko, a farmer near Odesa, the risk is different. "
         "The harvest is fine, he said.",
         [("Marta Kovalska", "prices would rise"), ("Pavlo Hrytsenko", "The harvest is fine")]),
        ("Economist Olena Ivanova said the deficit would grow.\n\nDmytro Shevchuk, a trader, was in the port.\n\n"
         '"Ships are leaving," he said.',
         [("Olena Ivanova", "the deficit would grow"), ("Dmytro Shevchuk", "Ships are leaving")]),
        # "the athlete", "the 58-year-old": the person the text is about, described by what they do or their age
        ('Andriy Koval said a supplement was to blame. "I will fight to clear my name," the athlete said.',
         [("Andriy Koval", "a supplement was to blame"), ("Andriy Koval", "I will fight to clear my name")]),
        ('Gheorghe Popa kicks at the soil. "Last year we lost half," says the 58-year-old, who farms 300 hectares.',
         [("Gheorghe Popa", "Last year we lost half")]),
        # ... nor by a surname alone the recogniser leaves untagged or calls a body, when the article named its person
        ("MP Linas Petrauskas questioned Minister Tomas Vaitkus about the budget. Vaitkus said the deficit would shrink.\n\n"
         'Petrauskas was not convinced. "The minister is dreaming," he told journalists.',
         [("Tomas Vaitkus", "the deficit would shrink"), ("Linas Petrauskas", "The minister is dreaming")]),
        # a pronoun after the writer met someone unnamed is that someone, not the last speaker
        ("Marta Kovalska said that prices would rise.\n\nI spoke last week with a senior European diplomat. "
         '"We are running out of options," he told me.',
         [("Marta Kovalska", "prices would rise"), ("a senior European diplomat", "We are running out of options")]),
        # "the head of state" / "the head of government": the president / prime minister the text just named,
        # not the spokesman who spoke of them
        ("Presidential spokesman Ivo Marten told reporters that President Anna Varga would skip the summit. "
         "Later, the head of state said during a visit that the budget would pass.",
         [("Ivo Marten", "President Anna Varga would skip the summit"), ("Anna Varga", "the budget would pass")]),
        ("Finance Minister Olav Rist said the deficit would shrink. Prime Minister Karin Lepp met unions on Tuesday. "
         "The head of government told them that wages would rise.",
         [("Olav Rist", "the deficit would shrink"), ("Karin Lepp", "wages would rise")]),
        # "the <nationality> leader" for the president or prime minister just named, not for a minister
        ("President Anna Varga said the army was ready. The Norlandic leader added that no one should be afraid.",
         [("Anna Varga", "the army was ready"), ("Anna Varga", "no one should be afraid")]),
        ("Defence Minister Olav Rist said the army was ready. The Norlandic leader added that no one should be afraid.",
         [("Olav Rist", "the army was ready"), ("the Norlandic leader", "no one should be afraid")]),
        # "the diplomat" for the foreign ministry's spokeswoman just named
        ("Foreign Ministry spokeswoman Irma Kalna told reporters that Norland would respond. The diplomat stressed that "
         "the response would be measured.",
         [("Irma Kalna", "Norland would respond"), ("Irma Kalna", "the response would be measured")]),
        # court papers and correspondence speak as reports do; a participle describing one is no frame of its own
        ("The indictment says the courier was paid 4,000 euros.", [("the indictment", "the courier was paid 4,000 euros")]),
        ("According to the charge sheet, the two men met in Narva.", [("the charge sheet", "the two men met in Narva.")]),
        # a document speaks, not the court it was filed with; "the indictment" later is the same one
        ("Prosecutors charged a dispatcher with spying, according to an indictment filed with the Narva County Court. "
         "The indictment says he was paid 9,800 euros.",
         [("an indictment", "Prosecutors charged a dispatcher with spying"), ("an indictment", "he was paid 9,800 euros")]),
        ('"The risks are real but manageable," the letter, published on Monday, says.',
         [("the letter", "The risks are real but manageable")]),
        # a body's published numbers, singular or plural, speak for the body
        ("According to the harbour authority's latest estimates, traffic will fall by a third.",
         [("the harbour authority", "traffic will fall by a third.")]),
        ("Freight rates are seen easing next year, according to the shipping agency's projections.",
         [("the shipping agency", "Freight rates are seen easing next year")]),
    ],
)
def test_who_descriptions_and_documents_stand_for(nlp: Language, no_directory: Directory, text: str, expected: list[tuple[str, str]]) -> None:
    assert said(text, nlp, no_directory) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Olena Kovalenko has the impression that the talks are going nowhere.", [("Olena Kovalenko", "the talks are going nowhere")]),
        ("Olena Kovalenko described the plan as a costly mistake.", [("Olena Kovalenko", "the plan as a costly mistake")]),
        ("Olena Kovalenko described the flood in detail.", []),
        ("Olena Kovalenko added that the port is “not as busy as people say,” but that more ships are expected in May, and that the crews are ready.",
         [("Olena Kovalenko", "the port is “not as busy as people say,” but that more ships are expected in May, and that the crews are ready")]),
        # A quotation split by a short cue keeps its first part, even a phrase ...
        ('Olena Kovalenko spoke on Monday. "With these figures," she says, "the plan works in every port."',
         [("Olena Kovalenko", "With these figures"), ("Olena Kovalenko", "the plan works in every port.")]),
        # ... but a phrase quoted as a sentence of its own is no claim.
        ('Olena Kovalenko said that the port is open. "Fine," she said. "We will go to every port."',
         [("Olena Kovalenko", "the port is open"), ("Olena Kovalenko", "We will go to every port.")]),
        # In the article's first sentence a pronoun looks ahead to the person the next one is about.
        ("According to her, the harbour will reopen in May.\n\nOlena Kovalenko, the port director, said that repairs were nearly done.",
         [("Olena Kovalenko", "the harbour will reopen in May."), ("Olena Kovalenko", "repairs were nearly done")]),
        ("According to her, the harbour will reopen in May.\n\nThe storm flooded the port.", []),
        # A possessive before a participle is a noun phrase, not a report.
        ("After Estonian Prime Minister Anna Berg’s announced reform on March 3, the unions said that they would strike.",
         [("the unions", "they would strike")]),
        # A frame set off by commas inside the clause it reports: the clause, frame and all.
        ("The new ferry line, Olena Kovalenko said, will open in May.",
         [("Olena Kovalenko", "The new ferry line, Olena Kovalenko said, will open in May")]),
        ("The plan, officials said, is to move the harbour workers to the new site.",
         [("officials", "The plan, officials said, is to move the harbour workers to the new site")]),
        # but not a report whose clause follows it, nor a frame after the clause
        ("Officials said the plan is to move the harbour workers to the new site.",
         [("officials", "the plan is to move the harbour workers to the new site")]),
        # A wire dateline is no part of what was said.
        ("OSLO, June 2 (Nordwire) - The port will reopen in May, Olena Kovalenko said on Monday.",
         [("Olena Kovalenko", "The port will reopen in May")]),
        ("BERGEN (Nordwire) - Olena Kovalenko said the port would reopen in May.",
         [("Olena Kovalenko", "the port would reopen in May")]),
        # "dismissed X as Y" reports a view, as "described X as Y" does.
        ("Olena Kovalenko dismissed the reports as “pure fiction”.", [("Olena Kovalenko", "the reports as “pure fiction”")]),
        # A wire lead describes its speaker; the next sentence names him.
        ("OSLO, June 2 (Nordwire) - The port will reopen in May, Norland's harbour authority chief said on Monday.\n\n"
         "Tomas Berg told reporters that repairs were nearly done.",
         [("Tomas Berg", "The port will reopen in May"), ("Tomas Berg", "repairs were nearly done")]),
        # Unnamed in the article, a described role is an unnamed source.
        ("The port will reopen in May, Norland's harbour authority chief said on Monday.",
         [("Norland's harbour authority chief", "The port will reopen in May")]),
        # Generic people nouns are unnamed sources for the rules too.
        ("Attorneys for the harbour workers said the video was cut.", [("attorneys for the harbour workers", "the video was cut")]),
        # A quotation's cue after a long title and name: all the words before it are its subject.
        ('"We are preparing for a long winter," the deputy minister of harbours Olena Kovalenko noted.',
         [("Olena Kovalenko", "We are preparing for a long winter")]),
        ('"We are preparing for a long winter," deputy minister of harbours Olena Kovalenko said on Monday.',
         [("Olena Kovalenko", "We are preparing for a long winter")]),
        # A reporting verb the tagger read as a noun ("doubt"), with a subject and a "that" clause.
        ("Analysts interviewed by the outlet doubt that the port will reopen before autumn.",
         [("analysts", "the port will reopen before autumn")]),
        # The parser made the reported clause's subject the verb's object.
        ("Olena Kovalenko said so on Monday, noting both the port authority and the city council in recent years both hired and then were forced to cut staff.",
         [("Olena Kovalenko", "both the port authority and the city council in recent years both hired and then were forced to cut staff")]),
        # After an inverted verb, a name the entity recogniser ran into its organisation is the speaker.
        ("The port is likely to close in winter, warned the spokesman for the Harbour Service of the Ministry of Norland Olena Kovalenko.",
         [("Olena Kovalenko", "The port is likely to close in winter")]),
        ("Norland propagandists claim that the port is preparing a strike.", [("Norland propagandists", "the port is preparing a strike")]),
        # A name the recogniser ran into its body, after "of"/"for" (here as a subject, and as the antecedent of "her").
        ("The head of the Norland Center for Port Security Olena Kovalenko said that the port would reopen in May.",
         [("Olena Kovalenko", "the port would reopen in May")]),
        ("This was stated on the radio by the spokeswoman of the Northern Harbour Forces Olena Kovalenko.\n\n"
         "According to her, the port will reopen in May.", [("Olena Kovalenko", "the port will reopen in May.")]),
        # "according to its report": the report's owner is the one whose report the sentence already frames.
        ("The Harbour Board expects cargo volumes to grow by 3% this year, according to its latest outlook.",
         [("Harbour Board", "cargo volumes to grow by 3% this year")]),
        # "signalled that ...": a body's stated view or intention.
        ("The Bank of Norland kept its rate at 4% and signalled that it may cut it in the autumn.",
         [("Bank of Norland", "it may cut it in the autumn")]),
        # "X reported, citing Y, that ...": Y speaks.
        ("Nordwire reported, citing the Harbour Ministry, that the port had reopened overnight.",
         [("Harbour Ministry", "the port had reopened overnight")]),
        # ... an unnamed source, with the body it sits in, or the outlet's own ("its sources"); "citing" reports nothing itself
        ("Nordwire, citing a source in the Harbour Ministry, reported that the port had reopened overnight.",
         [("a source in the Harbour Ministry", "the port had reopened overnight")]),
        ("Nordwire reported, citing its sources, that Olena Kovalenko was planning a reshuffle.",
         [("Nordwire's sources", "Olena Kovalenko was planning a reshuffle")]),
        # ... a person's own ("his sources"), the person relaying
        ("Rebel troops could take the pass within weeks, military blogger Ivo Stan warned on Sunday, citing his sources at the front.",
         [("Ivo Stan's sources", "Rebel troops could take the pass within weeks")]),
        # ... however the parser hangs the "that" clause after the aside
        ("Nordpost writes, citing its own sources in the ministry, that the board is considering a new levy.",
         [("Nordpost's own sources in the ministry", "the board is considering a new levy")]),
        # "X quoted Y as saying", "X cited Y as saying": Y speaks, the outlet relays.
        ("Nordwire quoted Deputy Harbour Minister Olena Kovalenko as saying that the port would reopen in May.",
         [("Olena Kovalenko", "the port would reopen in May")]),
        # "expect" with a passive infinitive.
        ("Economists polled by the agency expect the key rate to be cut by 50 basis points in October.",
         [("economists", "the key rate to be cut by 50 basis points in October")]),
        # "the mayor" is not the last speaker when the text made that speaker a minister.
        ("The minister of harbours, Olena Kovalenko, said that the port would close.\n\n\"There will be no strike,\" the mayor assured.",
         [("Olena Kovalenko", "the port would close"), ("the mayor", "There will be no strike")]),
        ("Olena Kovalenko said that the port would close.\n\n\"There will be no strike,\" the minister assured.",
         [("Olena Kovalenko", "the port would close"), ("Olena Kovalenko", "There will be no strike")]),
        # "the expert" names a kind of speaker: the last one, whatever their role.
        ("Political scientist Olena Kovalenko said that the port would close.\n\nAccording to the expert, the strike will go on.",
         [("Olena Kovalenko", "the port would close"), ("Olena Kovalenko", "the strike will go on.")]),
        # A surname the recogniser took for a nationality is still the person the article named.
        ("Oleh Zhdanov spoke on Monday.\n\nZhdanov believes that the port may reopen in May.",
         [("Oleh Zhdanov", "the port may reopen in May")]),
        # "According to <outlet>, which cited Y, ...": Y speaks.
        ("According to Nordwire, which cited two people familiar with the talks, the port will reopen in May.",
         [("two people familiar with the talks", "the port will reopen in May.")]),
        # "warned that A, while Y said B": two reports, two speakers.
        ("Mayor Olena Kovalenko warned that the port could close within weeks, while harbour master Tomas Berg said the "
         "ferries would keep sailing.",
         [("Olena Kovalenko", "the port could close within weeks"), ("Tomas Berg", "the ferries would keep sailing")]),
        # A quotation the content opens closes inside it.
        ('Tomas Berg said the board would take into account "the new rules on tolls".',
         [("Tomas Berg", 'the board would take into account "the new rules on tolls"')]),
        # ", according to a review by Y" after a report is where the report comes from, not another report.
        ("Analysts expect cargo volumes to grow by 5% next year, according to a review by the consulting firm Kestrel.",
         [("analysts", "cargo volumes to grow by 5% next year")]),
        # A name an outlet noun introduces is an outlet: "the publication said" is that outlet.
        ("Prices will rise, according to figures cited by the business daily Nordposten.\n\n"
         "The figures come from forty firms, the publication said.",
         [("Nordposten", "Prices will rise"), ("Nordposten", "The figures come from forty firms")]),
        # An office word is not someone introduced with a role that is no office.
        ("Anna Vik, chief economist at Norbank, said that growth will slow. The finance minister said the deficit would narrow.",
         [("Anna Vik", "growth will slow"), ("the finance minister", "the deficit would narrow")]),
        # The forecasters' "see": present tense, with a dated or measured object; the past is no forecast.
        ("Jonas Lind wrote that prices are too high. He sees the first rate cut in June.",
         [("Jonas Lind", "prices are too high"), ("Jonas Lind", "the first rate cut in June")]),
        ("Economists at Halvard Bank see the economy growing by 1.5% next year.",
         [("economists at Halvard Bank", "the economy growing by 1.5% next year")]),
        ("Jonas Lind wrote that prices are too high. We saw a 5% drop in sales in 2024.", [("Jonas Lind", "prices are too high")]),
        # "according to a Nordwire poll of 30 economists": the poll's owner.
        ("The key rate will stay at 4% next week, according to a Nordwire poll of 30 economists.",
         [("Nordwire", "The key rate will stay at 4% next week")]),
        # ... or the body that published it, named or not
        ("Two members argued for a deeper cut, according to a summary of the meeting published by the central bank on Monday.",
         [("the central bank", "Two members argued for a deeper cut")]),
        ("Two members argued for a deeper cut, according to a summary of the meeting published on Monday by Nordbank.",
         [("Nordbank", "Two members argued for a deeper cut")]),
        # "the latter" / "the former": the second or first of the two people the sentence before named.
        ("Olena Hrytsenko met Tomas Berg in Vilnius. The latter said that the new tolls would be ready by June.",
         [("Tomas Berg", "the new tolls would be ready by June")]),
        ("Olena Hrytsenko met Tomas Berg in Vilnius. The former said that the new tolls would be ready by June.",
         [("Olena Hrytsenko", "the new tolls would be ready by June")]),
        # A question someone would not answer states nothing.
        ("Olena Hrytsenko met Tomas Berg in Vilnius. Neither would say when the next round would take place.", []),
        ("Tomas Berg did not say whether the port would reopen.", []),
        # "Norland's intelligence service" speaks as the service, not as Norland; "the service" is it again;
        # a clause's subject the parser hung on "a statement" stays in the content.
        ("Norland's intelligence service warned on Monday that the rebels were preparing new attacks. The service said "
         "in a statement that groups linked to Norland planned to pay voters after the vote.",
         [("Norland's intelligence service", "the rebels were preparing new attacks"),
          ("Norland's intelligence service", "groups linked to Norland planned to pay voters after the vote")]),
        # ", published on Monday," describes the poll, it is no content.
        ("According to the latest poll by the Kestrel Institute, published on Monday, the ruling party would get 32% of the vote.",
         [("Kestrel Institute", "the ruling party would get 32% of the vote.")]),
        # An inverted cue with a long title: the name after the comma, not a body's name in the title.
        ('"The port is safe," noted the head of the Seimas committee on harbours, Olena Kovalenko.',
         [("Olena Kovalenko", "The port is safe")]),
        # A part of a group speaks as the group, never as the group's owner ("his").
        ("Tomas Berg chairs the port board. Many of his supporters believe that the toll will be scrapped.",
         [("many of his supporters", "the toll will be scrapped")]),
        # A forecasting verb with a dated or measured object reports it; an object without either does not.
        ("Most of the analysts polled by the agency expect a rate cut in June.", [("most of the analysts polled by the agency", "a rate cut in June")]),
        ("Analysts expect a lot from the new governor.", []),
        # "the ministry" is the ministry the article named last.
        # A one-word name that reports of itself as "it" is a body, not a person.
        ("Prices rose in May. Kestrel said it would remove the posts.", [("Kestrel", "it would remove the posts")]),
        ("Norland's Defence Ministry announced new drills on Monday.\n\nThe ministry said the drills would end on March 20.",
         [("Norland's Defence Ministry", "new drills"), ("Norland's Defence Ministry", "the drills would end on March 20")]),
        ("The ministry said the drills would end on March 20.", [("the ministry", "the drills would end on March 20")]),  # (none named: unnamed)
        # "with reference to Y", "referring to Y": the outlet relays, Y speaks.
        ("The port will reopen in May, Nordwire reports with reference to the press service of the Harbour Ministry.",
         [("Harbour Ministry", "The port will reopen in May")]),
        ("Repairs are nearly done, the agency reported, referring to port director Olena Kovalenko.",
         [("Olena Kovalenko", "Repairs are nearly done")]),
        # ... and a "referring to Y" after the reported clause, which the parser hung on it
        ("Earlier, Nordwire informed that the navy is preparing new drills, referring to the spokesman Olena Kovalenko.",
         [("Olena Kovalenko", "the navy is preparing new drills")]),
        # "the company", "the lender": the organisation the sentence before named, whatever its name.
        ("Kestrel Shipping expects cargo volumes to grow by 5% next year. The company said it would hire 200 workers.",
         [("Kestrel Shipping", "cargo volumes to grow by 5% next year"), ("Kestrel Shipping", "it would hire 200 workers")]),
        # (what kind of firm an industry's noun says; not the platform a post was on)
        ("Vilnius-listed refiner Baltnafta posted a net loss on Friday. The company said in a filing that margins fell.",
         [("Baltnafta", "margins fell")]),
        # the writer's aside after a closing frame is no part of what was said
        ("The plant lost its last main power line on Saturday, the agency said, the twelfth such loss since 2022.",
         [("the agency", "The plant lost its last main power line on Saturday")]),
        ("Nordic grid operator Nordlink rejected that version. In a post on Telegram, the company said the line had been shelled.",
         [("Nordlink", "the line had been shelled")]),
        ("Wages rose faster than prices, said Anna Berg, chief economist at Norbank Group. The lender forecast growth of 2.5 percent "
         "this year and 3 percent in 2026.",
         [("Anna Berg", "Wages rose faster than prices"), ("Norbank Group", "growth of 2.5 percent this year and 3 percent in 2026")]),
        # ... or the organisation that spoke lately, when a quotation of someone else came between
        ("The Nordic Grid Authority said it had cut exports. \"We have no spare capacity,\" said Juris Ozols, an engineer.\n\n"
         "The agency said it hoped to resume exports next week.",
         [("Nordic Grid Authority", "it had cut exports"), ("Juris Ozols", "We have no spare capacity"),
          ("Nordic Grid Authority", "it hoped to resume exports next week")]),
        # (however many sentences that someone else's quotation ran to)
        ("The Nordic Grid Authority said it had cut exports. \"We have no spare capacity,\" said Juris Ozols, an engineer. "
         "\"The lines are all full.\"\n\nThe agency said it hoped to resume exports next week.",
         [("Nordic Grid Authority", "it had cut exports"), ("Juris Ozols", "We have no spare capacity"), ("Juris Ozols", "The lines are all full."),
          ("Nordic Grid Authority", "it hoped to resume exports next week")]),
        # ("the border service": the body whose name has "border" too, not the service named last)
        ("Queues reached 900 trucks, the State Border Guard Service said. The State Customs Service said the system would "
         "be back. On the southern border traffic was normal, the border service said.",
         [("State Border Guard Service", "Queues reached 900 trucks"), ("State Customs Service", "the system would be back"),
          ("State Border Guard Service", "On the southern border traffic was normal")]),
        # ... but not an organisation named earlier than that: "the central bank" is another body, one the article does not name.
        ("The Nordic Economists Association said rates would stay high. Rates stayed at 4% in May. The central bank said it "
         "would wait.", [("Nordic Economists Association", "rates would stay high"), ("the central bank", "it would wait")]),
        ("The Nordic Economists Association polled 40 forecasters. Rates stayed at 4% in May. The central bank said it would wait.",
         [("the central bank", "it would wait")]),
        # "according to a survey" whose owner the next sentence names; that sentence describes the survey, it continues no one.
        ("Fuel prices will fall next year, according to a new survey. The survey, conducted by the Nordic Economists Association, "
         "polled 40 forecasters. The findings indicate that wages will rise.",
         [("Nordic Economists Association", "Fuel prices will fall next year"), ("Nordic Economists Association", "wages will rise")]),
        # An "as" clause frames the clause it hangs on, before, after or inside it.
        ("As Colonel Petro Lysenko put it, the next two months will decide the outcome of the campaign.",
         [("Petro Lysenko", "the next two months will decide the outcome of the campaign")]),
        ("Olena Kovalenko chairs the board. The port will reopen in May, as Kovalenko noted on Monday.",
         [("Olena Kovalenko", "The port will reopen in May")]),
        # ... and so does a passive one without its "be", set off by a comma
        ("As noted by the economist Lena Novak, the port needs new cranes before winter.",
         [("Lena Novak", "the port needs new cranes before winter")]),
        ("The ferries will run again in June, as stated by the harbour board.", [("the harbour board", "The ferries will run again in June")]),
        ("Fees rose as shown by the rise of the port's income in its 2024 report.", []),
        # ... and one in translated copy's order, the speaker after the verb (but not "As expected")
        ("As noted the political scientist Lena Novak, the party will lose its majority.",
         [("Lena Novak", "the party will lose its majority")]),
        ("As reported Interfax, the ferry trial took place behind closed doors.",
         [("Interfax", "the ferry trial took place behind closed doors")]),
        ("As expected the board raised the fees.", []),
        # "she" in a new paragraph is the person the sentence before is about, named in apposition to a noun
        ("Lena Novak said the port was calm.\n\nHer colleague Liis Kask of the harbour board is less sure. She expects fees to rise.",
         [("Lena Novak", "the port was calm"), ("Liis Kask", "fees to rise")]),
        # "he" after the sentence before was about someone the article titled and now describes ("the prime minister")
        ("Prime Minister Lena Novak opened the briefing. Harbour Minister Tomas Berg added that fees would fall. The prime "
         "minister was also asked about the ferry tolls. \"We intend to scrap them in the autumn,\" she said.",
         [("Tomas Berg", "fees would fall"), ("Lena Novak", "We intend to scrap them in the autumn")]),
        # "he" after one unnamed person spoke is that source, though described with a body or someone named
        ('Its director, Tomas Berg, noted that prices fell. "The market is calm," said one trader at a Halden trading house. '
         "He added that prices would likely rise in May.",
         [("Tomas Berg", "prices fell"), ("one trader at a Halden trading house", "The market is calm"),
          ("one trader at a Halden trading house", "prices would likely rise in May")]),
        ("A spokesman for Bishop Tomas Berg accused the council of lying. The diocese would keep its schools, he told reporters.",
         [("a spokesman for Bishop Tomas Berg", "the council of lying"), ("a spokesman for Bishop Tomas Berg", "The diocese would keep its schools")]),
        # "the diplomat" after an unnamed diplomat spoke is that source, not the last named person
        ("Tomas Berg said the port was calm. A senior Western diplomat said the talks had stalled. "
         '"Nobody expects a deal before winter," the diplomat added.',
         [("Tomas Berg", "the port was calm"), ("a senior Western diplomat", "the talks had stalled"),
          ("a senior Western diplomat", "Nobody expects a deal before winter")]),
        # A "that" clause the parser hung on the noun of "said in a statement"; a body's office the article does not name.
        ("Drones hit the port at night.\n\nThe defence ministry said in a statement that air defence units had shot down 41 of 48 drones.",
         [("the defence ministry", "air defence units had shot down 41 of 48 drones")]),
        ("Drones hit the port at night.\n\nThe defence ministry's press office said in a statement posted on its website that "
         "air defence units had shot down 41 of 48 drones overnight.",
         [("the defence ministry's press office", "air defence units had shot down 41 of 48 drones overnight")]),
        ("The Norland Defence Ministry's press service said that 20 drones were downed.",
         [("Norland Defence Ministry's press service", "20 drones were downed")]),
        # "they" after a group of people, "it" after a named organisation, in the same paragraph.
        ("Economists at Nordbank are more cautious. They see growth at about 1.8 percent next year, citing weak exports.",
         [("economists at Nordbank", "growth at about 1.8 percent next year")]),
        ("The Nordic Investment Bank raised its main rate on Monday. It said that inflation would fall next year.",
         [("Nordic Investment Bank", "inflation would fall next year")]),
        ("Russia massed troops at the border. They will attack in May, officials said.", [("officials", "They will attack in May")]),
        # "it" after whoever issued a document: the document speaks for its sender.
        ("The town sent a warning letter on Friday. It says the company broke local law by dumping waste.",
         [("the town", "the company broke local law by dumping waste")]),
        ("Senator Mara Holt released a memo on Monday. It says the agency hid the costs.", [("Mara Holt", "the agency hid the costs")]),
        ("The storm hit the coast. It says nothing about the future.", []),
        # A relative clause's "who" is the noun it belongs to, a person whatever the noun; "many of whom" a part of it.
        ("The council refused to pay a builder who said he was cheated after he finished the school.",
         [("a builder", "he was cheated after he finished the school")]),
        ("The council refused to pay Tomas Berg, who said he was cheated after he finished the school.",
         [("Tomas Berg", "he was cheated after he finished the school")]),
        ("The new toll angered local fishermen, many of whom say it will ruin them.", [("many local fishermen", "it will ruin them")]),
        # (a relative clause the parser hung on a show or a newspaper is its listeners' or readers')
        ("Tomas Berg took calls from listeners of his radio show who said they had doubts about the mayor.",
         [("listeners of his radio show", "they had doubts about the mayor")]),
        ("Tomas Berg read letters from readers of the newspaper who said the mayor had lied.",
         [("readers of the newspaper", "the mayor had lied")]),
        # Comparing as a judgement: the object and what it is likened to, without the writer's aside after it.
        ("Tomas Berg likens his troubles to those of the old king, who also ran out of money.",
         [("Tomas Berg", "his troubles to those of the old king")]),
        ('Another critic, Lena Novak, compared the toll to "robbing the fishermen" - a charge that stung the mayor.',
         [("Lena Novak", 'the toll to "robbing the fishermen"')]),
        ("Tomas Berg compared the two plans at length.", []),
        # A name right after a quotation, with a descriptor naming someone else, speaks; a show's title after
        # the verb is no subject.
        ('Retired Capt. Oskar Lind spoke on Thursday.\n\n"He\'s right. There\'s a gap between the board and frankly '
         'the mayor and our sailors," Lind, a top Berg ally, said on Nord News\'s “Nord and Friends.”',
         [("Oskar Lind", "He's right."), ("Oskar Lind", "There's a gap between the board and frankly the mayor and our sailors")]),
        # A dateline set off by dashes is no speaker; a surname after a title is a person even where "it" follows.
        ("HALDEN -- Mayor Berg, opening the new pier on Saturday, said the pier would bring jobs to the town.",
         [("Berg", "the pier would bring jobs to the town")]),
        # A gerund after "after", "before", "while" shares the subject of the clause it opens.
        ("After saying the pier would close, Tomas Berg left the meeting.", [("Tomas Berg", "the pier would close")]),
        ("Tomas Berg left after saying the pier would close.", [("Tomas Berg", "the pier would close")]),
        ("Tomas Berg opened by saying the fog was too thick to sail.", [("Tomas Berg", "the fog was too thick to sail")]),
        # "Some", "others", "many" with no group before them: people the writer leaves unnamed.
        ("Some believe the priority given to young voters shows the mayor is worried about the vote.",
         [("some", "the priority given to young voters shows the mayor is worried about the vote")]),
        ("Others argue that the toll is fair.", [("others", "the toll is fair")]),
        # A reporting verb in a relative clause without "that" reports nothing of its own.
        ("We do not care. Everything Berg says is false until shown otherwise.", []),
        # A gerund subject the parser read as the verb's complement stays in the clause.
        ("Mayor Tomas Berg urged residents to leave the pier, saying shelling would intensify.",
         [("Tomas Berg", "residents to leave the pier"), ("Tomas Berg", "shelling would intensify")]),
        # A statement noun with its owner and its "that" clause: the owner said the clause.
        ("The council ignored a warning by Tomas Berg that the lawsuit was hopeless.", [("Tomas Berg", "the lawsuit was hopeless")]),
        ("The council ignored warnings from lawyers that the lawsuit was hopeless.", [("lawyers", "the lawsuit was hopeless")]),
        ("The claim that the ferry is safe was repeated often.", []),
        # (and where the parser hung the show on the verb: the people just before it)
        ('By Sunday, Tomas Berg was taking calls from angry listeners to his "Harbour Talk" radio program who told him the '
         'mayor had lied.', [("angry listeners", "the mayor had lied")]),
        ("The board took calls about its radio program who said the toll was fair.", []),
        # An honorific's dot ends no sentence: the frame after the quotation is "Mr. Lind added", not the speaker before.
        ('Tomas Berg told a young woman that "staying home is no plan."\n\nMr. Lind and Mr. Berg will march on Monday. '
         '"It is all about building some enthusiasm," Mr. Lind added.',
         [("Tomas Berg", "staying home is no plan."), ("Lind", "It is all about building some enthusiasm")]),
        # A frame before a quotation: its main clause's verb, not a verb inside a "when" clause.
        ('So when the board signalled last summer that it would sell the port to Mr. Lind, Mr. Berg said, "we were stunned."',
         [("the board", "it would sell the port to Mr. Lind"), ("Berg", "we were stunned.")]),
        # A body the article never names, even in one word ("the union"); a compound noun the parser read as a verb.
        ("The shipyard moved its case to a friendlier court, according to the union.",
         [("the union", "The shipyard moved its case to a friendlier court")]),
        ("As a quiz show host, Tomas Berg often mocked guests, according to show insiders. They claimed he graded guests by their clothes.",
         [("show insiders", "As a quiz show host, Tomas Berg often mocked guests"), ("show insiders", "he graded guests by their clothes")]),
        ("The driver was not wearing a seat belt, police said.", [("police", "The driver was not wearing a seat belt")]),
        ("Half of the ferry's safety checks were skipped, according to the leading Nordic maritime journal.",
         [("the leading Nordic maritime journal", "Half of the ferry's safety checks were skipped")]),
        # A surname the tagger read as a plural noun is the person the article named with it.
        ("Aldo Fields is a pastor in Halden. Fields believes that the party took young voters for granted.",
         [("Aldo Fields", "the party took young voters for granted")]),
        # A closing verb with a judgement of its own frames nothing; a verb after a quotation joined by "and" is no frame.
        ("The harbour board expects cargo to grow by 3 percent this year, a forecast the Halden Institute considers too rosy.",
         [("the harbour board", "cargo to grow by 3 percent this year")]),
        ('Spokesman Tomas Berg told reporters that the navy "is not planning to close the port" and accused the union of spreading panic.',
         [("Tomas Berg", 'the navy "is not planning to close the port"'), ("Tomas Berg", "the union of spreading panic")]),
        # a body's noun never describes the person who spoke before
        ("Deputy Governor Lena Holm said she expected fares to ease. The regulator said further increases were unlikely.",
         [("Lena Holm", "she expected fares to ease"), ("the regulator", "further increases were unlikely")]),
        # a force (air force, border force) of a country the article names is a body
        ("Norland's border force said it had stopped forty people at the crossing.", [("Norland's border force", "it had stopped forty people at the crossing")]),
        # a frame between the clause's subject and its verb: the clause, frame included, is the content
        ("The strike, according to the Kestrel Institute, has cost the port 3 million euros.",
         [("Kestrel Institute", "The strike, according to the Kestrel Institute, has cost the port 3 million euros.")]),
        # ... an exhortation in the speaker's tense, or a question the speaker asks, is the speaker's act, not the clause's
        ('Union leader Liis Kask said the offer was "an insult" and urged the board not to cut wages.',
         [("Liis Kask", 'the offer was "an insult"'), ("Liis Kask", "the board not to cut wages")]),
        ("The business weekly Nordposten notes that the new pier will cost more than 50 million euros and asks who will pay for its upkeep.",
         [("Nordposten", "the new pier will cost more than 50 million euros")]),
        # ... as is a report in the speaker's tense the parser joined to a verb of another form deep in the clause
        ("Liis Kask said the move showed that the board was turning the port into a car park and promised an answer.",
         [("Liis Kask", "the move showed that the board was turning the port into a car park")]),
        # "The Fund", "the Bank": the body named before with that word.
        ("The International Monetary Fund disagrees. The Fund projects growth of 2 percent this year.",
         [("International Monetary Fund", "growth of 2 percent this year")]),
        ("The National Bank of Norland raised its rate. The Bank expects inflation to fall.", [("National Bank of Norland", "inflation to fall")]),
        # What a speaker commits to ("promised to", "threatened to") is the statement; bodies in a place are not the place.
        ("The union promised to resume strikes in May.", [("the union", "to resume strikes in May")]),
        ("Dock unions in Norland have threatened to resume strikes if the tolls are raised.",
         [("dock unions in Norland", "to resume strikes if the tolls are raised")]),
        ("The storm threatens to flood the port.", []),
        ("Olena Kovalenko promised the dockers a raise.", []),
        # A first name the recogniser read as a nationality ("Roman H.") is still a name, at the end of an appositive chain.
        ("The rebels will try to break through in the south. Such a forecast was made in a comment to Nordpost by military "
         "expert, colonel of the reserve Roman Hlushko.", [("Roman Hlushko", "The rebels will try to break through in the south.")]),
        # a closing frame in the present the tagger read as a plural noun; "it added" after the clause it closes
        ("Schools in Halden will switch to remote learning on Tuesday, the city's education department announces.",
         [("the city's education department", "Schools in Halden will switch to remote learning on Tuesday")]),
        ("The navy says 80 of 90 drones were shot down. Ten missiles were also fired, it added, mostly at substations in the "
         "north.", [("the navy", "80 of 90 drones were shot down"), ("the navy", "Ten missiles were also fired")]),
        # "This was stated by the expert, colonel X": the name after the description
        ("The rebels will attack in May. This was stated in an interview with Radio Nord by the military expert, reserve "
         "colonel Roman Hlushko.", [("Roman Hlushko", "The rebels will attack in May.")]),
        # ... but a nationality describing the noun after it is none ("a Greek Catholic priest")
        ("The shelter's director, Father Roman Hlushko, a Greek Catholic priest, said donations had halved.",
         [("Roman Hlushko", "donations had halved")]),
        # The writer's "We will remind, earlier X stated that A": the clause the verb introduces, not the writer's frame.
        ("We will remind, earlier the spokesman of the Harbour Guard Tomas Berg stated that the rebels are regrouping.",
         [("Tomas Berg", "the rebels are regrouping")]),
        ("The Norland Orthodox Church said it would open its shelters.", [("Norland Orthodox Church", "it would open its shelters")]),
        # "Her view is that A", "the ministry's assessment was that A": the possessor speaks (and the belief inside is hers).
        ("Olena Kovalenko of the Halden Institute sees it differently. Her view is that the mayor believes time is on his side.",
         [("Olena Kovalenko", "the mayor believes time is on his side.")]),
        ("The ministry's assessment was that the port would reopen in May.", [("the ministry", "the port would reopen in May.")]),
        # ... and so does "her answer was short:" before what she said
        ('Harbour Minister Liis Kask spoke in parliament. Her answer was short: "We will not raise the fees."',
         [("Liis Kask", "We will not raise the fees.")]),
        ("Liis Kask spoke in parliament. Her words were blunt: the fees will stay.", [("Liis Kask", "the fees will stay.")]),
        ("The rebels will not call up new reservists before the election.\n\nThe Norland Defence Ministry said this in an "
         "intelligence update posted on its website, Nordwire reports.",
         [("Norland Defence Ministry", "The rebels will not call up new reservists before the election.")]),
        # Naming verbs report their object with what it is called; without that, nothing.
        ("Tomas Berg called the toll a shameless tax on fishermen.", [("Tomas Berg", "the toll a shameless tax on fishermen")]),
        ("Olena Kovalenko branded the new toll a betrayal of the fishermen.", [("Olena Kovalenko", "the new toll a betrayal of the fishermen")]),
        ("Tomas Berg called the police.", []),
        ("Tomas Berg called for talks.", []),
        # Urging reports whom and to do what; without the infinitive nothing.
        ("Tomas Berg urged the board to keep the port open.", [("Tomas Berg", "the board to keep the port open")]),
        ("Olena Kovalenko called on the board to resign.", [("Olena Kovalenko", "the board to resign")]),
        ("Tomas Berg urged calm.", []),
        # Orders likewise (the guidelines include them, as borderline); telling someone that A stays a report of A.
        ("Mayor Tomas Berg, who knew a vote would fail, told his aides to find a way to close the pier.",
         [("Tomas Berg", "his aides to find a way to close the pier")]),
        ("Olena Kovalenko ordered the crews to leave the port by Friday.", [("Olena Kovalenko", "the crews to leave the port by Friday")]),
        ("Tomas Berg told reporters the pier would close.", [("Tomas Berg", "the pier would close")]),
        # (in a relative clause whose "who" is the one giving the order, and who is the person the noun describes)
        ("Officials questioned Lena Novak, a clerk at the harbour office who told her staff never to speak of the toll.",
         [("Lena Novak", "her staff never to speak of the toll")]),
        # Praise and condemnation with their grounds, as blame and accusation.
        ("Olena Kovalenko praised the board for keeping the port open.", [("Olena Kovalenko", "the board for keeping the port open")]),
        ("Tomas Berg slammed the mayor for raising the toll.", [("Tomas Berg", "the mayor for raising the toll")]),
        ("The rebels attacked the port at night.", []),
        ("Olena Kovalenko said the rebels could regroup and attack again within a year.",  # (a verb of war, no report)
         [("Olena Kovalenko", "the rebels could regroup and attack again within a year")]),
        # A company noun before a firm's name is what it is, not part of the name; a rank is not part of a person's.
        ("Consultancy Harbourline forecast total exports at 42 million tonnes.", [("Harbourline", "total exports at 42 million tonnes")]),
        ("Lender Nordbank expects rates to fall.", [("Nordbank", "rates to fall")]),
        ("Consultancy Harbourline forecast total exports at 42 million tonnes. Its analysts expect wheat exports to reach 16 million tonnes.",
         [("Harbourline", "total exports at 42 million tonnes"), ("Harbourline analysts", "wheat exports to reach 16 million tonnes")]),
        ("The storm hit the port. Its workers said the cranes were broken.", [("its workers", "the cranes were broken")]),
        ("Norland's military intelligence chief, Colonel Aivo Kasemets, estimated that the rebels could rebuild their forces.",
         [("Aivo Kasemets", "the rebels could rebuild their forces")]),
        # A role of several words is the role: "the chief of staff" is not the "head" who spoke before.
        ("Tomas Berg, the head of the regional administration, wrote that two people were injured.\n\nThe minister's words were "
         "echoed by the chief of staff, who said the army would need more soldiers.",
         [("Tomas Berg", "two people were injured"), ("the chief of staff", "the army would need more soldiers")]),
        # "He" is never the person the article calls "Mrs.", "she" never a "Mr.".
        ("Mr. Berg said the port was open.\n\nMrs. Kovalenko will face the same critics. He noted that the ferries would sail.",
         [("Berg", "the port was open"), ("Berg", "the ferries would sail")]),
        ("Mrs. Kovalenko said the port was open.\n\nMr. Berg will face the same critics. She noted that the ferries would sail.",
         [("Kovalenko", "the port was open"), ("Kovalenko", "the ferries would sail")]),
        # Findings report with a clause only; a study or poll speaks for whoever it is by.
        ("Last year, research commissioned by the Halden Institute found the board routinely favoured large ports.",
         [("Halden Institute", "the board routinely favoured large ports")]),
        ("A poll conducted by Nordwire shows that most voters oppose the toll.", [("Nordwire", "most voters oppose the toll")]),
        ("A Kestrel Institute poll shows that most fishermen oppose the new harbour toll.",
         [("Kestrel Institute", "most fishermen oppose the new harbour toll")]),
        ("Investigators found that the crew had ignored the warnings.", [("investigators", "the crew had ignored the warnings")]),
        ("Police found the car near the port.", []),
        # Common job titles make a described speaker ("the tax commissioner", "a federal judge").
        ("Norland's tax commissioner says a review of her office found no leak.",
         [("Norland's tax commissioner", "a review of her office found no leak")]),
        ("A federal judge said the harbour law was unconstitutional.", [("a federal judge", "the harbour law was unconstitutional")]),
        # "projected" as forecasters use it.
        ("Moldova's economy will grow by 2.5 percent next year, the National Bank of Moldova projected in its quarterly inflation report "
         "released on Tuesday.", [("National Bank of Moldova", "Moldova's economy will grow by 2.5 percent next year")]),
        # "drew attention to the fact that ..."; a described speaker whose role heads an "of" phrase ("the head of state").
        ("The head of state noted that Norland would not agree to any freeze of the conflict. In addition, Olena Kovalenko drew "
         "attention to the fact that the rebels were preparing for a long war.",
         [("Olena Kovalenko", "Norland would not agree to any freeze of the conflict"),
          ("Olena Kovalenko", "the rebels were preparing for a long war")]),
        # A name run into its body after a prepositional cue.
        ("According to the forecast of the spokesman of the Air Force Yuriy Ihnat, the number of attacks will decrease in February.",
         [("Yuriy Ihnat", "the number of attacks will decrease in February.")]),
        # "They" after a group or body that spoke in the paragraph; never the one person who spoke before.
        ("According to the harbour officials, the dockers have made small gains. They cautioned, however, that the strike had not "
         "yet spread.", [("the harbour officials", "the dockers have made small gains."), ("the harbour officials", "the strike had not yet spread")]),
        ("Olena Kovalenko said the port was open. They said the ferries would sail.", [("Olena Kovalenko", "the port was open")]),
        # Accusing and blaming report the object with its charge.
        ("Harbour bloggers reported heavy fighting near the port. Some of them accused the harbour board of lying about losses.",
         [("some harbour bloggers", "the harbour board of lying about losses")]),
        ("Olena Kovalenko blamed the ministry for the delays at the port.", [("Olena Kovalenko", "the ministry for the delays at the port")]),
        ("Olena Kovalenko accused the ministry.", []),
        # A part of a group the sentence's verbless head names ("Sixty of 75 economists in the poll expected ...").
        ("Sixty of 75 economists in the April 2-7 poll expected a quarter-point cut at the June meeting.",
         [("sixty of 75 economists in the April 2-7 poll", "a quarter-point cut at the June meeting")]),
        # A name between a rule claim's speaker and cue does not speak the rest of the sentence; "declined to be named" is no claim.
        ("The central bank is likely to cut rates again in June, economists polled by Nordwire said, as trade tensions weigh on growth.",
         [("economists", "The central bank is likely to cut rates again in June")]),
        ("The people, who declined to be identified because the talks are private, said a decision could come as soon as July.",
         [("the people", "a decision could come as soon as July")]),
        # A verb the tagger took for a noun, with a subject and an object ("in March forecast export growth of ...").
        ("The Halden Fund, which plans to publish new figures in May, in March forecast export growth of 4 percent this year and "
         "5 percent in 2028.", [("Halden Fund", "export growth of 4 percent this year and 5 percent in 2028")]),
        # A speaker label before a colon: the quotation is that person's.
        ('Will the port reopen? We asked two experts.\n\nTomas Berg, harbour economist at the Halden Institute: "The port will '
         'reopen in May. The ferries will follow."\n\nLena Novak, former port director: "It will not open before the autumn."',
         [("Tomas Berg", "The port will reopen in May."), ("Tomas Berg", "The ferries will follow."),
          ("Lena Novak", "It will not open before the autumn.")]),
        ('The plan for the port: "reopen in May, then expand."', []),
        # A document the subject: the body it comes from speaks, named or not.
        ("Norland will build new bunkers. A statement from the presidential office said the country would spend more on defence.",
         [("the presidential office", "the country would spend more on defence")]),
        ("The Bank of Norland raised its rate. The central bank's baseline scenario assumes that aid will keep arriving until 2026.",
         [("Bank of Norland", "aid will keep arriving until 2026")]),
        # "One of them" after a group; a document "by" its owner ("according to a report by Nordwire").
        ("Western harbour officials share the board's assessment. One of them, speaking on condition of anonymity, said the strike "
         "could begin as early as October.", [("one of the western harbour officials", "the strike could begin as early as October")]),
        ("Harbour officials share the board's assessment, according to a report by Nordwire.",
         [("Nordwire", "Harbour officials share the board's assessment")]),
        # A closing inverted frame whose verb the tagger read as a plural noun ("notes", "writes").
        ("The harbour board has used similar tactics before, notes analyst Artyom Shraibman.",
         [("Artyom Shraibman", "The harbour board has used similar tactics before")]),
        # "told X that A and predicted that B": two reports of one speaker, however the parser hangs the second.
        ('Trump told a rally in Pueblo, Colorado, that the election was "rigged" and predicted that he would win the state "by a lot."',
         [("Trump", 'the election was "rigged"'), ("Trump", 'he would win the state "by a lot."')]),
        # "said at a briefing that ...", "that" read as a relative pronoun right after the noun.
        ('Harbour Board spokeswoman Liis Kask said at a briefing that the unions were "trying to drag out the strike".',
         [("Liis Kask", 'the unions were "trying to drag out the strike"')]),
        # A quotation of three words with a verb is direct speech.
        ('"Markets remain tight," Olena Kovalenko told reporters in Halden.', [("Olena Kovalenko", "Markets remain tight")]),
        # A title line "Name: <clause>" is that person's claim; a topic before the colon is no speaker.
        ("Olena Kovalenko: the port will reopen in May\n\nThe port director spoke on Monday.",
         [("Olena Kovalenko", "the port will reopen in May")]),
        ("Kovalenko on the Harbour: The Ferries Are Late Again\n\nThe port director spoke on Monday.", []),
        ("The port director spoke on Monday.\n\nOlena Kovalenko: the port will reopen in May", []),  # only the title line
        # ... and so is a body that is the whole label ("NATO: ..."), never a place ("Moldova: ..." is a topic)
        ("NATO: the alliance will open a new base in the north\n\nThe port director spoke on Monday.",
         [("NATO", "the alliance will open a new base in the north")]),
        ("Moldova: the ferries will run again in May\n\nThe port director spoke on Monday.", []),
        # ... and a dash signing a quotation at the end of its line.
        ('Readers wrote to us.\n\n“The port will not reopen before the autumn.” ― Olena Kovalenko\n“The cranes are too old, and the '
         'mayor knows it.”― Tomas Berg, Halden', [("Olena Kovalenko", "The port will not reopen before the autumn."),
                                                  ("Tomas Berg", "The cranes are too old, and the mayor knows it.")]),
        # ... a hyphen set off by spaces too, with the context after the name
        ('Quotes of the week.\n\n"The ferries will not run before May." - Harbour director Olena Kovalenko, on the strike.',
         [("Olena Kovalenko", "The ferries will not run before May.")]),
        # "is convinced" that the tagger read as a passive verb.
        ("Tomas Berg is convinced that the port will cope with the winter without new cranes, but admits that fees may rise.",
         [("Tomas Berg", "the port will cope with the winter without new cranes"), ("Tomas Berg", "fees may rise")]),
        # ... after a long subject set off by commas, which the parser hung on "is"
        ("The head of the port office, Mirela Dobos, is convinced that the front will hold through the winter.",
         [("Mirela Dobos", "the front will hold through the winter")]),
        # an inverted closing frame the parser made a conjunct of the clause, its speaker the object; not a verb with its object
        ("The krone will stay in the range of 10-11 per dollar through the summer, forecasts the Norwegian Center for Economic "
         "Analysis.", [("Norwegian Center for Economic Analysis", "The krone will stay in the range of 10-11 per dollar through the summer")]),
        ("The board kept the toll unchanged, and forecasts growth of 3% next year.", [("the board", "growth of 3% next year")]),
        # a quotation that opens its paragraph after a frame or a label ending the paragraph before with a colon
        ('Ivo Stan, a research fellow at the Halden Institute, told our newspaper:\n\n"The rebels will keep attacking until '
         'the autumn rains."', [("Ivo Stan", "The rebels will keep attacking until the autumn rains.")]),
        ('Harbour expert Mirela Dobos:\n\n"I would not be surprised if the port closes in May."',
         [("Mirela Dobos", "I would not be surprised if the port closes in May.")]),
        ('Here is what we know:\n\n"The port will reopen in May."', []),
        # a pronoun no one named before, the holder named by the frame after ("This was stated by X"): X
        ("In his opinion, the toll will not rise before 2027. This was stated by economist Ivo Stan.",
         [("Ivo Stan", "the toll will not rise before 2027.")]),
        ("According to her, the port needs ten more cranes. Harbour expert Mirela Dobos made the statement on Wednesday.",
         [("Mirela Dobos", "the port needs ten more cranes.")]),
        # ... not a pronoun whose holder was named before
        ("Olena Kovalenko spoke on Monday. In her opinion, the toll will rise. This was stated by economist Ivo Stan.",
         [("Olena Kovalenko", "the toll will rise.")]),
        # "<noun> before <time> is likely" the parser read as a clause opened by "before"
        ("A ceasefire before the summer is likely, said Mirela Dobos, an analyst at Halden Bank.",
         [("Mirela Dobos", "A ceasefire before the summer is likely")]),
        # A sentence the parser left without a verb of its own: the noun the report hangs on speaks.
        ("The Transnistrian leader Vadim Krasnoselsky, quoted by the Novosti Pridnestrovya agency, called on residents to save "
         "energy and promised that heating for hospitals would be maintained.",
         [("Vadim Krasnoselsky", "heating for hospitals would be maintained")]),
        # A described speaker after a whole report ("the commission's spokeswoman said") holds it.
        ("The European Commission announced that it will allocate 30 million euros in emergency aid to Moldova, the commission's "
         "spokeswoman said.", [("the commission's spokeswoman",
                                "The European Commission announced that it will allocate 30 million euros in emergency aid to Moldova")]),
        # "Some" and "Others" of the group the sentence before was about.
        ("Harbour economists are divided. Some say a strike remains unlikely as long as the talks go on. Others argue that "
         "the dockers could walk out soon.",
         [("some harbour economists", "a strike remains unlikely as long as the talks go on"),
          ("other harbour economists", "the dockers could walk out soon")]),
        # A question someone left open states nothing (also where the trained stage proposes it).
        ("Tomas Berg spoke to the council. Berg did not say what kind of strike he expected.", []),
        # A quotation the content opens closes in it, with the mark before the closing one.
        ('Tomas Berg dismissed the remarks as "hysteria."', [("Tomas Berg", 'the remarks as "hysteria."')]),
        # "the institute" is the one named long before (also through its abbreviation), not the body named last.
        ("The Nordic Policy Institute (NPI) assessed that the strike would spread.\n\nNPI noted that dockers had walked out.\n\n"
         "Officials reported that two ports were closed.\n\nThe port will stay shut, the Harbour Board said, adding that talks were over."
         "\n\nThe institute also assessed that the unions were setting conditions for a longer strike.",
         [("Nordic Policy Institute", "the strike would spread"), ("Nordic Policy Institute", "dockers had walked out"),
          ("officials", "two ports were closed"), ("Harbour Board", "The port will stay shut"), ("Harbour Board", "talks were over"),
          ("Nordic Policy Institute", "the unions were setting conditions for a longer strike")]),
        # A frame nobody is recorded for ("Recall that", the writer's "we") does not hold the report inside it.
        ("Recall that earlier the head of the Nordic Harbour Service Tomas Berg said that the port would reopen by the autumn.",
         [("Tomas Berg", "the port would reopen by the autumn")]),
        ("We recall that earlier Tomas Berg said that the port would reopen.", [("Tomas Berg", "the port would reopen")]),
        # "A spokesperson for X said": an unnamed person serving X, not X.
        ("A spokesperson for EU foreign policy chief Josep Borrell said the bloc was considering new sanctions.",
         [("a spokesperson for EU foreign policy chief Josep Borrell", "the bloc was considering new sanctions")]),
        ("An aide to President Olena Kovalenko said the talks would resume.", [("an aide to President Olena Kovalenko", "the talks would resume")]),
        ("Another expert, Jonas Berg, predicted that the tolls would be lifted no earlier than 2027.",  # (but an appositive name speaks)
         [("Jonas Berg", "the tolls would be lifted no earlier than 2027")]),
        # a post-nominal office ("MP") is no part of the name; "MEP" is a title before it
        ("The defence minister, Helen Marsh MP, said the government intended to send more missiles.",
         [("Helen Marsh", "the government intended to send more missiles")]),
        ("The British MEP Catherine Hollis said the bloc must pay for military roads.", [("Catherine Hollis", "the bloc must pay for military roads")]),
        # ... and a name set off after the phrase, in apposition to a body, is the spokesperson's
        ("A spokesman for the harbour board, Gleb Marko, denied that any closure was planned.", [("Gleb Marko", "any closure was planned")]),
        ("A spokesman for the defence ministry of Norland, Gleb Marko, said the port would close.", [("Gleb Marko", "the port would close")]),
        ("A spokesperson for the northern group of forces, Colonel Gleb Marko, said the port would close.",
         [("Gleb Marko", "the port would close")]),
        # a channel or a blogger named after what it is; a report interrupted by "asked about"; signatories; documents
        ("Across the border, the popular military channel Voenkor claimed the strikes had hit two depots.",
         [("Voenkor", "the strikes had hit two depots")]),
        ("The popular blogger Voenkor claimed the strikes had hit two depots.", [("Voenkor", "the strikes had hit two depots")]),
        ("The ministry, asked about the findings, said it welcomed any information.",
         [("the ministry", "it welcomed any information")]),
        ("Forty groups signed the appeal. The signatories warn that a pause would embolden the opposition.",
         [("the signatories", "a pause would embolden the opposition")]),
        ("The documents show that the firm plans to register two more tankers.",
         [("the documents", "the firm plans to register two more tankers")]),
        # a report asked about is no one's; the writer's sentence about office holders continues no one
        ("Kask declined to say whether investigators believed Russia was behind the attack.", []),
        ('"This is a partnership," Yulia Marchenko told reporters.\n\nThe two leaders differed, however, on the timing of '
         "the accession. Marchenko said Kyiv aimed to finish the talks by 2028.",
         [("Yulia Marchenko", "This is a partnership"), ("Yulia Marchenko", "Kyiv aimed to finish the talks by 2028")]),
        # "he" after a sentence about the group of a person named before: that person
        ("Ivars Kalns argued that the law punished pensioners. Maris Ozols said the security service had flagged the risk. "
         "Kalns's faction then walked out. Outside the chamber, he told reporters that the group would go to court.",
         [("Ivars Kalns", "the law punished pensioners"), ("Maris Ozols", "the security service had flagged the risk"),
          ("Ivars Kalns", "the group would go to court")]),
        # a coach is a role a later description names
        ('"I will stay at the club," Petro Lysak said. Dynamo coach Mehmet Yilmaz was full of praise for his side. "My players are '
         'heroes," the Turkish coach told reporters.', [("Petro Lysak", "I will stay at the club"), ("Mehmet Yilmaz", "My players are heroes")]),
        # a verb of the manner of speaking frames a quotation
        ('"The lights are finally back," sighed Olena Berg.', [("Olena Berg", "The lights are finally back")]),
        # a title of several words, or a portfolio, before the name is no part of it
        ('"Margins were supported by strong throughput," Chief Financial Officer Ewa Marczak told a conference call.',
         [("Ewa Marczak", "Margins were supported by strong throughput")]),
        ("Moldovan Deputy Prime Minister for European Integration Elena Rotaru said the talks would end by 2028.",
         [("Elena Rotaru", "the talks would end by 2028")]),
        # unnamed sources: health workers, a local administration, a hospital, a firm left unnamed, an act in the making
        ('"The queues will get longer," said a nurse at the clinic.', [("a nurse at the clinic", "The queues will get longer")]),
        ("Trains to Vienna will run again from May, the regional administration said.",
         [("the regional administration", "Trains to Vienna will run again from May")]),
        ("The ward will reopen next week, the hospital said.", [("the hospital", "The ward will reopen next week")]),
        ("Tickets will go on sale on Thursday, the railway said.", [("the railway", "Tickets will go on sale on Thursday")]),
        ('"Bookings are late this year," said one tour operator.', [("one tour operator", "Bookings are late this year")]),
        ("Pensions will rise by 10% in June, according to a draft government decree.",
         [("a draft government decree", "Pensions will rise by 10% in June")]),
        # a closing frame followed by a clause of the writer's: the clause before the frame is the content
        ("The port will reopen before the end of May, two shipping agents said, after the mines were cleared last week.",
         [("two shipping agents", "The port will reopen before the end of May")]),
        ("Ukraine aims to build 2 million drones this year, minister Oleh Bondar said, and the government will allocate an "
         "additional 15 billion hryvnias to drone makers in the third quarter.",
         [("Oleh Bondar", "Ukraine aims to build 2 million drones this year")]),
        # ... and a person's name set off just before the verb, whichever later noun the parser hung it on
        ("A lawyer representing the shipping firm Kestrel, Ina Wolff, said the firm had broken no rules.",
         [("Ina Wolff", "the firm had broken no rules")]),
        ("The Moldovan consul in Verona, Ion Rusu, said the office would stay open.",
         [("Ion Rusu", "the office would stay open")]),
        # the name set off after a people noun, whatever the recogniser took a lone given name for
        ("Irena Vasylenko, the harbour's first pilot, has died at 88. Her daughter, Oksana, said she died peacefully on Saturday.",
         [("Oksana", "she died peacefully on Saturday")]),
        # ... and a kin noun's gender: "she" is never the son
        ('Maria Kovalenko, a stage actress, has died at 91. Her son, Andriy, said she died at home on Sunday. "They said my '
         'career would end," she recalled in 2012.', [("Andriy", "she died at home on Sunday"), ("Maria Kovalenko", "They said my career would end")]),
        # a title with its own preposition before the name
        ("The UN humanitarian coordinator for Norland, Matthias Schmale, said the shelters were full.",
         [("Matthias Schmale", "the shelters were full")]),
        ("As the mayor of Berdychiv Serhiy Orlovskyi specified, the works are financed from the city budget.",
         [("Serhiy Orlovskyi", "the works are financed from the city budget")]),
        ("The deputy head of the OVA Natalia Pysarenko informed that the school is included in the program.",
         [("Natalia Pysarenko", "the school is included in the program")]),
        # ... also past the body's article and nationality ("of the Lithuanian Seimas")
        ("Head of the Belarusian KGB Ivan Tertel claimed that the border was closed.", [("Ivan Tertel", "the border was closed")]),
        ("Speaker of the Lithuanian Seimas Saulius Kalnins said the vote would be held in May.",
         [("Saulius Kalnins", "the vote would be held in May")]),
        # a frame with its speaker after the verb, set inside the clause it reports
        ("The council, says Novak, is open to talks.", [("Novak", "The council, says Novak, is open to talks")]),
        ("Norland, says Lena Novak, will spend 3% of GDP on defence next year.",
         [("Lena Novak", "Norland, says Lena Novak, will spend 3% of GDP on defence next year")]),
        # a report in a relative clause set off by commas: the clause after the frame, up to the closing comma
        ("The bridge, which Mayor Tomas Berg said would open in May, is still closed.", [("Tomas Berg", "would open in May")]),
        ("The strike, which Lena Novak said killed 14 people, hit a residential block.", [("Lena Novak", "killed 14 people")]),
        # a forecast's next step after the frame, with a figure of its own, is the speaker's; the speaker's own act is not
        ("The economy will grow by 2% this year, Lena Novak said, before accelerating to 3% in 2027.",
         [("Lena Novak", "The economy will grow by 2% this year, Lena Novak said, before accelerating to 3% in 2027")]),
        ("The port will reopen in May, Lena Novak said, before leaving the room.", [("Lena Novak", "The port will reopen in May")]),
        # an aside between the verb and its "that": the frame's, not the clause's or a report of its own
        ("The Harbour Ministry stated, citing intercepted messages, that rebel commanders had ordered a retreat.",
         [("Harbour Ministry", "rebel commanders had ordered a retreat")]),
        ("Nordwire reported, citing sources close to the board, that Lena Novak plans a new levy.",
         [("sources close to the board", "Lena Novak plans a new levy")]),
        # a closing frame whose verb the tagger read as a name in lower case
        ("Growth will slow this year, the economy ministry forecast.", [("the economy ministry", "Growth will slow this year")]),
        # central banking's rate-setters
        ("Policymakers said rates would stay on hold until June.", [("policymakers", "rates would stay on hold until June")]),
        # a second report joined by ", and" with its own speaker is its own
        ("Rebel bloggers claimed that the army lost 300 men, and Lena Novak assesses that these figures are exaggerated.",
         [("rebel bloggers", "the army lost 300 men"), ("Lena Novak", "these figures are exaggerated")]),
        # no evidence seen, no report made
        ("Lena Novak has not observed evidence that the rebels crossed the river.", []),
        # a negated assessment is a claim, its negation in the cue
        ("Lena Novak does not assess that the rebels will cross the river.", [("Lena Novak", "the rebels will cross the river")]),
        # translated frames the parser misread: an inverted closing frame, and a body's "notes" in an "as" clause
        ("The National Bank will keep the base rate unchanged until the summer, informs BelTA.",
         [("BelTA", "The National Bank will keep the base rate unchanged until the summer")]),
        ("As the Norland Foreign Intelligence Service notes in its report, the rebels are preparing for a long war.",
         [("Norland Foreign Intelligence Service", "the rebels are preparing for a long war")]),
        # an ombudsman is a role: the name set off after it speaks, not the day before the comma
        ("The exchange of prisoners will take place before Easter, the ombudsman Lena Novak said.",
         [("Lena Novak", "The exchange of prisoners will take place before Easter")]),
        # "to" after "According" is no post's preposition: the body keeps its whole name
        ("According to the Ministry of Internal Affairs, two people were detained.",
         [("Ministry of Internal Affairs", "two people were detained.")]),
        # a capital the tagger read as an adjective still names its government
        ("Kyiv fears that Washington could cut aid.", [("Kyiv", "Washington could cut aid")]),
        # a denial of an act, a gerund
        ("Norland has denied sending troops to the border.", [("Norland", "sending troops to the border")]),
        # (the cue's own subject, not the speaker of the next sentence)
        ("The Harbour Board has repeatedly denied raising the tolls. Asked about the accusations, board spokesman Tomas Berg "
         "said the tolls had not changed.", [("Harbour Board", "raising the tolls"), ("Tomas Berg", "the tolls had not changed")]),
        # a church title is a role that names its holder again
        ("Archbishop Olena Kovalenko addressed the faithful on Sunday. The archbishop said the church would reopen in May.",
         [("Olena Kovalenko", "the church would reopen in May")]),
        # the owner of a role does not speak for it
        ("Lena Novak's deputy said the ferries would run again in May.", [("Lena Novak's deputy", "the ferries would run again in May")]),
        # a participle the parser hung on the report is still the reporter's
        ('"The switch to tanker deliveries through Butinge is now complete," the chief executive Ramunas Zilinskas said. '
         "Zilinskas said the group would spend 300 million euros on a new unit, adding that the board had no plans to sell "
         "the retail network.", [("Ramunas Zilinskas", "The switch to tanker deliveries through Butinge is now complete"),
                                 ("Ramunas Zilinskas", "the group would spend 300 million euros on a new unit"),
                                 ("Ramunas Zilinskas", "the board had no plans to sell the retail network")]),
        # A past form the tagger read as a participle is still the clause's verb.
        ("Opposition politician Pavel Latushko told the Polish broadcaster Belsat that exiled activists planned to call for a boycott.",
         [("Pavel Latushko", "exiled activists planned to call for a boycott")]),
        # An implicative verb lends its subject to "to say"; a plan to say something is no report.
        ("Analyst Marta Kowalczyk went on to say that the Kremlin would probably announce a new wave early next year.",
         [("Marta Kowalczyk", "the Kremlin would probably announce a new wave early next year")]),
        ("Olena Kovalenko hastened to add that the port was safe.", [("Olena Kovalenko", "the port was safe")]),
        ("Olena Kovalenko is preparing to announce that the port will close.", []),
        # "the Moldovan minister": a nationality the recogniser took for a name is no person
        ("Lena Novak said the port was closed. The Moldovan minister added that the ferries would wait.",
         [("Lena Novak", "the port was closed"), ("Lena Novak", "the ferries would wait")]),
        # a relative clause the parser hung across the time words stays in the content
        ("Col. Tomas Berg said the rebels had launched 40 boats overnight, of which 31 were sunk.",
         [("Tomas Berg", "the rebels had launched 40 boats overnight, of which 31 were sunk")]),
        # the writer's comment set after the report is not part of it
        ("Lena Novak said the board had spent 2 million euros on consultants, a charge the board called absurd.",
         [("Lena Novak", "the board had spent 2 million euros on consultants")]),
        # a lone surname after an inverted verb that the recogniser missed is still the speaker named before
        ('Andriy Kovalenko heads the board.\n\n"The port is closed," – emphasized Kovalenko.',
         [("Andriy Kovalenko", "The port is closed")]),
        # ruling out (or not) an act or an event reports it
        ("Mayor Tomas Berg ruled out closing the ferry line.", [("Tomas Berg", "closing the ferry line")]),
        ("Mayor Tomas Berg ruled out a fee increase this year.", [("Tomas Berg", "a fee increase this year")]),
        ("Mayor Tomas Berg did not rule out closing the ferry line.", [("Tomas Berg", "closing the ferry line")]),
        # (the parser's adverbial gerund; a refusal to rule out, its subject the refuser's)
        ("The mayor on Monday ruled out sending ferries.", [("the mayor", "sending ferries")]),
        ("Mayor Tomas Berg declined to rule out a fee increase this year.", [("Tomas Berg", "a fee increase this year")]),
        # ... but a refusal of any other cue reports nothing of its own
        ("Lena Novak said the critics failed to note that the port had reopened.",
         [("Lena Novak", "the critics failed to note that the port had reopened")]),
        # two speakers in one sentence: two reports, neither inside the other
        ("Tomas Berg said the ferries would run again in two weeks, and Harbour Minister Lena Novak said the port was ready.",
         [("Tomas Berg", "the ferries would run again in two weeks"), ("Lena Novak", "the port was ready")]),
        ("According to Tomas Berg, the talks are stalling, but Lena Novak insisted that the board was delaying a deal.",
         [("Tomas Berg", "the talks are stalling"), ("Lena Novak", "the board was delaying a deal")]),
        # a saying that did not happen, or has not happened yet, reports nothing ...
        ("Olena Kovalenko never said that the port would close.", []),
        ("Olena Kovalenko did not say that the port would close.", []),
        ("Olena Kovalenko denied saying that the port would close.", []),
        ("Olena Kovalenko is expected to say on Friday that the port will close.", []),
        ("Olena Kovalenko may announce that the port will close.", []),
        ("Olena Kovalenko could announce that the port will close.", []),
        # ... nor does a promise or a threat still to come
        ("The harbour company could threaten to sell its ferries.", []),
        ("The union may promise to end the strike.", []),
        # ... but a concession, a said future and a hedged assertion do
        ("Olena Kovalenko did not deny that the port would close.", [("Olena Kovalenko", "the port would close")]),
        ("Olena Kovalenko would later say that the port had closed.", [("Olena Kovalenko", "the port had closed")]),
        ('"I would say that the port will close," Olena Kovalenko said.', [("Olena Kovalenko", "I would say that the port will close")]),
        ("Olena Kovalenko declined to say whether the port would close.", []),
        # A closing frame after a place named twice around its comma, however the parser hangs it (an adjectival
        # clause of the clause's noun, the name its object's appositive) ...
        ("Two people were injured in a drone strike on Halden, Halden governor Taras Novakivskyi reported on Telegram.",
         [("Taras Novakivskyi", "Two people were injured in a drone strike on Halden")]),
        ("Two people were injured in a bomb strike on Kharkiv, Oleh Novakivskyi reported on Telegram.",
         [("Oleh Novakivskyi", "Two people were injured in a bomb strike on Kharkiv")]),
        # ... or the clause a subject of the report, when its verb was read as a participle (inverted in translated copy)
        ("A court in Halden sentenced activist Taras Novakivskyi to three years in prison, Harbourwatch reported.",
         [("Harbourwatch", "A court in Halden sentenced activist Taras Novakivskyi to three years in prison")]),
        ("A court in Halden sentenced activist Taras Novakivskyi to three years in a colony, informed the human rights centre "
         "Harbourwatch.", [("Harbourwatch", "A court in Halden sentenced activist Taras Novakivskyi to three years in a colony")]),
        # ... but a noun phrase with a relative clause of its own is the writer's comment
        ("Prices rose by 4% in May, the biggest rise the bureau reported.", []),
        # A frame before a colon reports what follows it ("this" included), though the parser made it a complement
        ("Regional governor Taras Novakivskyi wrote on Telegram: two ferries sank near Halden.",
         [("Taras Novakivskyi", "two ferries sank near Halden")]),
        ("Governor Taras Novakivskyi announced this on Telegram: the ferry line will reopen in May.",
         [("Taras Novakivskyi", "the ferry line will reopen in May")]),
        # A holder named after their office and body, set off by commas, however the recogniser runs them together
        ("The chairman of the Union of Socialists, Vasile Cojocaru, said that the government is preparing the republic for war.",
         [("Vasile Cojocaru", "the government is preparing the republic for war")]),
        # A family name with its particles is a person's, with or without the given name
        ("Frans van der Meer said the ferry line would close.", [("Frans van der Meer", "the ferry line would close")]),
        ('Lotte de Vries is a fellow at the Kestrel Centre.\n\n"The port will not reopen soon," de Vries writes.',
         [("Lotte de Vries", "The port will not reopen soon")]),
        # A body named by its country's possessive is that country's body, not the country, nor one of no country
        ("Moldova's energy ministry said gas supplies were stable. Latvia's Defence Ministry said the border was calm.",
         [("Moldova's energy ministry", "gas supplies were stable"), ("Latvia's Defence Ministry", "the border was calm")]),
        # A body described by its kind after the words it reports is the body named just before
        ("The Central Bank of Norland published its inflation report. Inflation will slow to 8 percent by the end of the year, "
         "the regulator said.", [("Central Bank of Norland", "Inflation will slow to 8 percent by the end of the year")]),
        ("The Kestrel Centre published a report on Monday. The think tank said damage to the port now exceeds $170 million.",
         [("Kestrel Centre", "damage to the port now exceeds $170 million")]),
        # A description naming a portfolio is not the holder of another one the article introduced
        ("Interior Minister Tomas Berg said the border was calm.\n\n\"We closed the border before,\" the former defence minister said.",
         [("Tomas Berg", "the border was calm"), ("the former defence minister", "We closed the border before")]),
        # Less common reporting verbs, inverted as translated copy has them
        ('Energy Minister Tomas Berg spoke on Monday.\n\n"The problem is in the north," affirmed the minister in a broadcast.',
         [("Tomas Berg", "The problem is in the north")]),
        ("Asked about the port, Tomas Berg answered that it would reopen in May.", [("Tomas Berg", "it would reopen in May")]),
        ("Tomas Berg feels that the talks will fail.", [("Tomas Berg", "the talks will fail")]),
        ("Tomas Berg felt the cold.", []),
        # "according to" a title whose holder is named after it, at the end of the sentence too
        ("The council will vote on a new harbour law in May, according to the head of the harbour board, Tomas Berg.",
         [("Tomas Berg", "The council will vote on a new harbour law in May")]),
        # ... but a clause after the title, at the end of the sentence, is what is reported, not a name
        ("In fact, according to numerous sources and experts, Tomas Berg came to ask for more ships.",
         [("numerous sources and experts", "Tomas Berg came to ask for more ships.")]),
        # A body named after the noun that says what it is; an embassy wherever it is; "told a briefing that"
        ("The Belarusian human rights centre Viasna reported that at least 40 people remain in custody.",
         [("Viasna", "at least 40 people remain in custody")]),
        ("The Russian embassy in Tallinn said in a statement that the data were fabricated.",
         [("the Russian embassy in Tallinn", "the data were fabricated")]),
        ("Harbour police chief Tomas Berg told a briefing that investigators had seized 2 million euros in cash.",
         [("Tomas Berg", "investigators had seized 2 million euros in cash")]),
        # "X said he expected A" with X's surname alone (which the recogniser may take for a body): X's report, not
        # a report of whoever "he" last was
        ('Analyst Tomas Varga spoke on Monday.\n\n"The war will be long," Foreign Minister Lena Novak said.\n\n'
         "Varga said he expected direct talks between the two presidents before the summer.",
         [("Lena Novak", "The war will be long"),
          ("Tomas Varga", "he expected direct talks between the two presidents before the summer")]),
        # a past the parser read as a participle of the noun before it is still the reported clause's verb
        ("According to the Nordic School of Economics, Russian oil revenues recovered by 12 percent last year.",
         [("Nordic School of Economics", "Russian oil revenues recovered by 12 percent last year.")]),
        # a reporting verb the tagger read as a participle of its subject's title, with a clause: the title's holder speaks
        ("Norland's central bank governor, Lena Novak, boasted in December that the economy had adapted.",
         [("Lena Novak", "the economy had adapted")]),
        # the parties of a trial speak as bodies
        ("The prosecution contends that the mayor was bribed in 2022.", [("the prosecution", "the mayor was bribed in 2022")]),
        # "<clause>, X was quoted by Y as saying": the clause is X's
        ("The port will reopen in May, Deputy Minister Tomas Berg was quoted by Nordwire as saying on Monday.",
         [("Tomas Berg", "The port will reopen in May")]),
        # a parenthetical frame between a clause and its conjunct: one stretch, frame included
        ("A senior intelligence officer was more pessimistic. Moscow is preparing a new summer offensive, he said, and could "
         "commit 40,000 fresh troops there by July.",
         [("a senior intelligence officer", "Moscow is preparing a new summer offensive, he said, and could commit 40,000 fresh "
                                            "troops there by July")]),
        # an "as" clause with words of its own is another report, not a frame of the clause before ("as X put it" is)
        ("Measles cases have tripled since January, the ministry said on Friday, as doctors blamed low vaccination coverage.",
         [("the ministry", "Measles cases have tripled since January")]),
        ("The port will reopen in May, as Mayor Ivo Tamm put it.", [("Ivo Tamm", "The port will reopen in May")]),
        # ... and so a condition after a closing frame, or a fronted one before a frame set inside the clause
        ("The union could open the first chapter before June, diplomats said, provided Norland lifts its veto.",
         [("diplomats", "The union could open the first chapter before June, diplomats said, provided Norland lifts its veto")]),
        ("If the talks fail, analysts said, the port could face a blockade.",
         [("analysts", "If the talks fail, analysts said, the port could face a blockade")]),
        # a given name and a surname of the region's shape the recogniser read as places are a person the pronoun can be
        ("Tomas Berg spoke on Monday. The emergency, he said, was over.\n\nMarta Kovalska spoke on Monday. She says the port "
         "will reopen in May.",
         [("Tomas Berg", "The emergency, he said, was over"), ("Marta Kovalska", "the port will reopen in May")]),
        # the name of the outlet told, read as a verb ("Die"), is no clause reported
        ('Lena Novak spoke on Monday. "Culture should not be punished," she told the German newspaper Die Zeit.',
         [("Lena Novak", "Culture should not be punished")]),
        # a double-barrelled surname the recogniser left out, or tagged as a body of its own, stays in the name
        ("The mayor of Kryvyi Rih, Oleksandr Vilkul-Petrenko, said on Telegram that schools would close.",
         [("Oleksandr Vilkul-Petrenko", "schools would close")]),
        ("Tomas Berg said the ban would hold.\n\nUkraine's sports minister, Matviy Bidnyi-Kovalenko, welcomed the ruling. Any return "
         "of the athletes, he argued, would be used for propaganda.",
         [("Tomas Berg", "the ban would hold"),
          ("Matviy Bidnyi-Kovalenko", "Any return of the athletes, he argued, would be used for propaganda")]),
        # "reminded X that A": X is whom, A what
        ("Speaker Igor Sarbu interrupted the session twice. At one point he reminded the opposition's leader that \"insults are "
         "not arguments\".", [("Igor Sarbu", "insults are not arguments")]),
        # "its correspondent" after a newspaper is the newspaper's; "she" after a woman named as an interviewee is her,
        # not a man of another paragraph whose name does not tell; a place before a full name is no part of it
        ("Viktor Golubtsov said talks would resume. Nezavisimaya Gazeta says the authorities are preparing for elections. "
         "Its correspondent reports that polling stations will be guarded by the military.",
         [("Viktor Golubtsov", "talks would resume"), ("Nezavisimaya Gazeta", "the authorities are preparing for elections"),
          ("Nezavisimaya Gazeta correspondent", "polling stations will be guarded by the military")]),
        ('Deputy Foreign Minister Viktor Golubtsov said Russia "has never been the one to walk away".\n\nThe pro-government '
         "Rossiyskaya Gazeta carries an interview with election commission chair Halina Matsuk. She tells the paper that "
         "observers will be present at every district.",
         [("Viktor Golubtsov", 'Russia "has never been the one to walk away"'),
          ("Halina Matsuk", "observers will be present at every district")]),
        ("Earlier the minister of foreign affairs of Russia Sergei Lavrentyev declared that the coalition is preparing the ground.",
         [("Sergei Lavrentyev", "the coalition is preparing the ground")]),
        # agents (shipping, customs) are people acting for others: one of them is an unnamed source
        ("Shipping agents are worried. One of them said the berth could stay closed for weeks.",
         [("one of the shipping agents", "the berth could stay closed for weeks")]),
        # pollsters and forecasters are sources like analysts
        ("Pollsters say the coalition will lose ground next year.", [("pollsters", "the coalition will lose ground next year")]),
        # "projects X to Y" with the infinitive parsed as an adverbial of the verb
        ("The Nordic Fund projects inflation to ease to 7.5 per cent by the end of 2026.",
         [("Nordic Fund", "inflation to ease to 7.5 per cent by the end of 2026")]),
        # a reporting verb the tagger read as a proper noun ("bureau forecast that")
        ("Latvia's central statistics bureau forecast that the population would fall below 1.6 million by 2050.",
         [("Latvia's central statistics bureau", "the population would fall below 1.6 million by 2050")]),
        # "his office said": the person "his" stands for in the sentence, not the last speaker
        ("Envoy Mark Halloran said the next weeks would be decisive. President Recep Erdogan is expected to host both "
         "delegations on Thursday, his office said.",
         [("Mark Halloran", "the next weeks would be decisive"),
          ("Recep Erdogan", "President Recep Erdogan is expected to host both delegations on Thursday")]),
        # ... the one its clause is about, not the clause's object; a role as subject is the one named before
        ("Premier Dora Lind will meet Chancellor Hans Vogel on Friday, her office said.",
         [("Dora Lind", "Premier Dora Lind will meet Chancellor Hans Vogel on Friday")]),
        ("Minister Dora Lind arrived in Oslo on Monday. The minister will meet Chancellor Hans Vogel on Friday, her office said.",
         [("Dora Lind", "The minister will meet Chancellor Hans Vogel on Friday")]),
        # a report no one is named as writing speaks as itself
        ("The report says that power will pass to a successor.", [("the report", "power will pass to a successor")]),
        # a closing frame the parser coordinated with the clause it reports
        ("Russian forces will likely attempt to encircle Halden over the coming weeks but are unlikely to seize the town before "
         "June, the Institute for the Study of Defence said in its latest daily update on Sunday.",
         [("Institute for the Study of Defence", "Russian forces will likely attempt to encircle Halden over the coming weeks but "
                                                 "are unlikely to seize the town before June")]),
        # polls no one is named as owning are a source of their own
        ("The ruling party could fall short of a majority, according to a series of opinion polls published this week.",
         [("a series of opinion polls", "The ruling party could fall short of a majority")]),
        # ... and so is a document no one is named as writing, a plan on paper too
        ("The deficit will fall to 3% of GDP by 2028, according to a draft fiscal framework.",
         [("a draft fiscal framework", "The deficit will fall to 3% of GDP by 2028")]),
        # a document after its owner's possessive, with words between
        ("According to the central bank's updated macroeconomic forecast, inflation will slow to 9% by December.",
         [("the central bank", "inflation will slow to 9% by December.")]),
        # a forecast's object timed by "soon"
        ("Norland expects a mass return of refugees soon.", [("Norland", "a mass return of refugees soon")]),
        # someone who serves the person "his" stands for is never that person
        ("Secretary General Mark Rutte will also attend. His spokeswoman said Rutte would urge allies to spend more.",
         [("Mark Rutte's spokeswoman", "Rutte would urge allies to spend more")]),
        # a speaker the parser hung on the clause's last noun, its report made the clause's complement
        ("Kyiv hopes the summit will endorse a plan to fund Ukrainian drone production, an adviser to Zelensky told reporters.",
         [("an adviser to Zelensky", "Kyiv hopes the summit will endorse a plan to fund Ukrainian drone production")]),
        # A participle set off after a clause has the clause's subject, whatever its verb
        ("Tomas Berg left the room, saying that the talks had failed.", [("Tomas Berg", "the talks had failed")]),
        ("Mayor Tomas Berg rejected these accusations, stating that the port offered to buy gas on the market.",
         [("Tomas Berg", "the port offered to buy gas on the market")]),
        # A pronoun after a person acting in its own paragraph is that person, not a speaker of an earlier paragraph.
        ("Olena Kovalenko said that the port is open.\n\nAsked about the date, Tomas Berg shrugged. “It could be May,” he said.",
         [("Olena Kovalenko", "the port is open"), ("Tomas Berg", "It could be May")]),
        # A first name set off by a description only a person fits is a person's, whatever the recogniser took it
        # for; the place such a person comes from is nobody "she" may be.
        ("Marta, a nurse from Odesa, said the ward was full. “We had no beds left,” she said.",
         [("Marta", "the ward was full"), ("Marta", "We had no beds left")]),
        # One who held an office no longer comments as "the expert".
        ("Colonel Petro Hrytsenko, a retired commander of an artillery brigade, thinks the push has stalled. “The reserves "
         "are gone,” noted the expert.",
         [("Petro Hrytsenko", "the push has stalled"), ("Petro Hrytsenko", "The reserves are gone")]),
        # a full name in apposition to a people noun is a person's, whatever the recogniser took it for
        ("Ciobanu's lawyer, Natalia Rusu, welcomed the ruling. “It must stop,” she told reporters.",
         [("Natalia Rusu", "It must stop")]),
        # scientists who speak about what they study
        ("Hydrologists warn that the lake will shrink.", [("hydrologists", "the lake will shrink")]),
        # translated copy: "communicated that", and an unnamed source after an inverted verb of passing on
        ("The ministry of energy of Norland communicated that the plant may restart in April.",
         [("the ministry of energy of Norland", "the plant may restart in April")]),
        ("The crossing will reopen in April, informed a source in the customs service.",
         [("a source in the customs service", "The crossing will reopen in April")]),
        # a survey of people no one is named as running speaks for itself; a share of a group of sources is unnamed
        ("The krone will weaken to 12 per euro by December, a poll of 18 economists showed on Friday.",
         [("a poll of 18 economists", "The krone will weaken to 12 per euro by December")]),
        ("A majority of respondents said the central bank would hold its rate in May.",
         [("a majority of respondents", "the central bank would hold its rate in May")]),
        # a country's possessive before a firm is no first name of it
        ("Norway's Kongsmark said it would build the plant within two years.",
         [("Kongsmark", "it would build the plant within two years")]),
        # a title the lexicon does not know, of a place, then its holder's name
        ("The Bashkan of Gagauzia Anna Topal, who is abroad, in her Telegram channel stated that the autonomy will appeal.",
         [("Anna Topal", "the autonomy will appeal")]),
        # a channel named in quotes after what it is; "another" channel is not that one
        ('The Telegram channel "Front Notes" claimed the unit had moved. Another channel said the video was old.',
         [("Front Notes", "the unit had moved"), ("another channel", "the video was old")]),
        # a title of several words in a closing frame opens the frame, whatever the parser hung it on
        ("The firm plans to hire 80 engineers by the end of the year, co-founder and CEO Marta Lind said in an interview.",
         [("Marta Lind", "The firm plans to hire 80 engineers by the end of the year")]),
        ("The firm will hire 80 engineers by the end of the year, co-founder and chief executive Marta Lind said.",
         [("Marta Lind", "The firm will hire 80 engineers by the end of the year")]),
        # a closing frame's speaker the parser hung on the clause's last noun: the clause keeps its horizon
        ("The ferry line will reopen before Easter, its director, Ivo Stan, said on Monday.",
         [("Ivo Stan", "The ferry line will reopen before Easter")]),
        # another country's ambassador is not the one introduced before; the same country's is
        ("Norland's ambassador, Lena Novak, said talks would resume. Halden's ambassador said the council should wait.",
         [("Lena Novak", "talks would resume"), ("Halden's ambassador", "the council should wait")]),
        ("Norland's ambassador, Lena Novak, said talks would resume. Norland's ambassador also said the council should wait.",
         [("Lena Novak", "talks would resume"), ("Lena Novak", "the council should wait")]),
        # a body's headquarters speaks as the body
        ("The swap was mediated by Qatar, the coordination headquarters said.",
         [("the coordination headquarters", "The swap was mediated by Qatar")]),
        # an outlet that saw the documents relays what people and documents say; "the documents" are those documents
        ("Nordline is preparing to sell its Gdansk terminal, according to two people familiar with the matter and internal "
         "documents reviewed by Nordwire. The documents show that the board discussed a price in January.",
         [("two people familiar with the matter", "Nordline is preparing to sell its Gdansk terminal"),
          ("the documents", "the board discussed a price in January")]),
        # "rejected X as Y" reports a view of X, as "dismissed X as Y" does; "rejected the offer" reports nothing
        ("Norland's deputy ambassador, Petr Lind, rejected the accusations as \"a show for the cameras.\"",
         [("Petr Lind", 'the accusations as "a show for the cameras."')]),
        ("Norland's deputy ambassador, Petr Lind, rejected the offer.", []),
        # an outlet named in a few words before its frame and "citing": the frame is no part of what the sources said
        ("The mayor is expected to resign in April, the Halden Morning Post reported, citing sources.",
         [("sources", "The mayor is expected to resign in April")]),
        # a presentation speaks as a report does
        ("The internal presentation, dated Feb. 10, warns that cargo volumes are likely to fall this year.",
         [("the internal presentation", "cargo volumes are likely to fall this year")]),
        # someone introduced without a name speaks, whatever the noun ("inspector" is in no lexicon)
        ("A senior inspector who asked not to be named said the pumps were leaking.",
         [("a senior inspector", "the pumps were leaking")]),
        ("One welder told the paper that the yard had no steel left.", [("one welder", "the yard had no steel left")]),
        # a closing frame the parser coordinated with a clause of two subjects
        ("Two workers were killed and three injured at the depot overnight, the head of the regional office, Ivan Lind, said "
         "on Tuesday.", [("Ivan Lind", "Two workers were killed and three injured at the depot overnight")]),
        # a body or paper no lexicon lists speaks as itself
        ("The airport said that queues at the terminal would grow.", [("the airport", "queues at the terminal would grow")]),
        ("Nordbank published a note on Monday. The note said that rates would fall.", [("the note", "rates would fall")]),
        # "one of them": one of the people named just before, wherever they stood
        ("According to two people familiar with the talks, the board has asked for a loan. One of them said the request "
         "would be discussed in May.",
         [("two people familiar with the talks", "the board has asked for a loan."),
          ("one of the two people familiar with the talks", "the request would be discussed in May")]),
        # a clause of concession after a closing frame is the writer's
        ("Two officials confirmed that talks were under way. A deal could be signed as early as next week, one of them said, "
         "though details were still being negotiated.",
         [("two officials", "talks were under way"), ("one of the two officials", "A deal could be signed as early as next week")]),
        # "its press service said": the body the clause is about speaks through its office
        ("The Union of Dockers will stage protests in five ports before the end of May, its press service said.",
         [("Union of Dockers", "The Union of Dockers will stage protests in five ports before the end of May")]),
        ("Nordvik intends to cut 300 jobs, its press service said.", [("Nordvik", "Nordvik intends to cut 300 jobs")]),
        # "it" with no body before it in its paragraph: the body the sentences before are about, else the one that spoke last
        ("The National Bank of Norland kept its key rate at 15% on Thursday.\n\nLoan growth will pick up to 7% next year, it said.",
         [("National Bank of Norland", "Loan growth will pick up to 7% next year")]),
        ("The National Bank of Norland kept its key rate at 15% on Thursday.\n\nIt expects inflation to slow to 6% by the end of "
         "the year.", [("National Bank of Norland", "inflation to slow to 6% by the end of the year")]),
        ("The International Monetary Fund said growth in Norland would slow to 2% this year.\n\nThe economy will recover in "
         "2027, it added.", [("International Monetary Fund", "growth in Norland would slow to 2% this year"),
                             ("International Monetary Fund", "The economy will recover in 2027")]),
        ("The finance ministry published its new forecast on Monday. Growth is projected to slow to 3% in 2027, it said.",
         [("the finance ministry", "Growth is projected to slow to 3% in 2027")]),
        ("Nordbank published a report on Monday. Inflation will slow to 6% next year, it said.",
         [("Nordbank", "Inflation will slow to 6% next year")]),
        # the outlet the words went to, named between the speaker and the verb, is no speaker
        ("Military expert Oleksiy Hetman in a commentary to the publication Focus said that Russia would attack in May.",
         [("Oleksiy Hetman", "Russia would attack in May")]),
        # an adverb that times the report is no part of who spoke, nor of what was said
        ("Recall that earlier the governor stated that shelling of the city had intensified.",
         [("the governor", "shelling of the city had intensified")]),
        ("Earlier the head of the port authority said that the ferries would resume in May.",
         [("the head of the port authority", "the ferries would resume in May")]),
        ("Ivo Lind, in turn, said earlier that Norland could get up to ten ferries.", [("Ivo Lind", "Norland could get up to ten ferries")]),
        # a rank written before a name is the title a later "the colonel", "the admiral" finds the person by
        ("Colonel Ivo Lind, head of the intelligence centre, told a briefing that troops were moving.\n\nThe colonel noted "
         "that an attack was not imminent.", [("Ivo Lind", "troops were moving"), ("Ivo Lind", "an attack was not imminent")]),
        ("Navy commander Rear Admiral Tomas Berg said the fleet would stay in port.\n\nThe admiral added that the patrols "
         "would resume in May.", [("Tomas Berg", "the fleet would stay in port"), ("Tomas Berg", "the patrols would resume in May")]),
        # ... and none when no body stands before it
        ("The storm hit the coast on Monday. Damage will be high, it said.", []),
        ("Governor Olena Berg spoke on Monday.\n\nInflation will slow to 6% next year, it said.", []),
        ("Nordvik intends to cut 300 jobs, its chief executive said.", [("Nordvik chief executive", "Nordvik intends to cut 300 jobs")]),
        ("Nordbank will cut 500 jobs, its chief executive said.", [("Nordbank's chief executive", "Nordbank will cut 500 jobs")]),
        ("The National Bank of Norland kept its key rate at 15%. Its governor said inflation would slow to 6% by the end of the year.",
         [("National Bank of Norland governor", "inflation would slow to 6% by the end of the year")]),
        # a role and a name set off after the clause, however the parser hangs them, are no content
        ("Grain exports fell by 12 percent in May, the head of the port authority, Dmytro Savchuk, said on Tuesday.",
         [("Dmytro Savchuk", "Grain exports fell by 12 percent in May")]),
        ("Grain exports will fall by 12 percent in May, the chairman of the port authority, Dmytro Savchuk, said on Tuesday.",
         [("Dmytro Savchuk", "Grain exports will fall by 12 percent in May")]),
        # "said that" with the complementiser parsed as the verb's object: the content is what follows it
        ("General Ivo Lind said that for the first time German troops would be integrated with Polish and US units.",
         [("Ivo Lind", "for the first time German troops would be integrated with Polish and US units")]),
        # a double-barrelled surname is one name
        ('Economy minister Andrei Spinu-Lazar met investors on Tuesday. "We will cut the gas tariff in July," Spinu-Lazar said.',
         [("Andrei Spinu-Lazar", "We will cut the gas tariff in July")]),
        # "said A would happen and pledged B": the pledge is the speaker's own, a second claim, not part of A
        ("Energy Minister Ion Lupu said the plant would reopen in May and pledged to raise wages by autumn.",
         [("Ion Lupu", "the plant would reopen in May"), ("Ion Lupu", "to raise wages by autumn")]),
        # a duty to tell is nothing told
        ("Norland must tell its neighbours that the pipeline is safe.", []),
        # "his office" after a sentence about someone who could not be reached is that person's office
        ("Tomas Berg spoke on Monday. The mayor, Ion Vasile, could not be reached. His office said he would speak on Friday.",
         [("Ion Vasile", "he would speak on Friday")]),
        # "According to X," reports the whole clause after it, even where the clause opens with a role ("the senator")
        ("According to exit polls, the senator had a lead in May, but lost the race.",
         [("exit polls", "the senator had a lead in May, but lost the race.")]),
        ("According to the polls, Anna Lind had a lead over Tomas Berg in May, but lost the race.",
         [("the polls", "Anna Lind had a lead over Tomas Berg in May, but lost the race.")]),
        # a name the recogniser ran into the body named before the comma is the speaker alone
        ("In a meeting with the board of the Daily Ledger, Harlan said that the port may close.", [("Harlan", "the port may close")]),
        # an utterance or a paper someone put out reports for them; a report someone only reacted to does not
        ("The ministry issued a statement on Monday saying the port would close by winter.",
         [("the ministry", "the port would close by winter")]),
        ("General Ivo Lind posted a video saying the war would end by winter.", [("Ivo Lind", "the war would end by winter")]),
        ("Investors shrugged off a report saying the port would close.", []),
        # "and ended by saying": the subject "and" shares
        ("Mayor Anna Lind spoke for an hour and ended by saying the port would reopen in May.",
         [("Anna Lind", "the port would reopen in May")]),
        # a part of a counted group
        ("The union has 40,000 members, some of whom said they would strike in May.",
         [("some of the 40,000 members", "they would strike in May")]),
        # an appositive the parser hung on a subject after its verb is no part of it
        ("A majority of voters expect Anna Lind to win the debate on Monday, 44 percent to 34 percent.",
         [("a majority of voters", "Anna Lind to win the debate on Monday")]),
        # a paper or a recording named without an article speaks for itself, as plural documents do
        ("Footage shows that the driver had his hands in the air.", [("Footage", "the driver had his hands in the air")]),
        ("Official data show that prices rose by a tenth in May.", [("Official data", "prices rose by a tenth in May")]),
        ("Court records show that the mayor paid no taxes in 2019.", [("Court records", "the mayor paid no taxes in 2019")]),
        # a quotation's frame with a verb of speech no list holds: a past-tense verb and a name, nothing else
        ('"The impossible is becoming possible," rejoiced Anna Berg, the chief economist at Nordbank.',
         [("Anna Berg", "The impossible is becoming possible")]),
        ('"We will win this," Berg quipped.', [("Berg", "We will win this")]),
        ('"Northern Lights," directed by Anna Berg, opens in May.', []),
        # a closing frame the parser misread (the verb a noun, or a relative clause of the speaker's role)
        ("Grain exports will reach 40 million tonnes this year, the Farmers' Council forecasts.",
         [("Farmers' Council", "Grain exports will reach 40 million tonnes this year")]),
        ("Russia will try to seize Huliaipole before the summer, military observer Yuriy Fedun said.",
         [("Yuriy Fedun", "Russia will try to seize Huliaipole before the summer")]),
        # the reported clause hung on the participle that describes the paper it was said in
        ("Lena Marsh's attorneys said in a motion filed Thursday that prosecutors had withheld evidence.",
         [("Lena Marsh's attorneys", "prosecutors had withheld evidence")]),
        # a judgement's holder after a prepositional frame, as "according to" (and translated copy's "by the assessment of")
        ("By the assessment of the Centre for Defence Strategies, Russia will form two new armies by the summer.",
         [("Centre for Defence Strategies", "Russia will form two new armies by the summer.")]),
        ("Russia will form two new armies by the summer, in the judgment of most analysts.",
         [("most analysts", "Russia will form two new armies by the summer")]),
        # a forecasting verb read as a noun before its object's infinitive
        ("The bank forecast prices to fall next year.", [("the bank", "prices to fall next year")]),
        # "X, asked about Y, said: ..." with the interruption parsed as the report: X speaks, not Y
        ('Senator Mara Holt, asked about the president, said: "I have said what I have to say."',
         [("Mara Holt", "I have said what I have to say.")]),
        # a party's member is a role: someone unnamed, or the person just named
        ('"I have never seen anything like it," said one House Republican, who asked not to be named.',
         [("one House Republican", "I have never seen anything like it")]),
        ("Senator Mara Holt returned home on Friday. The Maine Democrat said the bill was dead.", [("Mara Holt", "the bill was dead")]),
        # ... and its members, a group left unnamed (the tagger leaves "Democrats" unlemmatised)
        ("Democrats said the bill would fail.", [("Democrats", "the bill would fail")]),
        # (until then only the trained stage found this one)
        ("Republicans complained that the new toll would drive the fishing fleet to other ports.",
         [("Republicans", "the new toll would drive the fishing fleet to other ports")]),
        ("Senate Republicans warned that the plan would raise taxes.", [("Senate Republicans", "the plan would raise taxes")]),
        # (until a party's member was a role, only the trained stage found this one)
        ("One Democrat warned that the new toll would drive the fishing fleet to other ports.",
         [("one Democrat", "the new toll would drive the fishing fleet to other ports")]),
    ],
)
def test_more_reporting_patterns(nlp: Language, no_directory: Directory, text: str, expected: list[tuple[str, str]]) -> None:
    assert said(text, nlp, no_directory) == expected


# With the shipped directory, whose places ("Kherson") are names of their own.
@pytest.mark.parametrize(
    "text, expected",
    [
        # a given name the recogniser took for a nationality, before a surname of the region's shape
        ("The shelling damaged two houses, said the head of the Kherson city military administration Roman Mrochko on the air.",
         [("Roman Mrochko", "The shelling damaged two houses")]),
        # an inverted frame's role and the name the parser hung on the verb after it
        ("The bridge is safe, assured the secretary of the parliamentary committee on transport Roman Kostenko.",
         [("Roman Kostenko", "The bridge is safe")]),
        # a body the directory knows, in words the tagger took for no name ("MoD" a common noun)
        ("The Russian MoD claimed that the bridge was safe.", [("Ministry of Defence of Russia", "the bridge was safe")]),
        # a date before a paper is no body's name: the paper's owner speaks
        ("ISW's March 7 assessment noted that the rebels were regrouping.",
         [("Institute for the Study of War", "the rebels were regrouping")]),
    ],
)
def test_a_name_after_a_title_of_several_phrases(nlp: Language, directory: Directory, text: str, expected: list[tuple[str, str]]) -> None:
    assert said(text, nlp, directory) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a frame closing a wire lead, with the writer's words after it
        ("The ferry line to Tallinn will restart in April, the operator said on Monday, while cargo runs will wait until summer.",
         [("the operator", "The ferry line to Tallinn will restart in April")]),
        ("The tunnel will open to cars in June, the ministry said, with full capacity restored a year later.",
         [("the ministry", "The tunnel will open to cars in June")]),
        ("Norland and Sudland will apply jointly for the games, the two sports federations said on Tuesday, in a move their "
         "mayors hope will bring investment.",
         [("the two sports federations", "Norland and Sudland will apply jointly for the games")]),
        # one more of the unnamed sources just quoted
        ("One European official said a truce was unlikely. Another said talks might resume within weeks.",
         [("one European official", "a truce was unlikely"), ("another official", "talks might resume within weeks")]),
        ("Two diplomats said the talks had stalled. A third said they would resume in May.",
         [("two diplomats", "the talks had stalled"), ("a third diplomat", "they would resume in May")]),
        # market reporting's groups of traders speak as "analysts" do
        ("Exporters expect grain prices to firm in the coming weeks.", [("exporters", "grain prices to firm in the coming weeks")]),
        # a clause before a colon leads into the report; it is not what was reported
        ("Firms were calmer: company managers expect inflation of 9% over the next year.",
         [("company managers", "inflation of 9% over the next year")]),
        # a plural body, or a company noun, the article does not name
        ("The port will close for repairs in May, the three harbour authorities said in a joint statement.",
         [("the three harbour authorities", "The port will close for repairs in May")]),
        ("The port fees will be cut from July, the two ministries announced.",
         [("the two ministries", "The port fees will be cut from July")]),
        ("The second span will be finished by October, the contractor said.", [("the contractor", "The second span will be finished by October")]),
        # the frame's verb read as a participle describing the body
        ("The harbour will reopen in June, the federations announced on Monday.",
         [("the federations", "The harbour will reopen in June")]),
        # a participle describing what is no speaker is no frame; a lone plural of a company noun is no body
        ("Fees will rise sharply under the new tariff, the largest increase announced this year.", []),
        ("The rules allow companies to tell the tax office that the branch is a partnership.", []),
    ],
)
def test_wire_copy_frames_and_unnamed_sources(nlp: Language, no_directory: Directory, text: str, expected: list[tuple[str, str]]) -> None:
    assert said(text, nlp, no_directory) == expected


@pytest.mark.parametrize("text, expected", [
        # a quotation that ends its sentence inside the report it closes has no frame after it: the next sentence's
        # "he added" is another report (and "he" the man who spoke last)
        ('Anna Berg said the talks had been useful. Mircea Dobre said the summit had shown that "the sea is no longer a '
         'side issue." He added that the patrols would start in May.',
         [("Anna Berg", "the talks had been useful"), ("Mircea Dobre", 'the summit had shown that "the sea is no longer a side issue."'),
          ("Mircea Dobre", "the patrols would start in May")]),
        # a short answer with its own frame, which the quotation after it continues
        ('"We will borrow," said Maarja Kuusk.\n\nOzola asked whether voters would accept cuts. "In Latvia, no," replied '
         'Janis Berzins. "You will see it at the ballot box in October."',
         [("Maarja Kuusk", "We will borrow"), ("Janis Berzins", "In Latvia, no"),
          ("Janis Berzins", "You will see it at the ballot box in October.")]),
        # a quoted fragment that closes a report is part of it, its condition kept
        ('Minister Ivo Marten said Norland aims to put forward three host cities, including Tarnow, "if the security '
         'situation allows." Officials hope to renovate the stadium by 2031.',
         [("Ivo Marten", 'Norland aims to put forward three host cities, including Tarnow, "if the security situation allows."')]),
        # the quotation's closing mark ends what was said, however the parser hung the words after it
        ('"Returns will stall," UNHCR\'s regional director for Europe, Ilse Marten-Lund, told a briefing in Geneva.',
         [("Ilse Marten-Lund", "Returns will stall")]),
        # (not a quoted phrase inside a sentence with a participle after it)
        ('Tomas Berg admires the mayor as a "strong leader," comparing him to Anna Lind. "He builds," Berg said.',
         [("Tomas Berg", "He builds")]),
])
def test_which_frame_a_quotation_takes(nlp: Language, no_directory: Directory, text: str, expected: list[tuple[str, str]]) -> None:
    assert said(text, nlp, no_directory) == expected


@pytest.mark.parametrize("text, expected", [
    # the people a pronoun's owner has speak, not the owner; "according to him" is the man
    ("Mayor Anna Lind will resign in May, according to two members of her party.",
     [("two members of her party", "Mayor Anna Lind will resign in May")]),
    ("Tomas Berg spoke first. According to him, Anna Lind will resign in May.", [("Tomas Berg", "Anna Lind will resign in May.")]),
])
def test_according_to_a_phrase_with_a_pronoun(nlp: Language, no_directory: Directory, text: str, expected: list[tuple[str, str]]) -> None:
    assert said(text, nlp, no_directory) == expected


@pytest.mark.parametrize("text, speaker", [
    # the body, not the country that owns it (whatever the tagger makes of "ministry"), and a company noun so owned
    ("Norland's foreign ministry said that the drills would start in May.", "Norland's foreign ministry"),
    ("Cyprus' grid operator said that the tests would start in May.", "Cyprus' grid operator"),
    # (a body's office abroad, not the city it is in)
    ("The Nordic Council's representation in Vilnius said the claim was fabricated.", "Nordic Council's representation"),
])
def test_a_body_named_by_its_owner_speaks(nlp: Language, no_directory: Directory, text: str, speaker: str) -> None:
    extraction = extract(source(text), no_directory, nlp)
    assert [(o.name, o.kind) for o in extraction.organisations if o.id == extraction.claims[0].speaker_id] == [(speaker, "organisation")]


@pytest.mark.parametrize("text, condition", [
    ("The union could open the first chapter before June, diplomats said, unless Norland blocks it.", "unless Norland blocks it"),
    ("If the talks fail, analysts said, the port could face a blockade.", "If the talks fail"),
])
def test_a_condition_on_either_side_of_a_frame_conditions_the_forecast(nlp: Language, no_directory: Directory, text: str,
                                                                       condition: str) -> None:
    predictions = [p for c in extract(source(text), no_directory, nlp).claims for p in c.predictions]
    assert [p.condition for p in predictions] == [condition]


def test_a_clause_before_a_semicolon_is_no_content_of_the_next(nlp: Language, no_directory: Directory) -> None:
    text = "Nordbank swings to a loss as the pipeline halt bites; its chief executive sees a recovery by autumn."
    assert [words for _, words, _ in claims(extract(source(text), no_directory, nlp))] == ["a recovery by autumn"]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Prices rose in May. Kestrel said it would remove the posts.", "organisation"),
        ("Prices rose in May. Kestrel said it would take years to rebuild the port.", "person"),  # an empty "it"
    ],
)
def test_a_name_reporting_of_itself_as_it_is_a_body(nlp: Language, no_directory: Directory, text: str, kind: str) -> None:
    extraction = extract(source(text), no_directory, nlp)
    assert [(p.name, p.kind) for p in extraction.people] + [(o.name, "organisation") for o in extraction.organisations] == [("Kestrel", kind)]


def test_a_lone_name_with_kin_is_a_persons(nlp: Language, no_directory: Directory) -> None:
    text = "Tetiana, whose son was captured in May, said she had not heard from him since."
    extraction = extract(source(text), no_directory, nlp)
    assert [p.name for p in extraction.people] == ["Tetiana"] and not extraction.organisations


@pytest.mark.parametrize("name", ["Nezavisimaya Gazeta", "Novaya Gazeta Europe", "The Halden Times"])
def test_a_newspapers_name_is_a_body_whatever_the_recogniser_says(nlp: Language, no_directory: Directory, name: str) -> None:
    extraction = extract(source(f"{name} says the authorities are preparing for elections."), no_directory, nlp)
    assert [o.name for o in extraction.organisations] == [name.removeprefix("The ")] and not extraction.people


# Where a claim was read: the outlet or organisation that relays it (Claim.via), in sentences of our own.
@pytest.mark.parametrize(
    "text, speaker, via",
    [
        ("Prices will rise sharply in spring, reports Radio Nord, citing Olena Kovalenko.", "Olena Kovalenko", "Radio Nord"),
        # what an outlet reports is a frame pointing back: it relays the statement before
        ("The rebels will not call up new reservists before the election.\n\nThe Norland Defence Ministry said this in an "
         "intelligence update posted on its website, Nordwire reports.", "Norland Defence Ministry", "Nordwire"),
        ("Nordwire reported, citing the Harbour Ministry, that the port had reopened overnight.", "Harbour Ministry", "Nordwire"),
        ("Nordwire quoted Deputy Harbour Minister Olena Kovalenko as saying that the port would reopen in May.",
         "Olena Kovalenko", "Nordwire"),
        ("The harbour will reopen in May. This was reported by Nordwire with reference to port director Tomas Berg.",
         "Tomas Berg", "Nordwire"),
        ("The Institute of Strategy recalled that Olena Kovalenko said the port would reopen in May.",
         "Olena Kovalenko", "Institute of Strategy"),
        ("The government plans to call up 200,000 reservists, Nordwire has learned from a source close to the ministry.",
         "a source close to the ministry", "Nordwire"),
        ("Norland will not close the port, Mayor Tomas Berg told reporters after the meeting, Nordwire has learned.",
         "Tomas Berg", "Nordwire"),
        # the medium the words were given to
        ("The port will reopen in May, Tomas Berg said in a comment to Radio Nord.", "Tomas Berg", "Radio Nord"),
        ("The port will reopen in May, Tomas Berg said in an interview with the kestrel.lt news website.", "Tomas Berg", "kestrel.lt"),
        # people are whom it was told, not a medium
        ("The port will reopen in May, Tomas Berg told reporters.", "Tomas Berg", None),
        ("The central bank is likely to cut rates again in June, economists polled by Nordwire said.", "economists", "Nordwire"),
        # the passive: "X was cited by Y as saying"; without "by", no relay
        ("Olena Kovalenko was cited by Radio Nord as saying that the port would reopen in May.", "Olena Kovalenko", "Radio Nord"),
        ("Olena Kovalenko was quoted as saying that the port would reopen in May.", "Olena Kovalenko", None),
        # "According to Y, she accused ...": the pronoun's person speaks, Y relays
        ("Liis Kask spoke at the port. According to Radio Nord, she also accused the board of preparing new fees.",
         "Liis Kask", "Radio Nord"),
        ('"The rebels will test us," harbour chief Tomas Berg said in remarks reported by Radio Nord.', "Tomas Berg", "Radio Nord"),
        # "X, quoted by Y, said"
        ("Olena Kovalenko, cited by Radio Nord, said that the port would reopen.", "Olena Kovalenko", "Radio Nord"),
        # "X's office said she had ...": "she" is X, whoever spoke before
        ("Tomas Berg spoke first. Olena Kovalenko's office said she had told the crews to stay in port.",
         "Olena Kovalenko", "Olena Kovalenko's office"),
        # an "as" frame around a report relays it
        ("As Radio Nord reported, the Harbour Ministry said that the ferries would run again in June.", "Harbour Ministry", "Radio Nord"),
        ("As reported by Radio Nord, Olena Kovalenko said that the ferries would run again in June.", "Olena Kovalenko", "Radio Nord"),
        # ... and so does one inside it ("told Y, as cited by Z, that A")
        ("Deputy Minister Olena Kovalenko told the Halden Post, as cited by Nordwire, that no new levy was planned.",
         "Olena Kovalenko", "Nordwire"),
        # "quoted X as saying A", however the parser hangs the "as"
        ("Nordwire quoted three officials familiar with the talks as saying the board was considering a new levy.",
         "three officials familiar with the talks", "Nordwire"),
        # ... and after the clause: "<clause>, Y quoted X as saying", X a name, a description or a pronoun
        ("The port will reopen in May, Nordwire quoted Deputy Minister Tomas Berg as saying.", "Tomas Berg", "Nordwire"),
        ("The port will reopen in May, Nordwire quoted the port director as saying.", "port director", "Nordwire"),
        ("Tomas Berg visited the port on Monday. It will reopen in May, Nordwire quoted him as saying.", "Tomas Berg", "Nordwire"),
        # a document an outlet has seen speaks; the outlet relays it
        ("According to a draft seen by Nordwire, the package would ban transshipment from January 2027.", "a draft", "Nordwire"),
        ("According to a draft examined by Nordwire, the package would ban transshipment from January 2027.", "a draft", "Nordwire"),
        # translated copy: the outlet a comment went to ends where the person who gave it begins
        ('Said in a comment to the outlet Energy Today analyst Dan Ursu: "Prices will double by winter."', "Dan Ursu",
         "outlet Energy Today"),
        ("Documents seen by Nordwire show that the fleet plans to buy four tugs by 2028.", "documents", "Nordwire"),
        ("The minutes, obtained by Nordwire, show that the board discussed a levy.", "the minutes", "Nordwire"),
        # a relay frame closing a whole report, frame and all, whatever the parser hung it on
        ("Olena Kovalenko said the port would reopen in May, Nordwire reported.", "Olena Kovalenko", "Nordwire"),
        ("Mayor Tomas Berg said on Thursday that the port would reopen in May, the state news agency Nordwire reported.",
         "Tomas Berg", "Nordwire"),
        ("The port will reopen in May, Tomas Berg told reporters, Nordwire reported.", "Tomas Berg", "Nordwire"),
        ("The Harbour Ministry said the port would reopen in May, the agency reported.", "Harbour Ministry", "the agency"),
        # "<clause>, X said, quoted by Y": a bare participle after the frame, whatever the parser hung it on
        ("Norland will receive new ferries from Halden in June, harbour commander Tomas Berg said, quoted by the state agency "
         "Nordwire.", "Tomas Berg", "Nordwire"),
        ("The port will get more tugs in April, Deputy Minister Olena Kovalenko said, quoted by Nordwire.", "Olena Kovalenko", "Nordwire"),
    ],
)
def test_the_outlet_that_relays_a_claim(nlp: Language, no_directory: Directory, text: str, speaker: str, via: str | None) -> None:
    extraction = extract(source(text, publisher=None), no_directory, nlp)
    names = {r.id: r.name for r in (*extraction.people, *extraction.organisations)}
    [claim] = extraction.claims
    assert (names[claim.speaker_id], claim.via) == (speaker, via)
    if via is not None:
        assert claim.via_start is not None and text[claim.via_start : claim.via_end] == via


def test_a_name_set_off_by_a_trade_is_a_person(nlp: Language, no_directory: Directory) -> None:
    # whatever the recogniser took "Elena" for: only a person is "a pharmacist" (no lexicon lists every trade)
    extraction = extract(source('"Prices will go up again in the autumn," said Elena, a pharmacist in Balti.'), no_directory, nlp)
    assert [p.name for p in extraction.people] == ["Elena"] and not extraction.organisations


def test_a_body_of_another_country_is_not_the_directorys(nlp: Language, directory: Directory) -> None:
    # the directory knows Ukraine's State Border Guard Service; Lithuania's is another body
    text = "According to the State Border Guard Service of Lithuania, 300 balloons crossed the border in May."
    extraction = extract(source(text), directory, nlp)
    assert [o.name for o in extraction.organisations] == ["State Border Guard Service of Lithuania"]


def test_an_and_in_the_speakers_title_after_a_quotation_is_the_frames(nlp: Language, no_directory: Directory) -> None:
    text = ('The premium stands at 1%, according to Kestrel Brokers. "Underwriters are pricing in the risk," the firm\'s head '
            'of hull and war, Ian Small, said.')
    extraction = extract(source(text), no_directory, nlp)
    names = {r.id: r.name for r in (*extraction.people, *extraction.organisations)}
    quoted = [c for c in extraction.claims if c.direct]
    assert [(names[c.speaker_id], c.cue) for c in quoted] == [("Ian Small", "said")]


def test_the_publisher_told_is_no_relay(nlp: Language, no_directory: Directory) -> None:
    # in the Halden Post's own copy, what was told to it was told to the writer: no outlet relays it
    text = "The minister told the Halden Post that taxes would rise next year."
    [claim] = extract(source(text, publisher="Halden Post"), no_directory, nlp).claims
    assert claim.via is None
    [claim] = extract(source(text, publisher="Nordwire"), no_directory, nlp).claims
    assert claim.via == "Halden Post"


def test_the_one_who_asks_is_not_the_one_who_answers(nlp: Language, no_directory: Directory) -> None:
    text = ("Senator Ruth Calder questioned the panel. Asked by Calder how long the stocks would last, he said they would "
            "run out by May.")
    assert all(speaker != "Ruth Calder" for speaker, _ in said(text, nlp, no_directory))


_INTELLIGENCE = Organisation("org:norland-defence-intelligence", "Norland Defence Intelligence")
_TITLED_BODY = Directory(organisations=(_INTELLIGENCE,), titles={"military intelligence": _INTELLIGENCE.id})


@pytest.mark.parametrize("text, expected", [
    # a body's title after "<role> of" places a person: the one introduced so, or an unnamed holder
    ("The head of military intelligence, Lena Varga, said the rebels would regroup by May. The head of military intelligence "
     "added that the rebels lacked fuel.", [("Lena Varga", "the rebels would regroup by May"), ("Lena Varga", "the rebels lacked fuel")]),
    ("The head of military intelligence said the rebels would regroup by May.",
     [("the head of military intelligence", "the rebels would regroup by May")]),
    # the title alone is the body's
    ("Military intelligence said the rebels would regroup by May.", [("Norland Defence Intelligence", "the rebels would regroup by May")]),
])
def test_a_bodys_title_after_a_role_names_a_person(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    result = extract(source(text), _TITLED_BODY, nlp)
    names = {r.id: r.name for r in (*result.people, *result.organisations)}
    assert [(names[c.speaker_id], c.text) for c in result.claims] == expected


def test_a_role_spelt_like_a_known_outlet_is_the_person(nlp: Language, directory: Directory) -> None:
    # "the economist" is the economist just named; "The Economist" (capitalised) the weekly the directory knows
    text = ("Mirela Dobos, an economist at Halden Bank, said prices had peaked. The economist expects wages to rise by May.\n\n"
            "The Economist reported that the ferry would resume in May.")
    result = extract(source(text), directory, nlp)
    names = {r.id: r.name for r in (*result.people, *result.organisations)}
    assert [names[c.speaker_id] for c in result.claims] == ["Mirela Dobos", "Mirela Dobos", "The Economist"]


@pytest.mark.parametrize("text, expected", [
    # a body named by its abbreviation, then by the noun of its kind, whose initial the abbreviation holds
    ("The NRF said the port needed repairs. The fund expects traffic to grow by 2% this year.",
     [("NRF", "the port needed repairs"), ("NRF", "traffic to grow by 2% this year")]),
    ("The NRF said the port needed repairs. The Fund expects traffic to grow by 2% this year.",
     [("NRF", "the port needed repairs"), ("NRF", "traffic to grow by 2% this year")]),
    ("NDA said it would send more ships. The alliance expects the rebels to test its patrols this year.",
     [("NDA", "it would send more ships"), ("NDA", "the rebels to test its patrols this year")]),
    # ... not a body whose abbreviation cannot stand for it
    ("NDA said it would send more ships. The fund expects the rebels to test its patrols this year.",
     [("NDA", "it would send more ships"), ("the fund", "the rebels to test its patrols this year")]),
])
def test_a_body_named_by_abbreviation_then_by_its_kind(nlp: Language, no_directory: Directory, text: str,
                                                        expected: list[tuple[str, str]]) -> None:
    result = extract(source(text), no_directory, nlp)
    names = {r.id: r.name for r in (*result.people, *result.organisations)}
    assert [(names[c.speaker_id], c.text) for c in result.claims] == expected
