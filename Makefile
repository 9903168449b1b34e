# Arbiter: `make serve` and `make test` are all a new user needs.
# Dependencies come only from the lock files (exact versions and hashes, one resolution for
# Python 3.11 to 3.13); `make lock` regenerates them from pyproject.toml.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
LOCK_FLAGS := --universal --python-version 3.11 --generate-hashes --quiet \
	--custom-compile-command "make lock"

.PHONY: serve test lint lock bench bench-core bench-pii bench-cache bench-invoke bench-proxy bench-mcp bench-injection bench-hold bench-replay \
	bench-console install dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q --require-hashes -r requirements.lock
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .
	touch $@

$(DEVSTAMP): requirements-dev.lock $(STAMP)
	$(BIN)/pip install -q --require-hashes -r requirements-dev.lock
	touch $@

install: $(STAMP)
dev: $(DEVSTAMP)

## serve: venv, install, migrate the SQLite store in ./var, load the demo tools and ./allowlists, serve :8080
serve: $(STAMP)
	$(BIN)/arbiter migrate
	$(BIN)/arbiter tools add --file examples/tools
	$(BIN)/arbiter serve

## test: the whole suite (PostgreSQL tests run when ARBITER_TEST_DATABASE_URL is set), one pytest-xdist
## worker per core, each test file on one worker (module fixtures load once); TEST_WORKERS=0 runs it serially
TEST_WORKERS ?= auto
test: $(DEVSTAMP)
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

## lock: re-resolve requirements.lock (serve) and requirements-dev.lock (test) from pyproject.toml
lock: $(BIN)/python
	$(BIN)/pip install -q uv
	$(BIN)/uv pip compile pyproject.toml --group build $(LOCK_FLAGS) -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --group build --extra dev $(LOCK_FLAGS) -o requirements-dev.lock

lint: $(DEVSTAMP)
	$(BIN)/ruff check src tests bench evals
	$(BIN)/mypy

## bench: every benchmark, one after the other (about 12 minutes); each also runs on its own
bench: bench-core bench-pii bench-cache bench-invoke bench-proxy bench-mcp bench-injection bench-hold \
	bench-replay bench-console

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

bench-hold: $(DEVSTAMP)
	$(BIN)/python bench/bench_hold.py

## bench-replay: policy replay of 100k stored decisions in a temp SQLite store (target: at most 30 s)
bench-replay: $(DEVSTAMP)
	$(BIN)/python bench/bench_replay.py

## bench-console: console pages' server time with 1M audit records in SQLite (target: at most 300 ms)
bench-console: $(DEVSTAMP)
	$(BIN)/python bench/bench_console.py

bench-mcp: $(DEVSTAMP)
	$(BIN)/python bench/bench_mcp.py

## bench-injection: evals/injection through /v1/check, /v1/chat/completions and in process; tune splits and test
bench-injection: $(DEVSTAMP)
	$(BIN)/python bench/bench_injection.py

clean:
	rm -rf $(VENV) .venv-* var .pytest_cache .mypy_cache .ruff_cache
