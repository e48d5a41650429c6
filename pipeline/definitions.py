"""The Dagster code location: `dagster dev -m pipeline.definitions` (or `eventcoder ui`)."""
from __future__ import annotations

import os

import dagster as dg

from pipeline.defs import assets
from pipeline.defs.checks import CHECKS
from pipeline.defs.jobs import code_articles
from pipeline.defs.resources import DEFAULT_DATABASE, DEFAULT_INPUT, ArticleSource, CodebookResource, EventStore

ASSETS = [assets.raw_articles, assets.clean_articles, assets.sentences, assets.event_mentions, assets.events,
          assets.event_database]


def build_definitions(input_dir: str | None = None, database: str | None = None,
                      codebook_root: str | None = None) -> dg.Definitions:
    """Definitions wired to an input folder, a DuckDB file and a codebook (defaults: env or project)."""
    return dg.Definitions(
        assets=ASSETS,
        asset_checks=CHECKS,
        jobs=[code_articles],
        resources={
            "article_source": ArticleSource(path=input_dir or os.environ.get("EVENTCODER_INPUT", DEFAULT_INPUT)),
            "event_store": EventStore(database=database or os.environ.get("EVENTCODER_DB", DEFAULT_DATABASE)),
            "codebook": CodebookResource(root=codebook_root or os.environ.get("EVENTCODER_CODEBOOK", "")),
        },
    )


defs = build_definitions()
