"""A learned attribution stage: SOURCE, CUE and CONTENT spans tagged by a model trained on PolNeAR.

``convert`` turns brat documents into spaCy training docs, ``pipe`` holds the
spaCy component, ``score`` the corpus's overlap scoring, ``model`` loads the
shipped pipeline and turns its output into plain records, ``combine`` proposes
the claims the hand rules missed.
"""
