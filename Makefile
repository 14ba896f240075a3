# Thin wrappers around the scripts; `make` is optional (./scripts/run, ./scripts/test).
#   make run ARGS="analyze --json shot.png"
.PHONY: run test lint bench bootstrap clean distclean

ARGS ?=
PY := .venv/bin/python

run:
	./scripts/run $(ARGS)

test:
	./scripts/test

lint: bootstrap
	scripts/check.sh lint

bench: bootstrap
	@set -e; found=0; \
	for b in benchmarks/ocr_speed.py benchmarks/accuracy.py benchmarks/pack_speed.py; do \
	  if [ -f "$$b" ]; then found=1; echo "==> $$b"; $(PY) "$$b"; \
	  else echo "(skipping $$b: not written yet)"; fi; \
	done; \
	if [ "$$found" = 0 ]; then echo "no benchmarks yet"; fi

bootstrap:
	scripts/bootstrap.sh

clean:
	rm -rf build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache .hypothesis
	find . -path ./.venv -prune -o -type d -name __pycache__ -exec rm -rf {} +

# clean, and remove the virtual environment too
distclean: clean
	rm -rf .venv
