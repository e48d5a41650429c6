"""Where the run reads articles, which codebook it codes with, and where it stores the dataset."""
from __future__ import annotations

from pathlib import Path

import dagster as dg

DEFAULT_DATABASE = "data/events.duckdb"
DEFAULT_INPUT = "seeds"


class ArticleSource(dg.ConfigurableResource):
    """A folder of articles (.txt, .html, .jsonl with optional .meta.yaml sidecars)."""

    path: str = DEFAULT_INPUT
    batch_size: int = 500

    def folder(self) -> Path:
        return Path(self.path)


class CodebookResource(dg.ConfigurableResource):
    """The codebook folder; empty means the project's own `codebooks/`."""

    root: str = ""

    def compiled(self):
        from pipeline.codebook import compiled
        return compiled(self.root or None)


class EventStore(dg.ConfigurableResource):
    """The DuckDB file the dataset is written to (one writer at a time: see README)."""

    database: str = DEFAULT_DATABASE

    def connect(self, codebook):
        from pipeline.store import open_store
        return open_store(Path(self.database), codebook.dataset, codebook.value_lists())
