# Arbiter: `make serve` and `make test` are all a new user needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: serve test lint bench bench-core bench-pii bench-cache bench-invoke bench-proxy bench-mcp install dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(DEVSTAMP): pyproject.toml $(STAMP)
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

install: $(STAMP)
dev: $(DEVSTAMP)

## serve: venv, install, migrate the SQLite store in ./var, load the demo tools and ./allowlists, serve :8080
serve: $(STAMP)
	$(BIN)/arbiter migrate
	$(BIN)/arbiter tools add --file examples/tools
	$(BIN)/arbiter serve

## test: the whole suite (PostgreSQL tests run when ARBITER_TEST_DATABASE_URL is set)
test: $(DEVSTAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(DEVSTAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

## bench: every benchmark, one after the other (about 12 minutes); each also runs on its own
bench: bench-core bench-pii bench-cache bench-invoke bench-proxy bench-mcp

bench-core: $(DEVSTAMP)
	@command -v wrk >/dev/null || (apt-get install -y -qq wrk >/dev/null 2>&1 || \
	  (apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null)) || echo "wrk unavailable"
	$(BIN)/python bench/run.py

bench-pii: $(DEVSTAMP)
	$(BIN)/python bench/bench_pii.py

bench-cache: $(DEVSTAMP)
	$(BIN)/python bench/bench_cache.py

bench-invoke: $(DEVSTAMP)
	$(BIN)/python bench/bench_invoke.py

bench-proxy: $(DEVSTAMP)
	$(BIN)/python bench/bench_proxy.py

bench-mcp: $(DEVSTAMP)
	$(BIN)/python bench/bench_mcp.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
