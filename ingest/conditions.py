"""The condition a prediction is made under ("if talks fail", "should the offensive get out of hand")."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ingest.markers import Marker
from ingest.prediction_words import words


def find_condition(span: Span, marker: Marker) -> tuple[str, set[int]] | None:
    """Return the text and token indices of the condition clause on the prediction, or None."""
    marks = words().condition_marks
    heads = [marker.head, marker.token, *[a for a in marker.head.ancestors if span.start <= a.i < span.end]]
    # ("would need to import gas unless output rises": the clause may hang on the act the verb governs)
    heads += [c for c in marker.head.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    # ("expects [a cut in June unless inflation rises]": the clause hangs on the cue, outside a nominal content)
    outer = [t for t in span if t.dep_ == "advcl" and not span.start <= t.head.i < span.end and t.i > marker.head.i]
    for head in [*heads, *outer]:
        for child in (head.children if head not in outer else [head]):
            if not span.start <= child.i < span.end:
                continue
            # ("without more shells, the guns would ...": only fronted and set off by a comma; "it will end without a
            # deal" says how, not on what condition)
            fronted = child.lower_ == "without" and child.i < marker.head.i and child.right_edge.i + 1 < len(span.doc) \
                and span.doc[child.right_edge.i + 1].text == ","
            # ("... by May provided supplies stay stable": "provided" read as a verb taking the condition's clause)
            provided = child.dep_ == "ccomp" and child.lower_ in ("provided", "providing") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in child.children) and any(
                c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in child.children)
            # ("will cut rates, but only if inflation slows": the parser coordinated the condition with the clause)
            coordinated = child.dep_ == "conj" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in child.children) \
                and any(c.dep_ == "cc" and c.lower_ == "but" and head.i < c.i < child.left_edge.i for c in head.children)
            if child.dep_ == "advcl" or provided or coordinated or (child.dep_ == "prep" and (child.lower_ in ("barring", "in", "provided", "providing") or fronted)):
                first = child.left_edge
                phrase = span.doc[first.i : child.right_edge.i + 1].text
                lowered = re.sub(r"^(?:only|even|but)\s+", "", phrase.lower())  # "only if partners deliver": the condition, stressed
                if any(lowered.startswith(m + " ") for m in marks):
                    if lowered.startswith("in ") and not lowered.startswith(("in case", "in the event")):
                        continue
                    indices = {t.i for t in child.subtree}
                    return phrase.strip(" ,;:\"“”«»"), indices
    # A parse that misses the clause: an inverted "should ..." or "if ..." opening or closing the text.
    match = _CONDITION_TEXT.search(span.text)
    if match:
        lo, hi = span.start_char + match.start("c"), span.start_char + match.end("c")
        indices = {t.i for t in span if lo <= t.idx < hi}
        if marker.head.i not in indices and marker.token.i not in indices:
            return match.group("c").strip(" ,;:\"“”«»"), indices
    return None


_CONDITION_TEXT = re.compile(
    r"(?:^|[,;]\s*|\s(?=if\s+and\s+only\s+if\b|provided\s+that\b)|(?<!\bhas)(?<!\bhave)(?<!\bhad)(?<!\bwas)(?<!\bwere)(?<!\bbeen)"
    r"(?<!\bbe)\s(?=provided\s+(?-i:[A-Z]))"
    # ("would rebuild its forces once fighting ends", "will resume as soon as prices fall", "will keep sending ships as
    # long as the corridor is open": a condition on timing the parser broke up; not "once again", "once more", "once a
    # week")
    # ("as soon as this autumn", "as soon as next week": how early, a horizon, not a condition)
    r"|\s(?=(?:once|as\s+soon\s+as|as\s+long\s+as)\s+(?!again\b|more\b|a\b|an\b|every\b|upon\b|or\b|twice\b|possible\b"
    r"|this\s|next\s|today\b|tomorrow\b|early\s|late\s|mid-)[a-z]+\s))(?P<c>(?:if\s+and\s+only\s+if|if|unless|provided(?:\s+that)?|as\s+long\s+as|in\s+case|barring|absent(?!\s+from\b)|once|as\s+soon\s+as|should\s+(?:the|a|an|this|that|these|those|there|it|they|we|he|she|[A-Z]\w*))\b[^,;.]*)",
    re.IGNORECASE,
)
