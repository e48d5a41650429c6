#!/usr/bin/env python3
"""Time loading the codebook and compiling it for the coder. Prints figures; no test depends on them.

    .venv/bin/python scripts/bench_codebook_load.py [--runs 3] [--codebooks codebooks] [--busy 1]
                                                     [--no-compile]

1. The taxonomy and dictionary YAML files alone, each parsed with libyaml (yaml.CSafeLoader) and
   validated with its pydantic model as `from_yaml` does: parse and validation time per file for
   the fastest run, then the total.
2. The whole of `pipeline.codebook.load_codebook()` as `eventcoder codebook --check` and the coder
   pay it (every file, the cross-checks, the content hash), three ways:
     no cache    load_codebook(cache=False): parse, validate and cross-check every file
     cold cache  an empty cache folder: the same, plus writing the cache
     warm cache  the cache written by the cold run: read back
   (the cold and warm runs use a temporary EVENTCODER_CACHE, removed afterwards).
3. `pipeline.compile.compile_codebook()` on the loaded codebook (matchers, and the gazetteer
   index from its own cache under the user's cache folder, built there first if missing), and
   `pipeline.codebook.compiled()`, what a coding process pays on its first call (load + compile).

Every figure is wall-clock and CPU time, fastest of --runs, with the slowest wall time (CPU time
is the steadier figure on a busy machine). --busy N keeps N other processes spinning meanwhile,
to see the wall time under load. The budget for a full load is well under 2 s.
"""
from __future__ import annotations

import argparse
import gc
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
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


def timed_call(fn: Callable, *args, **kwargs) -> tuple[object, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - wall, time.process_time() - cpu


def report(label: str, timings: list[tuple[float, float]]) -> None:
    wall, cpu = min(timings)
    print(f"{label:44s} {wall:6.3f} s wall, {cpu:6.3f} s CPU   (fastest of {len(timings)};"
          f" slowest {max(timings)[0]:.3f} s wall)")


def repeat(runs: int, fn: Callable[[], object], before: Callable[[], None] | None = None) -> list[tuple[float, float]]:
    """Time `fn` `runs` times; the result of one run is dropped before the next (one codebook held
    at a time, as in a coding process)."""
    timings = []
    for _ in range(runs):
        if before is not None:
            before()
        result, wall, cpu = timed_call(fn)
        del result
        timings.append((wall, cpu))
    return timings


def spin_up(n: int) -> list[subprocess.Popen]:
    return [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(n)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--codebooks", type=Path, default=REPO / "codebooks")
    parser.add_argument("--no-compile", action="store_true", help="skip timing compile_codebook()")
    parser.add_argument("--compile", action="store_true", help=argparse.SUPPRESS)   # the default; old command lines
    parser.add_argument("--busy", type=int, default=0, metavar="N",
                        help="keep N other CPU-bound processes running meanwhile")
    args = parser.parse_args(argv)
    runs = max(1, args.runs)
    busy = spin_up(args.busy)
    try:
        print(f"{os.cpu_count()} CPUs; {args.busy} busy process(es) alongside; {runs} runs each")
        return bench(args.codebooks, runs, not args.no_compile)
    finally:
        for process in busy:
            process.kill()
            process.wait()


def bench(codebooks: Path, runs: int, compile_too: bool) -> int:
    timed = [load_once(codebooks) for _ in range(runs)]
    rows, wall, cpu = min(timed, key=lambda run: run[1])
    for name, parse, validate in rows:
        print(f"  {name:36s} parse {parse:6.3f} s   validate {validate:6.3f} s")
    report("files alone (parse + validate):", [(w, c) for _, w, c in timed])

    from pipeline import codebook as cbmod
    report("load_codebook(), no cache:", repeat(runs, lambda: cbmod.load_codebook(codebooks, cache=False)))
    saved = os.environ.get("EVENTCODER_CACHE")
    folder = Path(tempfile.mkdtemp(prefix="eventcoder-bench-"))
    os.environ["EVENTCODER_CACHE"] = str(folder)
    try:
        clear = lambda: [p.unlink() for p in folder.glob("codebook-*.pickle")]  # noqa: E731
        report("load_codebook(), cold cache (writes it):", repeat(runs, lambda: cbmod.load_codebook(codebooks), clear))
        report("load_codebook(), warm cache:", repeat(runs, lambda: cbmod.load_codebook(codebooks)))
        size = sum(p.stat().st_size for p in folder.glob("codebook-*.pickle"))
        print(f"  cache file: {size / 1e6:.1f} MB")
    finally:
        if saved is None:
            os.environ.pop("EVENTCODER_CACHE", None)
        else:
            os.environ["EVENTCODER_CACHE"] = saved
        shutil.rmtree(folder, ignore_errors=True)

    if compile_too:
        from pipeline.compile import compile_codebook
        from pipeline.gazetteer import load_gazetteer
        load_gazetteer()        # its index built and cached once if missing: not what is timed here
        codebook = cbmod.load_codebook(codebooks)
        report("compile_codebook() (gazetteer from cache):", repeat(runs, lambda: compile_codebook(codebook)))
        del codebook
        report("compiled(): load (user cache) + compile:",
               repeat(runs, lambda: cbmod.compiled(codebooks), cbmod._compiled.cache_clear))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
