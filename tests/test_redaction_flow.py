"""From a screenshot to a redacted copy: nothing private can be read back, facts stay."""

from __future__ import annotations

import re
from pathlib import Path

import pytesseract
import pytest
import screens
from PIL import Image, ImageOps

from yunbei_gui.core.analysis import analyze, redact_files
from yunbei_gui.core.models import PRESET_TYPES, Preset
from yunbei_gui.core.ocr import OcrEngine
from yunbei_gui.core.redact import RedactionMode

OFFICIAL = {t.value for t in PRESET_TYPES[Preset.OFFICIAL]}


def _runs(text: str) -> set[str]:
    """Every 4-character run of the private value's letters and digits."""
    core = re.sub(r"[^0-9A-Za-z\u4e00-\u9fff]", "", text)
    return {core[i : i + 4] for i in range(len(core) - 3)}


def _read_back(image: Image.Image, box: tuple[int, int, int, int], dark: bool) -> str:
    x, y, w, h = box
    crop = image.crop((max(0, x - 10), max(0, y - 10), x + w + 10, y + h + 10)).convert("L")
    if dark:
        crop = ImageOps.invert(crop)
    text = pytesseract.image_to_string(crop, lang="chi_sim+eng", config="--psm 7")
    return re.sub(r"[^0-9A-Za-z\u4e00-\u9fff]", "", text)


@pytest.mark.parametrize("mode", list(RedactionMode))
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_no_official_private_value_can_be_read_back(
    engine: OcrEngine, tmp_path: Path, mode: RedactionMode, theme: str
) -> None:
    shots = [screens.render("account", seed=s, width=1080, theme=theme) for s in (1, 2)]
    paths = []
    for i, shot in enumerate(shots):
        paths.append(tmp_path / f"account{i}.png")
        shot.image.save(paths[-1])
    results = redact_files(paths, tmp_path / "out", Preset.OFFICIAL, mode, engine)
    for (report, target), shot in zip(results, shots, strict=True):
        assert target is not None, report.error
        with Image.open(target) as redacted:
            redacted.load()
            for item in shot.truth.sensitive:
                if item.type not in OFFICIAL:
                    continue
                read = _read_back(redacted, item.box, theme == "dark")
                leaked = [run for run in _runs(item.text) if run in read]
                assert not leaked, (item.type, item.text, read)


def test_public_preset_also_hides_ids_nicknames_and_orders(
    engine: OcrEngine, tmp_path: Path
) -> None:
    shot = screens.render("account", seed=3, width=1080)
    path = tmp_path / "a.png"
    shot.image.save(path)
    ((_report, target),) = redact_files([path], tmp_path / "out", Preset.PUBLIC, engine=engine)
    assert target is not None
    with Image.open(target) as redacted:
        redacted.load()
        for item in shot.truth.sensitive:
            read = _read_back(redacted, item.box, False)
            assert not [run for run in _runs(item.text) if run in read], (item.type, item.text)


def test_balance_and_error_text_survive_redaction(engine: OcrEngine, tmp_path: Path) -> None:
    cases = [
        screens.render("balance", seed=1, width=1080, email=True),
        screens.render("failure", seed=6, width=1080, order_id=True),
    ]
    paths = []
    for i, shot in enumerate(cases):
        paths.append(tmp_path / f"s{i}.png")
        shot.image.save(paths[-1])
    before = analyze(paths, engine)
    results = redact_files(paths, tmp_path / "out", Preset.OFFICIAL, engine=engine)
    after = analyze([t for _, t in results if t is not None], engine)
    assert before[0].reading and after[0].reading
    assert before[0].reading.fields.balance is not None
    assert after[0].reading.fields.balance == before[0].reading.fields.balance
    assert before[1].reading and after[1].reading
    assert after[1].reading.fields.error_message == before[1].reading.fields.error_message
