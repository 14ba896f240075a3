"""The core's Chinese display names, translatable in the window.

The core names things in Chinese (`core/names.py`); the window shows them through
`tr_name`, which looks them up in the "names" context of the translations. The list below
exists only so `pyside6-lupdate` finds these strings; keep it in step with core/names.py
(a test checks that).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "names"

NAMES = (
    # KIND_NAMES
    QT_TRANSLATE_NOOP("names", "兑换失败提示"),
    QT_TRANSLATE_NOOP("names", "兑换页面"),
    QT_TRANSLATE_NOOP("names", "云贝余额页"),
    QT_TRANSLATE_NOOP("names", "云贝明细"),
    QT_TRANSLATE_NOOP("names", "账号信息页"),
    QT_TRANSLATE_NOOP("names", "网络状态"),
    QT_TRANSLATE_NOOP("names", "其他截图"),
    # CAUSE_NAMES
    QT_TRANSLATE_NOOP("names", "系统技术问题"),
    QT_TRANSLATE_NOOP("names", "账户状态异常"),
    QT_TRANSLATE_NOOP("names", "云贝数量不足或资格不符"),
    QT_TRANSLATE_NOOP("names", "商品库存与活动规则限制"),
    # TYPE_NAMES
    QT_TRANSLATE_NOOP("names", "手机号"),
    QT_TRANSLATE_NOOP("names", "邮箱"),
    QT_TRANSLATE_NOOP("names", "身份证号"),
    QT_TRANSLATE_NOOP("names", "银行卡号"),
    QT_TRANSLATE_NOOP("names", "姓名"),
    QT_TRANSLATE_NOOP("names", "IP 地址"),
    QT_TRANSLATE_NOOP("names", "用户 ID"),
    QT_TRANSLATE_NOOP("names", "昵称"),
    QT_TRANSLATE_NOOP("names", "订单号"),
    # CHANNEL_NAMES
    QT_TRANSLATE_NOOP("names", "客服邮箱"),
    QT_TRANSLATE_NOOP("names", "应用内客服"),
    QT_TRANSLATE_NOOP("names", "微博私信"),
    QT_TRANSLATE_NOOP("names", "12315平台"),
    QT_TRANSLATE_NOOP("names", "黑猫投诉"),
    QT_TRANSLATE_NOOP("names", "申诉复核"),
    # TIME_SOURCE_NAMES
    QT_TRANSLATE_NOOP("names", "截图画面上的时间"),
    QT_TRANSLATE_NOOP("names", "照片 EXIF 拍摄时间"),
    QT_TRANSLATE_NOOP("names", "文件修改时间"),
    QT_TRANSLATE_NOOP("names", "导入本程序的时间"),
    QT_TRANSLATE_NOOP("names", "用户手动填写"),
    # CHECK_STATE_NAMES
    QT_TRANSLATE_NOOP("names", "未检查"),
    QT_TRANSLATE_NOOP("names", "已完成"),
    QT_TRANSLATE_NOOP("names", "发现问题"),
    QT_TRANSLATE_NOOP("names", "不适用"),
    # RESOLUTION_NAMES
    QT_TRANSLATE_NOOP("names", "退还被扣除的云贝"),
    QT_TRANSLATE_NOOP("names", "重新兑换或补发商品"),
    QT_TRANSLATE_NOOP("names", "给予相应赔偿"),
    QT_TRANSLATE_NOOP("names", "说明兑换失败的具体原因"),
    # FACT_NAMES
    QT_TRANSLATE_NOOP("names", "网易云ID"),
    QT_TRANSLATE_NOOP("names", "绑定手机号"),
    QT_TRANSLATE_NOOP("names", "注册邮箱"),
    QT_TRANSLATE_NOOP("names", "兑换时间"),
    QT_TRANSLATE_NOOP("names", "兑换商品"),
    QT_TRANSLATE_NOOP("names", "扣除的云贝数量"),
    QT_TRANSLATE_NOOP("names", "兑换前云贝余额"),
    QT_TRANSLATE_NOOP("names", "兑换后云贝余额"),
    QT_TRANSLATE_NOOP("names", "尝试次数"),
    QT_TRANSLATE_NOOP("names", "失败提示原文"),
    QT_TRANSLATE_NOOP("names", "失败原因"),
    QT_TRANSLATE_NOOP("names", "已尝试的办法"),
    QT_TRANSLATE_NOOP("names", "网络环境"),
    QT_TRANSLATE_NOOP("names", "操作步骤"),
    QT_TRANSLATE_NOOP("names", "手动修改过的信息"),
    # worker stages (ui/workers.py)
    QT_TRANSLATE_NOOP("names", "正在打开…"),
    QT_TRANSLATE_NOOP("names", "正在识别文字…"),
    QT_TRANSLATE_NOOP("names", "正在分析…"),
)


def tr_name(text: str) -> str:
    """The display name `text` (from core/names.py) in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)
