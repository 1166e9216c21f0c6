"""Findings an officer accepted with a reason: a known exception no longer comes back as open.

An acceptance is stored with a fingerprint (*stamp*) of the record the finding is about and of
the finding's message at that moment. Every run of the rules marks the findings that have an
acceptance: it holds while the stamp is the same; when the record or the finding changed (a
member added, a date corrected, a new year asking for a new rating), the finding is open again
and shows the acceptance it had. Accepting and withdrawing an acceptance are written to the
audit log, on the record's own history.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC

from sqlalchemy import Connection, Select, select

from kttt_desktop.core import clock
from kttt_desktop.core.errors import InputError
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.text import clean_text
from kttt_desktop.data.audit import as_text, write_entries
from kttt_desktop.data.database import Database
from kttt_desktop.data.models import AcceptedFinding
from kttt_desktop.data.registers.records import MODELS, table_of
from kttt_desktop.services.findings.finding import Acceptance, Finding, Rule

MAX_REASON_LENGTH = 4000
UNSTAMPED = frozenset({"created_at", "updated_at"})  # a save that changes nothing changes these


def stamp(connection: Connection, finding: Finding) -> str:
    """A fingerprint of the finding's message and of its record's stored values."""
    values: dict[str, str | None] = {}
    if finding.table in MODELS:
        table = table_of(finding.table)
        row = connection.execute(select(table).where(table.c.id == finding.record_id)
                                 ).mappings().first()
        values = {k: as_text(v) for k, v in (row or {}).items() if k not in UNSTAMPED}
    text = json.dumps([finding.rule, finding.message, values], ensure_ascii=False,
                      sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def with_acceptances(connection: Connection, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` with the acceptance each has, if any (``Acceptance.holds``: still as when
    accepted)."""
    stored = {(a.rule, a.table_name, a.record_id): a
              for a in connection.execute(select(AcceptedFinding.__table__))}
    if not stored:
        return list(findings)
    marked = []
    for finding in findings:
        row = stored.get((finding.rule, finding.table, finding.record_id))
        if row is not None:
            at = row.accepted_at  # SQLite gives the stored UTC time back without its zone
            finding = replace(finding, acceptance=Acceptance(
                row.reason, row.accepted_by, at if at.tzinfo else at.replace(tzinfo=UTC),
                holds=row.stamp == stamp(connection, finding)))
        marked.append(finding)
    return marked


def _stored(finding: Finding) -> Select:
    return select(AcceptedFinding).where(
        AcceptedFinding.rule == finding.rule, AcceptedFinding.table_name == finding.table,
        AcceptedFinding.record_id == finding.record_id)


def _entry(finding: Finding, rule: Rule | None, action: str, user: str, reason: str) -> dict:
    """The audit entry of an acceptance or its withdrawal, on the finding's record."""
    title = rule.title if rule else finding.rule
    return {"action": action, "user_name": user, "table_name": finding.table,
            "record_id": finding.record_id, "record_label": finding.label,
            "new_value": translate("Validate", "Phát hiện “{rule}”: {message}").format(
                rule=title, message=finding.message), "reason": reason}


def accept_finding(db: Database, finding: Finding, reason: str, *,
                   rule: Rule | None = None) -> Acceptance:
    """Accept ``finding`` for ``reason`` (required): stored with its stamp and logged. Accepting
    it again (after it was reopened) replaces the earlier acceptance."""
    reason = clean_text(reason).strip()
    if not reason:
        raise InputError(translate(
            "Validate", "Hãy ghi lý do chấp nhận phát hiện về “{label}”: lý do được lưu cùng phát "
            "hiện và ghi vào nhật ký.").format(label=finding.label))
    if len(reason) > MAX_REASON_LENGTH:
        raise InputError(translate("Validate", "Lý do dài quá {limit} ký tự.").format(
            limit=f"{MAX_REASON_LENGTH:,}".replace(",", ".")))
    with db.session() as s:
        connection = s.connection()
        row = s.scalars(_stored(finding)).first()
        now = clock.now()
        if row is None:
            row = AcceptedFinding(rule=finding.rule, table_name=finding.table,
                                  record_id=finding.record_id, reason=reason, accepted_at=now)
        row.label, row.message, row.reason = finding.label, finding.message, reason
        row.stamp, row.accepted_by, row.accepted_at = stamp(connection, finding), db.user, now
        s.add(row)
        write_entries(connection, [_entry(finding, rule, "accept", db.user, reason)])
    return Acceptance(reason, db.user, now, holds=True)


def withdraw_acceptance(db: Database, finding: Finding, *, rule: Rule | None = None) -> bool:
    """Open ``finding`` again (its acceptance is removed, and that is logged); whether it had
    one."""
    with db.session() as s:
        row = s.scalars(_stored(finding)).first()
        if row is None:
            return False
        s.delete(row)
        write_entries(s.connection(), [_entry(
            finding, rule, "withdraw", db.user,
            translate("Validate", "Bỏ chấp nhận (lý do đã ghi: {reason})").format(
                reason=row.reason))])
    return True
