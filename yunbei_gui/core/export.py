"""Export a case: appeal texts, diagnosis and the PDF evidence pack, in one call.

This is the Python API the window calls; `yunbei-gui export` is a thin shell around it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from yunbei_gui.core.appeal import write_all
from yunbei_gui.core.case import Case
from yunbei_gui.core.case_store import CaseStore
from yunbei_gui.core.diagnosis import checklist_items, diagnose
from yunbei_gui.core.evidence_pack import PackImage, PackResult, write_pack
from yunbei_gui.core.names import FACT_NAMES
from yunbei_gui.core.redact import RedactionMode


def pack_pdf_name(case: Case) -> str:
    return f"{case.id}-证据包.pdf"


def export_case(
    case: Case,
    store: CaseStore,
    out_dir: Path,
    mode: RedactionMode = RedactionMode.BLUR,
    now: datetime | None = None,
) -> PackResult:
    """Write the whole pack for `case` into `out_dir`."""
    now = now or datetime.now()
    texts = write_all(case, attachments=[pack_pdf_name(case)])
    diagnosis = diagnose(case, now)
    return write_pack(
        case,
        [PackImage(shot, store.original_path(case, shot)) for shot in case.screenshots],
        {channel.value: (text.subject, text.body) for channel, text in texts.items()},
        out_dir,
        checklist_titles={entry.key: entry.title for entry in checklist_items()},
        diagnosis_notes=diagnosis.notes,
        redaction_mode=mode,
        now=now,
    )


def missing_fact_names(case: Case) -> list[str]:
    return [FACT_NAMES.get(name, name) for name in case.missing_facts()]
