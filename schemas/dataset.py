"""Model of the dataset definition (codebooks/dataset.yaml): the tables, columns and views of the
DuckDB event store, from which pipeline/store.py generates the DDL and the column comments.

The validators catch the mistakes that would otherwise surface as a DuckDB error far from their
cause (a primary key naming a missing column) or as an undocumented column in the published data.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

# DuckDB types a column may have: few enough that every one is known to survive Parquet, CSV and
# JSON export and to convert cleanly from the pydantic models' Python values.
ALLOWED_TYPES = frozenset({
    "VARCHAR", "BOOLEAN", "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "DOUBLE", "DATE", "TIMESTAMP",
    "VARCHAR[]", "INTEGER[]",
})
LIST_TYPES = frozenset({"VARCHAR[]", "INTEGER[]"})

_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
_FEED = re.compile(r"^(acled|phoenix):[A-Za-z_][A-Za-z0-9_]*$")


def _as_list(value: object) -> object:
    """Let `feeds: "acled:event_type"` stand for a one-element list."""
    return [value] if isinstance(value, str) else value


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _identifier(name: str) -> str:
    if not _IDENTIFIER.match(name):
        raise ValueError(f"{name!r} is not a lower-case SQL identifier (letters, digits, underscores)")
    return name


class Column(Strict):
    """One column: its DuckDB type, whether it may be NULL, what it means and which values it takes."""

    name: str
    type: str
    nullable: bool = True
    description: str = ""
    allowed: str | list[str | int] | None = Field(
        default=None, description="name of a value list, or the allowed values inline")
    feeds: Annotated[list[str], BeforeValidator(_as_list)] = Field(
        default_factory=list, description="export columns it fills: 'acled:<column>' or 'phoenix:<column>'")

    @field_validator("name")
    @classmethod
    def name_is_identifier(cls, name: str) -> str:
        return _identifier(name)

    @field_validator("type")
    @classmethod
    def type_is_allowed(cls, type_: str) -> str:
        if type_ not in ALLOWED_TYPES:
            raise ValueError(f"type {type_!r} is not one of {sorted(ALLOWED_TYPES)}")
        return type_

    @field_validator("feeds")
    @classmethod
    def feeds_are_export_columns(cls, feeds: list[str]) -> list[str]:
        for feed in feeds:
            if not _FEED.match(feed):
                raise ValueError(f"feeds entry {feed!r} is not 'acled:<column>' or 'phoenix:<column>'")
        return feeds

    @model_validator(mode="after")
    def allowed_fits_type(self) -> "Column":
        if self.allowed is not None and self.type in LIST_TYPES:
            raise ValueError(f"column {self.name!r}: 'allowed' applies to scalar columns, not {self.type}")
        if isinstance(self.allowed, list) and not self.allowed:
            raise ValueError(f"column {self.name!r}: the inline 'allowed' list is empty")
        return self


class Table(Strict):
    """One table with its primary key; every column must be documented."""

    name: str
    description: str
    primary_key: list[str]
    columns: list[Column]

    @field_validator("name")
    @classmethod
    def name_is_identifier(cls, name: str) -> str:
        return _identifier(name)

    @model_validator(mode="after")
    def consistent(self) -> "Table":
        if not self.description.strip():
            raise ValueError(f"table {self.name!r} has no description")
        if not self.primary_key:
            raise ValueError(f"table {self.name!r} has no primary key")
        names = [column.name for column in self.columns]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise ValueError(f"table {self.name!r} has duplicate columns: {', '.join(duplicates)}")
        for column in self.columns:
            if not column.description.strip():
                raise ValueError(f"column {self.name}.{column.name} has no description")
        by_name = {column.name: column for column in self.columns}
        for key in self.primary_key:
            if key not in by_name:
                raise ValueError(f"primary key column {self.name}.{key} is not a column of the table")
            if by_name[key].nullable:
                raise ValueError(f"primary key column {self.name}.{key} must be declared nullable: false")
        return self

    def column(self, name: str) -> Column:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(f"{self.name}.{name}")

    @property
    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]


class View(Strict):
    """A view over the tables, e.g. the events in an established export layout."""

    name: str
    description: str
    sql: str

    @field_validator("name")
    @classmethod
    def name_is_identifier(cls, name: str) -> str:
        return _identifier(name)

    @model_validator(mode="after")
    def documented(self) -> "View":
        if not self.description.strip():
            raise ValueError(f"view {self.name!r} has no description")
        if not self.sql.strip():
            raise ValueError(f"view {self.name!r} has no SQL")
        return self


class Dataset(Strict):
    """The whole store: closed value lists (ENUM types), tables and views."""

    version: str
    description: str = ""
    enums: dict[str, list[str]] = Field(default_factory=dict)
    tables: list[Table]
    views: list[View] = Field(default_factory=list)

    @field_validator("enums")
    @classmethod
    def enums_well_formed(cls, enums: dict[str, list[str]]) -> dict[str, list[str]]:
        for name, values in enums.items():
            _identifier(name)
            if not values:
                raise ValueError(f"enum {name!r} has no values")
            if len(set(values)) != len(values):
                raise ValueError(f"enum {name!r} repeats a value")
        return enums

    @model_validator(mode="after")
    def unique_names(self) -> "Dataset":
        names = [table.name for table in self.tables] + [view.name for view in self.views]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise ValueError(f"duplicate table or view names: {', '.join(duplicates)}")
        return self

    def table(self, name: str) -> Table:
        for table in self.tables:
            if table.name == name:
                return table
        raise KeyError(name)

    def value_list_names(self) -> set[str]:
        """Names of the value lists the columns refer to (enums and codebook lists)."""
        return {column.allowed for table in self.tables for column in table.columns
                if isinstance(column.allowed, str)}


def load_dataset(path: Path) -> Dataset:
    """Read and validate a dataset definition file."""
    with open(path, encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return Dataset.model_validate(data)
