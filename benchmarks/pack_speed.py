"""Size and writing time of an evidence pack of five 1080x2340 screenshots.

    python benchmarks/pack_speed.py [--runs 3]

OCR is done (and cached) first; only `export_case` is timed. Targets: at most 1.5 MB and
under 1.5 s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import screens  # noqa: E402

from yunbei_gui.core.analysis import analyze  # noqa: E402
from yunbei_gui.core.case_builder import case_from_reports  # noqa: E402
from yunbei_gui.core.case_store import CaseStore  # noqa: E402
from yunbei_gui.core.export import export_case  # noqa: E402
from yunbei_gui.core.ocr import OcrEngine  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = []
        for i, kind in enumerate(("failure", "records", "account", "balance", "redeem")):
            paths.append(folder / f"{kind}.png")
            screens.render(kind, seed=i, width=1080).image.save(paths[-1])
        store = CaseStore(folder / "cases")
        case, _ = case_from_reports(analyze(paths, OcrEngine(cache_dir=folder / "c")), store)
        now = datetime(2026, 11, 24, 10, 0)
        times = []
        for run in range(args.runs):
            start = time.perf_counter()
            result = export_case(case, store, folder / f"out{run}", now=now)
            times.append(time.perf_counter() - start)
        size = result.pdf.stat().st_size
    print(f"pack of {len(paths)} screenshots 1080x2340, best of {args.runs}")
    print(f"PDF size : {size / 1e6:.2f} MB (target <= 1.5 MB)")
    print(f"write    : {min(times):.2f} s (first run {times[0]:.2f} s; target < 1.5 s)")


if __name__ == "__main__":
    main()
