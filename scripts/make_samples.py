"""Render the sample screenshots offered by the window's empty state ("try with samples").

The five pictures in ``resources/samples/`` are synthetic: drawn by the test fixture renderer
``tests/screens.py`` with fixed seeds, so every name, number, phone number and id on them is
made up (random digits, masked the way the app shows them). They tell one small, consistent
story: redeeming a 黑胶VIP年卡 for 2980 云贝 failed with "服务器繁忙", the records list shows the
2980 deducted with no refund, and the balance is 1268 on every page.

Usage (from the repository root)::

    .venv/bin/python scripts/make_samples.py          # render, check with the real OCR, save
    .venv/bin/python scripts/make_samples.py --no-check   # render and save only

The check runs ``yunbei_gui.core.analysis.analyze`` on the rendered files and fails (exit 1,
nothing written) when the engine no longer reads the kind and key facts of a sample; pick
another seed in ``SAMPLES`` then. ``tests/test_i18n_samples.py`` repeats the check on the
committed files.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "resources" / "samples"
WIDTH = 1080
BALANCE = 1268  # the same balance on every page, as on one real phone
STAMP = "示例截图 · 内容均为虚构"


@dataclass(frozen=True)
class Sample:
    file: str
    kind: str
    seed: int
    variant: dict[str, Any] = field(default_factory=dict)


SAMPLES = (
    Sample(
        "1-failure.png",
        "failure",
        0,
        {"product": "黑胶VIP年卡", "cost": 2980, "cause": "system", "balance": BALANCE},
    ),
    Sample("2-balance.png", "balance", 3, {"balance": BALANCE}),
    Sample("3-records.png", "records", 797, {"header_balance": True, "balance": BALANCE}),
    # masked values only, no bank card: nothing that looks like a full real number
    Sample(
        "4-account.png",
        "account",
        0,
        {"masked": True, "bank_card": False, "id_card": True, "ip": True},
    ),
    Sample("5-network.png", "network", 7),
)


def _screens() -> Any:
    sys.path.insert(0, str(ROOT / "tests"))
    import screens

    return screens


def _stamp(image: Image.Image, font_path: str) -> Image.Image:
    """Mark the picture as a sample, centred in the status bar (free on every page)."""
    out = image.convert("RGB")
    draw = ImageDraw.Draw(out)
    scale = out.width / 1080
    font = ImageFont.truetype(font_path, round(26 * scale))
    left, top, right, bottom = draw.textbbox((0, 0), STAMP, font=font)
    pad_x, pad_y = round(18 * scale), round(8 * scale)
    w, h = right - left + 2 * pad_x, bottom - top + 2 * pad_y
    x = (out.width - w) // 2
    y = round(52 * scale) - h // 2  # the renderer's status bar is 96 px high, centre 52
    draw.rounded_rectangle([x, y, x + w, y + h], radius=h // 2, fill=(255, 244, 214))
    draw.text((x + pad_x - left, y + pad_y - top), STAMP, font=font, fill=(92, 67, 0))
    return out


def render_all() -> list[tuple[Sample, Image.Image, Any]]:
    """Every sample as (spec, final image, ground truth of the renderer)."""
    screens = _screens()
    result = []
    for sample in SAMPLES:
        shot = screens.render(
            sample.kind, seed=sample.seed, width=WIDTH, theme="light", **sample.variant
        )
        result.append((sample, _stamp(shot.image, screens.FONT_PATH), shot.truth))
    return result


def save_png(image: Image.Image, path: Path) -> None:
    # 256 flat colours keep the anti-aliased text sharp and halve the file size
    small = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, format="PNG", optimize=True)


def problems(paths: list[Path], truths: list[Any]) -> list[str]:
    """What the real engine misses on the samples (empty when they read well)."""
    from yunbei_gui.core.analysis import analyze

    found = []
    for path, truth, report in zip(paths, truths, analyze(paths), strict=True):
        reading = report.reading
        if reading is None:
            found.append(f"{path.name}: not read ({report.error})")
            continue
        f = reading.fields
        if reading.kind.value != truth.kind:
            found.append(f"{path.name}: kind {reading.kind.value}, expected {truth.kind}")
        if f.balance != truth.balance:
            found.append(f"{path.name}: balance {f.balance}, expected {truth.balance}")
        if truth.kind == "failure" and (
            f.cause is None or f.cause.value != truth.cause or not f.error_message
        ):
            found.append(f"{path.name}: failure message/cause not read ({f.error_message})")
        if (f.product, f.cost) != (truth.product, truth.cost):
            found.append(f"{path.name}: product/cost {f.product}/{f.cost}")
        got = [(d.amount, d.label, d.time) for d in f.deductions]
        want = [(d.amount, d.label, d.time) for d in truth.deductions]
        if got != want:
            found.append(f"{path.name}: records rows {got}, expected {want}")
        missing = {s.type for s in truth.sensitive} - {s.type.value for s in reading.sensitive}
        if missing:
            found.append(f"{path.name}: private data not found: {sorted(missing)}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-check", action="store_true", help="skip the OCR check")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="folder to write to")
    args = parser.parse_args(argv)

    rendered = render_all()
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for sample, image, _ in rendered:
            paths.append(Path(tmp) / sample.file)
            save_png(image, paths[-1])
        if not args.no_check:
            issues = problems(paths, [truth for _, _, truth in rendered])
            if issues:
                print("The engine does not read the samples well:", *issues, sep="\n  ")
                return 1
        args.out.mkdir(parents=True, exist_ok=True)
        for path in paths:
            target = args.out / path.name
            target.write_bytes(path.read_bytes())
            print(
                f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}"
                f"  {target.stat().st_size // 1024} KB"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
