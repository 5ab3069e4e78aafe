"""The embedded server's lifecycle: shared, cleaned up when stale, idle shutdown."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph import embedded
from claimgraph.cli import app
from claimgraph.settings import Settings

pytestmark = pytest.mark.skipif(bool(os.environ.get("NEO4J_URI")), reason="embedded server only")

CLI = [sys.executable, "-m", "claimgraph"]


def test_credentials_are_private_and_stable(tmp_path: Path) -> None:
    first = embedded.password(tmp_path)
    assert embedded.password(tmp_path) == first
    mode = stat.S_IMODE((tmp_path / "credentials").stat().st_mode)
    assert mode == 0o600


def test_a_stale_server_file_is_cleaned(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    (tmp_path / "server.json").write_text(json.dumps({"pid": pid, "bolt_port": 1, "http_port": 2, "started_at": 0}))
    assert embedded.status(tmp_path) is None
    assert not (tmp_path / "server.json").exists()


def test_status_finds_the_session_server_and_never_prints_the_password(settings: Settings, driver: object) -> None:
    info = embedded.status(settings.home)
    assert info is not None
    env = {**os.environ, "CLAIMGRAPH_HOME": str(settings.home)}
    result = subprocess.run([*CLI, "db", "status", "--format", "json"], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["pid"] == info.pid
    assert embedded.password(settings.home) not in result.stdout + result.stderr


def test_two_commands_starting_at_once_share_one_server(tmp_path: Path) -> None:
    env = {**os.environ, "CLAIMGRAPH_HOME": str(tmp_path)}
    env.pop("NEO4J_URI", None)
    try:
        procs = [subprocess.Popen([*CLI, "people", "--format", "json"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        outputs = [p.communicate(timeout=120) for p in procs]
        assert [p.returncode for p in procs] == [0, 0], outputs
        assert [json.loads(out) for out, _ in outputs] == [[], []]
        starts = (tmp_path / "server.log").read_text().count("Listening for incoming BOLT connections")
        assert starts == 1
    finally:
        embedded.stop(tmp_path)
    assert embedded.status(tmp_path) is None


def test_the_server_stops_itself_when_idle(tmp_path: Path) -> None:
    info = embedded.start(tmp_path, idle_minutes=0.05)  # 3 seconds
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and embedded._pid_alive(info.pid) and not embedded._zombie(info.pid):
        time.sleep(0.5)
    assert not (tmp_path / "server.json").exists()
    assert embedded.status(tmp_path) is None


def test_data_survives_a_restart(tmp_path: Path) -> None:
    env = {**os.environ, "CLAIMGRAPH_HOME": str(tmp_path)}
    env.pop("NEO4J_URI", None)
    sample = Path(__file__).parents[1] / "ingest" / "test_curated.py"
    assert sample.exists()
    from tests.ingest.test_curated import GOOD, write

    path = write(tmp_path, GOOD)
    try:
        assert subprocess.run([*CLI, "ingest", str(path)], env=env, capture_output=True).returncode == 0
        embedded.stop(tmp_path)
        result = subprocess.run([*CLI, "claims", "--format", "json"], env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        assert len(json.loads(result.stdout)) == 2
    finally:
        embedded.stop(tmp_path)


def test_files_under_a_pre_existing_open_home_are_private(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    home.chmod(0o755)
    try:
        embedded.start(home, 1.0)
    finally:
        embedded.stop(home)
    found = list(home.rglob("*"))
    assert any(p.name == "credentials" for p in found) and any(p.is_dir() for p in found)
    opened = [
        f"{p.relative_to(home)} {stat.S_IMODE(p.stat().st_mode):o}"
        for p in found
        if not p.is_symlink() and stat.S_IMODE(p.stat().st_mode) & 0o077
    ]
    assert opened == []


def test_status_reports_a_stopped_server_without_starting_it(tmp_path: Path) -> None:
    runner = CliRunner()

    def cli(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(app, list(args), env={"CLAIMGRAPH_HOME": str(tmp_path), "NEO4J_URI": ""}, catch_exceptions=False)

    try:
        result = cli("db", "status", "--format", "json")
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout) == [{
            "backend": "embedded ArcadeDB", "server": "stopped", "data": str(tmp_path.resolve()),
            "size": "0.0 MB on disk", "bolt": None, "pid": None,
        }]
        assert embedded.status(tmp_path) is None and not (tmp_path / "server.log").exists()

        started = cli("db", "start")
        assert started.exit_code == 0, started.output
        info = embedded.status(tmp_path)
        assert info is not None
        assert re.fullmatch(
            rf"embedded server started in \d+\.\d s \(pid {info.pid}, bolt port {info.bolt_port}\) in {re.escape(str(tmp_path.resolve()))}\n",
            started.stdout,
        )
        again = cli("db", "start").stdout
        assert again == f"embedded server already running (pid {info.pid}, bolt port {info.bolt_port}) in {tmp_path.resolve()}\n"
        running = json.loads(cli("db", "status", "--format", "json").stdout)[0]
        assert (running["server"], running["pid"], running["Claim"]) == ("running", info.pid, 0)
        assert float(running["size"].split()[0]) > 0

        assert cli("db", "stop").stdout == "embedded server stopped\n"
        stopped = json.loads(cli("db", "status", "--format", "json").stdout)[0]
        assert (stopped["server"], stopped["pid"]) == ("stopped", None) and "Claim" not in stopped
        assert embedded.status(tmp_path) is None
    finally:
        embedded.stop(tmp_path)
