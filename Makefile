# Quick start: `make run` (install everything, then run the bot) and `make test` (install, then the whole suite).
VENV ?= .venv
BIN := $(VENV)/bin
# CI adds the embeddings extra (make test EXTRAS=test,embeddings); torch goes first so that pip takes the CPU build.
EXTRAS ?= test

.PHONY: install run test lint check bench clean

$(BIN)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(if $(findstring embeddings,$(EXTRAS)),$(BIN)/pip install --quiet torch==2.13.0)
	$(BIN)/pip install --quiet -e '.[$(EXTRAS)]'
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
	bash scripts/check_wheel.sh $(BIN)/python
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/classify.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
