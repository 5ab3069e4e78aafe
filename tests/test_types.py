"""mypy finds no type errors in the packages (the files and settings of [tool.mypy] in pyproject.toml)."""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy import api

REPO = Path(__file__).resolve().parents[1]


def test_mypy_reports_no_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    # [tool.mypy] files are relative to the working directory; the cache
    # (.mypy_cache, git-ignored) makes runs after the first fast.
    monkeypatch.chdir(REPO)
    stdout, stderr, status = api.run(["--config-file", str(REPO / "pyproject.toml"), "--cache-dir", str(REPO / ".mypy_cache")])
    assert status == 0, f"mypy found problems:\n{stdout}{stderr}"
