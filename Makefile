# Two commands a fresh machine needs: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
DIST_STAMP := $(VENV)/.installed-dist

.PHONY: run test lint bench clean dist wheelhouse check-dist icons

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $@ $(STAMP)

$(DIST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[test,dist]"
	touch $@ $(TEST_STAMP) $(STAMP)

run: $(STAMP)
	$(BIN)/python main.py

lint: $(TEST_STAMP)
	$(BIN)/ruff check .

test: $(TEST_STAMP)
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow"

bench: $(TEST_STAMP)
	for b in bench/bench_*.py; do $(BIN)/python $$b || exit 1; done

# The self-contained app folder dist/briefing-builder/ and its archive (PyInstaller, no network).
dist: $(DIST_STAMP)
	$(BIN)/python packaging/build.py

# Every wheel an offline `pip install --no-index --find-links wheelhouse briefing-builder`
# needs on this platform (downloads them: run it where the network is).
wheelhouse: | $(BIN)/python
	rm -rf wheelhouse
	$(BIN)/python -m pip wheel -q --wheel-dir wheelhouse .
	@ls wheelhouse | wc -l | xargs echo "wheels in wheelhouse/:"

# CI: build both, then run the frozen app and an offline install in a clean environment.
check-dist: dist wheelhouse
	BRIEFING_BUILDER_DIST=$(CURDIR)/dist BRIEFING_BUILDER_WHEELHOUSE=$(CURDIR)/wheelhouse \
		QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow tests/dist

icons: $(TEST_STAMP)
	$(BIN)/python packaging/make_icons.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist wheelhouse
