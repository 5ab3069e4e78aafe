"""Resolutions against a real database: provenance, history, idempotence, file errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from textwrap import dedent

import pytest

from graph.errors import InputError, NotFound
from graph.model import Claim, Extraction, Organisation, Person, Prediction, claim_id, prediction_id
from graph.store import Store
from graph.track.resolutions import (
    PredictionRef,
    apply_resolutions,
    find_predictions,
    normalise,
    read_resolutions,
    resolution_id,
    resolutions,
    resolve,
)
from ingest.curated import read_curated
from ingest.load import collect, ingest

REPO = Path(__file__).resolve().parents[3]
CLAIMS = REPO / "data" / "claims"
WINTER = REPO / "data" / "resolutions" / "winter-2023.yaml"
REFERENCE = REPO / "data" / "resolutions" / "reference-article.yaml"
MOLDOVA_URL = "https://example.org/claimgraph-samples/moldova-warning"


def ingest_samples(store: Store) -> None:
    report = ingest(store, collect([CLAIMS]))
    assert not report.errors


def prediction_of(store: Store, words: str) -> dict:
    [row] = [r for r in store.predictions() if words in r["text"]]
    return row


def write(tmp_path: Path, body: str, name: str = "res.yaml") -> Path:
    path = tmp_path / name
    path.write_text(dedent(body), encoding="utf-8")
    return path


def test_the_winter_file_resolves_20_of_the_28_sample_predictions_and_applies_once(store: Store) -> None:
    ingest_samples(store)
    assert len(store.predictions()) == 28
    first = apply_resolutions(store, WINTER)
    assert (len(first.new), len(first.replaced), len(first.unchanged)) == (20, 0, 0)
    counts = store.counts()
    again = apply_resolutions(store, WINTER)
    assert (len(again.new), len(again.replaced), len(again.unchanged)) == (0, 0, 20)
    assert store.counts() == counts
    assert counts["Resolution"] == 20
    assert counts["RESOLVED_AS"] == 20
    assert len(store.predictions(unresolved=True)) == 8
    # Every prediction whose window closed before June 2023 is resolved.
    assert store.predictions(due_before=date(2023, 6, 1), unresolved=True) == []


def test_a_resolution_keeps_its_provenance_and_marks_the_prediction_resolved(store: Store) -> None:
    ingest_samples(store)
    apply_resolutions(store, WINTER)
    row = prediction_of(store, "Russia could attack Moldova next year")
    assert row["outcome"] == "no"
    assert row["resolved_on"] == date(2023, 12, 31)
    assert row["status"] == "resolved"
    [resolution] = resolutions(store, [row["id"]])
    assert resolution["resolved_by"] == "claimgraph maintainers"
    assert resolution["origin"].startswith("winter-2023.yaml:")
    assert resolution["evidence"][0].startswith("https://")
    assert "did not attack Moldova" in resolution["note"]
    assert resolution["superseded"] is False
    assert resolution["recorded_at"] is not None


def test_resolving_again_keeps_history_and_never_changes_the_prediction(store: Store) -> None:
    ingest_samples(store)
    row = prediction_of(store, "a fresh offensive could begin in February or March")
    before = {k: v for k, v in row.items() if k not in ("status", "outcome", "resolved_on")}
    first = resolve(store, row["id"], "partly", date(2023, 2, 13), ["https://example.org/a"], "first look", "alice")
    assert first.new == [row["id"]]
    second = resolve(store, row["id"], "yes", date(2023, 2, 13), ["https://example.org/b"], "second look", "bob")
    assert second.replaced == [row["id"]]
    assert resolve(store, row["id"], "yes", date(2023, 2, 13), ["https://example.org/b"], "second look", "bob").unchanged
    history = resolutions(store, [row["id"]], with_superseded=True)
    assert [(r["outcome"], r["superseded"]) for r in history] == [("yes", False), ("partly", True)]
    assert resolutions(store, [row["id"]])[0]["resolved_by"] == "bob"
    after = prediction_of(store, "a fresh offensive could begin in February or March")
    assert {k: v for k, v in after.items() if k not in ("status", "outcome", "resolved_on")} == before
    assert after["outcome"] == "yes"
    # Recording the first judgement again makes it current; nothing is lost.
    assert resolve(store, row["id"], "partly", date(2023, 2, 13), ["https://example.org/a"], "first look", "alice").replaced
    history = resolutions(store, [row["id"]], with_superseded=True)
    assert sorted((r["outcome"], r["superseded"]) for r in history) == [("partly", False), ("yes", True)]


def test_resolutions_survive_reingesting_their_source(store: Store) -> None:
    ingest_samples(store)
    apply_resolutions(store, WINTER)
    path = CLAIMS / "2022-12-23-moldova-warning.yaml"
    extraction = read_curated(path)
    store.write(extraction)
    row = prediction_of(store, "Russia could attack Moldova next year")
    assert row["outcome"] == "no"
    assert row["status"] == "resolved"
    assert store.counts()["RESOLVED_AS"] == 20
    # A claim the new version drops takes its prediction along; the others keep theirs.
    kept = tuple(c for c in extraction.claims if "energy blackmail" not in c.text)
    store.write(Extraction(extraction.source, kept, extraction.people, extraction.organisations, extraction.entities))
    assert store.counts()["RESOLVED_AS"] == 19
    assert prediction_of(store, "Russia could attack Moldova next year")["outcome"] == "no"


def test_resolve_refuses_an_unknown_prediction_and_bad_evidence(store: Store) -> None:
    ingest_samples(store)
    with pytest.raises(NotFound, match="pred:nope: no such prediction"):
        resolve(store, "pred:nope", "yes", date(2023, 1, 1))
    row = prediction_of(store, "Russia could attack Moldova next year")
    with pytest.raises(InputError, match="--evidence: not-a-url: not an http"):
        resolve(store, row["id"], "no", date(2023, 12, 31), ["not-a-url"])
    assert store.counts()["Resolution"] == 0


def test_resolution_ids_follow_the_content() -> None:
    a = resolution_id("pred:1", "yes", date(2023, 1, 1), ["https://x"], "n", "me")
    assert a == resolution_id("pred:1", "yes", date(2023, 1, 1), ["https://x"], "n", "me")
    assert a != resolution_id("pred:1", "no", date(2023, 1, 1), ["https://x"], "n", "me")
    assert a.startswith("res:") and len(a) == 20


GOOD = f"""\
resolved_by: tester
resolutions:
  - prediction:
      source: {{url: {MOLDOVA_URL}}}
      speaker: Musteata
      text: Russia could attack Moldova next year
    outcome: no
    resolved_on: 2023-12-31
"""


@pytest.mark.parametrize(
    "body, line, message",
    [
        (GOOD.replace("outcome: no", "outcome: maybe"), 7,
         "resolutions[0].outcome: Input should be 'yes', 'no', 'partly', 'ambiguous' or 'annulled'"),
        (GOOD.replace("2023-12-31", "end of 2023"), 8, "resolutions[0].resolved_on: Input should be a valid date"),
        (GOOD.replace("      text: Russia could attack Moldova next year\n", ""), 3,
         "resolutions[0].prediction: give the prediction's id or distinctive words of its claim (text)"),
        (GOOD.replace("resolved_by: tester\n", ""), 1, "resolved_by: Field required"),
        (GOOD + "    evidence: [ftp://x]\n", 9, "resolutions[0].evidence: ftp://x: not an http(s) URL"),
        (GOOD + "    colour: red\n", 9, "resolutions[0].colour: Extra inputs are not permitted"),
        (GOOD.replace("url:", "link:"), 4, "resolutions[0].prediction.source.link: Extra inputs are not permitted"),
        ("resolutions: [\n", 2, "invalid YAML"),
    ],
)
def test_a_bad_file_names_the_line_and_field(tmp_path: Path, body: str, line: int, message: str) -> None:
    path = write(tmp_path, body)
    with pytest.raises(InputError) as error:
        read_resolutions(path)
    assert str(error.value).startswith(f"{path}:{line}: {message}")


def test_yes_and_no_are_outcomes_not_booleans(tmp_path: Path) -> None:
    [entry] = read_resolutions(write(tmp_path, GOOD))
    assert entry.given.outcome == "no"
    [entry] = read_resolutions(write(tmp_path, GOOD.replace("outcome: no", "outcome: yes")))
    assert entry.given.outcome == "yes"


def test_entries_that_match_no_one_or_several_predictions_fail_the_whole_file(store: Store, tmp_path: Path) -> None:
    ingest_samples(store)
    missing = write(tmp_path, GOOD + GOOD.split("resolutions:\n")[1].replace("next year", "next week"), "missing.yaml")
    with pytest.raises(InputError) as error:
        apply_resolutions(store, missing)
    assert str(error.value) == (
        f"{missing}:9: prediction: no prediction matches (speaker 'Musteata', text 'Russia could attack Moldova next week')"
    )
    assert store.counts()["Resolution"] == 0
    several = write(tmp_path, GOOD.replace("text: Russia could attack Moldova next year", "text: Russia"), "several.yaml")
    with pytest.raises(InputError, match=r":3: prediction: 2 predictions match \(pred:"):
        apply_resolutions(store, several)
    twice = write(tmp_path, GOOD + GOOD.split("resolutions:\n")[1], "twice.yaml")
    with pytest.raises(InputError, match=r":9: prediction: pred:\w+ is already resolved on line 3"):
        apply_resolutions(store, twice)
    assert store.counts()["Resolution"] == 0
    skipped = apply_resolutions(store, missing, skip_unmatched=True)
    assert len(skipped.new) == 1 and len(skipped.skipped) == 1
    assert skipped.skipped[0].startswith(f"{missing}:9: prediction: no prediction matches")


def test_the_event_tells_apart_the_predictions_of_one_claim() -> None:
    said = "the army would withdraw next week and that the talks would resume in May"
    keys = [{"id": pid, "speaker_id": "person:a", "text": said, "event": event, "source_id": "src:1", "url": None,
             "text_hash": None, "path": None}
            for pid, event in (("pred:1", "the army withdraws"), ("pred:1-2", "the talks resume"))]
    assert find_predictions(PredictionRef(text="talks would resume"), keys, []) == ["pred:1", "pred:1-2"]
    assert find_predictions(PredictionRef(text="talks would resume", event="Talks  resume"), keys, []) == ["pred:1-2"]


def test_matching_ignores_case_spacing_and_typographic_quotes() -> None:
    keys = [
        {"id": "pred:1", "speaker_id": "person:a", "text": "\u201cIt may\u00a0start  not in Donbas,\u201d", "source_id": "src:1",
         "url": None, "text_hash": "ab" * 32, "path": "/x/seed/article.txt"},
        {"id": "pred:2", "speaker_id": "person:b", "text": "It may start in Donbas", "source_id": "src:2",
         "url": "https://example.org/2", "text_hash": "cd" * 32, "path": None},
    ]
    speakers = [{"id": "person:a", "name": "Roman Bezsmertnyi", "aliases": ["Bezsmertny"]},
                {"id": "person:b", "name": "Kyrylo Budanov", "aliases": []}]
    assert normalise("\u201cIt  MAY\u00a0start\u201d") == '"it may start"'
    assert find_predictions(PredictionRef(text="it may start not in donbas"), keys, speakers) == ["pred:1"]
    assert find_predictions(PredictionRef(text="may start"), keys, speakers) == ["pred:1", "pred:2"]
    assert find_predictions(PredictionRef(text="may start", speaker="Bezsmertny"), keys, speakers) == ["pred:1"]
    assert find_predictions(PredictionRef.model_validate({"text": "may start", "source": {"file": "article.txt"}}),
                            keys, speakers) == ["pred:1"]
    by_hash = PredictionRef.model_validate({"text": "may start", "source": {"sha256": "cd" * 32, "file": "nope.txt"}})
    assert find_predictions(by_hash, keys, speakers) == ["pred:2"]
    assert find_predictions(PredictionRef(id="pred:2", text="not in donbas"), keys, speakers) == []


# The six predictions of the reference article the file resolves, as the
# extractor words them: (speaker, kind, claim text, probability, negated).
REFERENCE_CLAIMS = [
    ("Valerii Zaluzhnyi", "person", "Another major invasion could occur in February, March at best, and late January at worst.", 0.5, False),
    ("Valerii Zaluzhnyi", "person", "Russia may try to attack Kyiv again", 0.325, False),
    ("Institute for the Study of War", "organisation",
     "may herald the resumption of offensive operations against Ukraine in the coming months", 0.5, False),
    ("Roman Bezsmertnyi", "person", "there will be no strike from there in the coming months", None, True),
    ("Alexandru Musteata", "person", "next year Russia can attack Moldova", 0.5, False),
    ("Roman Bezsmertnyi", "person",
     "If you put together Russian and Belarusian potential, the probability of their use against Ukraine is currently very high", 0.875, False),
]


def test_the_reference_article_file_finds_its_predictions_by_source_speaker_and_words(
    store: Store, seed_article: Path
) -> None:
    from ingest.directory import load_directory
    from ingest.read import read_source

    source = read_source(seed_article)
    directory = load_directory()
    people: dict[str, Person] = {}
    organisations: dict[str, Organisation] = {}
    claims = []
    for name, kind, text, probability, negated in REFERENCE_CLAIMS:
        # Speakers as the extractor stores them: canonical names with their aliases.
        speaker: Person | Organisation
        if kind == "person":
            known = directory.find_person(name)
            assert known is not None
            speaker = people.setdefault(name, Person(known.id, known.name, known.aliases))
        else:
            known_org = directory.find_organisation(name)
            assert known_org is not None
            speaker = organisations.setdefault(name, known_org)
        start = source.text.index(text)
        cid = claim_id(source.id, start, start + len(text), text)
        claims.append(Claim(cid, source.id, speaker.id, text, start, start + len(text), False, "said",
                            predictions=(Prediction(prediction_id(cid), cid, text, probability=probability,
                                                    negated=negated),)))
    store.write(Extraction(source, tuple(claims), tuple(people.values()), tuple(organisations.values())))
    report = apply_resolutions(store, REFERENCE)
    assert len(report.new) == 6
    outcomes = {r["text"]: r["outcome"] for r in store.predictions()}
    assert outcomes == {
        REFERENCE_CLAIMS[0][2]: "partly",
        REFERENCE_CLAIMS[1][2]: "no",
        REFERENCE_CLAIMS[2][2]: "yes",
        REFERENCE_CLAIMS[3][2]: "no",
        REFERENCE_CLAIMS[4][2]: "no",
        REFERENCE_CLAIMS[5][2]: "no",
    }


def test_a_folder_applies_every_resolutions_file_in_it(store: Store, tmp_path: Path) -> None:
    ingest_samples(store)
    report = apply_resolutions(store, WINTER.parent, skip_unmatched=True)
    alone = len(read_resolutions(REFERENCE))
    # The reference article is not ingested here: its entries are skipped.
    assert (len(report.new), len(report.replaced), len(report.unchanged), len(report.skipped)) == (20, 0, 0, alone)
    again = apply_resolutions(store, WINTER.parent, skip_unmatched=True)
    assert (len(again.new), len(again.unchanged)) == (0, 20)


def test_a_folder_with_a_bad_file_writes_nothing(store: Store, tmp_path: Path) -> None:
    ingest_samples(store)
    (tmp_path / "a.yaml").write_text(WINTER.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.yaml").write_text("resolved_by: x\nresolutions: []\n", encoding="utf-8")
    with pytest.raises(InputError, match="b.yaml"):
        apply_resolutions(store, tmp_path)
    assert store.counts()["Resolution"] == 0


def test_a_folder_without_resolutions_files_is_an_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no resolutions files"):
        apply_resolutions(store, tmp_path)
