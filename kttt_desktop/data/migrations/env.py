"""Alembic environment: migrations run in the program on the connection it passes in."""

from alembic import context
from sqlmodel import SQLModel

from kttt_desktop.data import models  # noqa: F401 - the tables register in SQLModel.metadata
from kttt_desktop.data.schema import compared

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copy-and-move
    compare_type=True,
    include_name=compared,
)
with context.begin_transaction():
    context.run_migrations()
