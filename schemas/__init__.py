"""Pydantic models passed between the pipeline's steps.

raw article -> clean article -> sentences -> event mentions -> events.
"""
