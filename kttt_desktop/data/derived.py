"""Columns derived from others (names, timestamps), kept current on every write.

The ORM path (forms) gets them from mapper events registered here; bulk paths (import, demo)
call :func:`name_columns` / :func:`derive` on their row dictionaries before inserting.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from kttt_desktop.core import clock
from kttt_desktop.core.text import clean_text, fold, person_sort_key, sort_key
from kttt_desktop.data import models

# table name -> (source column, whether it names a person)
NAMED_TABLES: dict[str, tuple[str, bool]] = {
    "organisation": ("name", False),
    "member": ("full_name", True),
    "manager": ("full_name", True),
    "ocop_product": ("name", False),
    "commune": ("name", False),
}


def name_columns(name: str, *, person: bool = False) -> dict[str, str]:
    name = clean_text(name)
    return {
        "name_folded": fold(name),
        "name_sort": person_sort_key(name) if person else sort_key(name),
    }


def derive(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """Fill the derived columns of a row dictionary of ``table`` in place and return it."""
    source, person = NAMED_TABLES[table]
    row[source] = clean_text(row[source])
    row.update(name_columns(row[source], person=person))
    return row


def _listen(model: type, source: str, person: bool) -> None:
    def refresh(_mapper: Any, _connection: Any, target: Any) -> None:
        value = clean_text(getattr(target, source))
        setattr(target, source, value)
        for column, derived in name_columns(value, person=person).items():
            setattr(target, column, derived)

    event.listen(model, "before_insert", refresh)
    event.listen(model, "before_update", refresh)


for _model in (models.Organisation, models.Member, models.Manager, models.OcopProduct,
               models.Commune):
    _source, _person = NAMED_TABLES[_model.__tablename__]
    _listen(_model, _source, _person)


def _stamp_insert(_mapper: Any, _connection: Any, target: Any) -> None:
    target.created_at = target.updated_at = clock.now()


def _stamp_update(_mapper: Any, _connection: Any, target: Any) -> None:
    target.updated_at = clock.now()


for _model in (models.Organisation, models.Member, models.Manager, models.OcopProduct,
               models.Rating, models.YearlyFigures):
    event.listen(_model, "before_insert", _stamp_insert)
    event.listen(_model, "before_update", _stamp_update)
