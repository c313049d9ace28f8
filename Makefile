# TBPA Registry: `make demo` runs the main job, `make test` the tests (both install what is missing).
SHELL := /bin/bash
# The venv of this machine's QGIS; the QGIS chroots of the version matrix set their own.
VENV ?= .venv
# `make test QGIS=3.40` (or 3.44) runs the suite in a Debian chroot with that QGIS.
QGIS ?=
PY := $(VENV)/bin/python
DEMO_DIR ?= demo-output
QM := $(patsubst %.ts,%.qm,$(wildcard i18n/*.ts))
LRELEASE ?= $(firstword $(foreach p,lrelease lrelease-qt6 lrelease6 /usr/lib/qt6/bin/lrelease \
  lrelease-qt5 /usr/lib/qt5/bin/lrelease,$(shell command -v $(p) 2>/dev/null)) lrelease)
export QT_QPA_PLATFORM ?= offscreen

.PHONY: deps demo test test-matrix qgis-version lint translations update-translations package screenshot bench clean

$(VENV)/.installed: requirements-dev.txt scripts/install-system-deps.sh
	bash scripts/install-system-deps.sh
	test -x $(PY) || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

deps: $(VENV)/.installed

# Compiled translations the plugin loads from a source checkout (the zip compiles its own).
i18n/%.qm: i18n/%.ts | deps
	$(LRELEASE) -silent $< -qm $@

demo: deps $(QM)
	$(PY) -m plugin demo --output $(DEMO_DIR)

lint: deps
	$(PY) -m ruff check .

ifeq ($(QGIS),)
test: deps lint $(QM) qgis-version
	$(PY) -m pytest -p no:cacheprovider
else
test:
	bash scripts/qgis-chroot.sh $(QGIS) make test
endif

# The fast lane (under 30 s): the tests that start no child process, need no PostgreSQL and no
# desktop. `make test` still runs everything.
.PHONY: test-fast
test-fast: deps
	$(PY) -m pytest -p no:cacheprovider -q -m "not postgis and not desktop and not subprocess"

# The head of each leg of the matrix: which QGIS, Qt, Python, GDAL and PROJ the suite runs on.
qgis-version: deps
	@$(PY) -c "import plugin; from qgis.core import Qgis; from qgis.PyQt.QtCore import QT_VERSION_STR; \
	from osgeo import gdal; import pyproj, sys; \
	print(f'== QGIS {Qgis.QGIS_VERSION} | Qt {QT_VERSION_STR} | Python {sys.version.split()[0]} \
	| GDAL {gdal.__version__} | PROJ {pyproj.proj_version_str}')"

# The whole version matrix: this machine's QGIS (3.22 on Debian 12), then 3.40 LTR and 3.44 in
# Debian chroots (built once by scripts/qgis-chroot.sh as root, then reused).
test-matrix: test
	$(MAKE) test QGIS=3.40
	$(MAKE) test QGIS=3.44

# Compile i18n/*.ts to the .qm files the plugin loads (lrelease; .qm are build output).
translations: $(QM)

# Update i18n/*.ts from every plugin/**/*.py (pylupdate5), compile, list what is untranslated.
update-translations:
	python3 scripts/update_translations.py update
	python3 scripts/update_translations.py compile
	python3 scripts/update_translations.py status

# dist/tbpa_registry-<version>.zip for "Install plugin from ZIP" (version from metadata.txt).
package: deps
	$(PY) scripts/package.py --dist dist

# Refresh the README screenshot from the real QGIS desktop (the installed-plugin test).
screenshot: deps
	TBPA_SAVE_SCREENSHOT=$(CURDIR)/resources/screenshots/qgis-demo.png \
		$(PY) -m pytest -p no:cacheprovider -m desktop tests/test_installed_plugin.py

# Benchmark of the gap analysis on synthetic registries (indexed vs naive).
bench: deps
	$(PY) benchmarks/gaps.py

clean:
	rm -rf dist build $(DEMO_DIR) .pytest_cache .ruff_cache i18n/*.qm
