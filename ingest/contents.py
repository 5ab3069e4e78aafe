"""The content of a claim: which words were said, as offsets into the source."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from ingest.cues import (
    DENIAL_VERBS,
    Cue,
    CueLexicon,
    as_clause,
    clauses_on_phrase,
    closed_by_light_frame,
    colon_frame,
    cue_lexicon,
    frame_subject,
    inverted_noun,
    put_chance,
    ruled_out_act,
)
from ingest.horizons import names_calendar_event
from ingest.lexicon import word_set
from ingest.mentions import role_words
from ingest.nlp import doc_text
from ingest.prediction_words import forecasting_verbs
from ingest.prediction_words import words as prediction_words

QUOTE_MARKS = "\"“”„«»‘’"
#: Words that open a relative clause without "that" ("Everything X says is a lie", "All she said was ..."):
#: a reporting verb after them reports what the sentence goes on to judge, not a clause of its own.
_FREE_RELATIVES = frozenset({"everything", "anything", "nothing", "something", "all", "whatever", "what", "much"})
_LEAD = re.compile(r"[\s,;:\-–—•·▪►]*")  # (and a list's bullet: "• Moldova's PM says ...")
_QA_LABEL = re.compile(r"(?:Q|A|Question|Answer|QUESTION|ANSWER)\s*[:.]\s+")
_MARK = re.compile(r"(?:that|whether|if)\b[\s,]*", re.IGNORECASE)
_TRAIL = re.compile(r"[\s,;:\-–—]*\Z")
#: Words that open a sentence without being part of what was said
#: ("However, according to X, ..."): our reading of news prose.
_CONNECTIVE = re.compile(
    r"\A\W*(?:however|but|and|so|also|moreover|in addition|in fact|indeed|at the same time|currently|now|meanwhile|therefore|because|thus|still|yet|then|today)\W*\Z",
    re.IGNORECASE,
)


#: Nouns of a writer's comment set after a report (", a claim that could not be verified", ", a charge X called absurd").
COMMENT_NOUNS = word_set("contents", "comment_nouns")
#: What a speaker gave or did not give with a report (", without giving details", ", without citing evidence").
_WITHHELD = word_set("contents", "withheld_verbs")
#: Utterances a report was made in (", in his sharpest comments yet", ", in a televised address").
UTTERANCE_NOUNS = word_set("contents", "utterance_nouns")
#: Closing quote marks and the marks that open them.
_OPENERS = {"”": "“", "»": "«", "’": "‘"}


def _unbalanced(text: str) -> bool:
    """True when the quote mark ending *text* closes nothing inside it ("fiction”" alone, not "as “fiction”")."""
    last = text[-1]
    opener = _OPENERS.get(last)
    if opener is None:
        return text.count(last) % 2 == 1
    return text.count(opener) < text.count(last)


#: The writer's remark set off after a report: "..., a claim Moscow denies", "..., which the ministry rejected".
_REMARK = re.compile(
    r",\s+(?:(?:a|an)\s+(?:claim|assertion|allegation|accusation|charge)\b"
    r"|which\s+(?:[\w'’.-]+\s+){1,5}?(?:denies|denied|rejects|rejected|disputes|disputed|dismisses|dismissed)\b)")


def trim(text: str, start: int, end: int, *, mark: bool = False) -> tuple[int, int]:
    """Return ``(start, end)`` narrowed past leading and trailing punctuation.

    With ``mark``, a leading complementiser ("that", "whether") goes too.
    Quote marks are dropped when they wrap the whole content.
    """
    lead = _LEAD.match(text, start, end)
    if lead:
        start = lead.end()
    if (start == 0 or text[start - 1] == "\n") and (label := _QA_LABEL.match(text, start, end)):
        start = label.end()  # "A: Less than feared, experts say": an answer's label opens the line, no one said it
    # (but a sentence's own "If the talks fail, ..." opens a condition, part of the content, as does an "if" after
    # "that": "said that if re-elected she would ...")
    if mark and (found := _MARK.match(text, start, end)) and not text.startswith("If", start) \
            and not (found.group(0).lower().startswith("if") and re.search(r"\bthat\s+\Z", text[max(start - 6, 0) : start])):
        start = found.end()
    remark = _REMARK.search(text, start, end)
    if remark and not any(text.count(q, start, remark.start()) % 2 for q in ('"', "“")):
        end = remark.start()  # "..., a claim Moscow denies": the writer's remark on what was said, outside a quotation
    trail = _TRAIL.search(text, start, end)
    if trail:
        end = trail.start()
    if end - start > 2 and text[start] in QUOTE_MARKS and text[end - 1] in QUOTE_MARKS:
        start, end = trim(text, start + 1, end - 1)
    elif end - start > 2 and text[end - 1] in QUOTE_MARKS and _unbalanced(text[start:end]):
        end = _TRAIL.search(text, start, end - 1).start()  # type: ignore[union-attr]
    elif end < len(text) and text[end] in QUOTE_MARKS and _unclosed(text[start:end], text[end]):
        end += 1  # 'take into account "the new realities"': the quotation the content opens closes in it
    elif end + 1 < len(text) and text[end] in ".!?," and text[end + 1] in QUOTE_MARKS and _unclosed(text[start:end], text[end + 1]):
        end += 2  # 'dismissed the remarks as "hysteria."': with the mark before it
    return start, end


def _unclosed(text: str, closer: str) -> bool:
    """True when *closer*, the mark right after *text*, closes a quotation *text* opens ('for "all scenarios')."""
    opener = _OPENERS.get(closer)
    if opener is None:
        return closer == '"' and text.count('"') % 2 == 1
    return text.count(opener) > text.count(closer)


#: Entity types that date or measure a forecast's object ("a cut in June", "growth of 2%").
_MEASURES = frozenset({"DATE", "PERCENT", "MONEY", "CARDINAL", "QUANTITY"})
#: Entity labels of a forecast's figure (a measure that is neither a date nor a bare count).
_FIGURES = frozenset({"PERCENT", "MONEY", "QUANTITY"})
#: Adverbs of the near future that time a forecast's object as a date would ("expects a decision soon").
_SOON = word_set("contents", "soon_adverbs")


@cache
def timed_object_verbs() -> frozenset[str]:
    """Forecasting verbs whose object, dated or measured, is what they report ("analysts expect a
    rate cut in June", "the bank projects growth of 2% next year", "sees the first cut in June"):
    expect_verbs of predictions.yaml and the forecasters' "see" (``ingest.cues`` takes it as a cue only
    so), "rule out" ("ruled out a fee increase this year": the increase is what is timed) and "fear" ("fearing
    an imminent attack", "fear a recession next year": a feared event that is timed is foreseen; "they fear the
    worst" is a worry, kept out as "expect a lot" is), but not "hope", whose objects are wishes."""
    return forecasting_verbs() | {"see", "rule", "fear"}


#: Words of a title other than roles and their modifiers ("co-founder and chief executive", "acting head").
_TITLE_GLUE = word_set("roles", "title_glue")


def _without_title_tail(tokens: list[Token], verb: Token) -> list[Token]:
    """The words of a clause before its closing frame without the title the parser hung on the clause ("<clause>,
    co-founder and CEO Anna K. said"): words after its last comma that only make up a title, right before the
    frame's subject."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    comma = next((t for t in reversed(tokens) if t.text == ","), None)
    if subject is None or comma is None or subject.left_edge.i != tokens[-1].i + 1:
        return tokens
    tail = [t for t in tokens if t.i > comma.i]
    if tail and all(_title_word(t) for t in tail):
        return [t for t in tokens if t.i < comma.i]
    return tokens


def _title_word(token: Token) -> bool:
    """True for a word a title before a name may be made of ("co-founder and chief executive", "acting head")."""
    words = role_words()
    return token.lower_ in _TITLE_GLUE or token.lemma_.lower() in words.roles or token.lower_ in words.roles or token.lower_ in words.modifiers


def warned_of(verb: Token) -> Token | None:
    """Return the object of "warned of X" (a feared event, FrameNet Warning), or None."""
    if verb.lemma_.lower() != "warn" or any(c.dep_ in ("ccomp", "dobj") for c in verb.children):
        return None
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > verb.i for g in c.children if g.dep_ == "pobj"),
                None)


def _timed_tail(verb: Token, thing: Token) -> Token:
    """Return the last of the times, measures and coordinated figures the parser hung on a forecasting verb
    after its object ``thing`` (which it is when there are none)."""
    kept = last = thing
    for child in (c for c in verb.children if c.i > thing.right_edge.i):
        timed = child.ent_type_ in _MEASURES or child.dep_ == "prep" and (
            any(g.ent_type_ in _MEASURES for g in child.subtree) or names_calendar_event(doc_text(child.doc)[child.idx : child.right_edge.idx
                                                                                                          + len(child.right_edge)]))
        # (the place the figure is for, between it and its time: "sees growth of 3% [in Ukraine] next year")
        placed = child.dep_ == "prep" and child.lower_ in ("in", "for") and any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")
                                                                               for g in child.children)
        if child.dep_ == "advmod" and child.lower_ in _SOON:
            kept = child  # "expects a mass return soon"
        elif child.dep_ in ("npadvmod", "prep", "conj", "cc") and (timed or placed or child.dep_ == "cc") and child.pos_ != "VERB":
            kept = child
        else:
            break
        if kept.dep_ != "cc":
            last = kept
    return last  # (not an "and" that leads to no figure: "growth of 1% this year and say ...")


def _span_of(doc: Doc, tokens: list[Token]) -> tuple[int, int]:
    """The trimmed offsets of ``tokens`` (in text order, at least one) without the punctuation that closes them (a
    closing quotation mark stays)."""
    while len(tokens) > 1 and tokens[-1].is_punct and tokens[-1].text not in QUOTE_MARKS:
        tokens = tokens[:-1]
    return trim(doc_text(doc), tokens[0].idx, tokens[-1].idx + len(tokens[-1]))


def verb_content(cue: Cue, doc: Doc, base: int) -> tuple[int, int] | None:
    """Return the offsets of what a reporting verb reports, or None.

    The content is the verb's clausal complement ("said that <...>"); for
    verbs such as "emphasise" it may be the direct object.
    """
    from ingest.speakers import (  # a late import: speakers imports this module
        closing_frame,
        doubled_subject_frame,
        quoted_as_saying,
        trailing_appositive,
    )

    verb = doc[cue.token]
    lexicon = cue_lexicon()
    if cue.lemma in lexicon.forecast_nouns and verb.lemma_.lower() in lexicon.revision_verbs:
        # "lifted its inflation forecast for next year to 3%": the forecast and what the verb's phrase says of it
        nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == cue.lemma]
        if not nouns:
            return None
        last = max((c for c in verb.children if c.i > nouns[0].i and not c.is_punct and c.dep_ in ("prep", "dobj", "advmod", "npadvmod")),
                   key=lambda c: c.i, default=nouns[0])
        return trim(doc_text(doc), nouns[0].left_edge.idx, last.right_edge.idx + len(last.right_edge))
    if cue.lemma in lexicon.cue_nouns and verb.lemma_.lower() in lexicon.light_verbs:
        # "expressed hope that ...": the clause hangs on the noun.
        nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == cue.lemma]
        clauses = [g for n in nouns for g in n.children if g.dep_ in ("acl", "ccomp")] or clauses_on_phrase(verb)
        closed = closed_by_light_frame(verb, nouns[0]) if nouns and not clauses else None
        if closed is not None:  # ("<clause>, X expressed confidence.": the clause before the frame)
            tokens = sorted(closed.subtree, key=lambda t: t.i)
            return trim(doc_text(doc), tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
        if not clauses:  # ("drew attention to the fact that X": the clause hangs on "fact")
            return None
        tokens = sorted(clauses[0].subtree, key=lambda t: t.i)
        return trim(doc_text(doc), tokens[0].idx, tokens[-1].idx + len(tokens[-1]), mark=True)
    if cue.lemma in lexicon.adjectives:
        # "is confident that ...": the clause hangs on the adjective (or on "be").
        adjectives = [c for c in verb.children if c.dep_ == "acomp"]
        clauses = [c for a in adjectives for c in a.children if c.dep_ == "ccomp"] or [c for c in verb.children if c.dep_ == "ccomp"]
        frame = verb.left_edge.i
        if not clauses and verb.dep_ in ("conj", "parataxis", "advcl") and verb.head.i < frame and frame > 0 \
                and doc[frame - 1].text == "," and any(t.ent_type_ == "PERSON" for t in verb.subtree if t.i > verb.i):
            # translated copy's inverted frame: "<clause>, is convinced the political scientist X"
            words = [t for t in verb.head.subtree if t.i < frame - 1]
            return trim(doc_text(doc), words[0].idx, words[-1].idx + len(words[-1])) if words else None
        if not clauses:
            return None
        tokens = sorted(clauses[0].subtree, key=lambda t: t.i)
        return trim(doc_text(doc), tokens[0].idx, tokens[-1].idx + len(tokens[-1]), mark=True)
    quoted = quoted_as_saying(verb) if not any(c.dep_ == "ccomp" for c in verb.children) else None
    # (the frame opens with X, or with the outlet that quoted X: "<clause>, Interfax quoted X as saying.")
    frame_start = next((c for c in quoted.head.children if c.dep_ == "nsubj" and c.i < quoted.i), quoted) if quoted is not None \
        and quoted.dep_ == "dobj" else quoted
    if quoted is not None and frame_start is not None and quoted.dep_ in ("nsubjpass", "dobj") and frame_start.left_edge.i - verb.sent.start >= 3 \
            and doc[frame_start.left_edge.i - 1].text == ",":
        # "<clause>, X was quoted by Interfax as saying on Monday.": the sentence up to the comma before the frame
        tokens = [t for t in doc[verb.sent.start : frame_start.left_edge.i - 1]]
        return trim(doc_text(doc), tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
    if inverted_role_object(verb):
        # "<clause>, announced the government spokesman, Mihai R.": the parser made the speaker the verb's object
        tokens = [t for t in doc[verb.sent.start : verb.i - 1]]
        return trim(doc_text(doc), tokens[0].idx, tokens[-1].idx + len(tokens[-1])) if tokens else None
    if inverted_noun(verb):  # "<clause>, notes analyst X.": the sentence up to the comma
        tokens = [t for t in doc[verb.sent.start : verb.i - 1]]
        return trim(doc_text(doc), tokens[0].idx, tokens[-1].idx + len(tokens[-1])) if tokens else None
    # (not a capitalised word of a name the tagger read as a verb with no subject: "told the newspaper Die Zeit")
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and not (
        c.text[:1].isupper() and c.i > c.sent.start and c.i > verb.i and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children))]
    # ("A swings to a loss; the CEO sees a recovery": a clause before a semicolon stands on its own, and so does one
    # before a colon that leads into the report: "Businesses were more moderate: managers expect 9.8% inflation")
    clauses = [c for c in clauses if c.i > verb.i or not any(t.text in (";", ":") for t in doc[c.right_edge.i + 1 : verb.i])]
    # "We will remind, earlier X stated that A": with a clause on either side, the one the verb introduces
    # (but not a writer's adverbial the parser read as a second complement: "A, the federations said on Monday, in a
    # move their governments hope will help")
    if len(clauses) > 1:
        clauses = [c for c in clauses if c.i > verb.i and not (doc[c.left_edge.i].dep_ == "prep" and doc[c.left_edge.i - 1].text == ",")] \
            or [c for c in clauses if c.i < verb.i] or clauses
    chance = put_chance(verb)
    if chance is not None:
        # "put the odds of a breakthrough this year at about 30%": the chance and the figure put on it (and what is given
        # it, with the time after it: "gives the talks a one-in-four chance of success this year")
        given = [c for c in verb.children if c.dep_ == "dative" and c.i < chance[0].i]
        later = [c for c in verb.children if c.i > chance[1].i and c.dep_ in ("npadvmod", "prep", "advmod") and not c.is_punct]
        first = given[0].left_edge if given else chance[0].left_edge
        last = later[-1].right_edge if later and chance[1].i >= chance[0].right_edge.i else chance[1]
        return trim(doc_text(doc), first.idx, last.idx + len(last))
    colon = colon_frame(verb) if not clauses else None
    if colon is not None:
        # "Governor X wrote on Telegram: two people were injured": the parser made the frame a complement of
        # the clause after the colon; that clause is the content
        tokens = [t for t in verb.head.subtree if t.i > colon.i]
        return _span_of(doc, tokens) if tokens else None
    if cue.lemma in lexicon.exhortation_verbs and not [c for c in verb.children if c.dep_ == "ccomp"]:
        # "urged the board to resign", "called on the board to resign": whom, and to do what
        urged = _exhortation(verb, cue.lemma, lexicon)
        # (in a relative clause only when the clause's own subject is the relative: "a clerk who told her staff to ...")
        relative = verb.dep_ == "relcl" and not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children)
        if urged is not None and verb.dep_ not in ("acl", "pcomp") and not relative and urged[0].tag_ not in ("WP", "WDT"):
            whom, to = urged
            return trim(doc_text(doc), whom.left_edge.idx, to.right_edge.idx + len(to.right_edge))
        # else the verb reports as any other ("A, an official told Nordwire"), or names ("called the toll a tax", below)
    if cue.lemma in lexicon.naming_verbs:
        # "called the toll a shameless tax": the object and what it is called; nothing else ("called for talks")
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        named = [c for c in verb.children if c.dep_ in ("oprd", "dobj") and objects and c.i > objects[0].i]  # (or a second object)
        if not named or verb.dep_ in ("relcl", "acl", "pcomp") or objects[0].tag_ in ("WDT", "WP"):
            return None
        return trim(doc_text(doc), objects[0].left_edge.idx, named[0].right_edge.idx + len(named[0].right_edge))
    if not clauses and (cue.lemma in lexicon.commissive_verbs or cue.lemma in forecasting_verbs() and _expects_of_itself(verb)):
        # "promised to resume strikes in May": what the subject commits to; "expects to receive the tanks in May",
        # "forecasts to return to profit in 2027": what the subject foresees of itself
        clauses = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    if not clauses and as_clause(verb):
        # "As X noted, <content>", "<content>, as X put it": the clause the "as" clause frames; a frame
        # in its middle stays inside (a claim is one stretch of text)
        tokens = [t for t in verb.head.subtree if not verb.left_edge.i <= t.i <= verb.right_edge.i]
        before = [t for t in tokens if t.i < verb.left_edge.i and not t.is_punct]
        after = [t for t in tokens if t.i > verb.right_edge.i and not t.is_punct]
        tokens = sorted(verb.head.subtree, key=lambda t: t.i) if before and after else before or after
        moved = frame_subject(verb.head) if after and not before else None
        if moved is not None:
            tokens = [*moved, *after]  # "As noted by X, the port needs ...": "the port" is the clause's subject
        while tokens and tokens[0].is_punct and tokens[0].text not in QUOTE_MARKS:
            tokens.pop(0)
        while tokens and tokens[-1].is_punct and tokens[-1].text not in QUOTE_MARKS:
            tokens.pop()
        return trim(doc_text(doc), tokens[0].idx, tokens[-1].idx + len(tokens[-1])) if tokens else None
    if not clauses:
        clauses = clauses_on_phrase(verb)  # "said in a statement that X": the clause the parser hung on "statement"
    if not clauses and cue.lemma not in lexicon.needs_clause:
        # "did not rule out that ...", "said: ..." are sometimes parsed as xcomp/advcl.
        clauses = [c for c in verb.children if c.dep_ in ("xcomp",) and any(g.dep_ == "mark" for g in c.children)]
    if not clauses:
        # "<clause>, said X": a clause before the verb, ended by a comma, that
        # the parser attached as an adverbial or a parataxis.
        for child in verb.children:
            if child.dep_ == "advcl" and child.left_edge.lower_ in _FRONTED_CONDITIONS \
                    and verb.dep_ == "parataxis" and verb.head.i > verb.i:
                continue  # "If the talks fail, analysts said, Kharkiv could ...": a fronted condition of the clause after
            if child.dep_ in ("advcl", "parataxis", "dep") and child.i < verb.i and any(
                    g.dep_ in ("nsubj", "nsubjpass") for g in child.children):
                last = child.right_edge
                if last.i + 1 < verb.i and doc[last.i + 1].text == "," and all(t.is_punct or t.dep_ in ("nsubj", "aux", "neg") for t in doc[last.i + 1 : verb.i]):
                    clauses = [child]
                    break
    if not clauses and verb.dep_ == "parataxis" and verb.head.i > verb.i and _framed(verb):
        # "The new line, X said, will open in May": the frame sits inside the clause it reports;
        # the content is that clause, frame included (a claim is one stretch of text).
        tokens = sorted(verb.head.subtree, key=lambda t: t.i)
        return _span_of(doc, tokens)
    if not clauses and verb.dep_ == "parataxis" and verb.head.i > verb.i and (opening := _clause_before_frame(verb)) is not None:
        # "The bridge will reopen in June, the ministry said, with full capacity restored in 2027": the parser hung the
        # frame on the writer's adverbial after it; the content is the clause before the frame
        return trim(doc_text(doc), opening[0].idx, opening[-1].idx + len(opening[-1]))
    continues = not clauses and verb.dep_ == "parataxis" and verb.head.i < verb.i and (_phrase_after_frame(verb) or _course_after_frame(verb))
    if not clauses and not continues and verb.dep_ == "parataxis" and verb.head.i < verb.i and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.left_edge.i for c in verb.head.children) and (all(
            t.is_punct for t in verb.head.subtree if t.i > verb.right_edge.i) or _closing_aside(verb) or _clause_after_frame(verb)):
        # "<clause>, the agency reported, referring to X.": the frame closes the clause the parser made its head
        # ("<clause>, the agency said, the twelfth such loss since 2022.": and the writer's aside after it; "<clause>,
        # diplomats said, after the talks ended." / "..., he said, and the government will ...": and a clause of the
        # writer's after it)
        tokens = [t for t in verb.head.subtree if t.i < verb.left_edge.i]
        return trim(doc_text(doc), tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
    if not clauses and verb.dep_ == "parataxis" and verb.head.i < verb.i and (continues or verb.right_edge.i + 1 < verb.sent.end) and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.left_edge.i for c in verb.head.children) \
            and (continues or _closes_before_conjunct(verb) or _condition_after_frame(verb)):
        # "A is preparing X, he said, and could commit Y by July": the frame sits between the clause and its conjunct;
        # the content is both, frame included (a claim is one stretch of text); so with a condition after the frame
        # ("A could open in June, diplomats said, provided B")
        tokens = sorted(verb.head.subtree, key=lambda t: t.i)
        return _span_of(doc, tokens)
    comma = verb.left_edge if verb.left_edge.text == "," else doc[max(verb.left_edge.i - 1, 0)]
    if comma.text != ",":  # "A next year, the authority said": the parser hung the clause's last words on the frame
        comma = next((c for c in reversed(list(verb.children)) if c.text == "," and c.i < verb.i and c.i > verb.head.i), comma)
    # (or a conjunct of it, with no "and" or "but" between: "It is expected that A, a source told Y")
    joined = verb.dep_ == "conj" and not any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in (*verb.head.children, *verb.children))
    if not clauses and (verb.dep_ == "ccomp" or joined) and verb.head.i < comma.i and comma.text == "," \
            and any(c.dep_ in ("nsubj", "nsubjpass") and comma.i < c.i < verb.i for c in verb.children) \
            and not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) \
            and not any(c.dep_ in ("acomp", "oprd", "attr", "xcomp") and c.i > verb.i for c in verb.children) \
            and all(t.is_punct for t in verb.head.subtree if t.i > verb.right_edge.i):
        # "Ukraine expects A, a senior official told Y": the parser made the closing frame a complement of the
        # clause it reports; that clause is the content (but "..., a forecast the Fund considers too rosy"
        # judges something of its own, and "X stated, citing Y, that Z ordered A" is a "that" clause, no frame).
        tokens = [t for t in verb.head.subtree if t.i < comma.i]
        tokens += [t for t in doc[tokens[-1].i + 1 : comma.i] if t.i in {d.i for c in verb.children if c.i < comma.i for d in c.subtree}] if tokens else []
        return trim(doc_text(doc), tokens[0].idx, tokens[-1].idx + len(tokens[-1])) if tokens else None
    appositive = trailing_appositive(verb) if not clauses else None  # (the speaker the parser hung on the clause)
    if appositive is not None and verb.dep_ == "ccomp" and verb.head.i < verb.i and appositive.left_edge.i > 0 \
            and doc[appositive.left_edge.i - 1].text == ",":
        # "Kyiv hopes A, an adviser to X told reporters": the parser hung the speaker on A's last noun and made the
        # report A's complement; A, up to the speaker's comma, is the content
        tokens = [t for t in verb.head.subtree if t.i < appositive.left_edge.i - 1]
        return trim(doc_text(doc), tokens[0].idx, tokens[-1].idx + len(tokens[-1])) if tokens else None
    if not clauses and (verb.dep_ == "ccomp" or joined) and verb.head.i < verb.i and doc[verb.i - 1].text == "," \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "acomp", "oprd", "attr", "xcomp") for c in verb.children) \
            and all(t.is_punct for t in verb.head.subtree if t.i > verb.right_edge.i) \
            and appositive is None \
            and any(t.pos_ in ("PROPN", "NOUN") and t.dep_ != "pobj" and t.ent_type_ not in ("DATE", "TIME") for t in verb.subtree if t.i > verb.i):
        # "<clause>, declared the President X on Monday" (translated copy): an inverted frame the parser made a
        # complement of the clause it closes; that clause is the content
        tokens = [t for t in verb.head.subtree if t.i < verb.i - 1]
        return trim(doc_text(doc), tokens[0].idx, tokens[-1].idx + len(tokens[-1])) if tokens else None
    if not clauses and cue.lemma in lexicon.needs_clause | {"forecast", "predict", "estimate", "project"}:
        # "analysts expect prices to fall": an object with a to-infinitive is a clause too (the parser may hang the
        # infinitive on the verb as an adverbial: "the fund projects inflation to ease")
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        infinitives = [c for c in verb.children if (c.dep_ in ("xcomp", "oprd") or c.dep_ == "advcl" and objects and c.left_edge.i
                                                    == objects[0].right_edge.i + 1) and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
        if objects and infinitives and objects[0].i < infinitives[0].i:
            first, last = objects[0].left_edge, infinitives[0].right_edge
            return trim(doc_text(doc), first.idx, last.idx + len(last.text))
    if not clauses:
        # "denied reports that X", "dismissed claims that X": the object's "that" clause is what is reported
        clauses = [g for c in verb.children if c.dep_ == "dobj" for g in c.children
                   if g.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)]
    if not clauses and cue.lemma in lexicon.object_charges:
        # "accused the command of lying about losses": the object and the charge, never the object alone
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        charge = [c for h in (verb, *objects[:1]) for c in h.children
                  if c.dep_ == "prep" and c.lower_ == lexicon.object_charges[cue.lemma] and objects and c.i > objects[0].i]
        if not charge or verb.dep_ in ("relcl", "acl") or objects[0].tag_ in ("WDT", "WP"):
            return None
        first, last = objects[0].left_edge, charge[0].right_edge
        # "likened his troubles to those of the king, who also ...", "... - a charge that stung": the writer's aside
        asides = [t.left_edge.i - 1 for t in charge[0].subtree if t.dep_ in ("relcl", "appos") and doc[t.left_edge.i - 1].text == ","]
        asides += [t.i for t in charge[0].subtree if t.text in ("-", "–", "—") and t.whitespace_ and t.i > charge[0].i + 1]
        if asides:
            last = doc[min(asides) - 1]
        return trim(doc_text(doc), first.idx, last.idx + len(last.text))
    if not clauses and cue.lemma in lexicon.needs_as:
        # "described the plan as reckless": the object and what it was called.
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # "as" hangs on the verb or, as the parser often has it, on the object ("dismissed the reports as ...")
        holders = [verb, *objects[:1]]
        as_phrase = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as" and objects and c.i > objects[0].i]
        if not as_phrase and objects and objects[0].lemma_.lower() in prediction_words().risk_nouns and cue.lemma in DENIAL_VERBS \
                and verb.dep_ not in ("relcl", "acl", "pcomp"):
            # "dismissed the possibility of a tax rise (before 2028)": what is denied may happen, with its time
            last = _timed_tail(verb, objects[0]).right_edge
            return trim(doc_text(doc), objects[0].left_edge.idx, last.idx + len(last))
        if not as_phrase or verb.dep_ in ("relcl", "acl", "pcomp") or objects[0].tag_ in ("WDT", "WP"):
            return None  # "the plan that X described as ...": the report is inside a noun phrase
        first, last = objects[0].left_edge, as_phrase[0].right_edge
        return trim(doc_text(doc), first.idx, last.idx + len(last.text))
    forecasting = cue.lemma in timed_object_verbs()
    warned = warned_of(verb) if not clauses else None
    if warned is not None:
        # "warned of a new offensive in the summer (unless ...)": the feared event, its time and its condition
        kept = _timed_tail(verb, warned)
        condition = next((c for c in verb.children if c.dep_ == "advcl" and c.i > kept.right_edge.i
                          and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)), None)
        last = (condition or kept).right_edge
        return trim(doc_text(doc), warned.left_edge.idx, last.idx + len(last))
    if not clauses and (cue.lemma in lexicon.nominal_object_verbs or forecasting):
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects and forecasting:
            # "forecast growth of 2.5% this year and 3% in 2026": the time and the coordinated
            # figures the parser hung on a forecasting verb belong to the object (but "announced
            # new drills on Monday": the time of the announcement)
            kept = _timed_tail(verb, objects[0])
            first, last = objects[0].left_edge, kept.right_edge
            if cue.lemma not in lexicon.nominal_object_verbs and objects[0].lemma_.lower() not in prediction_words().change_nouns \
                    and not any(t.ent_type_ in _MEASURES or t.lower_ in _SOON and t.head == verb
                                or t.dep_ == "amod" and t.head.i == objects[0].i and t.lemma_.lower() in prediction_words().imminence_adjectives
                                for t in doc[first.i : last.i + 1]):
                return None  # "expect a lot": only a dated or measured object ("expect a cut in June", "... soon") is a forecast
            if kept is not objects[0] or cue.lemma not in lexicon.nominal_object_verbs:
                return trim(doc_text(doc), first.idx, last.idx + len(last))
        clauses = objects
        if not clauses and cue.lemma == "rule":
            # "ruled out sending troops": the act denied, a gerund the parser made a complement
            clauses = [act] if (act := ruled_out_act(verb)) is not None else []
    if not clauses and cue.lemma == "deny":
        # "Moscow denies sending troops": the act denied, a gerund complement (not a saying denied: "denied saying that A"
        # reports nothing)
        clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and c.i > verb.i
                   and c.lemma_.lower() not in lexicon.verbs][:1]
    speaker = appositive if not clauses else None
    # (translated copy's inverted frame, its speaker named after the verb: "<clause>, noted in a comment to RBC the
    # analyst X", the parser making the frame an adverbial of the clause)
    inverted = not clauses and verb.dep_ == "advcl" and verb.i > 0 and doc[verb.i - 1].text == "," \
        and any(t.ent_type_ == "PERSON" for t in verb.subtree if t.i > verb.i)
    if not clauses and (verb.dep_ == "conj" and (verb.head.lemma_.lower() not in lexicon.verbs or speaker is not None)
                        or verb.dep_ == "advcl" and (speaker is not None or inverted)) and verb.head.i < verb.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):  # "..., but it will respond": no report
        # "Prices will rise, said in a comment X": the parser coordinates the
        # report with the clause it reports; that clause is the content.
        words = [t for t in verb.head.subtree if t.i < verb.i and not (t.i >= verb.left_edge.i)]
        if speaker is not None:  # "<clause>, a senior official, who ..., said": the speaker is no content
            words = [t for t in words if t.i < speaker.left_edge.i - 1]
        if not words:
            return None
        return trim(doc_text(doc), words[0].idx, words[-1].idx + len(words[-1]))
    coordinated = _coordinated_frame(verb) if not clauses else None
    if coordinated is not None:
        # "A will likely attempt X but is unlikely to Y, the institute said in its update": the parser coordinated the
        # frame with the clause; the clause before the subject's comma is the content
        return trim(doc_text(doc), doc[verb.sent.start].idx, coordinated.idx)
    closing = closing_frame(verb) if not clauses else None
    if closing is not None:
        # "<clause>, Halden governor Olena K. reported on Telegram": the clause before the frame's comma
        comma = next(t for t in reversed(doc[verb.sent.start : verb.i]) if t.text == ",")
        return trim(doc_text(doc), doc[verb.sent.start].idx, comma.idx)
    frame_comma = doubled_subject_frame(verb) if not clauses else None
    if frame_comma is not None and (opener := doc[verb.sent.start]).lower_ in _TIME_MARKS | {"as", "because", "since", "if", "although", "though"} \
            and opener.head.dep_ == "advcl" and opener.head.head.i == verb.i:
        frame_comma = None  # "When a reporter pressed him on A, X said: ...": when the words were said, not what
    if frame_comma is not None and opener.dep_ == "advcl" and opener.head.i == verb.i and opener.tag_ == "VBN" \
            and opener.lemma_.lower() in prediction_words().question_cues:
        frame_comma = None  # "Asked whether A, X said: ...": the question put to the speaker, not their words
    if frame_comma is not None:
        # "<clause>, Viasna reported.": the clause the parser hung on the frame
        return trim(doc_text(doc), doc[verb.sent.start].idx, frame_comma.idx)
    that = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "that" and c.i > verb.i), None) if not clauses else None
    if that is not None and that.i + 1 < verb.sent.end and doc[that.i + 1].pos_ not in ("VERB", "AUX", "PUNCT") \
            and any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("relcl", "ccomp", "acl", "conj") for t in doc[that.i + 1 : verb.sent.end]):
        # "said that for the first time German troops would be ...": the parser made the complementiser the verb's object
        # and the clause a relative one of a noun in it; the content runs from after "that" to the sentence's end
        # ("said that was wrong": "that" a pronoun subject, followed by its verb, stays the object it is)
        tokens = [t for t in doc[that.i + 1 : verb.sent.end]]
        return _span_of(doc, tokens)
    if not clauses:
        return None
    clause = clauses[0]
    tokens = sorted(clause.subtree, key=lambda t: t.i)  # (a crossing parse yields a subtree out of text order)
    while len(tokens) > 2 and tokens[-1].is_punct and tokens[-2].i < tokens[-1].i - 1:
        tokens.pop()  # ("A in May, the chairman of X, Y, said": a comma the parser hung on A across the speaker's words)
    for more in clauses[1:]:
        if more.left_edge.i == tokens[-1].i + 1 and more.i > clause.i and not (tokens[-1].is_punct or more.left_edge.is_punct
                                                                              or tokens[-1].dep_ == "cc"):
            # "predicted that it was launched by X conflict could stop by summer": a translated clause the parser cut in two
            tokens += sorted(more.subtree, key=lambda t: t.i)
    while len(tokens) > 1 and tokens[-1].dep_ == "cc" and tokens[-1].head.i == clause.i:
        tokens.pop()  # "said A, and Y said B": the "and" before another report is no part of A
    quote_mark = doc[tokens[0].i - 1] if tokens[0].i > 0 and not tokens[0].tag_ == "``" else tokens[0]
    if clause.i < verb.i and quote_mark.tag_ == "``":
        # '"Returns will stall," UNHCR's regional director ... told': the parser hung words after the quotation on
        # the clause inside it; the quotation's closing mark ends what was said
        end_mark = next((t for t in tokens if t.i > quote_mark.i and t.tag_ == "''"), None)
        if end_mark is not None and end_mark.i < tokens[-1].i:
            tokens = [t for t in tokens if t.i < end_mark.i]
    if clause.i < verb.i:
        tokens = _without_title_tail(tokens, verb)  # "<clause>, co-founder and CEO X said": the title opens the frame
    elif verb.dep_ == "relcl" and verb.left_edge.tag_ in ("WDT", "WP") and verb.left_edge.i > 0 and doc[verb.left_edge.i - 1].text == ",":
        # "the bridge, which the mayor said would open in May, is closed": the relative word, the reported clause's
        # subject, stands before the frame; what was said is the clause after the verb, up to the comma that closes the
        # relative clause (its subject, the noun, goes into the event)
        tokens = [t for t in tokens if t.i > verb.i]
        closing = next((t for t in tokens if t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].dep_ == "conj"
                        or t.dep_ == "conj" and t.head.i == clause.i and doc[t.left_edge.i - 1].text == ","), None)
        if closing is not None:
            tokens = [t for t in tokens if t.i < (closing.i if closing.text == "," else closing.left_edge.i - 1)]
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is not None and tokens[0].i < mark.i:
        # "reported, citing the ministry, that ...": words the parser hung on the clause before its "that"
        tokens = [t for t in tokens if t.i >= mark.i]
    if clause.dep_ == "ccomp" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        # "noting both the central bank and the ECB hiked": the parser made the clause's subject the verb's object
        # ("saying shelling would intensify": a gerund subject the parser read as the verb's own complement)
        objects = [c for c in verb.children if (c.dep_ == "dobj" or c.dep_ == "xcomp" and c.tag_ == "VBG") and verb.i < c.i < clause.i]
        marks = [t for t in doc[verb.i + 1 : clause.i] if t.lower_ == "that" and t.pos_ == "SCONJ"]
        if not objects and not marks and free_relative(verb):
            return None  # "Everything Berg says is a lie": the verb is in a relative clause; its object is the sentence's subject
        if objects:
            tokens = list(doc[objects[0].left_edge.i : clause.right_edge.i + 1])
        elif marks and marks[-1].i + 1 < clause.i:
            # "said in a statement that groups linked to X planned ...": the subject the parser hung on "statement"
            tokens = list(doc[marks[-1].i + 1 : clause.right_edge.i + 1])
    for child in clause.children:
        # "..., while showing less pessimism" / "..., adding that ...": a
        # subjectless participle after the reported clause is the speaker's
        # own act, not what they said.
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > clause.i and child.right_edge.i == tokens[-1].i and doc[child.left_edge.i - 1].text == "," \
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children) \
                and (any(g.dep_ == "mark" and g.lower_ == "while" for g in child.children) or child.lemma_.lower() in lexicon.verbs
                     or child.lemma_.lower() in ("cite", "refer")):  # (", citing two officials": whom it relays)
            tokens = [t for t in tokens if t.i < child.left_edge.i - 1]
            break
    for child in verb.children:
        # "added that A, but that B": a second "that" clause coordinated with
        # the verb is reported too.
        # 'said A "won the vote," and still "walked off with a seat"': a subjectless conjunct opening a quotation continues it.
        quoted = not any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children) and any(
            g.text in QUOTE_MARKS and g.i < child.i for g in child.children)
        if child.dep_ == "conj" and child.i > tokens[-1].i and (quoted or any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children)):
            tokens = [*tokens, *(t for t in doc[tokens[-1].i + 1 : child.right_edge.i + 1])]
    tail = doc[tokens[-1].i + 1 : verb.sent.end]
    if len(tail) > 2 and _TRAILING_CONDITION.match(tail.text) and (tail[0].text == "," or doc[tail.start - 1].text == ",") \
            and all(t.is_punct or verb in t.ancestors for t in tail):
        # "said A, provided B": the parser hung the condition on the report ("provided" read as the speaker's own
        # verb); the condition is part of what was said
        tokens = [*tokens, *(t for t in tail if not (t.is_punct and t.i == tail.end - 1))]
    later = [verb.head] if verb.dep_ in ("ccomp", "advcl", "parataxis") and verb.head.i > verb.i else []
    for reporter in (verb, *later, *(c for c in verb.children if c.dep_ == "conj" and c.i > clause.i)):
        # "Ukraine expects A, a senior official, who ..., told Y": the speaker of the report is no content
        speaker = trailing_appositive(reporter)
        if speaker is not None and tokens[0].i < speaker.i <= tokens[-1].i:
            tokens = [t for t in tokens if t.i < speaker.left_edge.i - 1]
            break
    # "expect prices to fall, according to a review by X": the source the report is relayed through is no content
    for t in tokens:
        if t.lower_ == "according" and t.i > tokens[0].i and doc[t.i - 1].text == "," and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to" \
                and all(u.is_punct for u in tokens if u.i > t.right_edge.i):
            tokens = [u for u in tokens if u.i < t.i - 1]  # (only at the end: "that, according to X, A" keeps A)
            break
    # "told a rally that A and predicted that B": a second report of the same speaker the parser hung on A
    for t in tokens:
        if t.dep_ == "conj" and t.head.i == clause.i and t.lemma_.lower() in lexicon.verbs and t.pos_ == "VERB" \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
                and (any(c.dep_ == "ccomp" for c in t.children) or t.lemma_.lower() in lexicon.object_charges and any(
                    c.dep_ == "prep" and c.lower_ == lexicon.object_charges[t.lemma_.lower()] for o in (t, *t.children) for c in o.children)
                    or _exhortation(t, t.lemma_.lower(), lexicon) is not None and t.tag_ == verb.tag_) \
                or t.head.i == clause.i and _asks(t, verb) \
                or _speakers_own_act(t, verb, clause, lexicon):
            # (and "... that A and accused Y of B": a charge is a report of its own; "said A and urged Y not to B":
            # an exhortation in the speaker's own tense; "notes that A and asks who will B": a question)
            cc = [c for c in clause.children if c.dep_ == "cc" and c.i < t.i] or [
                c for c in t.head.children if c.dep_ == "cc" and c.i < t.i][-1:]  # (the "and" before it, wherever hung)
            cut = min([t.left_edge.i, *(c.i for c in cc)])
            tokens = [u for u in tokens if u.i < cut]
            break
    # "warned that A, while Y said B", "claimed that A, and ISW assesses that B": a second report with its own speaker is
    # no part of the first (nor is the "and" that joins it)
    for t in tokens:
        if t.dep_ in ("advcl", "conj") and t.i > clause.i and t.lemma_.lower() in lexicon.verbs and t.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in t.children):
            cut = t.left_edge.i - 1
            if doc[cut].dep_ == "cc" and doc[cut].head.i in (t.i, t.head.i) and cut > 0 and doc[cut - 1].is_punct:
                cut -= 1  # (", and ISW assesses ...")
            if doc[cut].is_punct:
                tokens = [u for u in tokens if u.i < cut]
                break
    # "claimed that it had repelled an attack, a claim that could not be verified": the writer's comment on the claim
    for t in tokens:
        if t.dep_ in ("appos", "npadvmod", "dobj") and t.lemma_.lower() in COMMENT_NOUNS and t.i > tokens[0].i \
                and doc[t.left_edge.i - 1].text == ",":  # (", a claim for which he offered no evidence": a second object)
            tokens = [u for u in tokens if u.i < t.left_edge.i - 1]
            break
    # "said A, without giving details", "said A, in his sharpest comments yet": how or where it was said, the
    # writer's words set off by a comma after the clause
    for t in tokens:
        if t.dep_ == "prep" and t.i > clause.i and doc[t.i - 1].text == "," and (
                t.lower_ == "without" and any(c.dep_ == "pcomp" and c.lemma_.lower() in _WITHHELD for c in t.children)
                or t.lower_ == "in" and any(c.dep_ == "pobj" and c.lemma_.lower() in UTTERANCE_NOUNS for c in t.children)):
            tokens = [u for u in tokens if u.i < t.i - 1]
            break
    # "said on Friday he expected ...": the time of saying, parsed into the clause, is no content
    # (but "said the next months would be decisive": a time that is the clause's subject stays).
    subjects = {t.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    while len(tokens) > 2 and tokens[0].i > verb.i and tokens[0].i not in subjects and (tokens[0].ent_type_ == "DATE" or (
            tokens[0].dep_ == "prep" and tokens[1].ent_type_ == "DATE")):
        tokens.pop(0)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    # ("said if the talks fail, the union will strike": an "if" that opens a condition of the clause stays)
    conditional = tokens[0].lower_ == "if" and tokens[0].dep_ == "mark" and tokens[0].head.dep_ == "advcl" \
        and tokens[0].head.head.i == clause.i
    return trim(doc_text(doc), start, end, mark=not conditional) if start < end else None


def _exhortation(verb: Token, lemma: str, lexicon: CueLexicon) -> tuple[Token, Token] | None:
    """Whom an exhortation (``verb``, of ``lemma``) urges and its to-infinitive ("urged the board not to resign",
    "called on X to act"), or None."""
    if lemma not in lexicon.exhortation_verbs:
        return None
    via = lexicon.exhortation_verbs[lemma]
    whom = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == via for g in c.children if g.dep_ == "pobj"] if via \
        else [c for c in verb.children if c.dep_ == "dobj"]
    to = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and whom and c.i > whom[0].i
          and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    return (whom[0], to[0]) if whom and to else None


def _speakers_own_act(token: Token, verb: Token, clause: Token, lexicon: CueLexicon) -> bool:
    """True for "said the move showed that NATO was turning X and promised a response": a reporting verb in the
    cue's own tense, with no subject, that the parser joined to a verb of another form deep in the clause; the
    speaker's next act, not the clause's."""
    return token.dep_ == "conj" and token.head.i != clause.i and token.lemma_.lower() in lexicon.verbs and token.pos_ == "VERB" \
        and token.tag_ == verb.tag_ == "VBD" and token.head.tag_ != token.tag_ and token.head.tag_ in ("VBG", "VBN", "VB") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) and (token.head.i == clause.i or clause.is_ancestor(token.head))


def _asks(token: Token, verb: Token) -> bool:
    """True for "and asks who will pay": a question the speaker asks after the clause, in the cue's own tense."""
    return token.dep_ == "conj" and token.lemma_.lower() in ("ask", "wonder") and token.tag_ == verb.tag_ \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) \
        and any(c.dep_ == "ccomp" and any(g.tag_ in ("WP", "WRB", "WDT") or g.lower_ in ("whether", "if") for g in c.subtree) for c in token.children)


def _closes_before_conjunct(verb: Token) -> bool:
    """True when all that follows a parenthetical frame ("..., he said, and could ...") is a conjunct of the clause it
    sits in, with its own modal or verb and no subject of its own: the clause goes on after the frame."""
    head = verb.head
    after = [t for t in head.subtree if t.i > verb.right_edge.i and not t.is_punct]
    conjuncts = [c for c in head.children if c.dep_ == "conj" and c.i > verb.i and c.pos_ in ("VERB", "AUX")
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    kept = {t.i for c in conjuncts for t in c.subtree} | {c.i for c in head.children if c.dep_ == "cc" and c.i > verb.i}
    return bool(after) and bool(conjuncts) and all(t.i in kept for t in after)


#: Words that open a condition fronted before a frame set inside its clause ("If the talks fail, analysts said, ...").
_FRONTED_CONDITIONS = word_set("contents", "fronted_conditions")


def _condition_after_frame(verb: Token) -> bool:
    """True when all that follows a closing frame set off by commas ("..., diplomats said,") is one clause of condition
    hung on the reported clause ("provided Hungary lifts its veto", "unless inflation surprises"): the speaker's
    condition, so the claim goes on after the frame."""
    head = verb.head
    comma = verb.right_edge if verb.right_edge.text == "," else verb.doc[verb.right_edge.i + 1] \
        if verb.right_edge.i + 1 < len(verb.doc) else verb.right_edge
    if comma.text != ",":
        return False
    after = [t for t in verb.doc[comma.i + 1 : verb.sent.end] if not t.is_punct]
    if not after:
        return False
    opening = " ".join(t.lower_ for t in after[:3])
    marks = prediction_words().condition_marks
    if not any(opening == m or opening.startswith(m + " ") for m in marks if m not in ("when", "once", "without", "should")):
        return False  # ("when", "once": a time, told by the writer as often as by the speaker)
    clause = next((c for c in head.children if c.left_edge.i == after[0].i), None)
    return clause is not None and all(t.i in {d.i for d in clause.subtree} for t in after)


#: Prepositions whose phrase after a closing frame goes on with the reported clause.
_CONTINUING = word_set("contents", "continuing_prepositions")


def _expects_of_itself(verb: Token) -> bool:
    """True for a forecasting verb in the active voice whose subject foresees its own act or lot, a to-infinitive
    with no object between ("Ukraine expects to receive the jets in May"); not "is expected to" (others expect), nor
    "what many expect to be" (the relative word is what is foreseen)."""
    children = list(verb.children)
    return any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in children) \
        and not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") or c.tag_ in ("WP", "WDT") for c in children) \
        and not any(g.tag_ in ("WP", "WDT") for c in children if c.dep_ == "xcomp" for g in c.children)


def _phrase_after_frame(verb: Token) -> bool:
    """True when all that follows a closing frame set off by commas ("..., he said,") is one prepositional phrase hung
    on the reported clause, or by the parser on the frame's verb, whose preposition tells no circumstance of the saying
    ("along the whole border", "for how the mines can stay open"): the clause goes on after the frame."""
    doc = verb.doc
    own = {t.i for t in verb.subtree}
    comma = next((t for t in doc[verb.i + 1 : verb.sent.end] if t.text == "," or t.i not in own), None)
    if comma is None or comma.text != ",":
        return False
    after = [t for t in doc[comma.i + 1 : verb.sent.end] if not t.is_punct]
    if not after or after[0].lower_ not in _CONTINUING:
        return False
    phrase = next((c for c in (*verb.head.children, *verb.children) if c.i == after[0].i and c.dep_ == "prep"), None)
    return phrase is not None and all(t.i in {d.i for d in phrase.subtree} for t in after)


def _course_after_frame(verb: Token) -> bool:
    """True when a closing frame set off by commas is followed, to the sentence's end, by "before" and a gerund with a
    figure, and the clause before the frame has a figure too: the forecast's next step, said by the same speaker
    ("Growth will slow to 2%, the bank said, before picking up to 3% in 2027"; but "..., he said, before leaving the
    stage" is the writer's account of the speaker, and "after peaking at 9% in June" times what came first)."""
    doc = verb.doc
    comma = next((t for t in doc[verb.i + 1 : verb.sent.end] if t.text == ","), None)
    if comma is None or comma.i + 2 >= verb.sent.end:
        return False
    word, gerund = doc[comma.i + 1], doc[comma.i + 2]
    if word.lower_ != "before" or gerund.tag_ != "VBG" or word.head.i != verb.head.i and word.head.i != verb.i:
        return False
    after = doc[comma.i + 1 : verb.sent.end]
    before = doc[verb.head.left_edge.i : verb.left_edge.i]
    return all(any(t.ent_type_ in _FIGURES for t in side) for side in (before, after))


def _clause_before_frame(verb: Token) -> Span | None:
    """Return the clause that opens the sentence and ends, with a comma, where a frame set off by commas begins
    ("<clause>, the ministry said, <adverbial>"), or None: it needs a subject and a finite verb or modal of its
    own, and the frame's verb's head must lie outside the frame, after it (the adverbial)."""
    doc = verb.doc
    sentence = verb.sent
    frame = [t for t in verb.subtree if not t.is_punct]
    first, last = frame[0].i, frame[-1].i
    if first - sentence.start < 3 or doc[first - 1].text != "," or last + 1 >= sentence.end or doc[last + 1].text != ",":
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return None
    before = doc[sentence.start : first - 1]
    adverbial = verb.head
    # (a conjunct with no "and" before it is an adverbial too: "with full capacity restored a year later")
    joined = adverbial.dep_ == "conj" and not any(t.dep_ == "cc" for t in doc[last + 1 : adverbial.i])
    if adverbial.dep_ not in ("advcl", "prep", "npadvmod", "advmod") and not joined or adverbial.head.i >= first:
        return None  # (the frame hangs on a writer's adverbial of the clause before it, not on a clause of its own)
    if adverbial.i <= last or any(t.head.i > last and t.dep_ != "punct" and t.head.i != adverbial.i for t in before):
        return None  # (a clause before the frame hangs on nothing after it but the adverbial's own head)
    finite = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in before)
    subject = any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in before)
    return before if finite and subject else None


def _framed(verb: Token) -> bool:
    """True when a reporting verb is set off by commas inside the clause it reports, after that
    clause's subject: "The plan, officials said, is to ..." (not "Officials said the plan is ...")."""
    head = verb.head
    doc = verb.doc
    # (or a fronted adverbial: "Next month, the mayor announced, the city will open two shelters"; one that opens the
    # sentence may say anything: "To win the war, the general said, Ukraine needs shells", "Without more aid, ...")
    subjects = [c for c in head.children if c.i < verb.left_edge.i and (c.dep_ in ("nsubj", "nsubjpass") or (
        c.dep_ in ("npadvmod", "advmod", "prep", "advcl") and (c.left_edge.i == verb.sent.start
                                                               or any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree))))]
    first, last = verb.left_edge.i, verb.right_edge.i
    # (the parser may hang the fronted time on the frame's verb: it opens the sentence and a comma follows it)
    # (and a fronted condition: "If the talks fail, analysts said, Kharkiv could face ...")
    fronted = next((c for c in verb.children if c.i < verb.i and c.left_edge.i == verb.sent.start
                    and (c.dep_ in ("npadvmod", "advmod", "prep") and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
                         or c.dep_ == "advcl" and c.left_edge.lower_ in _FRONTED_CONDITIONS)
                    and c.right_edge.i + 1 < verb.i and doc[c.right_edge.i + 1].text == ","), None)
    if fronted is not None:
        subjects, first = [fronted], fronted.right_edge.i + 1
    opens = doc[first].text == "," or (first > 0 and doc[first - 1].text == ",")
    closes = doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")
    return bool(subjects) and opens and closes and last < head.i


def subject_range(cue: Cue, doc: Doc) -> tuple[int, int] | None:
    """Return doc offsets of a reporting verb's subject, or None (no subject).

    A verb in a coordination shares its subject ("X boasted ... and warned").
    """
    verb: Token = doc[cue.token]
    for candidate in (verb, verb.head if verb.dep_ == "conj" else None):
        if candidate is None:
            continue
        subjects = [c for c in candidate.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            tokens = sorted(subjects[0].subtree, key=lambda t: t.i)
            end = tokens[-1].idx + len(tokens[-1])
            # "X, who gave an interview to Y, said": Y is not a candidate speaker.
            for child in subjects[0].children:
                if child.dep_ in ("relcl", "acl"):
                    end = min(end, child.left_edge.idx)
            return tokens[0].idx, end
    return None


def phrase_content(text: str, sentence: tuple[int, int], cue_start: int, speaker_end: int) -> tuple[int, int] | None:
    """Return the content of a prepositional cue: the sentence without the cue phrase.

    "According to X, <content>" and "<content>, according to X" both occur;
    a lone connective before the cue ("Currently, according to him, ...")
    is not content, so the longer remaining side is taken.
    """
    lo, hi = sentence
    before = trim(text, lo, cue_start)
    after = trim(text, speaker_end, hi)
    before_text = text[before[0] : before[1]]
    if _CONNECTIVE.match(before_text) or len(before_text.split()) <= 2:
        before = (before[0], before[0])
    choice = after if (after[1] - after[0]) >= (before[1] - before[0]) else before
    return choice if choice[1] - choice[0] > 0 else None


#: A condition closing a reported clause: ", provided B", ", unless B", ", as long as B".
_TRAILING_CONDITION = re.compile(r",?\s*(?:provided|providing|unless|as\s+long\s+as|so\s+long\s+as)\b", re.IGNORECASE)


def _coordinated_frame(verb: Token) -> Token | None:
    """Return the comma before a closing frame's subject when the parser coordinated the frame with the clause it
    reports ("<clause>, the institute said in its daily update."), else None. Read by shape: a reporting verb, a
    conjunct of a verb before it, with its own subject right after a comma and no conjunction between, nothing of
    its own reported, and only its own words after it to the sentence's end ("<clause>, but it will respond" has "but")."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or verb.lemma_.lower() not in cue_lexicon().verbs or any(c.dep_ in ("ccomp", "xcomp", "dobj", "aux", "neg") for c in verb.children):
        return None
    # (the nearest subject: "A were killed and five wounded, the governor said" can give the frame the clause's too)
    subject = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i, default=None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.left_edge.i - verb.sent.start < 4:
        return None
    doc = verb.doc
    first = subject.left_edge.i
    while first - 1 > verb.sent.start + 3 and _title_word(doc[first - 1]) and subject.pos_ == "PROPN":
        first -= 1  # ("<clause>, co-founder and CEO Anna K. said": a title the parser split off the name)
    comma = doc[first - 1]
    if comma.text != "," or any(t.dep_ == "cc" or t.pos_ == "CCONJ" for t in doc[comma.i : verb.i] if not first <= t.i <= subject.i):
        return None
    return comma if only_its_own_words_after(verb) else None


def inverted_role_object(verb: Token) -> bool:
    """True for an inverted frame after a comma whose speaker, a role noun, the parser made the verb's object
    ("<clause>, announced the government spokesman, Mihai R., without giving figures"), with a clause before it."""
    doc = verb.doc
    if verb.i - verb.sent.start < 4 or doc[verb.i - 1].text != "," or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    role = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ == "NOUN"), None)
    if role is None or not (role.lemma_.lower() in role_words().roles or role.lemma_.lower() in role_words().source_nouns):
        return False
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[verb.sent.start : verb.i - 1])


def _closing_aside(verb: Token) -> bool:
    """True when a closing frame ("..., the agency said,") is followed to its sentence's end by a noun phrase with no
    verb: the writer's aside on the clause ("the twelfth such loss since 2022"), no part of what was said; or by the
    outlet that relays it ("..., X said, quoted by the state agency BelTA.", "..., cited by Interfax")."""
    comma = verb.right_edge if verb.right_edge.text == "," else verb.doc[verb.right_edge.i + 1] \
        if verb.right_edge.i + 1 < verb.sent.end else verb.right_edge
    rest = [t for t in verb.doc[comma.i + 1 : verb.sent.end] if not t.is_punct]
    relayed = len(rest) >= 3 and rest[0].lower_ in ("quoted", "cited") and rest[1].lower_ == "by"
    return comma.text == "," and bool(rest) and (relayed or rest[0].pos_ in ("DET", "ADJ", "NUM")
                                                 and not any(t.pos_ in ("VERB", "AUX") for t in rest))


#: Conjunctions that open a clause of time.
_TIME_MARKS = word_set("contents", "time_marks")
#: Conjunctions that open a clause of concession.
_CONCESSIVE = word_set("contents", "concessive_marks")


def _clause_after_frame(verb: Token) -> bool:
    """True when a closing frame set off by commas ("..., three diplomats said,") is followed to its sentence's end by
    one clause of the writer's that the parser hung on the reported clause: an adverbial clause opened by its
    conjunction ("after the talks ended") or a conjunct with its own subject ("and the government will pay")."""
    head = verb.head
    comma = verb.doc[verb.right_edge.i + 1] if verb.right_edge.text != "," and verb.right_edge.i + 1 < len(verb.doc) \
        else verb.right_edge
    if comma.text != ",":
        return False
    after = [t for t in verb.doc[comma.i + 1 : verb.sent.end] if not t.is_punct]
    if not after:
        return False
    clause = next((c for c in head.children if c.left_edge.i in (comma.i + 1, comma.i + 2) and c.i > comma.i
                   and c.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return False
    # a clause of time tells when ("after the talks ended"), one of concession what the writer sets against it
    # ("though details were still being negotiated"); one of reason or condition ("since ...", "if ...") is the
    # speaker's argument, which goes on
    opened = clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.i == clause.left_edge.i and c.lower_ in _TIME_MARKS | _CONCESSIVE
                                            for c in clause.children)
    joined = clause.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children) \
        and any(c.dep_ == "cc" and c.i == comma.i + 1 for c in head.children)
    kept = {t.i for t in clause.subtree} | {comma.i + 1}
    return (opened or joined) and all(t.i in kept for t in after)


def only_its_own_words_after(verb: Token) -> bool:
    """True when all that follows ``verb`` to its sentence's end is its own (its modifiers) or punctuation: a frame
    that closes the sentence ("<clause>, the ministry said on Monday.")."""
    own = {t.i for t in verb.subtree}
    return all(t.is_punct or t.i in own for t in verb.doc[verb.i + 1 : verb.sent.end])


def free_relative(verb: Token) -> bool:
    """True when a reporting verb's subject follows a word that opens a relative clause without "that"
    ("Everything Berg says is a lie"): the verb reports nothing of its own, whatever the parser hung on it."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    first = verb.doc[subject.left_edge.i] if subject is not None else None
    # ("all the experts said": "all" determines the subject and opens nothing)
    return first is not None and subject is not None and first.i != subject.i and first.lower_ in _FREE_RELATIVES \
        and first.dep_ not in ("det", "predet", "amod", "quantmod", "nummod")


def has_subject_infinitive(span: Span) -> bool:
    """Return True for "prices to fall", "the rate to be cut": a subject with a to-infinitive (what "expect" reports)."""
    return any(t.tag_ in ("VB", "VBN") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
               and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in span)


def has_clause(span: Span) -> bool:
    """Return True when ``span`` holds a finite verb: a statement, not a bare phrase.

    A past form the tagger read as a participle though the parse gives it a
    subject and no auxiliary ("activists planned to call a boycott") is finite,
    as is one the parser hung on a noun no finite verb governs ("[according to
    X,] oil revenues recovered by 12 percent": the noun made the root, or the
    preposition's object), or one reported in a relative clause whose relative
    word is its subject ("the strike, which officials said killed 14 people").
    """
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.tag_ == "VBN" and (
        any(c.dep_ == "nsubj" for c in t.children) or t.dep_ == "acl" and t.head.dep_ in ("ROOT", "pobj") and t.head.pos_ in ("NOUN", "PROPN")
        and not any(a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in t.head.ancestors)
        or t.dep_ == "ccomp" and t.head.dep_ == "relcl")  # ("the strike, which X said [killed] 14 people": its subject the relative word)
               and not any(c.dep_ in ("aux", "auxpass") for c in t.children) for t in span)
