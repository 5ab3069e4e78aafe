"""Track records: Brier scores, hit rates and calibration of experts.

Every prediction states (or its wording implies, on the ICD 203 scale) a
probability ``p``. For scoring it is turned into the forecast ``f`` that the
event, as the prediction's ``event`` states it, happens:

    f = p          for a plain prediction ("Russia could attack Moldova": p = 0.5)
    f = 1 - p      for a negated one, where p is the speaker's confidence that
                   the event will NOT happen ("I do not expect an attack",
                   p = 0.675, so f = 0.325)

The outcome o of a resolved prediction is 1 for ``yes`` and 0 for ``no``.
An expert's Brier score over their n scored predictions is

    Brier = (1/n) * sum_i (f_i - o_i)^2

from 0 (always certain and right) to 1 (always certain and wrong); saying
"could" (f = 0.5) every time scores 0.25. Only predictions resolved ``yes``
or ``no`` that have a probability are scored. Those resolved ``partly``,
``ambiguous`` or ``annulled`` are counted (``excluded``) but not scored, and
so are ``yes``/``no`` predictions without a probability (``unscored``: their
words, e.g. a plain "will", are not on the scale).

A prediction is a *hit* when it leaned the way things went: it leans ``yes``
when f > 0.5 and ``no`` when f < 0.5; at f = 0.5 (may, could, might) or
without a probability it leans the way it is worded (towards the event, or
against it when negated), since the speaker chose to raise that outcome. The
hit rate is hits / (predictions resolved yes or no).

Per organisation, the predictions of the organisation itself and of every
person affiliated with it are pooled.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

from graph.store import Store

Group = Literal["expert", "organisation"]

#: Band edges of US Intelligence Community Directive 203 (2015), D.6.b(2)(a):
#: the same seven likelihood bands the probability words are read on
#: (data/lexicon/probability.yaml), so a band is a family of words.
BANDS: tuple[tuple[str, float, float], ...] = (
    ("almost no chance", 0.00, 0.05),
    ("very unlikely", 0.05, 0.20),
    ("unlikely", 0.20, 0.45),
    ("even chance", 0.45, 0.55),
    ("likely", 0.55, 0.80),
    ("very likely", 0.80, 0.95),
    ("almost certain", 0.95, 1.00),
)


def forecast(probability: float | None, negated: bool) -> float | None:
    """Return the forecast that the stated event happens (None without a probability).

    For a negated prediction the stated probability is the confidence that the
    event will not happen, so the forecast is its complement.
    """
    if probability is None:
        return None
    return 1.0 - probability if negated else probability


def rescale(rows: Sequence[dict[str, Any]], lookup: Callable[[str], float | None]) -> list[dict[str, Any]]:
    """Return ``rows`` with each probability read again from its probability words by ``lookup``.

    ``lookup`` is a probability scale's (``ingest.probability.Scale.lookup``):
    a user's own scale re-scores stored predictions without re-ingesting.
    Rows whose words the scale does not know keep their stored number.
    """
    out = []
    for row in rows:
        words = row.get("probability_words")
        number = lookup(str(words)) if words else None
        out.append({**row, "probability": number} if number is not None else dict(row))
    return out


def brier(pairs: Iterable[tuple[float, int]]) -> float | None:
    """Return the mean squared difference of (forecast, outcome 0/1) pairs, None for none."""
    pairs = list(pairs)
    if not pairs:
        return None
    return sum((f - o) ** 2 for f, o in pairs) / len(pairs)


def leaning(probability: float | None, negated: bool) -> Literal["yes", "no"]:
    """Return which outcome a prediction leans to (see the module docstring)."""
    f = forecast(probability, negated)
    if f is None or abs(f - 0.5) < 1e-9:
        return "no" if negated else "yes"
    return "yes" if f > 0.5 else "no"


def event_outcome(outcome: str | None) -> str:
    """Return what a resolution says about the event: happened, did not happen, partly happened, ambiguous, annulled or open."""
    return {
        None: "open",
        "yes": "happened",
        "no": "did not happen",
        "partly": "partly happened",
    }.get(outcome or None, str(outcome))


@dataclass(frozen=True)
class Score:
    """The track record of one expert or organisation."""

    id: str
    name: str
    kind: str
    predictions: int
    resolved: int
    """Predictions with a current resolution, whatever its outcome."""
    scored: int
    """Resolved yes/no with a probability: the ones in the Brier score."""
    brier: float | None
    hits: int
    hit_rate: float | None
    """Hits among the predictions resolved yes or no."""
    excluded: int
    """Resolved partly, ambiguous or annulled: not scored."""
    unscored: int
    """Resolved yes or no without a probability: not in the Brier score."""

    def row(self) -> dict[str, Any]:
        """Return the score as a listing row (Brier and hit rate rounded to 3 places)."""
        row = asdict(self)
        for key in ("brier", "hit_rate"):
            if row[key] is not None:
                row[key] = round(row[key], 3)
        return row


def score(rows: Sequence[dict[str, Any]], id: str, name: str, kind: str) -> Score:
    """Return the Score of one expert from their prediction rows (``scorecard_rows.cypher``)."""
    resolved = [r for r in rows if r.get("outcome")]
    decided = [r for r in resolved if r["outcome"] in ("yes", "no")]
    pairs = [
        (f, 1 if r["outcome"] == "yes" else 0)
        for r in decided
        if (f := forecast(r.get("probability"), bool(r.get("negated")))) is not None
    ]
    hits = sum(1 for r in decided if leaning(r.get("probability"), bool(r.get("negated"))) == r["outcome"])
    return Score(
        id=id,
        name=name,
        kind=kind,
        predictions=len(rows),
        resolved=len(resolved),
        scored=len(pairs),
        brier=brier(pairs),
        hits=hits,
        hit_rate=hits / len(decided) if decided else None,
        excluded=len(resolved) - len(decided),
        unscored=len(decided) - len(pairs),
    )


def scores(rows: Sequence[dict[str, Any]], by: Group = "expert") -> list[Score]:
    """Return one Score per expert (or organisation), best Brier first, unscored last.

    ``rows`` are predictions as ``Store.scorecard_rows`` returns them.
    """
    groups: dict[str, tuple[str, str, list[dict[str, Any]]]] = {}
    for row in rows:
        if by == "expert":
            keys = [(row["speaker_id"], row["speaker"], row["kind"])]
        elif row["kind"] == "organisation":
            keys = [(row["speaker_id"], row["speaker"], "organisation")]
        else:
            keys = [
                (oid, oname, "organisation")
                for oid, oname in zip(row.get("organisation_ids") or (), row.get("organisations") or ())
            ]
        for key_id, key_name, kind in keys:
            groups.setdefault(key_id, (key_name, kind, []))[2].append(row)
    result = [score(items, key_id, name, kind) for key_id, (name, kind, items) in groups.items()]
    return sorted(result, key=lambda s: (s.brier is None, s.brier or 0.0, -s.scored, s.name))


def scorecard(store: Store, by: Group = "expert") -> list[Score]:
    """Return the track record of every expert (or organisation) in the store.

    Raises:
        StoreError: the database cannot be read.
    """
    return scores(store.scorecard_rows(), by)


@dataclass(frozen=True)
class CalibrationRow:
    """How often events in one probability band happened."""

    band: str
    low: float
    high: float
    predictions: int
    """Scored predictions whose forecast falls in the band."""
    mean_forecast: float | None
    happened: int
    observed: float | None
    """Share of those events that happened (None: no prediction in the band)."""

    def row(self) -> dict[str, Any]:
        """Return the band as a listing row (rates rounded to 3 places)."""
        row = asdict(self)
        for key in ("mean_forecast", "observed"):
            if row[key] is not None:
                row[key] = round(row[key], 3)
        return row


def calibration(rows: Sequence[dict[str, Any]], bands: Sequence[tuple[str, float, float]] = BANDS) -> list[CalibrationRow]:
    """Return, per band of forecast, how many scored predictions fell in it and in how many the event happened.

    Bands are [low, high) except the last, which includes 1.0. A well
    calibrated expert's events happen about as often as forecast.
    """
    pairs = [
        (f, 1 if r["outcome"] == "yes" else 0)
        for r in rows
        if r.get("outcome") in ("yes", "no")
        and (f := forecast(r.get("probability"), bool(r.get("negated")))) is not None
    ]
    table = []
    for index, (name, low, high) in enumerate(bands):
        last = index == len(bands) - 1
        inside = [(f, o) for f, o in pairs if low <= f < high or (last and f == high)]
        n = len(inside)
        table.append(
            CalibrationRow(
                band=name,
                low=low,
                high=high,
                predictions=n,
                mean_forecast=sum(f for f, _ in inside) / n if n else None,
                happened=sum(o for _, o in inside),
                observed=sum(o for _, o in inside) / n if n else None,
            )
        )
    return table


def plot_calibration(table: Sequence[CalibrationRow], path: Path, title: str = "Calibration") -> Path:
    """Draw a calibration chart (forecast against observed frequency) to a PNG or SVG file.

    Returns the path written.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    path = Path(path)
    fig, ax = plt.subplots(figsize=(7.5, 6.2), dpi=150)
    try:
        ax.plot([0, 1], [0, 1], linestyle="--", color="#888888", linewidth=1, label="perfect calibration")
        # Alternate shading shows the ICD 203 bands the forecasts are grouped in.
        for _, low, high in BANDS[1::2]:
            ax.axvspan(low, high, color="#f0f0f0", zorder=0)
        used = [row for row in table if row.predictions]
        if used:
            xs = [row.mean_forecast or 0.0 for row in used]
            ys = [row.observed or 0.0 for row in used]
            sizes = [60 + 40 * row.predictions for row in used]
            ax.scatter(xs, ys, s=sizes, color="#1565c0", alpha=0.85, zorder=3, label="band (size: predictions)")
            for row in used:
                assert row.mean_forecast is not None and row.observed is not None
                dy = -0.08 if row.observed > 0.85 else 0.08
                ax.annotate(
                    f"{row.band}\n{row.happened}/{row.predictions} events happened",
                    (row.mean_forecast, row.observed),
                    # Kept inside the axes: bands at the edges would cut their label.
                    xytext=(min(max(row.mean_forecast, 0.09), 0.91), row.observed + dy),
                    ha="center",
                    va="center",
                    fontsize=8,
                    bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none", "alpha": 0.9},
                    zorder=4,
                )
        else:
            ax.text(0.5, 0.5, "no resolved predictions with a probability yet", ha="center", va="center")
        ax.set_xlim(-0.02, 1.02)
        ax.set_ylim(-0.1, 1.1)
        ax.set_xlabel("forecast that the event happens (band mean)")
        ax.set_ylabel("share of events that happened")
        # What happened, not whether the forecasts were right: a "very unlikely"
        # event that did not happen counts as 0 here and is a hit on the scorecard.
        ax.set_title(f"{title}: how often the events happened, by forecast")
        ax.legend(loc="upper left", fontsize=8, frameon=False)
        ax.grid(True, color="#dddddd", linewidth=0.5)
        fig.tight_layout()
        fig.savefig(path)
    finally:
        plt.close(fig)
    return path
