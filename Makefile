# Two commands for a new user (see README.md):
#   make run    set up a virtualenv, install the project, code the seed articles into data/events.duckdb
#   make test   set up (if needed) and run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test setup ui clean

run: $(STAMP)
	$(BIN)/eventcoder run

test: $(STAMP)
	$(BIN)/python -m pytest

setup: $(STAMP)

ui: $(STAMP)
	$(BIN)/eventcoder ui

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf data .dagster
