"""The README documents every command, and its two first-screen commands are what CI runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from claimgraph.cli import app

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def _command_names() -> list[str]:
    group = typer.main.get_command(app)
    names = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        subcommands = getattr(command, "commands", None)
        names.extend(f"{name} {sub}" for sub in subcommands) if subcommands else names.append(name)
    return sorted(names)


@pytest.mark.parametrize("name", _command_names())
def test_every_command_is_in_the_readme(name: str) -> None:
    first, *rest = name.split()
    pattern = rf"claimgraph {re.escape(first)}\b" + (rf"[^\n]*\b{re.escape(rest[0])}\b" if rest else "")
    assert re.search(pattern, README), f"README does not mention `claimgraph {name}`"


def test_ci_runs_the_readme_test_command() -> None:
    blocks = re.findall(r"```sh\n(.*?)\n```", README, flags=re.S)
    test_command = blocks[1].strip()
    assert "pytest" in test_command
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()
