"""Score an extractor against gold annotations in four formats.

Gold formats, detected per file (``claimgraph evaluate PATH...``):

- claimgraph's own gold YAML (``tests/gold``): ``source`` (relative to the gold
  file), ``source_sha256``, ``published``, ``publisher`` and ``claims``, each
  with ``start``, ``end``, ``speaker`` (a name or a list of accepted names),
  ``is_prediction`` and optionally ``window: [start, end]``;
- curated claim files (``data/claims/*.yaml``): each ``text`` located verbatim;
- the news corpus gold YAML (``article``, ``people``, ``organisations``,
  ``statements`` with verbatim ``quote`` strings): the article is
  ``../articles/<article>`` beside the gold file; each quote is located
  exactly, then ignoring whitespace and the shape of quote marks; identical
  quotes take successive occurrences (the last one again when there is no
  further one: one content, two speakers); a quote not found is a warning;
- brat standoff (PolNeAR): Content spans of Attribution relations, their
  Source span as the speaker; a relation without a Source (PolNeAR's
  Attribution-no-source) is a content with an unknown speaker.

Metrics (per article, summed over articles for the micro-averaged total):

- content recall: a gold content is *found* when the union of the claims'
  spans covers at least half of its characters (a multi-fragment brat
  content counts its fragments' characters);
- content precision: a claim is *correct* when at least half of its
  characters lie in gold contents whose speaker accepts the claim's speaker;
- speaker accuracy: among found gold contents with a named speaker, the
  share whose claim (the one covering most of the content) has that speaker
  (or, for one content the gold attributes to two speakers, either);
- prediction precision/recall: a predicted claim is right when at least
  half of its characters lie in gold predictions; a gold prediction is found
  when predicted claims cover at least half of its characters, or when its
  content is found and a predicted claim lies (half of it) inside it: the
  extractor gives a quotation of several sentences one claim per sentence,
  and only the sentences that predict are predictions; kind accuracy
  compares the extractor's ``Prediction.kind`` (``n/a`` while it has none)
  with the gold ``prediction_kind`` of found predictions;
- windows: the share of gold predictions with a ``horizon`` whose claim got
  a window (the matching claim, or a predicted sentence claim inside a found
  gold prediction, as for recall); "windows right" counts gold explicit
  windows matched exactly.

Same speaker. Names are compared case- and accent-folded (``graph.store.names.fold``,
a leading "the" dropped), with the gold's alias lists (the news gold
``people``/``organisations`` entries), by surname (the last word of one name
is a word of the other, so "Clinton" matches the PolNeAR source "Hillary
Clinton's campaign"), and with rapidfuzz for spelling variants
("Lukashenko"/"Lukashenka"). A gold source that is not named (news
``named: false``; a PolNeAR source that is a pronoun or a description; no
source at all) accepts any claim speaker: the gold does not say whom it
resolves to, so precision does not punish the extractor's resolution of it.
A PolNeAR Source span is *named* when one of its words is capitalised and is
not a pronoun, determiner, or sentence-initial word also written in lower case
elsewhere in the article ("Officials said" is not named; "Trump said" is).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from graph.errors import InputError
from graph.model import Claim, Extraction, Prediction, Source, text_hash
from graph.store.names import fold
from ingest.overlap import covered, enough

#: rapidfuzz ratio for two spellings of one word to count as one (as graph.store.names).
FUZZY_WORD = 88.0


@dataclass(frozen=True)
class GoldClaim:
    """One annotated content: its span, speaker name(s), and prediction facts.

    ``speakers`` empty means an unknown speaker; ``named`` False means the
    gold source is a pronoun or description (any claim speaker is accepted).
    ``fragments`` default to ``((start, end),)``.
    """

    start: int
    end: int
    speakers: tuple[str, ...]
    is_prediction: bool = False
    window_start: date | None = None
    window_end: date | None = None
    sha: str | None = None
    named: bool = True
    kind: str | None = None
    horizon: str | None = None
    fragments: tuple[tuple[int, int], ...] = ()
    via: str | None = None
    """The outlet or source that relays the statement (news gold's ``via``)."""
    about: str | None = None
    """The predicted event in a few words (news gold's ``about``, a curated prediction's ``event``)."""

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        return self.fragments or ((self.start, self.end),)

    @property
    def size(self) -> int:
        return sum(b - a for a, b in self.spans)


@dataclass(frozen=True)
class Gold:
    """The gold contents of one source."""

    source: Path
    source_sha256: str | None
    published: date | None
    publisher: str | None
    claims: tuple[GoldClaim, ...]
    missing: tuple[str, ...] = ()
    """Gold texts not found in the article (left out, reported as warnings)."""
    aliases: tuple[tuple[str, ...], ...] = ()
    """Groups of names that denote one speaker (the news gold people/organisations)."""
    predictions: bool = True
    """Whether the format labels predictions (brat does not: prediction scores are n/a)."""
    path: Path | None = None
    """The gold file itself."""


@dataclass(frozen=True)
class PRF:
    """Counts behind precision and recall."""

    correct_found: int = 0
    found: int = 0
    gold_found: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.correct_found / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.correct_found + other.correct_found, self.found + other.found,
                   self.gold_found + other.gold_found, self.gold + other.gold)


@dataclass(frozen=True)
class Ratio:
    """A share: ``right`` of ``total`` (``None`` when there is nothing to judge)."""

    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.right + other.right, self.total + other.total)

    def __str__(self) -> str:
        return f"{self.right}/{self.total}"


@dataclass(frozen=True)
class Mistake:
    """A missed gold content, a wrong claim, or a gold quote not found in its article."""

    article: str
    kind: str
    """``missed``, ``wrong`` or ``unfound``."""
    start: int
    end: int
    text: str
    gold_speaker: str | None
    found_speaker: str | None


@dataclass(frozen=True)
class Scores:
    """Content, speaker and prediction scores of one article (or a sum of them)."""

    attribution: PRF = PRF()
    """Contents: precision (claims in same-speaker gold) and recall (gold covered)."""
    prediction: PRF = PRF()
    windows_right: int = 0
    windows: int = 0
    speaker: Ratio = Ratio()
    kind: Ratio = Ratio()
    kind_given: int = 0
    """Found predictions for which the extractor gave a kind at all."""
    windowed: Ratio = Ratio()
    """Gold predictions with a horizon whose claim got a window."""
    relayed: Ratio = Ratio()
    """Found gold contents with a relay (``via``) whose claim names it."""
    labelled: int = 0
    """Articles whose gold labels predictions."""
    mistakes: tuple[Mistake, ...] = field(default=())

    @property
    def content(self) -> PRF:
        return self.attribution

    @property
    def misses(self) -> tuple[str, ...]:
        """One line per mistake, for assertion messages."""
        return tuple(f"{m.kind} {m.start}-{m.end} {m.gold_speaker}/{m.found_speaker}: {m.text[:60]}" for m in self.mistakes)

    def __add__(self, other: Scores) -> Scores:
        return Scores(self.attribution + other.attribution, self.prediction + other.prediction,
                      self.windows_right + other.windows_right, self.windows + other.windows,
                      self.speaker + other.speaker, self.kind + other.kind, self.kind_given + other.kind_given,
                      self.windowed + other.windowed, self.relayed + other.relayed, self.labelled + other.labelled,
                      self.mistakes + other.mistakes)

    def summary(self) -> str:
        """Return the scores as readable lines."""
        a, p = self.attribution, self.prediction
        return (
            f"content      P={a.precision:.3f} R={a.recall:.3f} F1={a.f1:.3f} ({a.correct_found}/{a.found} found, {a.gold_found}/{a.gold} gold)\n"
            f"speaker      {_share(self.speaker)} of found named contents\n"
            + (f"prediction   P={p.precision:.3f} R={p.recall:.3f} F1={p.f1:.3f} ({p.correct_found}/{p.found} found, {p.gold_found}/{p.gold} gold)\n"
               if self.labelled else "prediction   n/a (the gold labels no predictions)\n")
            + f"kind         {_share(self.kind) if self.kind_given else 'n/a'}\n"
            f"windows      {_share(self.windowed)} of predictions with a horizon; {self.windows_right}/{self.windows} explicit windows right\n"
            f"relays       {_share(self.relayed)} of found contents with a relay"
        )


def _share(ratio: Ratio) -> str:
    value = ratio.value
    return f"{value:.3f} ({ratio})" if value is not None else "n/a"


# ---------------------------------------------------------------- reading gold


def _date(value: Any, path: Path) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as e:
        raise InputError(path, f"not a date: {value!r}") from e


def _yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise InputError(path, f"cannot read gold annotations: {str(e).splitlines()[0]}") from e


def load_gold(path: str | Path) -> Gold:
    """Return the gold annotations in ``path``; ``source`` is relative to the gold file.

    Raises:
        InputError: the file is not valid YAML or lacks a field.
    """
    path = Path(path)
    data = _yaml(path)
    if not isinstance(data, dict) or "source" not in data or "claims" not in data:
        raise InputError(path, "gold annotations need 'source' and 'claims'")
    claims = []
    for number, item in enumerate(data["claims"], start=1):
        try:
            speakers = item["speaker"] if isinstance(item["speaker"], list) else [item["speaker"]]
            window = item.get("window") or (None, None)
            claims.append(GoldClaim(int(item["start"]), int(item["end"]), tuple(map(str, speakers)),
                                    bool(item.get("is_prediction")), _date(window[0], path), _date(window[1], path),
                                    item.get("sha")))
        except (KeyError, TypeError, ValueError) as e:
            raise InputError(path, f"claim {number}: {e}") from e
    return Gold((path.parent / data["source"]).resolve(), data.get("source_sha256"), _date(data.get("published"), path),
                data.get("publisher"), tuple(claims), path=path)


def gold_from_curated(path: str | Path) -> Gold:
    """Return gold built from a curated claims file (``data/claims/*.yaml``).

    Each claim's ``text`` is located verbatim in the article named by
    ``source.article`` (relative to the claims file); the article's front
    matter gives the publication date. Texts not found go to ``missing``.

    Raises:
        InputError: the file or its article cannot be read.
    """
    from ingest.read import read_source

    path = Path(path)
    data = _yaml(path)
    try:
        article = (path.parent / data["source"]["article"]).resolve()
    except (KeyError, TypeError) as e:
        raise InputError(path, f"cannot read curated claims: missing {e}") from e
    source = read_source(article)
    claims: list[GoldClaim] = []
    missing: list[str] = []
    for item in data.get("claims") or ():
        text = str(item.get("text") or "")
        at = source.text.find(text) if text else -1
        if at < 0:
            missing.append(text)
            continue
        speaker = item.get("speaker") or {}
        names = [speaker.get("name"), *(speaker.get("aliases") or ())] if isinstance(speaker, dict) else [speaker]
        prediction = item.get("prediction") or next(iter(item.get("predictions") or ()), None)
        claims.append(GoldClaim(
            at, at + len(text), tuple(str(n) for n in names if n), prediction is not None,
            _date(prediction.get("window_start"), path) if prediction else None,
            _date(prediction.get("window_end"), path) if prediction else None,
            horizon=prediction.get("horizon") if prediction else None,
            about=prediction.get("event") if prediction else None,
        ))
    return Gold(article, text_hash(source.text), source.published, source.publisher, tuple(claims), tuple(missing),
                path=path)


#: Quote marks of every shape, compared as one.
_QUOTE_MARKS = str.maketrans({c: '"' for c in "“”„‟«»\"″"} | {c: "'" for c in "‘’‚‛′`"})


def _loose(text: str) -> tuple[str, list[int]]:
    """Return ``text`` with quote marks unified and whitespace runs as one space, and each character's offset."""
    out: list[str] = []
    offsets: list[int] = []
    for at, char in enumerate(text.translate(_QUOTE_MARKS)):
        if char.isspace():
            if out and out[-1] == " ":
                continue
            char = " "
        out.append(char)
        offsets.append(at)
    return "".join(out), offsets


class QuoteFinder:
    """Locates quotes in one text: exact first, then ignoring whitespace and quote-mark shapes.

    Identical quotes asked again take the next occurrence; when there is none,
    the last one again (one content attributed to two speakers).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._loose: tuple[str, list[int]] | None = None
        self._after: dict[str, int] = {}
        self._last: dict[str, tuple[int, int]] = {}

    def find(self, quote: str) -> tuple[int, int] | None:
        """Return the span of the next occurrence of ``quote``, or None."""
        quote = quote.strip()
        if not quote:
            return None
        after = self._after.get(quote, 0)
        at = self.text.find(quote, after)
        if at >= 0:
            span = (at, at + len(quote))
        else:
            if self._loose is None:
                self._loose = _loose(self.text)
            loose, offsets = self._loose
            wanted = _loose(quote)[0].strip()
            start = next((i for i, o in enumerate(offsets) if o >= after), len(offsets))
            hit = loose.find(wanted, start) if wanted else -1
            if hit < 0:
                return self._last.get(quote)
            span = (offsets[hit], offsets[hit + len(wanted) - 1] + 1)
        self._after[quote] = span[0] + 1
        self._last[quote] = span
        return span


def gold_from_news(path: str | Path) -> Gold:
    """Return gold built from a news corpus gold file (``statements`` with verbatim ``quote``).

    The article is ``../articles/<article>`` relative to the gold file (or
    beside it). Quotes not found in it go to ``missing``.

    Raises:
        InputError: the file is malformed or its article cannot be read.
    """
    from ingest.read import read_source

    path = Path(path)
    data = _yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("statements"), list) or not data.get("article"):
        raise InputError(path, "news gold needs 'article' and a list of 'statements'")
    name = str(data["article"])
    candidates = [path.parent.parent / "articles" / name, path.parent / name]
    article = next((c for c in candidates if c.exists()), candidates[0]).resolve()
    if not article.exists():
        raise InputError(path, f"its article {candidates[0]} does not exist")
    published = _date(data.get("published"), path)
    source = read_source(article, published=published, publisher=data.get("outlet"))
    finder = QuoteFinder(source.text)
    aliases = tuple(
        (str(entry["name"]), *(str(a) for a in entry.get("aliases") or ()))
        for key in ("people", "organisations")
        for entry in data.get(key) or ()
        if isinstance(entry, dict) and entry.get("name")
    )
    claims: list[GoldClaim] = []
    missing: list[str] = []
    for number, item in enumerate(data["statements"], start=1):
        if not isinstance(item, dict) or not item.get("quote"):
            raise InputError(path, f"statement {number} has no 'quote'")
        quote = str(item["quote"])
        span = finder.find(quote)
        if span is None:
            missing.append(quote)
            continue
        speaker = str(item.get("speaker") or "")
        claims.append(GoldClaim(
            span[0], span[1], (speaker,) if speaker else (), bool(item.get("is_prediction")),
            named=bool(item.get("named", True)) and bool(speaker),
            kind=item.get("prediction_kind") or None, horizon=item.get("horizon") or None,
            via=str(item["via"]) if item.get("via") else None, about=item.get("about") or None,
        ))
    return Gold(article, text_hash(source.text), source.published, source.publisher, tuple(claims), tuple(missing),
                aliases, path=path)


#: Words that do not make a source span a name, even capitalised.
_NOT_NAMES = frozenset(
    "i he she it we they you him her them us me his hers its our their your one this that these those "
    "the a an some another other many most several both all each who which".split()
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
#: Where a source span's head phrase ends: a preposition, relative pronoun or conjunction, or punctuation.
_HEAD_END = re.compile(r"\s(?:of|from|for|at|in|with|on|to|by|who|which|that|and|or)\s|[,;:(–—]")
_POSSESSIVE = re.compile(r"['’]s?$")


def is_named(span: str, start: int, text: str) -> bool:
    """Return True when the source span ``span`` (at ``start`` in ``text``) is a proper name.

    The head of the span (the last word before a preposition, a conjunction
    or punctuation: "doctor" in "Gary Johnson's doctor", "Pence" in "Gov.
    Mike Pence (R-IN)") must be capitalised and not a pronoun or determiner;
    a sentence-initial head counts only if the article never writes it in
    lower case ("Officials said" is not named, "Trump said" is).
    """
    cut = _HEAD_END.search(span)
    head_text = span[: cut.start()] if cut else span
    words = list(_WORD.finditer(head_text))
    if not words:
        return False
    head = words[-1]
    word = _POSSESSIVE.sub("", head.group().rstrip("."))
    if not word or not word[0].isupper() or word.lower() in _NOT_NAMES:
        return False
    before = text[: start + head.start()].rstrip(" \t\"'“‘(«")
    initial = not before or before[-1] in ".!?:\n"
    return not (initial and re.search(rf"\b{re.escape(word.lower())}\b", text))


def gold_from_brat(text_path: str | Path, ann_path: str | Path) -> Gold:
    """Return gold built from a brat pair: each relation's Content, its Source as the speaker.

    Raises:
        InputError: a file cannot be read or a line is malformed.
    """
    from ingest.brat import read_document

    text_path, ann_path = Path(text_path), Path(ann_path)
    document = read_document(text_path, ann_path)
    claims = []
    for relation in document.attributions:
        content = relation.content
        if content is None:
            continue
        source = relation.source
        name = " ".join(document.text[a:b] for a, b in source.fragments) if source else ""
        named = bool(source) and is_named(name, source.start if source else 0, document.text)
        claims.append(GoldClaim(content.start, content.end, (name,) if name else (), named=named,
                                fragments=content.fragments))
    claims.sort(key=lambda c: c.start)
    return Gold(text_path.resolve(), text_hash(document.text), None, None, tuple(claims),
                predictions=False, path=ann_path)


def check_gold(gold: Gold, text: str) -> list[str]:
    """Return the gold claims whose span hash does not match ``text`` (empty when all match)."""
    bad = []
    for claim in gold.claims:
        digest = hashlib.sha256(text[claim.start : claim.end].encode("utf-8")).hexdigest()
        if claim.sha and not digest.startswith(claim.sha):
            bad.append(f"{claim.start}-{claim.end}")
    return bad


def read_gold(path: str | Path) -> Gold:
    """Return the gold of one file, detecting its format.

    A ``.yaml``/``.yml`` file is news gold (``statements``), a curated claims
    file (``source.article``) or claimgraph's gold (``source`` and ``claims``);
    a ``.ann`` file, or a ``.txt`` file with annotations beside it (or in
    PolNeAR's ``attributions/``), is brat standoff.

    Raises:
        InputError: the file cannot be read or is of no known format.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".ann", ".txt"):
        return gold_from_brat(*_brat_pair(path))
    if suffix not in (".yaml", ".yml"):
        raise InputError(path, "not a gold file (expected .yaml, .ann, or a .txt with a .ann beside it)")
    data = _yaml(path)
    if isinstance(data, dict) and "statements" in data:
        return gold_from_news(path)
    if isinstance(data, dict) and isinstance(data.get("source"), dict):
        return gold_from_curated(path)
    if isinstance(data, dict) and "source" in data and "claims" in data:
        return load_gold(path)
    raise InputError(path, "not a gold file: expected news gold ('statements'), curated claims or 'source' and 'claims'")


def _brat_pair(path: Path) -> tuple[Path, Path]:
    from ingest.brat import find_documents

    if path.suffix.lower() == ".ann":
        if not path.exists():
            raise InputError(path, "no such file")
        beside = path.with_suffix(".txt")
        if path.parent.name == "attributions" and not beside.exists():
            beside = path.parent.parent / "text" / (path.stem.rsplit("_", 1)[0] + ".txt")
        if not beside.exists():
            raise InputError(path, f"its text {beside.name} is not beside it")
        return beside, path
    pairs = list(find_documents([path]))
    if not pairs:
        raise InputError(path, "no brat annotations (.ann) beside it")
    return pairs[0]


def collect_gold(paths: Iterable[str | Path]) -> list[Path]:
    """Return the gold files under ``paths``: files as given, folders searched.

    A folder yields its ``*.yaml``/``*.yml`` files and its brat texts
    (``.txt`` with a ``.ann`` beside, or PolNeAR's ``text/`` + ``attributions/``).

    Raises:
        InputError: a path does not exist.
    """
    from ingest.brat import find_documents

    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found = [p for p in path.rglob("*") if p.suffix.lower() in (".yaml", ".yml")]
            found += [text for text, _ in find_documents([path])]
            files.extend(sorted(found))
        elif path.exists():
            files.append(path)
        else:
            raise InputError(path, "no such file or folder")
    return files


# ---------------------------------------------------------------- matching


def _words(name: str) -> list[str]:
    words = fold(name).split()
    return words[1:] if words[:1] == ["the"] and len(words) > 1 else words


def _same_word(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= FUZZY_WORD)


def names_match(found: str, gold: str) -> bool:
    """Return True when the name ``found`` refers to the gold name or source span ``gold``.

    Folded equality, a surname (last word of one name) among the other's
    words, or a close spelling (rapidfuzz) of either.
    """
    f, g = _words(found), _words(gold)
    if not f or not g:
        return False
    if f == g or fuzz.ratio(" ".join(f), " ".join(g)) >= FUZZY_WORD:
        return True
    # Surnames: "Clinton" / "Hillary Clinton's campaign"; possessive 's folds to a word of its own.
    return any(_same_word(f[-1], w) for w in g if len(w) > 2) or any(_same_word(g[-1], w) for w in f if len(w) > 2)


def same_speaker(names: Iterable[str], gold: Iterable[str], aliases: Sequence[Sequence[str]] = ()) -> bool:
    """Return True when any extracted spelling names the gold speaker (or one of its aliases)."""
    accepted = list(gold)
    for group in aliases:
        if any(fold(g) == fold(n) for g in accepted for n in group):
            accepted.extend(group)
    return any(names_match(n, g) for n in names for g in accepted)


def accepts(gold: GoldClaim, names: Sequence[str], aliases: Sequence[Sequence[str]] = ()) -> bool:
    """Return True when the gold content's speaker accepts a claim by ``names``.

    An unnamed or unknown gold speaker accepts anyone (see the module docstring).
    """
    if not gold.named or not gold.speakers:
        return True
    return same_speaker(names, gold.speakers, aliases)


def _short(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def score_one(extraction: Extraction, gold: Gold) -> Scores:
    """Return the scores of one extraction against the gold of the same source (definitions: module docstring)."""
    text = extraction.source.text
    article = gold.path.stem if gold.path else gold.source.stem
    names: dict[str, list[str]] = {r.id: [r.name, *r.aliases] for r in extraction.speakers}

    def speaker_of(claim: Claim) -> list[str]:
        return names.get(claim.speaker_id, [claim.speaker_id])

    def gold_text(g: GoldClaim) -> str:
        return " ".join(text[a:b] for a, b in g.spans)

    claims = list(extraction.claims)
    spans = [(c.start, c.end) for c in claims]
    mistakes: list[Mistake] = [Mistake(article, "unfound", -1, -1, _short(m), None, None) for m in gold.missing]

    correct = 0
    for claim in claims:
        mine = [s for g in gold.claims if accepts(g, speaker_of(claim), gold.aliases) for s in g.spans]
        if enough(covered([(claim.start, claim.end)], mine), claim.end - claim.start):
            correct += 1
        else:
            inside = [g for g in gold.claims if covered(g.spans, [(claim.start, claim.end)])]
            mistakes.append(Mistake(article, "wrong", claim.start, claim.end, _short(claim.text),
                                    inside[0].speakers[0] if inside and inside[0].speakers else None,
                                    speaker_of(claim)[0]))

    def best(g: GoldClaim, among: list[Claim]) -> Claim | None:
        ranked = [(c, covered(g.spans, [(c.start, c.end)])) for c in among]
        ranked = [(c, n) for c, n in ranked if n > 0]
        return max(ranked, key=lambda cn: cn[1])[0] if ranked else None

    # One content attributed to two speakers (two gold entries, one span): either name is right.
    holders: dict[tuple[tuple[int, int], ...], list[str]] = {}
    for g in gold.claims:
        holders.setdefault(g.spans, []).extend(g.speakers)
    recalled = 0
    speaker = relayed = Ratio()
    for g in gold.claims:
        if enough(covered(g.spans, spans), g.size):
            recalled += 1
            if g.named and g.speakers:
                match = best(g, claims)
                right = match is not None and same_speaker(speaker_of(match), holders[g.spans], gold.aliases)
                speaker += Ratio(int(right), 1)
            if g.via:
                match = best(g, claims)
                relayed += Ratio(int(match is not None and names_relay(match.via, g.via)), 1)
        else:
            match = best(g, claims)
            mistakes.append(Mistake(article, "missed", g.start, g.end, _short(gold_text(g)),
                                    g.speakers[0] if g.speakers else None,
                                    speaker_of(match)[0] if match else None))
    if not gold.predictions:
        return Scores(PRF(correct, len(claims), recalled, len(gold.claims)), speaker=speaker, relayed=relayed,
                      mistakes=tuple(mistakes))

    predicted = [c for c in claims if c.prediction is not None]
    gold_predictions = [g for g in gold.claims if g.is_prediction]
    gold_spans = [s for g in gold_predictions for s in g.spans]
    p_correct = sum(enough(covered([(c.start, c.end)], gold_spans), c.end - c.start) for c in predicted)
    p_recalled = windows = windows_right = kind_given = 0
    kind = windowed = Ratio()
    predicted_spans = [(c.start, c.end) for c in predicted]
    for g in gold_predictions:
        found = enough(covered(g.spans, predicted_spans), g.size) or (
            enough(covered(g.spans, spans), g.size)
            and any(enough(covered([(c.start, c.end)], list(g.spans)), c.end - c.start) for c in predicted))
        match = best(g, predicted) if found else None
        aligned = aligned_prediction(match.predictions, g.about) if match is not None else None
        p_recalled += found
        if aligned is not None and g.kind:
            given = getattr(aligned, "kind", None)
            kind_given += given is not None
            kind += Ratio(int(given == g.kind), 1)
        if g.horizon:
            # The claim that matches it, or (a quotation split into sentence claims) a predicted claim inside it.
            candidates: list[Claim] = [match] if match is not None else []
            if found:
                candidates += [c for c in predicted if enough(covered([(c.start, c.end)], list(g.spans)), c.end - c.start)]
            windowed += Ratio(int(any((p.window_start or p.window_end) is not None for c in candidates for p in c.predictions)), 1)
        if g.window_start or g.window_end:
            windows += 1
            windows_right += bool(aligned and (aligned.window_start, aligned.window_end) == (g.window_start, g.window_end))
    return Scores(PRF(correct, len(claims), recalled, len(gold.claims)),
                  PRF(p_correct, len(predicted), p_recalled, len(gold_predictions)),
                  windows_right, windows, speaker, kind, kind_given, windowed, relayed, 1, tuple(mistakes))


def aligned_prediction(predictions: tuple[Prediction, ...], about: str | None) -> Prediction | None:
    """Return the prediction of a claim that a gold prediction is about: the one whose event shares the most words
    with the gold's ``about`` (the first on a tie, or when the gold gives no words)."""
    if not predictions:
        return None
    wanted = set(re.findall(r"\w+", (about or "").lower()))
    return max(predictions, key=lambda p: len(wanted & set(re.findall(r"\w+", p.event.lower()))))


def names_relay(found: str | None, gold: str) -> bool:
    """True when a claim's relay words name the gold relay: they share a word of three letters or more
    ("the Espresso TV channel" / "Espresso"; "Washington Post" / "The Washington Post")."""
    if not found:
        return False
    words = {w for w in re.findall(r"[\w.]+", found.lower()) if len(w) >= 3} - {"the", "and", "channel", "agency", "news"}
    return bool(words & {w for w in re.findall(r"[\w.]+", gold.lower()) if len(w) >= 3})


def score(extractions: Iterable[Extraction], gold: Iterable[Gold]) -> Scores:
    """Return the summed scores of ``extractions`` against the gold of their sources.

    An extraction is paired with the gold whose ``source_sha256`` equals its
    text's hash (or, without a hash, whose source path equals its path);
    extractions without gold are ignored.
    """
    golds = list(gold)
    total = Scores()
    for extraction in extractions:
        for item in golds:
            if item.source_sha256 == text_hash(extraction.source.text) or (
                not item.source_sha256 and extraction.source.path and Path(extraction.source.path).resolve() == item.source
            ):
                total = total + score_one(extraction, item)
    return total


def _source_of(gold: Gold) -> Source:
    from ingest.read import read_source

    file = gold.path or gold.source
    if not gold.source.exists():
        raise InputError(file, f"its source {gold.source} does not exist")
    source = read_source(gold.source, published=gold.published, publisher=gold.publisher)
    if gold.source_sha256 and text_hash(source.text) != gold.source_sha256:
        raise InputError(file, f"its source {gold.source} has changed since it was annotated")
    return source


def evaluate(
    paths: Iterable[str | Path],
    extractor: Callable[[Source], Extraction] | None = None,
    *,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[tuple[Path, Scores]]:
    """Run ``extractor`` on the source of every gold file under ``paths`` and score it.

    ``extractor`` is any ``Source -> Extraction`` callable (default: the default
    extraction, ``ingest.extract.extract``: the rules and the trained stage;
    see ``ingest.extractors``); registered ones
    run batched. ``on_progress(done, total)`` is called as articles finish.
    Returns one (gold file, scores) pair per article; sum the scores for the
    micro-averaged totals.

    Raises:
        InputError: a gold file cannot be read or is of no known format, its
            source is missing, or the source's text no longer matches the gold.
    """
    from ingest.extract import extract
    from ingest.extractors import extract_all

    golds = [read_gold(f) for f in collect_gold(paths)]
    sources = [_source_of(g) for g in golds]
    results: list[tuple[Path, Scores]] = []
    for gold, extraction in zip(golds, extract_all(extractor or extract, sources)):
        results.append((gold.path or gold.source, score_one(extraction, gold)))
        if on_progress:
            on_progress(len(results), len(golds))
    return results


#: Columns of :func:`score_rows`, in order.
SCORE_COLUMNS = ["gold", "contents", "claims", "content_p", "content_r", "content_f1", "speaker_acc",
                 "prediction_p", "prediction_r", "kind_acc", "windows", "windows_right", "relays"]
#: Columns of :func:`mistake_rows`, in order.
MISTAKE_COLUMNS = ["gold", "error", "start", "end", "text", "gold_speaker", "found_speaker"]


def score_row(name: str, scores: Scores, na: Any = "n/a") -> dict[str, Any]:
    """Return one listing row of ``scores``; ``na`` stands where a figure does not apply."""

    def figure(value: float | None) -> Any:
        return round(value, 3) if value is not None else na

    a, p = scores.attribution, scores.prediction
    labelled = scores.labelled > 0
    return {
        "gold": name,
        "contents": a.gold,
        "claims": a.found,
        "content_p": figure(a.precision),
        "content_r": figure(a.recall),
        "content_f1": figure(a.f1),
        "speaker_acc": figure(scores.speaker.value),
        "prediction_p": figure(p.precision if labelled else None),
        "prediction_r": figure(p.recall if labelled else None),
        "kind_acc": figure(scores.kind.value if scores.kind_given else None),
        "windows": figure(scores.windowed.value),
        "windows_right": f"{scores.windows_right}/{scores.windows}" if scores.windows else na,
        "relays": figure(scores.relayed.value),
    }


def score_rows(results: Sequence[tuple[Path, Scores]], na: Any = "n/a") -> list[dict[str, Any]]:
    """Return one row per article and, for several, a micro-averaged ``total`` row."""
    rows = [score_row(path.stem, scores, na) for path, scores in results]
    if len(results) > 1:
        rows.append(score_row("total", sum((s for _, s in results), Scores()), na))
    return rows


def mistake_rows(results: Sequence[tuple[Path, Scores]]) -> list[dict[str, Any]]:
    """Return one row per missed gold content, wrong claim and unfound gold quote, article by article."""
    return [
        {"gold": m.article, "error": m.kind, "start": m.start if m.start >= 0 else None,
         "end": m.end if m.end >= 0 else None, "text": m.text, "gold_speaker": m.gold_speaker,
         "found_speaker": m.found_speaker}
        for _, scores in results
        for m in scores.mistakes
    ]
