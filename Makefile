# Tafelboek — developer commands. `make run` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PKG_STAMP := $(VENV)/.installed-package
BUNDLE    := dist/Tafelboek/Tafelboek
BUNDLE_INPUTS := pyproject.toml $(shell find app vault packaging -type f \
	-not -name '*.pyc' -not -path '*/__pycache__/*' 2>/dev/null)

.PHONY: run test check lint typecheck bench proof clean venv package screenshots test-windows package-windows \
	wheel-check

venv: $(STAMP)

# Bootstrap the virtual environment from the hashed lock file only.
$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Translations: app/assets/i18n/*.ts (source, kept in git) → *.qm (build product; a wheel
# build compiles them itself, setup.py).
TS_FILES := $(wildcard app/assets/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: i18n i18n-update

i18n: $(QM_FILES)

app/assets/i18n/%.qm: app/assets/i18n/%.ts | $(STAMP)
	@if grep -q 'type="unfinished"' $<; then \
		echo "$<: unfinished translations; complete them (pyside6-linguist) first" >&2; exit 1; fi
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Re-extract the tr() strings of app/ into the .ts files; then translate what is new.
i18n-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $(shell find app -name "*.py" | sort) -source-language en -target-language nl_BE \
		-no-obsolete -locations relative -ts $(TS_FILES)

# Qt's window needs system libraries a fresh Debian/Ubuntu may lack (libxcb-cursor0,
# libxcb-icccm4, libxcb-keysyms1, …): installed here as root, else named in one line.
run: $(STAMP) i18n
	$(PY) tools/qt_system_libs.py --install
	$(PY) -m app

test: $(STAMP) i18n
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	$(PY) tools/wheel_check.py

# A plain (non-editable) wheel install has what it needs: a wheel is built from the tree,
# installed offline into a fresh environment (the lock's packages borrowed from .venv) and
# the fonts, the Dutch catalogue, the icon and the word lists are loaded from there.
wheel-check: $(STAMP)
	$(PY) tools/wheel_check.py

# Everything a change must pass before it lands: lint (ruff, mypy strict) and the suite.
check: lint test

lint: $(STAMP)
	$(PY) -m ruff check app vault tests bench packaging tools
	$(PY) -m ruff format --check app vault tests bench packaging tools
	$(PY) -m mypy

bench: $(STAMP) $(BUNDLE)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# The proof of docs/reliability.md: the robustness tests with the full counts (kill -9
# rounds, damaged copies, drawn texts) and the atheris fuzzers at length; the figures the
# tests record are then written into docs/reliability.md. `make test` runs all of them
# with short counts (and the rest of the suite).
PROOF_ROUNDS    ?= 200
PROOF_FLIPS     ?= 1000
PROOF_FUZZ_RUNS ?= 50000
PROOF_EXAMPLES  ?= 500
PROOF_RESULTS   := build/proof/figures.jsonl
PROOF_TESTS     := tests/test_vault_crash.py tests/test_vault_damage.py \
	tests/test_vault_environment.py tests/test_vault_leaks.py tests/test_p11_sockets_blocked.py \
	tests/test_architecture.py $(wildcard tests/test_proof_*.py) tests/test_leak_scan.py

proof: $(STAMP) i18n
	rm -f $(PROOF_RESULTS)
	@mkdir -p $(dir $(PROOF_RESULTS))
	@date +%s > $(PROOF_RESULTS).start
	QT_QPA_PLATFORM=offscreen TAFELBOEK_PROOF_RESULTS=$(CURDIR)/$(PROOF_RESULTS) \
		TAFELBOEK_PROOF_ROUNDS=$(PROOF_ROUNDS) TAFELBOEK_PROOF_FLIPS=$(PROOF_FLIPS) \
		TAFELBOEK_PROOF_FUZZ_RUNS=$(PROOF_FUZZ_RUNS) TAFELBOEK_PROOF_EXAMPLES=$(PROOF_EXAMPLES) \
		$(PY) -m pytest --timeout=3600 $(PROOF_TESTS)
	$(PY) tests/proof/report.py $(PROOF_RESULTS) docs/reliability.md \
		$$(( $$(date +%s) - $$(cat $(PROOF_RESULTS).start) ))

# Packaging: the PyInstaller onedir bundle dist/Tafelboek/ (packaging/tafelboek.spec).
# PyInstaller comes from its own hashed lock (the `package` extra), so `make test` never
# needs it. The bundle is rebuilt when a source, resource or packaging file changes;
# `make package` then checks it (no network modules, everything needed is there) and
# runs the frozen program's --self-test. Windows: packaging/windows/build.ps1.
$(PKG_STAMP): $(STAMP) requirements-package.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements-package.lock
	touch $(PKG_STAMP)

$(BUNDLE): $(PKG_STAMP) $(QM_FILES) $(BUNDLE_INPUTS)
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/tafelboek.spec
	touch $(BUNDLE)

package: $(BUNDLE)
	$(PY) packaging/check_bundle.py dist/Tafelboek
	env QT_QPA_PLATFORM=offscreen $(BUNDLE) --self-test

# The main screens (demo vault, offscreen) and the first page of every PDF, into
# docs/screenshots/ (the README and docs/handleiding.md show them). Needs pdftoppm.
screenshots: $(STAMP) i18n
	QT_QPA_PLATFORM=offscreen $(PY) docs/screenshots/render_app.py
	QT_QPA_PLATFORM=offscreen $(PY) docs/screenshots/render_app.py --dark --only meeting
	$(PY) docs/screenshots/render_documents.py

# The Windows lane (docs/windows-lane.md): a Windows CPython 3.11 with the lock's exact
# win_amd64 wheels under Wine on this Linux machine; the self-test, the vault CLI round
# trip (also on a FAT stick where one can be mounted) and the whole suite. Idempotent:
# a second run reuses the prefix in ~/.cache/tafelboek/winelane.
test-windows: $(STAMP) i18n
	tools/winelane/lane.sh all

# The Windows bundle, built by PyInstaller under Wine into dist-windows/Tafelboek/,
# checked and self-tested there, then an MSI (wixl) installed and removed under Wine.
package-windows: $(STAMP) i18n
	tools/winelane/lane.sh package

clean:
	rm -rf $(VENV) build dist dist-windows *.egg-info .mypy_cache .ruff_cache
