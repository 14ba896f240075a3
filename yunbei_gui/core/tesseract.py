"""Everything about the external Tesseract program: find it, check its languages.

Search order: a copy bundled next to the app, a path the user set, PATH, the Windows
default install folders and registry, Homebrew folders.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from yunbei_gui.core.errors import LanguageDataMissingError, TesseractNotFoundError

REQUIRED_LANGUAGES = ("chi_sim",)
USER_PATH_ENV = "YUNBEI_TESSERACT"
EXE = "tesseract.exe" if sys.platform == "win32" else "tesseract"


@dataclass(frozen=True)
class TesseractInstall:
    """A working tesseract binary and what it offers."""

    cmd: Path
    version: str
    languages: frozenset[str]
    tessdata_dir: Path | None  # set for a bundled copy, so it never uses the system's data
    bundled: bool = False

    def env(self) -> dict[str, str]:
        """Environment for the tesseract process: one thread per process, own data."""
        env = dict(os.environ)
        env["OMP_THREAD_LIMIT"] = "1"
        if self.tessdata_dir is not None:
            env["TESSDATA_PREFIX"] = str(self.tessdata_dir)
        return env


def app_dir() -> Path:
    """Folder of the running app: the bundle when frozen, else the source tree root."""
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        return Path(meipass)
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def bundled_candidate() -> tuple[Path, Path] | None:
    base = app_dir() / "tesseract"
    exe = base / EXE
    if exe.is_file():
        return exe, base / "tessdata"
    return None


def _windows_registry_paths() -> Iterator[Path]:
    if sys.platform != "win32":
        return
    import winreg

    for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        for key in (r"SOFTWARE\Tesseract-OCR", r"SOFTWARE\WOW6432Node\Tesseract-OCR"):
            try:
                with winreg.OpenKey(hive, key) as handle:
                    value, _ = winreg.QueryValueEx(handle, "InstallDir")
            except OSError:
                continue
            yield Path(str(value)) / EXE


def _windows_default_paths() -> Iterator[Path]:
    for var in ("ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA"):
        root = os.environ.get(var)
        if root:
            yield Path(root) / "Tesseract-OCR" / EXE
            yield Path(root) / "Programs" / "Tesseract-OCR" / EXE


def candidate_paths(user_path: str | None = None) -> Iterator[tuple[Path, Path | None, bool]]:
    """Yield (binary, tessdata dir or None, bundled?) in search order."""
    bundled = bundled_candidate()
    if bundled:
        yield bundled[0], bundled[1], True
    for configured in (user_path, os.environ.get(USER_PATH_ENV)):
        if configured:
            p = Path(configured)
            yield (p / EXE if p.is_dir() else p), None, False
    on_path = shutil.which("tesseract")
    if on_path:
        yield Path(on_path), None, False
    if sys.platform == "win32":
        yield from ((p, None, False) for p in _windows_registry_paths())
        yield from ((p, None, False) for p in _windows_default_paths())
    for prefix in ("/opt/homebrew/bin", "/usr/local/bin", "/home/linuxbrew/.linuxbrew/bin"):
        yield Path(prefix) / "tesseract", None, False


def _run(cmd: list[str], env: dict[str, str]) -> str:
    kwargs: dict[str, object] = {}
    if sys.platform == "win32":  # no console window flashing up from a GUI app
        kwargs["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    proc = subprocess.run(
        cmd,
        capture_output=True,
        env=env,
        timeout=30,
        check=False,
        **kwargs,  # type: ignore[call-overload]
    )
    out: bytes = proc.stdout + proc.stderr
    return out.decode("utf-8", errors="replace")


def parse_languages(listing: str) -> frozenset[str]:
    langs = set()
    for line in listing.splitlines():
        line = line.strip()
        if not line or line.lower().startswith("list of available") or " " in line:
            continue
        langs.add(line)
    return frozenset(langs)


def probe(cmd: Path, tessdata_dir: Path | None = None, bundled: bool = False) -> TesseractInstall:
    """Run the binary once for its version and language list."""
    env = dict(os.environ)
    if tessdata_dir is not None:
        env["TESSDATA_PREFIX"] = str(tessdata_dir)
    args = [str(cmd), "--list-langs"]
    if tessdata_dir is not None:
        args[1:1] = ["--tessdata-dir", str(tessdata_dir)]
    # both questions at once: the app's first OCR waits for the answers
    with ThreadPoolExecutor(max_workers=2) as pool:
        listing = pool.submit(_run, args, env)
        version_text = _run([str(cmd), "--version"], env)
        match = re.search(r"tesseract\s+v?(\d+\.\d+[\w.\-]*)", version_text)
        if not match:
            listing.cancel()
            raise OSError(f"not a tesseract binary: {cmd}")
        languages = parse_languages(listing.result())
    return TesseractInstall(cmd, match.group(1), languages, tessdata_dir, bundled)


def install_instructions(system: str | None = None) -> str:
    """How to install tesseract with Chinese data, in Chinese, for this (or the given) OS."""
    system = system or platform.system()
    if system == "Windows":
        return (
            "Windows：下载并安装 UB Mannheim 版 Tesseract（tesseract-ocr-w64-setup）。"
            "安装时在“Additional language data”中勾选“Chinese - Simplified”；"
            "已安装的，可把 chi_sim.traineddata 复制到 C:\\Program Files\\Tesseract-OCR\\tessdata。"
            "装好后再试一次。"
        )
    if system == "Darwin":
        return (
            "macOS：打开“终端”，运行 brew install tesseract tesseract-lang"
            "（需先安装 Homebrew），装好后再试一次。"
        )
    return (
        "Linux（Debian/Ubuntu）：在终端运行 "
        "sudo apt-get install tesseract-ocr tesseract-ocr-chi-sim ，装好后再试一次。"
    )


def find_tesseract(
    user_path: str | None = None, required: Iterable[str] = REQUIRED_LANGUAGES
) -> TesseractInstall:
    """Return the first working tesseract that has the required languages.

    Raises TesseractNotFoundError when no binary runs, LanguageDataMissingError when one
    runs but lacks a language (pytesseract would silently return garbage then).
    """
    required = tuple(required)
    found_without_langs: TesseractInstall | None = None
    seen: set[Path] = set()
    for cmd, tessdata, bundled in candidate_paths(user_path):
        try:
            key = cmd.resolve()
        except OSError:
            continue
        if key in seen or not cmd.is_file():
            continue
        seen.add(key)
        try:
            install = probe(cmd, tessdata, bundled)
        except (OSError, subprocess.SubprocessError):
            continue
        if all(lang in install.languages for lang in required):
            return install
        found_without_langs = found_without_langs or install
    if found_without_langs is not None:
        missing = [lang for lang in required if lang not in found_without_langs.languages]
        raise LanguageDataMissingError(
            "已找到文字识别程序 Tesseract，但缺少简体中文语言包（chi_sim），"
            "无法识别截图中的中文。\n" + install_instructions(),
            f"{found_without_langs.cmd} lacks {missing}",
        )
    raise TesseractNotFoundError(
        "没有找到文字识别程序 Tesseract，暂时无法自动读取截图。\n"
        "您仍可以手动填写信息、手动框选要遮挡的区域。\n" + install_instructions(),
        "searched: bundled, user path, PATH, Windows folders/registry, Homebrew",
    )
