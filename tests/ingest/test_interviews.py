"""Interviews printed as dash turns: the blocks found, and whose words the answers are (sentences our own)."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from graph.model import Source
from ingest.directory import Directory
from ingest.extract import extract
from ingest.interviews import interview_blocks, labelled_blocks

INTERVIEW = """\
— Will the port reopen this winter?
— I do not think so. The repairs will take until March.

— And the ferries?
— They will sail again in April."""


def test_a_run_of_turns_with_a_question_is_an_interview() -> None:
    [block] = interview_blocks(INTERVIEW)
    assert [(INTERVIEW[t.start:t.end], t.question) for t in block] == [
        ("Will the port reopen this winter?", True),
        ("I do not think so. The repairs will take until March.", False),
        ("And the ferries?", True),
        ("They will sail again in April.", False),
    ]


def test_a_list_without_a_question_and_turns_apart_are_no_interview() -> None:
    assert interview_blocks("Items:\n- the budget\n- the ferries") == []
    assert interview_blocks("— Will it open?\nThe mayor did not answer.\n— It will, in May.") == []


def answers(text: str, nlp: Language, directory: Directory) -> list[tuple[str, str, bool]]:
    extraction = extract(Source("src:interview", text, published=date(2025, 10, 2)), directory, nlp)
    names = {p.id: p.name for p in extraction.people}
    return [(names.get(c.speaker_id, c.speaker_id), c.text, c.direct) for c in extraction.claims]


def test_the_frame_after_the_turns_names_the_interviewee(nlp: Language, no_directory: Directory) -> None:
    text = INTERVIEW + "\n\nThis was stated by the port director Olena Kovalenko in an interview with Radio Nord."
    assert answers(text, nlp, no_directory) == [
        ("Olena Kovalenko", "I do not think so. The repairs will take until March.", True),
        ("Olena Kovalenko", "They will sail again in April.", True),
    ]


def test_without_a_frame_the_person_of_the_lead_is_the_interviewee(nlp: Language, no_directory: Directory) -> None:
    text = "Port director Olena Kovalenko spoke to Radio Nord on Monday.\n\n" + INTERVIEW + "\n\nThe interview was recorded in Oslo."
    found = answers(text, nlp, no_directory)
    assert [(who, words) for who, words, _ in found] == [
        ("Olena Kovalenko", "I do not think so. The repairs will take until March."),
        ("Olena Kovalenko", "They will sail again in April."),
    ]


def test_the_outlet_the_interview_was_given_to_is_not_the_interviewee(nlp: Language, no_directory: Directory) -> None:
    # (the recogniser takes "Ukrainska Pravda" for a person)
    text = "Port director Olena Kovalenko gave an interview to Ukrainska Pravda.\n\n" + INTERVIEW
    assert {who for who, _, _ in answers(text, nlp, no_directory)} == {"Olena Kovalenko"}


def test_what_an_answer_reports_stays_the_interviewees(nlp: Language, no_directory: Directory) -> None:
    text = ("Port director Olena Kovalenko spoke to Radio Nord.\n\n— Will the strike end?\n"
            "— As the union leader Tomas Berg said last week, the workers will not give in.")
    assert [(who, words) for who, words, _ in answers(text, nlp, no_directory)] == [
        ("Olena Kovalenko", "As the union leader Tomas Berg said last week, the workers will not give in.")]


LABELLED = """\
Q: Ms Kovalenko, will the port reopen this winter?

A: I do not think so. The repairs will take until March.

Q: And the ferries?

A: They will sail again in April."""


def test_question_and_answer_labels_make_turns_whatever_their_marks() -> None:
    [block] = interview_blocks(LABELLED + "\n\nQ: Tell us about the budget.\n\nA: Is it enough? Nobody knows.")
    assert [t.question for t in block] == [True, False, True, False, True, False]  # "Q:" asks, "A:" answers


def test_the_person_a_question_addresses_is_the_interviewee(nlp: Language, no_directory: Directory) -> None:
    text = LABELLED + "\n\nOlena Kovalenko directs the port of Halden."
    assert [(who, words) for who, words, _ in answers(text, nlp, no_directory)] == [
        ("Olena Kovalenko", "I do not think so. The repairs will take until March."),
        ("Olena Kovalenko", "They will sail again in April."),
    ]


def test_else_the_person_the_paragraph_after_names_not_the_interviewer(nlp: Language, no_directory: Directory) -> None:
    text = LABELLED.replace("Ms Kovalenko, will", "Will") + "\n\nOlena Kovalenko directs the port. She was interviewed by Tomas Berg."
    assert {who for who, _, _ in answers(text, nlp, no_directory)} == {"Olena Kovalenko"}
    text = LABELLED.replace("Ms Kovalenko, will", "Will") + "\n\nThe interview was conducted by Tomas Berg."
    assert answers(text, nlp, no_directory) == []  # the interviewer never answers


def test_transcript_turns_need_two_labelled_lines_and_two_labels() -> None:
    text = "BERG: The navy lacks ships.\n\nNOVAK: Are you sure?\n\nNote: the hearing went on.\n\nUpdate: it ended."
    [block] = labelled_blocks(text)
    assert [(text[t.label_start : t.label_end], text[t.start : t.end], t.question) for t in block] == [
        ("BERG", "The navy lacks ships.", False), ("NOVAK", "Are you sure?", True),
        ("Note", "the hearing went on.", False), ("Update", "it ended.", False)]  # (extract keeps only labels naming people)
    assert labelled_blocks("BERG: The navy lacks ships.\n\nBERG: And the crews.") == []  # one speaker: no exchange
    assert labelled_blocks("Q: Will it rain?\nA: Yes.") == []  # question-and-answer turns are interview_blocks'


BRACKETED = """\
The panel met on Sunday.

Lina Moraru (economist, Danube Institute): Prices will rise again in the spring.

Tudor Rusu (former deputy minister): The cabinet plans to raise the levy next year.

HOST: And the grid?

MORARU: The grid will hold if the plants stay open."""


def test_a_transcript_label_with_the_speakers_role_in_brackets_names_a_person(nlp: Language, no_directory: Directory) -> None:
    extraction = extract(Source("src:panel", BRACKETED, published=date(2025, 10, 2)), no_directory, nlp)
    people = {p.id: p for p in extraction.people}
    assert [(people[c.speaker_id].name, c.text) for c in extraction.claims] == [
        ("Lina Moraru", "Prices will rise again in the spring."),
        ("Tudor Rusu", "The cabinet plans to raise the levy next year."),
        ("Lina Moraru", "The grid will hold if the plants stay open."),
    ]
    # the bracket is the speaker's description: a role, and the body after a comma
    assert {(p.name, p.role, p.affiliation) for p in people.values()} == {
        ("Lina Moraru", "economist", "Danube Institute"), ("Tudor Rusu", "former deputy minister", None)}


def test_a_guest_in_capitals_answering_labelled_questions_is_a_person(nlp: Language, no_directory: Directory) -> None:
    # one named guest answering "QUESTION:" or the host's turns: an interview, whatever the answers' shape
    text = ("QUESTION (Radio): What can the camera see?\n\nDRAGAN: Half a metre. That is four times better.\n\n"
            "QUESTION (Radio): Any risk of jamming?\n\nDRAGAN: We take all risks into account.")
    assert answers(text, nlp, no_directory) == [("Dragan", "Half a metre. That is four times better.", True),
                                                ("Dragan", "We take all risks into account.", True)]
    text = "HOST: Welcome back.\n\nVERA: Thank you.\n\nHOST: How is the region coping?\n\nVERA: Barely. The heating works at night."
    assert answers(text, nlp, no_directory) == [("Vera", "Thank you.", True), ("Vera", "Barely. The heating works at night.", True)]


def test_a_digests_labels_and_an_episodes_number_name_no_one(nlp: Language, no_directory: Directory) -> None:
    # (a guest answers a question and never asks)
    text = "KHARKIV: Sirens sounded twice overnight.\n\nODESA: Will the port reopen before May?"
    assert answers(text, nlp, no_directory) == []
    assert answers('# Episode 12: "Is the region running out of gas?"\n\nThe plant is idle.', nlp, no_directory) == []


def test_a_turn_of_several_sentences_times_its_prediction_by_its_own_sentence(nlp: Language, no_directory: Directory) -> None:
    text = "ANNA: How is the region coping?\n\nIRINA: Barely. People have heat for a few hours a day. I think next winter will be worse."
    extraction = extract(Source("src:turns", text, published=date(2025, 10, 2)), no_directory, nlp)
    [claim] = extraction.claims
    assert claim.prediction is not None and claim.prediction.horizon == "next winter"


def test_a_question_label_in_capitals_or_with_its_outlet_names_no_one(nlp: Language, no_directory: Directory) -> None:
    text = "QUESTION: The mayor, Liis Kask, said yesterday that the port had reopened. Can you confirm?\n"
    assert answers(text, nlp, no_directory) == [("Liis Kask", "the port had reopened", False)]
    [block] = interview_blocks("QUESTION (Nordwire): Will the port reopen this winter?\nANSWER: It will, in May.")
    assert [t.question for t in block] == [True, False]


EXPLAINER = """Explainer: What the new gas rules mean for Norland

Q: Will prices rise?

A: Less than feared, traders say. "Storage is full," said Mihai Dobre, an analyst at Nordgas. An EU diplomat said the rules could still change.

Q: Could anyone block them?

A: Yes. Minister Ion Cojocaru said his government would not support the rules.
"""


def test_an_explainers_answers_citing_others_are_the_writers_and_keep_their_claims(nlp: Language, no_directory: Directory) -> None:
    # the headline's "Explainer:" names no one, and answers that report others by name are no interviewee's words
    assert answers(EXPLAINER, nlp, no_directory) == [
        ("Mihai Dobre", "Storage is full", True),
        ("an EU diplomat", "the rules could still change", False),
        ("Ion Cojocaru", "his government would not support the rules", False),
    ]
