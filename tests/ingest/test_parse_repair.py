"""The parse repair component: a closing frame's speaker the parser hung on the reported clause's last noun."""

from __future__ import annotations

import pytest
from spacy.language import Language

from ingest.parse_repair import COMPONENT


def _subject_and_object(nlp: Language, text: str, verb: str, noun: str) -> tuple[str, str]:
    doc = nlp(text)
    said = next(t for t in doc if t.text == verb)
    subject = next((c.text for c in said.children if c.dep_ == "nsubj"), "")
    return subject, next(t for t in doc if t.text == noun).dep_


def _repaired_nothing(nlp: Language, text: str) -> bool:
    """True when the repair component leaves the parse of ``text`` as the parser made it."""
    def parse() -> list[tuple[str, str, int]]:
        return [(t.text, t.dep_, t.head.i) for t in nlp(text)]
    with nlp.select_pipes(disable=[COMPONENT]):
        before = parse()
    return parse() == before


@pytest.mark.parametrize("text, verb, noun, subject", [
    # the preposition's object taken for the subject, the speaker for its appositive
    ("The ferry line will reopen before Easter, its director, Ivo Stan, said on Monday.", "said", "Easter", "director"),
    # the frame left without a subject, the speaker hung on the object as its appositive
    ("The next round will start after Christmas, its chairman, Petro Lysak, told reporters.", "told", "Christmas", "chairman"),
    # ... a frame the parser coordinated with the clause, with a role and a name both hung on its last noun: the role
    # is the subject (the name its appositive)
    ("Grain exports fell by 12 percent in May, the head of the port authority, Dmytro Savchuk, said on Tuesday.", "said", "May",
     "head"),
    # ... a speaker with no comma between it and the verb
    ("Prices will keep rising in Norland, an economist at the bank said.", "said", "Norland", "economist"),
    ("The ferry talks in Halden could resume after the Orthodox Easter, a diplomatic source in Tarnow told our correspondent.",
     "told", "Easter", "source"),
])
def test_a_closing_frame_gets_its_speaker_back(nlp: Language, text: str, verb: str, noun: str, subject: str) -> None:
    with nlp.select_pipes(disable=[COMPONENT]):
        assert _subject_and_object(nlp, text, verb, noun)[0] != subject  # (the small model's misparse, which the test needs)
    assert _subject_and_object(nlp, text, verb, noun) == (subject, "pobj")


def test_the_subject_of_a_clause_a_preposition_opens_stays(nlp: Language) -> None:
    # "after X, the investor, complained that A": X complained; the clause reports nothing before its verb
    text = "The rule was named after Tomas Berg, the investor, complained that his tax rate was too low."
    assert _repaired_nothing(nlp, text)


@pytest.mark.parametrize("text, stray", [
    ("Energy Minister Ion Lupu said the plant would reopen in May and pledged to raise wages by autumn.", "pledged"),
    ("The mayor said the bridge will open next year and thanked the builders.", "thanked"),
])
def test_a_finite_verb_coordinated_with_a_modal_clause_is_the_frames(nlp: Language, text: str, stray: str) -> None:
    # "said A would reopen and pledged B": "pledged" cannot share "would", and with no subject it shares "said"'s
    with nlp.select_pipes(disable=[COMPONENT]):
        assert next(t for t in nlp(text) if t.text == stray).head.dep_ == "ccomp"  # (the small model's misparse)
    word = next(t for t in nlp(text) if t.text == stray)
    assert (word.dep_, word.head.lemma_) == ("conj", "say")
    assert word.doc[word.i - 1].head == word.head  # its "and" too: the reported clause ends before it


@pytest.mark.parametrize("text", [
    "Ion Lupu said the plant would reopen in May and hire two hundred workers.",
    # (a past spelt as its base may share the modal too: "would close ... and cut ...")
    "Nordvik Steel said it would close two plants and cut 1,200 jobs by the end of the year.",
])
def test_a_conjunct_that_shares_the_clauses_modal_stays(nlp: Language, text: str) -> None:
    # "would reopen and hire": both under "would", both reported
    assert _repaired_nothing(nlp, text)


@pytest.mark.parametrize("text, cue, subject, clause", [
    # the small model reads "forecast(s)", "projects" after a noun as the noun of "bank forecasts", the clause as a
    # relative one, or hangs the speaker's last words on a preposition before it
    ("The central bank forecasts that inflation will fall to 3 percent by December.", "forecasts", "bank", "fall"),
    ("The IMF forecast that growth will slow to 2 percent next year.", "forecast", "IMF", "slow"),
    ("The Labour campaign projects that turnout will exceed 70 percent.", "projects", "campaign", "exceed"),
    ("Economists polled by the agency forecast that the bank will cut rates in May.", "forecast", "Economists", "cut"),
    ("In March, analysts at Nordhavn Capital forecast that exports will shrink by 5 percent in 2027.", "forecast", "analysts", "shrink"),
])
def test_a_reporting_verb_read_as_a_noun_is_a_verb(nlp: Language, text: str, cue: str, subject: str, clause: str) -> None:
    with nlp.select_pipes(disable=[COMPONENT]):
        assert next(t for t in nlp(text) if t.text == cue).pos_ != "VERB"  # (the small model's misparse)
    doc = nlp(text)
    word = next(t for t in doc if t.text == cue)
    assert word.pos_ == "VERB" and word.dep_ == "ROOT"
    assert [c.text for c in word.children if c.dep_ == "nsubj"] == [subject]
    assert [c.text for c in word.children if c.dep_ == "ccomp"] == [clause]
    assert all(t.head.sent == t.sent for t in doc)  # (one tree still)


@pytest.mark.parametrize("text", [
    # the noun of a clause of its own, and a subject that is one: no verb there
    "The talks collapsed amid news reports that the minister will resign.",
    "Bank forecasts that inflation would fall proved wrong.",
    "The minister dismissed false claims that the plant will close.",
])
def test_a_forecast_that_is_a_noun_stays_one(nlp: Language, text: str) -> None:
    assert _repaired_nothing(nlp, text)


@pytest.mark.parametrize("text, word, verb", [
    # the clause's last adjective made one of the speaker's name, across the comma
    ("The probability of a new offensive is high, Ihor Romanenko, a former deputy chief of staff, told the channel.", "high", "is"),
])
def test_a_predicate_made_the_speakers_adjective_goes_back_to_its_verb(nlp: Language, text: str, word: str, verb: str) -> None:
    with nlp.select_pipes(disable=[COMPONENT]):
        assert next(t for t in nlp(text) if t.text == word).dep_ == "amod"  # (the small model's misparse)
    token = next(t for t in nlp(text) if t.text == word)
    assert (token.dep_, token.head.text) == ("acomp", verb)


def test_adjectives_before_their_noun_stay(nlp: Language) -> None:
    # "a long, cold winter": the last adjective touches its noun
    text = "A long, cold winter is ahead, Ihor Romanenko said."
    assert _repaired_nothing(nlp, text)


def test_a_translated_object_first_frame_gets_its_speaker_as_subject(nlp: Language) -> None:
    # "Such an opinion ... expressed the observer X": the observer expressed it (translated word order)
    text = "Such an opinion in a comment to the radio expressed the military observer Denys Popovych."
    with nlp.select_pipes(disable=[COMPONENT]):
        assert _subject_and_object(nlp, text, "expressed", "observer") == ("opinion", "dobj")  # (the misparse)
    assert _subject_and_object(nlp, text, "expressed", "opinion") == ("observer", "dobj")


def test_a_translated_reminder_opening_the_sentence_is_no_subject(nlp: Language) -> None:
    # "Recall, the head of X stated ...": "Recall" tells the reader to remember; the head stated
    text = "Recall, the head of the agency Ivan Petrenko previously stated that the war could end in 2026."
    with nlp.select_pipes(disable=[COMPONENT]):
        assert _subject_and_object(nlp, text, "stated", "Recall")[0] == "Recall"  # (the misparse)
    assert _subject_and_object(nlp, text, "stated", "Recall") == ("head", "intj")


@pytest.mark.parametrize("text, subject, gerund", [
    ("Analysts warned that the conflict risks spreading to the south.", "conflict", "spreading"),
    ("The strike risks dragging on into next year, the union said.", "strike", "dragging"),
])
def test_risks_before_a_gerund_is_the_verb(nlp: Language, text: str, subject: str, gerund: str) -> None:
    with nlp.select_pipes(disable=[COMPONENT]):
        assert next(t for t in nlp(text) if t.text == "risks").pos_ == "NOUN"  # (the small model's misparse, which the test needs)
    risks = next(t for t in nlp(text) if t.text == "risks")
    assert (risks.pos_, [c.text for c in risks.children if c.dep_ == "nsubj"], [c.text for c in risks.children if c.dep_ == "xcomp"]) \
        == ("VERB", [subject], [gerund])


def test_risks_that_are_a_subject_stay_a_noun(nlp: Language) -> None:
    assert _repaired_nothing(nlp, "The climate risks facing farmers are growing, the minister said.")


@pytest.mark.parametrize("text, verb, subject, clause", [
    # the frame's verb read as a noun after the speaker, with or without a time phrase after it
    ("Grain exports will reach 40 million tonnes this year, the Farmers' Council forecasts.", "forecasts", "Council", "reach"),
    ("Prices will jump in January, the central bank forecast on Monday.", "forecast", "bank", "jump"),
    # the verb made a relative clause of the speaker's role, or an adjective of the inverted speaker's words
    ("Russia will try to seize Huliaipole before the summer, military observer Yuriy Fedun said.", "said", "Fedun", "try"),
    ("Prices could jump by 20% in January-February, warned retailer association head Oksana Lysenko.", "warned", "Lysenko", "jump"),
])
def test_a_closing_frame_the_parser_misread_heads_its_sentence(nlp: Language, text: str, verb: str, subject: str, clause: str) -> None:
    with nlp.select_pipes(disable=[COMPONENT]):
        assert next(t for t in nlp(text) if t.text == verb).dep_ != "ROOT"  # (the small model's misparse, which the test needs)
    doc = nlp(text)
    frame = next(t for t in doc if t.text == verb)
    assert (frame.dep_, frame.pos_) == ("ROOT", "VERB")
    assert [c.text for c in frame.children if c.dep_ == "nsubj"] == [subject]
    assert [c.text for c in frame.children if c.dep_ == "ccomp"] == [clause]


@pytest.mark.parametrize("text", [
    "Prices will jump in January, the central bank said on Monday.",  # (read right: nothing to mend)
    "The minister met the farmers, the traders and the bankers.",  # (no frame: a list)
    "Exports fell in May, and the ministry's reports were late.",  # (no frame: a clause of its own)
])
def test_a_sentence_without_a_misread_frame_stays(nlp: Language, text: str) -> None:
    assert _repaired_nothing(nlp, text)


@pytest.mark.parametrize("text, cue, misread, subject, dep, complement", [
    # a report read as a noun before an object and its infinitive: the infinitive is the verb's complement
    ("The IMF projects Ukraine's economy to grow 2% this year.", "projects", ("pos_", "NOUN"), "IMF", "ccomp", "grow"),
    ("The bank forecast prices to fall next year.", "forecast", ("pos_", "NOUN"), "bank", "ccomp", "fall"),
    # a forecasting verb read as the modifier of the noun after it: that noun is its object
    ("The World Bank projects growth of 3.2% for Moldova next year.", "projects", ("dep_", "compound"), "Bank", "dobj", "growth"),
    ("The IMF projects growth of 3% in Moldova next year.", "projects", ("dep_", "compound"), "IMF", "dobj", "growth"),
])
def test_a_report_read_as_a_noun_in_a_sentence_without_a_verb_is_the_verb(nlp: Language, text: str, cue: str, misread: tuple[str, str],
                                                                         subject: str, dep: str, complement: str) -> None:
    with nlp.select_pipes(disable=[COMPONENT]):  # (the small model's misparse, which the test needs)
        assert getattr(next(t for t in nlp(text) if t.text == cue), misread[0]) == misread[1]
    word = next(t for t in nlp(text) if t.text == cue)
    assert (word.dep_, word.pos_) == ("ROOT", "VERB")
    assert [c.text for c in word.children if c.dep_ == "nsubj"] == [subject]
    assert [c.text for c in word.children if c.dep_ == dep] == [complement]


def test_an_infinitive_with_a_finite_verb_in_its_sentence_stays(nlp: Language) -> None:
    assert _repaired_nothing(nlp, "Bank forecasts are to be published in May, officials said.")


@pytest.mark.parametrize("text", [
    "Bank projects worth 3 billion euros were approved.",  # a finite verb of its own: the noun compound stays
    "Sales forecasts for next year.",  # a headline's noun phrase opening with no subject before the word
])
def test_a_noun_compound_with_a_verb_or_without_a_subject_stays(nlp: Language, text: str) -> None:
    assert _repaired_nothing(nlp, text)


def test_a_frame_inside_the_clause_gives_back_the_clauses_subject(nlp: Language) -> None:
    doc = nlp("The council, says Lena Novak, is open to talks.")
    says, council, verb = (next(t for t in doc if t.text == w) for w in ("says", "council", "is"))
    assert (council.head, council.dep_) == (verb, "nsubj")
    assert [c.text for c in says.children if c.dep_ == "nsubj"] == ["Novak"]


@pytest.mark.parametrize("text, report", [
    ("The ministry said the port would reopen, the agency reported.", "said"),
    ("The talks will resume in May, Lena Novak told reporters, Nordwire reported.", "told"),
])
def test_a_relay_frame_closing_a_report_heads_the_sentence(nlp: Language, text: str, report: str) -> None:
    doc = nlp(text)
    reported, verb = (next(t for t in doc if t.text == w) for w in ("reported", report))
    assert reported.dep_ == "ROOT" and (verb.head, verb.dep_) == (reported, "ccomp")
    assert [c.dep_ for c in verb.children if c.dep_ == "ccomp"] == ["ccomp"]  # the report keeps its clause


def test_a_relay_verb_with_words_of_its_own_after_it_stays(nlp: Language) -> None:
    doc = nlp("The ministry said the port would reopen, the agency reported on Monday.")
    assert next(t for t in doc if t.text == "reported").dep_ != "ROOT"


def test_a_report_the_parser_made_a_complement_of_its_that_clause_heads_the_sentence(nlp: Language) -> None:
    doc = nlp("Nordwire reported, citing sources close to the board, that Lena Novak plans a new levy.")
    reported, plans = (next(t for t in doc if t.text == w) for w in ("reported", "plans"))
    assert reported.dep_ == "ROOT" and (plans.head, plans.dep_) == (reported, "ccomp")


def test_a_closing_inverted_frame_read_as_dep_heads_the_sentence(nlp: Language) -> None:
    doc = nlp("The National Bank will keep the base rate unchanged until the summer, informs BelTA.")
    informs, keep = (next(t for t in doc if t.text == w) for w in ("informs", "keep"))
    assert informs.dep_ == "ROOT" and (keep.head, keep.dep_) == (informs, "ccomp")


def test_a_cue_read_as_a_noun_in_an_as_clause_is_the_verb(nlp: Language) -> None:
    doc = nlp("As the Estonian Foreign Intelligence Service notes in its report, the Kremlin is preparing for a long confrontation.")
    notes = next(t for t in doc if t.text == "notes")
    assert notes.pos_ == "VERB" and [c.text for c in notes.children if c.dep_ == "nsubj"] == ["Service"]


@pytest.mark.parametrize("text, subject, verb", [
    # the subject the parser hung on the hedge before the modal ...
    ("Colonel Ivo Lind says Norland most likely will not attack the port this year.", "Norland", "attack"),
    # ... and the hedge it made the subject's modifier
    ("The decision most likely will come in May, the colonel said.", "decision", "come"),
])
def test_a_hedge_between_subject_and_modal_is_the_verbs(nlp: Language, text: str, subject: str, verb: str) -> None:
    doc = nlp(text)
    noun, act, likely = (next(t for t in doc if t.text == w) for w in (subject, verb, "likely"))
    assert (noun.head, noun.dep_) == (act, "nsubj") and likely.head == act


@pytest.mark.parametrize("text, subject, verb", [
    # a clause's verb read as a plural noun with its subject a compound ("Norland attacks" as "air attacks")
    ("It is only a matter of time before Norland attacks again.", "Norland", "attacks"),
])
def test_a_clause_verb_read_as_a_noun_is_the_verb(nlp: Language, text: str, subject: str, verb: str) -> None:
    doc = nlp(text)
    noun, act = (next(t for t in doc if t.text == w) for w in (subject, verb))
    assert (noun.head, noun.dep_) == (act, "nsubj") and act.pos_ == "VERB" and act.lemma_ == "attack"


def test_a_plural_noun_read_as_a_clause_verb_after_a_forecast_is_its_object(nlp: Language) -> None:
    doc = nlp("The harbour board expects no toll cuts this year.")
    cuts, expects, toll = (next(t for t in doc if t.text == w) for w in ("cuts", "expects", "toll"))
    assert (cuts.head, cuts.dep_, cuts.pos_) == (expects, "dobj", "NOUN") and (toll.head, toll.dep_) == (cuts, "compound")


@pytest.mark.parametrize("text, subject, verb, dep", [
    # a long subject set off by commas the parser hung on the auxiliary: the verb's
    ("The head of the port office, Mirela Dobos, is convinced that the front will hold through the winter.", "head", "convinced", "nsubjpass"),
    ("The chief economist of the bank, Tomas Varga, is convinced that inflation will fall.", "economist", "convinced", "nsubjpass"),
])
def test_a_subject_hung_on_the_auxiliary_is_the_verbs(nlp: Language, text: str, subject: str, verb: str, dep: str) -> None:
    doc = nlp(text)
    noun, act = (next(t for t in doc if t.text == w) for w in (subject, verb))
    assert (noun.head, noun.dep_) == (act, dep)


@pytest.mark.parametrize("text, noun, object_, verb", [
    # "before <noun> is" read as a clause: hung on the noun before it, or that noun a second subject of "is"
    ("A ceasefire before the summer is likely, said Petra Novak, an analyst.", "ceasefire", "summer", "is"),
    ("A deal before the election is unlikely, the minister said.", "deal", "election", "is"),
    ("A truce before the harvest is likely.", "truce", "harvest", "is"),
    ("Peace before winter will be difficult, Novak said.", "Peace", "winter", "be"),
])
def test_a_time_phrase_read_as_a_clause_is_the_nouns(nlp: Language, text: str, noun: str, object_: str, verb: str) -> None:
    doc = nlp(text)
    subject, time, be, before = (next(t for t in doc if t.text == w) for w in (noun, object_, verb, "before"))
    assert (subject.head, subject.dep_) == (be, "nsubj") and (before.head, before.dep_) == (subject, "prep")
    assert (time.head, time.dep_) == (before, "pobj")
    assert be.dep_ in ("ROOT", "ccomp")


def test_a_clause_opened_by_before_stays_a_clause(nlp: Language) -> None:
    doc = nlp("The day before the war started was calm.")
    assert next(t for t in doc if t.text == "started").dep_ != "ROOT" and next(t for t in doc if t.text == "before").dep_ == "mark"


@pytest.mark.parametrize("text, report, clause", [
    # the "that" clause the parser hung on the frame's aside, or made a conjunct of the verb, is the report's
    ("Nordpost writes, citing its own sources in the ministry, that the board is considering a new levy.", "writes", "considering"),
    ("Vedomosti writes, referring to its sources, that the talks will resume in May.", "writes", "resume"),
])
def test_a_that_clause_after_the_frames_aside_is_the_reports(nlp: Language, text: str, report: str, clause: str) -> None:
    doc = nlp(text)
    verb, act = (next(t for t in doc if t.text == w) for w in (report, clause))
    assert (act.head, act.dep_) == (verb, "ccomp")
    assert all(t.i > next(t for t in doc if t.text == "that").i for t in act.subtree if not t.is_punct and t.lower_ != "that")


def test_an_outlet_named_in_the_subjects_phrase_is_no_second_subject(nlp: Language) -> None:
    doc = nlp("Military expert Oleksiy Hetman in a commentary to the publication Focus said that Russia would attack in May.")
    said, focus = (next(t for t in doc if t.text == w) for w in ("said", "Focus"))
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["expert"] and focus.dep_ == "appos"


def test_the_subject_before_a_frame_inside_its_clause_is_the_clauses(nlp: Language) -> None:
    doc = nlp("The exchange rate, Governor Ivo Lind said on Tuesday, will remain under control despite the war.")
    said, rate, remain = (next(t for t in doc if t.text == w) for w in ("said", "rate", "remain"))
    assert (rate.head, rate.dep_) == (remain, "nsubj")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["Lind"]
