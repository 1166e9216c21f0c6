"""What the cross-record rules find: a finding, a rule, and the report of one run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Connection

from kttt_desktop.core.dates import format_date
from kttt_desktop.core.enums import Severity
from kttt_desktop.core.i18n import translate
from kttt_desktop.data.indicators.pieces import Bound, Span

SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
ON = Bound("on")  # the day a rule is evaluated at, in the indicators' conditions


def at(day: date) -> dict[str, object]:
    """The values of :data:`ON`'s parameters for ``day``."""
    return Span.on(day).values("on")


def dependent_label(name: str, organisation_name: str) -> str:
    """How a finding names a record of an organisation: "Nguyễn Văn An — Hợp tác xã Đồng Tâm"."""
    return f"{name} — {organisation_name}"


@dataclass(frozen=True)
class Hit:
    """A record a rule's query returned, with what is wrong with it.

    ``text`` says what is wrong and where; ``basis`` the legal text that requires it, if any.
    """

    table: str
    record_id: int
    label: str
    text: str
    basis: str = ""

    @property
    def message(self) -> str:
        if not self.basis:
            return self.text[:1].upper() + self.text[1:]
        return translate("Validate", "{basis}: {text}").format(basis=self.basis, text=self.text)


class Status(str, Enum):
    OPEN = "open"
    ACCEPTED = "accepted"  # an officer accepted it with a reason, and nothing changed since
    REOPENED = "reopened"  # accepted once, but its record or its message changed since


@dataclass(frozen=True)
class Acceptance:
    """Why and by whom a finding was accepted; ``holds`` while its record and message are as
    they were then (services.findings.accepted)."""

    reason: str
    user: str
    at: datetime  # aware UTC
    holds: bool = True

    def as_json(self) -> dict[str, Any]:
        return {"reason": self.reason, "user": self.user, "at": self.at.isoformat(),
                "holds": self.holds}


@dataclass(frozen=True)
class Finding:
    """One finding of a cross-record rule about one record (``table``, ``record_id``)."""

    severity: Severity
    rule: str
    message: str
    table: str
    record_id: int
    label: str
    basis: str = ""
    acceptance: Acceptance | None = None

    @property
    def status(self) -> Status:
        if self.acceptance is None:
            return Status.OPEN
        return Status.ACCEPTED if self.acceptance.holds else Status.REOPENED

    @property
    def accepted(self) -> bool:
        return self.status is Status.ACCEPTED

    def as_json(self) -> dict[str, Any]:
        found = {"severity": self.severity.value, "rule": self.rule, "message": self.message,
                 "table": self.table, "id": self.record_id, "label": self.label,
                 "basis": self.basis, "status": self.status.value}
        if self.acceptance is not None:
            found["acceptance"] = self.acceptance.as_json()
        return found


Query = Callable[[Connection, date], list[Hit]]


@dataclass(frozen=True)
class Rule:
    """A cross-record rule: a code, a severity, a short title and the set-based query."""

    code: str
    severity: Severity
    raw_title: str  # Vietnamese, marked with QT_TRANSLATE_NOOP("ValidateRules", ...)
    query: Query

    @property
    def title(self) -> str:
        return translate("ValidateRules", self.raw_title)

    def run(self, connection: Connection, day: date) -> list[Finding]:
        return [Finding(self.severity, self.code, hit.message, hit.table, hit.record_id,
                        hit.label, hit.basis) for hit in self.query(connection, day)]


@dataclass
class FindingsReport:
    """The findings of one run at the date ``on``, and how long each rule took (seconds).

    Accepted findings stay in ``findings`` (marked), but are not counted as open.
    """

    on: date
    findings: list[Finding] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def count(self, severity: Severity) -> int:
        """Open findings (reopened included) of ``severity``."""
        return sum(1 for f in self.findings if f.severity is severity and not f.accepted)

    def accepted_count(self, severity: Severity | None = None) -> int:
        return sum(1 for f in self.findings
                   if f.accepted and (severity is None or f.severity is severity))

    @property
    def has_errors(self) -> bool:
        return self.count(Severity.ERROR) > 0

    def summary(self) -> str:
        """"Kiểm tra ngày 21/11/2026: 2 lỗi, 5 cảnh báo, 1 thông tin." (and how many findings
        were accepted, when some were)."""
        text = translate(
            "Validate", "Kiểm tra ngày {day}: {errors} lỗi, {warnings} cảnh báo, {infos} thông "
            "tin.").format(day=format_date(self.on), errors=self.count(Severity.ERROR),
                           warnings=self.count(Severity.WARNING),
                           infos=self.count(Severity.INFO))
        accepted = self.accepted_count()
        if accepted:
            text += " " + translate("Validate", "{count} phát hiện đã được chấp nhận.").format(
                count=accepted)
        return text

    def as_json(self) -> dict[str, Any]:
        """The report as `kttt validate --json` writes it: ``counts`` are the open findings by
        severity, ``accepted`` the accepted ones; every finding has its ``status`` (and its
        ``acceptance`` when it had one)."""
        return {
            "date": self.on.isoformat(),
            "counts": {s.value: self.count(s) for s in Severity},
            "accepted": {s.value: self.accepted_count(s) for s in Severity},
            "findings": [f.as_json() for f in self.findings],
        }
