"""The shared vocabulary of the core: boxes, OCR words, fields read, private data found."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True, order=True)
class Box:
    """An axis-aligned rectangle in original-image pixels."""

    x: int
    y: int
    w: int
    h: int

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h

    @property
    def area(self) -> int:
        return max(0, self.w) * max(0, self.h)

    @classmethod
    def from_edges(cls, left: int, top: int, right: int, bottom: int) -> Box:
        return cls(left, top, max(0, right - left), max(0, bottom - top))

    @classmethod
    def around(cls, boxes: Iterable[Box]) -> Box:
        """The smallest box holding all of `boxes` (at least one)."""
        it = iter(boxes)
        out = next(it)
        for box in it:
            out = out.union(box)
        return out

    def vertical_overlap(self, other: Box) -> int:
        """Pixels the two boxes share vertically (negative: the gap between them)."""
        return min(self.bottom, other.bottom) - max(self.y, other.y)

    def horizontal_gap(self, other: Box) -> int:
        """Pixels between the two boxes side by side (negative: they overlap so much)."""
        return max(other.x - self.right, self.x - other.right)

    def union(self, other: Box) -> Box:
        return Box.from_edges(
            min(self.x, other.x),
            min(self.y, other.y),
            max(self.right, other.right),
            max(self.bottom, other.bottom),
        )

    def intersection(self, other: Box) -> Box | None:
        left, top = max(self.x, other.x), max(self.y, other.y)
        right, bottom = min(self.right, other.right), min(self.bottom, other.bottom)
        if right <= left or bottom <= top:
            return None
        return Box.from_edges(left, top, right, bottom)

    def contains(self, other: Box) -> bool:
        return (
            self.x <= other.x
            and self.y <= other.y
            and self.right >= other.right
            and self.bottom >= other.bottom
        )

    def padded(self, px: int) -> Box:
        return Box(self.x - px, self.y - px, self.w + 2 * px, self.h + 2 * px)

    def clipped(self, width: int, height: int) -> Box:
        return Box.from_edges(
            max(0, self.x), max(0, self.y), min(width, self.right), min(height, self.bottom)
        )

    def as_list(self) -> list[int]:
        return [self.x, self.y, self.w, self.h]


class Kind(StrEnum):
    """What a screenshot shows."""

    FAILURE = "failure"
    REDEEM = "redeem"
    BALANCE = "balance"
    RECORDS = "records"
    ACCOUNT = "account"
    NETWORK = "network"
    OTHER = "other"


class Cause(StrEnum):
    """The four causes of a failed redemption (see the domain page)."""

    SYSTEM = "system"
    ACCOUNT = "account"
    ELIGIBILITY = "eligibility"
    STOCK = "stock"


class SensitiveType(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    ID_CARD = "id_card"
    BANK_CARD = "bank_card"
    REAL_NAME = "real_name"
    IP = "ip"
    USER_ID = "user_id"
    NICKNAME = "nickname"
    ORDER_ID = "order_id"


class Preset(StrEnum):
    """Which private data to hide: for the support email or for public sites."""

    OFFICIAL = "official"
    PUBLIC = "public"


PRESET_TYPES: dict[Preset, frozenset[SensitiveType]] = {
    Preset.OFFICIAL: frozenset(
        {
            SensitiveType.PHONE,
            SensitiveType.EMAIL,
            SensitiveType.ID_CARD,
            SensitiveType.BANK_CARD,
            SensitiveType.REAL_NAME,
            SensitiveType.IP,
        }
    ),
    Preset.PUBLIC: frozenset(SensitiveType),
}


@dataclass(frozen=True)
class OcrWord:
    """One word as Tesseract reported it (Han spaces already removed at line level)."""

    text: str
    box: Box
    conf: float
    block: int
    par: int
    line: int


@dataclass(frozen=True)
class Deduction:
    """One row of the 云贝 records list: negative amount = spent, positive = received."""

    amount: int
    label: str
    time: str | None


@dataclass
class Fields:
    """The facts read from one screenshot; None where absent."""

    balance: int | None = None
    error_message: str | None = None
    cause: Cause | None = None
    product: str | None = None
    cost: int | None = None
    timestamps: list[str] = field(default_factory=list)
    deductions: list[Deduction] = field(default_factory=list)
    # of `timestamps`, those that bound a period (an activity's 开始/结束, a validity
    # window, coins due to expire): no moment the user did something
    period_times: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Sensitive:
    """A piece of private data found on a screenshot.

    `text` is what OCR read ("" when only a private label was seen and the value was not
    readable); `box` covers the value in original-image pixels.
    """

    type: SensitiveType
    text: str
    box: Box
