"""Finding tesseract, failing clearly without it, caching, and never losing other files."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

import pytesseract
import pytest
import screens
from PIL import Image

from yunbei_gui.core import ocr as ocr_mod
from yunbei_gui.core import tesseract as tess_mod
from yunbei_gui.core.analysis import analyze
from yunbei_gui.core.errors import (
    LanguageDataMissingError,
    OcrFailedError,
    TesseractNotFoundError,
)
from yunbei_gui.core.ocr import OcrEngine
from yunbei_gui.core.tesseract import find_tesseract, install_instructions, parse_languages


def _fake_tesseract(folder: Path, langs: str = "eng", fail_ocr: bool = True) -> Path:
    """A stand-in binary that answers --version/--list-langs and fails on real work."""
    exe = folder / "tesseract"
    exe.write_text(
        "#!/bin/sh\n"
        'case "$1" in\n'
        '  --version) echo "tesseract 5.3.0"; exit 0;;\n'
        f'  --list-langs) printf "List of available languages (1):\\n{langs}\\n"; exit 0;;\n'
        "esac\n" + ('echo "Error: crashed" >&2; exit 1\n' if fail_ocr else "exit 0\n"),
        encoding="utf-8",
    )
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    return exe


@pytest.fixture
def no_system_tesseract(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    monkeypatch.delenv(tess_mod.USER_PATH_ENV, raising=False)
    monkeypatch.setattr(tess_mod, "bundled_candidate", lambda: None)
    monkeypatch.setattr(tess_mod, "_windows_default_paths", lambda: iter(()))
    monkeypatch.setattr(
        tess_mod,
        "candidate_paths",
        lambda user_path=None, _orig=tess_mod.candidate_paths: (
            c
            for c in _orig(user_path)
            if not str(c[0]).startswith(("/opt/homebrew", "/usr/local", "/home/linuxbrew"))
        ),
    )


@pytest.mark.skipif(sys.platform == "win32", reason="shell-script stand-in")
def test_missing_tesseract_is_a_typed_error_with_install_steps(no_system_tesseract: None) -> None:
    with pytest.raises(TesseractNotFoundError) as info:
        find_tesseract()
    assert "Tesseract" in info.value.message
    assert "apt-get install tesseract-ocr tesseract-ocr-chi-sim" in info.value.message


@pytest.mark.skipif(sys.platform == "win32", reason="shell-script stand-in")
def test_tesseract_without_chinese_data_is_refused(
    no_system_tesseract: None, tmp_path: Path
) -> None:
    exe = _fake_tesseract(tmp_path)
    with pytest.raises(LanguageDataMissingError) as info:
        find_tesseract(user_path=str(exe))
    assert "chi_sim" in info.value.message


def test_real_tesseract_lacking_a_language_is_refused() -> None:
    with pytest.raises(LanguageDataMissingError):
        find_tesseract(required=("chi_sim", "xyz_missing"))


def test_install_instructions_name_each_system() -> None:
    assert "UB Mannheim" in install_instructions("Windows")
    assert "brew install tesseract tesseract-lang" in install_instructions("Darwin")
    assert "tesseract-ocr-chi-sim" in install_instructions("Linux")


def test_language_listing_is_parsed() -> None:
    listing = 'List of available languages in "/usr/share/tessdata/" (3):\nchi_sim\neng\nosd\n'
    assert parse_languages(listing) == {"chi_sim", "eng", "osd"}


@pytest.mark.skipif(sys.platform == "win32", reason="shell-script stand-in")
def test_a_crashing_tesseract_fails_each_image_without_stopping_the_batch(tmp_path: Path) -> None:
    exe = _fake_tesseract(tmp_path, langs="chi_sim")
    install = tess_mod.probe(exe)
    engine = OcrEngine(install=install, cache_dir=False)
    paths = []
    for i in range(3):
        paths.append(tmp_path / f"{i}.png")
        Image.new("RGB", (60, 60), "white").save(paths[-1])
    reports = analyze(paths, engine)
    assert len(reports) == 3
    assert all(
        isinstance(r.error, OcrFailedError) and "识别失败" in r.error.message for r in reports
    )


def test_missing_tesseract_reports_every_screenshot(
    no_system_tesseract: None, tmp_path: Path
) -> None:
    path = tmp_path / "a.png"
    screens.render("balance", seed=1, width=720).image.save(path)
    (report,) = analyze([path])
    assert isinstance(report.error, TesseractNotFoundError)
    assert report.screenshot is not None  # the file itself was fine


def test_reopening_a_screenshot_uses_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "balance.png"
    screens.render("balance", seed=2, width=720).image.save(path)
    engine = OcrEngine(cache_dir=tmp_path / "cache")
    first = analyze([path], engine)[0]
    assert first.reading is not None

    def no_ocr(*args: object, **kwargs: object) -> None:
        raise AssertionError("tesseract ran again for a cached screenshot")

    monkeypatch.setattr(pytesseract, "image_to_data", no_ocr)
    again = analyze([path], engine)[0]
    assert again.reading is not None
    assert again.reading.fields == first.reading.fields
    assert again.reading.text == first.reading.text
    if sys.platform != "win32":
        cache_root = tmp_path / "cache"
        assert stat.S_IMODE(cache_root.stat().st_mode) == 0o700  # OCR text is private


def test_damaged_cache_entry_is_read_again(tmp_path: Path) -> None:
    image = screens.render("balance", seed=3, width=720).image
    engine = OcrEngine(cache_dir=tmp_path / "cache")
    page = engine.read_image(image, "ab" * 32)
    for entry in (tmp_path / "cache").rglob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    assert engine.read_image(image, "ab" * 32).words == page.words


def test_non_ascii_temp_folder_is_avoided(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(tempfile, "gettempdir", lambda: "C:\\Users\\张三\\AppData\\Local\\Temp")
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.setenv("PUBLIC", str(tmp_path))
    ocr_mod.ensure_ascii_tempdir()
    assert tempfile.tempdir is not None and tempfile.tempdir.isascii()
    assert Path(tempfile.tempdir).is_dir()


def test_ocr_text_never_reaches_logs_above_debug(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    shot = screens.render("account", seed=1, width=720)
    path = tmp_path / "account.png"
    shot.image.save(path)
    with caplog.at_level("INFO"):
        analyze([path], OcrEngine(cache_dir=False))
    for item in shot.truth.sensitive:
        assert item.text not in caplog.text


def test_user_path_setting_is_searched(tmp_path: Path) -> None:
    real = find_tesseract().cmd
    found = find_tesseract(user_path=str(real.parent))
    assert found.cmd.name.startswith("tesseract")
    assert os.access(found.cmd, os.X_OK)


def test_pytesseract_is_told_the_version_the_probe_found(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The engine's probe asks `tesseract --version` once; pytesseract, which asks again
    on its own before its first OCR, is told the answer (one process less before the
    first OCR starts)."""
    from packaging.version import parse

    asked: list[object] = []

    def no_second_question(*args: object, **kwargs: object) -> bytes:
        asked.append(args)
        raise OSError("pytesseract asked for the version again")

    wrapper = pytesseract.pytesseract.get_tesseract_version
    monkeypatch.setattr(wrapper, "_result", wrapper)  # as before anyone asked
    monkeypatch.setattr(pytesseract.pytesseract.subprocess, "check_output", no_second_question)
    engine = OcrEngine(cache_dir=tmp_path)
    assert asked == []
    assert pytesseract.get_tesseract_version(cached=True) == parse(engine.install.version)
