# Quick start: `make run` (install everything, then run the bot) and `make test` (install, then the whole suite).
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install run test lint check bench clean

$(BIN)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/.installed

run: install
	$(BIN)/oncobot run

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: install
	bash scripts/services.sh
	$(MAKE) --no-print-directory lint
	$(BIN)/oncobot content check
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/classify.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
