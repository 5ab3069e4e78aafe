from __future__ import annotations

import pytest
from spacy.language import Language

from ingest.contents import phrase_content, trim, verb_content
from ingest.cues import find_cues


@pytest.mark.parametrize(
    "text, mark, expected",
    [(" , that Russia will attack, ", True, "Russia will attack"), ("that Russia will attack", False, "that Russia will attack"),
     ('"people will appreciate it,"', False, "people will appreciate it"), ("if the talks would resume", True, "the talks would resume"),
     # a sentence's own capitalised "If" opens a condition, not a reported question
     ("If necessary, they will.", True, "If necessary, they will."),
     # an answer's label opening its line is no one's words
     ("A: Less than feared", False, "Less than feared"), ("Answer: Less than feared", False, "Less than feared"),
     # the writer's remark on what was said goes, but not inside a quotation
     ("the port would close, a claim the board denies", False, "the port would close"),
     ('"the port would close, which they denied," she wrote', False, '"the port would close, which they denied," she wrote')],
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


# Sentences written for these tests: what a reporting verb reports.
@pytest.mark.parametrize(
    "text, verb, expected",
    [
        # A participle after the reported clause is the speaker's own act.
        ("The findings indicate that growth will slow next year, while showing less concern about prices.", "indicate",
         "growth will slow next year"),
        # A second "that" clause is reported too.
        ("Olena Kovalenko added that the port is “not as busy as people say,” but that more ships are expected in May.", "added",
         "the port is “not as busy as people say,” but that more ships are expected in May"),
        # "described X as Y": the object and its "as" phrase; without one, nothing.
        ("Kovalenko described the reform as a costly mistake.", "described", "the reform as a costly mistake"),
        ("Kovalenko described the flood in detail.", "described", None),
        ("The reform that Kovalenko described as a mistake was dropped.", "described", None),
        # A revised forecast: the forecast and what the verb's phrase says of it.
        ("The Bank of Norland lifted its inflation forecast for next year from 2.1 to 2.6 per cent.", "lifted",
         "its inflation forecast for next year from 2.1 to 2.6 per cent"),
        # A subjectless conjunct opening a quotation continues the report.
        ('Kovalenko said the mayor "won the vote," and still "walked off with a seat at the table."', "said",
         'the mayor "won the vote," and still "walked off with a seat at the table."'),  # the quotation closes in it
        # The writer's comment on a claim is no part of it.
        ("Kovalenko claimed that the port had reopened, a claim that could not be verified.", "claimed", "the port had reopened"),
        ('Kovalenko said that the unions were "preparing a strike", a claim for which she offered no evidence.', "said",
         'the unions were "preparing a strike"'),
        # A time that is the reported clause's subject stays in it.
        ("Kovalenko said the next months would be decisive.", "said", "the next months would be decisive"),
        # A denial of reports or claims: their "that" clause is the content.
        ("The government has denied reports that it plans to raise taxes.", "denied", "it plans to raise taxes"),
        ("The mayor dismissed claims that the bridge is unsafe.", "dismissed", "the bridge is unsafe"),
        # A day of the domain's calendar the parser hung on a forecasting verb belongs to its object, as a date does
        ("The mayor ruled out a pause in the works before Easter.", "ruled", "a pause in the works before Easter"),
        # ... and a time the parser hung on it before an "and" that goes on to another report
        ("They forecast growth of 1 percent this year and say the bank will wait.", "forecast", "growth of 1 percent this year"),
        # How or where it was said, set off by a comma after the clause, is the writer's
        ("The ministry said its forces had hit two depots, without giving details.", "said", "its forces had hit two depots"),
        ("Kovalenko said the port must prepare for winter, in her sharpest comments yet on the strike.", "said",
         "the port must prepare for winter"),
        # "warned of" a feared event: the event, with the time and the condition the parser hung on the verb
        ("The mayor warned of floods in the coming weeks unless the dam is repaired.", "warned",
         "floods in the coming weeks unless the dam is repaired"),
        ("The mayor warned the council that floods were coming.", "warned", "floods were coming"),
        # An "if" that opens a condition of the reported clause is part of it (not a reported question's "if")
        ("Kovalenko said that if re-elected she would cut the tax from July.", "said", "if re-elected she would cut the tax from July"),
        ("Kovalenko said if the talks fail, the union will strike in March.", "said",
         "if the talks fail, the union will strike in March"),
        # A forecasting verb's to-infinitive is what its subject foresees of itself (not "is expected to": others expect)
        ("Ukraine expects to receive new jets in the spring.", "expects", "to receive new jets in the spring"),
        ("The company does not expect to pay a dividend this year.", "does not expect", "to pay a dividend this year"),
        # A frame inside the clause it reports: the clause, frame and all.
        ("The new ferry line, Kovalenko said, will open in May.", "said", "The new ferry line, Kovalenko said, will open in May"),
        # ... after a fronted time too, wherever the parser hung it
        ("Next month, Mayor Olena Kovalenko announced, the city will open two new shelters.", "announced",
         "Next month, Mayor Olena Kovalenko announced, the city will open two new shelters"),
        ("Next month, the mayor announced, the city will open two new shelters.", "announced",
         "Next month, the mayor announced, the city will open two new shelters"),
        # A phrase of path, extent or purpose after a closing frame goes on with the clause (wherever the parser hung it);
        # one that tells where or how it was said is the writer's
        ("The army has built a new line, the general said, along the whole southern border.", "said",
         "The army has built a new line, the general said, along the whole southern border"),
        ("He has come up with a plan, he said, for how the region can keep its mines open.", "said",
         "He has come up with a plan, he said, for how the region can keep its mines open"),
        ("The army has built a new line, the general said, in an interview with a radio station.", "said",
         "The army has built a new line"),
        # ... and after any adverbial that opens the sentence: a purpose, a condition, a place
        ("To win this war, the general said, the country needs far more shells.", "said",
         "To win this war, the general said, the country needs far more shells"),
        ("Without more aid, the general said, the front will collapse by spring.", "said",
         "Without more aid, the general said, the front will collapse by spring"),
        ("To understand the crisis, Governor Ana Silva said, one should visit the flooded towns.", "said",
         "To understand the crisis, Governor Ana Silva said, one should visit the flooded towns"),
    ],
)
def test_verb_content(nlp: Language, text: str, verb: str, expected: str | None) -> None:
    doc = nlp(text)
    cue = next(c for s in doc.sents for c in find_cues(s) if c.text.startswith(verb))
    found = verb_content(cue, doc, 0)
    assert (text[found[0] : found[1]] if found else None) == expected
