"""The reading engine on rendered phone screenshots, with the real tesseract.

Each test renders its screenshots (tests/screens.py) and checks what a user relies on:
the kind, the facts and the private data. Rates are asserted over small sets because OCR
is not perfect; the thresholds sit below what benchmarks/ measure, to catch regressions.
"""

from __future__ import annotations

import difflib
import unicodedata
from concurrent.futures import ThreadPoolExecutor

import pytest
import screens
from PIL import Image

from yunbei_gui.core.analysis import Reading, understand
from yunbei_gui.core.models import PRESET_TYPES, Box, Preset
from yunbei_gui.core.ocr import OcrEngine, OcrPage


def _norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return "".join(c for c in text if c.isalnum())


def _close(a: str | None, b: str | None) -> bool:
    return difflib.SequenceMatcher(None, _norm(a), _norm(b)).ratio() >= 0.85


def _read(engine: OcrEngine, shots: list[screens.Screen]) -> list[Reading]:
    # one tesseract process per shot, as many at once as the engine runs
    with ThreadPoolExecutor(max_workers=engine.workers) as pool:
        pages = list(pool.map(lambda s: engine.read_image(s.image), shots))
    assert all(isinstance(page, OcrPage) for page in pages)
    return [understand(page) for page in pages]


VARIANTS = [
    dict(seed=1, width=1080, theme="light"),
    dict(seed=2, width=720, theme="dark"),
    dict(seed=3, width=1440, theme="light"),
    dict(seed=4, width=1080, theme="dark"),
]


@pytest.fixture(scope="module")
def every_kind(engine: OcrEngine) -> list[tuple[screens.Screen, Reading]]:
    shots = [screens.render(kind, **v) for kind in screens.all_kinds() for v in VARIANTS]
    return list(zip(shots, _read(engine, shots), strict=True))


def test_screenshot_kinds_are_recognised(every_kind: list) -> None:
    right = [r.kind.value == s.truth.kind for s, r in every_kind]
    assert sum(right) / len(right) >= 0.9, [
        (s.truth.kind, r.kind.value) for s, r in every_kind if r.kind.value != s.truth.kind
    ]


def test_balance_is_read_exactly(every_kind: list) -> None:
    cases = [(s.truth.balance, r.fields.balance) for s, r in every_kind if s.truth.balance]
    assert cases
    assert sum(a == b for a, b in cases) / len(cases) >= 0.6, cases


def test_failure_prompt_gives_error_text_and_cause(engine: OcrEngine) -> None:
    shots = [
        screens.render("failure", seed=seed, width=w, theme=t, overlay=o)
        for seed, w, t, o in [
            (1, 1080, "light", None),
            (2, 1080, "dark", None),
            (3, 720, "light", "toast"),
            (5, 1440, "light", "toast"),
            (6, 1080, "light", None),
            (8, 720, "dark", None),
        ]
    ]
    readings = _read(engine, shots)
    kinds = [r.kind.value for r in readings]
    assert kinds.count("failure") >= 5, kinds
    errors = [
        _close(r.fields.error_message, s.truth.error_message)
        for s, r in zip(shots, readings, strict=True)
    ]
    causes = [
        (r.fields.cause and r.fields.cause.value) == s.truth.cause
        for s, r in zip(shots, readings, strict=True)
    ]
    assert sum(errors) >= 4, [
        (s.truth.error_message, r.fields.error_message)
        for s, r in zip(shots, readings, strict=True)
    ]
    assert sum(causes) >= 5


def test_redeem_page_gives_product_and_cost(every_kind: list) -> None:
    pages = [
        (s, r) for s, r in every_kind if s.truth.kind in ("redeem", "failure") and s.truth.product
    ]
    assert pages
    products = [_close(r.fields.product, s.truth.product) for s, r in pages]
    costs = [r.fields.cost == s.truth.cost for s, r in pages if s.truth.cost]
    assert sum(products) / len(products) >= 0.75
    assert sum(costs) / len(costs) >= 0.6


def test_records_rows_become_signed_deductions_with_times(every_kind: list) -> None:
    rows_found = rows_total = 0
    for shot, reading in every_kind:
        if shot.truth.kind != "records":
            continue
        got = {(d.amount, d.time) for d in reading.fields.deductions}
        for row in shot.truth.deductions:
            rows_total += 1
            rows_found += (row.amount, row.time) in got
        # never an invented row
        truth = {(d.amount, d.time) for d in shot.truth.deductions}
        assert len(got - truth) <= 1
    assert rows_total and rows_found / rows_total >= 0.75


def test_timestamps_are_iso_8601(every_kind: list) -> None:
    for shot, reading in every_kind:
        assert set(reading.fields.timestamps) <= set(shot.truth.timestamps) | {
            t for t in reading.fields.timestamps if t[:4] == "2026"
        }
    exact = [set(r.fields.timestamps) == set(s.truth.timestamps) for s, r in every_kind]
    assert sum(exact) / len(exact) >= 0.85


def _covered(box: tuple[int, int, int, int], found: list[Box]) -> float:
    target = Box(*box)
    inter = sum((b.intersection(target) or Box(0, 0, 0, 0)).area for b in found)
    return inter / max(1, target.area)


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("width", [720, 1080, 1440])
def test_every_official_private_value_on_an_account_page_is_marked(
    engine: OcrEngine, width: int, theme: str
) -> None:
    shots = [screens.render("account", seed=seed, width=width, theme=theme) for seed in (0, 1, 2)]
    for shot, reading in zip(shots, _read(engine, shots), strict=True):
        official = [s.box for s in reading.sensitive if s.type in PRESET_TYPES[Preset.OFFICIAL]]
        for item in shot.truth.sensitive:
            if item.type in {t.value for t in PRESET_TYPES[Preset.OFFICIAL]}:
                assert _covered(item.box, official) >= 0.9, (item.type, item.text)


def test_jpeg_forwarded_screenshots_still_read(engine: OcrEngine) -> None:
    shots = [screens.render(k, seed=7, width=1080) for k in ("balance", "account")]
    forwarded = [
        screens.Screen(screens.jpeg_forward(s.image, quality=60, scale=0.8), s.truth) for s in shots
    ]
    balance, account = _read(engine, forwarded)
    assert balance.kind.value == "balance"
    official = [s.box for s in account.sensitive if s.type in PRESET_TYPES[Preset.OFFICIAL]]
    for item in shots[1].truth.sensitive:
        if item.type in ("phone", "email", "id_card", "bank_card", "ip"):
            x, y, w, h = (round(v * 0.8) for v in item.box)
            assert _covered((x, y, w, h), official) >= 0.9, (item.type, item.text)


def test_han_spaces_are_removed(engine: OcrEngine) -> None:
    shot = screens.render("failure", seed=1, width=1080)
    (reading,) = _read(engine, [shot])
    assert " " not in (reading.fields.error_message or "x y")


def test_blank_image_reads_as_other_without_error(engine: OcrEngine) -> None:
    page = engine.read_image(Image.new("RGB", (1080, 2340), "white"))
    assert isinstance(page, OcrPage)
    reading = understand(page)
    assert reading.kind.value == "other"
    assert reading.sensitive == []
