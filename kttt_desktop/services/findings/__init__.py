"""The cross-record rules: what no single form can see, checked over the whole register.

:func:`run_rules` runs every rule of :data:`RULES` at a day (today by default) in one read-only
unit of work and returns a :class:`FindingsReport`; each rule is one set-based query, never a
query per organisation. A :class:`Finding` names its rule, its severity, the record (table, id,
label) and says in Vietnamese what is wrong, where, and under which legal text when there is one.
Thresholds that changed with the Law on Cooperatives 2023 follow the day evaluated
(``core.cooperative_law``).

Errors break a legal requirement; warnings are probably wrong data; information is work to do.
A finding an officer accepted with a reason comes back marked as accepted, not open, until its
record or its message changes (``accepted``).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import date

from kttt_desktop.core import clock
from kttt_desktop.core.enums import Severity
from kttt_desktop.core.i18n import QT_TRANSLATE_NOOP
from kttt_desktop.data.database import Database
from kttt_desktop.services.findings import membership, records
from kttt_desktop.services.findings.accepted import with_acceptances
from kttt_desktop.services.findings.finding import (
    SEVERITY_ORDER,
    Finding,
    FindingsReport,
    Rule,
)

__all__ = ["RULES", "Finding", "Rule", "FindingsReport", "rule_by_code", "run_rules"]

RULES: tuple[Rule, ...] = (
    Rule("htx.min_members", Severity.ERROR, QT_TRANSLATE_NOOP(
        "ValidateRules", "Hợp tác xã chưa đủ số thành viên tối thiểu"),
        membership.htx_below_minimum),
    Rule("lhhtx.min_members", Severity.ERROR, QT_TRANSLATE_NOOP(
        "ValidateRules", "Liên hiệp hợp tác xã chưa đủ số hợp tác xã thành viên"),
        membership.lhhtx_below_minimum),
    Rule("tht.min_members", Severity.ERROR, QT_TRANSLATE_NOOP(
        "ValidateRules", "Tổ hợp tác chưa đủ số thành viên tối thiểu"),
        membership.tht_below_minimum),
    Rule("member.capital_cap", Severity.ERROR, QT_TRANSLATE_NOOP(
        "ValidateRules", "Thành viên góp vốn vượt mức tối đa"),
        membership.capital_over_cap),
    Rule("member.under_age", Severity.ERROR, QT_TRANSLATE_NOOP(
        "ValidateRules", "Thành viên chưa đủ 18 tuổi khi vào"),
        membership.under_age_at_joining),
    Rule("dissolved.active_members", Severity.WARNING, QT_TRANSLATE_NOOP(
        "ValidateRules", "Tổ chức đã giải thể còn thành viên"),
        records.members_after_dissolution),
    Rule("dissolved.active_managers", Severity.WARNING, QT_TRANSLATE_NOOP(
        "ValidateRules", "Tổ chức đã giải thể còn cán bộ giữ chức vụ"),
        records.managers_after_dissolution),
    Rule("organisation.name_prefix", Severity.WARNING, QT_TRANSLATE_NOOP(
        "ValidateRules", "Tên không bắt đầu bằng “Hợp tác xã”"),
        records.names_without_prefix),
    Rule("ocop.expired", Severity.WARNING, QT_TRANSLATE_NOOP(
        "ValidateRules", "Chứng nhận OCOP đã hết hạn"),
        records.expired_ocop),
    Rule("rating.missing", Severity.INFO, QT_TRANSLATE_NOOP(
        "ValidateRules", "Chưa có xếp loại năm trước"),
        records.missing_rating),
)


def rule_by_code(code: str) -> Rule | None:
    return next((rule for rule in RULES if rule.code == code), None)


def run_rules(db: Database, *, on: date | None = None,
             rules: Sequence[Rule] = RULES) -> FindingsReport:
    """Run ``rules`` over the register as it stands on ``on`` (today by default).

    Findings come ordered by severity (errors first), then in the order of ``rules``, then by the
    Vietnamese order of the organisation's name.
    """
    report = FindingsReport(on or clock.today())
    findings: list[Finding] = []
    with db.session() as session:
        connection = session.connection()
        for rule in rules:
            started = time.perf_counter()
            findings += rule.run(connection, report.on)
            report.seconds[rule.code] = time.perf_counter() - started
        findings = with_acceptances(connection, findings)
    order = {rule.code: index for index, rule in enumerate(rules)}
    report.findings = sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], order[f.rule]))
    return report
