"""The word lists of resources/lexicon.json, loaded once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from yunbei_gui.resources import resource_path


@dataclass(frozen=True)
class Lexicon:
    causes: dict[str, tuple[str, ...]]
    cause_priority: tuple[str, ...]
    failure_words: tuple[str, ...]
    failure_buttons: tuple[str, ...]
    kinds: dict[str, tuple[str, ...]]
    balance_labels: tuple[str, ...]
    cost_labels: tuple[str, ...]
    cost_exclude: tuple[str, ...]
    product_labels: tuple[str, ...]
    product_words: tuple[str, ...]
    not_product: tuple[str, ...]
    record_labels: tuple[str, ...]
    page_titles: dict[str, tuple[str, ...]]
    refund_words: tuple[str, ...]  # a records row giving 云贝 back
    help_titles: tuple[str, ...]  # a help page quotes failures without showing one


@cache
def lexicon() -> Lexicon:
    data = json.loads(resource_path("lexicon.json").read_text("utf-8"))

    def words(key: str) -> tuple[str, ...]:
        return tuple(str(w) for w in data[key])

    def groups(key: str) -> dict[str, tuple[str, ...]]:
        return {k: tuple(str(w) for w in v) for k, v in data[key].items()}

    return Lexicon(
        causes=groups("causes"),
        cause_priority=words("cause_priority"),
        failure_words=words("failure_words"),
        failure_buttons=words("failure_buttons"),
        kinds=groups("kinds"),
        balance_labels=words("balance_labels"),
        cost_labels=words("cost_labels"),
        cost_exclude=words("cost_exclude"),
        product_labels=words("product_labels"),
        product_words=words("product_words"),
        not_product=words("not_product"),
        record_labels=words("record_labels"),
        page_titles=groups("page_titles"),
        refund_words=words("refund_words"),
        help_titles=words("help_titles"),
    )
