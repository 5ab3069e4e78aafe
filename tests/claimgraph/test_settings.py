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
        ({"CLAIMGRAPH_MAX_ARTICLE_CHARS": "lots"}, "CLAIMGRAPH_MAX_ARTICLE_CHARS='lots': not a positive whole number of characters"),
    ],
)
def test_a_bad_setting_is_one_error_line_without_the_password(tmp_path: Path, env: dict[str, str], message: str) -> None:
    result = runner.invoke(app, ["people"], env={"CLAIMGRAPH_HOME": str(tmp_path), **env})
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stderr == f"Error: {message}\n"
    assert "s3cret" not in result.output


def test_the_size_limits_come_from_the_environment(tmp_path: Path) -> None:
    from graph import limits

    before = limits.current()
    article = tmp_path / "a.txt"
    article.write_text("The minister said that the talks would resume in the spring and that the border would stay open.\n")
    env = {"CLAIMGRAPH_HOME": str(tmp_path), "CLAIMGRAPH_MAX_ARTICLE_CHARS": "50"}
    try:
        result = runner.invoke(app, ["extract", str(article)], env=env)
    finally:
        limits.use(before)  # the command put the environment's limits in force in this process
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {article}: the article has 97 characters, more than the limit of 50 "
        "(set CLAIMGRAPH_MAX_ARTICLE_CHARS to change it)\n"
    )
