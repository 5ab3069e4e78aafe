"""Matching names as people write them against canonical names and aliases.

Matching goes, in order: the exact name or alias (case and accents folded),
a surname alone, then a fuzzy match (rapidfuzz) strict enough that a
transliteration variant matches ("Bezsmertny"/"Bezsmertnyi") but another
person does not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from slugify import slugify

#: Minimum rapidfuzz ratio (0-100) for two spellings to count as one name:
#: high enough that "Bezsmertny"/"Bezsmertnyi" (95) match, "Shoigu"/"Shmyhal" not.
FUZZY_THRESHOLD = 88.0
#: Minimum ratio for each word of two names of as many words: a long name may pass
#: the threshold above with one whole word different ("Ministry of Foreign Affairs
#: of Ukraine"/"... of Russia", 88), its spelling variants not ("Valery"/"Valerii", 77).
WORD_THRESHOLD = 60.0

def fold(name: str) -> str:
    """Return ``name`` case-folded, accents and punctuation dropped, for comparing."""
    return slugify(name, separator=" ")


#: How many answers a NameIndex keeps before it starts again.
_ANSWERS_KEPT = 20_000


@dataclass(frozen=True)
class NameIndex:
    """Names and aliases of records, for matching what users and articles write."""

    keys: dict[str, str] = field(default_factory=dict)
    """Folded full name or alias -> record id."""
    surnames: dict[str, set[str]] = field(default_factory=dict)
    """Folded last word of a multi-word name -> record ids."""
    _answers: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)
    """What ``match`` answered, by name: an article asks after the same names many times, and a fuzzy match
    over every key is not cheap (the index never changes once built)."""

    @classmethod
    def build(cls, entries: Iterable[tuple[str, Sequence[str]]], *, by_last_word: bool = True) -> NameIndex:
        """Return an index of (id, names) pairs; the first name is canonical.

        ``by_last_word`` lets a name's last word alone find it (a surname);
        organisations turn it off: the last word of "Information and Security
        Service of Moldova" is a country, not the service.
        """
        keys: dict[str, str] = {}
        surnames: dict[str, set[str]] = {}
        for record_id, names in entries:
            for name in names:
                folded = fold(name)
                if not folded:
                    continue
                keys.setdefault(folded, record_id)
                words = folded.split()
                if len(words) > 1 and by_last_word:
                    surnames.setdefault(words[-1], set()).add(record_id)
        return cls(keys, surnames)

    def match(self, name: str) -> list[str]:
        """Return the ids ``name`` may refer to, best first (empty: no match)."""
        if name not in self._answers:
            if len(self._answers) >= _ANSWERS_KEPT:
                self._answers.clear()  # (a long ingest asks after ever new names: memory stays bounded)
            self._answers[name] = tuple(self._match(name))
        return list(self._answers[name])

    def _match(self, name: str) -> list[str]:
        folded = fold(name)
        if not folded:
            return []
        if folded in self.keys:
            return [self.keys[folded]]
        if folded in self.surnames:
            return sorted(self.surnames[folded])
        found = process.extract(folded, list(self.keys), scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
        if not found and " " not in folded:
            found = process.extract(
                folded, list(self.surnames), scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD
            )
            return sorted({i for key, _, _ in found for i in self.surnames[key]})
        ids: list[str] = []
        for key, _, _ in found:
            if not _words_agree(folded, key):
                continue
            if self.keys[key] not in ids:
                ids.append(self.keys[key])
        return ids


def _words_agree(first: str, second: str) -> bool:
    """Return False when two names differ in a whole word, not in its spelling: a spelling variant keeps the word's
    first letter ("Lukashenko"/"Lukashenka"), another word need not ("Belarusian"/"Russian"). Names of as many words
    agree word by word; otherwise every word of the shorter must agree with one of the longer ("Belarus's Ministry
    of Foreign Affairs" is no spelling of "Russian Ministry of Foreign Affairs")."""
    words, others = first.split(), second.split()

    def agree(a: str, b: str) -> bool:
        return fuzz.ratio(a, b) >= WORD_THRESHOLD and a[:1] == b[:1]
    if len(words) == len(others):
        return all(agree(a, b) for a, b in zip(words, others, strict=True))
    shorter, longer = sorted((words, others), key=len)
    return all(any(agree(a, b) for b in longer) for a in shorter)


def match_ids(rows: Iterable[dict[str, object]], name: str) -> list[str]:
    """Return the ids of the rows ({id, name, aliases}) that ``name`` refers to."""
    index = NameIndex.build(
        (str(row["id"]), (str(row["name"]), *[str(a) for a in row.get("aliases") or ()]))  # type: ignore[attr-defined]
        for row in rows
    )
    return index.match(name)
