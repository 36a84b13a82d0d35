# The two commands of the README:
#   make run    set up a virtual environment and serve the demo on embedded defaults
#   make test   set up, make sure Redis, PostgreSQL, Chromium and npm are there, install
#               the browser tests' axe-core if missing, run every test
# and one for who changes the editor's libraries (needs Node.js and npm):
#   make editor rebuild web/js/vendor/editor.js (committed) from editor/package-lock.json
VENV := .venv
PYTHON ?= python3

# axe-core, which the browser tests inject into pages to check accessibility.
# It is installed for the tests only, outside web/: the app never serves it.
AXE_DIR := tests/browser/axe
AXE := $(AXE_DIR)/node_modules/axe-core/axe.min.js

.PHONY: run test lint editor

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip

$(VENV)/.run-deps: pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/pip install -q -e .
	touch $@

$(VENV)/.test-deps: pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/pip install -q -e '.[test]'
	touch $@

$(AXE): $(AXE_DIR)/package.json $(AXE_DIR)/package-lock.json
	cd $(AXE_DIR) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

run: $(VENV)/.run-deps
	$(VENV)/bin/twinspace serve --demo

lint: $(VENV)/.test-deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

test: $(VENV)/.test-deps lint
	scripts/ensure-services
	$(MAKE) $(AXE)
	# Two workers for all but the browser tests (the multi-node ones one at a time,
	# tests/multinode/conftest.py); then the browser tests, one after another.
	$(VENV)/bin/pytest -p no:cacheprovider -n 2 --dist loadgroup --ignore=tests/browser
	$(VENV)/bin/pytest -p no:cacheprovider tests/browser

# The bundle is committed: serving and testing never need Node.js, only this does.
editor:
	cd editor && npm ci --no-audit --no-fund && npm run build
