#!/usr/bin/env bash
# The project's checks, in order, failing fast:
#   1. ruff check .   2. ruff format --check .   3. mypy   4. pytest (Qt offscreen)
#   5. packaging/smoke-test: build the bundled app and run it without Python or tesseract
#      (Linux; `all` only; YUNBEI_SKIP_SMOKE=1 skips it)
# Usage: scripts/check.sh [all|lint|pytest]   (default: all)
# Expects .venv from scripts/bootstrap.sh; ./scripts/test runs both.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

what="${1:-all}"
case "$what" in
all | lint | pytest) ;;
*)
    echo "usage: scripts/check.sh [all|lint|pytest]" >&2
    exit 2
    ;;
esac

if [ ! -x .venv/bin/python ]; then
    echo "check.sh: .venv missing; run ./scripts/test (or scripts/bootstrap.sh) first" >&2
    exit 1
fi
export PATH="$ROOT/.venv/bin:$PATH"

step=0
header() {
    step=$((step + 1))
    printf '\n==> [%d] %s\n' "$step" "$*"
}

if [ "$what" != "pytest" ]; then
    header "ruff check ."
    ruff check .
    header "ruff format --check ."
    ruff format --check .
    header "mypy (strict on yunbei_gui.core)"
    mypy
fi

if [ "$what" != "lint" ]; then
    header "pytest (QT_QPA_PLATFORM=offscreen)"
    status=0
    QT_QPA_PLATFORM=offscreen python -m pytest -q || status=$?
    if [ "$status" -eq 5 ]; then
        echo "check.sh: pytest collected no tests; that counts as a failure here" >&2
        exit 1
    fi
    if [ "$status" -ne 0 ]; then exit "$status"; fi
fi

if [ "$what" = "all" ]; then
    if [ "${YUNBEI_SKIP_SMOKE:-0}" = "1" ]; then
        printf '\n==> packaging smoke test skipped (YUNBEI_SKIP_SMOKE=1)\n'
    elif [ "$(uname -s)" != "Linux" ]; then
        printf '\n==> packaging smoke test skipped (Linux only)\n'
    else
        header "packaging/smoke-test (build the bundle, run it on its own)"
        python packaging/smoke-test
    fi
fi

printf '\n==> all checks passed\n'
