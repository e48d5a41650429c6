#!/usr/bin/env python3
"""Time loading the codebook: every taxonomy and dictionary YAML file, parsed with libyaml
(yaml.CSafeLoader) and validated with its pydantic model, as the coder does at start-up.

    .venv/bin/python scripts/bench_codebook_load.py [--runs 5] [--codebooks codebooks]

Prints parse and validation time per file for the fastest run, then the total wall-clock and
CPU time (CPU time is the steadier figure on a busy machine). The budget is well under 2 s.
Then the whole of `pipeline.codebook.load_codebook()` as `eventcoder codebook --check` and the
coder pay it: those files plus the manifest, dataset and rules files, the cross-checks and the
content hash, called as is (the collector is not paused unless load_codebook pauses it).
--compile also times compiling the loaded codebook for the coder (pipeline/compile.py).
"""
from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from schemas.actors import ActorDictionary, AgentDictionary  # noqa: E402
from schemas.taxonomy import AcledTaxonomy, ActorCodeBook, CameoEventCodes, VerbLexicon  # noqa: E402

FILES = (
    ("cameo_events.yaml", CameoEventCodes),
    ("actor_codes.yaml", ActorCodeBook),
    ("acled.yaml", AcledTaxonomy),
    ("verb_lexicon.yaml", VerbLexicon),
    ("agents.yaml", AgentDictionary),
    ("actors/phoenix_countries.yaml", ActorDictionary),
    ("actors/phoenix_international.yaml", ActorDictionary),
    ("actors/phoenix_nonstate.yaml", ActorDictionary),
    ("actors/added.yaml", ActorDictionary),
)


def load_once(codebooks: Path) -> tuple[list[tuple[str, float, float]], float, float]:
    """Load every file once, as `from_yaml` does (libyaml parse, one model_validate, cyclic GC
    paused); per-file (name, parse s, validate s), total wall s, total CPU s."""
    rows = []
    collecting = gc.isenabled()
    gc.disable()
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        for name, model in FILES:
            start = time.perf_counter()
            with open(codebooks / name, encoding="utf-8") as handle:
                data = yaml.load(handle, Loader=yaml.CSafeLoader)
            parsed = time.perf_counter()
            model.model_validate(data)
            rows.append((name, parsed - start, time.perf_counter() - parsed))
        return rows, time.perf_counter() - wall, time.process_time() - cpu
    finally:
        if collecting:
            gc.enable()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--codebooks", type=Path, default=REPO / "codebooks")
    parser.add_argument("--compile", action="store_true", help="also time compile_codebook()")
    args = parser.parse_args(argv)
    runs = [load_once(args.codebooks) for _ in range(max(1, args.runs))]
    rows, wall, cpu = min(runs, key=lambda run: run[1])
    for name, parse, validate in rows:
        print(f"{name:36s} parse {parse:6.3f} s   validate {validate:6.3f} s")
    print(f"total (fastest of {len(runs)} runs): {wall:.3f} s wall, {cpu:.3f} s CPU;"
          f" slowest run {max(r[1] for r in runs):.3f} s wall")

    from pipeline.codebook import load_codebook
    timed = []
    for _ in range(max(1, args.runs)):      # one codebook held at a time, as in the coder's process
        codebook, wall, cpu = timed_call(load_codebook, args.codebooks)
        timed.append((wall, cpu))
    wall, cpu = min(timed)
    print(f"load_codebook() (fastest of {len(timed)}): {wall:.3f} s wall, {cpu:.3f} s CPU;"
          f" slowest {max(timed)[0]:.3f} s wall")
    if args.compile:
        from pipeline.compile import compile_codebook
        _, wall, cpu = timed_call(compile_codebook, codebook)
        print(f"compile_codebook() (once): {wall:.3f} s wall, {cpu:.3f} s CPU")
    return 0


def timed_call(fn, *args) -> tuple[object, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn(*args)
    return result, time.perf_counter() - wall, time.process_time() - cpu


if __name__ == "__main__":
    raise SystemExit(main())
