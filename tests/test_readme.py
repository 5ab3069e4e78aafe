"""The README's session, run line by line in a fresh data directory: every command works as written.

Only the shape of the output is compared (commands succeed; table titles and
column headers, CSV headers and the words of one-line answers are as shown),
not counts or cells: the extractor improves, and what it finds changes with it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")

pytestmark = pytest.mark.skipif(bool(os.environ.get("NEO4J_URI")), reason="the session runs on the embedded server")


@dataclass(frozen=True)
class Step:
    command: str
    output: list[str]


def session() -> list[Step]:
    """Return the commands of the README's ``## A session`` block with the output shown for each."""
    section = README.split("\n## A session\n", 1)[1]
    block = re.search(r"```console\n(.*?)\n```", section, flags=re.S)
    assert block, "the README's session has no console block"
    steps: list[Step] = []
    for line in block.group(1).splitlines():
        if line.startswith("$ "):
            steps.append(Step(line[2:], []))
        else:
            steps[-1].output.append(line)
    return steps


def first_screen_commands() -> list[str]:
    """Return the two commands of the README's first screen (the first two ``sh`` blocks)."""
    return [b.strip() for b in re.findall(r"```sh\n(.*?)\n```", README, flags=re.S)[:2]]


#: Lines of stderr that report on the data, not on the command: their number varies with the extractor.
VARYING = re.compile(r"^(Note|skipped): ")


def shape(lines: list[str]) -> dict[str, object]:
    """Return what must not change in an output: the table's title and headers, the CSV header, or the words."""
    lines = [line for line in lines if line.strip() and not VARYING.match(line)]
    if not lines:
        return {}
    if any(line.startswith("┏") for line in lines):
        top = next(i for i, line in enumerate(lines) if line.startswith("┏"))
        rule = next(i for i, line in enumerate(lines) if line.startswith("┡"))
        columns = [" ".join(c for c in cells if c) for cells in zip(*(_cells(line) for line in lines[top + 1 : rule]))]
        found: dict[str, object] = {"title": lines[top - 1].strip() if top else None, "columns": columns}
        if columns[:1] == ["setting"]:  # db status: its settings are its shape (not the counts per label)
            body = [_cells(line) for line in lines[rule + 1 :] if line.startswith("│")]
            found["keys"] = {cells[0] for cells in body if cells[0][:1].islower()}
        return found
    if "," in lines[0] and " " not in lines[0]:
        return {"csv header": lines[0]}
    # One-line answers: their words, numbers and paths aside ("ingested N source(s): N claims, ...").
    return {"words": [re.sub(r"\d+(\.\d+)?", "N", line.split(" (")[0]).replace(", N skipped", "") for line in lines]}


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in re.split(r"[┃│]", line)[1:-1]]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh folder laid out like the repository (data/, ../shared where present): files written land there."""
    root = tmp_path_factory.mktemp("readme")
    (root / "repo").mkdir()
    (root / "repo" / "data").symlink_to(REPO / "data")
    if (REPO.parent / "shared").exists():
        (root / "shared").symlink_to(REPO.parent / "shared")
    return root / "repo"


def test_the_first_screen_runs_the_session_s_first_commands() -> None:
    main_job, tests = first_screen_commands()
    steps = session()
    assert ". .venv/bin/activate" in main_job  # later commands are written bare: `claimgraph ...`
    assert main_job.endswith(f"{steps[0].command} && claimgraph predictions")
    assert "pytest" in tests


def test_the_readme_session_works_as_written(workdir: Path) -> None:
    home = workdir.parent / "home"
    env = {**os.environ, "CLAIMGRAPH_HOME": str(home), "COLUMNS": "100"}
    env.pop("NEO4J_URI", None)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    try:
        for step in session():
            result = subprocess.run(["bash", "-c", step.command], cwd=workdir, env=env, capture_output=True, text=True,
                                    timeout=600)
            assert result.returncode == 0, f"$ {step.command}\n{result.stderr}"
            shown = (result.stdout + result.stderr).splitlines()
            assert shape(shown) == shape(step.output), f"$ {step.command}\n{result.stdout}{result.stderr}"
    finally:
        subprocess.run([sys.executable, "-m", "claimgraph", "db", "stop"], env=env, capture_output=True, timeout=120)


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["ingested 5 source(s): 114 claims, 44 predictions", "Note: a.txt: no date"],
         {"words": ["ingested N source(s): N claims, N predictions"]}),
        (["resolved 19 new, 0 replaced, 0 unchanged, 1 skipped", "skipped: x.yaml:3: no match"],
         {"words": ["resolved N new, N replaced, N unchanged"]}),
        (["id,name,kind", "a,b,c"], {"csv header": "id,name,kind"}),
        (["Experts", "┏━━━━━━┳━━━━━━┓", "┃ name ┃ kind ┃", "┃      ┃ of   ┃", "┡━━━━━━╇━━━━━━┩", "│ A    │ p    │",
          "└──────┴──────┘"], {"title": "Experts", "columns": ["name", "kind of"]}),
    ],
)
def test_the_shape_of_an_output(lines: list[str], expected: dict[str, object]) -> None:
    assert shape(lines) == expected
