"""Compare Tesseract settings on rendered phone screenshots: how much drawn text comes back.

    python benchmarks/ocr_settings.py [--count 4] [--configs "LANG:PSM:THRESHOLDING:GREY,..."]

For every drawn string (status bar excluded) the best character overlap with one OCR
line is measured; private values, prices, balances and error texts are reported apart,
since those are what the app depends on. Prints recall and seconds per image.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import pytesseract  # noqa: E402
import screens  # noqa: E402

from yunbei_gui.core.ocr import OcrPage, OcrSettings, parse_tsv, prepare  # noqa: E402


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if not c.isspace())


def recall(target: str, lines: list[str]) -> float:
    t = norm(target)
    if not t:
        return 1.0
    best = 0
    for line in lines:
        sm = difflib.SequenceMatcher(None, t, norm(line), autojunk=False)
        best = max(best, sum(b.size for b in sm.get_matching_blocks()))
    return best / len(t)


def build_set(count: int) -> list[tuple[str, object, list[str], list[str]]]:
    items = []
    for seed in range(count):
        for kind in screens.all_kinds():
            width = (720, 1080, 1440)[seed % 3]
            theme = ("light", "dark")[(seed // 2) % 2]
            overlay = "toast" if kind == "failure" and seed % 2 else None
            shot, drawn = screens.render_debug(
                kind, seed=seed, width=width, theme=theme, overlay=overlay
            )
            top_layer = max((layer for _, _, layer in drawn), default=0)
            visible = [
                text
                for box, text, layer in drawn
                if box[1] > shot.image.height * 0.035
                and layer == top_layer
                and len(norm(text)) >= 2
            ]
            t = shot.truth
            key = [s.text for s in t.sensitive]
            key += [x for x in (t.product, t.error_message) if x]
            key += [d.label for d in t.deductions]
            image = shot.image if seed % 4 != 3 else screens.jpeg_forward(shot.image, 70)
            items.append((f"{kind}-{seed}-{width}-{theme}", image, visible, key))
    return items


def run(
    items: list, lang: str, psm: int, thresh: int, grey: str
) -> tuple[float, float, float, float]:
    settings = OcrSettings(
        lang=lang, psm=psm, extra=("-c", f"thresholding_method={thresh}"), grey=grey
    )
    os.environ["OMP_THREAD_LIMIT"] = "1"

    def one(item: tuple) -> tuple[list[str], float]:
        grey, _ = prepare(item[1], settings)
        start = time.perf_counter()
        data = pytesseract.image_to_data(
            grey,
            lang=lang,
            config=f"--psm {psm} -c thresholding_method={thresh}",
            output_type=pytesseract.Output.DICT,
        )
        elapsed = time.perf_counter() - start
        page = OcrPage(grey.width, grey.height, False, parse_tsv(data))
        return [ln.text for ln in page.lines()], elapsed

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        results = list(pool.map(one, items))
    all_r = [
        recall(s, lines)
        for (_, _, vis, _), (lines, _) in zip(items, results, strict=True)
        for s in vis
    ]
    key_r = [
        recall(s, lines)
        for (_, _, _, key), (lines, _) in zip(items, results, strict=True)
        for s in key
    ]
    key_exact = [r >= 0.999 for r in key_r]
    secs = sum(t for _, t in results) / len(results)
    return (
        sum(all_r) / len(all_r),
        sum(key_r) / len(key_r),
        sum(key_exact) / len(key_exact),
        secs,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=4, help="seeds per kind (7 kinds each)")
    parser.add_argument(
        "--configs",
        default="chi_sim:3:2:luma,chi_sim:11:2:luma,chi_sim:11:2:luma-dark,chi_sim:11:2:luma-bgsub,"
        "chi_sim+eng:11:2:luma-bgsub",
    )
    args = parser.parse_args()
    items = build_set(args.count)
    print(f"{len(items)} screenshots (720/1080/1440, light/dark, some JPEG-forwarded)")
    print(
        f"{'lang':12s} {'psm':>3s} {'thr':>3s} {'grey':>10s} {'all text':>9s} "
        f"{'key chars':>9s} {'key exact':>9s} {'s/img':>6s}"
    )
    for spec in args.configs.split(","):
        lang, psm, thresh, grey = [*spec.split(":"), OcrSettings().grey][:4]
        a, k, e, s = run(items, lang, int(psm), int(thresh), grey)
        print(
            f"{lang:12s} {psm:>3s} {thresh:>3s} {grey:>10s} {a:9.1%} {k:9.1%} {e:9.1%} {s:6.2f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
