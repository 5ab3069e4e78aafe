"""extract, ingest of articles and evaluate, through the command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph.cli import app
from graph.store import Store

runner = CliRunner()
REPO = Path(__file__).resolve().parents[2]

ARTICLE = """---
title: Warnings from the north
url: https://example.org/claimgraph-tests/north
publisher: claimgraph tests
published: 2023-01-10
---
Olena Kovalenko, an analyst at the Kyiv Security Forum, said that Russia could launch a new offensive in February.

The weather was cold.
"""


@pytest.fixture
def cli(cli_env: dict[str, str]):  # type: ignore[no-untyped-def]
    def run(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(app, list(args), env=cli_env, catch_exceptions=False)

    return run


def test_extract_prints_the_json_contract_and_stores_nothing(cli, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "north.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = cli("extract", str(path))
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["source"]["published"] == "2023-01-10"
    [claim] = document["claims"]
    content = path.read_text(encoding="utf-8")
    assert content[claim["start"] : claim["end"]] == claim["text"]
    assert claim["speaker"]["name"] == "Olena Kovalenko"
    assert claim["is_prediction"] is True
    [prediction] = claim["predictions"]
    assert prediction["window_start"] == "2023-02-01" and prediction["id"].startswith("pred:")
    assert store.counts()["Claim"] == 0


def test_extract_gives_a_row_per_prediction_in_csv_and_a_list_in_json(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "two.txt"
    path.write_text(ARTICLE.replace("said that Russia could launch a new offensive in February",
                                    "said that Russia could launch a new offensive in February and that Belarus "
                                    "would not join it"), encoding="utf-8")
    [claim] = json.loads(cli("extract", str(path)).stdout)["claims"]
    assert [p["negated"] for p in claim["predictions"]] == [False, True]
    rows = list(csv.DictReader(io.StringIO(cli("extract", str(path), "--format", "csv").stdout)))
    assert [(r["id"], r["negated"]) for r in rows] == [(claim["id"], "no"), (claim["id"], "yes")]
    assert "Belarus" in rows[1]["event"]


def test_extract_without_a_date_keeps_the_horizon_as_text_and_says_so(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "undated.txt"
    path.write_text(ARTICLE.split("---\n", 2)[2], encoding="utf-8")
    result = cli("extract", str(path))
    assert result.exit_code == 0, result.output
    [claim] = json.loads(result.stdout)["claims"]
    [prediction] = claim["predictions"]
    assert prediction["window_start"] is None
    assert prediction["horizon"]
    assert "Note:" in result.stderr and "date" in result.stderr


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "the file is empty"),
        (b"\x00\x01\x02binary", "this is a binary file, not text"),
    ],
)
def test_extract_bad_input_is_one_error_line(cli, tmp_path: Path, content: bytes, message: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = cli("extract", str(path))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {path}: {message}"


def test_ingest_jsonl_lands_good_lines_and_lists_bad_ones(cli, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    body = ARTICLE.split("---\n", 2)[2]
    lines = [
        json.dumps({"text": body, "published": "2023-01-10", "url": "https://example.org/1"}),
        "{not json",
        json.dumps({"text": body.replace("Olena Kovalenko", "Petro Bondar"), "published": "2023-01-11", "url": "https://example.org/2"}),
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cli("ingest", str(path))
    assert result.exit_code == 1
    assert "ingested 2 source(s)" in result.stdout
    assert result.stderr.strip().startswith(f"Error: {path}:2: malformed JSON")
    assert store.counts()["Source"] == 2


def test_reference_article_ingested_then_zaluzhnyi_predictions_with_windows(cli, store: Store, seed_article: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("ingest", str(seed_article), "--published", "2022-12-20", "--publisher", "TSN.ua")
    assert result.exit_code == 0, result.output
    rows = json.loads(cli("predictions", "--by", "Zaluzhny", "--format", "json").stdout)
    assert rows and {r["speaker"] for r in rows} == {"Valerii Zaluzhnyi"}
    windows = {(r["window_start"], r["window_end"]) for r in rows}
    # "in February, March at best, and late January at worst", from 2022-12-20.
    assert ("2023-01-21", "2023-03-31") in windows
    again = cli("ingest", str(seed_article), "--published", "2022-12-20", "--publisher", "TSN.ua")
    assert again.exit_code == 0
    assert json.loads(cli("predictions", "--by", "Zaluzhny", "--format", "json").stdout) == rows


def test_evaluate_reports_scores_on_the_sample_articles(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("evaluate", str(REPO / "data" / "claims"), "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    total = rows[-1]
    assert total["gold"] == "total"
    assert total["content_p"] >= 0.9 and total["content_r"] >= 0.9
    assert total["prediction_p"] >= 0.85 and total["prediction_r"] >= 0.85


FIXTURES = REPO / "tests" / "fixtures" / "evaluate"


def test_evaluate_reads_news_gold_and_brat_and_warns_of_unfound_quotes(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("evaluate", str(FIXTURES), "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["gold"] for r in rows] == ["harbour", "01_harbour", "total"]
    assert [r["contents"] for r in rows] == [4, 6, 10]
    assert rows[0]["prediction_p"] is None and rows[0]["kind_acc"] is None  # brat labels no predictions
    assert result.stderr.strip() == "Warning: 01_harbour: quote not found in its article: The council will sell the lighthouse"


def test_evaluate_lists_errors_in_every_format(cli) -> None:  # type: ignore[no-untyped-def]
    gold = str(FIXTURES / "news" / "gold" / "01_harbour.yaml")
    body = json.loads(cli("evaluate", gold, "--errors", "--format", "json").stdout)
    assert {r["error"] for r in body["errors"]} <= {"missed", "wrong", "unfound"}
    missed = [r for r in body["errors"] if r["error"] == "missed"]
    assert len(missed) == body["scores"][0]["contents"] - round(body["scores"][0]["content_r"] * 6)
    assert all(set(r) == {"gold", "error", "start", "end", "text", "gold_speaker", "found_speaker"} for r in body["errors"])
    table = cli("evaluate", gold, "--errors").stdout
    assert "Errors" in table and "unfound" in table and "The council will sell the" in table
    csv_lines = cli("evaluate", gold, "--errors", "--format", "csv").stdout.splitlines()
    assert csv_lines[0].startswith("gold,contents,claims,content_p") and "gold,error,start,end,text,gold_speaker,found_speaker" in csv_lines


@pytest.mark.parametrize("name, content, problem", [
    ("bad.yaml", "title: nothing\n", "not a gold file: expected news gold ('statements'), curated claims or 'source' and 'claims'"),
    ("bad.csv", "a,b\n", "not a gold file (expected .yaml, .ann, or a .txt with a .ann beside it)"),
    ("bad.txt", "A text without annotations.\n", "no brat annotations (.ann) beside it"),
])
def test_evaluate_refuses_a_broken_gold_file_in_one_line(cli, tmp_path: Path, name: str, content: str, problem: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(content)
    result = cli("evaluate", str(path))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {path}: {problem}"


def test_evaluate_names_the_extractor(cli) -> None:  # type: ignore[no-untyped-def]
    gold = str(FIXTURES / "brat" / "harbour.ann")
    assert cli("evaluate", gold, "--extractor", "rules", "--format", "csv").exit_code == 0
    result = cli("evaluate", gold, "--extractor", "oracle")
    assert result.exit_code == 1
    assert result.stderr.strip() == ("Error: oracle: no such extractor (known: combined, combined-anyhead, "
                                     "combined-loose, combined-noverb, combined-source, default, model, rules)")


BRAT_ARTICLE = ARTICLE.replace(
    "The weather was cold.",
    '"The border will hold," said Taras Melnyk, a colonel of the border guard. He added that the river would freeze by January.',
)


def test_extract_to_brat_correct_there_and_ingest_stores_the_correction(cli, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "north.txt"
    article.write_text(BRAT_ARTICLE, encoding="utf-8")
    out = tmp_path / "brat"
    result = cli("extract", str(article), "--format", "brat", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert (out / "north.txt").read_text(encoding="utf-8") == BRAT_ARTICLE
    ann = out / "north.ann"
    lines = ann.read_text(encoding="utf-8").splitlines()
    assert sum(line.startswith("E") for line in lines) == 3 and store.counts()["Claim"] == 0
    # In the tool: delete the attribution of the offensive, and give "the river would freeze" to
    # the border guard (the Source span "He" becomes "the border guard").
    content = next(line.split("\t")[0] for line in lines if line.startswith("T") and "offensive" in line)
    river = next(line.split("\t")[0] for line in lines if line.startswith("T") and "river" in line)
    event = next(line for line in lines if line.startswith("E") and f"Content:{river}" in line)
    source = next(arg.split(":")[1] for arg in event.split("\t")[1].split() if arg.startswith("Source:"))
    at = BRAT_ARTICLE.index("the border guard")
    kept = [line for line in lines if not (line.startswith("E") and f"Content:{content}" in line)]
    kept = [f"{source}\tSource {at} {at + 16}\tthe border guard" if line.startswith(source + "\t") else line for line in kept]
    ann.write_text("\n".join(kept) + "\n", encoding="utf-8")
    for _ in range(2):  # re-ingesting changes nothing
        result = cli("ingest", str(out))
        assert result.exit_code == 0, result.output
        assert "2 claims" in result.stdout
    rows = json.loads(cli("claims", "--include-unnamed", "--format", "json").stdout)  # unnamed sources only when asked
    assert sorted((r["speaker"], r["text"]) for r in rows) == [
        ("Taras Melnyk", "The border will hold"),
        ("the border guard", "the river would freeze by January"),  # an unnamed source keeps its words
    ]
    assert store.counts()["Claim"] == 2


def test_brat_needs_a_folder_and_a_bad_ann_is_one_error_line(cli, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "north.txt"
    article.write_text(BRAT_ARTICLE, encoding="utf-8")
    result = cli("extract", str(article), "--format", "brat")
    assert result.exit_code == 1 and result.stderr.startswith("Error: --output:")
    (tmp_path / "north.ann").write_text("T1\tContent 5 2\tx\n", encoding="utf-8")
    result = cli("ingest", str(article))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == f"Error: {tmp_path / 'north.ann'}:1: T1: offsets 5-2 outside the text ({len(BRAT_ARTICLE)} characters)"
    assert store.counts()["Claim"] == 0


PLANS = """---
title: Plans in the north
url: https://example.org/claimgraph-tests/plans
publisher: claimgraph tests
published: 2023-01-10
---
Olena Kovalenko, an analyst at the Kyiv Security Forum, said that the army plans to open a second front in March.
"""


def test_ingest_with_a_users_scale_and_list_intentions(cli, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plans.txt"
    path.write_text(PLANS, encoding="utf-8")
    scale = tmp_path / "scale.yaml"
    scale.write_text("name: Mine\nbands:\n  sure: {low: 0.9, high: 1.0}\nterms: {}\ndefaults:\n  intention: sure\n", encoding="utf-8")
    result = cli("ingest", str(path), "--scale", str(scale))
    assert result.exit_code == 0, result.output
    [row] = json.loads(cli("predictions", "--kind", "intention", "--format", "json").stdout)
    assert (row["kind"], row["probability"], row["probability_words"]) == ("intention", 0.95, "intention")
    assert row["event"] == "the army opens a second front" and row["window_start"] == "2023-03-01"
    assert json.loads(cli("predictions", "--kind", "forecast", "--format", "json").stdout) == []
