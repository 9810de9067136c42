# newswire: the two commands of the README are `make run` and `make test`.
# Everything they need is installed here: a venv with the package, and the
# local Apache Kafka broker (fetched by Maven, run with Java 17).

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
KAFKA := $(PYTHON) deploy/local/kafka_local.py
PYTEST_ARGS ?=
BENCH_ARGS ?=

.PHONY: run test test-unit test-faults lint bench bench-soak broker-up broker-down broker-up-3 broker-down-3 venv native native-clean tools clean

NATIVE := pipeline/extract/native.json
NATIVE_SOURCES := $(filter-out %/__init__.py %/_loader.py,$(wildcard pipeline/extract/*.py))

venv: $(STAMP) $(NATIVE)

$(STAMP): pyproject.toml
	@command -v java >/dev/null || (apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless)
	@command -v mvn >/dev/null || (apt-get update -qq && apt-get install -y -qq maven)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $(STAMP)

## The extractor compiled with mypyc (same code, ~1.4x faster), rebuilt when a source
## changes; the package ignores a build that no longer matches its sources.
native: $(NATIVE)

$(NATIVE): $(STAMP) $(NATIVE_SOURCES)
	$(PY) deploy/compile_extract.py

native-clean:
	$(PY) deploy/compile_extract.py --clean

broker-up:
	@$(KAFKA) up

broker-down:
	@$(KAFKA) down

broker-up-3:
	@$(KAFKA) up --nodes 3

broker-down-3:
	@$(KAFKA) down --nodes 3

## Run the pipeline on the sample articles against the local broker (Ctrl-C stops it).
run: venv broker-up
	@$(PY) -m pipeline.demo

## Prometheus and promtool (Debian's package) for the observability tests; the image's
## policy-rc.d keeps its service from starting, and the tests use their own ports anyway.
tools:
	@command -v prometheus >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null && (service prometheus stop >/dev/null 2>&1 || true))

## All tests: unit tests and integration tests against a real broker (started by the tests).
test: venv tools
	$(PY) -m pytest $(PYTEST_ARGS)

test-unit: venv
	$(PY) -m pytest -m "not integration" $(PYTEST_ARGS)

## Only the fault tests (kill -9 of workers and brokers); `make test` runs them too.
test-faults: venv
	$(PY) -m pytest -m faults -s $(PYTEST_ARGS)

lint: venv
	$(VENV)/bin/ruff check pipeline tests bench
	$(VENV)/bin/ruff format --check pipeline tests bench
	$(VENV)/bin/mypy

## Benchmarks (not part of `make test`): prints a table, writes bench/results/*.json.
bench: venv broker-up
	$(PY) -m bench.run $(BENCH_ARGS)

## A long run (1,000,000 articles by default) watching the worker's memory and throughput.
bench-soak: venv broker-up
	$(PY) -m bench.soak $(SOAK_ARGS)

clean:
	rm -rf $(VENV) run build .pytest_cache .mypy_cache .ruff_cache pipeline/extract/*.so $(NATIVE)
