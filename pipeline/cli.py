"""The `eventcoder` command: run the pipeline, evaluate against gold, export, publish the codebook, start the UI."""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from pipeline.defs.resources import DEFAULT_DATABASE, DEFAULT_INPUT

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a clear message, not a traceback, for the errors a user can fix
        from pipeline.codebook import CodebookError
        from pipeline.store import StoreLockedError
        if isinstance(exc, (CodebookError, StoreLockedError, FileNotFoundError)):
            print(f"eventcoder: {exc}", file=sys.stderr)
            return 1
        raise


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="eventcoder", description=__doc__)
    sub = p.add_subparsers(dest="command")

    run = sub.add_parser("run", help="code a folder of articles into the DuckDB dataset (all Dagster assets, in-process)")
    run.add_argument("--input", default=DEFAULT_INPUT, help=f"folder of .txt/.html/.jsonl articles (default: {DEFAULT_INPUT})")
    run.add_argument("--db", default=DEFAULT_DATABASE, help=f"DuckDB file (default: {DEFAULT_DATABASE})")
    run.add_argument("--codebook", default="", help="codebook folder (default: the project's codebooks/)")
    run.set_defaults(handler=cmd_run)

    ev = sub.add_parser("evaluate", help="code a gold file's articles afresh and score them (gold/FORMAT.md)")
    ev.add_argument("gold", type=Path)
    ev.add_argument("--json", action="store_true", help="print one JSON object instead of the report")
    ev.add_argument("--events-out", type=Path, help="also write the coded events as JSON lines")
    ev.add_argument("--codebook", default="")
    ev.set_defaults(handler=cmd_evaluate)

    ex = sub.add_parser("export", help="export the coded events")
    ex.add_argument("--format", choices=["jsonl", "csv", "parquet"], default="jsonl")
    ex.add_argument("--out", type=Path, required=True)
    ex.add_argument("--db", default=DEFAULT_DATABASE)
    ex.add_argument("--codebook", default="")
    ex.set_defaults(handler=cmd_export)

    cb = sub.add_parser("codebook", help="validate the codebook, or publish it as Markdown and HTML")
    cb.add_argument("--check", action="store_true", help="validate every codebook file and exit")
    cb.add_argument("--out", type=Path, help="write codebook.md and codebook.html into this folder")
    cb.add_argument("--codebook", default="")
    cb.set_defaults(handler=cmd_codebook)

    ui = sub.add_parser("ui", help="start the Dagster UI on localhost")
    ui.add_argument("--port", type=int, default=3000)
    ui.set_defaults(handler=cmd_ui)
    return p


def cmd_run(args) -> int:
    from pipeline.run import run_job
    summary = run_job(args.input, args.db, args.codebook or None)
    print(summary.render())
    return 0 if summary.success else 1


def cmd_evaluate(args) -> int:
    from pipeline.evaluate import load_gold, score
    from pipeline.run import code_gold
    gold = load_gold(args.gold)
    with tempfile.TemporaryDirectory(prefix="eventcoder-eval-") as tmp:
        produced = code_gold(args.gold, gold, Path(tmp) / "eval.duckdb", args.codebook or None)
    if args.events_out:
        args.events_out.parent.mkdir(parents=True, exist_ok=True)
        with args.events_out.open("w", encoding="utf-8") as fh:
            for rows in produced.values():
                for row in rows:
                    fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    report = score(gold, produced)
    print(json.dumps(report.to_json(), default=str) if args.json else report.render_text())
    return 0


def cmd_export(args) -> int:
    from pipeline.run import export
    path = export(args.db, args.format, args.out, args.codebook or None)
    print(f"wrote {path}")
    return 0


def cmd_codebook(args) -> int:
    from pipeline.codebook import load_codebook
    cb = load_codebook(args.codebook or None)
    if args.check or not args.out:
        names = sum(len(e.names) for d in cb.actors.values() for e in d.actors)
        print(f"codebook {cb.version} ({cb.content_hash}) is valid: {len(cb.events.codes)} CAMEO codes, "
              f"{len(cb.actor_codes.countries)} countries, {names} actor names, {len(cb.event_rules.rules)} event rules, "
              f"{len(cb.acled.sub_event_types)} ACLED sub-event types, {len(cb.dataset.tables)} tables")
    if args.out:
        from pipeline.publish import publish_codebook
        for path in publish_codebook(cb, args.out):
            print(f"wrote {path}")
    return 0


def cmd_ui(args) -> int:
    home = Path(os.environ.get("DAGSTER_HOME") or PROJECT_ROOT / ".dagster")
    home.mkdir(parents=True, exist_ok=True)
    (home / "dagster.yaml").touch()
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    cmd = [sys.executable, "-m", "dagster", "dev", "-m", "pipeline.definitions", "-p", str(args.port), "-h", "127.0.0.1"]
    print(f"Dagster UI on http://127.0.0.1:{args.port} (runs stored in {home}); Ctrl-C stops it")
    return subprocess.call(cmd, env=env, cwd=PROJECT_ROOT)


if __name__ == "__main__":
    sys.exit(main())
