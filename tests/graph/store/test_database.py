"""The store against a real database: writes are atomic and idempotent."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from graph.errors import StoreError
from graph.model import (
    Claim,
    Entity,
    Extraction,
    Organisation,
    Person,
    Prediction,
    Source,
    claim_id,
    entity_id,
    organisation_id,
    person_id,
    prediction_id,
    source_id,
    unnamed_id,
)
from graph.store import SourcesNotWritten, Store, cypher
from graph.store import database as store_module

TEXT = (
    "The general said a new offensive could start in February. "
    "The institute believes the visit prepares a new stage of the war."
)


def sample(text: str = TEXT, url: str = "https://example.org/a") -> Extraction:
    sid = source_id(url, text)
    general = Person(
        person_id("Valerii Zaluzhnyi"),
        "Valerii Zaluzhnyi",
        ("Valery Zaluzhny", "Zaluzhny"),
        role="Commander-in-Chief",
        affiliation="Armed Forces of Ukraine",
    )
    army = Organisation(organisation_id("Armed Forces of Ukraine"), "Armed Forces of Ukraine")
    isw = Organisation(organisation_id("Institute for the Study of War"), "Institute for the Study of War", ("ISW",))
    kyiv = Entity(entity_id("Kyiv"), "Kyiv", "place", ("Kiev",), "Q1899")
    first = "a new offensive could start in February"
    start = text.index(first)
    cid = claim_id(sid, start, start + len(first), first)
    second = "the visit prepares a new stage of the war"
    start2 = text.index(second)
    cid2 = claim_id(sid, start2, start2 + len(second), second)
    return Extraction(
        source=Source(sid, text, title="Sample", url=url, publisher="claimgraph samples", published=date(2022, 12, 20)),
        claims=(
            Claim(
                cid, sid, general.id, first, start, start + len(first), False, "said", about=(kyiv.id,),
                predictions=(Prediction(
                    prediction_id(cid), cid, "new offensive", "in February",
                    date(2023, 2, 1), date(2023, 2, 28), 0.4, "could",
                    kind="forecast", condition="if the ground freezes",
                ),),
            ),
            Claim(cid2, sid, isw.id, second, start2, start2 + len(second), False, "believes"),
        ),
        people=(general,),
        organisations=(army, isw),
        entities=(kyiv,),
    )


def test_write_stores_source_claims_people_and_predictions(store: Store) -> None:
    store.write(sample())
    counts = store.counts()
    assert counts["Source"] == 1
    assert counts["Claim"] == 2
    assert counts["Prediction"] == 1
    assert counts["Person"] == 1
    assert counts["Organisation"] == 2
    assert counts["STATED"] == 2
    assert counts["AFFILIATED_WITH"] == 1
    assert counts["ABOUT"] == 1
    people = {row["name"]: row for row in store.people()}
    assert people["Valerii Zaluzhnyi"]["claims"] == 1
    assert people["Valerii Zaluzhnyi"]["predictions"] == 1
    assert people["Valerii Zaluzhnyi"]["affiliation"] == "Armed Forces of Ukraine"
    assert people["Institute for the Study of War"]["kind"] == "organisation"


def test_writing_the_same_source_twice_changes_nothing(store: Store) -> None:
    store.write(sample())
    before = store.counts()
    claims_before = store.claims()
    store.write(sample())
    assert store.counts() == before
    assert store.claims() == claims_before


def test_rewriting_a_source_drops_claims_it_no_longer_has(store: Store) -> None:
    full = sample()
    store.write(full)
    store.write(replace(full, claims=full.claims[1:]))
    assert store.counts()["Claim"] == 1
    assert store.counts()["Prediction"] == 0


def test_a_write_failing_mid_transaction_leaves_nothing_behind(store: Store) -> None:
    good = sample()
    # The last claim carries a value the driver cannot send: the failure comes
    # after the source, the people and the first claims were written in the
    # same transaction, which must then roll back whole.
    broken = replace(good, claims=(*good.claims[:1], replace(good.claims[1], cue=object())))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not supported"):
        store.write(broken)
    assert all(value == 0 for value in store.counts().values())


def test_an_inconsistent_extraction_is_refused_before_writing(store: Store) -> None:
    good = sample()
    broken = replace(good, claims=(*good.claims, replace(good.claims[1], id="claim:x", speaker_id="person:nobody")))
    with pytest.raises(StoreError, match="person:nobody"):
        store.write(broken)
    shifted = replace(good, claims=(replace(good.claims[0], start=0),))
    with pytest.raises(StoreError, match="offsets"):
        store.write(shifted)
    assert all(value == 0 for value in store.counts().values())


def test_dates_come_back_as_dates(store: Store) -> None:
    store.write(sample())
    [row] = store.predictions()
    assert row["window_start"] == date(2023, 2, 1)
    assert row["window_end"] == date(2023, 2, 28)
    assert row["published"] == date(2022, 12, 20)


def test_prediction_filters(store: Store) -> None:
    store.write(sample())
    general = person_id("Valerii Zaluzhnyi")
    assert len(store.predictions(speaker_ids=[general])) == 1
    assert store.predictions(speaker_ids=["person:someone-else"]) == []
    assert len(store.predictions(open_on=date(2023, 2, 28))) == 1  # the window's last day
    assert store.predictions(open_on=date(2023, 3, 1)) == []
    assert len(store.predictions(due_before=date(2023, 3, 1))) == 1
    assert store.predictions(due_before=date(2023, 2, 28)) == []
    [row] = store.predictions(kind="forecast")
    assert (row["kind"], row["condition"]) == ("forecast", "if the ground freezes")
    assert store.predictions(kind="intention") == []


def test_claim_filters(store: Store) -> None:
    store.write(sample())
    store.write(sample(TEXT.replace("general", "commander"), url="https://example.org/b"))
    assert len(store.claims()) == 4
    assert len(store.claims(entity_ids=[entity_id("Kyiv")])) == 2
    sid = source_id("https://example.org/b", TEXT.replace("general", "commander"))
    rows = store.claims(source_id=sid)
    assert len(rows) == 2
    for row in rows:
        assert TEXT.replace("general", "commander")[row["start"] : row["end"]] == row["text"]


def test_extractions_round_trip_through_the_store(store: Store) -> None:
    original = sample()
    store.write(original)
    [back] = store.extractions()
    assert back.source == original.source
    assert sorted(back.claims, key=lambda c: c.start) == sorted(original.claims, key=lambda c: c.start)
    assert set(back.people) == set(original.people)
    assert set(back.organisations) == set(original.organisations)
    assert set(back.entities) == set(original.entities)


def test_a_claim_with_several_predictions_keeps_them_all_in_order(store: Store) -> None:
    original = sample()
    first = original.claims[0]
    [made] = first.predictions
    second = Prediction(prediction_id(first.id, 1), first.id, "the army retreats", "by March", date(2023, 1, 1),
                        date(2023, 3, 31), 0.5, "may", negated=True)
    both = replace(original, claims=(replace(first, predictions=(made, second)), *original.claims[1:]))
    store.write(both)
    assert store.counts()["Prediction"] == 2 and store.counts()["MAKES"] == 2
    [back] = store.extractions()
    assert next(c for c in back.claims if c.id == first.id).predictions == (made, second)
    store.write(original)  # the next reading makes one prediction: the other goes
    assert store.counts()["Prediction"] == 1
    [back] = store.extractions()
    assert next(c for c in back.claims if c.id == first.id).predictions == (made,)


def test_schema_is_idempotent(store: Store) -> None:
    store.ensure_schema()
    store.ensure_schema()
    store.write(sample())
    assert store.counts()["Source"] == 1


def other(n: int) -> Extraction:
    """A sample of another source (same speakers and entity): sources share nodes."""
    return sample(TEXT.replace("general", f"general {n}"), url=f"https://example.org/{n}")


def test_write_many_stores_what_write_stores(store: Store) -> None:
    extractions = [other(n) for n in range(5)]
    for extraction in extractions:
        store.write(extraction)
    one_by_one = store.counts(), store.claims(), store.people()
    store.clear()
    store.write_many(extractions)
    assert (store.counts(), store.claims(), store.people()) == one_by_one
    assert store.counts()["Person"] == 1  # named by every source, merged once
    store.write_many(extractions)
    assert (store.counts(), store.claims(), store.people()) == one_by_one


def test_write_many_keeps_a_bad_source_from_taking_the_others_down(store: Store) -> None:
    good = [other(n) for n in range(4)]
    # The database refuses a map as a property value: the pack's transaction
    # fails, and its sources are written again one by one.
    refused = replace(good[1], claims=(*good[1].claims[:1], replace(good[1].claims[1], cue={"not": "a value"})))  # type: ignore[arg-type]
    inconsistent = replace(good[2], claims=(replace(good[2].claims[0], start=0),))
    with pytest.raises(SourcesNotWritten) as error:
        store.write_many([good[0], refused, inconsistent, good[3]])
    failures = {e.source.id: str(problem) for e, problem in error.value.failures}
    assert failures.keys() == {refused.source.id, inconsistent.source.id}
    assert "offsets" in failures[inconsistent.source.id]
    assert "map" in failures[refused.source.id].lower()
    assert store.counts()["Source"] == 2
    assert {row["source_id"] for row in store.claims()} == {good[0].source.id, good[3].source.id}


def test_write_many_applies_two_versions_of_a_source_in_order(store: Store) -> None:
    full = sample()
    store.write_many([full, replace(full, claims=full.claims[1:])])
    assert store.counts()["Claim"] == 1
    assert store.counts()["Prediction"] == 0


def test_a_source_larger_than_a_statement_is_written_whole(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # Three statements of one claim each, in one transaction; the stale claims
    # are removed once, by the first.
    monkeypatch.setattr(store_module, "BATCH_SIZE", 1)
    full = sample()
    store.write(full)
    assert store.counts()["Claim"] == 2
    assert store.counts()["ABOUT"] == 1
    store.write(replace(full, claims=full.claims[1:]))
    assert store.counts()["Claim"] == 1
    store.write_many([full, other(1), other(2)])
    assert store.counts()["Claim"] == 6
    assert store.counts()["Source"] == 3


def test_a_claim_can_change_speaker(store: Store) -> None:
    full = sample()
    store.write(full)
    isw = full.organisations[1].id
    moved = replace(full, claims=(replace(full.claims[0], speaker_id=isw), full.claims[1]))
    store.write(moved)
    assert store.counts()["STATED"] == 2
    assert {row["speaker_id"] for row in store.claims()} == {isw}


def test_a_kept_claim_loses_the_prediction_and_entities_a_new_extraction_no_longer_gives_it(store: Store) -> None:
    full = sample()
    store.write(full)
    belarus = Entity(entity_id("Belarus"), "Belarus", "place")
    first = full.claims[0]
    # The claim now speaks of Belarus, not Kyiv, and no longer counts as a prediction.
    plain = replace(first, predictions=(), about=(belarus.id,))
    store.write(replace(full, claims=(plain, full.claims[1]), entities=(full.entities[0], belarus)))
    counts = store.counts()
    assert counts["Claim"] == 2
    assert counts["Prediction"] == 0 and counts.get("MAKES", 0) == 0
    assert counts["ABOUT"] == 1
    about = store.driver.execute_query(
        "MATCH (:Claim {id: $id})-[:ABOUT]->(e:Entity) RETURN e.name AS name", id=first.id, database_=store.database
    )[0]
    assert [r["name"] for r in about] == ["Belarus"]
    # And back: writing the first version again restores both.
    store.write(full)
    assert store.counts()["Prediction"] == 1
    assert store.counts()["ABOUT"] == 1


def test_audit_spans_are_stored_read_back_and_cleared(store: Store) -> None:
    original = sample()
    first = replace(original.claims[0], cue_start=12, cue_end=16, mention="The general", mention_start=0,
                    mention_end=11, antecedent="The institute", antecedent_start=TEXT.index("The institute"),
                    antecedent_end=TEXT.index("The institute") + len("The institute"),
                    via="The institute", via_start=TEXT.index("The institute"),
                    via_end=TEXT.index("The institute") + len("The institute"))
    spanned = replace(original, claims=(first, original.claims[1]))
    store.write(spanned)
    [back] = store.extractions()
    assert {c.id: c for c in back.claims}[first.id] == first
    _, result = cypher.run_named(store, "claim-provenance", {"claim": first.id})
    row = result.rows[0]
    assert (row["cue_start"], row["mention"], row["antecedent_end"]) == (12, "The general", first.antecedent_end)
    assert (row["via"], row["via_start"]) == ("The institute", first.via_start)
    # A new reading without the spans (a curated file, say) leaves none behind.
    store.write(original)
    [back] = store.extractions()
    assert {c.id: c for c in back.claims}[first.id] == original.claims[0]


def at_path(text: str, path: str) -> Extraction:
    """The sample as an article without a URL, read from ``path``."""
    extraction = sample(text, url=None)  # type: ignore[arg-type]
    return replace(extraction, source=replace(extraction.source, url=None, path=path))


@pytest.mark.parametrize("many", [False, True])
def test_an_edited_file_without_a_url_replaces_its_earlier_version(store: Store, many: bool) -> None:
    first = at_path(TEXT, "/articles/a.txt")
    edited = at_path(TEXT.replace("general", "commander"), "/articles/a.txt")
    assert first.source.id != edited.source.id  # no URL: the id comes from the text
    for extraction in (first, edited):
        store.write_many([extraction]) if many else store.write(extraction)
    assert store.counts()["Source"] == 1
    assert store.counts()["Claim"] == 2
    assert store.counts()["Prediction"] == 1
    assert {row["source_id"] for row in store.claims()} == {edited.source.id}


def test_other_paths_jsonl_lines_and_sources_with_a_url_are_not_replaced(store: Store) -> None:
    store.write(at_path(TEXT, "/articles/a.txt"))
    store.write(at_path(TEXT.replace("general", "commander"), "/articles/b.txt"))
    # A line of a JSON Lines file is named by its number, which moves when a
    # line is inserted above it: no replacing there.
    store.write(at_path(TEXT.replace("general", "chief"), "/corpus.jsonl:1"))
    store.write(at_path(TEXT.replace("general", "minister"), "/corpus.jsonl:1"))
    with_url = sample()
    store.write(replace(with_url, source=replace(with_url.source, path="/articles/a.txt")))
    assert store.counts()["Source"] == 5


def with_unnamed_source() -> Extraction:
    """The sample plus a prediction by an unnamed source ("officials")."""
    base = sample()
    officials = Person(unnamed_id(base.source.id, "officials"), "officials", kind="unnamed")
    said = "The institute"
    start = base.source.text.index(said)
    cid = claim_id(base.source.id, start, start + len(said), said)
    claim = Claim(cid, base.source.id, officials.id, said, start, start + len(said), False, "said",
                  predictions=(Prediction(prediction_id(cid), cid, "a visit", None, date(2023, 1, 1), date(2023, 1, 31)),))
    return replace(base, claims=(*base.claims, claim), people=(*base.people, officials))


def test_unnamed_sources_are_listed_only_when_asked(store: Store) -> None:
    store.write(with_unnamed_source())
    assert "officials" not in {row["name"] for row in store.people()}
    people = {row["name"]: row for row in store.people(include_unnamed=True)}
    assert people["officials"]["kind"] == "unnamed"
    assert "officials" not in {row["speaker"] for row in store.claims()}
    assert "officials" in {row["speaker"] for row in store.claims(include_unnamed=True)}
    assert "officials" not in {row["speaker"] for row in store.predictions()}
    assert "officials" in {row["speaker"] for row in store.predictions(include_unnamed=True)}
    assert "officials" not in {row["speaker"] for row in store.scorecard_rows()}
    assert {row["kind"] for row in store.scorecard_rows(include_unnamed=True) if row["speaker"] == "officials"} == {"unnamed"}
    # What was written is read back as it was: the kind survives the store.
    stored = {p.id: p for e in store.extractions() for p in e.people}
    assert stored[unnamed_id(sample().source.id, "officials")].kind == "unnamed"
