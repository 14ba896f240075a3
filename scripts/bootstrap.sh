#!/usr/bin/env bash
# Make this machine ready to run and test yunbei-gui (云贝申诉助手).
#
#   1. System packages: Tesseract OCR with Chinese (chi_sim) + English data, a CJK font,
#      Xvfb and the libraries Qt needs (Debian/Ubuntu via apt; macOS: Homebrew hint).
#   2. A Python 3.11+ virtual environment in .venv with `pip install -e '.[test,heic,package]'`.
#      The install is redone only when pyproject.toml (or the interpreter / repo path)
#      changed, so a second run takes a few seconds.
#
# Safe to run again and again. Environment knobs:
#   PYTHON=/path/to/python3.x   use this interpreter for the venv
#   YUNBEI_SKIP_SYSTEM=1        skip the system-package step (you manage those yourself)
#
# Written for bash 3.2+ (macOS ships 3.2): no mapfile, no associative arrays.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

VENV="$ROOT/.venv"
STAMP="$VENV/.yunbei-bootstrap-stamp"
MIN_PY_MINOR=11 # Python 3.11+

APT_PACKAGES="tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng fonts-wqy-microhei
xvfb xauth imagemagick poppler-utils qpdf
libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxkbcommon-x11-0
libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0
binutils appstream desktop-file-utils"

say() { printf '[bootstrap] %s\n' "$*"; }
err() { printf '[bootstrap] 错误 ERROR: %s\n' "$*" >&2; }

# Run a command with its output hidden; on failure show the output and return its status.
quiet() {
    local log status
    log="$(mktemp "${TMPDIR:-/tmp}/yunbei-bootstrap.XXXXXX")"
    if "$@" >"$log" 2>&1; then
        rm -f "$log"
        return 0
    else
        status=$?
        err "command failed (exit $status): $*"
        cat "$log" >&2
        rm -f "$log"
        return "$status"
    fi
}

# How to get root for apt: "" when we are root, "sudo -n" with passwordless sudo,
# "none" otherwise.
root_prefix() {
    if [ "$(id -u)" -eq 0 ]; then
        printf ''
    elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
        printf 'sudo -n'
    else
        printf 'none'
    fi
}

APT_UPDATED=0
apt_install() { # apt_install PKG...
    local prefix
    prefix="$(root_prefix)"
    if [ "$prefix" = "none" ]; then
        err "缺少系统软件包，需要管理员权限安装。请运行以下命令后重试："
        err "Missing system packages and no root rights. Run this, then try again:"
        printf '\n    sudo apt-get update && sudo apt-get install -y --no-install-recommends %s\n\n' "$*" >&2
        exit 1
    fi
    if [ "$APT_UPDATED" -eq 0 ]; then
        say "apt-get update"
        # shellcheck disable=SC2086  # $prefix is empty or "sudo -n" on purpose
        quiet $prefix apt-get update
        APT_UPDATED=1
    fi
    say "apt-get install $*"
    # shellcheck disable=SC2086
    quiet $prefix env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "$@"
}

is_installed() { # is_installed PKG -> 0 when dpkg says "install ok installed"
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

check_tesseract_langs() {
    if ! command -v tesseract >/dev/null 2>&1; then
        err "未找到 tesseract。tesseract not found on PATH."
        return 1
    fi
    local langs
    langs="$(tesseract --list-langs 2>&1 || true)"
    if ! printf '%s\n' "$langs" | grep -qx 'chi_sim'; then
        err "Tesseract 缺少简体中文语言包 (chi_sim)。Tesseract has no chi_sim language data."
        printf '%s\n' "$langs" >&2
        return 1
    fi
    if ! printf '%s\n' "$langs" | grep -qx 'eng'; then
        err "Tesseract 缺少英文语言包 (eng)。Tesseract has no eng language data."
        return 1
    fi
}

system_packages() {
    if [ "${YUNBEI_SKIP_SYSTEM:-0}" = "1" ]; then
        say "YUNBEI_SKIP_SYSTEM=1: skipping system packages"
        return 0
    fi
    case "$(uname -s)" in
    Darwin)
        if ! check_tesseract_langs 2>/dev/null; then
            err "macOS: 请先用 Homebrew 安装 Tesseract 及语言包。Install Tesseract with Homebrew first:"
            printf '\n    brew install tesseract tesseract-lang\n\n' >&2
            exit 1
        fi
        return 0
        ;;
    esac
    if ! command -v dpkg-query >/dev/null 2>&1; then
        say "注意 note: not a Debian/Ubuntu system (no dpkg); skipping apt. Install Tesseract"
        say "with chi_sim + eng data, a CJK font and Qt's xcb libraries with your package manager."
        if ! check_tesseract_langs; then exit 1; fi
        return 0
    fi
    local missing="" pkg
    for pkg in $APT_PACKAGES; do
        if ! is_installed "$pkg"; then missing="$missing $pkg"; fi
    done
    if [ -n "$missing" ]; then
        # shellcheck disable=SC2086  # word splitting of the package list is intended
        apt_install $missing
    fi
    if ! check_tesseract_langs; then
        err "请安装 tesseract-ocr-chi-sim 与 tesseract-ocr-eng。Install tesseract-ocr-chi-sim and tesseract-ocr-eng."
        exit 1
    fi
}

# Print the first interpreter that is Python 3.11+.
find_python() {
    local cand
    for cand in "${PYTHON:-}" python3.13 python3.12 python3.11 python3 python; do
        [ -n "$cand" ] || continue
        command -v "$cand" >/dev/null 2>&1 || continue
        if "$cand" -c "import sys; sys.exit(0 if sys.version_info >= (3, $MIN_PY_MINOR) else 1)" \
            >/dev/null 2>&1; then
            command -v "$cand"
            return 0
        fi
    done
    return 1
}

python_or_die() {
    local py
    if py="$(find_python)"; then
        printf '%s\n' "$py"
        return 0
    fi
    # On Debian/Ubuntu with root, python3.11 may simply not be installed yet
    # (e.g. Ubuntu 22.04 ships 3.10 as python3 but has a python3.11 package).
    if command -v apt-get >/dev/null 2>&1 && [ "$(root_prefix)" != "none" ] \
        && [ "${YUNBEI_SKIP_SYSTEM:-0}" != "1" ]; then
        local ver
        for ver in 3.13 3.12 3.11; do
            if apt-cache show "python$ver" >/dev/null 2>&1; then
                apt_install "python$ver" "python$ver-venv" >&2
                if py="$(find_python)"; then
                    printf '%s\n' "$py"
                    return 0
                fi
            fi
        done
    fi
    err "需要 Python 3.11 或更新版本。Python 3.11 or newer is required; found: $(python3 --version 2>&1 || echo none)."
    err "Debian/Ubuntu: sudo apt-get install python3.11 python3.11-venv   macOS: brew install python@3.12"
    err "Or point PYTHON=/path/to/python3.11 at one."
    exit 1
}

make_venv() { # make_venv PYTHON
    local py="$1"
    if "$py" -m venv "$VENV" >/dev/null 2>&1; then return 0; fi
    rm -rf "$VENV"
    # Debian/Ubuntu split ensurepip into python3-venv / python3.X-venv.
    if command -v dpkg-query >/dev/null 2>&1 && [ "${YUNBEI_SKIP_SYSTEM:-0}" != "1" ]; then
        local minor
        minor="$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
        say "python -m venv failed (python$minor-venv missing?); installing it"
        if apt-cache show "python$minor-venv" >/dev/null 2>&1; then
            apt_install python3-venv "python$minor-venv"
        else
            apt_install python3-venv
        fi
    fi
    if ! quiet "$py" -m venv "$VENV"; then
        rm -rf "$VENV"
        err "无法创建虚拟环境。Could not create the virtual environment with $py -m venv."
        err "Debian/Ubuntu: sudo apt-get install python3-venv"
        exit 1
    fi
}

# Hash of what the install depends on: pyproject.toml, the interpreter, the repo path
# (an editable install records the absolute path).
stamp_value() {
    "$VENV/bin/python" - "$ROOT" <<'EOF'
import hashlib, pathlib, sys
root = pathlib.Path(sys.argv[1])
h = hashlib.sha256()
h.update((root / "pyproject.toml").read_bytes())
h.update(sys.version.encode())
h.update(str(root).encode())
print(h.hexdigest())
EOF
}

python_env() {
    local py
    # A venv whose interpreter is gone or too old (e.g. copied from elsewhere) is rebuilt.
    if [ -d "$VENV" ]; then
        if ! "$VENV/bin/python" -c \
            "import sys; sys.exit(0 if sys.version_info >= (3, $MIN_PY_MINOR) else 1)" \
            >/dev/null 2>&1; then
            say "existing .venv is broken or too old; rebuilding it"
            rm -rf "$VENV"
        fi
    fi
    if [ ! -x "$VENV/bin/python" ]; then
        py="$(python_or_die)"
        say "creating .venv with $py ($("$py" --version 2>&1))"
        make_venv "$py"
    fi
    local want have=""
    want="$(stamp_value)"
    [ -f "$STAMP" ] && have="$(cat "$STAMP")"
    if [ "$want" = "$have" ]; then
        say "Python environment up to date (.venv)"
        return 0
    fi
    say "pip install -e '.[test,heic,package]' (a minute or two the first time)"
    rm -f "$STAMP"
    quiet "$VENV/bin/python" -m pip install --disable-pip-version-check -e '.[test,heic,package]'
    printf '%s\n' "$want" >"$STAMP"
    say "Python environment ready (.venv)"
}

system_packages
python_env
