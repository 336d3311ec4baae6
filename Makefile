# Tafelboek — developer commands. `make run` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck bench proof clean venv

venv: $(STAMP)

# Bootstrap the virtual environment from the hashed lock file only.
$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Translations: resources/i18n/*.ts (source, kept in git) → *.qm (build product).
TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: i18n i18n-update

i18n: $(QM_FILES)

resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	@if grep -q 'type="unfinished"' $<; then \
		echo "$<: unfinished translations; complete them (pyside6-linguist) first" >&2; exit 1; fi
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Re-extract the tr() strings of app/ into the .ts files; then translate what is new.
i18n-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate app/*.py -source-language en -target-language nl_BE \
		-no-obsolete -locations relative -ts $(TS_FILES)

run: $(STAMP) i18n
	$(PY) -m app

test: $(STAMP) i18n
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check app vault tests bench
	$(PY) -m mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache
