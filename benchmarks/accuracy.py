"""Accuracy of the app's CLI on the independent holdout set (see holdout.py).

    python benchmarks/accuracy.py [--count 70] [--seed 7] [--keep DIR] [--verbose]
    python benchmarks/accuracy.py --self-test      # scores the truth against itself

Generates the holdout screenshots, runs `yunbei-gui analyze --json` on them and scores the
reading of every field and the finding of private data; then runs `yunbei-gui redact
--preset official`, tries to read each private value back from the redacted pixels with
Tesseract, and re-analyses the redacted files to check the facts survive redaction.
"""

from __future__ import annotations

import argparse
import copy
import difflib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageOps

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import holdout  # noqa: E402
import holdout2  # noqa: E402

SETS = {"holdout": holdout, "holdout2": holdout2}  # --set: which generator makes the shots

OFFICIAL = frozenset({"phone", "email", "id_card", "bank_card", "real_name", "ip"})
SIMILAR = 0.85
COVER = 0.90
TARGETS = {
    "kind": 0.95,
    "balance": 0.95,
    "error_message": 0.90,
    "cause": 0.90,
    "product": 0.85,
    "cost": 0.90,
    "recall_official": 1.0,
}

Truth = dict[str, Any]
Result = dict[str, Any]
Failure = tuple[str, str, Any, Any]


# --------------------------------------------------------------------------- helpers


def norm(s: str | None) -> str:
    """Text without whitespace and punctuation, full-width folded to ASCII."""
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(ch for ch in s if not ch.isspace() and unicodedata.category(ch)[0] != "P")


def similar(expected: str | None, got: str | None) -> bool:
    if expected is None or got is None:
        return expected == got
    return difflib.SequenceMatcher(None, norm(expected), norm(got)).ratio() >= SIMILAR


def coverage(target: list[int], boxes: list[list[int]]) -> float:
    """Share of `target`'s area covered by the union of `boxes`."""
    x, y, w, h = target
    if w <= 0 or h <= 0:
        return 1.0
    mask = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(mask)
    for bx, by, bw, bh in boxes:
        left, top, right, bottom = bx - x, by - y, bx + bw - x, by + bh - y
        if right <= 0 or bottom <= 0 or left >= w or top >= h or bw <= 0 or bh <= 0:
            continue
        d.rectangle((max(left, 0), max(top, 0), min(right, w) - 1, min(bottom, h) - 1), fill=255)
    return mask.histogram()[255] / (w * h)


def deductions_match(expected: list[dict[str, Any]], got: list[dict[str, Any]]) -> bool:
    if len(expected) != len(got):
        return False
    unused = list(got)
    for e in expected:
        for g in unused:
            if (
                g.get("amount") == e["amount"]
                and g.get("time") == e["time"]
                and similar(e["label"], g.get("label") or "")
            ):
                unused.remove(g)
                break
        else:
            return False
    return True


_KEEP = re.compile(r"[^0-9A-Za-z\u3400-\u9fff]")


def readable(private_text: str, ocr_text: str) -> bool:
    """True when 4+ consecutive characters of the private value can be read back.

    Digits/letters only; spaces and punctuation ignored and `*` splits the value into
    the fragments that were actually shown. Values shorter than 4 characters (a
    two-character name) count as readable when a shown fragment of 2+ is read whole.
    """
    hay = _KEEP.sub("", ocr_text).lower()
    fragments = [_KEEP.sub("", f).lower() for f in re.split(r"\*+", private_text)]
    total = sum(len(f) for f in fragments)
    for f in fragments:
        n = 4 if total >= 4 else len(f)
        if n < 2 or len(f) < n:
            continue
        if any(f[i : i + n] in hay for i in range(len(f) - n + 1)):
            return True
    return False


def ocr_region(img: Image.Image, box: list[int], lang: str = "chi_sim+eng", psm: int = 7) -> str:
    import pytesseract

    x, y, w, h = box
    crop = img.crop(
        (max(0, x - 10), max(0, y - 10), min(img.width, x + w + 10), min(img.height, y + h + 10))
    )
    grey = ImageOps.grayscale(crop)
    hist = grey.histogram()
    mean = sum(i * n for i, n in enumerate(hist)) / max(1, sum(hist))
    if mean < 128:
        grey = ImageOps.invert(grey)
    return str(pytesseract.image_to_string(grey, lang=lang, config=f"--psm {psm}"))


def pct(ok: int, total: int) -> str:
    return f"{ok}/{total} {100 * ok / total:5.1f}%" if total else "n/a"


# --------------------------------------------------------------------------- scoring


def score(truths: list[Truth], results: dict[str, Result]) -> dict[str, Any]:
    """Score analyze results (keyed by file name) against the truth."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # metric -> [ok, total]
    fails: list[Failure] = []
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    fp_boxes = 0
    spurious: Counter[str] = Counter()

    def check(metric: str, ok: bool, name: str, exp: Any, got: Any) -> None:
        counts[metric][1] += 1
        if ok:
            counts[metric][0] += 1
        else:
            fails.append((name, metric, exp, got))

    for t in truths:
        name = t["file"]
        r = results.get(name)
        if r is None or r.get("error"):
            r = {"kind": None, "fields": {}, "sensitive": [], "error": (r or {}).get("error")}
            fails.append((name, "error", None, r["error"] or "missing from the output"))
        tf, rf = t["fields"], r.get("fields") or {}
        check("kind", r.get("kind") == t["kind"], name, t["kind"], r.get("kind"))
        if tf["balance"] is not None:
            check(
                "balance",
                rf.get("balance") == tf["balance"],
                name,
                tf["balance"],
                rf.get("balance"),
            )
        elif rf.get("balance") is not None:
            spurious["balance"] += 1
        if tf["error_message"] is not None:
            check(
                "error_message",
                similar(tf["error_message"], rf.get("error_message")),
                name,
                tf["error_message"],
                rf.get("error_message"),
            )
        if tf["cause"] is not None:
            check("cause", rf.get("cause") == tf["cause"], name, tf["cause"], rf.get("cause"))
        elif rf.get("cause") is not None:
            spurious["cause"] += 1
        if tf["product"] is not None:
            check(
                "product",
                similar(tf["product"], rf.get("product")),
                name,
                tf["product"],
                rf.get("product"),
            )
        if tf["cost"] is not None:
            check("cost", rf.get("cost") == tf["cost"], name, tf["cost"], rf.get("cost"))
        got_ts = sorted(set(rf.get("timestamps") or []))
        if tf["timestamps"]:
            check(
                "timestamps",
                got_ts == sorted(set(tf["timestamps"])),
                name,
                tf["timestamps"],
                got_ts,
            )
        elif got_ts:
            spurious["timestamps"] += 1
        got_d = rf.get("deductions") or []
        if tf["deductions"]:
            check(
                "deductions",
                deductions_match(tf["deductions"], got_d),
                name,
                tf["deductions"],
                got_d,
            )
        elif got_d:
            spurious["deductions"] += 1

        reported = [s for s in (r.get("sensitive") or []) if s.get("box")]
        all_boxes = [s["box"] for s in reported]
        off_boxes = [s["box"] for s in reported if s.get("type") in OFFICIAL]
        for s in t["sensitive"]:
            found_all = coverage(s["box"], all_boxes) >= COVER
            per_type[s["type"]][1] += 1
            per_type[s["type"]][0] += found_all
            check(
                "recall_all", found_all, name, f"{s['type']} {s['text']} {s['box']}", "not covered"
            )
            if s["type"] in OFFICIAL:
                found = coverage(s["box"], off_boxes) >= COVER
                check(
                    "recall_official",
                    found,
                    name,
                    f"{s['type']} {s['text']} {s['box']}",
                    "not covered by an official-type box",
                )
        truth_boxes = [s["box"] for s in t["sensitive"]]
        for s in reported:
            if coverage(s["box"], truth_boxes) < 0.5:
                fp_boxes += 1
                fails.append(
                    (name, "false_positive", None, f"{s.get('type')} {s.get('text')!r} {s['box']}")
                )
    return {
        "counts": dict(counts),
        "fails": fails,
        "per_type": dict(per_type),
        "fp_per_shot": fp_boxes / max(1, len(truths)),
        "fp_boxes": fp_boxes,
        "spurious": dict(spurious),
        "n": len(truths),
    }


def print_table(title: str, sc: dict[str, Any]) -> list[str]:
    """Print the score table; return the names of the targets missed."""
    counts = sc["counts"]
    missed = []
    print(f"\n{title}  ({sc['n']} screenshots)")
    print(f"{'metric':<34}{'measured':>18}{'target':>10}")
    rows = [
        ("kind", "kind"),
        ("balance (exact)", "balance"),
        ("error_message (ratio >= 0.85)", "error_message"),
        ("cause", "cause"),
        ("product (ratio >= 0.85)", "product"),
        ("cost (exact)", "cost"),
        ("timestamps (set equal)", "timestamps"),
        ("deductions (all rows right)", "deductions"),
        ("private recall, official types", "recall_official"),
        ("private recall, all types", "recall_all"),
    ]
    for label, key in rows:
        ok, total = counts.get(key, [0, 0])
        target = TARGETS.get(key)
        mark = ""
        if target is not None and total:
            mark = "ok" if ok / total >= target - 1e-9 else "MISS"
            if mark == "MISS":
                missed.append(key)
        tgt = f"{100 * target:.0f}%" if target is not None else "-"
        print(f"{label:<34}{pct(ok, total):>18}{tgt:>10}  {mark}")
    print(f"{'false-positive boxes / screenshot':<34}{sc['fp_per_shot']:>18.2f}{'-':>10}")
    if sc["spurious"]:
        extra = ", ".join(f"{k} {v}" for k, v in sorted(sc["spurious"].items()))
        print(f"{'values where truth has none':<34}{extra:>18}")
    types = "  ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(sc["per_type"].items()))
    print(f"recall by type: {types}")
    return missed


def print_fails(fails: list[Failure], truths: list[Truth]) -> None:
    if not fails:
        return
    print("\nfailing cases (file, field, expected, got):")
    for name, field, exp, got in fails:
        print(f"  {name}  {field}\n      expected: {exp!r}\n      got:      {got!r}")
    bad = {f[0] for f in fails}
    print("\nscreenshots with any miss, by condition:")
    for key in ("layout", "font", "theme", "platform", "width", "jpeg", "scale"):
        tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for t in truths:
            v = t["meta"].get(key)
            v = "yes" if key == "jpeg" and v else ("no" if key == "jpeg" else v)
            v = f"{t['kind']}:{v}" if key == "layout" else str(v)
            tally[v][1] += 1
            tally[v][0] += t["file"] in bad
        print(f"  {key:<9}" + "  ".join(f"{k} {a}/{b}" for k, (a, b) in sorted(tally.items())))


# --------------------------------------------------------------------------- the app's CLI


def cli() -> list[str]:
    """The app's command: $YUNBEI_GUI_CLI if set (e.g. "python -m yunbei_gui"), else the venv's."""
    if os.environ.get("YUNBEI_GUI_CLI"):
        return shlex.split(os.environ["YUNBEI_GUI_CLI"])
    exe = ROOT / ".venv" / ("Scripts" if os.name == "nt" else "bin") / "yunbei-gui"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("yunbei-cli") or shutil.which("yunbei-gui")
    if not found:
        sys.exit("yunbei-gui CLI not found (expected .venv/bin/yunbei-gui)")
    return [found]


def analyze(files: list[Path]) -> dict[str, Result]:
    out: dict[str, Result] = {}
    for i in range(0, len(files), 50):
        chunk = files[i : i + 50]
        proc = subprocess.run(
            [*cli(), "analyze", "--json", *map(str, chunk)],
            capture_output=True,
            text=True,
            encoding="utf-8",
        )
        try:
            doc = json.loads(proc.stdout)
        except json.JSONDecodeError:
            sys.stderr.write(proc.stderr[-3000:])
            sys.exit(f"analyze did not print JSON (exit {proc.returncode})")
        for shot in doc.get("screenshots", []):
            out[Path(shot["path"]).name] = shot
    return out


def redact(files: list[Path], out_dir: Path) -> dict[str, Path]:
    """Run the redact command; map each input file name to its redacted output."""
    out_dir.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(
        [*cli(), "redact", *map(str, files), "--out", str(out_dir), "--preset", "official"],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-3000:])
        print(f"warning: redact exited with {proc.returncode}")
    return match_outputs([f.name for f in files], out_dir)


def match_outputs(names: list[str], out_dir: Path) -> dict[str, Path]:
    images = [p for p in out_dir.rglob("*") if p.suffix.lower() in {".png", ".jpg", ".jpeg"}]
    mapping = {}
    for name in names:
        stem = Path(name).stem
        exact = [p for p in images if p.name == name]
        near = [
            p
            for p in images
            if p.stem == stem
            or p.stem.startswith(stem + "_")
            or p.stem.startswith(stem + "-")
            or p.stem.startswith(stem + ".")
        ]
        if exact or near:
            mapping[name] = (exact or sorted(near))[0]
    return mapping


def readback(truths: list[Truth], redacted: dict[str, Path], src: Path) -> tuple[int, int, list]:
    """(readable regions, official regions checked, details)."""
    n_read, n_all, details = 0, 0, []
    for t in truths:
        boxes = [s for s in t["sensitive"] if s["type"] in OFFICIAL]
        if not boxes:
            continue
        path = redacted.get(t["file"])
        if path is None:
            n_all += len(boxes)
            n_read += len(boxes)
            details.append((t["file"], "redacted file", "present", "missing"))
            continue
        img = Image.open(path).convert("RGB")
        orig = Image.open(src / t["file"])
        fx, fy = img.width / orig.width, img.height / orig.height
        for s in boxes:
            x, y, w, h = s["box"]
            box = [round(x * fx), round(y * fy), round(w * fx), round(h * fy)]
            text = ocr_region(img, box)
            leaked = readable(s["text"], text)
            if not leaked and re.search(r"[\u3400-\u9fff]", s["text"]):
                # psm 7 with chi_sim+eng often misses a short Chinese name; a second
                # reading keeps the check from passing on an unredacted name
                text = ocr_region(img, box, "chi_sim", 13)
                leaked = readable(s["text"], text)
            n_all += 1
            if leaked:
                n_read += 1
                details.append((t["file"], f"readable {s['type']}", s["text"], text.strip()))
    return n_read, n_all, details


def survive(
    truths: list[Truth], before: dict[str, Result], after: dict[str, Result]
) -> tuple[float, str]:
    ok = total = ok_of_good = good = 0
    for t in truths:
        tf = t["fields"]
        if tf["balance"] is None and tf["error_message"] is None:
            continue

        def right(res: Result | None, tf: dict[str, Any] = tf) -> bool:
            rf = (res or {}).get("fields") or {}
            return (tf["balance"] is None or rf.get("balance") == tf["balance"]) and (
                tf["error_message"] is None or similar(tf["error_message"], rf.get("error_message"))
            )

        total += 1
        ok += right(after.get(t["file"]))
        if right(before.get(t["file"])):
            good += 1
            ok_of_good += right(after.get(t["file"]))
    share = ok / total if total else 1.0
    return share, f"{pct(ok, total)}  (right before redaction: {pct(ok_of_good, good)})"


# --------------------------------------------------------------------------- self-test


def fake_results(truths: list[Truth]) -> dict[str, Result]:
    return {
        t["file"]: {
            "path": t["file"],
            "kind": t["kind"],
            "fields": copy.deepcopy(t["fields"]),
            "sensitive": copy.deepcopy(t["sensitive"]),
            "error": None,
        }
        for t in truths
    }


def perturb(results: dict[str, Result]) -> dict[str, Result]:
    out = copy.deepcopy(results)
    for i, r in enumerate(out.values()):
        f = r["fields"]
        if i % 7 == 0:
            r["kind"] = "other"
        if i % 3 == 0 and f["balance"] is not None:
            f["balance"] += 1
        if i % 2 == 0 and f["error_message"]:
            f["error_message"] = f["error_message"][: len(f["error_message"]) // 2]
        if i % 4 == 0 and f["timestamps"]:
            f["timestamps"] = f["timestamps"][1:]
        if i % 3 == 1 and f["deductions"]:
            f["deductions"][0]["amount"] = -f["deductions"][0]["amount"]
        if i % 2 == 1 and r["sensitive"]:
            r["sensitive"].pop(0)
        if i % 5 == 0:
            for s in r["sensitive"]:
                s["box"] = [s["box"][0] + s["box"][2] // 2, *s["box"][1:]]
            r["sensitive"].append({"type": "phone", "text": "x", "box": [0, 0, 40, 40]})
    return out


def self_test(count: int, seed: int, keep: Path | None, gen: Any = holdout) -> int:
    work = keep or Path(tempfile.mkdtemp(prefix="holdout_selftest_"))
    try:
        truths = gen.generate(work, count, seed)
        perfect = score(truths, fake_results(truths))
        print_table("self-test: truth scored against itself", perfect)
        assert not perfect["fails"], perfect["fails"][:5]
        for key, (ok, total) in perfect["counts"].items():
            assert ok == total, key
        worse = score(truths, perturb(fake_results(truths)))
        print_table("self-test: perturbed truth", worse)
        for key in ("kind", "balance", "error_message", "recall_official", "recall_all"):
            ok, total = worse["counts"][key]
            assert ok < total, f"perturbation not detected for {key}"
        assert worse["fp_boxes"] > 0
        # matching of redacted outputs whatever their naming
        names = [t["file"] for t in truths[:3]]
        fake_out = work / "fake_out"
        fake_out.mkdir(exist_ok=True)
        (fake_out / (Path(names[0]).stem + "_redacted.png")).write_bytes(b"")
        (fake_out / names[1]).write_bytes(b"")
        got = match_outputs(names, fake_out)
        assert set(got) == set(names[:2]), got
        shutil.rmtree(fake_out)
        # OCR read-back: originals must leak, black-boxed copies must not
        black = work / "blacked"
        black.mkdir(exist_ok=True)
        sample = [t for t in truths if any(s["type"] in OFFICIAL for s in t["sensitive"])][:8]
        for t in sample:
            img = Image.open(work / t["file"]).convert("RGB")
            d = ImageDraw.Draw(img)
            for s in t["sensitive"]:
                x, y, w, h = s["box"]
                d.rectangle((x - 3, y - 3, x + w + 3, y + h + 3), fill=(0, 0, 0))
            img.save(black / (Path(t["file"]).stem + ".png"))
        orig_map = {t["file"]: work / t["file"] for t in sample}
        n_read, n_all, _ = readback(sample, orig_map, work)
        print(f"\nread-back on UNredacted originals: {n_read}/{n_all} regions readable")
        assert n_read > n_all // 2, "OCR read-back does not read plain private values"
        n_read, n_all, det = readback(
            sample, match_outputs([t["file"] for t in sample], black), work
        )
        print(f"read-back on black-boxed copies: {n_read}/{n_all} regions readable")
        assert n_read == 0, det
        assert readable("138****5678", "138 **** 5678") and not readable("138****5678", "138")
        assert readable("张伟", "张伟") and not readable("*敏", "敏")
        assert readable("6222 0212 3456 7890", "0212") and not readable("6222 0212", "622")
        print("\nself-test passed")
        return 0
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=70)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", type=Path, help="write the set and the redacted copies here")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every failing case")
    ap.add_argument("--no-redact", action="store_true", help="skip the redaction check")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument("--self-test", action="store_true", help="score the truth against itself")
    ap.add_argument("--set", choices=sorted(SETS), default="holdout", help="which generator")
    a = ap.parse_args(argv)
    if a.self_test:
        return self_test(a.count, a.seed, a.keep, SETS[a.set])

    work = a.keep or Path(tempfile.mkdtemp(prefix="holdout_"))
    try:
        shots = work / "shots" if a.keep else work
        truths = SETS[a.set].generate(shots, a.count, a.seed)
        files = [shots / t["file"] for t in truths]
        print(f"{a.set}: {len(truths)} screenshots, seed {a.seed}, in {shots}")
        results = analyze(files)
        sc = score(truths, results)
        missed = print_table("analyze", sc)
        if a.verbose:
            print_fails(sc["fails"], truths)
        if not a.no_redact:
            red_dir = work / "redacted"
            redacted = redact(files, red_dir)
            n_read, n_all, details = readback(truths, redacted, shots)
            print("\nredaction (--preset official)")
            print(
                f"{'readable private regions':<34}{f'{n_read}/{n_all}':>18}{'0':>10}  "
                f"{'ok' if n_read == 0 else 'MISS'}"
            )
            if n_read:
                missed.append("readable regions")
            missing = [t["file"] for t in truths if t["file"] not in redacted]
            if missing:
                print(f"{'inputs without a redacted output':<34}{len(missing):>18}")
            after = analyze([redacted[t["file"]] for t in truths if t["file"] in redacted])
            after = {name: after[p.name] for name, p in redacted.items() if p.name in after}
            share, text = survive([t for t in truths if t["file"] in redacted], results, after)
            mark = "ok" if share >= 0.95 else "MISS"
            print(f"{'facts kept after redaction':<34}{text}   target 95%  {mark}")
            if mark == "MISS":
                missed.append("facts kept after redaction")
            if a.verbose and details:
                print("\nreadable regions (file, what, private text, OCR read):")
                for d in details:
                    print("  " + "  ".join(map(str, d)))
        if missed:
            print(f"\ntargets missed: {', '.join(missed)}")
        return 1 if (missed and a.strict) else 0
    finally:
        if a.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
