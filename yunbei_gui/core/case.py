"""A `Case`: everything about one failed redemption, as the user and the screenshots tell it.

Plain data with a JSON form (`to_json` / `from_json`); storing it on disk is the job of
`core/case_store.py`, writing texts from it the job of `core/appeal.py`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import StrEnum
from typing import Any

from yunbei_gui.core.models import Box, Cause, Deduction, Fields, Kind, Preset, SensitiveType

CASE_FORMAT_VERSION = 1


class TimeSource(StrEnum):
    """Where a screenshot's time came from, weakest last."""

    SCREEN = "screen"  # read from the screenshot itself
    EXIF = "exif"  # the photo's EXIF time
    FILE = "file"  # the file's modification time
    IMPORT = "import"  # when the user added it
    USER = "user"  # typed in by the user


class CheckState(StrEnum):
    OPEN = "open"
    DONE = "done"
    PROBLEM = "problem"  # the check found a problem
    NOT_APPLICABLE = "not_applicable"


class Channel(StrEnum):
    EMAIL = "email"
    IN_APP = "in_app"
    WEIBO = "weibo"
    C12315 = "12315"
    HEIMAO = "heimao"  # 黑猫投诉
    ESCALATION = "escalation"


class Resolution(StrEnum):
    RETURN_COINS = "return_coins"  # 退还云贝
    REDEEM_AGAIN = "redeem_again"  # 重新兑换 / 补发商品
    COMPENSATION = "compensation"  # 赔偿
    EXPLANATION = "explanation"  # 说明原因


# The six self-checks of the domain, in order; their texts live in resources/checklist.json.
CHECK_KEYS = ("network", "account", "records", "rules", "time_window", "device")


@dataclass
class Region:
    """A redaction region on a screenshot, found automatically or drawn by the user."""

    box: Box
    type: SensitiveType | None  # None for a region the user drew
    enabled: bool = True  # the user may switch an automatic region off
    manual: bool = False


@dataclass
class CaseScreenshot:
    id: str
    original_path: str  # where the user's file was; never modified
    stored_name: str  # the copy inside the case folder
    sha256: str
    width: int
    height: int
    kind: Kind
    fields: Fields
    regions: list[Region] = field(default_factory=list)
    time: str | None = None  # ISO 8601
    time_source: TimeSource = TimeSource.IMPORT
    edited: set[str] = field(default_factory=set)  # names of `fields` the user typed over


# Facts, each optional; `Facts.edited` names those the user typed over a read value.
@dataclass
class Facts:
    account_id: str | None = None  # 网易云音乐 ID
    bound_phone: str | None = None
    email: str | None = None
    failure_time: str | None = None  # ISO 8601, to the minute
    item: str | None = None
    yunbei_deducted: int | None = None
    balance_before: int | None = None
    balance_after: int | None = None
    attempts: int | None = None
    error_message: str | None = None
    cause: Cause | None = None
    tried: list[str] = field(default_factory=list)  # what the user already tried
    network: str | None = None  # e.g. "Wi-Fi", "4G"
    steps: str | None = None  # steps to reproduce
    edited: set[str] = field(default_factory=set)


# Facts an appeal cannot do without.
REQUIRED_FACTS = (
    "account_id",
    "bound_phone",
    "failure_time",
    "item",
    "yunbei_deducted",
    "error_message",
)


@dataclass
class CheckItem:
    key: str  # one of CHECK_KEYS
    state: CheckState = CheckState.OPEN
    note: str = ""


@dataclass
class Contact:
    """One contact with support: when, where, and what came of it."""

    channel: Channel
    time: str  # ISO 8601
    ticket: str = ""
    agent_id: str = ""  # 工号
    promised: str = ""
    outcome: str = ""  # e.g. "等待回复", "已驳回", "已退还"
    rejected: bool = False


@dataclass
class Case:
    id: str
    title: str
    created: str
    updated: str
    preset: Preset = Preset.OFFICIAL
    screenshots: list[CaseScreenshot] = field(default_factory=list)
    facts: Facts = field(default_factory=Facts)
    checklist: list[CheckItem] = field(default_factory=lambda: [CheckItem(k) for k in CHECK_KEYS])
    resolutions: list[Resolution] = field(default_factory=lambda: [Resolution.RETURN_COINS])
    request_note: str = ""
    contacts: list[Contact] = field(default_factory=list)
    redaction_mode: str = "blur"  # a `core.redact.RedactionMode` value

    @classmethod
    def new(cls, title: str = "云贝兑换申诉", now: datetime | None = None) -> Case:
        stamp = (now or datetime.now()).isoformat(timespec="seconds")
        return cls(id=uuid.uuid4().hex[:12], title=title, created=stamp, updated=stamp)

    def missing_facts(self) -> list[str]:
        """Names of the required facts that are still empty."""
        return [name for name in REQUIRED_FACTS if getattr(self.facts, name) in (None, "", [])]

    def to_json(self) -> dict[str, Any]:
        return {"format": CASE_FORMAT_VERSION, **_dump(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Case:
        return _load_case(data)


def _dump(value: Any) -> Any:
    """Dataclasses, enums, sets and boxes to plain JSON values."""
    if isinstance(value, Box):
        return value.as_list()
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, set):
        return sorted(value)
    if isinstance(value, list):
        return [_dump(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _dump(getattr(value, f.name)) for f in fields(value)}
    return value


def _fields_from(data: dict[str, Any]) -> Fields:
    return Fields(
        balance=data.get("balance"),
        error_message=data.get("error_message"),
        cause=Cause(data["cause"]) if data.get("cause") else None,
        product=data.get("product"),
        cost=data.get("cost"),
        timestamps=list(data.get("timestamps", [])),
        period_times=list(data.get("period_times", [])),
        deductions=[
            Deduction(int(d["amount"]), str(d["label"]), d.get("time"))
            for d in data.get("deductions", [])
        ],
    )


def _load_case(data: dict[str, Any]) -> Case:
    facts = dict(data.get("facts", {}))
    cause = facts.pop("cause", None)
    edited = set(facts.pop("edited", []))
    shots = [
        CaseScreenshot(
            id=s["id"],
            original_path=s["original_path"],
            stored_name=s["stored_name"],
            sha256=s["sha256"],
            width=int(s["width"]),
            height=int(s["height"]),
            kind=Kind(s["kind"]),
            fields=_fields_from(s.get("fields", {})),
            regions=[
                Region(
                    Box(*r["box"]),
                    SensitiveType(r["type"]) if r.get("type") else None,
                    bool(r.get("enabled", True)),
                    bool(r.get("manual", False)),
                )
                for r in s.get("regions", [])
            ],
            time=s.get("time"),
            time_source=TimeSource(s.get("time_source", TimeSource.IMPORT)),
            edited=set(s.get("edited", [])),
        )
        for s in data.get("screenshots", [])
    ]
    return Case(
        id=str(data["id"]),
        title=str(data.get("title", "")),
        created=str(data["created"]),
        updated=str(data["updated"]),
        preset=Preset(data.get("preset", Preset.OFFICIAL)),
        screenshots=shots,
        facts=Facts(**facts, cause=Cause(cause) if cause else None, edited=edited),
        checklist=[
            CheckItem(c["key"], CheckState(c.get("state", CheckState.OPEN)), c.get("note", ""))
            for c in data.get("checklist", [])
        ],
        resolutions=[Resolution(r) for r in data.get("resolutions", [])],
        request_note=str(data.get("request_note", "")),
        redaction_mode=str(data.get("redaction_mode", "blur")),
        contacts=[
            Contact(
                Channel(c["channel"]),
                c["time"],
                c.get("ticket", ""),
                c.get("agent_id", ""),
                c.get("promised", ""),
                c.get("outcome", ""),
                bool(c.get("rejected", False)),
            )
            for c in data.get("contacts", [])
        ],
    )
