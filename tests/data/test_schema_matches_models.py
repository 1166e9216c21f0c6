"""The schema the migrations build is the one models.py describes (tables, columns, indexes)."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from kttt_desktop.data.models import SQLModel
from kttt_desktop.data.schema import compared


def test_migrated_schema_matches_the_models(db):
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True,
                                                               "include_name": compared})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_indexes_of_the_indicator_queries_exist(db):
    indexes = {i["name"]: i["column_names"] for i in inspect(db.engine).get_indexes("member")}
    assert indexes["ix_member_stock"] == ["organisation_id", "member_kind", "joined_on", "left_on"]
    assert indexes["ix_member_left"] == ["left_on", "organisation_id"]
