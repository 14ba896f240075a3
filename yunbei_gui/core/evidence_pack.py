"""The evidence pack: one folder to attach to an appeal.

`write_pack` turns a `Case` and its stored original screenshots into:

- ``<case-id>-证据包.pdf``: cover with the case summary, the main appeal text, the
  self-check list, diagnosis notes, one page per *redacted* screenshot with its facts and
  fingerprints, a timeline, page numbers and outline bookmarks; the CJK font is embedded;
- ``appeal-<channel>.txt`` per appeal text;
- ``manifest.json``: files and fingerprints, never OCR text or private data;
- ``<pdf name>.sha256`` in ``sha256sum`` format;
- ``<case-id>.eml``: an unsent email draft with the PDF attached (when there is an email text).

Nothing is written until every byte of every file is ready; then each file goes to a temp
file in the output folder, is fsynced and renamed. On any failure the temp files, and any
final names this call already created, are removed again.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pikepdf
from PIL import Image
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from yunbei_gui import __version__
from yunbei_gui.core.appeal import scrub
from yunbei_gui.core.case import (
    Case,
    CaseScreenshot,
    Channel,
)
from yunbei_gui.core.errors import OutputError, YunbeiError
from yunbei_gui.core.files import fsync_dir
from yunbei_gui.core.models import Preset
from yunbei_gui.core.names import (
    CAUSE_NAMES,
    CHECK_STATE_NAMES,
    KIND_NAMES,
    RESOLUTION_NAMES,
    TIME_SOURCE_NAMES,
    channel_name,
)
from yunbei_gui.core.redact import RedactionMode, encode_clean_png, redact
from yunbei_gui.core.screenshot import decode_image
from yunbei_gui.resources import cjk_font_path

__all__ = [
    "DOCUMENT_TITLE",
    "SUPPORT_EMAIL",
    "PackImage",
    "PackResult",
    "write_pack",
]

DOCUMENT_TITLE = "云贝兑换申诉证据包"
SUPPORT_EMAIL = "service@music.163.com"
MANIFEST_FORMAT = 1

FONT = "WQY"
_PAGE_W, _PAGE_H = A4
_MARGIN = 16 * mm
_FRAME_W = _PAGE_W - 2 * _MARGIN
_FRAME_H = _PAGE_H - 2 * _MARGIN - 8 * mm  # room for the page number
_MAX_DPI = 300  # images are never stored sharper than this at their printed size
_MAX_LIST = 12  # rows of read deductions shown per screenshot

DEFAULT_CHECK_TITLES: dict[str, str] = {
    "network": "网络与运行环境",
    "account": "账号状态",
    "records": "云贝收支记录",
    "rules": "商品兑换规则",
    "time_window": "活动时间范围",
    "device": "更换设备尝试",
}
_NOT_GIVEN = "（未填写）"


@dataclass
class PackImage:
    screenshot: CaseScreenshot
    original: Path  # the stored original copy


@dataclass
class PackResult:
    pdf: Path
    texts: list[Path]
    manifest: Path
    checksum: Path
    eml: Path | None


@dataclass
class _Prepared:
    """One screenshot, redacted and ready to embed."""

    index: int  # 1-based, in pack order
    shot: CaseScreenshot
    original_name: str
    original_sha256: str
    redacted_sha256: str
    regions: int  # enabled regions painted over
    indexed: Image.Image  # mode "P", possibly downscaled for print
    size: tuple[int, int]  # width, height of the redacted image
    display: tuple[float, float]  # width, height in points on the page


def write_pack(
    case: Case,
    images: Sequence[PackImage],
    appeal_texts: Mapping[str, tuple[str | None, str]],
    out_dir: Path,
    *,
    main_channel: str = "email",
    checklist_titles: Mapping[str, str] = {},
    diagnosis_notes: Sequence[str] = (),
    redaction_mode: RedactionMode = RedactionMode.BLUR,
    now: datetime | None = None,
) -> PackResult:
    """Write the evidence pack of `case` into `out_dir` (created if needed).

    Raises `OutputError` when the folder cannot be written (nothing is left under the final
    names) and `YunbeiError` when a stored original is missing or unreadable.
    """
    now = now or datetime.now()
    out_dir = Path(out_dir)
    stem = _safe_name(case.id) or "case"
    pdf_name = f"{stem}-证据包.pdf"

    prepared = _prepare_all(images, redaction_mode)
    pdf_bytes = _build_pdf(
        case,
        prepared,
        appeal_texts,
        main_channel=main_channel,
        checklist_titles=checklist_titles,
        diagnosis_notes=diagnosis_notes,
        now=now,
    )

    files: dict[str, bytes] = {pdf_name: pdf_bytes}
    text_names: list[str] = []
    for channel, (subject, body) in appeal_texts.items():
        name = f"appeal-{_safe_name(channel) or 'text'}.txt"
        files[name] = _appeal_txt(subject, body).encode("utf-8")
        text_names.append(name)
    checksum_name = f"{pdf_name}.sha256"
    files[checksum_name] = f"{_sha256(pdf_bytes)}  {pdf_name}\n".encode()
    eml_name: str | None = None
    if Channel.EMAIL.value in appeal_texts:
        eml_name = f"{stem}.eml"
        subject, body = appeal_texts[Channel.EMAIL.value]
        files[eml_name] = _build_eml(subject, body, pdf_name, pdf_bytes, now)
    files["manifest.json"] = _build_manifest(case, prepared, files, redaction_mode, now)

    _write_all(out_dir, files)
    return PackResult(
        pdf=out_dir / pdf_name,
        texts=[out_dir / n for n in text_names],
        manifest=out_dir / "manifest.json",
        checksum=out_dir / checksum_name,
        eml=out_dir / eml_name if eml_name else None,
    )


# --- screenshots -------------------------------------------------------------------------


def _shot_label(index: int, shot: CaseScreenshot) -> str:
    return f"第 {index} 张截图（{KIND_NAMES.get(shot.kind, '其他截图')}）"


def _prepare_all(images: Sequence[PackImage], mode: RedactionMode) -> list[_Prepared]:
    # Read every original first, so a missing file is reported before any heavy work.
    raw: list[bytes] = []
    for i, item in enumerate(images, start=1):
        label = _shot_label(i, item.screenshot)
        try:
            raw.append(Path(item.original).read_bytes())
        except FileNotFoundError as exc:
            raise YunbeiError(
                f"找不到{label}的原图副本，证据包没有生成。请在案件中重新导入这张截图。",
                f"{item.original}: {exc!r}",
            ) from exc
        except OSError as exc:
            raise YunbeiError(
                f"无法读取{label}的原图副本，证据包没有生成。", f"{item.original}: {exc!r}"
            ) from exc

    def work(i: int) -> _Prepared:
        return _prepare(i + 1, images[i], raw[i], mode)

    # Redaction, PNG encoding and quantizing spend most of their time in C code that
    # releases the GIL, so a few threads cut the wall time of a pack.
    workers = max(1, min(4, len(images), os.cpu_count() or 1))
    if workers == 1:
        return [work(i) for i in range(len(images))]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(work, range(len(images))))


def _prepare(index: int, item: PackImage, data: bytes, mode: RedactionMode) -> _Prepared:
    shot = item.screenshot
    label = _shot_label(index, shot)
    try:
        image, _fmt, _exif = decode_image(data, label)
    except YunbeiError as exc:
        raise YunbeiError(f"{label}的原图无法打开：{exc.message}", exc.detail) from exc
    boxes = [r.box for r in shot.regions if r.enabled]
    clean = redact(image, boxes, mode)
    png = encode_clean_png(clean)
    display = _display_size(clean.width, clean.height)
    # Never store more pixels than print at _MAX_DPI needs (very long scrolling shots).
    limit_w = display[0] * _MAX_DPI / 72
    scale = min(1.0, limit_w / clean.width)
    embed = clean
    if scale < 0.999:
        size = (max(1, round(clean.width * scale)), max(1, round(clean.height * scale)))
        embed = clean.resize(size, Image.Resampling.LANCZOS)
    indexed = _to_palette(embed)
    return _Prepared(
        index=index,
        shot=shot,
        original_name=Path(shot.original_path).name or shot.stored_name,
        original_sha256=_sha256(data),
        redacted_sha256=_sha256(png),
        regions=len(boxes),
        indexed=indexed,
        size=clean.size,
        display=display,
    )


def _to_palette(image: Image.Image) -> Image.Image:
    """256 colours without dithering (flat UI areas stay flat, text stays crisp).

    Median cut keeps faint greys apart (octree merges them into posterised blotches), but
    is slow; the palette is therefore chosen on a half-size copy, then the full image is
    mapped onto it (off by at most a few levels).
    """
    sample = image
    if image.width * image.height > 600_000:
        sample = image.resize((image.width // 2, image.height // 2), Image.Resampling.NEAREST)
    palette = sample.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    return image.quantize(palette=palette, dither=Image.Dither.NONE)


def _portrait(width: int, height: int) -> bool:
    return width < height * 0.8


# what a screenshot's page holds above and around it: the frame's padding (6 pt above and
# below), the title (34 pt with its spacing), the table cell's padding and the image's
# border; a long screenshot sized to less than this took a page of its own, its title
# alone on the page before
_SHOT_PAGE_HEAD = 60


def _display_size(width: int, height: int) -> tuple[float, float]:
    """Size in points of a screenshot on its page (see `_shot_page`)."""
    if _portrait(width, height):
        max_w, max_h = _FRAME_W * 0.56, _FRAME_H - _SHOT_PAGE_HEAD
    else:
        max_w, max_h = _FRAME_W, (_FRAME_H - _SHOT_PAGE_HEAD) * 0.55
    scale = min(max_w / width, max_h / height)
    return width * scale, height * scale


# --- PDF ---------------------------------------------------------------------------------


@cache
def _register_font() -> str:
    path = cjk_font_path()
    try:
        font = TTFont(FONT, str(path), subfontIndex=0)
    except Exception as exc:  # reportlab raises its own TTFError or IOError
        raise YunbeiError("缺少中文字体文件，无法生成 PDF。请重新安装本程序。", repr(exc)) from exc
    pdfmetrics.registerFont(font)
    # One face for every style, so <b> or <i> never falls back to Helvetica.
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
    return FONT


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body", fontName=FONT, fontSize=10.5, leading=16, wordWrap="CJK", textColor="#222222"
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=12),
        "mono": ParagraphStyle("mono", base, fontSize=7.5, leading=10, textColor="#444444"),
        "cell": ParagraphStyle("cell", base, fontSize=9.5, leading=13.5),
        "key": ParagraphStyle("key", base, fontSize=9.5, leading=13.5, textColor="#555555"),
        "title": ParagraphStyle("title", base, fontSize=24, leading=32, alignment=1, spaceAfter=6),
        "subtitle": ParagraphStyle(
            "subtitle", base, fontSize=12, leading=18, alignment=1, textColor="#666666"
        ),
        "h1": ParagraphStyle(
            "h1", base, fontSize=16, leading=22, spaceBefore=4, spaceAfter=8, textColor="#b3261e"
        ),
        "h2": ParagraphStyle("h2", base, fontSize=12.5, leading=18, spaceBefore=8, spaceAfter=4),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: escaped, line breaks kept."""
    safe = escape(text).replace("\t", "    ")
    lines = [_keep_indent(line) for line in safe.split("\n")]
    return Paragraph("<br/>".join(lines), style)


def _keep_indent(line: str) -> str:
    stripped = line.lstrip(" \u3000")
    pad = len(line) - len(stripped)
    return "&nbsp;" * pad + stripped


class _Bookmark(Flowable):  # type: ignore[misc]
    """An invisible mark: a PDF outline entry pointing at where it is drawn."""

    def __init__(self, key: str, title: str, level: int = 0) -> None:
        super().__init__()
        self.key, self.title, self.level = key, title, level
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canv: Canvas = self.canv
        canv.bookmarkPage(self.key)
        canv.addOutlineEntry(self.title, self.key, level=self.level, closed=False)


class _ShotImage(Flowable):  # type: ignore[misc]
    """The place of a screenshot on its page.

    Drawn with a 1 px wide placeholder whose height encodes the screenshot number; the
    real, palette-compressed pixels replace it afterwards (`_finish_pdf`), which keeps
    reportlab from compressing a full-size RGB copy only to throw it away.
    """

    def __init__(self, index: int, width: float, height: float) -> None:
        super().__init__()
        self.index, self.width, self.height = index, width, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv: Canvas = self.canv
        placeholder = Image.new("RGB", (1, self.index), (200, 200, 200))
        canv.drawImage(ImageReader(placeholder), 0, 0, self.width, self.height)
        canv.setStrokeColor(colors.HexColor("#9e9e9e"))
        canv.setLineWidth(0.6)
        canv.rect(-0.8, -0.8, self.width + 1.6, self.height + 1.6, stroke=1, fill=0)


def _build_pdf(
    case: Case,
    prepared: Sequence[_Prepared],
    appeal_texts: Mapping[str, tuple[str | None, str]],
    *,
    main_channel: str,
    checklist_titles: Mapping[str, str],
    diagnosis_notes: Sequence[str],
    now: datetime,
) -> bytes:
    _register_font()
    st = _styles()
    story: list[Flowable] = []

    channel = main_channel
    if channel not in appeal_texts:
        channel = next(iter(appeal_texts), main_channel)

    story += _cover(case, prepared, channel, now, st)
    if channel in appeal_texts:
        story += [PageBreak(), *_appeal_section(channel, appeal_texts, st)]
    story += [PageBreak(), *_checklist_section(case, checklist_titles, st)]
    if diagnosis_notes:
        story += _diagnosis_section(diagnosis_notes, st)
    for item in prepared:
        story += [PageBreak(), *_shot_page(item, st)]
    story += [PageBreak(), *_timeline_section(case, prepared, st)]

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN + 8 * mm,
        title=DOCUMENT_TITLE,
        author="云贝申诉助手",
        subject="云贝兑换失败申诉材料",
        keywords="云贝, 兑换失败, 申诉, 证据",
        creator=f"云贝申诉助手 yunbei-gui {__version__}",
        producer="云贝申诉助手",
        invariant=1,
        initialFontName=FONT,
    )
    doc.build(story, onFirstPage=_decorate, onLaterPages=_decorate)
    return _finish_pdf(buf.getvalue(), prepared, now)


def _decorate(canv: Canvas, doc: Any) -> None:
    canv.saveState()
    canv.setFont(FONT, 9)
    canv.setFillColor(colors.HexColor("#777777"))
    canv.drawCentredString(_PAGE_W / 2, _MARGIN - 2 * mm, f"第 {canv.getPageNumber()} 页")
    canv.setFont(FONT, 7.5)
    canv.drawString(_MARGIN, _MARGIN - 2 * mm, DOCUMENT_TITLE)
    canv.restoreState()
    if canv.getPageNumber() == 1:
        canv.showOutline()


def _table(rows: list[list[Flowable]], widths: Sequence[float], header: bool = False) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#c8c8c8")),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f1f1f1")))
    else:
        style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f6f6f6")))
    table.setStyle(TableStyle(style))
    return table


def _kv_table(pairs: Sequence[tuple[str, str]], st: Mapping[str, ParagraphStyle]) -> Table:
    rows = [[_p(k, st["key"]), _p(v, st["cell"])] for k, v in pairs]
    return _table(rows, [_FRAME_W * 0.26, _FRAME_W * 0.74])


def _cover(
    case: Case,
    prepared: Sequence[_Prepared],
    channel: str,
    now: datetime,
    st: Mapping[str, ParagraphStyle],
) -> list[Flowable]:
    f = case.facts
    request = "、".join(RESOLUTION_NAMES.get(r, str(r)) for r in case.resolutions)
    if case.request_note.strip():
        request = f"{request}（{case.request_note.strip()}）" if request else case.request_note
    pairs = [
        ("案件标题", case.title or _NOT_GIVEN),
        ("案件编号", case.id),
        ("兑换失败时间", _fmt_time(f.failure_time)),
        ("兑换商品", _safe(f.item) or _NOT_GIVEN),
        ("扣除云贝", _coins(f.yunbei_deducted)),
        ("兑换前余额", _coins(f.balance_before)),
        ("兑换后余额", _coins(f.balance_after)),
        ("尝试次数", f"{f.attempts} 次" if f.attempts is not None else _NOT_GIVEN),
        ("失败提示原文", _safe(f.error_message) or _NOT_GIVEN),
        ("初步判断的原因", CAUSE_NAMES.get(f.cause, _NOT_GIVEN) if f.cause else _NOT_GIVEN),
        ("我的诉求", request or _NOT_GIVEN),
        ("主要申诉渠道", channel_name(channel)),
        ("附带截图", f"{len(prepared)} 张（已遮盖隐私信息）"),
        ("证据包生成时间", now.strftime("%Y-%m-%d %H:%M")),
    ]
    note = (
        "说明：本文件汇总了这次云贝兑换失败的经过与截图证据。截图中的手机号、证件号等"
        "隐私信息已经用不可还原的方式遮盖；每张截图都附有原图的 SHA-256 指纹，"
        "如需核对，可以向申诉人索取原图比对。"
    )
    return [
        _Bookmark("cover", "案件概要"),
        Spacer(1, 10 * mm),
        Paragraph(DOCUMENT_TITLE, st["title"]),
        _p(case.title or "", st["subtitle"]),
        Spacer(1, 8 * mm),
        _kv_table(pairs, st),
        Spacer(1, 6 * mm),
        _p(note, st["small"]),
    ]


def _appeal_section(
    channel: str,
    appeal_texts: Mapping[str, tuple[str | None, str]],
    st: Mapping[str, ParagraphStyle],
) -> list[Flowable]:
    subject, body = appeal_texts[channel]
    out: list[Flowable] = [
        _Bookmark("appeal", "申诉正文"),
        _p(f"申诉正文（{channel_name(channel)}）", st["h1"]),
    ]
    if subject:
        out += [_kv_table([("主题", subject)], st), Spacer(1, 4 * mm)]
    # One paragraph per blank-line-separated block, so long texts split across pages.
    for block in re.split(r"\n[ \t\u3000]*\n", body.strip("\n")):
        out += [_p(block, st["body"]), Spacer(1, 2.5 * mm)]
    others = [channel_name(c) for c in appeal_texts if c != channel]
    if others:
        out += [
            Spacer(1, 4 * mm),
            _p(
                "其他渠道的文本（" + "、".join(others) + "）另存为同一文件夹中的 "
                "appeal-*.txt 文件。",
                st["small"],
            ),
        ]
    return out


def _checklist_section(
    case: Case, titles: Mapping[str, str], st: Mapping[str, ParagraphStyle]
) -> list[Flowable]:
    rows: list[list[Flowable]] = [
        [_p("序号", st["key"]), _p("检查项", st["key"]), _p("结果", st["key"]),
         _p("备注", st["key"])]
    ]  # fmt: skip
    for n, item in enumerate(case.checklist, start=1):
        title = titles.get(item.key) or DEFAULT_CHECK_TITLES.get(item.key, item.key)
        rows.append(
            [
                _p(str(n), st["cell"]),
                _p(title, st["cell"]),
                _p(CHECK_STATE_NAMES.get(item.state, str(item.state)), st["cell"]),
                _p(item.note or "", st["cell"]),
            ]
        )
    widths = [_FRAME_W * w for w in (0.08, 0.34, 0.14, 0.44)]
    return [
        _Bookmark("checklist", "自查清单"),
        _p("申诉前的自查", st["h1"]),
        _table(rows, widths, header=True),
    ]


def _diagnosis_section(notes: Sequence[str], st: Mapping[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = [
        Spacer(1, 6 * mm),
        _Bookmark("diagnosis", "问题分析"),
        _p("问题分析", st["h1"]),
    ]
    for note in notes:
        out += [_p(f"• {note}", st["body"]), Spacer(1, 1.5 * mm)]
    return out


def _safe(text: str | None) -> str:
    """Text read by OCR, with anything that looks private masked: a redacted region's
    words must not come back as PDF text through a caption."""
    return scrub(text, Preset.PUBLIC) if text else ""


def _shot_facts(item: _Prepared) -> list[tuple[str, str]]:
    shot, fl = item.shot, item.shot.fields
    pairs: list[tuple[str, str]] = [("类型", KIND_NAMES.get(shot.kind, "其他截图"))]
    if fl.product:
        pairs.append(("商品", _safe(fl.product)))
    if fl.cost is not None:
        pairs.append(("所需云贝", _coins(fl.cost)))
    if fl.balance is not None:
        pairs.append(("云贝余额", _coins(fl.balance)))
    if fl.error_message:
        pairs.append(("提示文字", _safe(fl.error_message)))
    if fl.cause:
        pairs.append(("提示对应的原因", CAUSE_NAMES.get(fl.cause, str(fl.cause))))
    if fl.timestamps:
        pairs.append(("画面中的时间", "\n".join(_fmt_time(t) for t in fl.timestamps[:6])))
    if fl.deductions:
        lines = [
            f"{d.amount:+d} 云贝  {_safe(d.label)}" + (f"  {_fmt_time(d.time)}" if d.time else "")
            for d in fl.deductions[:_MAX_LIST]
        ]
        if len(fl.deductions) > _MAX_LIST:
            lines.append(f"……另有 {len(fl.deductions) - _MAX_LIST} 条")
        pairs.append(("云贝明细", "\n".join(lines)))
    pairs.append(("截图时间", _fmt_time(shot.time)))
    pairs.append(("时间来源", TIME_SOURCE_NAMES.get(shot.time_source, str(shot.time_source))))
    pairs.append(("尺寸", f"{item.size[0]} × {item.size[1]} 像素"))
    pairs.append(("遮盖区域", f"{item.regions} 处"))
    return pairs


def _hash_lines(digest: str) -> str:
    return f"{digest[:32]}\n{digest[32:]}"


def _shot_page(item: _Prepared, st: Mapping[str, ParagraphStyle]) -> list[Flowable]:
    title = f"截图 {item.index}：{KIND_NAMES.get(item.shot.kind, '其他截图')}"
    width, height = item.display
    image = _ShotImage(item.index, width, height)
    portrait = _portrait(*item.size)
    facts = _shot_facts(item)
    hashes = [
        ("原图 SHA-256", _hash_lines(item.original_sha256)),
        ("遮盖后 PNG SHA-256", _hash_lines(item.redacted_sha256)),
    ]
    head: list[Flowable] = [_Bookmark(f"shot{item.index}", title, 0), _p(title, st["h1"])]
    if portrait:
        side_w = _FRAME_W - width - 8 * mm
        caption: list[Flowable] = []
        for key, value in facts:
            caption += [_p(key, st["key"]), _p(value, st["cell"]), Spacer(1, 1.5 * mm)]
        for key, value in hashes:
            caption += [_p(key, st["key"]), _p(value, st["mono"]), Spacer(1, 1.5 * mm)]
        body = Table([[image, caption]], colWidths=[width + 8 * mm, side_w], hAlign="LEFT")
        body.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (0, 0), 1),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return [*head, body]
    rows = [[_p(k, st["key"]), _p(v, st["cell"])] for k, v in facts]
    rows += [[_p(k, st["key"]), _p(v, st["mono"])] for k, v in hashes]
    return [
        *head,
        image,
        Spacer(1, 4 * mm),
        _table(rows, [_FRAME_W * 0.26, _FRAME_W * 0.74]),
    ]


def _timeline_section(
    case: Case, prepared: Sequence[_Prepared], st: Mapping[str, ParagraphStyle]
) -> list[Flowable]:
    events: list[tuple[str | None, str, str]] = []
    if case.facts.failure_time:
        detail = _safe(case.facts.item)
        if case.facts.error_message:
            detail = f"{detail}\n提示：{_safe(case.facts.error_message)}".strip()
        events.append((case.facts.failure_time, "兑换失败", detail))
    for item in prepared:
        source = TIME_SOURCE_NAMES.get(item.shot.time_source, str(item.shot.time_source))
        events.append(
            (item.shot.time, f"截图 {item.index}：{KIND_NAMES.get(item.shot.kind, '其他截图')}",
             f"时间来源：{source}")
        )  # fmt: skip
    for contact in case.contacts:
        parts = [
            ("工单号", contact.ticket),
            ("客服工号", contact.agent_id),
            ("承诺", contact.promised),
            ("结果", contact.outcome),
        ]
        detail = "\n".join(f"{k}：{v}" for k, v in parts if v)
        if contact.rejected:
            detail = f"{detail}\n（申诉被驳回）".strip()
        name = channel_name(contact.channel)
        events.append((contact.time, f"联系客服：{name}", detail))
    events.sort(key=lambda e: _sort_key(e[0]))

    rows: list[list[Flowable]] = [
        [_p("时间", st["key"]), _p("事件", st["key"]), _p("详情", st["key"])]
    ]
    for when, what, detail in events:
        rows.append([_p(_fmt_time(when), st["cell"]), _p(what, st["cell"]), _p(detail, st["cell"])])
    widths = [_FRAME_W * w for w in (0.24, 0.30, 0.46)]
    out: list[Flowable] = [_Bookmark("timeline", "时间线"), _p("时间线", st["h1"])]
    if len(rows) == 1:
        return [*out, _p("暂无带时间的记录。", st["body"])]
    note = _p("按时间先后排列；没有可靠时间的记录排在最后。", st["small"])
    return [*out, KeepTogether([note, Spacer(1, 2 * mm)]), _table(rows, widths, header=True)]


def _finish_pdf(data: bytes, prepared: Sequence[_Prepared], now: datetime) -> bytes:
    """Swap the placeholders for the palette images and set neutral metadata."""
    by_index = {p.index: p for p in prepared}
    with pikepdf.open(io.BytesIO(data)) as pdf:
        done: set[int] = set()
        for page in pdf.pages:
            for xobj in page.get_images().values():
                if int(xobj.get("/Width", 0)) != 1:
                    continue
                index = int(xobj.get("/Height", 0))
                if index in by_index and index not in done:
                    _embed_indexed(pdf, xobj, by_index[index].indexed)
                    done.add(index)
        if done != set(by_index):
            raise RuntimeError(f"screenshots {sorted(set(by_index) - done)} not placed in PDF")
        stamp = now.strftime("D:%Y%m%d%H%M%S")
        info = pdf.docinfo
        info["/CreationDate"] = stamp
        info["/ModDate"] = stamp
        pdf.Root.Lang = pikepdf.String("zh-CN")
        pdf.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
        pdf.Root.PageMode = pikepdf.Name.UseOutlines
        out = io.BytesIO()
        pdf.save(
            out,
            deterministic_id=True,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
            compress_streams=True,
        )
        return out.getvalue()


def _embed_indexed(pdf: pikepdf.Pdf, xobj: pikepdf.Object, image: Image.Image) -> None:
    width, height, bits, data, palette = _png_parts(image)
    colours = max(1, min(256, len(palette) // 3))
    # PNG-filtered rows are exactly what FlateDecode with a PNG predictor expects.
    xobj.write(
        data,
        filter=pikepdf.Name.FlateDecode,
        decode_parms=pikepdf.Dictionary(
            Predictor=15, Colors=1, BitsPerComponent=bits, Columns=width
        ),
    )
    for name in ("/SMask", "/Mask", "/Decode", "/Interpolate"):
        if name in xobj:
            del xobj[name]
    xobj.Width, xobj.Height, xobj.BitsPerComponent = width, height, bits
    xobj.ColorSpace = pikepdf.Array(
        [
            pikepdf.Name.Indexed,
            pikepdf.Name.DeviceRGB,
            colours - 1,
            pikepdf.String(palette[: colours * 3]),
        ]
    )


def _png_parts(image: Image.Image) -> tuple[int, int, int, bytes, bytes]:
    """Width, height, bit depth, zlib data (IDAT) and palette of a palette PNG."""
    buf = io.BytesIO()
    image.save(buf, format="PNG", compress_level=6)
    png = buf.getvalue()
    pos, idat, palette = 8, bytearray(), b""
    width = height = bits = 0
    while pos + 8 <= len(png):
        length = int.from_bytes(png[pos : pos + 4], "big")
        kind, body = png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = int.from_bytes(body[0:4], "big"), int.from_bytes(body[4:8], "big")
            bits, colour_type, interlace = body[8], body[9], body[12]
            if colour_type != 3 or interlace != 0:
                raise RuntimeError(f"unexpected PNG layout {colour_type}/{interlace}")
        elif kind == b"PLTE":
            palette = bytes(body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    if not (width and height and bits and idat and palette):
        raise RuntimeError("incomplete palette PNG")
    return width, height, bits, bytes(idat), palette


# --- the other files ---------------------------------------------------------------------


def _appeal_txt(subject: str | None, body: str) -> str:
    text = body.strip("\n") + "\n"
    if subject:
        text = f"主题：{subject}\n\n{text}"
    return text


def _build_eml(
    subject: str | None, body: str, pdf_name: str, pdf_bytes: bytes, now: datetime
) -> bytes:
    msg = EmailMessage()
    msg["To"] = SUPPORT_EMAIL
    msg["Subject"] = subject or "【云贝兑换申诉】云贝兑换失败"
    msg["Date"] = format_datetime(now.astimezone() if now.tzinfo is None else now)
    msg["X-Unsent"] = "1"
    msg.set_content(body.strip("\n") + "\n", charset="utf-8")
    msg.add_attachment(pdf_bytes, maintype="application", subtype="pdf", filename=pdf_name)
    return msg.as_bytes(policy=SMTP)


def _build_manifest(
    case: Case,
    prepared: Sequence[_Prepared],
    files: Mapping[str, bytes],
    mode: RedactionMode,
    now: datetime,
) -> bytes:
    manifest = {
        "format": MANIFEST_FORMAT,
        "generator": f"yunbei-gui {__version__}",
        "case_id": case.id,
        "created": now.isoformat(timespec="seconds"),
        "redaction_mode": mode.value,
        "files": [
            {"name": name, "size": len(data), "sha256": _sha256(data)}
            for name, data in files.items()
        ],
        "screenshots": [
            {
                "index": p.index,
                "original_name": p.original_name,
                "original_sha256": p.original_sha256,
                "redacted_png_sha256": p.redacted_sha256,
                "kind": p.shot.kind.value,
                "time": p.shot.time,
                "time_source": p.shot.time_source.value,
                "width": p.size[0],
                "height": p.size[1],
                "regions_redacted": p.regions,
            }
            for p in prepared
        ],
    }
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --- writing -----------------------------------------------------------------------------


def _write_all(out_dir: Path, files: Mapping[str, bytes]) -> None:
    """Stage every file as a temp file, then rename them all; undo everything on failure."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _output_error(exc, out_dir) from exc
    staged: dict[str, str] = {}
    placed: list[Path] = []
    try:
        for name, data in files.items():
            staged[name] = _stage(out_dir, name, data)
        for name, tmp in staged.items():
            final = out_dir / name
            os.replace(tmp, final)
            placed.append(final)
        fsync_dir(out_dir)
    except OSError as exc:
        _cleanup(staged.values(), placed)
        raise _output_error(exc, out_dir) from exc
    except BaseException:
        _cleanup(staged.values(), placed)
        raise


def _stage(out_dir: Path, name: str, data: bytes) -> str:
    fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=".yunbei-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def _cleanup(temps: Any, placed: Sequence[Path]) -> None:
    for tmp in temps:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    for path in placed:
        with contextlib.suppress(OSError):
            path.unlink()


def _output_error(exc: OSError, out_dir: Path) -> OutputError:
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        message = f"磁盘空间不足，证据包没有保存。请清理空间或换一个文件夹：{out_dir}"
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
        message = f"没有权限写入这个文件夹，证据包没有保存。请换一个文件夹：{out_dir}"
    else:
        message = f"无法写入证据包，文件没有保存：{out_dir}"
    return OutputError(message, repr(exc))


# --- small helpers -----------------------------------------------------------------------


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _safe_name(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z_\-]", "_", text.strip())[:64]


def _coins(value: int | None) -> str:
    return _NOT_GIVEN if value is None else f"{value} 云贝"


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _fmt_time(value: str | None) -> str:
    parsed = _parse_time(value)
    if parsed is None:
        return value or _NOT_GIVEN
    return parsed.strftime("%Y-%m-%d %H:%M:%S" if parsed.second else "%Y-%m-%d %H:%M")


def _sort_key(value: str | None) -> tuple[int, datetime]:
    parsed = _parse_time(value)
    if parsed is None:
        return (1, datetime.min)
    return (0, parsed.replace(tzinfo=None))
