"""The command line is a contract other tools read: `analyze --json`, `redact`, `--version`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import screens
from PIL import Image

from yunbei_gui import __version__
from yunbei_gui.cli import main

FIELDS = {"balance", "error_message", "cause", "product", "cost", "timestamps", "deductions"}
SCREENSHOT_KEYS = {
    "path",
    "sha256",
    "width",
    "height",
    "kind",
    "text",
    "fields",
    "sensitive",
    "error",
}
KINDS = set(screens.KINDS)  # the contract, as the fixture generator spells it
TYPES = set(screens.SENSITIVE_TYPES)


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("shots")
    paths = {}
    for kind in ("failure", "account", "balance"):
        path = folder / f"{kind}.png"
        screens.render(kind, seed=1, width=1080).image.save(path)
        paths[kind] = path
    (folder / "notes.png").write_text("不是图片", encoding="utf-8")
    paths["bad"] = folder / "notes.png"
    return paths


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    assert "analyze" in capsys.readouterr().out


def test_analyze_json_has_exactly_the_documented_shape(
    shots: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["analyze", "--json", str(shots["failure"]), str(shots["bad"]), str(shots["account"])]
    )
    doc = json.loads(capsys.readouterr().out)
    assert code == 1  # one file failed
    assert set(doc) == {"version", "screenshots"} and doc["version"] == 1
    first, bad, account = doc["screenshots"]
    for item in doc["screenshots"]:
        assert set(item) == SCREENSHOT_KEYS
    assert first["error"] is None and first["kind"] in KINDS
    assert set(first["fields"]) == FIELDS
    assert len(first["sha256"]) == 64 and (first["width"], first["height"]) == (1080, 2340)
    assert bad["error"] and "不是图片" in bad["error"]
    assert bad["kind"] is None and bad["fields"] is None and bad["sensitive"] == []
    assert account["kind"] == "account"
    for s in account["sensitive"]:
        assert set(s) == {"type", "text", "box"} and s["type"] in TYPES
        x, y, w, h = s["box"]
        assert w > 0 and h > 0 and 0 <= x < 1080 and 0 <= y < 2340
    for d in first["fields"]["deductions"]:
        assert set(d) == {"amount", "label", "time"}


def test_analyze_summary_is_readable_chinese(
    shots: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", str(shots["balance"])]) == 0
    out = capsys.readouterr().out
    assert "类型" in out and "云贝余额" in out


def test_redact_writes_one_clean_png_per_input(shots: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    code = main(
        [
            "redact",
            str(shots["account"]),
            str(shots["failure"]),
            "--out",
            str(out),
            "--preset",
            "public",
            "--mode",
            "blocks",
        ]
    )
    assert code == 0
    written = sorted(p.name for p in out.iterdir())
    assert written == ["account.png", "failure.png"]
    with Image.open(out / "account.png") as img:
        assert img.size == (1080, 2340)
        assert not img.info.get("exif") and not img.text  # no metadata


def test_redact_reports_a_bad_file_and_keeps_going(shots: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    code = main(["redact", str(shots["bad"]), str(shots["balance"]), "--out", str(out)])
    assert code == 1
    assert (out / "balance.png").exists()
    assert not (out / "notes.png").exists()


def test_same_names_from_two_folders_do_not_overwrite(
    shots: dict[str, Path], tmp_path: Path
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    twin = other / "balance.png"
    twin.write_bytes(shots["balance"].read_bytes())
    out = tmp_path / "out"
    assert main(["redact", str(shots["balance"]), str(twin), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["balance-2.png", "balance.png"]


def test_module_entry_point_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "yunbei_gui", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and __version__ in result.stdout


def test_missing_tesseract_still_gives_one_json_document(
    shots: dict[str, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from yunbei_gui.core import ocr as ocr_mod
    from yunbei_gui.core.errors import TesseractNotFoundError

    def missing(*args: object, **kwargs: object) -> None:
        raise TesseractNotFoundError("没有找到文字识别程序 Tesseract")

    monkeypatch.setattr(ocr_mod, "find_tesseract", missing)
    code = main(["analyze", "--json", str(shots["balance"]), str(shots["bad"])])
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert code == 3
    good, bad = doc["screenshots"]
    assert "Tesseract" in good["error"] and good["sha256"]
    assert "不是图片" in bad["error"]
    assert "Tesseract" in captured.err


def test_redact_refuses_without_tesseract_and_writes_nothing(
    shots: dict[str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from yunbei_gui.core import ocr as ocr_mod
    from yunbei_gui.core.errors import TesseractNotFoundError

    def missing(*args: object, **kwargs: object) -> None:
        raise TesseractNotFoundError("没有找到文字识别程序 Tesseract")

    monkeypatch.setattr(ocr_mod, "find_tesseract", missing)
    out = tmp_path / "out"
    assert main(["redact", str(shots["account"]), "--out", str(out)]) == 3
    assert not out.exists() or not any(out.iterdir())  # never an unredacted copy
