"""The tables of an office's database.

Records are dated facts so that any past period can be recomputed: organisations have established
and dissolved dates and suspensions, members joined/left dates, managers hold positions from/to.
Money is whole VND in 64-bit integers (a 32-bit column holds only 2.1 billion VND).
Enumerations are stored as their codes (``kttt_desktop.core.enums``).
Every searchable name also stores ``*_folded`` (search without diacritics) and ``*_sort`` (a key
that orders rows in Vietnamese with plain binary comparison); ``data.derived`` keeps them current.

The registers' fields are described in ``core.registers``. A described field that no class here
declares (one only forms, lists and the workbook know of) gets its column from its description
(:func:`add_described_columns`, run below); tests hold the classes, the descriptions and the
migrations to one another.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm.attributes import set_attribute
from sqlalchemy.types import TypeEngine
from sqlmodel import Field, SQLModel

from kttt_desktop.core import registers


def _fk(target: str, *, nullable: bool = False, cascade: bool = True) -> Column:
    return Column(
        Integer,
        ForeignKey(target, ondelete="CASCADE" if cascade else "RESTRICT"),
        nullable=nullable,
        index=True,
    )


class Province(SQLModel, table=True):
    __tablename__ = "province"
    code: str = Field(primary_key=True, max_length=2)
    name: str
    kind: str


class Commune(SQLModel, table=True):
    """A commune-level unit (xã, phường, đặc khu) of the 2025 reform, as it is named today
    (its earlier names: :class:`UnitVersion`)."""

    __tablename__ = "commune"
    code: str = Field(primary_key=True, max_length=5)
    name: str
    kind: str
    province_code: str = Field(foreign_key="province.code", index=True)
    name_folded: str = ""
    name_sort: str = ""


class UnitVersion(SQLModel, table=True):
    """What a province or commune was called, and its kind, from one day to another (both
    included; ``valid_to`` empty: still so). The documents behind each change are in the
    shipped data (``core.units.Catalogue.changes``)."""

    __tablename__ = "unit_version"
    __table_args__ = (UniqueConstraint("level", "code", "valid_from"),)
    id: int | None = Field(default=None, primary_key=True)
    level: str  # "province" or "commune"
    code: str
    name: str
    kind: str
    valid_from: date
    valid_to: date | None = None


class UnplacedCommune(SQLModel, table=True):
    """A commune code this database used that the official list does not confirm: the
    organisations filed under it must be placed by the officer (it is reported at opening)."""

    __tablename__ = "unplaced_commune"
    code: str = Field(primary_key=True, max_length=5)
    name: str  # what this database called it
    province_code: str = ""
    reason: str = ""


class Office(SQLModel, table=True):
    """The office that keeps this database (one row): its header and signature data."""

    __tablename__ = "office"
    id: int = Field(default=1, primary_key=True)
    name: str
    superior_body: str = ""
    province_code: str = Field(foreign_key="province.code")
    place_name: str = ""
    doc_symbol: str = "BC-UBND"
    signer_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    preparer_name: str = ""
    recipients: str = ""


class AreaCommune(SQLModel, table=True):
    """The office's area: every organisation in one of these communes is in scope."""

    __tablename__ = "office_area"
    commune_code: str = Field(foreign_key="commune.code", primary_key=True)


class Organisation(SQLModel, table=True):
    __tablename__ = "organisation"
    __table_args__ = (
        Index("ix_organisation_scope", "commune_code", "kind", "established_on", "dissolved_on"),
        CheckConstraint("kind IN ('tht', 'htx', 'lhhtx')", name="ck_organisation_kind"),
    )
    id: int | None = Field(default=None, primary_key=True)
    code: str | None = Field(default=None, unique=True, max_length=14)
    kind: str = Field(index=True)
    name: str
    name_folded: str = ""
    name_sort: str = Field(default="", index=True)
    commune_code: str = Field(foreign_key="commune.code", index=True)
    address: str = ""
    established_on: date
    dissolved_on: date | None = None
    sector: str
    charter_capital: int | None = Field(default=None, sa_type=BigInteger)
    representative: str = ""
    phone: str = ""
    value_chain: bool = False
    value_chain_year: int | None = None
    high_tech: bool = False
    high_tech_year: int | None = None
    digital: bool = False
    digital_year: int | None = None
    note: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


class Suspension(SQLModel, table=True):
    """A period when an organisation stopped its activity (open when ``ends_on`` is empty)."""

    __tablename__ = "suspension"
    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(sa_column=_fk("organisation.id"))
    starts_on: date
    ends_on: date | None = None
    reason: str = ""


class Member(SQLModel, table=True):
    __tablename__ = "member"
    __table_args__ = (
        Index("ix_member_dates", "organisation_id", "joined_on", "left_on"),
        # the indicator queries (migration 0002)
        Index("ix_member_stock", "organisation_id", "member_kind", "joined_on", "left_on"),
        Index("ix_member_left", "left_on", "organisation_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(sa_column=_fk("organisation.id"))
    full_name: str
    name_folded: str = ""
    name_sort: str = Field(default="", index=True)
    birth_date: date | None = None
    birth_year: int | None = None
    gender: str | None = None
    cccd: str | None = Field(default=None, index=True, max_length=12)
    phone: str = ""
    member_kind: str = "official"
    official_subtype: str | None = None
    member_type: str = "individual"
    member_organisation_id: int | None = Field(
        default=None, sa_column=_fk("organisation.id", nullable=True, cascade=False))
    joined_on: date
    left_on: date | None = None
    capital_contribution: int | None = Field(default=None, sa_type=BigInteger)
    is_worker: bool = False
    address: str = ""
    note: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


class Manager(SQLModel, table=True):
    __tablename__ = "manager"
    # Managers of an organisation by training level, counted from this index alone.
    __table_args__ = (Index("ix_manager_level", "organisation_id", "training_level"),)
    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(sa_column=_fk("organisation.id"))
    full_name: str
    name_folded: str = ""
    name_sort: str = Field(default="", index=True)
    birth_date: date | None = None
    birth_year: int | None = None
    gender: str | None = None
    cccd: str | None = Field(default=None, index=True, max_length=12)
    phone: str = ""
    training_level: str = "untrained"
    note: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


class ManagerPosition(SQLModel, table=True):
    __tablename__ = "manager_position"
    # Whether a manager holds a post at a date, answered from this index alone.
    __table_args__ = (Index("ix_manager_position_held", "manager_id", "starts_on", "ends_on",
                            "position"),)
    id: int | None = Field(default=None, primary_key=True)
    manager_id: int = Field(sa_column=_fk("manager.id"))
    position: str
    starts_on: date
    ends_on: date | None = None


class TrainingRecord(SQLModel, table=True):
    __tablename__ = "training_record"
    # The courses of a manager begun in a window, counted from this index alone.
    __table_args__ = (Index("ix_training_record_begun", "manager_id", "starts_on"),)
    id: int | None = Field(default=None, primary_key=True)
    manager_id: int = Field(sa_column=_fk("manager.id"))
    course: str
    institution: str = ""
    starts_on: date = Field(index=True)
    ends_on: date | None = None
    level: str | None = None


class OcopProduct(SQLModel, table=True):
    __tablename__ = "ocop_product"
    __table_args__ = (CheckConstraint("stars BETWEEN 1 AND 5", name="ck_ocop_stars"),)
    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(sa_column=_fk("organisation.id"))
    name: str
    name_folded: str = ""
    name_sort: str = Field(default="", index=True)
    product_group: str
    stars: int
    score: float | None = None
    decision_no: str = ""
    decision_date: date
    level: str = "province"
    expires_on: date
    note: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


class Rating(SQLModel, table=True):
    """The yearly rating of an organisation, with the score and the scheme it was given under."""

    __tablename__ = "rating"
    __table_args__ = (UniqueConstraint("organisation_id", "year", name="uq_rating_year"),)
    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(sa_column=_fk("organisation.id"))
    year: int = Field(index=True)
    score: float | None = None
    rating_class: str
    scheme: str = "TT01/2020"
    note: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


class YearlyFigures(SQLModel, table=True):
    """Business figures of one organisation for one year (money in VND)."""

    __tablename__ = "yearly_figures"
    __table_args__ = (UniqueConstraint("organisation_id", "year", name="uq_figures_year"),)
    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(sa_column=_fk("organisation.id"))
    year: int = Field(index=True)
    revenue: int | None = Field(default=None, sa_type=BigInteger)
    profit: int | None = Field(default=None, sa_type=BigInteger)
    workers: int | None = None
    avg_income: int | None = Field(default=None, sa_type=BigInteger)
    declared_members: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


class Target(SQLModel, table=True):
    """A plan target of the office for one year and one indicator code (spec/indicators.md)."""

    __tablename__ = "target"
    __table_args__ = (UniqueConstraint("year", "indicator", name="uq_target_year_indicator"),)
    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(index=True)
    indicator: str
    comparator: str
    value: float
    max_value: float | None = None
    tolerance_pct: float | None = None
    basis: str = ""
    note: str = ""


class ManualIndicator(SQLModel, table=True):
    """An indicator of the office's own (code ``manual.<slug>``) whose values are typed in."""

    __tablename__ = "manual_indicator"
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True)
    name: str
    unit: str = ""


class ManualValue(SQLModel, table=True):
    __tablename__ = "manual_value"
    __table_args__ = (UniqueConstraint("manual_indicator_id", "period", name="uq_manual_period"),)
    id: int | None = Field(default=None, primary_key=True)
    manual_indicator_id: int = Field(sa_column=_fk("manual_indicator.id"))
    period: str
    value: float | None = None
    source: str = ""


class SubmittedReturn(SQLModel, table=True):
    """A return as it was sent: never changed once written."""

    __tablename__ = "submitted_return"
    __table_args__ = (UniqueConstraint("period", "version", name="uq_return_version"),)
    id: int | None = Field(default=None, primary_key=True)
    period: str = Field(index=True)
    version: int
    submitted_at: datetime
    snapshot_json: str
    xlsx_sha256: str = ""
    pdf_sha256: str = ""


class ReturnDraft(SQLModel, table=True):
    """What the officer writes into a period's return, as last left: the free text ("Đánh giá
    chung, kiến nghị"), the document's number and who signs it (empty: the office's signer)."""

    __tablename__ = "return_draft"
    period: str = Field(primary_key=True)
    free_text: str = ""
    doc_number: str = ""
    signer_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    updated_at: datetime


class AcceptedFinding(SQLModel, table=True):
    """A finding of the data check that an officer accepted with a reason.

    ``stamp`` fingerprints the record and the finding's message when it was accepted: when
    either changes, the finding is open again.
    """

    __tablename__ = "accepted_finding"
    __table_args__ = (UniqueConstraint("rule", "table_name", "record_id",
                                       name="uq_accepted_finding"),)
    id: int | None = Field(default=None, primary_key=True)
    rule: str
    table_name: str
    record_id: int
    label: str = ""
    message: str = ""
    stamp: str = ""
    reason: str
    accepted_by: str = ""
    accepted_at: datetime


class RegisteredKey(SQLModel, table=True):
    """An office's public signing key, registered here (at the province) to verify the returns
    that office sends up; a revoked key verifies nothing from then on."""

    __tablename__ = "registered_key"
    __table_args__ = (UniqueConstraint("public_key", name="uq_registered_key"),)
    id: int | None = Field(default=None, primary_key=True)
    public_key: str  # base64 of the 32 bytes of the Ed25519 public key
    fingerprint: str
    office: str
    province_code: str = ""
    area: str = ""  # the commune codes its returns may cover, comma-separated, sorted
    registered_at: datetime
    registered_by: str = ""
    revoked_at: datetime | None = None
    revoked_reason: str = ""


class AuditEntry(SQLModel, table=True):
    """Who changed what, when, from what to what, and why."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_record", "table_name", "record_id"),)
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(index=True)
    user_name: str = ""
    action: str
    table_name: str = ""
    record_id: int | None = None
    record_label: str = ""
    field: str = ""
    old_value: str | None = None
    new_value: str | None = None
    reason: str = ""


class TrashItem(SQLModel, table=True):
    """A deleted record with its dependent rows, kept so that it can be restored."""

    __tablename__ = "trash"
    id: int | None = Field(default=None, primary_key=True)
    deleted_at: datetime = Field(index=True)
    user_name: str = ""
    table_name: str
    record_id: int
    label: str = ""
    payload_json: str


class ImportMapping(SQLModel, table=True):
    """A column mapping of an import workbook saved by the officer for next time."""

    __tablename__ = "import_mapping"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    payload_json: str


_STORED: dict[str, type[TypeEngine[Any]]] = {
    registers.DATE: Date, registers.BIRTH: Date, registers.YEAR: Integer,
    registers.INTEGER: Integer, registers.NUMBER: Float, registers.MONEY: BigInteger,
    registers.YES_NO: Boolean, registers.FLAG_YEAR: Boolean, registers.ORGANISATION: Integer,
}
"""The SQL type of each kind of field (any other kind is text)."""


def stored_type(kind: str) -> type[TypeEngine[Any]]:
    return _STORED.get(kind, String)


def _described_column(item: registers.Field) -> Column:
    """The column of a described field no class declares: text is never null (empty when not
    known), a yes/no is false, anything else may be null."""
    kind = stored_type(item.kind)
    if kind is String and item.kind != registers.CHOICE:
        return Column(item.key, String(), nullable=False, default="", server_default="")
    if kind is Boolean:
        return Column(item.key, Boolean(), nullable=False, default=False, server_default="0")
    return Column(item.key, kind(), nullable=True)


def add_described_columns(model: type[SQLModel]) -> None:
    """Give ``model``'s table (and its mapper) the described fields it does not declare."""
    table = model.__table__  # type: ignore[attr-defined]
    for item in registers.description(table.name).fields:
        if item.key not in table.c:
            column = _described_column(item)
            table.append_column(column)
            model.__mapper__.add_property(item.key, column)  # type: ignore[attr-defined]


def new_row(model: type[SQLModel], values: dict[str, Any]) -> SQLModel:
    """An instance of ``model`` holding ``values``, the fields of :func:`add_described_columns`
    included (a SQLModel class takes only the fields it declares)."""
    row = model(**values)
    for key, value in values.items():
        if key not in model.model_fields:
            set_attribute(row, key, value)  # past pydantic, which knows only the declared ones
    return row


REGISTER_MODELS: tuple[type[SQLModel], ...] = (
    Organisation, Suspension, Member, Manager, ManagerPosition, TrainingRecord, OcopProduct,
    Rating, YearlyFigures, Target)
for _model in REGISTER_MODELS:
    add_described_columns(_model)
