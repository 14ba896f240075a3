"""Chinese display names of the core's enums and facts, in one place for every layer."""

from __future__ import annotations

from yunbei_gui.core.case import Channel, CheckState, Resolution, TimeSource
from yunbei_gui.core.models import Cause, Kind

KIND_NAMES: dict[Kind, str] = {
    Kind.FAILURE: "兑换失败提示",
    Kind.REDEEM: "兑换页面",
    Kind.BALANCE: "云贝余额页",
    Kind.RECORDS: "云贝明细",
    Kind.ACCOUNT: "账号信息页",
    Kind.NETWORK: "网络状态",
    Kind.OTHER: "其他截图",
}
CAUSE_NAMES: dict[Cause, str] = {
    Cause.SYSTEM: "系统技术问题",
    Cause.ACCOUNT: "账户状态异常",
    Cause.ELIGIBILITY: "云贝数量不足或资格不符",
    Cause.STOCK: "商品库存与活动规则限制",
}
TYPE_NAMES: dict[str, str] = {
    "phone": "手机号",
    "email": "邮箱",
    "id_card": "身份证号",
    "bank_card": "银行卡号",
    "real_name": "姓名",
    "ip": "IP 地址",
    "user_id": "用户 ID",
    "nickname": "昵称",
    "order_id": "订单号",
}
CHANNEL_NAMES: dict[Channel, str] = {
    Channel.EMAIL: "客服邮箱",
    Channel.IN_APP: "应用内客服",
    Channel.WEIBO: "微博私信",
    Channel.C12315: "12315平台",
    Channel.HEIMAO: "黑猫投诉",
    Channel.ESCALATION: "申诉复核",
}
TIME_SOURCE_NAMES: dict[TimeSource, str] = {
    TimeSource.SCREEN: "截图画面上的时间",
    TimeSource.EXIF: "照片 EXIF 拍摄时间",
    TimeSource.FILE: "文件修改时间",
    TimeSource.IMPORT: "导入本程序的时间",
    TimeSource.USER: "用户手动填写",
}
CHECK_STATE_NAMES: dict[CheckState, str] = {
    CheckState.OPEN: "未检查",
    CheckState.DONE: "已完成",
    CheckState.PROBLEM: "发现问题",
    CheckState.NOT_APPLICABLE: "不适用",
}
RESOLUTION_NAMES: dict[Resolution, str] = {
    Resolution.RETURN_COINS: "退还被扣除的云贝",
    Resolution.REDEEM_AGAIN: "重新兑换或补发商品",
    Resolution.COMPENSATION: "给予相应赔偿",
    Resolution.EXPLANATION: "说明兑换失败的具体原因",
}
# Human names of the facts, for the "尚缺" line and for the UI.
FACT_NAMES: dict[str, str] = {
    "account_id": "网易云ID",
    "bound_phone": "绑定手机号",
    "email": "注册邮箱",
    "failure_time": "兑换时间",
    "item": "兑换商品",
    "yunbei_deducted": "扣除的云贝数量",
    "balance_before": "兑换前云贝余额",
    "balance_after": "兑换后云贝余额",
    "attempts": "尝试次数",
    "error_message": "失败提示原文",
    "cause": "失败原因",
    "tried": "已尝试的办法",
    "network": "网络环境",
    "steps": "操作步骤",
    "edited": "手动修改过的信息",
}


def channel_name(channel: str) -> str:
    """The name of a channel given as an enum or its plain value ("email")."""
    try:
        return CHANNEL_NAMES[Channel(channel)]
    except ValueError:
        return channel
