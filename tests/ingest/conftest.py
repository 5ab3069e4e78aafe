"""Fixtures for the extraction tests: one spaCy model and one directory per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from ingest.directory import Directory, load_directory
from ingest.nlp import load_nlp

REPO = Path(__file__).resolve().parents[2]
SEED_ARTICLE = REPO.parent / "shared" / "seed" / "tsn-2022-12-20-putin-minsk.txt"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real spaCy pipeline, loaded once."""
    return load_nlp()


@pytest.fixture(scope="session")
def directory() -> Directory:
    """The packaged people and entities."""
    return load_directory()


@pytest.fixture(scope="session")
def no_directory() -> Directory:
    """An empty directory: speakers come from the text alone."""
    return Directory()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The reference article in ../shared/seed (skipped where absent)."""
    if not SEED_ARTICLE.exists():
        pytest.skip(f"reference article not found at {SEED_ARTICLE} (the shared/ folder is not beside the repo)")
    return SEED_ARTICLE
