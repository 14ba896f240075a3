"""Self-test of the synthetic screenshot generator (tests/screens.py)."""

from __future__ import annotations

import re
import shutil
from datetime import datetime

import pytest
from PIL import ImageOps
from screens import (
    SENSITIVE_TYPES,
    _overlaps,
    all_kinds,
    id_card_ok,
    jpeg_forward,
    luhn_ok,
    render,
    render_debug,
)

CAUSES = {"system", "account", "eligibility", "stock"}


def _check_truth(screen, kind: str, width: int, theme: str) -> None:
    t = screen.truth
    img = screen.image
    assert img.mode == "RGB"
    assert img.size == (width, round(width * 19.5 / 9))
    assert (t.kind, t.theme, t.width, t.height) == (kind, theme, img.width, img.height)
    for ts in t.timestamps:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?", ts), ts
        parsed = datetime.fromisoformat(ts)
        assert parsed.year == 2026
    for d in t.deductions:
        assert d.amount != 0 and d.label
        assert d.time is None or d.time in t.timestamps
    for s in t.sensitive:
        assert s.type in SENSITIVE_TYPES
        assert s.text.strip() == s.text and s.text
        x, y, w, h = s.box
        assert w > 0 and h > 0
        assert x >= 0 and y >= 0 and x + w <= img.width and y + h <= img.height, s
        lo, hi = zip(*img.crop((x, y, x + w, y + h)).getextrema(), strict=True)
        assert max(hi) - min(lo) > 40, f"no ink in the box of {s}"
        if s.type == "id_card" and "*" not in s.text:
            assert id_card_ok(s.text), s.text
        if s.type == "bank_card":
            assert luhn_ok(s.text.replace(" ", "")), s.text
            assert 16 <= len(s.text.replace(" ", "")) <= 19
    if kind == "failure":
        assert t.error_message and t.cause in CAUSES
        assert not t.error_message.startswith("兑换失败")
    else:
        assert t.error_message is None and t.cause is None
    if kind in ("records",):
        assert t.deductions
    else:
        assert not t.deductions
    if kind in ("redeem", "failure"):
        assert t.product or t.cost is not None or kind == "failure"
    if kind == "other":
        assert not t.sensitive and t.balance is None and t.product is None


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("width", [720, 1080, 1440])
@pytest.mark.parametrize("kind", all_kinds())
def test_renders_every_kind(kind: str, width: int, theme: str) -> None:
    for seed in range(3):
        _check_truth(render(kind, seed=seed, width=width, theme=theme), kind, width, theme)


@pytest.mark.parametrize("kind", all_kinds())
def test_many_seeds_consistent(kind: str) -> None:
    for seed in range(3, 40):
        _check_truth(render(kind, seed=seed, width=720), kind, 720, "light")


def test_deterministic_per_seed() -> None:
    for kind in all_kinds():
        a = render(kind, seed=7)
        b = render(kind, seed=7)
        assert a.truth == b.truth
        assert a.image.tobytes() == b.image.tobytes()
    assert render("account", seed=1).truth != render("account", seed=2).truth


def test_content_independent_of_width() -> None:
    small, big = render("records", seed=5, width=720), render("records", seed=5, width=1440)
    assert small.truth.timestamps[:3] == big.truth.timestamps[:3]
    assert small.truth.balance == big.truth.balance


def test_variants_and_overlays() -> None:
    s = render("failure", seed=3, overlay="toast", cause="stock", message="商品库存不足")
    assert (s.truth.cause, s.truth.error_message) == ("stock", "商品库存不足")
    s = render("failure", seed=4, cause="account", error_code=True, order_id=True, show_time=True)
    assert s.truth.cause == "account"
    assert [x.type for x in s.truth.sensitive].count("order_id") == 1
    assert len(s.truth.timestamps) >= 1
    s = render("redeem", seed=2, overlay="confirm", product="黑胶VIP季卡", cost=880)
    assert (s.truth.product, s.truth.cost) == ("黑胶VIP季卡", 880)
    s = render("account", seed=6, masked=False, bank_card=True, id_card=True, ip=True)
    types = {x.type for x in s.truth.sensitive}
    assert {"phone", "email", "id_card", "bank_card", "real_name", "nickname", "user_id"} <= types
    s = render("balance", seed=1, balance=1280, number_style="comma")
    assert s.truth.balance == 1280
    s = render("records", seed=2, rows=5, header_balance=True, balance=321, phone_header=True)
    assert len(s.truth.deductions) == 5 and s.truth.balance == 321
    assert any(x.type == "phone" and "****" in x.text for x in s.truth.sensitive)
    with pytest.raises(TypeError):
        render("balance", nonsense=1)
    with pytest.raises(ValueError):
        render("balance", overlay="toast")


@pytest.mark.parametrize("kind", all_kinds())
def test_no_text_overlaps_or_overflows(kind: str) -> None:
    overlays = {"failure": [None, "toast"], "redeem": [None, "confirm"]}.get(kind, [None])
    for seed in range(12):
        for overlay in overlays:
            screen, drawn = render_debug(kind, seed=seed, width=720, overlay=overlay)
            w, h = screen.image.size
            for i, (a, ta, la) in enumerate(drawn):
                assert a[0] >= 0 and a[1] >= 0 and a[0] + a[2] <= w and a[1] + a[3] <= h, ta
                shrunk = (a[0] + 2, a[1] + 2, a[2] - 4, a[3] - 4)
                for b, tb, lb in drawn[i + 1 :]:
                    if la == lb:
                        assert not _overlaps(shrunk, b), (seed, overlay, ta, tb)


def test_jpeg_forward() -> None:
    img = render("balance", seed=0).image
    out = jpeg_forward(img, quality=50, scale=0.5)
    assert out.mode == "RGB" and out.size == (540, 1170)
    assert jpeg_forward(img).size == img.size


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_tesseract_reads_the_phone(theme: str) -> None:
    pytesseract = pytest.importorskip("pytesseract")
    screen = render("account", seed=11, width=1080, theme=theme, phone_style="full")
    phone = next(s.text for s in screen.truth.sensitive if s.type == "phone")
    grey = screen.image.convert("L")
    if theme == "dark":
        grey = ImageOps.invert(grey)
    text = pytesseract.image_to_string(grey, lang="chi_sim", config="-c thresholding_method=2")
    assert phone in re.sub(r"\s+", "", text)
