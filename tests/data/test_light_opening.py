"""Opening a database that is already at this version's schema stays light: the migration chain
is read from the migration files (as Alembic reads it) and the administrative units from the
package's data file, so neither Alembic nor the package's modules slow every start."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import vietnam_provinces
from alembic.script import ScriptDirectory

from kttt_desktop.data.admin_units import divisions_file
from kttt_desktop.data.schema import alembic_config, head_revision, is_known_revision, revisions

ROOT = Path(__file__).resolve().parents[2]


def test_the_migration_chain_is_the_one_alembic_reads():
    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert revisions() == {r.revision: r.down_revision for r in script.walk_revisions()}
    assert is_known_revision("0001") and not is_known_revision("9999")


def test_the_units_come_from_the_file_the_package_names():
    assert divisions_file() == vietnam_provinces.NESTED_DIVISIONS_JSON_PATH


def test_opening_a_database_at_the_head_imports_neither_alembic_nor_the_units_package(db_path):
    code = ("import sys\n"
            "from kttt_desktop.data.database import open_database\n"
            f"open_database({str(db_path)!r}).close()\n"
            "print(sorted(m for m in ('alembic', 'vietnam_provinces') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
