"""The scenarios of the indicators: the check of a quarter, and its return to xlsx and to pdf.

- check: every indicator and every target of the quarter (``services.judgement.judge_period``); floor:
  one grouped raw-SQL count per family of records the indicators are computed from
  (organisations, members, yearly figures, ratings, managers, training, OCOP products), each at
  the quarter's reference date and by kind of organisation, over the office's area;
- return: the snapshot of the quarter's return built and written to xlsx, or to pdf, as
  ``kttt export`` does; floor: the check, the computation alone.
"""

from __future__ import annotations

from benchmarks.measure import Prepared, Setting
from benchmarks.registers import raw_connection

# One grouped count per family; :d is the reference date, :start the first day of its quarter.
_IN_AREA = "o.commune_code IN (SELECT commune_code FROM office_area)"
_EXISTS = "o.established_on <= :d AND (o.dissolved_on IS NULL OR o.dissolved_on > :d)"
FAMILY_COUNTS = {
    "organisations": f"SELECT o.kind, count(*) FROM organisation AS o WHERE {_IN_AREA} "
                     f"AND {_EXISTS} GROUP BY o.kind",
    "members": "SELECT o.kind, count(*) FROM member AS m JOIN organisation AS o "
               f"ON o.id = m.organisation_id WHERE {_IN_AREA} AND {_EXISTS} "
               "AND m.joined_on <= :d AND (m.left_on IS NULL OR m.left_on > :d) GROUP BY o.kind",
    "figures": "SELECT o.kind, count(*), sum(f.revenue) FROM yearly_figures AS f "
               f"JOIN organisation AS o ON o.id = f.organisation_id WHERE {_IN_AREA} "
               f"AND {_EXISTS} AND f.year = :year GROUP BY o.kind",
    "ratings": "SELECT o.kind, r.rating_class, count(*) FROM rating AS r JOIN organisation AS o "
               f"ON o.id = r.organisation_id WHERE {_IN_AREA} AND {_EXISTS} "
               "AND r.year = :year GROUP BY o.kind, r.rating_class",
    "managers": "SELECT o.kind, g.training_level, count(*) FROM manager AS g "
                f"JOIN organisation AS o ON o.id = g.organisation_id WHERE {_IN_AREA} "
                f"AND {_EXISTS} AND EXISTS (SELECT 1 FROM manager_position AS p "
                "WHERE p.manager_id = g.id AND p.starts_on <= :d "
                "AND (p.ends_on IS NULL OR p.ends_on > :d)) GROUP BY o.kind, g.training_level",
    "training": "SELECT o.kind, count(*) FROM training_record AS t JOIN manager AS g "
                "ON g.id = t.manager_id JOIN organisation AS o ON o.id = g.organisation_id "
                f"WHERE {_IN_AREA} AND t.starts_on BETWEEN :start AND :d GROUP BY o.kind",
    "ocop": "SELECT o.kind, p.stars, count(*) FROM ocop_product AS p JOIN organisation AS o "
            f"ON o.id = p.organisation_id WHERE {_IN_AREA} AND {_EXISTS} AND p.stars >= 3 "
            "AND p.decision_date <= :d AND p.expires_on > :d GROUP BY o.kind, p.stars",
}


def _quarter(period: str) -> dict[str, object]:
    """The values of the floor's parameters for a period such as ``2023-Q4``."""
    from kttt_desktop.core.periods import Period

    parsed = Period.parse(period)
    day = parsed.reference_date
    return {"d": day.isoformat(), "start": parsed.start.isoformat(), "year": day.year}


def _family_counts(setting: Setting) -> Prepared:
    raw = raw_connection(setting.database)
    values = _quarter(setting.period)

    def floor(_: int) -> None:
        for statement in FAMILY_COUNTS.values():
            raw.execute(statement, values).fetchall()

    return Prepared(floor, raw.close)


def _program_check(setting: Setting) -> Prepared:
    from kttt_desktop.core.periods import Period
    from kttt_desktop.data.database import open_database
    from kttt_desktop.services.judgement import judge_period

    database = open_database(setting.database)
    period = Period.parse(setting.period)

    def run(_: int) -> None:
        assert judge_period(database, period).indicators

    return Prepared(run, database.close)


def check(setting: Setting, path: str) -> Prepared:
    return _program_check(setting) if path == "program" else _family_counts(setting)


def _return(setting: Setting, path: str, suffix: str) -> Prepared:
    if path == "floor":
        return _program_check(setting)
    from kttt_desktop.core.periods import Period
    from kttt_desktop.data.database import open_database
    from kttt_desktop.services.returns import build_snapshot, write_return

    database = open_database(setting.database)
    period = Period.parse(setting.period)

    def run(number: int) -> None:
        target = setting.scratch / f"return-{number}.{suffix}"
        write_return(build_snapshot(database, period), **{suffix: target})
        assert target.stat().st_size > 0
        target.unlink()

    return Prepared(run, database.close)


def return_xlsx(setting: Setting, path: str) -> Prepared:
    return _return(setting, path, "xlsx")


def return_pdf(setting: Setting, path: str) -> Prepared:
    return _return(setting, path, "pdf")

