"""Articles as they move from raw input to clean text and sentences."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

InputFormat = Literal["txt", "html", "jsonl"]
DateSource = Literal["metadata", "dateline", "text"]


class ArticleMetadata(BaseModel):
    """What a researcher's source list records about an article (sidecar or jsonl fields)."""

    model_config = ConfigDict(extra="ignore")

    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    language: str | None = None


class RawArticle(BaseModel):
    """One article as read from the input folder, before any cleaning."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="content hash of the raw text: the same article read twice has one id")
    source: str = Field(description="file name (and line for jsonl: 'feed.jsonl:12')")
    format: InputFormat
    content: str = Field(description="raw text or HTML exactly as read (decoded)")
    metadata: ArticleMetadata = ArticleMetadata()


class CleanArticle(BaseModel):
    """An article with markup, entities, boilerplate and captions removed."""

    id: str
    source: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    published_source: DateSource | None = None
    dateline: str | None = Field(default=None, description="place of the dateline, e.g. 'WASHINGTON'")
    language: str = "en"
    text: str
    dropped: list[str] = Field(default_factory=list, description="boilerplate and captions removed, for audit")


class Sentence(BaseModel):
    """A sentence with character offsets into its article's clean text."""

    model_config = ConfigDict(frozen=True)

    article_id: str
    index: int
    start: int
    end: int
    text: str


class QuarantineRecord(BaseModel):
    """Input the pipeline could not use, or a candidate event it would not vouch for (stage
    `confidence`), kept with the reason so nothing is lost."""

    id: str = Field(description="hash of source + stage + reason: re-runs do not duplicate")
    source: str
    line: int | None = None
    stage: Literal["ingest", "clean", "segment", "code", "validate", "confidence"]
    reason: str
    excerpt: str = ""
