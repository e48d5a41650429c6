"""The main job: code every article of the input folder into the DuckDB dataset."""
from __future__ import annotations

import dagster as dg

code_articles = dg.define_asset_job(
    "code_articles",
    selection=dg.AssetSelection.groups("coding"),
    description="Ingest, clean, split, code, validate and store every article of the input folder.",
    # one process: the steps share one compiled codebook and gazetteer, and one DuckDB writer
    executor_def=dg.in_process_executor,
)
