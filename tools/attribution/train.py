"""Convert PolNeAR, train the attribution stage, score it on dev, ship the best model.

One command, CPU only (about 20 minutes on a free core; an hour on our loaded machine):

    python tools/attribution/train.py                      # configs/own_tok2vec.cfg, ships the model
    python tools/attribution/train.py --config tools/attribution/configs/listener.cfg --no-ship

Every hyper-parameter and the seed are in the config; this script passes the
corpus paths only. Work files go to build/attribution/<config name>/.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

import spacy
from spacy.cli.train import train

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from ingest.attribution import pipe  # noqa: E402  (registers the component)
from ingest.attribution.convert import convert  # noqa: E402
from ingest.attribution.model import SHIPPED, load_attribution, score_folders  # noqa: E402


def _base_name(config: Path) -> str:
    """Return the base pipeline a config sources its components from (``[paths] base``)."""
    return str(spacy.util.load_config(config)["paths"]["base"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", type=Path, default=REPO / "tools/attribution/configs/own_tok2vec.cfg")
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared/corpus/polnear",
                        help="PolNeAR folder holding train/ and dev/")
    parser.add_argument("--work", type=Path, default=None, help="work folder (default build/attribution/<config>)")
    parser.add_argument("--ship", action=argparse.BooleanOptionalAction, default=True,
                        help=f"copy the best model to {SHIPPED.relative_to(REPO)}")
    args = parser.parse_args()
    work = args.work or REPO / "build/attribution" / args.config.stem
    blank = spacy.blank("en")
    for split in ("train", "dev"):
        count = convert(blank, [args.corpus / split], work / f"{split}.spacy")
        print(f"{split}: {count} paragraphs -> {work / f'{split}.spacy'}")
    started = time.perf_counter()
    train(args.config, work / "output", overrides={"paths.train": str(work / "train.spacy"),
                                                   "paths.dev": str(work / "dev.spacy")})
    print(f"training took {time.perf_counter() - started:.0f} s")
    best = work / "output" / "model-best"
    # The sourced en_core_web_sm components read NORM through the base pipeline's lexeme_norm table
    # ("stabilise" -> "stabilize"); training does not carry lookups over, so the shipped pipeline gets
    # the base's own, and its parse is en_core_web_sm's exactly (tests/ingest/attribution/test_model.py).
    base = spacy.load(_base_name(args.config))
    base.vocab.lookups.to_disk(best / "vocab")
    nlp = load_attribution(best)
    for label, counts in score_folders([args.corpus / "dev"], nlp).items():
        print(f"PolNeAR dev {label:8} {counts.summary()}")
    if args.ship:
        shutil.rmtree(SHIPPED, ignore_errors=True)
        shutil.copytree(best, SHIPPED)
        print(f"shipped {best} -> {SHIPPED} ({pipe.SPANS_KEY} spans)")


if __name__ == "__main__":
    main()
