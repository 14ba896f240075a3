"""Command line: `yunbei-gui analyze|redact|export`, `--version`; no command opens the window."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import yunbei_gui
from yunbei_gui.core.errors import YunbeiError
from yunbei_gui.core.models import Cause, Kind, Preset

if TYPE_CHECKING:
    from yunbei_gui.core.ocr import OcrEngine


class _VersionAction(argparse.Action):
    """`--version`, with the version looked up only when asked (see yunbei_gui.__init__)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="显示版本号并退出")

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        print(f"yunbei-gui {yunbei_gui.__version__}")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="yunbei-gui",
        description="云贝申诉助手：读取云贝兑换失败的截图，遮挡隐私信息，整理申诉材料。",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("-v", "--verbose", action="store_true", help="输出调试日志（不含识别文字）")
    sub = parser.add_subparsers(dest="command", metavar="命令")

    analyze = sub.add_parser("analyze", help="识别截图：类型、余额、错误提示、隐私信息")
    analyze.add_argument("images", nargs="+", type=Path, metavar="IMAGE")
    analyze.add_argument("--json", action="store_true", help="输出 JSON（供其他程序读取）")
    analyze.add_argument("--no-cache", action="store_true", help="不使用识别缓存")

    redact = sub.add_parser("redact", help="生成遮挡隐私信息后的截图副本")
    redact.add_argument("images", nargs="+", type=Path, metavar="IMAGE")
    redact.add_argument("--out", required=True, type=Path, metavar="DIR", help="输出文件夹")
    redact.add_argument(
        "--preset",
        choices=[p.value for p in Preset],
        default=Preset.OFFICIAL.value,
        help="official：发给官方客服（遮挡手机、邮箱、证件、银行卡、姓名、IP）；"
        "public：公开发布（另外遮挡用户ID、昵称、订单号）",
    )
    redact.add_argument(
        "--mode", choices=["blur", "blocks", "fill"], default="blur", help="遮挡样式"
    )
    redact.add_argument("--no-cache", action="store_true", help="不使用识别缓存")

    export = sub.add_parser(
        "export",
        help="导出证据包（PDF、各渠道申诉文本、邮件草稿）",
        description="导出已保存的案件（--case），或用截图新建案件并导出。",
    )
    export.add_argument("images", nargs="*", type=Path, metavar="IMAGE")
    export.add_argument("--case", metavar="CASE", help="已保存案件的编号")
    export.add_argument("--out", required=True, type=Path, metavar="DIR", help="输出文件夹")
    export.add_argument(
        "--preset", choices=[p.value for p in Preset], default=Preset.OFFICIAL.value
    )
    export.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="填写或更正一项信息，例如 --set item=黑胶VIP月卡 --set yunbei_deducted=300",
    )
    export.add_argument("--mode", choices=["blur", "blocks", "fill"], default="blur")
    export.add_argument("--no-cache", action="store_true", help="不使用识别缓存")
    return parser


def _utf8_stdout() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def _engine(no_cache: bool) -> tuple[OcrEngine | None, YunbeiError | None]:
    """The OCR engine, or the reason there is none (missing tesseract or language data)."""
    from yunbei_gui.core.ocr import OcrEngine

    try:
        return OcrEngine(cache_dir=not no_cache), None
    except YunbeiError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return None, exc


def _summary(report_json: dict[str, object]) -> str:
    from yunbei_gui.core.names import CAUSE_NAMES, KIND_NAMES, TYPE_NAMES

    lines = [f"■ {report_json['path']}"]
    if report_json["error"]:
        lines.append(f"  无法处理：{report_json['error']}")
        return "\n".join(lines)
    kind = Kind(str(report_json["kind"]))
    fields = report_json["fields"]
    assert isinstance(fields, dict)
    lines.append(f"  类型：{KIND_NAMES[kind]}（{report_json['width']}×{report_json['height']}）")
    if fields["balance"] is not None:
        lines.append(f"  云贝余额：{fields['balance']}")
    if fields["error_message"]:
        lines.append(f"  错误提示：{fields['error_message']}")
    if fields["cause"]:
        lines.append(f"  可能原因：{CAUSE_NAMES[Cause(fields['cause'])]}")
    if fields["product"]:
        lines.append(f"  商品：{fields['product']}")
    if fields["cost"] is not None:
        lines.append(f"  所需云贝：{fields['cost']}")
    if fields["timestamps"]:
        lines.append(f"  时间：{'、'.join(fields['timestamps'])}")
    for d in fields["deductions"]:
        sign = "+" if d["amount"] > 0 else ""
        lines.append(f"  明细：{d['time'] or '（无时间）'}  {d['label']}  {sign}{d['amount']}")
    sensitive = report_json["sensitive"]
    assert isinstance(sensitive, list)
    if sensitive:
        counts: dict[str, int] = {}
        for s in sensitive:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
        found = "、".join(f"{TYPE_NAMES[t]} {n} 处" for t, n in counts.items())
        lines.append(f"  隐私信息：{found}")
    else:
        lines.append("  隐私信息：未发现")
    return "\n".join(lines)


def cmd_analyze(args: argparse.Namespace) -> int:
    from yunbei_gui.core.analysis import JSON_VERSION, analyze, load_all

    engine, problem = _engine(args.no_cache)
    if problem is not None:
        # still one JSON document: every readable file carries the reason in its "error"
        reports = load_all(args.images)
        for report in reports:
            report.error = report.error or problem
    else:
        reports = analyze(args.images, engine)
    docs = [r.to_json() for r in reports]
    if args.json:
        json.dump(
            {"version": JSON_VERSION, "screenshots": docs}, sys.stdout, ensure_ascii=False, indent=2
        )
        sys.stdout.write("\n")
    else:
        print("\n\n".join(_summary(d) for d in docs))
    if problem is not None:
        return problem.exit_code
    return 1 if any(r.error for r in reports) else 0


def cmd_redact(args: argparse.Namespace) -> int:
    from yunbei_gui.core.analysis import redact_files
    from yunbei_gui.core.redact import RedactionMode

    engine, problem = _engine(args.no_cache)
    if problem is not None:
        return problem.exit_code
    try:
        results = redact_files(
            args.images,
            args.out,
            Preset(args.preset),
            RedactionMode(args.mode),
            engine,
        )

    except YunbeiError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return exc.exit_code
    failed = 0
    for report, target in results:
        if target is None:
            failed += 1
            message = report.error.message if report.error else "未知错误"
            print(f"✗ {report.path}：{message}", file=sys.stderr)
        else:
            count = len(report.reading.sensitive) if report.reading else 0
            print(f"✓ {report.path} → {target}（识别到 {count} 处隐私信息）")
    return 1 if failed else 0


def cmd_export(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from yunbei_gui.core.analysis import analyze
    from yunbei_gui.core.case_builder import apply_overrides, case_from_reports
    from yunbei_gui.core.case_store import CaseStore
    from yunbei_gui.core.export import export_case, missing_fact_names
    from yunbei_gui.core.redact import RedactionMode

    if bool(args.case) == bool(args.images):
        parser.error("请给出 --case 案件编号，或者给出截图文件（二选一）")
    store = CaseStore()
    try:
        overrides = {}
        for item in args.set:
            name, sep, value = item.partition("=")
            if not sep:
                parser.error(f"--set 需要 字段=值 的形式：{item}")
            overrides[name.strip()] = value
        if args.case:
            case = store.load(args.case)
            if overrides:
                apply_overrides(case.facts, overrides)
                store.save(case)
        else:
            engine, problem = _engine(args.no_cache)
            if problem is not None:
                return problem.exit_code
            reports = analyze(args.images, engine)
            for report in reports:
                if report.error is not None:
                    print(f"✗ {report.path}：{report.error.message}", file=sys.stderr)
            case, _ = case_from_reports(
                [r for r in reports if r.reading is not None], store, Preset(args.preset), overrides
            )
            store.save(case)
            print(f"已新建并保存案件：{case.id}")
        result = export_case(case, store, args.out, RedactionMode(args.mode))
    except YunbeiError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return exc.exit_code
    print(f"证据包：{result.pdf}")
    for path in [
        *result.texts,
        result.manifest,
        result.checksum,
        *([result.eml] if result.eml else []),
    ]:
        print(f"  {path}")
    missing = missing_fact_names(case)
    if missing:
        print("还缺少这些信息（补充后再导出）：" + "、".join(missing))
        example = case.missing_facts()[0]
        print(f"  补充后重新导出：yunbei-gui export --case {case.id} --set {example}=… --out …")

    return 0


COMMANDS = ("analyze", "redact", "export")


def main(argv: Sequence[str] | None = None) -> int:
    """`yunbei-gui [IMAGE...]` opens the window; a subcommand or an option runs the CLI."""
    args_in = list(sys.argv[1:] if argv is None else argv)
    if not args_in or (args_in[0] not in COMMANDS and not args_in[0].startswith("-")):
        from yunbei_gui.ui.app import run

        return run(args_in)
    _utf8_stdout()
    parser = _parser()
    args = parser.parse_args(args_in)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command == "analyze":
        try:
            return cmd_analyze(args)
        except BrokenPipeError:
            # the reader went away ("analyze … | head"): nothing left to say, no traceback
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return 0
    if args.command == "redact":
        return cmd_redact(args)
    if args.command == "export":
        return cmd_export(args, parser)
    parser.print_help()
    return 0
