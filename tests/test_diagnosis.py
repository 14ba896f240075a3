"""Diagnosis of a case: cause, 云贝 records, refund window and peak hours."""

from __future__ import annotations

from datetime import datetime

import pytest

from yunbei_gui.core.case import CHECK_KEYS, Case, CaseScreenshot
from yunbei_gui.core.diagnosis import Situation, checklist_items, diagnose
from yunbei_gui.core.models import Cause, Deduction, Fields, Kind

NOW = datetime(2025, 6, 10, 15, 0)


def _shot(kind: Kind, fields: Fields, n: int = 0) -> CaseScreenshot:
    return CaseScreenshot(
        id=f"s{n}",
        original_path=f"/tmp/s{n}.png",
        stored_name=f"s{n}.png",
        sha256="0" * 64,
        width=1080,
        height=2340,
        kind=kind,
        fields=fields,
    )


def _case(*rows: Deduction, deducted: int | None = None) -> Case:
    case = Case.new(now=NOW)
    case.facts.yunbei_deducted = deducted
    case.screenshots.append(_shot(Kind.RECORDS, Fields(deductions=list(rows))))
    return case


@pytest.mark.parametrize(
    ("cause", "title", "checks"),
    [
        (Cause.SYSTEM, "系统技术问题", ["network", "device"]),
        (Cause.ACCOUNT, "账户状态异常", ["account"]),
        (Cause.ELIGIBILITY, "云贝数量不足或资格不符", ["rules", "records"]),
        (Cause.STOCK, "商品库存与活动规则限制", ["rules", "time_window"]),
    ],
)
def test_cause_from_facts(cause: Cause, title: str, checks: list[str]) -> None:
    case = Case.new(now=NOW)
    case.facts.cause = cause
    result = diagnose(case, NOW)
    assert result.cause is cause
    assert result.cause_title == title
    assert result.priority_checks == checks
    assert result.cause_advice
    assert result.notes[0] == result.cause_advice


def test_cause_from_screenshot_when_facts_empty() -> None:
    case = Case.new(now=NOW)
    case.screenshots.append(_shot(Kind.OTHER, Fields(cause=Cause.STOCK), 1))
    case.screenshots.append(_shot(Kind.FAILURE, Fields(cause=Cause.ACCOUNT), 2))
    # The failure prompt wins over other screenshots.
    assert diagnose(case, NOW).cause is Cause.ACCOUNT
    case.facts.cause = Cause.SYSTEM
    assert diagnose(case, NOW).cause is Cause.SYSTEM


def test_unknown_cause_checks_everything() -> None:
    result = diagnose(Case.new(now=NOW), NOW)
    assert result.cause is None
    assert result.priority_checks == list(CHECK_KEYS)
    assert result.situation is Situation.UNKNOWN
    assert result.within_24h is None
    assert result.peak_hour is None


def test_deducted_not_delivered() -> None:
    case = _case(Deduction(-300, "兑换黑胶VIP月卡", "2025-06-09 10:05"), deducted=300)
    result = diagnose(case, NOW)
    assert result.situation is Situation.DEDUCTED_NOT_DELIVERED
    assert "扣除未到账" in result.situation_note


def test_refunded_after_deduction() -> None:
    case = _case(
        Deduction(200, "兑换失败退回", "2025-06-09 12:00"),
        Deduction(-200, "兑换黑胶VIP月卡", "2025-06-09 10:05"),
    )
    assert diagnose(case, NOW).situation is Situation.REFUNDED


def test_refund_of_other_amount_does_not_count() -> None:
    case = _case(
        Deduction(-200, "兑换黑胶VIP月卡", "2025-06-09 10:05"),
        Deduction(50, "云贝退还", "2025-06-09 12:00"),
    )
    assert diagnose(case, NOW).situation is Situation.DEDUCTED_NOT_DELIVERED


def test_refund_before_deduction_does_not_count() -> None:
    case = _case(
        Deduction(-200, "兑换黑胶VIP月卡", "2025-06-09 10:05"),
        Deduction(200, "退款", "2025-06-01 12:00"),
    )
    assert diagnose(case, NOW).situation is Situation.DEDUCTED_NOT_DELIVERED


def test_not_deducted() -> None:
    case = _case(Deduction(10, "每日签到", "2025-06-09 08:00"), Deduction(-5, "打赏", None))
    assert diagnose(case, NOW).situation is Situation.NOT_DEDUCTED


def test_deduction_of_other_amount_is_not_this_redemption() -> None:
    case = _case(Deduction(-100, "兑换优惠券", "2025-06-01 09:00"), deducted=300)
    assert diagnose(case, NOW).situation is Situation.NOT_DEDUCTED


def test_row_seen_on_two_screenshots_counts_once() -> None:
    row = Deduction(-300, "兑换黑胶VIP月卡", "2025-06-09 10:05")
    case = _case(row, Deduction(300, "兑换失败返还", "2025-06-09 11:00"))
    case.screenshots.append(_shot(Kind.RECORDS, Fields(deductions=[row]), 3))
    assert diagnose(case, NOW).situation is Situation.REFUNDED


def test_within_24h_edges() -> None:
    case = Case.new(now=NOW)
    case.facts.failure_time = "2025-06-09T15:01"
    result = diagnose(case, NOW)
    assert result.within_24h is True
    assert "24小时" in result.within_24h_note
    case.facts.failure_time = "2025-06-09T15:00"  # exactly 24 h ago
    assert diagnose(case, NOW).within_24h is False


@pytest.mark.parametrize(
    ("clock", "peak"),
    [("09:59", False), ("10:00", True), ("11:59", True), ("12:00", False), ("20:30", True)],
)
def test_peak_hour_edges(clock: str, peak: bool) -> None:
    case = Case.new(now=NOW)
    case.facts.failure_time = f"2025-06-08T{clock}"
    result = diagnose(case, NOW)
    assert result.peak_hour is peak
    assert result.peak_note in result.notes


def test_checklist_loads_in_order() -> None:
    items = checklist_items()
    assert tuple(i.key for i in items) == CHECK_KEYS
    for item in items:
        assert item.title and item.guidance and item.what_to_keep
