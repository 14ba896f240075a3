"""The evidence pack: files, fonts, text, metadata, redaction and failure handling."""

from __future__ import annotations

import email
import errno
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
from datetime import datetime
from email import policy
from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from yunbei_gui.core.case import (
    Case,
    CaseScreenshot,
    Channel,
    CheckItem,
    CheckState,
    Contact,
    Facts,
    Region,
    Resolution,
    TimeSource,
)
from yunbei_gui.core.errors import OutputError, YunbeiError
from yunbei_gui.core.evidence_pack import DOCUMENT_TITLE, PackImage, write_pack
from yunbei_gui.core.models import Box, Cause, Deduction, Fields, Kind, SensitiveType
from yunbei_gui.resources import cjk_font_path

PHONE = "13812345678"
ID_NUMBER = "110101199003071234"
NOW = datetime(2024, 5, 2, 9, 30)
BODY_LINES = [
    "客服您好：",
    "我于 2024 年 5 月 1 日 20:15 在云贝商城兑换黑胶VIP月卡，",
    "页面提示“服务器繁忙，请稍后重试”，但 300 云贝已被扣除，会员没有到账。",
    "恳请核实后退还云贝。",
]
BODY = "\n".join([*BODY_LINES[:2], BODY_LINES[2], "", BODY_LINES[3]])
SUBJECT = "【云贝兑换申诉】云贝已扣除但黑胶VIP未到账"
PREVIEW = Path("/tmp/pack_preview")


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_font_path()), size, index=0)


def _draw_screen(width: int, height: int, seed: int) -> tuple[Image.Image, dict[str, Box]]:
    """An account page with a phone and an ID number; returns their exact boxes."""
    rng = random.Random(seed)
    img = Image.new("RGB", (width, height), (247, 247, 247))
    draw = ImageDraw.Draw(img)
    s = width / 1080
    draw.rectangle((0, 0, width, int(90 * s)), fill=(236, 65, 65))  # status + title bar
    draw.text((int(40 * s), int(100 * s)), "账号信息", font=_font(int(56 * s)), fill=(30, 30, 30))
    # A product "photo": smooth noise, the least compressible part of a real screenshot.
    photo = Image.effect_noise((int(600 * s), int(360 * s)), 60).convert("RGB")
    photo = photo.filter(ImageFilter.GaussianBlur(6 * s))
    tint = Image.new("RGB", photo.size, (rng.randint(60, 200), 120, rng.randint(60, 200)))
    img.paste(Image.blend(photo, tint, 0.6), (int(240 * s), int(220 * s)))
    boxes: dict[str, Box] = {}
    rows = [
        ("昵称", "云贝用户小明"),
        ("手机号", PHONE),
        ("身份证号", ID_NUMBER),
        ("实名认证", "已认证"),
        ("云贝余额", f"{rng.randint(10, 900)} 云贝"),
    ]
    font = _font(int(44 * s))
    y = int(640 * s)
    for label, value in rows:
        draw.rectangle((0, y - int(20 * s), width, y + int(80 * s)), fill=(255, 255, 255))
        draw.text((int(40 * s), y), label, font=font, fill=(90, 90, 90))
        x = int(330 * s)
        draw.text((x, y), value, font=font, fill=(20, 20, 20))
        left, top, right, bottom = draw.textbbox((x, y), value, font=font)
        if label == "手机号":
            boxes["phone"] = Box.from_edges(left - 4, top - 4, right + 4, bottom + 4)
        elif label == "身份证号":
            boxes["id"] = Box.from_edges(left - 4, top - 4, right + 4, bottom + 4)
        y += int(120 * s)
    small = _font(int(32 * s))
    for i in range(8):
        draw.text(
            (int(40 * s), y + i * int(70 * s)),
            f"2024-05-01 20:{10 + i:02d}  兑换记录 -{rng.randint(1, 9) * 50} 云贝",
            font=small,
            fill=(110, 110, 110),
        )
    return img, boxes


def _shot(tmp: Path, n: int, width: int, height: int) -> tuple[PackImage, dict[str, Box]]:
    img, boxes = _draw_screen(width, height, seed=n)
    original = tmp / "originals" / f"shot{n}.png"
    original.parent.mkdir(parents=True, exist_ok=True)
    img.save(original)
    data = original.read_bytes()
    kinds = [Kind.ACCOUNT, Kind.FAILURE, Kind.BALANCE, Kind.RECORDS, Kind.REDEEM]
    shot = CaseScreenshot(
        id=f"s{n}",
        original_path=f"/home/user/Pictures/Screenshot_{n}.png",
        stored_name=original.name,
        sha256=hashlib.sha256(data).hexdigest(),
        width=width,
        height=height,
        kind=kinds[(n - 1) % len(kinds)],
        fields=Fields(
            balance=600 - 300 * (n % 2),
            error_message="服务器繁忙，请稍后重试" if n == 2 else None,
            cause=Cause.SYSTEM if n == 2 else None,
            product="黑胶VIP月卡",
            cost=300,
            timestamps=["2024-05-01T20:15:00"],
            deductions=[Deduction(-300, "兑换黑胶VIP月卡", "2024-05-01T20:15:00")],
        ),
        regions=[
            Region(boxes["phone"], SensitiveType.PHONE),
            Region(boxes["id"], SensitiveType.ID_CARD),
            Region(Box(0, 0, 10, 10), None, enabled=False, manual=True),
        ],
        time=f"2024-05-01T20:{15 + n:02d}:00",
        time_source=TimeSource.SCREEN if n % 2 else TimeSource.FILE,
    )
    return PackImage(shot, original), boxes


def _case(images: list[PackImage]) -> Case:
    case = Case.new("黑胶VIP月卡兑换失败", now=NOW)
    case.id = "a1b2c3d4e5f6"
    case.screenshots = [p.screenshot for p in images]
    case.facts = Facts(
        account_id="12345678",
        bound_phone=PHONE,  # must never leak into the pack
        failure_time="2024-05-01T20:15",
        item="黑胶VIP月卡",
        yunbei_deducted=300,
        balance_before=600,
        balance_after=300,
        attempts=2,
        error_message="服务器繁忙，请稍后重试",
        cause=Cause.SYSTEM,
    )
    case.checklist[0] = CheckItem("network", CheckState.DONE, "切换到 4G 后仍然失败")
    case.checklist[1] = CheckItem("account", CheckState.PROBLEM, "实名认证还在审核中")
    case.checklist[5] = CheckItem("device", CheckState.NOT_APPLICABLE)
    case.resolutions = [Resolution.RETURN_COINS, Resolution.EXPLANATION]
    case.contacts = [
        Contact(
            Channel.IN_APP,
            "2024-05-01T21:00",
            "T20240501-88",
            "KF1024",
            "24 小时内回复",
            "等待回复",
        )
    ]
    return case


def _texts() -> dict[str, tuple[str | None, str]]:
    return {
        "email": (SUBJECT, BODY),
        "in_app": (None, "云贝兑换失败，扣除未到账，请帮忙处理。"),
        "weibo": (None, "@网易云音乐 云贝兑换失败，工单号 T20240501-88，麻烦跟进。"),
    }


def _pack(tmp: Path, count: int = 2, width: int = 540, height: int = 1170) -> tuple:
    shots = [_shot(tmp, n, width, height) for n in range(1, count + 1)]
    images = [s[0] for s in shots]
    case = _case(images)
    result = write_pack(
        case,
        images,
        _texts(),
        tmp / "pack",
        checklist_titles={"network": "网络与环境排查"},
        diagnosis_notes=["提示属于系统繁忙类，通常与平台服务器有关，并非账号问题。"],
        now=NOW,
    )
    return result, images, case, shots[0][1]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> tuple:
    return _pack(tmp_path_factory.mktemp("pack"))


def test_files_exist(pack: tuple) -> None:
    result = pack[0]
    names = sorted(p.name for p in result.pdf.parent.iterdir())
    assert names == sorted(
        [
            "a1b2c3d4e5f6-证据包.pdf",
            "a1b2c3d4e5f6-证据包.pdf.sha256",
            "a1b2c3d4e5f6.eml",
            "appeal-email.txt",
            "appeal-in_app.txt",
            "appeal-weibo.txt",
            "manifest.json",
        ]
    )
    assert result.eml is not None and result.eml.is_file()
    digest = hashlib.sha256(result.pdf.read_bytes()).hexdigest()
    assert result.checksum.read_text("utf-8") == f"{digest}  {result.pdf.name}\n"
    assert result.texts[0].read_text("utf-8").startswith(f"主题：{SUBJECT}\n\n客服您好")


def test_fonts_embedded(pack: tuple) -> None:
    out = subprocess.run(
        ["pdffonts", str(pack[0].pdf)], capture_output=True, text=True, check=True
    ).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        cols = row.split()
        # name type [type2] encoding emb sub uni object ID: emb is the 5th from the end
        assert cols[-5] == "yes", row
    assert "Helvetica" not in out


def test_qpdf_check(pack: tuple) -> None:
    subprocess.run(["qpdf", "--check", str(pack[0].pdf)], capture_output=True, check=True)


def test_text_outline_and_metadata(pack: tuple) -> None:
    result = pack[0]
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(result.pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    flat = _squash(text)
    for line in [*BODY_LINES, SUBJECT, "网络与环境排查", "发现问题", "不适用", "第1页"]:
        assert _squash(line) in flat, line
    assert "T20240501-88" in flat and "KF1024" in flat  # the timeline
    with pikepdf.open(result.pdf) as pdf:
        assert str(pdf.docinfo["/Title"]) == DOCUMENT_TITLE
        info = " ".join(str(v) for v in pdf.docinfo.values())
        with pdf.open_metadata() as meta:
            xmp = str(meta)
        titles = [item.title for item in pdf.open_outline().root]
        assert len(pdf.pages) >= 5
    for secret in (PHONE, ID_NUMBER, "12345678", "黑胶", "小明"):
        assert secret not in info and secret not in xmp
    assert titles[:3] == ["案件概要", "申诉正文", "自查清单"]
    assert "问题分析" in titles and titles[-1] == "时间线"
    assert sum(t.startswith("截图") for t in titles) == 2


def test_no_private_data_in_any_file(pack: tuple) -> None:
    result = pack[0]
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(result.pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert PHONE not in _squash(text) and ID_NUMBER not in _squash(text)
    for path in result.pdf.parent.iterdir():
        data = path.read_bytes()
        for secret in (PHONE, ID_NUMBER):
            assert secret.encode() not in data, (path.name, secret)
    msg = email.message_from_bytes(result.eml.read_bytes(), policy=policy.default)
    assert msg["To"] == "service@music.163.com"
    assert msg["Subject"] == SUBJECT and msg["X-Unsent"] == "1"
    body = msg.get_body(("plain",))
    assert body is not None and PHONE not in body.get_content()
    assert _squash(BODY) in _squash(body.get_content())
    attachments = list(msg.iter_attachments())
    assert [a.get_filename() for a in attachments] == [result.pdf.name]
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_content() == result.pdf.read_bytes()
    manifest = json.loads(result.manifest.read_text("utf-8"))
    assert manifest["case_id"] == "a1b2c3d4e5f6"
    listed = {f["name"]: f["sha256"] for f in manifest["files"]}
    for path in result.pdf.parent.iterdir():
        if path.name != "manifest.json":
            assert listed[path.name] == hashlib.sha256(path.read_bytes()).hexdigest()
    shot = manifest["screenshots"][0]
    assert shot["original_sha256"] == pack[1][0].screenshot.sha256
    assert shot["time_source"] == "screen" and shot["kind"] == "account"
    assert "服务器繁忙" not in result.manifest.read_text("utf-8")  # no OCR text


def test_embedded_image_is_redacted(pack: tuple) -> None:
    import pytesseract

    result, images, _, boxes = pack
    with pikepdf.open(result.pdf) as pdf:
        found = [
            pikepdf.PdfImage(img)
            for page in pdf.pages
            for img in page.get_images().values()
            if int(img.Width) > 100
        ]
        assert len(found) == 2
        first = found[0]
        assert str(first.obj.ColorSpace[0]) == "/Indexed"
        pil = first.as_pil_image().convert("RGB")
    original = Image.open(images[0].original).convert("RGB")
    assert pil.size == original.size

    def ocr(img: Image.Image, box: Box) -> str:
        x0, y0 = max(0, box.x - 12), max(0, box.y - 12)
        crop = img.crop((x0, y0, box.right + 12, box.bottom + 12))
        crop = crop.resize((crop.width * 3, crop.height * 3), Image.Resampling.LANCZOS)
        raw = pytesseract.image_to_string(crop, lang="chi_sim+eng", config="--psm 7")
        return re.sub(r"\s+", "", raw)

    # The test can see the numbers on the original, so it would see them if they leaked.
    assert PHONE[:6] in ocr(original, boxes["phone"])
    for key, secret in (("phone", PHONE), ("id", ID_NUMBER)):
        read = ocr(pil, boxes[key])
        for i in range(len(secret) - 3):
            assert secret[i : i + 4] not in read, (key, read)


def test_preview_pages(pack: tuple) -> None:
    shutil.rmtree(PREVIEW, ignore_errors=True)
    PREVIEW.mkdir(parents=True)
    pdf = str(pack[0].pdf)
    for page in (1, 4):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "50", "-f", str(page), "-l", str(page), pdf,
             str(PREVIEW / f"page{page}")],
            check=True,
        )  # fmt: skip
    assert len(list(PREVIEW.glob("*.png"))) == 2


def _final_names(folder: Path) -> list[str]:
    if not folder.exists():
        return []
    return sorted(p.name for p in folder.iterdir())


def test_disk_full_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shots = [_shot(tmp_path, 1, 270, 585)[0]]
    real_replace = os.replace
    calls: list[str] = []

    def failing_replace(src: str, dst: str | Path) -> None:
        calls.append(str(dst))
        if len(calls) == 3:  # fail half way: the first two must be taken back
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    out = tmp_path / "pack"
    with pytest.raises(OutputError) as info:
        write_pack(_case(shots), shots, _texts(), out, now=NOW)
    assert "磁盘空间不足" in info.value.message
    assert _final_names(out) == []


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores modes")
def test_read_only_folder(tmp_path: Path) -> None:
    shots = [_shot(tmp_path, 1, 270, 585)[0]]
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o500)
    try:
        with pytest.raises(OutputError) as info:
            write_pack(_case(shots), shots, _texts(), out, now=NOW)
        assert "权限" in info.value.message
        assert _final_names(out) == []
    finally:
        out.chmod(0o700)


def test_missing_original(tmp_path: Path) -> None:
    shots = [_shot(tmp_path, n, 270, 585)[0] for n in (1, 2)]
    shots[1].original.unlink()
    out = tmp_path / "pack"
    with pytest.raises(YunbeiError) as info:
        write_pack(_case(shots), shots, _texts(), out, now=NOW)
    assert "第 2 张截图" in info.value.message and "找不到" in info.value.message
    assert _final_names(out) == []


def test_no_email_text_no_eml(tmp_path: Path) -> None:
    shots = [_shot(tmp_path, 1, 270, 585)[0]]
    texts = {"in_app": (None, "云贝兑换失败，请处理。")}
    result = write_pack(_case(shots), shots, texts, tmp_path / "p", main_channel="in_app")
    assert result.eml is None
    assert sorted(_final_names(tmp_path / "p")) == sorted(
        ["a1b2c3d4e5f6-证据包.pdf", "a1b2c3d4e5f6-证据包.pdf.sha256", "appeal-in_app.txt",
         "manifest.json"]
    )  # fmt: skip


def test_reproducible(tmp_path: Path) -> None:
    shots = [_shot(tmp_path, 1, 270, 585)[0]]
    a = write_pack(_case(shots), shots, _texts(), tmp_path / "a", now=NOW)
    b = write_pack(_case(shots), shots, _texts(), tmp_path / "b", now=NOW)
    assert a.pdf.read_bytes() == b.pdf.read_bytes()


def test_five_full_screenshots_fit_the_size_budget(tmp_path: Path) -> None:
    # the writing time is measured by benchmarks/pack_speed.py, not asserted here
    shots = [_shot(tmp_path, n, 1080, 2340)[0] for n in range(1, 6)]
    result = write_pack(_case(shots), shots, _texts(), tmp_path / "pack", now=NOW)
    assert result.pdf.stat().st_size <= 1_500_000


def test_permission_denied_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The read-only case as root sees it (root ignores folder modes)."""
    import tempfile

    shots = [_shot(tmp_path, 1, 270, 585)[0]]
    real_mkstemp = tempfile.mkstemp
    made: list[str] = []

    def mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
        if len(made) == 2:
            raise PermissionError(errno.EACCES, "Permission denied")
        fd, name = real_mkstemp(*args, **kwargs)  # type: ignore[call-overload]
        made.append(name)
        return fd, name

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    out = tmp_path / "pack"
    with pytest.raises(OutputError) as info:
        write_pack(_case(shots), shots, _texts(), out, now=NOW)
    assert "权限" in info.value.message
    assert _final_names(out) == []


def test_a_long_screenshot_stands_on_the_page_of_its_title(tmp_path: Path) -> None:
    """A 1080x3600 screenshot was sized to a whole page's height, so its title stood
    alone on one page and the image on the next (seen in an exported pack)."""
    shots = [_shot(tmp_path, 1, 1080, 3600)[0]]
    result = write_pack(_case(shots), shots, _texts(), tmp_path / "pack", now=NOW)
    with pikepdf.open(result.pdf) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            pages = ["-f", str(number), "-l", str(number)]
            text = subprocess.run(
                ["pdftotext", *pages, "-enc", "UTF-8", str(result.pdf), "-"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            if "截图1：" in _squash(text):
                assert len(page.get_images()) == 1
                break
        else:
            pytest.fail("no page holds the screenshot's title")
