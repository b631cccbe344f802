# Wenyuan: `make run` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ARCHIVE := resources/archive/bundled.sqlite
# PyInstaller's scratch folder: outside build/, which holds only tracked scripts.
PACKAGE_WORK := .pyinstaller-work
QT_ENV := QT_QPA_PLATFORM=offscreen

.PHONY: run test stress lint typecheck unit bench bench-dense bench-large bench-reader eval system-deps \
	archive translations package package-deps package-test install-desktop clean

run: $(STAMP) system-deps archive translations
	$(VENV)/bin/wenyuan

test: $(STAMP) system-deps archive translations lint typecheck unit

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Wenyuan needs Python 3.11 or newer; install it and run make again.")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { echo "Could not create .venv: install the venv module for $(PYTHON) (Debian: apt-get install python3-venv)."; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

system-deps:
	@sh build/system_deps.sh

archive: $(STAMP)
	$(PY) build/build_archive.py --if-needed --out $(ARCHIVE)

translations: $(STAMP)
	@$(PY) build/build_translations.py --if-needed

lint: $(STAMP)
	$(VENV)/bin/ruff check archive desktop build tests
	$(VENV)/bin/ruff format --check archive desktop build tests

typecheck: $(STAMP)
	$(VENV)/bin/mypy

unit: $(STAMP)
	$(QT_ENV) $(VENV)/bin/pytest -q -m "not slow"

# The fault and bad-input suite at full strength (docs/reliability.md): 50 SIGKILLs during
# imports and 50 during annotation saves (tallies printed), then every reliability test with
# its full counts (WENYUAN_STRESS=1: 12,000 queries, thousands of fuzzed inputs, 1 GB bombs).
STRESS_TESTS := tests/reliability tests/desktop/test_hostile_content.py \
	tests/desktop/test_damaged_archives.py
stress: $(STAMP) system-deps archive translations
	@started=$$(date +%s); \
	$(PY) -m tests.reliability.import_kills --kills 50 && \
	$(PY) -m tests.reliability.annotation_kills --kills 50 && \
	$(QT_ENV) WENYUAN_STRESS=1 $(VENV)/bin/pytest -q $(STRESS_TESTS) \
		--deselect tests/reliability/test_crashes.py; \
	status=$$?; echo "make stress: $$(( $$(date +%s) - started )) s"; exit $$status

bench: $(STAMP) archive
	$(QT_ENV) $(PY) build/bench_search.py --articles 100000

bench-reader: $(STAMP) archive translations
	$(QT_ENV) $(PY) build/bench_reader.py --markdown

bench-dense: $(STAMP) archive
	$(PY) build/bench_dense.py

bench-large: $(STAMP)
	$(PY) build/bench_search.py --articles 1000000

eval: $(STAMP)
	$(PY) build/eval_known_item.py
	$(PY) build/eval_extraction.py

# The frozen folder dist/wenyuan/ (README: "The frozen application").
package: $(STAMP) system-deps package-deps archive translations
	$(PY) -m pip install --quiet -e '.[package]'
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN \
		--workpath $(PACKAGE_WORK) --distpath dist packaging.spec
	@du -sh dist/wenyuan

package-deps:
	@sh build/package_deps.sh

# The smoke test on dist/wenyuan/ and on a read-only copy whose files are hashed before and after.
package-test: package
	$(PY) build/check_package.py dist/wenyuan

# The launcher and icon of dist/wenyuan/ in ~/.local/share (the folder has the same script).
install-desktop:
	@test -x dist/wenyuan/wenyuan || { echo "There is no dist/wenyuan/wenyuan yet; build it with make package."; exit 1; }
	@sh dist/wenyuan/install-desktop.sh

clean:
	rm -rf $(VENV) $(ARCHIVE) resources/i18n/*.qm $(PACKAGE_WORK) dist bench-data tests/output
