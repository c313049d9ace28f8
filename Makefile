# TBPA Registry: `make demo` runs the main job, `make test` the tests (both install what is missing).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
DEMO_DIR ?= demo-output
export QT_QPA_PLATFORM ?= offscreen

.PHONY: deps demo test lint translations package bench clean

$(VENV)/.installed: requirements-dev.txt scripts/install-system-deps.sh
	bash scripts/install-system-deps.sh
	test -x $(PY) || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

deps: $(VENV)/.installed

demo: deps
	$(PY) -m plugin demo --output $(DEMO_DIR)

lint: deps
	$(PY) -m ruff check .

test: deps lint
	$(PY) -m pytest -p no:cacheprovider

clean:
	rm -rf dist build $(DEMO_DIR) .pytest_cache .ruff_cache
