"""Keep the English translation of the window in step with its Chinese source texts.

The window's texts are written in Simplified Chinese inside ``self.tr("…")``,
``QCoreApplication.translate(context, "…")``, ``QT_TRANSLATE_NOOP(context, "…")`` or the
module-level helper ``widgets.tr("…")``. English is the one translation:

* ``resources/i18n/yunbei_en.ts``  the texts and their English (XML, edited, committed)
* ``resources/i18n/yunbei_en.qm``  compiled from the .ts; what the app loads (committed, so
  a fresh checkout runs without the Qt tools)

Workflow, from the repository root, after changing UI texts::

    .venv/bin/python scripts/i18n.py update     # collect texts from yunbei_gui/ui/*.py
    .venv/bin/python scripts/i18n.py todo /tmp/todo.json   # untranslated texts, as JSON
    #   fill in "translation" in /tmp/todo.json (or translate in pyside6-linguist)
    .venv/bin/python scripts/i18n.py fill /tmp/todo.json   # write them into the .ts
    .venv/bin/python scripts/i18n.py release    # compile the .qm
    .venv/bin/python scripts/i18n.py check      # exit 1 while anything is untranslated

``update`` runs ``pyside6-lupdate -no-obsolete``: existing translations are kept, texts no
longer in the code are dropped, new ones are added as unfinished. ``tests/test_i18n_samples.py``
fails when the .qm does not match the .ts, so do not forget ``release``.

One detail: lupdate files the texts of the module-level ``widgets.tr()`` under an empty
context, while that helper translates them at run time under the context "yunbei". The .ts
keeps them under "yunbei"; ``update`` renames the context around the lupdate run.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES_DIR = ROOT / "yunbei_gui" / "ui"
I18N_DIR = ROOT / "resources" / "i18n"
TS = I18N_DIR / "yunbei_en.ts"
QM = I18N_DIR / "yunbei_en.qm"
HELPER_CONTEXT = "yunbei"  # the default context of yunbei_gui.ui.widgets.tr()

_EMPTY_NAME = "<name></name>"
_HELPER_NAME = f"<name>{HELPER_CONTEXT}</name>"


def tool(name: str) -> str:
    """A Qt tool from the project's venv, else from PATH."""
    for candidate in (ROOT / ".venv" / "bin" / name, Path(sys.executable).parent / name):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install the dev dependencies (scripts/bootstrap.sh)")
    return found


def update(ts: Path = TS) -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in SOURCES_DIR.glob("*.py"))
    ts.parent.mkdir(parents=True, exist_ok=True)
    if ts.exists():
        ts.write_text(ts.read_text("utf-8").replace(_HELPER_NAME, _EMPTY_NAME), "utf-8")
    try:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources,
                "-ts",
                str(ts.relative_to(ROOT)),
                "-no-obsolete",
                "-locations",
                "relative",
                "-source-language",
                "zh_CN",
                "-target-language",
                "en",
            ],
            cwd=ROOT,
            check=True,
        )
    finally:
        if ts.exists():
            ts.write_text(ts.read_text("utf-8").replace(_EMPTY_NAME, _HELPER_NAME), "utf-8")


def release(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
        check=True,
    )


@dataclass
class Entry:
    context: str
    source: str
    comment: str
    translation: str
    finished: bool


def entries(ts: Path = TS) -> list[Entry]:
    """Every current message of the .ts (obsolete and vanished ones left out)."""
    result = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            kind = node.get("type", "") if node is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            text = (node.text or "") if node is not None else ""
            result.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    text,
                    kind != "unfinished" and bool(text.strip()),
                )
            )
    return result


def unfinished(ts: Path = TS) -> list[Entry]:
    return [e for e in entries(ts) if not e.finished]


def write_todo(out: Path, ts: Path = TS) -> int:
    todo = [
        {"context": e.context, "source": e.source, "comment": e.comment, "translation": ""}
        for e in unfinished(ts)
    ]
    out.write_text(json.dumps(todo, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return len(todo)


def fill(translations: list[dict[str, str]], ts: Path = TS) -> tuple[int, list[str]]:
    """Write translations ({context, source, comment?, translation}) into the .ts.

    Returns how many were written and the sources not found in the .ts. Empty translations
    are ignored. Run `update` afterwards to restore lupdate's exact formatting.
    """
    wanted = {
        (t["context"], t["source"], t.get("comment", "")): t["translation"]
        for t in translations
        if t.get("translation", "").strip()
    }
    tree = ET.parse(ts)
    written = 0
    seen = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if key not in wanted:
                continue
            node = message.find("translation")
            if node is None:
                node = ET.SubElement(message, "translation")
            node.text = wanted[key]
            node.attrib.pop("type", None)
            written += 1
            seen.add(key)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
    missing = [k[1] for k in wanted if k not in seen]
    return written, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="English translation of the window.")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="collect the texts of yunbei_gui/ui/*.py into the .ts")
    sub.add_parser("release", help="compile the .ts into the .qm the app loads")
    check = sub.add_parser("check", help="count untranslated texts (exit 1 if any)")
    check.add_argument("-v", "--verbose", action="store_true", help="list them")
    todo = sub.add_parser("todo", help="write the untranslated texts to a JSON file")
    todo.add_argument("out", type=Path)
    fill_cmd = sub.add_parser("fill", help="write translations from a JSON file into the .ts")
    fill_cmd.add_argument("json", type=Path)
    args = parser.parse_args(argv)

    if args.command == "update":
        update()
    elif args.command == "release":
        release()
    elif args.command == "check":
        todo_entries = unfinished()
        total = len(entries())
        print(f"{len(todo_entries)} of {total} texts untranslated in {TS.relative_to(ROOT)}")
        if args.verbose:
            for e in todo_entries:
                print(f"  [{e.context}] {e.source}")
        return 1 if todo_entries else 0
    elif args.command == "todo":
        n = write_todo(args.out)
        print(f"{n} untranslated texts written to {args.out}")
    elif args.command == "fill":
        written, missing = fill(json.loads(args.json.read_text("utf-8")))
        print(f"{written} translations written")
        for source in missing:
            print(f"  not in the .ts (changed or removed?): {source}")
        update()  # back to lupdate's formatting
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
