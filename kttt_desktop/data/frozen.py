"""Records written once and never changed: a submitted return is the record of what was sent.

Nothing in the program updates or deletes one; these listeners make sure nothing can by mistake
(a bug, not something a user can do, so the error is a plain programming error).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from kttt_desktop.data.models import SubmittedReturn


class FrozenRecord(RuntimeError):
    """An attempt to change or delete a record that must stay as it was written."""


def _refuse(_mapper: Any, _connection: Any, target: Any) -> None:
    raise FrozenRecord(f"{type(target).__tablename__} {target.id} is frozen: it was submitted")


for _event in ("before_update", "before_delete"):
    event.listen(SubmittedReturn, _event, _refuse)
