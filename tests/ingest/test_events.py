"""The predicted event as one positive proposition (ingest/events.py), on sentences in our own words."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from ingest.events import antecedent, clause_event, subject_of


def _verb(doc: Doc, word: str) -> Token:
    """Return the last token spelled ``word`` (the verb under test comes last in these sentences)."""
    return [t for t in doc if t.text == word][-1]


# A subject "it"/"this" stands for the noun of an earlier clause or sentence where the parse shows it.
@pytest.mark.parametrize(
    "text, verb, event",
    [
        ("The second wave could begin in March. In the worst case it might arrive earlier.", "arrive",
         "the second wave arrives earlier"),
        ("Because a price war will follow, it will hurt small shops.", "hurt", "a price war hurts small shops"),
        ("The flood destroyed the old dam. This will cost the region dearly.", "cost", "the flood costs the region dearly"),
        ("Asked whether the strikes would go on, the union leader said they would continue.", "continue",
         "the strikes continue"),
        # nothing before it: the clause stays as it is
        ("It could arrive from the west.", "arrive", "it arrives from the west"),
        # a dummy "it" whose verb takes a clause is no pronoun
        ("The bridge collapsed in May. It will take years to rebuild it.", "take", "it takes years to rebuild it"),
        # the person who thinks is not what the thought is about
        ("Wage growth is weak. My own judgment is that it is going to stay weak.", "stay", "Wage growth stays weak"),
        # what happens is the event named before, an object too, not the actor who stages it
        ("Norland is preparing to host a leaders' summit. It could happen as early as May.", "happen",
         "a leaders' summit happens as early as May"),
    ],
)
def test_a_subject_pronoun_stands_for_its_noun(nlp: Language, text: str, verb: str, event: str) -> None:
    doc = nlp(text)
    assert clause_event(_verb(doc, verb), set()) == event


def test_a_subject_the_parser_made_a_complement_is_the_subject(nlp: Language) -> None:
    doc = nlp("The mayor urged residents to leave the pier, saying shelling would intensify.")
    assert _verb(doc, "shelling").dep_ == "xcomp"  # (the misreading under test)
    assert clause_event(_verb(doc, "intensify"), set()) == "shelling intensifies"


def test_a_complementiser_read_as_a_determiner_is_no_part_of_the_subject(nlp: Language) -> None:
    doc = nlp("It is not excluded that provocations will take place in the northern region, he told the channel.")
    assert doc[4].dep_ == "det"  # (the misreading under test: "that" as the determiner of "provocations")
    assert clause_event(_verb(doc, "take"), set()) == "provocations take place in the northern region"


def test_a_pronoun_without_a_singular_subject_before_it_is_kept(nlp: Language) -> None:
    doc = nlp("Our neighbours arrived on Monday. It will rain tomorrow.")
    assert antecedent(_verb(doc, "It")) is None  # "neighbours" is plural: not what "it" stands for


@pytest.mark.parametrize(
    "text, verb, event",
    [
        # a relative clause on the attribute of "be": the noun is the verb's object or subject
        ("This is the very test we are about to face.", "face", "we face the very test"),
        ("This is the bridge that will open next year.", "open", "the bridge opens next year"),
        # "better times to come": the noun before "to come" is what comes
        ("The survey is a sign of better days to come for farmers.", "come", "better days come for farmers"),
    ],
)
def test_a_noun_described_by_the_clause_takes_its_place(nlp: Language, text: str, verb: str, event: str) -> None:
    doc = nlp(text)
    verb_token = _verb(doc, verb)
    subject = doc[verb_token.i - 2] if verb == "come" else None  # what the prediction stage hands on for "to come"
    assert clause_event(verb_token, set(), subject) == event


def _event(nlp: Language, text: str, cue: str | None = "said") -> tuple[str, bool, str]:
    from ingest.predictions import detect_prediction

    found = detect_prediction(text, None, span=nlp(text)[:], cue=cue)
    assert found is not None, text
    return found.event, found.negated, found.kind


# Only the event's own negation goes to ``negated``; the rest of the words keep their meaning.
@pytest.mark.parametrize(
    "text, event, negated",
    [
        # a phrase denied for another: the one that stands is the event, and nothing is negated
        ("The strike will come not from the north but from the south.", "the strike comes from the south", False),
        ("Prices will rise not in May, but in June.", "Prices rise in June", False),
        ("We will build the road not for the tourists, and not for the hotels, but for the farmers.",
         "we build the road for the farmers", False),
        # the verb's own "not" is the event's negation
        ("Prices will not rise in May, but they will in June.", "Prices rise", True),
        # a "never" inside the predicted clause is part of what is predicted
        ("He wants to make sure that the town never again has the highest taxes.",
         "he makes sure that the town never again has the highest taxes", False),
        # "there will be no X": the event is X
        ("There will be no ceasefire along the river this year.", "a ceasefire along the river", True),
    ],
)
def test_only_the_events_own_negation_goes(nlp: Language, text: str, event: str, negated: bool) -> None:
    assert _event(nlp, text)[:2] == (event, negated)


# The horizon carries the time: its words, or the event that times the prediction, leave the event.
@pytest.mark.parametrize(
    "text, event",
    [
        ("Some of the visiting ships will stay in the harbour after the regatta.", "some of the visiting ships stay in the harbour"),
        ("The mayor will keep blocking the plan for as long as she can.", "the mayor keeps blocking the plan"),
        ("Ticket prices will rise in the coming months.", "Ticket prices rise"),
        # a time phrase that is all the verb has stays: "cope" with nothing is no event
        ("The town will cope with this day as well.", "the town copes with this day as well"),
        # an unbounded time is a horizon too
        ("The board would publish its review in due course.", "the board publishes its review"),
    ],
)
def test_the_horizon_leaves_the_event(nlp: Language, text: str, event: str) -> None:
    assert _event(nlp, text)[0] == event


# What is predicted is the thing itself, not the words around it.
@pytest.mark.parametrize(
    "text, event",
    [
        # a verb of a sign: the event is what is signalled
        ("Taken together, the two visits and the drills indicate a new phase, and may herald the return of heavy fighting.",
         "the return of heavy fighting"),
        ("The board meetings may point to a renewed merger attempt within the next few months.", "a renewed merger attempt"),
        # a likelihood as the predicate: the event is its subject
        ("A ground attack from the north remains unlikely this winter.", "a ground attack from the north"),
        ("A sharp price rise is widely expected in June.", "a sharp price rise"),
        # the gerund the parser hung apart is the verb's complement
        ("The spy chief warned that the cartel could go on using the old port to ship its cargo.",
         "the cartel goes on using the old port to ship its cargo"),
        # two verbs sharing one object
        ("We are not going to insult or punish anyone.", "we insult or punish anyone"),
        # a "to" clause the parser hung inside the noun
        ("She expects this trend of falling prices to continue.", "this trend of falling prices continues"),
        # a relative word the parser made the object is no part of the event
        ("Put simply, the chances that the council may be planning deeper cuts look slim.",
         "the council plans deeper cuts"),
        # what a comma sets off only describes the subject
        ("The minister, a former banker, will raise taxes next year.", "the minister raises taxes"),
        ("The bank, which has cut rates twice, will raise its fees again.", "the bank raises its fees"),
        # "according to", "judging by": the source of the view, not the event
        ("Sales could keep growing judging by the surveys.", "Sales keep growing"),
        # a participle with no auxiliary the parser made of a noun is passive ("expects a fee rise"); not "a fee rises"
        ("The governor said she did not expect a rate cut before June.", "a rate is cut"),
        ("He expects the bridge repaired by May.", "the bridge is repaired"),
    ],
)
def test_the_event_is_what_is_predicted(nlp: Language, text: str, event: str) -> None:
    assert _event(nlp, text)[0] == event


# The act a plan names gets the plan's owner as its subject.
@pytest.mark.parametrize(
    "text, event",
    [
        ("We proposed a plan aimed at cutting working hours.", "we cut working hours"),
        ("The union has its own plan aimed at cutting working hours.", "the union cuts working hours"),
        ("Then the rebels can aim at seizing the whole valley.", "the rebels seize the whole valley"),
        # a possessive owner of the goal acts, as a subject
        ("Our goal is to reach the border.", "we reach the border"),
        ("My plan is to visit every village.", "I visit every village"),
        ("The ministry's goal is to vaccinate half the population.", "the ministry vaccinates half the population"),
    ],
)
def test_a_planned_act_has_its_subject(nlp: Language, text: str, event: str) -> None:
    assert _event(nlp, text)[0] == event


def test_a_pronoun_opening_a_paragraph_finds_its_noun_in_the_paragraph_before(nlp: Language) -> None:
    from ingest.events import link_paragraphs

    docs = [nlp("According to the forecaster, a cold front could arrive on Friday. She added that it might come earlier."),
            nlp("The mayor said: \"I have no doubt they will close the schools.\""),
            nlp("It could come from the west, the forecaster said.")]
    link_paragraphs(docs)
    assert clause_event(_verb(docs[2], "come"), set()) == "a cold front comes from the west"


def test_a_speaker_or_nobody_is_no_antecedent(nlp: Language) -> None:
    doc = nlp("No one wants to raise taxes before the vote. Perhaps this will happen later.")
    assert antecedent(_verb(doc, "this")) is None  # "no one" is nobody in particular
    docs = [nlp("The minister said: \"We are ready.\""), nlp("It will start on Monday.")]
    from ingest.events import link_paragraphs

    link_paragraphs(docs)
    assert antecedent(_verb(docs[1], "It")) is None  # the speaker of the paragraph before is not what "it" is


@pytest.mark.parametrize("text", [
    "The mayor opposed the closure, saying it would leave thousands without care.",
    "The mayor said it would leave thousands without care.",
])
def test_a_person_by_role_is_never_it(nlp: Language, text: str) -> None:
    # a reporter named by a role is "he" or "she": the event keeps "it", never "the mayor leaves thousands"
    doc = nlp(text)
    assert antecedent(_verb(doc, "it")) is None
    assert clause_event(_verb(doc, "leave"), set()) == "it leaves thousands without care"


# Kind: an actor intends, an act or thing does not; a nationality adjective alone makes no actor.
@pytest.mark.parametrize(
    "text, kind",
    [
        ("Asked about the raids, he said Ukrainian attacks would continue.", "forecast"),
        ("He said Ukrainian officials would visit the site.", "intention"),  # the noun is an actor
        ("He said the Kestrel chief would leave the country.", "intention"),  # a name before the noun
        ("She said the krona would strengthen.", "forecast"),  # (a currency the recogniser calls a body acts not)
    ],
)
def test_a_nationality_adjective_alone_makes_no_actor(nlp: Language, text: str, kind: str) -> None:
    from ingest.predictions import detect_prediction

    content = text.split(" said ", 1)[1]
    found = detect_prediction(content, None, span=nlp(content)[:], cue="said")
    assert found is not None and found.kind == kind, found


@pytest.mark.parametrize(
    "text, event, negated",
    [
        # the subject of the clause this one is joined to is what "they" stands for
        ("The smugglers are moving new boats, and as long as they have fuel they will not stop.", "the smugglers stop", True),
        # a likelihood word on the predicate adjective
        ("A rate cut is likely appropriate soon.", "a rate cut", False),
        # the denied thing is the plan, not what it is for
        ("The mayor stressed that there are no concrete preparations for a strike.", "concrete preparations for a strike", True),
        # the doer and origin the parser hung on the risk noun belong to the event
        ("The threat of an attack by militias from the hills is high.", "an attack by militias from the hills", False),
    ],
)
def test_the_event_keeps_its_own_words(nlp: Language, text: str, event: str, negated: bool) -> None:
    assert _event(nlp, text)[:2] == (event, negated)


def test_the_speakers_own_saying_is_no_prediction(nlp: Language) -> None:
    # "I will say that ...": the claim is what is said, with its "not"; the prediction is the next clause
    event, negated, _ = _event(nlp, "And I can tell you that this is not the final round, there will be more rounds.")
    assert (event, negated) == ("more rounds", False)


def test_a_dateline_the_parser_took_for_a_subject_is_not_the_events_subject(nlp: Language) -> None:
    doc = nlp("RIGA, May 4 (Baltwire) - Russia is massing troops near the northern border and could launch a new push "
              "within weeks, Latvia's defence chief said on Monday.")
    # the dateline is a sentence of its own (ingest/datelines.py), so "RIGA" is no second subject
    assert [c.text for c in _verb(doc, "massing").children if c.dep_ == "nsubj"] == ["Russia"]
    assert subject_of(_verb(doc, "launch")).text == "Russia"
    assert clause_event(_verb(doc, "launch"), set()).startswith("Russia launches a new push")


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        # In indirect speech "it" is the reporting body ...
        ("Prices rose in May. The harbour board said that it would close two piers.", "close", "board"),
        ("Prices rose in May. The port workers said they would strike again.", "strike", "workers"),
        # ... also a body the recogniser took for a person, when a noun before its name says what it is
        ("The regulator held the auction in May. Mobile operator Radiomost, which won two blocks, said it would switch on "
         "its first masts in the summer.", "switch", "Radiomost"),
        ("Prices rose in May. State operator Lattelekom said it would launch a new service before the end of the decade.",
         "launch", "Lattelekom"),
        # the reporting verb's subject is shared with the verb before it
        ("Prices rose in May. The central bank kept its rate and signalled that it would cut it in June.", "cut", "bank"),
        # ... not in a quotation before its cue, where it is what was spoken of.
        ("The crane broke in May. \"It will never work again,\" the harbour board said.", "work", "crane"),
    ],
)
def test_a_pronoun_in_reported_speech_is_its_reporter(nlp: Language, text: str, verb: str, expected: str) -> None:
    doc = nlp(text)
    pronoun = next(c for c in _verb(doc, verb).children if c.dep_ == "nsubj")
    found = antecedent(pronoun)
    assert found is not None and found.text == expected
