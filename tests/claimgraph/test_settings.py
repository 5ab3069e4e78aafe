"""Settings from the environment: a bad value is one line, a password is never echoed."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    "env, message",
    [
        ({"NEO4J_URI": "http://127.0.0.1:7474"},
         "NEO4J_URI http://127.0.0.1:7474: unsupported scheme 'http' (use bolt, bolt+s, bolt+ssc, neo4j, neo4j+s or neo4j+ssc)"),
        ({"NEO4J_URI": "127.0.0.1:7687"},
         "NEO4J_URI 127.0.0.1:7687: unsupported scheme '127.0.0.1' (use bolt, bolt+s, bolt+ssc, neo4j, neo4j+s or neo4j+ssc)"),
        ({"NEO4J_URI": "bolt://neo:s3cret-word@127.0.0.1:7687"},
         "NEO4J_URI bolt://***@127.0.0.1:7687: put the user name and password in NEO4J_USERNAME and NEO4J_PASSWORD, not in the URI"),
        ({"CLAIMGRAPH_RETRY_SECONDS": "soon"}, "CLAIMGRAPH_RETRY_SECONDS='soon': not a positive number"),
        ({"CLAIMGRAPH_IDLE_MINUTES": "-1"}, "CLAIMGRAPH_IDLE_MINUTES='-1': not a positive number"),
    ],
)
def test_a_bad_setting_is_one_error_line_without_the_password(tmp_path: Path, env: dict[str, str], message: str) -> None:
    result = runner.invoke(app, ["people"], env={"CLAIMGRAPH_HOME": str(tmp_path), **env})
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stderr == f"Error: {message}\n"
    assert "s3cret" not in result.output
