"""The officer's free text of a return ("Đánh giá chung, kiến nghị"), kept as a draft per period.

The draft goes into every return made for the period; a submitted return freezes the text it
was sent with, and the draft stays for the next version.
"""

from __future__ import annotations

from kttt_desktop.core import clock
from kttt_desktop.core.periods import Period
from kttt_desktop.core.text import clean_text
from kttt_desktop.data.database import Database
from kttt_desktop.data.models import ReturnDraft


def load_draft(db: Database, period: Period) -> str:
    """The free text last saved for ``period`` (empty when none was)."""
    with db.session() as s:
        row = s.get(ReturnDraft, str(period))
        return row.free_text if row else ""


def save_draft(db: Database, period: Period, text: str) -> str:
    """Store the free text of ``period`` (cleaned: NFC, no control characters); returns it."""
    text = clean_text(text, multiline=True)
    with db.session() as s:
        row = s.get(ReturnDraft, str(period))
        if row is None:
            row = ReturnDraft(period=str(period), free_text=text, updated_at=clock.now())
        elif row.free_text != text:
            row.free_text, row.updated_at = text, clock.now()
        s.add(row)
    return text
