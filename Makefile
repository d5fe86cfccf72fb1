# HR Desk: `make run` starts the app, `make test` runs every check. Both set everything up first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test bench setup deps venv models translations lint typecheck pytest clean

run: setup
	$(PY) -m app

test: setup lint typecheck pytest

bench: setup
	$(PY) -m benchmarks.run

setup: deps venv models translations

deps:
	@bash tools/install_system_deps.sh

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip setuptools wheel
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

models: venv
	@if [ -f tools/fetch_models.py ]; then $(PY) tools/fetch_models.py; fi

translations: venv
	@$(PY) tools/i18n.py release

lint: venv
	$(VENV)/bin/ruff check app backup tests benchmarks tools

typecheck: venv
	$(VENV)/bin/mypy

pytest: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache resources/i18n/*.qm
