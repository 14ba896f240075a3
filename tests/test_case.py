"""A case lasts: saved atomically, never overwritten when damaged or newer, pre-filled from
the screenshots, and every pre-filled value can be overridden."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import screens

from yunbei_gui.core.analysis import analyze
from yunbei_gui.core.case import (
    Case,
    CaseScreenshot,
    Channel,
    CheckState,
    Contact,
    Region,
    TimeSource,
)
from yunbei_gui.core.case_builder import (
    apply_overrides,
    case_from_reports,
    failure_time_guessed,
    prefill_facts,
    screen_time,
)
from yunbei_gui.core.case_store import CASE_FILE, CaseStore
from yunbei_gui.core.errors import (
    CaseDamagedError,
    CaseNotFoundError,
    CaseVersionError,
    OutputError,
    YunbeiError,
)
from yunbei_gui.core.models import Box, Cause, Deduction, Fields, Kind, Preset, SensitiveType
from yunbei_gui.core.ocr import OcrEngine

NOW = datetime(2026, 11, 20, 12, 0)


def _shot(kind: Kind, fields: Fields, name: str = "a", **extra: Any) -> CaseScreenshot:
    """A case's screenshot of `kind` with `fields` read from it."""
    sha = hashlib.sha256(name.encode()).hexdigest()
    return CaseScreenshot(
        name, f"{name}.png", f"{name}.png", sha, 1080, 2340, kind, fields, **extra
    )


def _sample_case() -> Case:
    case = Case.new(now=NOW)
    case.facts.account_id = "1234567890"
    case.facts.cause = Cause.STOCK
    case.facts.tried = ["切换网络", "重启应用"]
    case.facts.edited.add("account_id")
    case.checklist[0].state = CheckState.DONE
    case.checklist[0].note = "已切换到 4G"
    case.contacts.append(Contact(Channel.IN_APP, "2026-11-20T11:00", ticket="T-889"))
    return case


def test_json_round_trip_keeps_everything() -> None:
    case = _sample_case()
    again = Case.from_json(json.loads(json.dumps(case.to_json(), ensure_ascii=False)))
    assert again == case
    assert case.to_json()["format"] == 1


def test_missing_facts_are_reported_by_name() -> None:
    case = _sample_case()
    assert "account_id" not in case.missing_facts()
    assert {"item", "failure_time", "yunbei_deducted"} <= set(case.missing_facts())


def test_save_and_load(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "cases")
    case = _sample_case()
    path = store.save(case, now=NOW)
    assert store.load(case.id) == case
    assert [s.id for s in store.list()] == [case.id]
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_crash_while_saving_keeps_the_last_good_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = CaseStore(tmp_path / "cases")
    case = _sample_case()
    store.save(case, now=NOW)
    before = (store.folder(case.id) / CASE_FILE).read_bytes()
    case.facts.item = "黑胶VIP月卡"

    def crash(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OutputError) as info:
        store.save(case, now=NOW)
    assert "无法保存" in info.value.message
    assert (store.folder(case.id) / CASE_FILE).read_bytes() == before
    assert [p.name for p in store.folder(case.id).iterdir()] == [CASE_FILE]  # no temp left


def test_damaged_case_is_reported_and_never_overwritten(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "cases")
    case = _sample_case()
    store.save(case, now=NOW)
    path = store.folder(case.id) / CASE_FILE
    path.write_bytes(b'{"format": 1, "id": "x"')  # cut off mid-write by another program
    with pytest.raises(CaseDamagedError) as info:
        store.load(case.id)
    assert "损坏" in info.value.message
    with pytest.raises(CaseDamagedError):
        store.save(case, now=NOW)
    assert path.read_bytes() == b'{"format": 1, "id": "x"'
    assert store.list()[0].problem


def test_case_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "cases")
    case = _sample_case()
    store.save(case, now=NOW)
    path = store.folder(case.id) / CASE_FILE
    data = json.loads(path.read_text("utf-8"))
    data["format"] = 99
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(CaseVersionError) as info:
        store.load(case.id)
    assert "升级" in info.value.message
    with pytest.raises(CaseVersionError):
        store.save(case, now=NOW)
    assert json.loads(path.read_text("utf-8"))["format"] == 99


def test_unknown_and_malicious_ids_are_refused(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "cases")
    with pytest.raises(CaseNotFoundError):
        store.load("nope")
    with pytest.raises(CaseNotFoundError):
        store.load("../etc")


def test_delete(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "cases")
    case = _sample_case()
    store.save(case, now=NOW)
    store.delete(case.id)
    assert store.list() == []


def test_overrides_are_typed_and_marked(tmp_path: Path) -> None:
    case = _sample_case()
    apply_overrides(
        case.facts,
        {
            "item": "黑胶VIP月卡",
            "yunbei_deducted": "1,280",
            "failure_time": "2026-11-20 10:32",
            "cause": "system",
        },
    )
    assert case.facts.yunbei_deducted == 1280
    assert case.facts.failure_time == "2026-11-20T10:32"
    assert case.facts.cause == Cause.SYSTEM
    assert {"item", "yunbei_deducted", "failure_time", "cause"} <= case.facts.edited
    with pytest.raises(YunbeiError):
        apply_overrides(case.facts, {"yunbei_deducted": "很多"})
    with pytest.raises(YunbeiError) as info:
        apply_overrides(case.facts, {"shoe_size": "42"})
    assert "没有名为" in info.value.message


@pytest.fixture(scope="module")
def reports(engine: OcrEngine, tmp_path_factory: pytest.TempPathFactory) -> list:
    folder = tmp_path_factory.mktemp("case-shots")
    paths = []
    for kind, kw in (
        ("failure", {"seed": 1}),
        ("records", {"seed": 1}),
        ("account", {"seed": 1}),
        ("balance", {"seed": 1}),
    ):
        path = folder / f"{kind}.png"
        screens.render(kind, width=1080, **kw).image.save(path)
        paths.append(path)
    return analyze(paths, engine)


def test_facts_are_prefilled_from_the_screenshots_and_user_values_win(
    reports: list, tmp_path: Path
) -> None:
    store = CaseStore(tmp_path / "cases")
    case, skipped = case_from_reports(reports, store, Preset.OFFICIAL, {"attempts": "3"}, now=NOW)
    assert skipped == []
    assert len(case.screenshots) == 4
    kinds = [s.kind for s in case.screenshots]
    assert Kind.FAILURE in kinds
    failure = next(s for s in case.screenshots if s.kind == Kind.FAILURE)
    assert case.facts.error_message == failure.fields.error_message
    assert case.facts.cause == failure.fields.cause
    assert case.facts.item
    assert case.facts.attempts == 3 and "attempts" in case.facts.edited
    # the originals are copied into the case, the user's files stay as they were
    for shot, report in zip(case.screenshots, reports, strict=True):
        copy = store.original_path(case, shot)
        assert copy.read_bytes() == report.path.read_bytes()
        assert shot.time_source in (TimeSource.SCREEN, TimeSource.FILE)
    # an edited fact survives a new pre-fill
    apply_overrides(case.facts, {"item": "我自己填写的商品"})
    prefill_facts(case, reports)
    assert case.facts.item == "我自己填写的商品"


def test_regions_follow_the_preset_and_can_be_switched(reports: list, tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "cases")
    case, _ = case_from_reports(reports, store, Preset.OFFICIAL, now=NOW)
    account = next(s for s in case.screenshots if s.kind == Kind.ACCOUNT)
    enabled = {r.type for r in account.regions if r.enabled}
    disabled = {r.type for r in account.regions if not r.enabled}
    assert SensitiveType.PHONE in enabled
    assert SensitiveType.NICKNAME in disabled  # public-only types start switched off
    account.regions.append(Region(Box(10, 10, 50, 20), None, manual=True))
    store.save(case, now=NOW)
    assert store.load(case.id).screenshots == case.screenshots


def test_prefilled_email_loses_ocr_arrows_and_a_masked_one_is_not_used() -> None:
    from yunbei_gui.core.analysis import Reading, ScreenshotReport
    from yunbei_gui.core.case import Case
    from yunbei_gui.core.case_builder import prefill_facts
    from yunbei_gui.core.models import Box, Fields, Kind, Sensitive, SensitiveType

    def report(text: str) -> ScreenshotReport:
        sensitive = [Sensitive(SensitiveType.EMAIL, text, Box(0, 0, 10, 10))]
        return ScreenshotReport(
            Path("a.png"), reading=Reading(Kind.ACCOUNT, Fields(), sensitive, "")
        )

    case = Case.new()
    prefill_facts(case, [report("music_ fan88@163.com》")])
    assert case.facts.email == "music_fan88@163.com"
    masked = Case.new()
    prefill_facts(masked, [report("zh***90@yeah.net》")])
    assert masked.facts.email is None


def test_the_deduction_prefilled_is_the_row_of_this_redemption_not_of_another_item() -> None:
    failure = Fields(error_message="本商品仅限新用户兑换", product="5元手机话费券", cost=690)
    other_item = Deduction(-37, "兑换 黑胶VIP 7天体验卡", "2025-03-27T22:36")
    this_item = Deduction(-690, "云贝兑换：5元手机话费券", "2025-04-02T10:15")

    case = Case.new(now=NOW)
    case.screenshots = [
        _shot(Kind.FAILURE, failure),
        _shot(Kind.RECORDS, Fields(deductions=[other_item])),
    ]
    prefill_facts(case, [])
    # a row of another item is no evidence of this one: the price read on the prompt
    assert case.facts.yunbei_deducted == 690
    assert case.facts.failure_time != "2025-03-27T22:36"

    case.screenshots[1].fields.deductions.append(this_item)
    prefill_facts(case, [])
    assert case.facts.yunbei_deducted == 690
    assert case.facts.failure_time == "2025-04-02T10:15"

    # without a price read, the row naming the item is the one
    case.screenshots[0].fields.cost = None
    case.facts = type(case.facts)()
    prefill_facts(case, [])
    assert case.facts.failure_time == "2025-04-02T10:15"
    assert case.facts.yunbei_deducted == 690


def test_a_failure_time_that_is_only_the_files_own_time_is_flagged_for_checking() -> None:
    failure = _shot(
        Kind.FAILURE,
        Fields(error_message="本商品仅限新用户兑换", product="5元手机话费券"),
        time="2026-12-07T01:25:13",
        time_source=TimeSource.FILE,
    )
    case = Case.new(now=NOW)
    case.screenshots = [failure]
    prefill_facts(case, [])
    assert case.facts.failure_time is not None
    assert failure_time_guessed(case)  # no time on any screen: the file's own
    # a time read on a screen is no guess
    failure.time_source = TimeSource.SCREEN
    assert not failure_time_guessed(case)
    # nor a records row's time the prefill took
    failure.time_source = TimeSource.FILE
    records = _shot(
        Kind.RECORDS,
        Fields(deductions=[Deduction(-690, "兑换 5元手机话费券", "2025-04-02T10:15")]),
        "b",
    )
    case.screenshots.append(records)
    case.facts = type(case.facts)()
    prefill_facts(case, [])
    assert case.facts.failure_time == "2025-04-02T10:15"
    assert not failure_time_guessed(case)
    # and once the user typed the time, it is theirs
    case.screenshots.pop()
    case.facts = type(case.facts)()
    prefill_facts(case, [])
    apply_overrides(case.facts, {"failure_time": "2026-12-06 20:10"})
    assert not failure_time_guessed(case)


def test_an_activitys_start_on_a_failure_page_is_not_taken_for_the_failure_time() -> None:
    period = ["2026-08-01T00:00", "2026-08-30T23:59"]
    assert screen_time(Fields(timestamps=period, period_times=period)) is None
    moment = Fields(timestamps=[*period, "2025-09-18T01:30:52"], period_times=period)
    assert screen_time(moment) == "2025-09-18T01:30:52"
    # a case saved with the period marked keeps it
    case = Case.new(now=NOW)
    case.screenshots = [_shot(Kind.FAILURE, Fields(timestamps=period, period_times=period))]
    again = Case.from_json(case.to_json())
    assert again.screenshots[0].fields.period_times == period
