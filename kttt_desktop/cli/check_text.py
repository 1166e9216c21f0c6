"""The readable output of `kttt check`: the indicators, then the targets, in Vietnamese."""

from __future__ import annotations

from kttt_desktop.cli.tables import LEFT, RIGHT, render
from kttt_desktop.core.i18n import translate
from kttt_desktop.core.indicators import Figure, Kind
from kttt_desktop.core.numbers import NO_VALUE, format_figure
from kttt_desktop.reports.document import yearly_measures_note
from kttt_desktop.services.judgement import PeriodJudgement, TargetJudgement


def _value(figure: Figure | None) -> str:
    return NO_VALUE if figure is None else format_figure(figure.value)


def _indicator_rows(result: PeriodJudgement) -> list[list[str]]:
    rows = []
    for code, value in result.indicators.items():
        indicator = value.indicator
        if indicator.auxiliary:
            continue
        flow = indicator.kind is Kind.FLOW
        label = f"{indicator.label} *" if indicator.yearly else indicator.label
        rows.append([code, label, indicator.unit, _value(value.at),
                     _value(value.ytd) if flow else "", _value(value.year_earlier)])
    return rows


def _target_row(check: TargetJudgement) -> list[str]:
    target, judgement = check.target, check.judgement
    label = check.indicator.label if check.indicator else target.indicator
    pace = judgement.pace.label if judgement.pace else ""
    if judgement.pace_value is not None:
        pace += translate("CheckText", " (mức {value})").format(
            value=format_figure(judgement.pace_value))
    return [f"{target.year}*" if check.horizon else str(target.year), label,
            target.goal.in_words(), format_figure(check.actual), judgement.status.label,
            judgement.gap_words, pace, target.basis]


def check_text(result: PeriodJudgement) -> str:
    """The check as aligned tables ("–" where there is no value)."""
    title = translate("CheckText", "{office} — {period}, số liệu đến ngày {day}").format(
        office=result.office or translate("CheckText", "(chưa khai báo cơ quan)"),
        period=result.period.short_label(), day=result.reference_date.strftime("%d/%m/%Y"))
    yearly = f"* {yearly_measures_note(result.reporting_year)}"
    parts = [title, yearly, "", translate("CheckText", "CHỈ TIÊU"), render(
        [translate("CheckText", "Mã"), translate("CheckText", "Chỉ tiêu"),
         translate("CheckText", "Đơn vị"), translate("CheckText", "Kỳ này"),
         translate("CheckText", "Lũy kế năm"), translate("CheckText", "Cùng kỳ năm trước")],
        _indicator_rows(result), LEFT * 3 + RIGHT * 3)]
    parts += ["", translate("CheckText", "MỤC TIÊU KẾ HOẠCH")]
    if result.targets:
        parts.append(render(
            [translate("CheckText", "Năm"), translate("CheckText", "Chỉ tiêu"),
             translate("CheckText", "Mục tiêu"), translate("CheckText", "Thực hiện"),
             translate("CheckText", "Đánh giá"), translate("CheckText", "Chênh lệch"),
             translate("CheckText", "Tiến độ"), translate("CheckText", "Căn cứ")],
            [_target_row(t) for t in result.targets], LEFT * 3 + RIGHT + LEFT * 4))
        if any(t.horizon for t in result.targets):
            parts.append(translate(
                "CheckText", "* Mục tiêu của năm sau năm báo cáo: so với số liệu hiện có, "
                "không xét tiến độ."))
    else:
        parts.append(translate("CheckText", "Chưa có mục tiêu nào cho năm {year}.").format(
            year=result.period.year))
    return "\n".join(parts) + "\n"
