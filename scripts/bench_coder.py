#!/usr/bin/env python3
"""Coding speed: sentences per second on one core.

    .venv/bin/python scripts/bench_coder.py [--min-sentences 20000] [--min-seconds 10] [--profile]

The corpus is the seed articles and the dev and heldout gold texts, read through the pipeline's
own ingest, clean and segment steps (gold texts with their gold publication date, as `evaluate`
does). Only the coding step is timed: steps.code_batch + steps.events_batch (annotate, code,
resolve), with the compiled codebook loaded beforehand and no I/O. The corpus is coded again
and again until both minimums are reached. The process is pinned to one CPU. Prints figures;
asserts nothing. --profile runs the same passes under cProfile and prints the top 25 functions
by cumulative time (profiling slows the run, so its rate is not the benchmark's).
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import phrases, steps  # noqa: E402
from pipeline.codebook import compiled  # noqa: E402
from pipeline.evaluate import gold_texts_dir, load_gold  # noqa: E402
from pipeline.ingest import read_article_file  # noqa: E402
from schemas.article import ArticleMetadata  # noqa: E402

GOLDS = ("tests/gold/dev/dev.yaml", "tests/gold/heldout/heldout.yaml")


def read_corpus():
    """Raw articles: the seeds (with their sidecars) and every gold text (with its gold date)."""
    raws = [read_article_file(p, root=ROOT / "seeds") for p in sorted((ROOT / "seeds").iterdir())
            if p.suffix in (".txt", ".html")]
    for name in GOLDS:
        gold = load_gold(ROOT / name)
        texts = gold_texts_dir(ROOT / name, gold)
        raws += [read_article_file(texts / a.file, ArticleMetadata(published=a.published), root=texts)
                 for a in gold.articles]
    cleaned = steps.clean_batch(raws)
    segmented = steps.segment_batch(cleaned.items)
    for q in cleaned.quarantine + segmented.quarantine:
        print(f"quarantined: {q.source}: {q.reason}", file=sys.stderr)
    return cleaned.items, segmented.items


def code_once(articles, sentences, c) -> tuple[int, int]:
    """One pass of the timed step; (events, quarantined)."""
    mentions = steps.code_batch(articles, sentences, c)
    events = steps.events_batch(articles, mentions.items, c)
    return len(events.items), len(mentions.quarantine) + len(events.quarantine)


def clear_sentence_caches() -> None:
    """Per-sentence memos would make later passes over the same text cheaper than new text."""
    for fn in (getattr(phrases, "_joined_norms", None),):
        if hasattr(fn, "cache_clear"):
            fn.cache_clear()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-sentences", type=int, default=20_000)
    parser.add_argument("--min-seconds", type=float, default=10.0)
    parser.add_argument("--profile", action="store_true", help="cProfile; top 25 by cumulative time")
    args = parser.parse_args(argv)

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    t0 = time.perf_counter()
    c = compiled()
    load_s = time.perf_counter() - t0
    articles, sentences = read_corpus()
    events, bad = code_once(articles, sentences, c)          # warm-up: first-use imports and indexes
    print(f"corpus: {len(articles)} articles, {len(sentences)} sentences, {events} events per pass"
          f" ({bad} quarantined); codebook compiled in {load_s:.2f} s (not timed)")

    profiler = cProfile.Profile() if args.profile else None
    passes = coded_events = 0
    elapsed = cpu = 0.0
    while passes == 0 or passes * len(sentences) < args.min_sentences or elapsed < args.min_seconds:
        clear_sentence_caches()
        if profiler:
            profiler.enable()
        w, p = time.perf_counter(), time.process_time()
        coded_events += code_once(articles, sentences, c)[0]
        elapsed += time.perf_counter() - w
        cpu += time.process_time() - p
        if profiler:
            profiler.disable()
        passes += 1

    n = passes * len(sentences)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # KiB on Linux
    print(f"passes {passes}: {passes * len(articles)} articles, {n} sentences, {coded_events} events")
    print(f"time   {elapsed:.2f} s wall, {cpu:.2f} s CPU"
          f"{'  (under cProfile: slower than unprofiled)' if profiler else ''}")
    print(f"speed  {n / elapsed:,.0f} sentences/s wall, {n / cpu:,.0f} sentences/s CPU (one core);"
          f" {passes * len(articles) / elapsed:,.1f} articles/s")
    print(f"peak RSS {peak_mb:,.0f} MiB")
    if profiler:
        pstats.Stats(profiler, stream=sys.stdout).strip_dirs().sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
