"""Cases on disk: one folder per case with `case.json` and copies of the original files.

Every write is atomic (temporary file, fsync, rename), so a crash at any moment leaves the
last good state. A file written by a newer app version, or a damaged one, is reported and
never overwritten. Folders and files are readable by the owner only.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from yunbei_gui.core.case import CASE_FORMAT_VERSION, Case, CaseScreenshot
from yunbei_gui.core.errors import (
    CaseDamagedError,
    CaseNotFoundError,
    CaseVersionError,
    OutputError,
)
from yunbei_gui.core.files import atomic_write

CASE_FILE = "case.json"
ORIGINALS = "originals"


def default_root() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("yunbei-gui", appauthor=False)) / "cases"


def _private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    if sys.platform != "win32":
        os.chmod(path, 0o700)


@dataclass(frozen=True)
class CaseSummary:
    id: str
    title: str
    updated: str
    problem: str | None = None  # why it cannot be opened, if it cannot


class CaseStore:
    """The folder holding all cases."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or default_root()

    def folder(self, case_id: str) -> Path:
        if not case_id or any(c in case_id for c in "/\\.") or case_id != case_id.strip():
            raise CaseNotFoundError(f"案件编号无效：{case_id}")
        return self.root / case_id

    def _read_json(self, case_id: str) -> dict[str, object]:
        path = self.folder(case_id) / CASE_FILE
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise CaseNotFoundError(f"找不到这个案件：{case_id}") from exc
        except OSError as exc:
            raise CaseDamagedError(f"无法读取案件文件：{path}", repr(exc)) from exc
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise CaseDamagedError(
                f"案件文件已损坏，无法打开：{path}。文件保持原样，未做任何改动。", repr(exc)
            ) from exc
        if not isinstance(data, dict):
            raise CaseDamagedError(f"案件文件已损坏，无法打开：{path}")
        version = data.get("format")
        if not isinstance(version, int):
            raise CaseDamagedError(f"案件文件缺少版本信息，无法打开：{path}")
        if version > CASE_FORMAT_VERSION:
            raise CaseVersionError(
                f"这个案件由更新版本的云贝申诉助手保存，请先升级本程序再打开：{path}"
            )
        return data

    def load(self, case_id: str) -> Case:
        data = self._read_json(case_id)
        try:
            return Case.from_json(data)
        except (KeyError, TypeError, ValueError) as exc:
            raise CaseDamagedError(
                f"案件文件内容不完整，无法打开：{case_id}。文件保持原样。", repr(exc)
            ) from exc

    def save(self, case: Case, now: datetime | None = None) -> Path:
        """Write the case. Refuses to replace a file it cannot read (newer or damaged)."""
        folder = self.folder(case.id)
        path = folder / CASE_FILE
        if path.exists():
            self._read_json(case.id)  # raises for a newer or damaged file: keep it
        case.updated = (now or datetime.now()).isoformat(timespec="seconds")
        data = json.dumps(case.to_json(), ensure_ascii=False, indent=1).encode("utf-8")
        try:
            _private_dir(self.root)
            _private_dir(folder)
            atomic_write(path, data)
            if sys.platform != "win32":
                os.chmod(path, 0o600)
        except OSError as exc:
            raise OutputError(
                f"无法保存案件（磁盘已满或没有写入权限？）：{path}", repr(exc)
            ) from exc
        return path

    def list(self) -> list[CaseSummary]:
        """All cases, newest first; a case that cannot be opened is listed with the reason."""
        if not self.root.is_dir():
            return []
        found = []
        for folder in self.root.iterdir():
            if not (folder / CASE_FILE).is_file():
                continue
            try:
                data = self._read_json(folder.name)
                found.append(
                    CaseSummary(
                        folder.name, str(data.get("title", "")), str(data.get("updated", ""))
                    )
                )
            except (CaseDamagedError, CaseVersionError, CaseNotFoundError) as exc:
                found.append(CaseSummary(folder.name, "", "", exc.message))
        return sorted(found, key=lambda s: s.updated, reverse=True)

    def delete(self, case_id: str) -> None:
        folder = self.folder(case_id)
        if not folder.is_dir():
            raise CaseNotFoundError(f"找不到这个案件：{case_id}")
        shutil.rmtree(folder)

    def duplicate(self, case_id: str, now: datetime | None = None) -> Case:
        """A copy of a saved case under a new id, with its own copies of the screenshots."""
        case = self.load(case_id)
        source = self.folder(case_id) / ORIGINALS
        copy = Case.new(now=now)
        case.id, case.created = copy.id, copy.created
        case.title = f"{case.title}（副本）" if case.title else "云贝兑换申诉（副本）"
        target = self.folder(case.id)
        try:
            _private_dir(self.root)
            _private_dir(target)
            if source.is_dir():
                shutil.copytree(source, target / ORIGINALS)
        except OSError as exc:
            shutil.rmtree(target, ignore_errors=True)
            raise OutputError(
                f"无法复制案件（磁盘已满或没有写入权限？）：{target}", repr(exc)
            ) from exc
        self.save(case, now)
        return case

    def add_original(self, case: Case, source: Path, sha256: str) -> str:
        """Copy a user's file into the case (their file stays where it is). Returns its name."""
        folder = self.folder(case.id) / ORIGINALS
        name = f"{sha256[:16]}{source.suffix.lower() or '.img'}"
        target = folder / name
        if target.exists():
            return name
        try:
            _private_dir(self.root)
            _private_dir(self.folder(case.id))
            _private_dir(folder)
            atomic_write(target, source.read_bytes())
        except OSError as exc:
            raise OutputError(f"无法复制截图到案件文件夹：{source.name}", repr(exc)) from exc
        return name

    def original_path(self, case: Case, shot: CaseScreenshot) -> Path:
        return self.folder(case.id) / ORIGINALS / shot.stored_name
