"""Score the coder on several gold files and pool the counts (a benchmark, not a test).

    .venv/bin/python scripts/score_gold_sets.py tests/gold/*/*.yaml tests/fixtures/seeds_gold.yaml

Prints one row per gold file (precision, recall, F1, forbidden outputs) and a pooled row that
adds up the matched, produced and gold counts of all files (micro-averaged), the figure the
coder-accuracy issue asks for "overall". Each file is coded afresh, exactly as
`eventcoder evaluate` does.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from pipeline.evaluate import load_gold, score  # noqa: E402
from pipeline.run import code_gold  # noqa: E402


def evaluate(path: Path) -> dict:
    gold = load_gold(path)
    with tempfile.TemporaryDirectory(prefix="eventcoder-score-") as tmp:
        produced = code_gold(path, gold, Path(tmp) / "eval.duckdb", None)
    report = score(gold, produced).to_json()
    report["articles"] = len(gold.articles)
    return report


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main(paths: list[str]) -> int:
    if not paths:
        print(__doc__)
        return 2
    rows, tp_gold, gold_n, matched, produced_n, forbidden, articles = [], 0, 0, 0, 0, 0, 0
    print(f"{'gold file':<48} {'articles':>8} {'P':>6} {'R':>6} {'F1':>6} {'forbidden':>9}")
    for path in paths:
        r = evaluate(Path(path))
        rows.append(r)
        tp_gold += r["tp"]
        gold_n += r["gold_events"]
        matched += r["matched_produced"]
        produced_n += r["produced_in_scope"]
        forbidden += r["forbidden"]
        articles += r["articles"]
        print(f"{path:<48} {r['articles']:>8} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f} "
              f"{r['forbidden']:>9}")
    precision = matched / produced_n if produced_n else 0.0
    recall = tp_gold / gold_n if gold_n else 0.0
    print(f"{'pooled (micro)':<48} {articles:>8} {precision:>6.3f} {recall:>6.3f} {f1(precision, recall):>6.3f} "
          f"{forbidden:>9}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
