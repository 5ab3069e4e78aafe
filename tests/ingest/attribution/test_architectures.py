"""The token-vector architecture of the BiLSTM variant (tools/attribution/configs/bilstm.cfg; measured, not shipped)."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
import spacy
from spacy.ml.models.tok2vec import MultiHashEmbed
from spacy.util import load_config

from ingest.attribution import pipe  # noqa: F401  (registers the architectures, as loading a saved pipeline does)
from ingest.attribution.architectures import bilstm_tok2vec

CONFIG = Path(__file__).resolve().parents[3] / "tools" / "attribution" / "configs" / "bilstm.cfg"


def _tok2vec(cnn_depth: int, lstm_depth: int):  # type: ignore[no-untyped-def]
    embed = MultiHashEmbed(width=32, attrs=["NORM", "SHAPE"], rows=[500, 50], include_static_vectors=False)
    model = bilstm_tok2vec(embed=embed, width=32, cnn_depth=cnn_depth, window_size=1, maxout_pieces=3, lstm_depth=lstm_depth)
    model.initialize()
    return model


def _first_vector(model, words: list[str]) -> numpy.ndarray:  # type: ignore[no-untyped-def]
    doc = spacy.blank("en").make_doc(" ".join(words))
    return model.predict([doc])[0][0]


def test_a_tokens_vector_depends_on_words_far_after_it() -> None:
    # The point of the LSTM: the first word's vector changes with a word twelve tokens on ("... the economist said"),
    # which a CNN of two one-word windows never sees.
    model = _tok2vec(cnn_depth=2, lstm_depth=1)
    words = "Inflation will drop to two percent next year and stay there for a while , the economist said".split()
    other = [*words[:-1], "denied"]
    assert not numpy.allclose(_first_vector(model, words), _first_vector(model, other))


def test_the_vectors_are_as_wide_as_the_embedding_for_docs_of_any_length() -> None:
    model = _tok2vec(cnn_depth=0, lstm_depth=1)
    docs = [spacy.blank("en").make_doc(text) for text in ("One.", "Two words here , the analyst said .")]
    assert [v.shape for v in model.predict(docs)] == [(len(d), 32) for d in docs]


def test_an_odd_width_is_refused() -> None:
    embed = MultiHashEmbed(width=33, attrs=["NORM"], rows=[100], include_static_vectors=False)
    with pytest.raises(ValueError, match="must be even"):
        bilstm_tok2vec(embed=embed, width=33, cnn_depth=0, window_size=1, maxout_pieces=3, lstm_depth=1)


def test_the_config_builds_a_pipeline() -> None:
    # the experiment stays rerunnable: its config resolves to a pipeline with the attribution component
    config = load_config(CONFIG)
    config["components"] = {"attribution": config["components"]["attribution"]}
    config["nlp"]["pipeline"] = ["attribution"]
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    layers = [node.name for node in nlp.get_pipe("attribution").model.walk()]
    assert layers.count("lstm") == 1 and layers.count("expand_window") == 2  # one BiLSTM layer over a CNN of depth 2
