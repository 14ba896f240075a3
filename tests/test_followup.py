"""Follow-up: reply due times on the real Chinese calendar, overdue contacts, next action."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import chinese_calendar
import pytest

from yunbei_gui.core.case import Case, Channel, Contact
from yunbei_gui.core.followup import (
    COMPANY,
    is_working_day,
    next_steps,
    nth_working_day_after,
)


def _case(*contacts: Contact, failure: str | None = "2025-06-09T10:05") -> Case:
    case = Case.new(now=datetime(2025, 6, 9, 12, 0))
    case.facts.failure_time = failure
    case.contacts.extend(contacts)
    return case


def test_refund_window_and_waiting_first() -> None:
    case = _case()
    now = datetime(2025, 6, 9, 20, 0)
    result = next_steps(case, now)
    assert result.refund_window_end == datetime(2025, 6, 10, 10, 5)
    assert result.next_action.channel is None
    assert "等待" in result.next_action.title


def test_appeal_after_window() -> None:
    result = next_steps(_case(), datetime(2025, 6, 10, 10, 6))  # a Tuesday
    assert result.next_action.channel is Channel.EMAIL
    assert "service@music.163.com" in result.next_action.detail


def test_appeal_on_a_holiday_names_next_working_day() -> None:
    result = next_steps(_case(failure="2025-09-30T10:00"), datetime(2025, 10, 3, 9, 0))
    assert result.next_action.channel is Channel.EMAIL
    assert "10月9日" in result.next_action.detail


def test_email_due_across_weekend() -> None:
    # Friday 2025-11-07: the next working days are Mon 10, Tue 11, Wed 12.
    sent = datetime(2025, 11, 7, 16, 0)
    assert sent.weekday() == 4
    result = next_steps(_case(Contact(Channel.EMAIL, sent.isoformat())), sent)
    due = result.dues[0]
    assert due.expected_from is not None and due.due is not None
    assert due.expected_from.date() == date(2025, 11, 10)
    assert due.due.date() == date(2025, 11, 12)
    assert all(chinese_calendar.is_workday(d) for d in (date(2025, 11, 10), date(2025, 11, 12)))
    assert not chinese_calendar.is_workday(date(2025, 11, 8))
    assert not result.calendar_fallback


def test_email_due_across_national_day_2025() -> None:
    # Tuesday 2025-09-30 is the last working day before the Oct 1-8 holiday;
    # Oct 11 (a Saturday) is a make-up working day.
    sent = datetime(2025, 9, 30, 15, 0)
    assert all(not chinese_calendar.is_workday(date(2025, 10, d)) for d in range(1, 9))
    assert chinese_calendar.is_workday(date(2025, 10, 11))
    assert date(2025, 10, 11).weekday() == 5
    due = next_steps(_case(Contact(Channel.EMAIL, sent.isoformat())), sent).dues[0]
    assert due.expected_from is not None and due.due is not None
    assert due.expected_from.date() == date(2025, 10, 9)
    assert due.due.date() == date(2025, 10, 11)


def test_email_due_counts_makeup_sunday_before_holiday() -> None:
    # Friday 2025-09-26: Sunday Sep 28 is a make-up working day.
    assert chinese_calendar.is_workday(date(2025, 9, 28))
    assert nth_working_day_after(date(2025, 9, 26), 1) == (date(2025, 9, 28), False)
    assert nth_working_day_after(date(2025, 9, 26), 3) == (date(2025, 9, 30), False)


def test_in_app_due_in_24h_and_overdue_follow_up() -> None:
    contact = Contact(Channel.IN_APP, "2025-06-10T11:00", ticket="T123456")
    case = _case(contact)
    fresh = next_steps(case, datetime(2025, 6, 11, 10, 59))
    assert fresh.dues[0].due == datetime(2025, 6, 11, 11, 0)
    assert fresh.overdue == []
    assert fresh.next_action.title == "等待回复"

    late = next_steps(case, datetime(2025, 6, 11, 11, 1))
    assert late.overdue == [contact]
    assert late.next_action.channel is Channel.IN_APP
    assert "T123456" in late.next_action.detail


def test_followed_up_contact_is_not_overdue_again() -> None:
    first = Contact(Channel.IN_APP, "2025-06-10T11:00")
    second = Contact(Channel.IN_APP, "2025-06-11T12:00")
    result = next_steps(_case(first, second), datetime(2025, 6, 11, 13, 0))
    assert result.overdue == []


def test_12315_due_is_an_estimate_in_working_days() -> None:
    sent = datetime(2025, 9, 30, 9, 0)
    due = next_steps(_case(Contact(Channel.C12315, sent.isoformat())), sent).dues[0]
    assert due.estimate
    assert "估算" in due.note
    assert due.due is not None
    expected, _ = nth_working_day_after(sent.date(), 7)
    assert due.due.date() == expected == date(2025, 10, 16)


@pytest.mark.parametrize(
    ("channels", "expected"),
    [
        ([Channel.EMAIL], Channel.ESCALATION),
        ([Channel.EMAIL, Channel.ESCALATION], Channel.C12315),
        ([Channel.EMAIL, Channel.ESCALATION, Channel.C12315], Channel.HEIMAO),
        ([Channel.IN_APP, Channel.C12315], Channel.HEIMAO),
        ([Channel.EMAIL, Channel.ESCALATION, Channel.C12315, Channel.HEIMAO], None),
    ],
)
def test_escalation_order_after_rejection(
    channels: list[Channel], expected: Channel | None
) -> None:
    start = datetime(2025, 6, 10, 9, 0)
    contacts = [
        Contact(ch, (start + timedelta(days=i)).isoformat(), rejected=True)
        for i, ch in enumerate(channels)
    ]
    action = next_steps(_case(*contacts), start + timedelta(days=30)).next_action
    assert action.channel is expected
    if expected is Channel.C12315:
        assert COMPANY in action.detail


def test_rejected_contact_is_not_overdue() -> None:
    contact = Contact(Channel.EMAIL, "2025-06-10T09:00", rejected=True, outcome="已驳回")
    result = next_steps(_case(contact), datetime(2025, 7, 1, 9, 0))
    assert result.overdue == []
    assert result.next_action.channel is Channel.ESCALATION


def test_unsupported_year_falls_back_to_weekdays() -> None:
    day = date(2040, 3, 2)  # a Friday; chinese_calendar has no data for 2040
    assert day.weekday() == 4
    with pytest.raises(NotImplementedError):
        chinese_calendar.is_workday(day)
    assert is_working_day(day) == (True, True)
    assert is_working_day(date(2040, 3, 3)) == (False, True)
    sent = datetime(2040, 3, 2, 10, 0)
    result = next_steps(_case(Contact(Channel.EMAIL, sent.isoformat())), sent)
    due = result.dues[0]
    assert due.due is not None and due.due.date() == date(2040, 3, 7)
    assert result.calendar_fallback
    assert "周一至周五" in due.note
