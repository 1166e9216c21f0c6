"""Opening a database that is already at this version's schema stays light: the migration chain
is read from the migration files (as Alembic reads it), and the administrative units are in the
database already, so neither Alembic nor the units' data files slow every start."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from kttt_desktop.data.schema import alembic_config, head_revision, is_known_revision, revisions

ROOT = Path(__file__).resolve().parents[2]


def test_the_migration_chain_is_the_one_alembic_reads():
    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert revisions() == {r.revision: r.down_revision for r in script.walk_revisions()}
    assert is_known_revision("0001") and not is_known_revision("9999")


def test_opening_a_database_at_the_head_neither_imports_alembic_nor_reads_the_units(db_path):
    code = ("import sys\n"
            "from kttt_desktop.data import admin_units\n"
            "from kttt_desktop.data.database import open_database\n"
            f"open_database({str(db_path)!r}).close()\n"
            "print('alembic' in sys.modules, admin_units.catalogue.cache_info().currsize)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False 0"
