"""Learn the event confidence model (codebooks/rules/confidence.yaml) from gold files.

    .venv/bin/python scripts/train_confidence.py            # the default training files, writes the model
    .venv/bin/python scripts/train_confidence.py --dry-run  # prints the cross-validation only

Every listed article is coded with no confidence filter; each candidate event is labelled by the
evaluator's own matching (pipeline.evaluate.label_produced): true when it pairs with a required
gold event, false when it is a false positive; events the score ignores are left out. A logistic
regression with an L2 penalty is fitted on the features of pipeline.confidence.

The threshold is chosen by leaving each gold file out in turn: the model fitted on the other files
rates the left-out file's candidates, and the threshold that gives the best pooled F1 over all
left-out files (averaged with the steps either side, as the top of the curve is flat) is kept. The sealed held-out sets are never used for training.
"""
from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from pipeline.codebook import compiled  # noqa: E402
from pipeline.confidence import article_features, probability  # noqa: E402
from pipeline.evaluate import event_record, label_produced, load_gold  # noqa: E402
from pipeline.run import code_gold_articles  # noqa: E402
from schemas.rules import ConfidenceModel, TrainingSet  # noqa: E402

# the untouched held-out part of our own gold: scored at checkpoints only, never trained on
SEALED = ("fresh4", "fresh7", "fresh11")
MODEL_FILE = REPO / "codebooks" / "rules" / "confidence.yaml"
L2 = 3.0                # penalty on the squared weights (larger: weights nearer 0)
THRESHOLDS = [round(0.10 + 0.025 * i, 3) for i in range(21)]     # 0.10 .. 0.60


def default_files() -> list[Path]:
    files = [REPO / "tests" / "fixtures" / "seeds_gold.yaml"]
    files += [p for p in sorted((REPO / "tests" / "gold").glob("*/*.yaml")) if p.parent.name not in SEALED]
    return files


@dataclass
class Sample:
    features: list[str]
    true: bool


@dataclass
class GoldFileSamples:
    path: Path
    samples: list[Sample]
    missed: int           # required gold events no candidate matched


def collect(path: Path, c) -> GoldFileSamples:
    gold = load_gold(path)
    coded = code_gold_articles(path, gold, c)
    file_of = {a.id: a.source for a in coded.articles}
    by_file: dict[str, list] = {}
    for event in coded.events:
        by_file.setdefault(file_of[event.article_id], []).append(event)
    samples, missed = [], 0
    for article in gold.articles:
        events = by_file.get(article.file, [])
        labels = label_produced(article, [event_record(e) for e in events], gold.scope)
        for features, label in zip(article_features(events), labels):
            if label is not None:
                samples.append(Sample(features, label))
        missed += sum(1 for g in article.events if not g.optional) - sum(1 for x in labels if x)
    return GoldFileSamples(path, samples, missed)


def fit(samples: list[Sample], l2: float = L2, rounds: int = 300) -> tuple[float, dict[str, float]]:
    """Logistic regression, L2-penalised, by full-batch gradient descent with AdaGrad steps."""
    names = sorted({f for s in samples for f in s.features})
    index = {n: i for i, n in enumerate(names)}
    rows = [([index[f] for f in s.features], 1.0 if s.true else 0.0) for s in samples]
    w = [0.0] * len(names)
    b = 0.0
    g2 = [1e-8] * len(names)
    gb2 = 1e-8
    rate = 0.5
    for _ in range(rounds):
        grad = [l2 * x for x in w]
        gb = 0.0
        for features, y in rows:
            z = b + sum(w[i] for i in features)
            p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
            d = p - y
            gb += d
            for i in features:
                grad[i] += d
        for i, g in enumerate(grad):
            g2[i] += g * g
            w[i] -= rate * g / math.sqrt(g2[i])
        gb2 += gb * gb
        b -= rate * gb / math.sqrt(gb2)
    return b, {n: w[i] for n, i in index.items() if abs(w[i]) >= 0.005}


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


PLATEAU = 0.001     # smoothed F1 this close to the best is the same top of the curve


def pick_threshold(thresholds: list[float], scores: list[float]) -> float:
    """The curve is flat near its top and its single highest point is noise: each threshold is
    judged by its neighbourhood (it and the steps either side). On the flat top, the highest
    threshold: F1 cannot tell those apart, but fewer false events and fewer forbidden outputs
    (which F1 does not weigh) come with the higher one."""
    smooth = [sum(scores[max(0, i - 1):i + 2]) / len(scores[max(0, i - 1):i + 2]) for i in range(len(scores))]
    best = max(smooth)
    return max(t for t, s in zip(thresholds, smooth) if s >= best - PLATEAU)


def cross_validate(files: list[GoldFileSamples]) -> tuple[float, list[str]]:
    """Leave each file out; return the best threshold and one report line per file."""
    rated = []
    for held in files:
        b, w = fit([s for f in files if f is not held for s in f.samples])
        rated.append((held, [(probability(s.features, b, w), s.true) for s in held.samples]))

    def counts(pairs, missed, threshold):
        tp = sum(1 for p, t in pairs if t and p >= threshold)
        fp = sum(1 for p, t in pairs if not t and p >= threshold)
        fn = missed + sum(1 for p, t in pairs if t and p < threshold)
        return tp, fp, fn

    def pooled(threshold):
        totals = [counts(pairs, held.missed, threshold) for held, pairs in rated]
        return f1(*(sum(x) for x in zip(*totals)))

    best = pick_threshold(THRESHOLDS, [pooled(t) for t in THRESHOLDS])
    lines = [f"pooled F1 {pooled(0.0):.3f} -> {pooled(best):.3f} at threshold {best}"]
    for held, pairs in rated:
        before, after = counts(pairs, held.missed, 0.0), counts(pairs, held.missed, best)
        lines.append(f"{held.path.stem}: F1 {f1(*before):.3f} -> {f1(*after):.3f} "
                     f"(set aside {before[0] - after[0]} true, {before[1] - after[1]} false)")
    return best, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, help="gold files (default: every unsealed one)")
    parser.add_argument("--dry-run", action="store_true", help="print the cross-validation, write nothing")
    args = parser.parse_args(argv)
    paths = args.gold or default_files()
    c = compiled()
    unfiltered = replace(c, codebook=replace(c.codebook, confidence=ConfidenceModel.keep_all()))
    files = [collect(p, unfiltered) for p in paths]
    for f in files:
        print(f"{f.path.stem}: {len(f.samples)} candidates, {sum(not s.true for s in f.samples)} false, {f.missed} missed")
    threshold, lines = cross_validate(files)
    print("\n".join(lines))
    b, w = fit([s for f in files for s in f.samples])
    roots = sorted({feature.split("=")[1] for f in files for s in f.samples for feature in s.features
                    if feature.startswith("root=")})
    model = ConfidenceModel(
        version=dt.date.today().isoformat(), threshold=threshold, roots=roots, intercept=round(b, 3),
        weights={k: round(v, 3) for k, v in sorted(w.items())}, l2=L2,
        trained_on=[TrainingSet(file=str(f.path.relative_to(REPO)), events=len(f.samples),
                                false_positives=sum(not s.true for s in f.samples)) for f in files],
        cross_validation=lines[0])
    if args.dry_run:
        return 0
    header = ("# The event confidence model: written by scripts/train_confidence.py from the gold files it\n"
              "# lists; do not edit by hand (retrain instead). pipeline/confidence.py explains the features.\n")
    MODEL_FILE.write_text(header + yaml.safe_dump(model.model_dump(), sort_keys=False, allow_unicode=True), encoding="utf-8")
    print(f"wrote {MODEL_FILE.relative_to(REPO)}: {len(model.weights)} weights, threshold {threshold}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
