"""Speed of `analyze` against raw tesseract, and of a cached re-analysis.

    python benchmarks/ocr_speed.py [--runs 3]

Five 1080x2340 screenshots (one per main kind) are rendered, then timed:
  raw:      `tesseract IMG - -l chi_sim` run one after another (OMP_THREAD_LIMIT=1)
  analyze:  `yunbei-gui analyze --json` on the five, with an empty cache (wall time,
            interpreter start included)
  cached:   analyze() again in-process with the cache filled (what re-opening costs)
Targets: analyze <= 0.75x raw on 2 cores; cached re-analysis of 5 under 0.3 s.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import screens  # noqa: E402

from yunbei_gui.core.analysis import analyze  # noqa: E402
from yunbei_gui.core.ocr import OcrEngine  # noqa: E402

KINDS = ("failure", "balance", "records", "account", "redeem")


def cli() -> list[str]:
    exe = Path(sys.executable).with_name("yunbei-gui")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "yunbei_gui"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="repetitions; the best is kept")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = []
        for i, kind in enumerate(KINDS):
            path = folder / f"{kind}.png"
            screens.render(kind, seed=i, width=1080).image.save(path)
            paths.append(path)
        env = dict(os.environ, OMP_THREAD_LIMIT="1")

        raw_times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            for path in paths:
                subprocess.run(
                    ["tesseract", str(path), "-", "-l", "chi_sim"],
                    env=env,
                    capture_output=True,
                    check=True,
                )
            raw_times.append(time.perf_counter() - start)
        raw = min(raw_times)

        ours_times = []
        for run in range(args.runs):
            cache = folder / f"cache{run}"
            start = time.perf_counter()
            subprocess.run(
                [*cli(), "analyze", "--json", *map(str, paths)],
                env=dict(os.environ, XDG_CACHE_HOME=str(cache)),
                capture_output=True,
                check=True,
            )
            ours_times.append(time.perf_counter() - start)
        ours = min(ours_times)

        engine = OcrEngine(cache_dir=folder / "warm")
        analyze(paths, engine)  # fill the cache
        cached_times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            reports = analyze(paths, engine)
            cached_times.append(time.perf_counter() - start)
            assert all(r.reading for r in reports)
        cached = min(cached_times)

    print(f"cores: {os.cpu_count()}, images: {len(paths)} x 1080x2340, best of {args.runs}")
    print(f"raw tesseract, sequential : {raw:6.2f} s")
    print(f"yunbei-gui analyze (cold) : {ours:6.2f} s   ratio {ours / raw:.2f}x (target <= 0.75x)")
    print(f"re-analysis from cache    : {cached:6.3f} s   (target < 0.3 s)")


if __name__ == "__main__":
    main()
