"""Benchmark of the store's bulk writes: 100k synthetic events with their children.

    .venv/bin/python scripts/bench_store.py [--events 100000] [--compare]

Prints rows/s for write_rows on an empty store, for a second identical (idempotent) write, for a
write where every row changed, for replace_article_events with the same and with recoded events,
and for a small batch written into the full store. --compare also times the other
ways of loading rows that duckdb 2.0 offers, which is how write_rows' strategy was chosen.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import store  # noqa: E402
from schemas.dataset import load_dataset  # noqa: E402
from schemas.event import Casualty, Event, Evidence, Place, Span  # noqa: E402

VALUE_LISTS = {
    "cameo_event_code": ["190", "193", "195"],
    "acled_event_type": ["Battles", "Explosions/Remote violence"],
    "acled_sub_event_type": ["Armed clash", "Air/drone strike"],
    "disorder_type": ["Political violence"],
}
EVENTS_PER_ARTICLE = 5


def synthetic_events(n: int, coder_version: str = "0.1.0") -> list[Event]:
    """Events shaped like real ones: two evidence sentences, one casualty figure, three actors."""
    sentence = "Government forces shelled rebel positions near the town on Sunday, killing 4 fighters."
    events = []
    for i in range(n):
        evidence = [Evidence(sentence_index=j, start=j * 90, end=j * 90 + len(sentence), text=sentence,
                             rule_ids=["shell"]) for j in (i % 7, i % 7 + 1)]
        events.append(Event(
            id=f"ev{i:08d}", article_id=f"art{i // EVENTS_PER_ARTICLE:07d}", cameo=("190", "193", "195")[i % 3],
            root="19", quad_class=4, goldstein=-10.0, source=["SYRMIL"], target=["SYRREB", "SYRINS"],
            date=dt.date(2024, 1, 1) + dt.timedelta(days=i % 365), date_precision="day",
            place=Place(name="Idlib", admin1="Idlib", country="SYR", latitude=35.9, longitude=36.6, geo_precision=1),
            modality="asserted", fatalities=4, acled_event_type="Battles", acled_sub_event_type="Armed clash",
            disorder_type="Political violence", inter1=1, inter2=2, interaction=12, rule_ids=["shell"],
            casualties=[Casualty(kind="killed", count=4, span=Span(start=60, end=75, text="killing 4 fighters"))],
            evidence=evidence, codebook_version="1.0", codebook_hash="abc", coder_version=coder_version,
        ))
    return events


def timed(label: str, rows: int, work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    print(f"  {label:<48} {rows:>8} rows {seconds:7.2f} s {rows / seconds:>10,.0f} rows/s")
    return seconds


def write_all(con, tables: dict[str, dict[str, list]]) -> None:
    for name, columns in tables.items():
        store.write_rows(con, name, columns)


def total_rows(tables: dict[str, dict[str, list]]) -> int:
    return sum(len(next(iter(columns.values()))) for columns in tables.values())


def bench_write_rows(folder: Path, n: int) -> None:
    dataset = load_dataset(ROOT / "codebooks" / "dataset.yaml")
    start = time.perf_counter()
    events = synthetic_events(n)
    built = time.perf_counter() - start
    start = time.perf_counter()
    tables = store.event_rows(events)
    converted = time.perf_counter() - start
    rows = total_rows(tables)
    print(f"{n} events -> {rows} rows in 4 tables "
          f"(pydantic models built in {built:.2f} s, converted to columns in {converted:.2f} s)")
    recoded = store.event_rows(synthetic_events(n, coder_version="0.2.0"))
    with store.open_store(folder / "bench.duckdb", dataset, VALUE_LISTS) as con:
        timed("write_rows, empty store", rows, lambda: write_all(con, tables))
        timed("write_rows, same rows again (idempotent)", rows, lambda: write_all(con, tables))
        timed("write_rows, every row changed", rows, lambda: write_all(con, recoded))
        articles = sorted(set(tables["events"]["article_id"]))
        timed("replace_article_events, same events again", rows,
              lambda: store.replace_article_events(con, articles, recoded))
        timed("replace_article_events, every event recoded", rows,
              lambda: store.replace_article_events(con, articles, tables))
        batch = store.event_rows(synthetic_events(n + 1000)[n:])
        timed("write_rows, 1,000 new events into the full store", total_rows(batch), lambda: write_all(con, batch))
        print("  counts:", store.table_counts(con))


def compare_strategies(folder: Path, n: int) -> None:
    """The loading strategies tried for write_rows, on the events table alone."""
    import duckdb

    dataset = load_dataset(ROOT / "codebooks" / "dataset.yaml")
    columns = store.event_rows(synthetic_events(n))["events"]
    names = list(columns)
    print(f"\nloading strategies, events table only ({n} rows): first write / second write")

    def appender_upsert(con) -> None:
        with con.appender("events", columns=names, action="upsert") as appender:
            appender.append_rows(zip(*columns.values()))

    def staged_insert_or_replace(con) -> None:
        con.execute("CREATE OR REPLACE TEMP TABLE s AS SELECT * FROM events LIMIT 0")
        with con.appender("s", columns=names) as appender:
            appender.append_rows(zip(*columns.values()))
        con.execute("INSERT OR REPLACE INTO events SELECT * FROM s")

    def unnest_parameters(con) -> None:
        select = ", ".join(f"unnest(${i + 1}) AS {name}" for i, name in enumerate(names))
        con.execute(f"INSERT OR REPLACE INTO events BY NAME SELECT {select}", [columns[name] for name in names])

    def write_rows(con) -> None:
        store.write_rows(con, "events", columns)

    for label, strategy in [("write_rows (appender staging + diff)", write_rows),
                            ("appender action=upsert", appender_upsert),
                            ("appender staging + INSERT OR REPLACE", staged_insert_or_replace),
                            ("unnest(list parameters) + INSERT OR REPLACE", unnest_parameters)]:
        path = folder / f"{strategy.__name__}.duckdb"
        with store.open_store(path, dataset, VALUE_LISTS) as con:
            print(f" {label}")
            timed("first", n, lambda: strategy(con))
            timed("second", n, lambda: strategy(con))
        duckdb.connect(str(path)).close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--compare", action="store_true", help="also time the alternative loading strategies")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bench_write_rows(Path(folder), args.events)
        if args.compare:
            compare_strategies(Path(folder), args.events)


if __name__ == "__main__":
    main()
