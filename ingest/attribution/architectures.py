"""Token-vector architectures for the attribution component, registered with spaCy.

Importing this module (``ingest.attribution.pipe`` does) registers
``claimgraph.BiLSTMTok2Vec.v1``, so a saved pipeline whose config names it
loads in a fresh process.

``claimgraph.BiLSTMTok2Vec.v1``: an embedding (spaCy's ``MultiHashEmbed``,
given as a sub-config), an optional shallow CNN (spaCy's
``MaxoutWindowEncoder``, for local features: affixes and shapes of the
neighbours), then a bidirectional LSTM over the whole doc, added to its input
(a residual connection, so the local features pass through unchanged and the
LSTM learns only what the wider context adds). Every token's vector then
depends on the whole paragraph, before and after it: a content *before* its
cue ("Inflation will drop, the economist said.") can be told from narration
by the "said" at the end. The LSTM is thinc's own (numpy, CPU; no torch),
with ``width / 2`` hidden units per direction so the output is ``width``
wide; thinc applies the component's dropout to its weights during training.
"""

from __future__ import annotations

from spacy.ml.models.tok2vec import MaxoutWindowEncoder, build_Tok2Vec_model
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import LSTM, Model, chain, residual, with_padded
from thinc.types import Floats2d


@registry.architectures("claimgraph.BiLSTMTok2Vec.v1")
def bilstm_tok2vec(
    embed: Model[list[Doc], list[Floats2d]],
    width: int,
    cnn_depth: int,
    window_size: int,
    maxout_pieces: int,
    lstm_depth: int,
) -> Model[list[Doc], list[Floats2d]]:
    """Return embed -> (CNN of *cnn_depth* layers) -> residual BiLSTM of *lstm_depth* layers, all *width* wide.

    *width* must be the embedding's width and even (half per LSTM direction).
    *cnn_depth* 0 leaves the CNN out.
    """
    if width % 2:
        raise ValueError(f"BiLSTMTok2Vec width must be even (half per direction), got {width}")
    layers: list[Model] = []
    if cnn_depth > 0:
        layers.append(MaxoutWindowEncoder(width, window_size, maxout_pieces, cnn_depth))
    lstm: Model[list[Floats2d], list[Floats2d]] = with_padded(LSTM(width, width, bi=True, depth=lstm_depth))
    layers.append(residual(lstm))
    encode = chain(*layers) if len(layers) > 1 else layers[0]
    encode.set_dim("nO", width)
    return build_Tok2Vec_model(embed, encode)
