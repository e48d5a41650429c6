"""Dagster definitions: thin wrappers that give the pipeline's steps I/O, metadata and checks."""
