"""The descriptions of the registers (core.registers) agree with the tables of models.py (and so
with the migrations, which tests/data/test_schema_matches_models.py holds to models.py): every
field is a column stored as its kind says, every column a form or the workbook could show is
described, and what the rest of the program derives follows them."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.types import TypeDecorator
from sqlmodel import SQLModel

from kttt_desktop.core import registers
from kttt_desktop.core.registers import DESCRIPTIONS
from kttt_desktop.data import models
from kttt_desktop.exchange import layout
from kttt_desktop.services.registers.kinds import KINDS

# Columns no form shows: keys, parents, derived names, timestamps.
TECHNICAL = {"id", "organisation_id", "manager_id", "name_folded", "name_sort", "created_at",
             "updated_at"}


def test_every_described_field_is_a_column_stored_as_its_kind_says():
    for table, register in DESCRIPTIONS.items():
        columns = SQLModel.metadata.tables[table].columns
        for item in register.fields:
            assert item.key in columns, f"{table}.{item.key}"
            stored = columns[item.key].type
            if isinstance(stored, TypeDecorator):  # SQLModel's text
                stored = stored.impl
            expected = models.stored_type(item.kind)
            if item.kind == registers.CHOICE:  # codes, or a number of stars
                assert isinstance(stored, String | Integer), f"{table}.{item.key}"
            else:
                assert isinstance(stored, expected), f"{table}.{item.key}: {stored}"


def test_every_column_of_a_register_is_described():
    for table, register in DESCRIPTIONS.items():
        columns = set(SQLModel.metadata.tables[table].columns.keys())
        assert columns - TECHNICAL - set(register.keys) == set(), table


def test_a_text_field_no_class_declares_gets_a_column_that_is_never_null():
    column = models._described_column(registers.Field("x", "X"))
    assert not column.nullable and column.server_default is not None
    assert isinstance(models._described_column(
        registers.Field("y", "Y", registers.YES_NO)).type, Boolean)


def test_personal_data_has_one_definition():
    for table, kind in KINDS.items():
        assert kind.personal == DESCRIPTIONS[table].personal
    assert "address" in KINDS["member"].personal
    assert "address" not in KINDS["organisation"].personal  # an organisation's seat
    personal_columns = {(r.key, c.key) for r in layout.REGISTERS for c in r.columns if c.personal}
    assert ("member", "address") in personal_columns
    assert ("member", "birth") in personal_columns and ("organisation", "phone") in personal_columns


def test_a_form_binds_the_parent_then_the_described_fields():
    assert KINDS["member"].fields[:3] == ("organisation_id", "full_name", "birth_date")
    assert KINDS["organisation"].fields == DESCRIPTIONS["organisation"].keys
