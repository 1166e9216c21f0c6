from sqlmodel import SQLModel

from kttt_desktop.core import fields
from kttt_desktop.data import models  # noqa: F401 - fills SQLModel.metadata

# Columns that no form shows: keys, derived names, timestamps.
TECHNICAL = {"id", "organisation_id", "manager_id", "name_folded", "name_sort", "created_at",
             "updated_at"}


def test_every_labelled_column_exists_and_every_typed_column_has_a_label():
    for table, labels in fields.LABELS.items():
        columns = set(SQLModel.metadata.tables[table].columns.keys())
        assert set(labels) <= columns, table
        assert columns - TECHNICAL - set(labels) == set(), table


def test_labels_read_in_sentences():
    assert fields.label("member", "joined_on") == "Ngày vào"
    assert fields.label("member", "unknown") == "unknown"
    assert fields.in_sentence("Ngày vào") == "ngày vào"
    assert fields.in_sentence("HTX thành viên") == "HTX thành viên"
