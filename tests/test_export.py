"""From screenshots to the pack the user attaches: the CLI, the files, and what they keep out."""

from __future__ import annotations

import email
import json
import re
import shutil
import subprocess
from datetime import datetime
from email import policy
from pathlib import Path

import pytest
import screens

from yunbei_gui.cli import main
from yunbei_gui.core.analysis import analyze
from yunbei_gui.core.case_builder import case_from_reports
from yunbei_gui.core.case_store import CaseStore
from yunbei_gui.core.errors import YunbeiError
from yunbei_gui.core.export import export_case
from yunbei_gui.core.models import Preset
from yunbei_gui.core.ocr import OcrEngine

NOW = datetime(2026, 11, 24, 10, 0)
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")


def _digits(text: str) -> str:
    return re.sub(r"\s", "", text)


def _pack_texts(folder: Path) -> dict[str, str]:
    """Every text a reader of the pack could see: PDF text, .txt files, manifest, email."""
    texts = {}
    for path in folder.iterdir():
        if path.suffix == ".pdf":
            texts[path.name] = subprocess.run(
                ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
            ).stdout
        elif path.suffix in (".txt", ".json", ".sha256"):
            texts[path.name] = path.read_text("utf-8")
        elif path.suffix == ".eml":
            msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
            body = msg.get_body(preferencelist=("plain",))
            texts[path.name] = str(msg["Subject"]) + "\n" + (body.get_content() if body else "")
    return texts


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], list[screens.Screen]]:
    folder = tmp_path_factory.mktemp("export-shots")
    rendered = [
        screens.render("failure", seed=6, width=1080),
        screens.render("records", seed=1, width=1080),
        screens.render("account", seed=2, width=1080, id_card=True, bank_card=True, ip=True),
        screens.render("balance", seed=1, width=1080),
    ]
    paths = []
    for i, shot in enumerate(rendered):
        paths.append(folder / f"shot{i}.png")
        shot.image.save(paths[-1])
    return paths, rendered


@needs_poppler
@pytest.mark.parametrize("preset", [Preset.OFFICIAL, Preset.PUBLIC])
def test_the_pack_keeps_out_what_the_preset_keeps_out(
    engine: OcrEngine, tmp_path: Path, shots: tuple, preset: Preset
) -> None:
    paths, rendered = shots
    store = CaseStore(tmp_path / "cases")
    case, _ = case_from_reports(analyze(paths, engine), store, preset, now=NOW)
    store.save(case, now=NOW)
    out = tmp_path / "pack"
    result = export_case(case, store, out, now=NOW)
    assert result.pdf.exists() and result.eml is not None
    texts = _pack_texts(out)
    never = {"id_card", "bank_card", "real_name", "ip"}
    if preset == Preset.PUBLIC:
        never |= {"phone", "email", "user_id"}
    for shot in rendered:
        for item in shot.truth.sensitive:
            if item.type not in never:
                continue
            value = _digits(item.text)
            for name, text in texts.items():
                assert value not in _digits(text), (preset, item.type, name)


@needs_poppler
def test_cli_export_from_screenshots_then_again_from_the_saved_case(
    tmp_path: Path,
    shots: tuple,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    paths, _ = shots
    out = tmp_path / "out"
    code = main(
        [
            "export",
            *map(str, paths),
            "--out",
            str(out),
            "--set",
            "attempts=2",
            "--set",
            "network=4G",
        ]
    )
    printed = capsys.readouterr().out
    assert code == 0
    case_id = re.search(r"已新建并保存案件：(\w+)", printed).group(1)  # type: ignore[union-attr]
    pdf = out / f"{case_id}-证据包.pdf"
    assert pdf.exists() and (out / "manifest.json").exists() and (out / "appeal-email.txt").exists()
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert "Helvetica" not in fonts and all(
        line.split()[-5] == "yes" for line in fonts.splitlines()[2:] if line.strip()
    )
    body = (out / "appeal-email.txt").read_text("utf-8")
    pdf_text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    first_line = next(line for line in body.splitlines()[2:] if len(line) > 6)
    assert _digits(first_line)[:10] in _digits(pdf_text)
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest
    out2 = tmp_path / "out2"
    assert main(["export", "--case", case_id, "--out", str(out2)]) == 0
    assert (out2 / f"{case_id}-证据包.pdf").exists()


def test_cli_export_needs_a_case_or_screenshots(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--out", str(tmp_path)])


def test_a_vanished_screenshot_gives_a_clear_error_and_no_pack(
    engine: OcrEngine, tmp_path: Path, shots: tuple
) -> None:
    paths, _ = shots
    store = CaseStore(tmp_path / "cases")
    case, _ = case_from_reports(analyze(paths[:2], engine), store, Preset.OFFICIAL, now=NOW)
    store.original_path(case, case.screenshots[1]).unlink()
    out = tmp_path / "pack"
    with pytest.raises(YunbeiError) as info:
        export_case(case, store, out, now=NOW)
    assert info.value.message
    assert not out.exists() or not any(p.suffix == ".pdf" for p in out.iterdir())


@needs_poppler
def test_ocr_text_of_a_redacted_value_never_reaches_the_pdf_text(
    engine: OcrEngine, tmp_path: Path, shots: tuple
) -> None:
    paths, _ = shots
    store = CaseStore(tmp_path / "cases")
    case, _ = case_from_reports(analyze(paths[:1], engine), store, Preset.OFFICIAL, now=NOW)
    # a phone number that OCR put into the error text of the failure prompt
    case.screenshots[0].fields.error_message = "兑换失败，请联系 13812345678 处理"
    case.facts.error_message = case.screenshots[0].fields.error_message
    case.facts.edited.add("error_message")
    out = tmp_path / "pack"
    export_case(case, store, out, now=NOW)
    pdf_text = _pack_texts(out)[next(p.name for p in out.iterdir() if p.suffix == ".pdf")]
    assert "13812345678" not in _digits(pdf_text)


def test_set_on_a_saved_case_fills_a_missing_fact(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    shots: tuple,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    paths, _ = shots
    assert main(["export", str(paths[0]), "--out", str(tmp_path / "a")]) == 0
    case_id = re.search(r"已新建并保存案件：(\w+)", capsys.readouterr().out).group(1)  # type: ignore[union-attr]
    assert (
        main(
            [
                "export",
                "--case",
                case_id,
                "--set",
                "bound_phone=13900001111",
                "--out",
                str(tmp_path / "b"),
            ]
        )
        == 0
    )
    assert (
        CaseStore(tmp_path / "data" / "yunbei-gui" / "cases").load(case_id).facts.bound_phone
        == "13900001111"
    )
    assert "13900001111" in (tmp_path / "b" / "appeal-email.txt").read_text("utf-8")
