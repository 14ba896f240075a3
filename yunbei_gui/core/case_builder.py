"""Turn what was read from screenshots into a `Case`, and apply the user's corrections."""

from __future__ import annotations

import difflib
import re
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from yunbei_gui.core.analysis import Reading, ScreenshotReport
from yunbei_gui.core.case import Case, CaseScreenshot, Facts, Region, TimeSource
from yunbei_gui.core.case_store import CaseStore
from yunbei_gui.core.diagnosis import unrefunded_redemptions
from yunbei_gui.core.errors import YunbeiError
from yunbei_gui.core.models import PRESET_TYPES, Cause, Fields, Kind, Preset, SensitiveType
from yunbei_gui.core.names import FACT_NAMES

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-*]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")

# Facts the user may set by name (the CLI's --set FIELD=VALUE), with their types.
_INT_FACTS = {"yunbei_deducted", "balance_before", "balance_after", "attempts"}
_TEXT_FACTS = {
    "account_id",
    "bound_phone",
    "email",
    "failure_time",
    "item",
    "error_message",
    "network",
    "steps",
}


def screen_time(fields: Fields) -> str | None:
    """The first time on the screen that is a moment, not a period's bound (an activity's
    start shown on a failure page is no time the user redeemed anything)."""
    return next((t for t in fields.timestamps if t not in fields.period_times), None)


def _shot_time(report: ScreenshotReport, now: datetime) -> tuple[str, TimeSource]:
    reading, shot = report.reading, report.screenshot
    moment = screen_time(reading.fields) if reading else None
    if moment is not None:
        return moment, TimeSource.SCREEN
    if shot and shot.exif_time:
        return shot.exif_time, TimeSource.EXIF
    try:
        mtime = report.path.stat().st_mtime
        return datetime.fromtimestamp(mtime).isoformat(timespec="seconds"), TimeSource.FILE
    except OSError:
        return now.isoformat(timespec="seconds"), TimeSource.IMPORT


def add_screenshots(
    case: Case, reports: Sequence[ScreenshotReport], store: CaseStore, now: datetime | None = None
) -> list[ScreenshotReport]:
    """Copy readable screenshots into the case; returns the reports that could not be added."""
    now = now or datetime.now()
    allowed = PRESET_TYPES[case.preset]
    skipped = []
    for report in reports:
        shot, reading = report.screenshot, report.reading
        if shot is None:
            skipped.append(report)
            continue
        stored = store.add_original(case, report.path, shot.sha256)
        time, source = _shot_time(report, now)
        regions = [
            Region(s.box, s.type, enabled=s.type in allowed)
            for s in (reading.sensitive if reading else [])
        ]
        case.screenshots.append(
            CaseScreenshot(
                id=uuid.uuid4().hex[:8],
                original_path=str(report.path),
                stored_name=stored,
                sha256=shot.sha256,
                width=shot.width,
                height=shot.height,
                kind=reading.kind if reading else Kind.OTHER,
                fields=reading.fields if reading else Fields(),
                regions=regions,
                time=time,
                time_source=source,
            )
        )
    prefill_facts(case, reports)
    return skipped


def _first(values: Sequence[Any]) -> Any:
    return next((v for v in values if v not in (None, "", [])), None)


def _same_item(item: str, label: str) -> bool:
    """Does a records row's label name the item ("云贝兑换：5元手机话费券")? OCR may have
    garbled either, so half of the item's characters in order will do."""
    core = re.sub(r"\W", "", item)
    tail = re.sub(r"\W", "", label)
    if not core or not tail:
        return False
    matcher = difflib.SequenceMatcher(None, core, tail)
    return sum(b.size for b in matcher.get_matching_blocks()) >= 0.5 * len(core)


def prefill_facts(case: Case, reports: Sequence[ScreenshotReport]) -> None:
    """Fill the facts the user has not edited from what the screenshots show."""
    shots = case.screenshots
    by_kind = {k: [s for s in shots if s.kind == k] for k in Kind}
    failure = by_kind[Kind.FAILURE]
    redeem = by_kind[Kind.REDEEM]
    item = _first([s.fields.product for s in failure + redeem])
    cost = _first([s.fields.cost for s in failure + redeem])
    # the records rows of this redemption: of its price when that was read, else of its
    # item; a row of another item is no evidence of this one (a 37-云贝 体验卡 row is not
    # what a failed 690-云贝 话费券 cost)
    open_spend = unrefunded_redemptions(case, abs(cost) if cost else None)
    if not cost and item:
        open_spend = [d for d in open_spend if _same_item(item, d.label)]
    found: dict[str, Any] = {
        "error_message": _first([s.fields.error_message for s in failure]),
        "cause": _first([s.fields.cause for s in failure]),
        "item": item,
        "yunbei_deducted": _first([-d.amount for d in open_spend] + [cost]),
        "failure_time": _first(
            [s.time for s in failure if s.time_source == TimeSource.SCREEN]
            + [d.time for d in open_spend]
            + [s.time for s in failure]
        ),
        "balance_after": _first([s.fields.balance for s in by_kind[Kind.BALANCE]]),
    }
    # account facts come from the account page's private values; the user confirms them
    for report in reports:
        reading = report.reading
        if reading is None or reading.kind != Kind.ACCOUNT:
            continue
        for item in reading.sensitive:
            if not item.text:
                continue
            if item.type == SensitiveType.USER_ID:
                found["account_id"] = found.get("account_id") or item.text
            elif item.type == SensitiveType.PHONE:
                digits = "".join(c for c in item.text if c.isdigit())
                # a masked number (138****5678) is not the bound phone support asks for
                if len(digits) == 11 or (len(digits) == 13 and digits.startswith("86")):
                    found["bound_phone"] = found.get("bound_phone") or digits[-11:]

            elif item.type == SensitiveType.EMAIL:
                # OCR may add row arrows (》) around it; a masked address (zh***90@...)
                # is not the registered email support asks for
                match = _EMAIL.search("".join(item.text.split()))
                if match and "*" not in match.group(0):
                    found["email"] = found.get("email") or match.group(0)
    facts = case.facts
    for name, value in found.items():
        if value is None or name in facts.edited:
            continue
        if name == "failure_time" and isinstance(value, str):
            value = value[:16]  # to the minute
        setattr(facts, name, value)


def failure_time_guessed(case: Case) -> bool:
    """Whether the failure time filled in is only a screenshot file's own time (saved,
    copied or added), no time read on a screen: the user should check it."""
    facts = case.facts
    if not facts.failure_time or "failure_time" in facts.edited:
        return False
    minute = facts.failure_time[:16]
    read = [s.time for s in case.screenshots if s.time_source == TimeSource.SCREEN]
    read += [d.time for s in case.screenshots for d in s.fields.deductions if d.time]
    if any(t and t[:16] == minute for t in read):
        return False
    return any(
        s.time[:16] == minute
        for s in case.screenshots
        if s.time and s.time_source in (TimeSource.FILE, TimeSource.IMPORT)
    )


def apply_overrides(facts: Facts, values: Mapping[str, str]) -> None:
    """The user's own values (e.g. `--set item=黑胶VIP月卡`), marked as edited."""
    for name, raw in values.items():
        value: Any
        if name in _INT_FACTS:
            text = raw.strip().replace(",", "").replace("，", "")
            try:
                value = int(text) if text else None  # an empty entry clears the fact
            except ValueError as exc:
                label = FACT_NAMES.get(name, name)
                raise YunbeiError(f"“{label}”需要填一个整数，收到的是：{raw}") from exc
        elif name == "cause":
            try:
                value = Cause(raw)
            except ValueError as exc:
                raise YunbeiError(
                    f"原因只能是 system、account、eligibility、stock 之一，收到的是：{raw}"
                ) from exc
        elif name == "tried":
            value = [part.strip() for part in raw.replace("；", ";").split(";") if part.strip()]
        elif name in _TEXT_FACTS:
            value = raw.strip() or None
            if name == "failure_time" and value:
                try:
                    value = datetime.fromisoformat(value).isoformat(timespec="minutes")
                except ValueError as exc:
                    raise YunbeiError(
                        f"时间格式应为 2026-11-20T10:32（或 2026-11-20 10:32），收到的是：{raw}"
                    ) from exc
        else:
            known = sorted(_INT_FACTS | _TEXT_FACTS | {"cause", "tried"})
            raise YunbeiError(f"没有名为“{name}”的信息项。可用：{'、'.join(known)}")
        setattr(facts, name, value)
        facts.edited.add(name)


def case_from_reports(
    reports: Sequence[ScreenshotReport],
    store: CaseStore,
    preset: Preset = Preset.OFFICIAL,
    overrides: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> tuple[Case, list[ScreenshotReport]]:
    """A new case from analysed screenshots (facts read from them, then the user's values)."""
    case = Case.new(now=now)
    case.preset = preset
    skipped = add_screenshots(case, reports, store, now)
    if overrides:
        apply_overrides(case.facts, overrides)
    return case, skipped


# Fields of a screenshot the user may correct, with their types.
SHOT_INT_FIELDS = ("balance", "cost")
SHOT_TEXT_FIELDS = ("error_message", "product")


def apply_preset(case: Case, preset: Preset) -> None:
    """Switch the preset: automatic regions follow it; regions the user drew stay on."""
    case.preset = preset
    allowed = PRESET_TYPES[preset]
    for shot in case.screenshots:
        for region in shot.regions:
            if not region.manual and region.type is not None:
                region.enabled = region.type in allowed


def set_shot_field(case: Case, shot: CaseScreenshot, name: str, raw: str) -> None:
    """The user's correction of a field read from one screenshot; facts follow it."""
    value: Any
    text = raw.strip()
    if name in SHOT_INT_FIELDS:
        if not text:
            value = None
        else:
            try:
                value = int(text.replace(",", "").replace("，", ""))
            except ValueError as exc:
                raise YunbeiError(f"这里需要填一个整数，收到的是：{raw}") from exc
    elif name in SHOT_TEXT_FIELDS:
        value = text or None
    elif name == "cause":
        value = Cause(text) if text else None
    else:
        raise YunbeiError(f"截图上没有名为“{name}”的信息项。")
    setattr(shot.fields, name, value)
    shot.edited.add(name)
    prefill_facts(case, [])


def set_shot_kind(case: Case, shot: CaseScreenshot, kind: Kind) -> None:
    """The user says what a screenshot shows; facts follow it."""
    shot.kind = kind
    shot.edited.add("kind")
    prefill_facts(case, [])


def apply_reading(case: Case, shot: CaseScreenshot, reading: Reading | None) -> None:
    """Put a (new) reading onto a screenshot already in the case.

    Used when OCR could not run at first (no tesseract) and the user retries. What the user
    corrected stays; regions the user drew stay; automatic regions are replaced.
    """
    if reading is None:
        return
    if "kind" not in shot.edited:
        shot.kind = reading.kind
    for name in ("balance", "error_message", "cause", "product", "cost"):
        if name not in shot.edited:
            setattr(shot.fields, name, getattr(reading.fields, name))
    shot.fields.timestamps = list(reading.fields.timestamps)
    shot.fields.period_times = list(reading.fields.period_times)
    shot.fields.deductions = list(reading.fields.deductions)
    allowed = PRESET_TYPES[case.preset]
    shot.regions = [r for r in shot.regions if r.manual] + [
        Region(s.box, s.type, enabled=s.type in allowed) for s in reading.sensitive
    ]
    moment = screen_time(reading.fields)
    if moment is not None and shot.time_source != TimeSource.USER:
        shot.time, shot.time_source = moment, TimeSource.SCREEN
    prefill_facts(case, [])
