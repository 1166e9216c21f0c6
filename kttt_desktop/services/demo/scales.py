"""The three sizes of demo database and the office that keeps each.

Counts are exact: the tests and the performance suite rely on them. The history (organisations set
up and dissolved each year) is written for the province and scaled for the others; it is tuned so
that on 31/12/2023 the province register stands close to the Quảng Ninh plan for 2023 (700 HTX
with 60,500 members, about 235 THT, 4 LHHTX) while the recent years still see new organisations,
and every quarter up to today (``dates.Calendar``) some more.
"""

from __future__ import annotations

from dataclasses import dataclass

from kttt_desktop.services.demo.dates import Calendar
from kttt_desktop.services.office import OfficeProfile

PROVINCE_CODE = "22"  # Quảng Ninh
MST_PREFIX = "57"  # the tax-code series of Quảng Ninh
KINDS = ("htx", "tht", "lhhtx")


@dataclass(frozen=True)
class History:
    """Organisations of one kind set up and dissolved in each year of the detailed history."""

    new: dict[int, int]
    dissolved: dict[int, int]

    def scaled(self, factor: float) -> History:
        def scale(counts: dict[int, int]) -> dict[int, int]:
            return {year: int(count * factor + 0.5) for year, count in counts.items()}

        return History(scale(self.new), scale(self.dissolved))

    def until(self, calendar: Calendar, *, recent: bool) -> History:
        """The counts of the calendar's years (a year after :data:`STEADY_YEAR` repeats its
        counts); with ``recent``, at least one organisation set up in each recent quarter."""
        def of_years(counts: dict[int, int]) -> dict[int, int]:
            return {year: counts.get(STEADY_YEAR if year > STEADY_YEAR else year, 0)
                    for year in calendar.history_years}

        new, dissolved = of_years(self.new), of_years(self.dissolved)
        if recent:
            for start, _ in calendar.recent:
                quarters = sum(1 for other, _ in calendar.recent if other.year == start.year)
                new[start.year] = max(new[start.year], quarters)
        return History(new, dissolved)


STEADY_YEAR = 2026  # the history of later years repeats this year's counts
RECENT_KINDS = frozenset({"htx", "tht"})  # kinds that see new organisations every quarter
PROVINCE_HISTORY = {
    "htx": History(new={2021: 36, 2022: 38, 2023: 40, 2024: 7, 2025: 5, 2026: 3},
                   dissolved={2021: 3, 2022: 3, 2023: 4, 2024: 6, 2025: 9, 2026: 4}),
    "tht": History(new={2021: 14, 2022: 16, 2023: 17, 2024: 2, 2025: 2, 2026: 1},
                   dissolved={2021: 1, 2022: 1, 2023: 1, 2024: 3, 2025: 4, 2026: 2}),
    "lhhtx": History(new={2023: 1}, dissolved={}),
}


@dataclass(frozen=True)
class Scale:
    name: str
    office: OfficeProfile  # an empty area means the whole province
    htx: int
    tht: int
    lhhtx: int
    members: int  # member rows of every kind, former members included
    tht_members: int
    lhhtx_members: int  # member HTX of the unions
    declared_htx: int  # HTX with no member list, only a declared count in their figures
    ocop: int  # OCOP certificates

    def total(self, kind: str) -> int:
        return {"htx": self.htx, "tht": self.tht, "lhhtx": self.lhhtx}[kind]

    def history(self, kind: str, calendar: Calendar) -> History:
        province_total = PROVINCE.total(kind)
        return PROVINCE_HISTORY[kind].scaled(self.total(kind) / province_total).until(
            calendar, recent=kind in RECENT_KINDS)

    @property
    def htx_members(self) -> int:
        return self.members - self.tht_members - self.lhhtx_members


_PROVINCE_OFFICE = OfficeProfile(
    name="Sở Tài chính tỉnh Quảng Ninh",
    province_code=PROVINCE_CODE,
    superior_body="UBND TỈNH QUẢNG NINH",
    place_name="Quảng Ninh",
    doc_symbol="BC-STC",
    signer_authority="KT. GIÁM ĐỐC",
    signer_title="PHÓ GIÁM ĐỐC",
    signer_name="Nguyễn Văn Hưng",
    preparer_name="Trần Thị Thu Hà",
    recipients="- Bộ Tài chính;\n- TT Tỉnh ủy, TT HĐND tỉnh;\n- UBND tỉnh;\n"
               "- Liên minh Hợp tác xã tỉnh;\n- Lưu: VT, KTTT.",
)

PROVINCE = Scale(
    name="province", office=_PROVINCE_OFFICE, htx=700, tht=235, lhhtx=4, members=60_500,
    tht_members=700, lhhtx_members=20, declared_htx=7, ocop=500,
)

# The communes that replaced the former district of Bình Liêu; the office is the economic
# department of the commune that was the district town.
DISTRICT = Scale(
    name="district",
    office=OfficeProfile(
        name="Phòng Kinh tế xã Bình Liêu",
        province_code=PROVINCE_CODE,
        area=["06838", "06841", "06856"],  # Bình Liêu, Hoành Mô, Lục Hồn
        superior_body="UBND XÃ BÌNH LIÊU",
        place_name="Bình Liêu",
        doc_symbol="BC-PKT",
        signer_authority="KT. TRƯỞNG PHÒNG",
        signer_title="PHÓ TRƯỞNG PHÒNG",
        signer_name="Hoàng Văn Thắng",
        preparer_name="Lý Thị Mai",
        recipients="- Sở Tài chính tỉnh Quảng Ninh;\n- Đảng ủy, UBND xã;\n- Lưu: VT, PKT.",
    ),
    htx=60, tht=40, lhhtx=1, members=3_000, tht_members=120, lhhtx_members=3, declared_htx=1,
    ocop=40,
)

STRESS = Scale(
    name="stress", office=_PROVINCE_OFFICE, htx=30_000, tht=10_000, lhhtx=170,
    members=1_000_000, tht_members=30_000, lhhtx_members=850, declared_htx=300, ocop=21_000,
)

SCALES: dict[str, Scale] = {s.name: s for s in (DISTRICT, PROVINCE, STRESS)}
